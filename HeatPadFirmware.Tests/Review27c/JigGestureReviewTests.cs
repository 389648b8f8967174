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

        // Review 27c HIGH by the brief's rule, fixed in session 27 (jig27): every tag gesture (R, A and the element's) needs the
        // jig strap J4 closed, read once at power-on (Hardware/JigStrapInput.cs); with it open no button set leads to a hold, a
        // bus search or a write (Core/TagGesture.cs). The review's check (the strap in the gate) holds on the gesture's method,
        // and the core's decision is driven here over every set.
        [Fact]
        public void The_jig_tag_gesture_needs_something_only_the_jig_has()
        {
            MethodDeclarationSyntax gesture = Method("HeatPadFirmware/Program.cs", "RunTagGesture");
            InvocationExpressionSyntax jigCall = gesture.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Single(c => c.Expression.ToString() == "s_sensors.TagLoneJigProbe");
            IfStatementSyntax held = gesture.DescendantNodes().OfType<IfStatementSyntax>().Single(g => g.Condition.ToString() == "verdict != TagGestureVerdict.Held");
            Assert.True(held.SpanStart < jigCall.SpanStart && held.Statement.ToString().Contains("return"));
            string gate = gesture.Body!.ToString();
            Assert.True(gate.Contains("JigStrapInput.IsClosed(gpio, BoardPins.JigStrap)") && gate.Contains("TagGesture.BeforeHold(gesture, strapClosed)"));
            Assert.Equal("2", RepositoryFiles.ReadCsv("hardware/pinmap.csv").Single(r => r["constant"] == "JigStrap")["gpio"]);

            for (int set = 0; set < 32; set++)
            {
                SensorTagKind kind = TagGesture.KindOf(set);
                TagGestureVerdict before = TagGesture.BeforeHold(kind, false);
                Assert.NotEqual(TagGestureVerdict.Hold, before);
                Assert.NotEqual(TagGestureVerdict.Write, TagGesture.OnBus(kind, before, 1, true, SensorTagKind.Untagged));
            }
        }

        // Review 27c LOW, fixed in session 27 (jig27): the buttons are read as one set (ButtonInputs.HeldSet, one pass over the
        // pins) every 5 ms and must hold unchanged for 2 s with no gap over the 30 ms debounce (Core/TagGestureHold.cs). The
        // review's two cases: an Up read open while A's set is held, a Program read open (the element's set for one sample).
        [Fact]
        public void The_jig_gesture_reads_its_buttons_as_one_debounced_set()
        {
            foreach (int openSet in new[] { TagGesture.JigReferenceSet, TagGesture.ElementSet })
            {
                var hold = new TagGestureHold();
                TagGestureVerdict state = hold.Start(0, TagGesture.JigAirSet);
                for (long t = 5; state == TagGestureVerdict.Hold; t += 5)
                {
                    state = hold.Sample(t, t == 1000 ? openSet : TagGesture.JigAirSet);
                }

                Assert.Equal(TagGestureVerdict.RefusedSetChanged, state);
                Assert.Equal(TagGestureVerdict.RefusedSetChanged, TagGesture.OnBus(SensorTagKind.JigAir, state, 1, true, SensorTagKind.Untagged));
            }

            MethodDeclarationSyntax gesture = Method("HeatPadFirmware/Program.cs", "RunTagGesture");
            int setReads = gesture.DescendantNodes().OfType<InvocationExpressionSyntax>().Count(c => c.Expression.ToString() == "s_buttons.HeldSet");
            Assert.Equal(2, setReads);
            Assert.DoesNotContain("IsHeld", RepositoryFiles.ReadText("HeatPadFirmware/Program.cs"));
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
