using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// The checker and the compile step, fed small snippets, so that the gate over Core/ cannot pass by
    /// flagging nothing. In a snippet, the line marked <c>//&lt;</c> is where the finding must be; lines
    /// marked <c>//!</c> may carry other findings of the same construct; every other line must be clean.
    /// </summary>
    public class NanoFrameworkCheckerTests
    {
        private const string ExpectedMarker = "//<";
        private const string AllowedMarker = "//!";

        public static IEnumerable<object[]> BadSnippets()
        {
            yield return Row("generic collection field", NanoRule.GenericUse, @"
namespace Snippet
{
    public sealed class Holder
    {
        private System.Collections.Generic.List<int> _values; //<
    }
}");
            yield return Row("generic delegate field", NanoRule.GenericUse, @"
namespace Snippet
{
    public sealed class Holder
    {
        public System.Action<int> Changed; //<
    }
}");
            yield return Row("generic method definition", NanoRule.GenericDefinition, @"
namespace Snippet
{
    public static class Arrays
    {
        public static T First<T>(T[] values) { return values[0]; } //<
    }
}");
            yield return Row("generic type definition", NanoRule.GenericDefinition, @"
namespace Snippet
{
    public sealed class Box<T> //<
    {
    }
}");
            yield return Row("generic type reached through var", NanoRule.GenericUse, @"
namespace Snippet
{
    public sealed class Box<T> { } //!
    public static class Factory
    {
        public static Box<int> Make() { return new Box<int>(); } //!
        public static bool Use()
        {
            var box = Make(); //<
            return true;
        }
    }
}");
            yield return Row("generic method called by type inference", NanoRule.GenericUse, @"
namespace Snippet
{
    public static class Calls
    {
        public static T Same<T>(T value) { return value; } //!
        public static int Use()
        {
            int a = 1;
            int b = Same(a); //<
            return b;
        }
    }
}");
            yield return Row("two-dimensional array", NanoRule.MultidimensionalArray, @"
namespace Snippet
{
    public sealed class Grid
    {
        private readonly int[,] _cells = new int[2, 2]; //<
    }
}");
            yield return Row("two-dimensional array reached through var", NanoRule.MultidimensionalArray, @"
namespace Snippet
{
    public static class Grids
    {
        public static int[,] Make() { return null; } //!
        public static int Use()
        {
            var grid = Make(); //<
            return 0;
        }
    }
}");
            yield return Row("nullable int", NanoRule.NullableValueType, @"
namespace Snippet
{
    public sealed class Maybe
    {
        private int? _value; //<
    }
}");
            yield return Row("exception filter", NanoRule.ExceptionFilter, @"
namespace Snippet
{
    public static class Guard
    {
        public static void Run()
        {
            try
            {
                Run();
            }
            catch (System.Exception e) when (e.Message == null) //<
            {
            }
        }
    }
}");
            yield return Row("enum ToString", NanoRule.EnumToString, @"
namespace Snippet
{
    public enum Phase { Off = 0, Heat = 1 }
    public static class Show
    {
        public static string Name(Phase phase)
        {
            return phase.ToString(); //<
        }
    }
}");
            yield return Row("enum concatenated into a string", NanoRule.EnumToString, @"
namespace Snippet
{
    public enum Phase { Off = 0, Heat = 1 }
    public static class Show
    {
        public static string Line(Phase phase)
        {
            return ""phase "" + phase; //<
        }
    }
}");
            yield return Row("enum interpolated into a string", NanoRule.EnumToString, @"
namespace Snippet
{
    public enum Phase { Off = 0, Heat = 1 }
    public static class Show
    {
        public static string Line(Phase phase)
        {
            return $""phase {phase}""; //<
        }
    }
}");
            yield return Row("DateTime.UtcNow", NanoRule.ClockRead, @"
namespace Snippet
{
    public static class Clock
    {
        public static long NowTicks()
        {
            return System.DateTime.UtcNow.Ticks; //<
        }
    }
}");
            yield return Row("DateTime.Now through a using", NanoRule.ClockRead, @"
using System;

namespace Snippet
{
    public static class Clock
    {
        public static DateTime Now()
        {
            return DateTime.Now; //<
        }
    }
}");
            yield return Row("Environment.TickCount64", NanoRule.ClockRead, @"
namespace Snippet
{
    public static class Clock
    {
        public static long NowMs()
        {
            return System.Environment.TickCount64; //<
        }
    }
}");
            yield return Row("Thread.Sleep", NanoRule.ThreadSleep, @"
namespace Snippet
{
    public static class Wait
    {
        public static void Pause()
        {
            System.Threading.Thread.Sleep(10); //<
        }
    }
}");
            yield return Row("async method", NanoRule.Async, @"
namespace Snippet
{
    public static class Work
    {
        public static async void Run() //<
        {
        }
    }
}");
            yield return Row("iterator", NanoRule.Iterator, @"
namespace Snippet
{
    public static class Numbers
    {
        public static System.Collections.IEnumerable Two()
        {
            yield return 1; //<
        }
    }
}");
            yield return Row("tuple literal", NanoRule.Tuple, @"
namespace Snippet
{
    public static class Pairs
    {
        public static int Sum()
        {
            var pair = (1, 2); //<
            return 0;
        }
    }
}");
            yield return Row("record", NanoRule.Record, @"
namespace Snippet
{
    public record Reading(double TemperatureC); //<
}");
            yield return Row("stackalloc", NanoRule.StackAlloc, @"
namespace Snippet
{
    public static class Buffers
    {
        public static unsafe int Use()
        {
            int* buffer = stackalloc int[4]; //<
            return buffer[0];
        }
    }
}");
            yield return Row("dynamic", NanoRule.Dynamic, @"
namespace Snippet
{
    public static class Loose
    {
        public static object Use()
        {
            dynamic value = 1; //<
            return null;
        }
    }
}");
            yield return Row("LINQ query", NanoRule.LinqQuery, @"
namespace Snippet
{
    public static class Query
    {
        public static object Use(int[] values)
        {
            return from value in values select value; //<
        }
    }
}");
            yield return Row("default interface member", NanoRule.DefaultInterfaceMember, @"
namespace Snippet
{
    public interface ISensor
    {
        double Read() { return 0.0; } //<
    }
}");
        }

        [Theory]
        [MemberData(nameof(BadSnippets))]
        public void Checker_FlagsTheConstruct_OnItsLine_AndNothingOnCleanLines(string construct, NanoRule rule, string snippet)
        {
            int expectedLine = LinesMarked(snippet, ExpectedMarker).Single();
            var allowedLines = new HashSet<int>(LinesMarked(snippet, ExpectedMarker).Concat(LinesMarked(snippet, AllowedMarker)));

            IReadOnlyList<NanoFinding> findings = NanoFrameworkChecker.Check(new[] { new SourceFile("Snippet.cs", snippet) });

            string all = string.Join(Environment.NewLine, findings);
            Assert.True(findings.Any(finding => finding.Rule == rule && finding.Line == expectedLine && finding.Path == "Snippet.cs"),
                $"{construct}: expected {rule} at line {expectedLine}, found:{Environment.NewLine}{all}");
            Assert.True(findings.All(finding => allowedLines.Contains(finding.Line)),
                $"{construct}: findings on lines that are clean:{Environment.NewLine}{all}");
        }

        [Fact]
        public void Checker_FlagsNothing_InCodeThatNanoFrameworkRuns()
        {
            var source = new SourceFile("Clean.cs", CleanSnippet);

            IReadOnlyList<NanoFinding> findings = NanoFrameworkChecker.Check(new[] { source });
            IReadOnlyList<string> errors = NanoFrameworkCompilation.Errors(NanoFrameworkCompilation.Create(new[] { source }));

            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        [Theory]
        [InlineData("System.Math.Abs(-1.0)", "CS0234")]
        [InlineData("new System.Text.StringBuilder().Length", "CS0234")]
        [InlineData("new System.Collections.Generic.List<int>().Count", "CS0234")]
        public void Compilation_ReportsMissingDeviceApis_WithFileAndLine(string expression, string errorId)
        {
            string snippet = @"
namespace Snippet
{
    public static class Uses
    {
        public static object Value()
        {
            return " + expression + @"; //<
        }
    }
}";
            int line = LinesMarked(snippet, ExpectedMarker).Single();

            IReadOnlyList<string> errors = NanoFrameworkCompilation.Errors(NanoFrameworkCompilation.Create(new[] { new SourceFile("Uses.cs", snippet) }));

            Assert.Contains(errors, error => error.StartsWith($"Uses.cs({line}): {errorId}: ", StringComparison.Ordinal));
        }

        private const string CleanSnippet = @"
using System;
using System.Collections;

namespace Snippet
{
    public enum Phase
    {
        Off = 0,
        Heat = 1,
    }

    public static class PhaseNames
    {
        public static string Of(Phase phase)
        {
            switch (phase)
            {
                case Phase.Heat:
                    return ""heat"";
                default:
                    return ""off"";
            }
        }
    }

    public interface ISensor
    {
        bool TryRead(out double temperatureC);
    }

    public delegate void PhaseChanged(Phase phase);

    public struct Sample
    {
        public readonly double TemperatureC;

        public Sample(double temperatureC)
        {
            TemperatureC = temperatureC;
        }
    }

    public sealed class Recorder
    {
        private const int Capacity = 4;
        private readonly object _sync = new object();
        private readonly double[][] _rows = new double[Capacity][];
        private readonly Sample[] _samples = new Sample[Capacity];
        private readonly ArrayList _log = new ArrayList();
        private Phase _phase;
        private int _count;

        public event PhaseChanged Changed;

        public int Count
        {
            get { return _count; }
        }

        public string Describe(long nowMs)
        {
            string name = PhaseNames.Of(_phase);
            string number = ((int)_phase).ToString();
            return $""{name} {number} at {nowMs} ms, {_count} samples"" + "" of "" + Capacity.ToString();
        }

        public void Add(ISensor sensor, ref int added)
        {
            lock (_sync)
            {
                double temperatureC;
                if (_count < Capacity && sensor.TryRead(out temperatureC))
                {
                    _samples[_count] = new Sample(temperatureC);
                    _rows[_count] = new double[] { temperatureC };
                    _count++;
                    added++;
                }
            }
        }

        public double Sum()
        {
            double sum = 0.0;
            foreach (Sample sample in _samples)
            {
                sum += sample.TemperatureC;
            }

            return sum;
        }

        public void Enter(Phase phase)
        {
            try
            {
                if (phase == Phase.Heat && _phase != phase)
                {
                    _log.Add(PhaseNames.Of(phase));
                }
            }
            catch (InvalidOperationException)
            {
                _log.Clear();
            }
            finally
            {
                _phase = phase;
            }

            PhaseChanged handler = Changed;
            if (handler != null)
            {
                handler(phase);
            }
        }

        public static bool IsText(object value)
        {
            return value is string text && text.Length > 0;
        }
    }
}";

        private static object[] Row(string construct, NanoRule rule, string snippet)
        {
            return new object[] { construct, rule, snippet };
        }

        private static IEnumerable<int> LinesMarked(string snippet, string marker)
        {
            string[] lines = snippet.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimEnd().EndsWith(marker, StringComparison.Ordinal))
                {
                    yield return i + 1;
                }
            }
        }
    }
}
