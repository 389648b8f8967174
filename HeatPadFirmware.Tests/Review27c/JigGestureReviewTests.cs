using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Hardware;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Review27c
{
    /// <summary>
    /// Review 27c: the jig-tag writing gesture (Program.cs step 2b, Ds18b20Pair.TagLoneJigProbe; device code, read with Roslyn)
    /// and the tags' distances from what a sensor may already hold. docs/device.md "Review 27c".
    /// </summary>
    public class JigGestureReviewTests
    {
        private static MethodDeclarationSyntax Method(string path, string name)
        {
            return CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == name);
        }

        private static int Bits(int value)
        {
            int bits = 0;
            for (; value != 0; value &= value - 1)
            {
                bits++;
            }

            return bits;
        }

        [Fact]
        public void Every_tag_differs_in_at_least_3_of_16_bits_from_every_value_a_sensor_may_hold_and_is_an_inverted_window()
        {
            // Factory contents (Petrich's survey as the docs cite it), zeros, 0xFF, every reset-marker pair, the other tags and
            // every tag swapped. The docs' "at least 3 of its 16 bits" holds; the closest is R to Maxim's 0x4B / 0x46 (3 bits).
            var tags = new[]
            {
                (SensorTags.ElementHighAlarmByte, SensorTags.ElementLowAlarmByte),
                (SensorTags.JigReferenceHighAlarmByte, SensorTags.JigReferenceLowAlarmByte),
                (SensorTags.JigAirHighAlarmByte, SensorTags.JigAirLowAlarmByte),
            };
            var held = new System.Collections.Generic.List<(byte, byte)>
            {
                (0x4B, 0x46), (0x55, 0x00), (0x55, 0x05), (0xFF, 0xFF), (0x00, 0x00),
                (0x7D, 0x7B), (0x7D, 0x7A), (0x7C, 0x7B), (0x7C, 0x7A),
            };
            held.AddRange(tags.Select(t => (t.Item2, t.Item1)));
            int closest = 16;
            foreach (var tag in tags)
            {
                Assert.True((sbyte)tag.Item2 > (sbyte)tag.Item1);
                Assert.True(tag.Item1 <= 125 && tag.Item2 <= 125);
                Assert.NotEqual(tag.Item1, Ds18b20Scratchpad.HighAlarmMarkerFor(tag.Item1));
                Assert.NotEqual(tag.Item2, Ds18b20Scratchpad.LowAlarmMarkerFor(tag.Item2));
                foreach (var other in held.Concat(tags.Where(t => t != tag)))
                {
                    closest = System.Math.Min(closest, Bits(tag.Item1 ^ other.Item1) + Bits(tag.Item2 ^ other.Item2));
                }
            }

            Assert.Equal(3, closest);
        }

        [Fact(Skip = "Review 27c HIGH by the brief's rule (no burn path: it fails safe): the jig-tag gesture (Program + Down, or Program + Up + Down, held at power-on: raw single-sample reads, no hold time, no confirmation) writes R's or A's tag into a pad's OWN surface sensor whenever it is the one DS18B20 answering (a plain pad with one sensor dead or unplugged, a pad whose S3 and one pair sensor are dead, or a search that ended after one code); nothing but Found == 1, a readable EEPROM and 'not S3' is checked, and no gesture removes a jig tag. Next boot, repaired: pair one short, sensor_lost, no heat, for good (the reason only on the serial boot line). Base 8c1865e: Program + Down did nothing (the element gesture Up + Down has the same residue, review 19a). Fix: gate the jig gesture on something only the jig has (the J4 strap the fixture entry used) or refuse a sensor already holding an untagged value other than the factory 0x4B/0x46.")]
        public void The_jig_tag_gesture_needs_something_only_the_jig_has()
        {
            MethodDeclarationSyntax main = Method("HeatPadFirmware/Program.cs", "Main");
            IfStatementSyntax jigGuard = main.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Single(c => c.Expression.ToString() == "s_sensors.TagLoneJigProbe").Ancestors().OfType<IfStatementSyntax>().First();
            MethodDeclarationSyntax tag = Method("HeatPadFirmware/Hardware/Ds18b20Pair.cs", "TagLoneJigProbe");
            string gate = jigGuard.Condition.ToString() + tag.Body!.ToString();
            Assert.True(gate.Contains("Strap") || gate.Contains("Jig4") || gate.Contains("J4"));
        }

        [Fact(Skip = "Review 27c LOW: the gesture's buttons are three separate raw single samples (Program, Down, then Up inside the call): a probe meant as A whose Up bounces open at that instant is tagged R (fixture later refuses: jig_reference_doubled); a Program contact read open while Program + Up + Down are held runs the element gesture and writes S3's tag into the jig probe, which TagLoneJigProbe then refuses to re-tag ever ('never re-tagged'). Base: no jig gesture. Fix: read the buttons twice, a few ms apart, and require the same set.")]
        public void The_jig_gesture_reads_its_buttons_as_one_debounced_set()
        {
            MethodDeclarationSyntax main = Method("HeatPadFirmware/Program.cs", "Main");
            int reads = main.DescendantNodes().OfType<InvocationExpressionSyntax>().Count(c => c.Expression.ToString() == "s_buttons.IsHeld");
            Assert.True(reads >= 10, "IsHeld reads in Main: " + reads);
        }

        [Fact]
        public void The_jig_tag_is_never_written_over_S3s_tag_and_only_to_a_lone_sensor_the_author_guards_hold()
        {
            // Guard for what was found sound: the write comes after the lone-sensor, readable and not-S3 refusals (Jig26 checks
            // the order; here: no other WriteKind / WriteConfiguration call with a jig kind anywhere in the device code).
            string pair = RepositoryFiles.ReadText("HeatPadFirmware/Hardware/Ds18b20Pair.cs");
            string tagging = RepositoryFiles.ReadText("HeatPadFirmware/Hardware/ElementSensorTagging.cs");
            string program = RepositoryFiles.ReadText("HeatPadFirmware/Program.cs");
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(pair, @"ElementSensorTagging\.WriteKind\("));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(program, @"TagLoneJigProbe\("));
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(tagging, @"WriteKind\(").Count);
            Assert.Contains("WriteConfiguration(_device, _highMarker, _lowMarker, false)", RepositoryFiles.ReadText("HeatPadFirmware/Hardware/Ds18b20OnBus.cs"));
        }
    }
}
