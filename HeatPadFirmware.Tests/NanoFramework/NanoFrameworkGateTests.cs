using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// The nanoFramework gate: the firmware core must build against nanoFramework's own mscorlib (C# 9)
    /// and contain nothing the 1.x runtime cannot run. The host build (net10.0) cannot see either problem.
    /// </summary>
    public class NanoFrameworkGateTests
    {
        private static readonly Lazy<IReadOnlyList<SourceFile>> Sources = new Lazy<IReadOnlyList<SourceFile>>(CoreSources.Load);

        private static readonly Lazy<CSharpCompilation> Compilation =
            new Lazy<CSharpCompilation>(() => NanoFrameworkCompilation.Create(Sources.Value));

        [Fact]
        public void Core_CompilesAgainstNanoFrameworkMscorlib_WithoutErrors()
        {
            IReadOnlyList<string> errors = NanoFrameworkCompilation.Errors(Compilation.Value);

            Assert.True(errors.Count == 0,
                $"HeatPadFirmware/Core does not compile against nanoFramework's mscorlib (C# 9), {errors.Count} error(s):"
                + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        [Fact]
        public void Core_UsesNoConstructTheNanoFrameworkRuntimeCannotRun()
        {
            IReadOnlyList<NanoFinding> findings = NanoFrameworkChecker.Check(Compilation.Value);

            Assert.True(findings.Count == 0,
                $"HeatPadFirmware/Core uses {findings.Count} construct(s) nanoFramework 1.x cannot run or the core must not use:"
                + Environment.NewLine + string.Join(Environment.NewLine, findings));
        }

        [Fact]
        public void DeviceAppOutsideCore_UsesNoConstructTheNanoFrameworkRuntimeCannotRun()
        {
            // The adapters and Program.cs run on the same runtime. Their hardware packages are not restorable
            // here, so they are not compiled (their types stay unbound); the syntax rules and whatever binds
            // still apply. Reading a clock and sleeping are the shell's job, so those two rules are Core-only.
            List<SourceFile> sources = RepositoryLayout.SourceFilesUnder(RepositoryLayout.FirmwareDirectory)
                .Select(path => new SourceFile(RepositoryLayout.RelativeToRoot(path), System.IO.File.ReadAllText(path)))
                .ToList();

            List<NanoFinding> findings = NanoFrameworkChecker.Check(sources)
                .Where(finding => !finding.Path.StartsWith("HeatPadFirmware/Core/", StringComparison.Ordinal))
                .Where(finding => finding.Rule != NanoRule.ClockRead && finding.Rule != NanoRule.ThreadSleep)
                .ToList();

            Assert.Contains(sources, source => source.Path == "HeatPadFirmware/Program.cs");
            Assert.True(findings.Count == 0,
                $"The device app uses {findings.Count} construct(s) nanoFramework 1.x cannot run:"
                + Environment.NewLine + string.Join(Environment.NewLine, findings));
        }

        [Fact]
        public void Gate_ReadsEveryCoreFile_AndTheTopLevelStep()
        {
            // Guards the two tests above against passing on an empty or wrong folder.
            Assert.True(Sources.Value.Count >= 10, $"only {Sources.Value.Count} Core source file(s) found");
            Assert.Contains(Sources.Value, source => source.Path == "HeatPadFirmware/Core/HeatPadCore.cs");
            Assert.NotNull(Compilation.Value.GetTypeByMetadataName("HeatPadFirmware.Core.HeatPadCore"));
        }

        [Fact]
        public void Gate_CompilesAgainstNanoFrameworkMscorlib_NotTheHostLibraries()
        {
            CSharpCompilation compilation = Compilation.Value;
            IAssemblySymbol corlib = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;

            Assert.Equal("mscorlib", corlib.Identity.Name);
            Assert.Equal(1, corlib.Identity.Version.Major);
            Assert.Single(compilation.References);
            Assert.Equal(LanguageVersion.CSharp9, ((CSharpParseOptions)compilation.SyntaxTrees.First().Options).LanguageVersion);

            // What the host has and the device does not must be missing here, or the gate would not catch it.
            Assert.Null(compilation.GetTypeByMetadataName("System.Math"));
            Assert.Null(compilation.GetTypeByMetadataName("System.Collections.Generic.List`1"));
            Assert.Null(compilation.GetTypeByMetadataName("System.Text.StringBuilder"));
            Assert.NotNull(compilation.GetTypeByMetadataName("System.Collections.ArrayList"));
        }
    }
}
