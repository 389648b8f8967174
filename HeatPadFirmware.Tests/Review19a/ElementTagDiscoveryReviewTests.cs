using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Hardware;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Review19a
{
    /// <summary>
    /// Review 19a, the device side of the element sensor (Hardware/Ds18b20Pair.cs, ElementSensorTagging.cs cannot run off
    /// the device: their host-testable parts, <see cref="Ds18b20SearchResult"/> and <see cref="ElementSensorTag"/>, are
    /// driven here, and the rest is read with Roslyn).
    /// </summary>
    public class ElementTagDiscoveryReviewTests
    {
        private const string PairPath = "HeatPadFirmware/Hardware/Ds18b20Pair.cs";
        private const string TaggingPath = "HeatPadFirmware/Hardware/ElementSensorTagging.cs";
        private const string TagPath = "HeatPadFirmware/Hardware/ElementSensorTag.cs";

        private static byte[] Ds18b20(byte serial)
        {
            var rom = new byte[8];
            rom[0] = Ds18b20Scratchpad.FamilyCode;
            rom[1] = serial;
            rom[7] = DallasCrc8.Compute(rom, 0, 7);
            return rom;
        }

        // Three DS18B20s on the bus, the element's code at rank `elementRank` (0 = lowest) of the three; the element marked
        // tagged only when its recall succeeded. Returns true when the element's code is taken as sensor 1 or 2.
        private static bool ElementTakenAsSurface(int elementRank, bool recallSucceeded)
        {
            var result = new Ds18b20SearchResult();
            for (int i = 0; i < 3; i++)
            {
                Assert.True(result.Offer(Ds18b20((byte)(10 + i))));
            }

            if (recallSucceeded)
            {
                result.MarkTagged(elementRank);
            }

            result.AssignSlots(null!, out int firstIndex, out int secondIndex);
            return firstIndex == elementRank || secondIndex == elementRank;
        }

        [Fact]
        public void AFailedRecall_MakesTheElementSensorASurfaceSensor_InTwoOfThreeRomOrders()
        {
            // Finding (MEDIUM, device side): ElementSensorTagging.HoldsTag answers false both for "untagged" and for any failed
            // step (no presence pulse, an echo mismatch, the recall poll's 4 bytes, a CRC-failed scratchpad), and
            // Ds18b20Pair.MarkElementTags asks each unattached sensor once. One glitch on the element's recall at power-on
            // leaves its code unmarked, and AssignSlots takes the two lowest unmarked codes: the element is read as sensor 1 or 2
            // unless its code is the highest, 2 of the 3 rank orders (ElementSensorTag's summary says "up to one in three";
            // it is two in three). Once attached to a surface slot it is never asked again (MarkElementTags skips codes attached
            // to sensor 1 or 2) until power-off; ElementFitted stays false, so the witness and the 95 °C limit are off too.
            int taken = Enumerable.Range(0, 3).Count(rank => ElementTakenAsSurface(rank, recallSucceeded: false));
            Assert.Equal(2, taken);
            Assert.Equal(0, Enumerable.Range(0, 3).Count(rank => ElementTakenAsSurface(rank, recallSucceeded: true)));
        }

        // Fixed after the review: ElementSensorTagging.ReadTag answers Tagged / Untagged / Failed after up to 3 attempts, and a
        // Failed code is used in neither role (Ds18b20SearchResult.MarkUnreadable; Tests/Hardware/Ds18b20SearchResultTests).
        [Fact]
        public void HoldsTag_TellsAFailedRecallFromAnUntaggedSensor()
        {
            MethodDeclarationSyntax holdsTag = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(TaggingPath)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "ReadTag");
            Assert.NotEqual("bool", holdsTag.ReturnType.ToString());
        }

        // Fixed after the review: the summary says two in three.
        [Fact]
        public void TheTagSummary_StatesTheShareOfUntaggedElementSensorsReadAsSurface()
        {
            // LOW (documentation): ElementSensorTag's summary says an untagged element sensor is read as a surface sensor on
            // "up to one in three" pads; AssignSlots takes the two lowest of three codes, so it is two in three (measured
            // above).
            string text = RepositoryFiles.ReadText(TagPath);
            Assert.True(!text.Contains("up to one in three", StringComparison.Ordinal), "ElementSensorTag.cs still says 'up to one in three' (it is two in three)");
        }

        [Fact]
        public void ASurfaceSensorTaggedByMistake_LeavesThePairOneShort_NeverReadAsTheElementSilently()
        {
            // The tagging gesture (Up + Down at power-on) tags the one DS18B20 on the bus; on a finished pad built without the
            // element sensor whose other surface sensor has failed, that one is a surface sensor. Next boot: it is taken as the
            // element sensor, the pair is one short (sensor_lost, no heat): fail-safe. Guard: one tagged of two leaves one surface slot.
            var result = new Ds18b20SearchResult();
            Assert.True(result.Offer(Ds18b20(10)));
            Assert.True(result.Offer(Ds18b20(11)));
            result.MarkTagged(0);
            result.AssignSlots(null!, out int firstIndex, out int secondIndex);
            Assert.Equal(0, result.ElementIndex);
            Assert.True(firstIndex < 0 || secondIndex < 0);
            Assert.NotEqual(0, firstIndex);
            Assert.NotEqual(0, secondIndex);
        }

        [Fact]
        public void TwoTaggedSensors_NeitherIsUsed_AndThePairIsNotFilledFromThem()
        {
            // A finished element pad whose surface sensor was tagged by mistake (or replaced by a tagged part): both tagged
            // sensors are left unused, the pair is one short (sensor_lost): fail-safe.
            var result = new Ds18b20SearchResult();
            for (int i = 0; i < 3; i++)
            {
                Assert.True(result.Offer(Ds18b20((byte)(10 + i))));
            }

            result.MarkTagged(0);
            result.MarkTagged(2);
            result.AssignSlots(null!, out int firstIndex, out int secondIndex);
            Assert.Equal(-1, result.ElementIndex);
            Assert.Equal(1, firstIndex);
            Assert.Equal(-1, secondIndex);
        }

        [Fact]
        public void TagLoneSensor_RefusesAnyCountButOne()
        {
            // The gesture's guard (Ds18b20Pair.TagLoneSensor): the write only after the core's bus verdict says Write, which it
            // says only for exactly one sensor found (session 27, jig27: the count check moved into TagGesture.OnBus).
            MethodDeclarationSyntax tag = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(PairPath)).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "TagLoneSensor");
            IfStatementSyntax guard = tag.DescendantNodes().OfType<IfStatementSyntax>().First();
            Assert.Equal("verdict != TagGestureVerdict.Write", guard.Condition.ToString());
            InvocationExpressionSyntax write = tag.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(c => c.Expression.ToString() == "ElementSensorTagging.WriteTag");
            Assert.True(guard.SpanStart < write.SpanStart);
            for (int found = 0; found <= 8; found++)
            {
                TagGestureVerdict verdict = TagGesture.OnBus(SensorTagKind.Element, TagGestureVerdict.Held, found, true, SensorTagKind.Untagged);
                Assert.Equal(found == 1, verdict == TagGestureVerdict.Write);
            }
        }

        [Fact]
        public void TheElementReadAsSensor1_NeverHeatsTheSurfaceMore_ButLatchesSensorsDisagreeFalsely()
        {
            // What the misassignment above does (Ds18b20Pair reads the element sensor in sensor 1's slot, the pad not fitted:
            // HeatPadCore.Step). Measured (review 19a, 6 shipped pads x body / air / folded x L1 / 3 / 5, 3,600 s, seeds
            // 8101-8154): no run's surface peak over the same run with the true pair by more than 0.2 °C (strong-60w folded
            // L5 44.8 against 44.6); 15 of 54 latch a false sensors_disagree at 40-56 s (folded-covered all 9, thick-slow air
            // and folded 6), the other 39 hold the surface under the level silently (second-half mean up to 8.5 °C under:
            // free-air body L5 34.0 °C against 42.5 °C). Passing guard: the safe direction holds; the false fault is
            // the finding (MEDIUM, with the recall above).
            int seed = 8100;
            int falseDisagree = 0;
            foreach (var (name, shipped) in PadFile.LoadAllShipped())
            {
                foreach (string condition in HostileElementReadingTests.Conditions)
                {
                    PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition);
                    foreach (int level in new[] { 1, 3, 5 })
                    {
                        seed++;
                        double normalPeak = Peak(pad, seed, level, false, out _);
                        double swappedPeak = Peak(pad, seed, level, true, out FaultCode fault);
                        Assert.True(swappedPeak <= normalPeak + 0.5, name + " " + condition + " L" + level + ": " + swappedPeak + " against " + normalPeak);
                        falseDisagree += fault == FaultCode.SensorsDisagree ? 1 : 0;
                    }
                }
            }

            Assert.Equal(15, falseDisagree);
        }

        private static double Peak(PadParameters pad, int seed, int level, bool elementAsFirst, out FaultCode fault)
        {
            var run = new FaultRun(pad, seed);
            var element = new SimulatedElementSensor(pad, seed);
            run.Start(level);
            double peak = 0.0;
            fault = FaultCode.None;
            for (int s = 1; s <= 3600; s++)
            {
                element.Advance(1.0, run.Pad.CoreC, run.Pad.AmbientC);
                SensorReading e = element.Read();
                run.TickPair(1000, elementAsFirst ? e : null, null);
                peak = Math.Max(peak, run.Pad.SurfaceC);
                if (fault == FaultCode.None)
                {
                    fault = run.Last.Fault;
                }
            }

            return peak;
        }

        // Fixed after the review: Program prints "# element witness: STATE" (SerialTelemetry.WriteElementWitness) on every change.
        [Fact]
        public void TheWitnessStandDown_IsReportedByTheDevice()
        {
            string device = RepositoryFiles.ReadText("HeatPadFirmware/Program.cs") + RepositoryFiles.ReadText("HeatPadFirmware/Hardware/SerialTelemetry.cs");
            Assert.Contains("ElementWitness", device, StringComparison.Ordinal);
        }
    }
}
