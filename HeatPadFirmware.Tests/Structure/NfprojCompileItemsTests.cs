using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Tests.NanoFramework;
using Xunit;

namespace HeatPadFirmware.Tests.Structure
{
    /// <summary>
    /// The nfproj is an old-style project: a .cs file that is not listed in a Compile item is silently left
    /// out of the device build (the host builds glob Core/ and would never notice). These tests keep the
    /// list and the disk in step.
    /// </summary>
    public class NfprojCompileItemsTests
    {
        [Fact]
        public void Nfproj_ListsEverySourceFileOfTheDeviceApp()
        {
            var listed = new HashSet<string>(CompileIncludes(), StringComparer.Ordinal);
            List<string> onDisk = RepositoryLayout.SourceFilesUnder(RepositoryLayout.FirmwareDirectory)
                .Select(path => Path.GetRelativePath(RepositoryLayout.FirmwareDirectory, path).Replace('/', '\\'))
                .ToList();

            List<string> missing = onDisk.Where(path => !listed.Contains(path)).ToList();

            Assert.Contains("Core\\HeatPadCore.cs", onDisk);
            Assert.True(missing.Count == 0,
                "HeatPadFirmware/HeatPadFirmware.nfproj lacks <Compile Include=\"...\" /> for:" + Environment.NewLine
                + string.Join(Environment.NewLine, missing.Select(path => $"    <Compile Include=\"{path}\" />")));
        }

        [Fact]
        public void Nfproj_CompileItems_AreSorted()
        {
            List<string> includes = CompileIncludes();
            List<string> sorted = includes.OrderBy(include => include, StringComparer.OrdinalIgnoreCase).ToList();

            Assert.Equal(sorted, includes);
        }

        [Fact]
        public void Nfproj_CompileItems_AllExistOnDisk()
        {
            List<string> absent = CompileIncludes()
                .Where(include => !File.Exists(Path.Combine(RepositoryLayout.FirmwareDirectory, include.Replace('\\', Path.DirectorySeparatorChar))))
                .ToList();

            Assert.True(absent.Count == 0,
                "HeatPadFirmware/HeatPadFirmware.nfproj compiles files that do not exist (check the spelling and case):"
                + Environment.NewLine + string.Join(Environment.NewLine, absent));
        }

        [Fact]
        public void Nfproj_CompileItems_UseBackslashes_AndAppearOnce()
        {
            List<string> includes = CompileIncludes();

            List<string> forwardSlashes = includes.Where(include => include.Contains('/')).ToList();
            List<string> duplicates = includes.GroupBy(include => include, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1)
                .Select(group => group.Key)
                .ToList();

            Assert.NotEmpty(includes);
            Assert.True(forwardSlashes.Count == 0, "Compile items with '/' (the nfproj uses Windows paths): " + string.Join(", ", forwardSlashes));
            Assert.True(duplicates.Count == 0, "Compile items listed more than once: " + string.Join(", ", duplicates));
        }

        private static List<string> CompileIncludes()
        {
            return FirmwareProjectFiles.Elements(FirmwareProjectFiles.Nfproj(), "Compile")
                .Select(item => (string?)item.Attribute("Include") ?? string.Empty)
                .ToList();
        }
    }
}
