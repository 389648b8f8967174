using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// Where the repository and the restored nanoFramework.CoreLibrary package are, as the test project's
    /// build recorded them in AssemblyMetadata (so no path is written into a test).
    /// </summary>
    internal static class RepositoryLayout
    {
        public static string RepositoryRoot => Metadata("RepositoryRoot");

        public static string FirmwareDirectory => Path.Combine(RepositoryRoot, "HeatPadFirmware");

        public static string CoreDirectory => Path.Combine(FirmwareDirectory, "Core");

        public static string NanoFrameworkCoreLibraryPath => Metadata("NanoFrameworkCoreLibraryPath");

        /// <summary>The nanoFramework 1.x mscorlib the device app is built against.</summary>
        public static string NanoMscorlibPath => Path.Combine(NanoFrameworkCoreLibraryPath, "lib", "mscorlib.dll");

        /// <summary>
        /// Every .cs file under <paramref name="directory"/>, recursively, except build output (bin/, obj/),
        /// ordered by path so that reports are stable.
        /// </summary>
        public static IReadOnlyList<string> SourceFilesUnder(string directory)
        {
            return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(Path.GetRelativePath(directory, path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The path relative to the repository root, with forward slashes (for messages).</summary>
        public static string RelativeToRoot(string path)
        {
            return Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
        }

        private static bool IsBuildOutput(string relativePath)
        {
            string[] segments = relativePath.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
            return segments.Any(segment => segment.Equals("bin", StringComparison.OrdinalIgnoreCase)
                || segment.Equals("obj", StringComparison.OrdinalIgnoreCase));
        }

        private static string Metadata(string key)
        {
            string? value = typeof(RepositoryLayout).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .Where(attribute => attribute.Key == key)
                .Select(attribute => attribute.Value)
                .SingleOrDefault();
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException(
                    $"The test assembly has no AssemblyMetadata \"{key}\" (set in HeatPadFirmware.Tests.csproj).");
            }

            return value;
        }
    }
}
