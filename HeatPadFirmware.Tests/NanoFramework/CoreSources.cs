using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>The firmware core's sources as they are on disk: every .cs under HeatPadFirmware/Core/ (not bin/obj).</summary>
    internal static class CoreSources
    {
        public static IReadOnlyList<SourceFile> Load()
        {
            return RepositoryLayout.SourceFilesUnder(RepositoryLayout.CoreDirectory)
                .Select(path => new SourceFile(RepositoryLayout.RelativeToRoot(path), File.ReadAllText(path)))
                .ToList();
        }
    }
}
