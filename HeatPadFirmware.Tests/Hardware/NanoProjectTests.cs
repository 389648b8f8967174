using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The device project cannot be built here, so its bookkeeping is checked as data: every source file is
    /// compiled, and every package in packages.config is referenced at the version it declares.
    /// </summary>
    public class NanoProjectTests
    {
        private const string ProjectPath = "HeatPadFirmware/HeatPadFirmware.nfproj";
        private const string PackagesPath = "HeatPadFirmware/packages.config";
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private static XDocument Project()
        {
            return XDocument.Parse(RepositoryFiles.ReadText(ProjectPath));
        }

        private static Dictionary<string, string> Packages()
        {
            return XDocument.Parse(RepositoryFiles.ReadText(PackagesPath))
                .Root!
                .Elements("package")
                .ToDictionary(package => (string)package.Attribute("id")!, package => (string)package.Attribute("version")!, StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void Nfproj_CompilesEverySourceFileOfTheDeviceApp_InSortedOrder()
        {
            string projectDirectory = RepositoryFiles.PathOf("HeatPadFirmware");
            List<string> onDisk = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(projectDirectory, path))
                .Where(path => !path.StartsWith("bin" + Path.DirectorySeparatorChar) && !path.StartsWith("obj" + Path.DirectorySeparatorChar))
                .Select(path => path.Replace(Path.DirectorySeparatorChar, '\\'))
                .OrderBy(path => path, StringComparer.OrdinalIgnoreCase)
                .ToList();
            List<string> compiled = Project().Descendants(MsBuild + "Compile")
                .Select(item => (string)item.Attribute("Include")!)
                .ToList();

            Assert.Equal(onDisk, compiled.OrderBy(path => path, StringComparer.OrdinalIgnoreCase).ToList());
            Assert.Equal(compiled.OrderBy(path => path, StringComparer.OrdinalIgnoreCase).ToList(), compiled);
        }

        [Fact]
        public void Nfproj_ReferencesEveryPackage_AtItsPackagesConfigVersion()
        {
            Dictionary<string, string> packages = Packages();
            List<string> hintPaths = Project().Descendants(MsBuild + "HintPath").Select(hint => hint.Value).ToList();

            Assert.All(packages, package =>
                Assert.Contains(hintPaths, hint => hint.StartsWith("..\\packages\\" + package.Key + "." + package.Value + "\\lib\\", StringComparison.Ordinal)));
        }

        [Fact]
        public void Nfproj_ReferencesNothingOutsidePackagesConfig()
        {
            Dictionary<string, string> packages = Packages();
            HashSet<string> folders = packages.Select(package => package.Key + "." + package.Value).ToHashSet(StringComparer.Ordinal);

            Assert.All(Project().Descendants(MsBuild + "HintPath"), hint =>
            {
                string[] parts = hint.Value.Split('\\');
                Assert.Equal("..", parts[0]);
                Assert.Equal("packages", parts[1]);
                Assert.Contains(parts[2], folders);
                Assert.Equal("lib", parts[3]);
            });
        }

        [Fact]
        public void PackagesConfig_StaysOnTheNanoFramework1xLine()
        {
            Dictionary<string, string> packages = Packages();

            Assert.Equal("1.17.11", packages["nanoFramework.CoreLibrary"]);
            Assert.All(packages, package =>
            {
                Assert.DoesNotContain("-", package.Value);
                if (package.Key.StartsWith("nanoFramework.", StringComparison.Ordinal))
                {
                    Assert.StartsWith("1.", package.Value);
                }
            });
        }
    }
}
