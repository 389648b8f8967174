using System.Linq;
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

        [Fact]
        public void A_jig_tag_is_written_only_to_the_one_sensor_on_the_bus_and_never_over_the_element_sensors_tag()
        {
            MethodDeclarationSyntax tag = Method(PairPath, "TagLoneJigProbe");
            InvocationExpressionSyntax write = Call(tag, "ElementSensorTagging.WriteKind");
            var guards = tag.DescendantNodes().OfType<IfStatementSyntax>().ToList();

            IfStatementSyntax lone = guards.Single(g => g.Condition.ToString() == "_search.Found != 1");
            IfStatementSyntax element = guards.Single(g => g.Condition.ToString() == "held == SensorTagKind.Element");
            IfStatementSyntax unread = guards.Single(g => g.Condition.ToString().StartsWith("!ElementSensorTagging.ReadRecalled", System.StringComparison.Ordinal));
            foreach (IfStatementSyntax guard in new[] { lone, element, unread })
            {
                Assert.True(guard.SpanStart < write.SpanStart);
                Assert.Contains("return false;", guard.Statement.ToString());
            }
        }

        [Fact]
        public void The_jig_gesture_needs_program_held_and_takes_precedence_over_the_element_tags_gesture()
        {
            MethodDeclarationSyntax main = Method("HeatPadFirmware/Program.cs", "Main");
            InvocationExpressionSyntax jig = Call(main, "s_sensors.TagLoneJigProbe");
            InvocationExpressionSyntax element = Call(main, "s_sensors.TagLoneSensor");
            IfStatementSyntax jigGuard = jig.Ancestors().OfType<IfStatementSyntax>().First();

            Assert.Contains("s_buttons.IsHeld(ButtonId.Program)", jigGuard.Condition.ToString());
            Assert.Contains("s_buttons.IsHeld(ButtonId.Down)", jigGuard.Condition.ToString());
            Assert.True(jig.SpanStart < element.SpanStart);
            Assert.Same(jigGuard, element.Ancestors().OfType<IfStatementSyntax>().Last());
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
