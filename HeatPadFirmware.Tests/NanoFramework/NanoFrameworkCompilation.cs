using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// Compiles sources the way the device build does as far as the language goes: C# 9 (the nfproj's
    /// LangVersion), a library, nullable annotations off, and ONLY nanoFramework's mscorlib as reference,
    /// so that any type or member the device does not have (System.Math, List&lt;T&gt;, StringBuilder,
    /// Nullable&lt;T&gt;, LINQ, ...) is a compile error here as it would be on the device.
    /// </summary>
    public static class NanoFrameworkCompilation
    {
        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.Parse);

        private static readonly Lazy<MetadataReference> Mscorlib = new Lazy<MetadataReference>(
            () => MetadataReference.CreateFromFile(RepositoryLayout.NanoMscorlibPath));

        public static CSharpCompilation Create(IEnumerable<SourceFile> sources)
        {
            IEnumerable<SyntaxTree> trees = sources.Select(
                source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path));
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true);
            return CSharpCompilation.Create("HeatPadFirmware.NanoFrameworkGate", trees, new[] { Mscorlib.Value }, options);
        }

        /// <summary>
        /// Every error, including those only found while lowering and emitting IL (for instance a member
        /// the compiler needs for a construct and nanoFramework's mscorlib lacks), formatted as
        /// "path(line): CSxxxx: message".
        /// </summary>
        public static IReadOnlyList<string> Errors(CSharpCompilation compilation)
        {
            using var peStream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(peStream);
            return result.Diagnostics
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Select(Format)
                .Distinct()
                .ToList();
        }

        private static string Format(Diagnostic diagnostic)
        {
            if (diagnostic.Location.IsInSource)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1}): {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
            }

            return $"(no file): {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        }
    }
}
