using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HeatPadFirmware.Tests.NanoFramework;
using Xunit;

namespace HeatPadFirmware.Tests.Structure
{
    /// <summary>
    /// The device app's packages stay on the nanoFramework 1.x line (the 2.0 previews need another firmware
    /// image), the nfproj references exactly what packages.config restores, and the gate compiles against
    /// the same CoreLibrary the device is built with.
    /// </summary>
    public class PackagesConfigTests
    {
        private const string CoreLibraryId = "nanoFramework.CoreLibrary";

        /// <summary>The mscorlib every package of this firmware was built against (see the nanoFramework reference notes).</summary>
        private const string CoreLibraryVersion = "1.17.11";

        [Fact]
        public void CoreLibrary_IsTheVersionTheFirmwareIsBuiltOn()
        {
            Assert.Equal(CoreLibraryVersion, PackageVersion(CoreLibraryId));
        }

        [Fact]
        public void CoreLibrary_InPackagesConfig_IsTheOneTheGateCompilesAgainst()
        {
            string deviceVersion = PackageVersion(CoreLibraryId);

            XElement? gateReference = FirmwareProjectFiles.Elements(XDocument.Load(FirmwareProjectFiles.TestProjectPath), "PackageReference")
                .SingleOrDefault(reference => string.Equals((string?)reference.Attribute("Include"), CoreLibraryId, StringComparison.OrdinalIgnoreCase));
            string restoredFolder = Path.GetFileName(Path.TrimEndingDirectorySeparator(RepositoryLayout.NanoFrameworkCoreLibraryPath));

            Assert.NotNull(gateReference);
            Assert.Equal(deviceVersion, (string?)gateReference!.Attribute("Version"));
            Assert.Equal(deviceVersion, restoredFolder);
        }

        [Fact]
        public void EveryNanoFrameworkPackage_IsOnThe1xLine()
        {
            List<string> offLine = FirmwareProjectFiles.Packages()
                .Where(package => package.Id.StartsWith("nanoFramework.", StringComparison.OrdinalIgnoreCase))
                .Where(package => MajorVersion(package.Version) != 1)
                .Select(package => $"{package.Id} {package.Version}")
                .ToList();

            Assert.Contains(FirmwareProjectFiles.Packages(), package => package.Id == CoreLibraryId);
            Assert.True(offLine.Count == 0, "nanoFramework packages off the 1.x line: " + string.Join(", ", offLine));
        }

        [Fact]
        public void EveryPackage_TargetsNetnano10()
        {
            List<string> wrong = FirmwareProjectFiles.Packages()
                .Where(package => package.TargetFramework != "netnano1.0")
                .Select(package => $"{package.Id} targetFramework=\"{package.TargetFramework}\"")
                .ToList();

            Assert.NotEmpty(FirmwareProjectFiles.Packages());
            Assert.True(wrong.Count == 0, "packages.config entries not targeting netnano1.0: " + string.Join(", ", wrong));
        }

        [Fact]
        public void EveryPackage_IsListedOnce()
        {
            List<string> duplicates = FirmwareProjectFiles.Packages()
                .GroupBy(package => package.Id, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1)
                .Select(group => group.Key)
                .ToList();

            Assert.True(duplicates.Count == 0, "packages listed more than once: " + string.Join(", ", duplicates));
        }

        [Fact]
        public void EveryNfprojReference_HasAHintPathIntoAListedPackageAtItsVersion()
        {
            // packages.config restores into the solution's packages\<id>.<version>\ folder.
            var hintPathPattern = new Regex(@"^\.\.\\packages\\(?<folder>[^\\]+)\\lib\\[^\\]+\.dll$");
            var packageFolders = new HashSet<string>(
                FirmwareProjectFiles.Packages().Select(package => $"{package.Id}.{package.Version}"),
                StringComparer.OrdinalIgnoreCase);
            List<XElement> references = FirmwareProjectFiles.Elements(FirmwareProjectFiles.Nfproj(), "Reference").ToList();

            var problems = new List<string>();
            foreach (XElement reference in references)
            {
                string include = (string?)reference.Attribute("Include") ?? string.Empty;
                string? hintPath = FirmwareProjectFiles.ChildValue(reference, "HintPath")?.Trim();
                Match match = hintPathPattern.Match(hintPath ?? string.Empty);
                if (hintPath == null)
                {
                    problems.Add($"{include}: no HintPath");
                }
                else if (!match.Success)
                {
                    problems.Add($"{include}: HintPath '{hintPath}' is not ..\\packages\\<id>.<version>\\lib\\<assembly>.dll");
                }
                else if (!packageFolders.Contains(match.Groups["folder"].Value))
                {
                    problems.Add($"{include}: HintPath '{hintPath}' names no package id and version of packages.config");
                }
            }

            Assert.Contains(references, reference => ((string?)reference.Attribute("Include") ?? string.Empty).StartsWith("mscorlib,", StringComparison.Ordinal));
            Assert.True(problems.Count == 0, "HeatPadFirmware.nfproj references out of step with packages.config:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        [Fact]
        public void EveryPackage_IsReferencedByTheNfproj_AtItsVersion_AndNoneIsAPreview()
        {
            List<string> hintPaths = FirmwareProjectFiles.Elements(FirmwareProjectFiles.Nfproj(), "HintPath").Select(hint => hint.Value.Trim()).ToList();
            List<string> unreferenced = FirmwareProjectFiles.Packages()
                .Where(package => !hintPaths.Any(hint => hint.StartsWith($"..\\packages\\{package.Id}.{package.Version}\\lib\\", StringComparison.Ordinal)))
                .Select(package => $"{package.Id} {package.Version}")
                .ToList();
            List<string> previews = FirmwareProjectFiles.Packages().Where(package => package.Version.Contains('-')).Select(package => $"{package.Id} {package.Version}").ToList();

            Assert.True(unreferenced.Count == 0, "packages.config entries the nfproj does not reference: " + string.Join(", ", unreferenced));
            Assert.True(previews.Count == 0, "preview packages (the 1.x firmware runs releases only): " + string.Join(", ", previews));
        }

        private static string PackageVersion(string id)
        {
            var matches = FirmwareProjectFiles.Packages().Where(package => package.Id == id).ToList();
            Assert.True(matches.Count == 1, $"packages.config must list {id} once (found {matches.Count})");
            return matches[0].Version;
        }

        private static int MajorVersion(string version)
        {
            int dot = version.IndexOf('.');
            return int.TryParse(dot < 0 ? version : version.Substring(0, dot), out int major) ? major : -1;
        }
    }
}
