using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HeatPadFirmware.Tests.NanoFramework;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HeatPadFirmware.Tests.Structure
{
    /// <summary>Visual Studio opens the device app as a nanoFramework project only with the right project type GUID.</summary>
    public class SolutionTests
    {
        [Fact]
        public void Solution_ListsTheNfproj_AsANanoFrameworkProject_WithItsOwnGuid()
        {
            var projectLine = new Regex(
                @"^Project\(""(?<type>\{[0-9A-Fa-f-]+\})""\)\s*=\s*""(?<name>[^""]+)""\s*,\s*""(?<path>[^""]+)""\s*,\s*""(?<guid>\{[0-9A-Fa-f-]+\})""",
                RegexOptions.Multiline);
            Match? nfproj = projectLine.Matches(File.ReadAllText(FirmwareProjectFiles.SolutionPath))
                .FirstOrDefault(match => match.Groups["path"].Value == @"HeatPadFirmware\HeatPadFirmware.nfproj");

            Assert.NotNull(nfproj);
            Assert.Equal(FirmwareProjectFiles.NanoFrameworkProjectTypeGuid, nfproj!.Groups["type"].Value, ignoreCase: true);
            Assert.Equal("{" + FirmwareProjectFiles.NfprojProperty("ProjectGuid")?.Trim('{', '}') + "}", nfproj.Groups["guid"].Value, ignoreCase: true);
        }

        [Fact]
        public void Nfproj_DeclaresTheNanoFrameworkProjectType()
        {
            string? typeGuids = FirmwareProjectFiles.NfprojProperty("ProjectTypeGuids");

            Assert.NotNull(typeGuids);
            Assert.Contains(FirmwareProjectFiles.NanoFrameworkProjectTypeGuid, typeGuids!.Split(';'), StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void Gate_CompilesWithTheNfprojLanguageVersion()
        {
            string? langVersion = FirmwareProjectFiles.NfprojProperty("LangVersion");

            Assert.NotNull(langVersion);
            Assert.True(LanguageVersionFacts.TryParse(langVersion, out LanguageVersion nfprojVersion), $"LangVersion '{langVersion}'");
            Assert.Equal(nfprojVersion, NanoFrameworkCompilation.ParseOptions.LanguageVersion);
        }
    }
}
