using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Hardware;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Jig26
{
    /// <summary>
    /// Session 26 (jig26): the device side of the jig tags (Hardware/Ds18b20Pair.cs and Program.cs cannot run off the device:
    /// read with Roslyn). A jig tag is written only to a lone sensor, never over S3's tag, and only with Program held; every
    /// sensor recalled at a search goes to the core's roles, and a jig probe is marked out of the pair.
    /// </summary>
    public class JigTaggingSourceTests
    {
        private const string PairPath = "HeatPadFirmware/Hardware/Ds18b20Pair.cs";

        private static MethodDeclarationSyntax Method(string path, string name)
        {
            return CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == name);
        }

        private static InvocationExpressionSyntax Call(SyntaxNode node, string expression)
        {
            return node.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(c => c.Expression.ToString() == expression);
        }

        // Session 27 (jig27): the guards moved into the core (TagGesture.OnBus); the write still comes only after them, and
        // the core's verdict holds the three refusals this test pinned (one sensor, readable EEPROM, not S3's tag).
        [Fact]
        public void A_jig_tag_is_written_only_to_the_one_sensor_on_the_bus_and_never_over_the_element_sensors_tag()
        {
            MethodDeclarationSyntax tag = Method(PairPath, "TagLoneJigProbe");
            InvocationExpressionSyntax write = Call(tag, "ElementSensorTagging.WriteKind");
            IfStatementSyntax guard = tag.DescendantNodes().OfType<IfStatementSyntax>().Single(g => g.Condition.ToString() == "verdict != TagGestureVerdict.Write");
            Assert.True(guard.SpanStart < write.SpanStart);
            Assert.Contains("return", guard.Statement.ToString());

            foreach (SensorTagKind kind in new[] { SensorTagKind.JigReference, SensorTagKind.JigAir })
            {
                Assert.Equal(TagGestureVerdict.RefusedNotAlone, TagGesture.OnBus(kind, TagGestureVerdict.Held, 2, true, SensorTagKind.Untagged));
                Assert.Equal(TagGestureVerdict.RefusedUnreadable, TagGesture.OnBus(kind, TagGestureVerdict.Held, 1, false, SensorTagKind.Untagged));
                Assert.Equal(TagGestureVerdict.RefusedHoldsElementTag, TagGesture.OnBus(kind, TagGestureVerdict.Held, 1, true, SensorTagKind.Element));
                Assert.Equal(TagGestureVerdict.Write, TagGesture.OnBus(kind, TagGestureVerdict.Held, 1, true, SensorTagKind.Untagged));
            }
        }

        // Session 27 (jig27): the sets are the core's (TagGesture.KindOf, exact sets), and Program.cs runs one branch per gesture.
        [Fact]
        public void The_jig_gesture_needs_program_held_and_takes_precedence_over_the_element_tags_gesture()
        {
            int program = TagGesture.BitOf(ButtonId.Program);
            int up = TagGesture.BitOf(ButtonId.Up);
            int down = TagGesture.BitOf(ButtonId.Down);
            Assert.Equal(SensorTagKind.JigReference, TagGesture.KindOf(program | down));
            Assert.Equal(SensorTagKind.JigAir, TagGesture.KindOf(program | up | down));
            Assert.Equal(SensorTagKind.Element, TagGesture.KindOf(up | down));
            Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(program | up));

            MethodDeclarationSyntax gesture = Method("HeatPadFirmware/Program.cs", "RunTagGesture");
            InvocationExpressionSyntax jig = Call(gesture, "s_sensors.TagLoneJigProbe");
            InvocationExpressionSyntax element = Call(gesture, "s_sensors.TagLoneSensor");
            IfStatementSyntax branch = element.Ancestors().OfType<IfStatementSyntax>().First();
            Assert.Equal("gesture == SensorTagKind.Element", branch.Condition.ToString());
            Assert.Contains(jig.Ancestors(), a => a == branch.Else);
        }

        [Fact]
        public void Every_recalled_sensor_goes_to_the_cores_roles_and_a_jig_probe_is_marked_out_of_the_pair()
        {
            MethodDeclarationSyntax mark = Method(PairPath, "MarkTags");
            InvocationExpressionSyntax recall = Call(mark, "ElementSensorTagging.ReadRecalled");
            InvocationExpressionSyntax add = Call(mark, "_roles.Add");
            InvocationExpressionSyntax jig = Call(mark, "_search.MarkJigProbe");

            Assert.True(recall.SpanStart < add.SpanStart && add.SpanStart < jig.SpanStart);
            Assert.Contains("SensorTagKind.JigReference", jig.Ancestors().OfType<IfStatementSyntax>().First().Condition.ToString());
            Assert.Single(mark.DescendantNodes().OfType<InvocationExpressionSyntax>(), c => c.Expression.ToString() == "_roles.AssignForSession");
        }
    }
}
