using System.Linq;
using HeatPadFirmware.Tests.Hardware;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Jig27
{
    /// <summary>
    /// Session 27 (jig27): the device side of the tag gestures (Program.cs, Hardware/Ds18b20Pair.cs, ButtonInputs.cs and
    /// JigStrapInput.cs cannot run off the device: read with Roslyn). The adapters only read pins and write; every decision is
    /// the core's (<see cref="HeatPadFirmware.Core.TagGesture"/>, <see cref="HeatPadFirmware.Core.TagGestureHold"/>).
    /// </summary>
    public class TagGestureSourceTests
    {
        private const string ProgramPath = "HeatPadFirmware/Program.cs";
        private const string PairPath = "HeatPadFirmware/Hardware/Ds18b20Pair.cs";

        internal static MethodDeclarationSyntax Method(string path, string name)
        {
            return CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == name);
        }

        internal static InvocationExpressionSyntax Call(SyntaxNode node, string expression)
        {
            return node.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(c => c.Expression.ToString() == expression);
        }

        /// <summary>The if statement before <paramref name="call"/> in its method whose condition is <paramref name="condition"/> and which returns.</summary>
        internal static IfStatementSyntax ReturningGuardBefore(MethodDeclarationSyntax method, InvocationExpressionSyntax call, string condition)
        {
            IfStatementSyntax guard = method.DescendantNodes().OfType<IfStatementSyntax>().Single(g => g.Condition.ToString() == condition);
            Assert.True(guard.SpanStart < call.SpanStart, condition + " must come before " + call.Expression);
            Assert.Contains("return", guard.Statement.ToString());
            Assert.DoesNotContain(call.Ancestors(), a => a == guard);
            return guard;
        }

        [Fact]
        public void The_strap_is_read_before_the_buttons_and_its_reading_is_what_the_core_decides_the_hold_on()
        {
            MethodDeclarationSyntax gesture = Method(ProgramPath, "RunTagGesture");
            InvocationExpressionSyntax strap = Call(gesture, "JigStrapInput.IsClosed");
            InvocationExpressionSyntax before = Call(gesture, "TagGesture.BeforeHold");
            InvocationExpressionSyntax firstSet = gesture.DescendantNodes().OfType<InvocationExpressionSyntax>().First(c => c.Expression.ToString() == "s_buttons.HeldSet");

            Assert.Equal("gpio, BoardPins.JigStrap", strap.ArgumentList.Arguments.ToString());
            Assert.True(strap.SpanStart < firstSet.SpanStart);
            Assert.Equal("bool strapClosed = JigStrapInput.IsClosed(gpio, BoardPins.JigStrap);", strap.Ancestors().OfType<LocalDeclarationStatementSyntax>().First().ToString());
            Assert.Equal("gesture, strapClosed", before.ArgumentList.Arguments.ToString());
        }

        [Fact]
        public void Both_tag_writes_are_reached_only_after_a_completed_hold_and_main_runs_the_gesture_once_before_the_sensors_are_found()
        {
            MethodDeclarationSyntax gesture = Method(ProgramPath, "RunTagGesture");
            foreach (string write in new[] { "s_sensors.TagLoneSensor", "s_sensors.TagLoneJigProbe" })
            {
                InvocationExpressionSyntax call = Call(gesture, write);
                ReturningGuardBefore(gesture, call, "verdict != TagGestureVerdict.Held");
                Assert.EndsWith("verdict)", call.ToString());
            }

            IfStatementSyntax noGesture = ReturningGuardBefore(gesture, Call(gesture, "s_sensors.TagLoneSensor"), "verdict == TagGestureVerdict.NoGesture");
            Assert.True(gesture.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(c => c.Expression.ToString() == "SerialTelemetry.WriteMessage").All(c => c.SpanStart > noGesture.Span.End
                || c.Ancestors().OfType<IfStatementSyntax>().Any(g => g.Condition.ToString() == "strapClosed")), "nothing printed on a normal start (J4 open); review 28e: a closed strap is reported at every power-on");

            MethodDeclarationSyntax main = Method(ProgramPath, "Main");
            InvocationExpressionSyntax run = Call(main, "RunTagGesture");
            Assert.True(run.SpanStart < Call(main, "s_sensors.Discover").SpanStart);
            Assert.True(Call(main, "s_buttons.DiscardPending").SpanStart > run.SpanStart);
            string program = RepositoryFiles.ReadText(ProgramPath);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(program, @"TagLoneSensor\("));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(program, @"TagLoneJigProbe\("));
        }

        [Fact]
        public void The_hold_is_sampled_as_sets_by_the_cores_watcher_with_a_sleep_of_the_cores_sample_period()
        {
            MethodDeclarationSyntax gesture = Method(ProgramPath, "RunTagGesture");
            WhileStatementSyntax loop = gesture.DescendantNodes().OfType<WhileStatementSyntax>().Single();
            Assert.Equal("verdict == TagGestureVerdict.Hold", loop.Condition.ToString());
            Assert.Contains("Thread.Sleep(TagGestureHold.SamplePeriodMs)", loop.Statement.ToString());
            Assert.Contains("hold.Sample(DeviceClock.NowMs(), s_buttons.HeldSet())", loop.Statement.ToString());

            // No single-button read is left in the device app: the old IsHeld is gone.
            Assert.DoesNotContain("IsHeld", RepositoryFiles.ReadText(ProgramPath));
            Assert.DoesNotContain("IsHeld", RepositoryFiles.ReadText("HeatPadFirmware/Hardware/ButtonInputs.cs"));
        }

        [Fact]
        public void The_button_set_is_every_pins_level_read_in_one_pass()
        {
            MethodDeclarationSyntax set = Method("HeatPadFirmware/Hardware/ButtonInputs.cs", "HeldSet");
            ForStatementSyntax pass = set.DescendantNodes().OfType<ForStatementSyntax>().Single();
            Assert.Contains("i < _gpioPins.Length", pass.Condition!.ToString());
            Assert.Contains("IsPressed(_gpioPins[i])", pass.Statement.ToString());
            Assert.Contains("TagGesture.BitOf(_ids[i])", pass.Statement.ToString());
        }

        [Fact]
        public void The_bus_is_searched_only_after_a_completed_hold_and_every_write_follows_the_cores_bus_verdict()
        {
            MethodDeclarationSyntax decide = Method(PairPath, "DecideOnBus");
            InvocationExpressionSyntax search = Call(decide, "SearchBus");
            ReturningGuardBefore(decide, search, "hold != TagGestureVerdict.Held");
            InvocationExpressionSyntax onBus = decide.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Last(c => c.Expression.ToString() == "TagGesture.OnBus");
            Assert.Equal("gesture, hold, found, eepromRead, held", onBus.ArgumentList.Arguments.ToString());
            Assert.True(search.SpanStart < onBus.SpanStart);
            Assert.Contains("int found = _search.Found;", decide.Body!.ToString());
            Assert.DoesNotContain("Write", string.Join(" ", decide.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(c => c.Expression.ToString()).Where(e => e.StartsWith("ElementSensorTagging", System.StringComparison.Ordinal))));

            foreach ((string method, string write) in new[] { ("TagLoneSensor", "ElementSensorTagging.WriteTag"), ("TagLoneJigProbe", "ElementSensorTagging.WriteKind") })
            {
                MethodDeclarationSyntax tag = Method(PairPath, method);
                InvocationExpressionSyntax writeCall = Call(tag, write);
                ReturningGuardBefore(tag, writeCall, "verdict != TagGestureVerdict.Write");
                Assert.StartsWith("DecideOnBus(", tag.DescendantNodes().OfType<LocalDeclarationStatementSyntax>()
                    .Single(d => d.Declaration.Variables.Single().Identifier.Text == "verdict").Declaration.Variables.Single().Initializer!.Value.ToString());
            }
        }
    }
}
