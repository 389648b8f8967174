using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using HeatPadFirmware.Tests.NanoFramework;

namespace HeatPadFirmware.Tests.Structure
{
    /// <summary>The device app's project files, parsed (namespace-agnostic: the nfproj uses the MSBuild 2003 namespace).</summary>
    internal static class FirmwareProjectFiles
    {
        public const string NanoFrameworkProjectTypeGuid = "{11A8DD76-328B-46DF-9F39-F559912D0360}";

        public static string NfprojPath => Path.Combine(RepositoryLayout.FirmwareDirectory, "HeatPadFirmware.nfproj");

        public static string PackagesConfigPath => Path.Combine(RepositoryLayout.FirmwareDirectory, "packages.config");

        public static string SolutionPath => Path.Combine(RepositoryLayout.RepositoryRoot, "HeatPadFirmware.sln");

        public static string TestProjectPath => Path.Combine(RepositoryLayout.RepositoryRoot, "HeatPadFirmware.Tests", "HeatPadFirmware.Tests.csproj");

        public static XDocument Nfproj()
        {
            return XDocument.Load(NfprojPath);
        }

        /// <summary>Elements named <paramref name="localName"/> anywhere in <paramref name="document"/>, whatever their namespace.</summary>
        public static IEnumerable<XElement> Elements(XDocument document, string localName)
        {
            return document.Descendants().Where(element => element.Name.LocalName == localName);
        }

        /// <summary>The value of the first child element named <paramref name="localName"/>, or null.</summary>
        public static string? ChildValue(XElement element, string localName)
        {
            return element.Elements().FirstOrDefault(child => child.Name.LocalName == localName)?.Value;
        }

        /// <summary>The first property named <paramref name="localName"/> in the nfproj, or null.</summary>
        public static string? NfprojProperty(string localName)
        {
            return Elements(Nfproj(), localName).Select(element => element.Value.Trim()).FirstOrDefault();
        }

        /// <summary>The packages of packages.config as (id, version, targetFramework).</summary>
        public static IReadOnlyList<(string Id, string Version, string? TargetFramework)> Packages()
        {
            return Elements(XDocument.Load(PackagesConfigPath), "package")
                .Select(package => (
                    (string?)package.Attribute("id") ?? string.Empty,
                    (string?)package.Attribute("version") ?? string.Empty,
                    (string?)package.Attribute("targetFramework")))
                .ToList();
        }
    }
}
