using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 19: the element witness with a factory calibration (<see cref="ElementCalibration"/>, measured by the simulated
    /// assembly fixture <see cref="ElementCalibrationFixture"/>): the verdict it latches, what it must not latch, and the
    /// calibration's own checks (docs/safety.md "Session 19: the element witness on the pad's true parameters, then calibrated").
    /// </summary>
    public class ElementCalibrationTests
    {
        // A heat session, the pair seeing `view` of the surface's rise; the element sensor fitted with `calibration` (null: no
        // element sensor). Returns the run, the second the surface first passed 48 °C (-1: never) and the fault's second (-1: none).
        private static (FaultRun Run, int T48, int FaultAt) Session(PadParameters pad, int seed, int level, double view, ElementCalibrationKind? calibration, int seconds = 1800, Action<FaultRun, int>? onTick = null)
        {
            return PartialViewSession.Run(pad, seed, level, view, calibration.HasValue ? r => r.FitElementSensor(calibration.Value) : null, seconds, onTick);
        }

        // The first second the calibrated witness reports its verdict in a session (-1: never); read before each tick.
        private static Action<FaultRun, int> FirstVerdict(int[] at)
        {
            at[0] = -1;
            return (run, s) =>
            {
                if (at[0] < 0 && run.Core.Supervisor.ElementWitness.Verdict)
                {
                    at[0] = s - 1;
                }
            };
        }

        [Theory]
        [InlineData(100.0, 2.0, 0.3, 5.0, true)]
        [InlineData(100.0, 2.0, -0.3, 5.0, true)]
        [InlineData(5.0, 2.0, 0.3, 5.0, false)]
        [InlineData(4000.0, 2.0, 0.3, 5.0, false)]
        [InlineData(100.0, 0.1, 0.0, 5.0, false)]
        [InlineData(100.0, 40.0, 0.3, 5.0, false)]
        [InlineData(100.0, 2.0, 2.5, 5.0, false)]
        [InlineData(100.0, 2.0, -2.5, 5.0, false)]
        [InlineData(100.0, 2.0, 0.3, -1.0, false)]
        [InlineData(100.0, 2.0, 0.3, 31.0, false)]
        [InlineData(double.NaN, 2.0, 0.3, 5.0, false)]
        [InlineData(100.0, double.NaN, 0.3, 5.0, false)]
        [InlineData(100.0, 2.0, double.NaN, 5.0, false)]
        [InlineData(100.0, 2.0, 0.3, double.NaN, false)]
        public void Calibration_IsValidOnlyInItsRanges(double capacity, double conductance, double room, double lag, bool valid)
        {
            Assert.Equal(valid, new ElementCalibration(capacity, conductance, room, lag).IsValid);
        }

        [Fact]
        public void AnInvalidCalibration_IsRefused_TheWitnessJudgesNothing_AndTheSessionRunsAsWithoutTheSensor()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            var run = new FaultRun(pad, 1901);
            run.FitElementSensor(ElementCalibrationKind.None);
            run.Core.CalibrateElement(new ElementCalibration(double.NaN, 2.0, 0.3, 5.0));
            run.Start(5);
            var reference = new FaultRun(pad, 1901);
            reference.Start(5);
            for (int s = 1; s <= 1200; s++)
            {
                SensorReading a = PartialViewSession.Seen(pad, run.Sensor.Read(run.NowMs + 1000), 0.2);
                SensorReading b = PartialViewSession.Seen(pad, run.SecondSensor.Read(run.NowMs + 1000), 0.2);
                run.TickPair(1000, a, b);
                SensorReading ra = PartialViewSession.Seen(pad, reference.Sensor.Read(reference.NowMs + 1000), 0.2);
                SensorReading rb = PartialViewSession.Seen(pad, reference.SecondSensor.Read(reference.NowMs + 1000), 0.2);
                reference.TickPair(1000, ra, rb);
                Assert.Equal(reference.Last.DutyFraction, run.Last.DutyFraction);
                Assert.Equal(reference.Last.Fault, run.Last.Fault);
            }

            ElementWitnessCheck witness = run.Core.Supervisor.ElementWitness;
            Assert.True(witness.Learner.CalibrationRejected);
            Assert.False(witness.Learner.Learned);
            Assert.Equal(ElementWitnessState.Unlearned, witness.State);
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("thick-slow")]
        [InlineData("folded-covered")]
        [InlineData("strong-60w")]
        public void TheFixture_MeasuresTheElementToSurfaceConductance_WithinTenPercent(string padName)
        {
            // Session 19's `calibrate`: G_cs within -9.7 % .. +0.2 % over 184 calibrations (46 pads x 4 sensor draws); C and the
            // lag trade off against each other (C -82 % .. +9 %), which the witness tolerates (its scans use these values).
            PadParameters pad = PadFile.LoadShipped(padName);
            for (int seed = 11; seed <= 14; seed++)
            {
                ElementCalibration fit = ElementCalibrationFixture.Calibrate(pad, seed);
                Assert.True(fit.IsValid || padName == "strong-60w", padName + " seed " + seed + ": invalid");
                double needed = pad.CoreToSurfaceWPerK * ElementCalibrationSource.SenseScale(pad, seed);
                Assert.InRange((fit.ConductanceWPerK / needed) - 1.0, -0.10, 0.10);
            }
        }

        [Theory]
        [InlineData(0.1)]
        [InlineData(0.2)]
        [InlineData(0.3)]
        public void APairSeeingPartOfTheRise_NominalPadFolded_IsNamedBeforeTheSurfacePasses48C(double view)
        {
            // view16's case (review 17a): main never names the 20 % view (101 °C) and names the 50 % view late. With the
            // factory calibration the witness latches sensor_detached while the surface is still under 48 °C; heat off
            // (session 19; withdrawn after reviews 20a / 20b, latched again on the room's span in session 20).
            PadParameters pad = PadFile.LoadShipped("nominal-12v").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            var verdictAt = new int[1];
            var (run, t48, faultAt) = Session(pad, 1910, 5, view, ElementCalibrationKind.Factory, onTick: FirstVerdict(verdictAt));
            Assert.Equal(FaultCode.SensorDetached, run.Last.Fault);
            Assert.True(t48 < 0, "the surface passed 48 C at " + t48 + " s; verdict at " + faultAt + " s");
            Assert.True(run.Core.Supervisor.ElementWitness.Verdict);
        }

        [Fact]
        public void WithoutACalibration_TheWitnessLatchesNothing()
        {
            // The cold-start learner's gap stays a report (session 18): the 20 % view runs as without the element sensor.
            PadParameters pad = PadFile.LoadShipped("nominal-12v").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            var (without, _, faultWithout) = Session(pad, 1911, 5, 0.2, null);
            var (with, _, faultWith) = Session(pad, 1911, 5, 0.2, ElementCalibrationKind.None);
            Assert.Equal(faultWithout, faultWith);
            Assert.Equal(without.Last.Fault, with.Last.Fault);
            Assert.Equal(without.RatedHeatS, with.RatedHeatS);
            Assert.False(with.Core.Supervisor.ElementWitness.Verdict);
        }

        [Fact]
        public void WholeViewSessions_OnTheShippedPads_ReachNoVerdictWithACalibration()
        {
            // Normal first heat-ups (body / air / folded, levels 1 / 3 / 5, 1,800 s): the calibrated witness never reports its
            // verdict, and the session's fault is the one it has without the element sensor.
            var added = new List<string>();
            int seed = 1920;
            foreach (var (name, shipped) in PadFile.LoadAllShipped())
            {
                foreach (string condition in HostileElementReadingTests.Conditions)
                {
                    PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition);
                    foreach (int level in new[] { 1, 3, 5 })
                    {
                        seed++;
                        var verdictAt = new int[1];
                        var (without, _, _) = Session(pad, seed, level, 1.0, null);
                        var (with, _, faultAt) = Session(pad, seed, level, 1.0, ElementCalibrationKind.Factory, onTick: FirstVerdict(verdictAt));
                        if (with.Last.Fault != without.Last.Fault || verdictAt[0] >= 0)
                        {
                            added.Add(name + " " + condition + " L" + level + ": " + FaultCodeNames.Of(with.Last.Fault) + " at " + faultAt + " s, verdict at " + verdictAt[0] + " s");
                        }
                    }
                }
            }

            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        /// <summary>Review 19a's hostile readings but the misbonded surface bond (its own test below, since session 34).</summary>
        public static IEnumerable<object[]> HostileCasesButMisbonded()
        {
            return HostileElementReadingTests.Cases().Where(c => (string)c[0] != "misbonded-surface");
        }

        [Theory]
        [MemberData(nameof(HostileCasesButMisbonded))]
        public void HostileElementReadings_WithACalibration_RaiseNoDuty_LatchNothing(string hostile)
        {
            // Review 19a's hostile readings with the factory calibration: the element sensor's own failures must not latch the
            // verdict (a hot bond fails the cold-start agreement and is never judged; jumps enter the smoothing clipped), nor raise
            // the duty (session 25: the surface cap may only lower it).
            var failures = new List<string>();
            foreach (var (label, with, without) in HostileSessions(hostile))
            {
                AddDifferenceButALowerDuty(failures, label, with, without);
            }

            Assert.True(failures.Count == 0, hostile + ": " + string.Join("; ", failures));
        }

        [Fact]
        public void MisbondedSurfaceElementSensor_WithACalibration_RaisesNoDuty_AndEndsFourOf18HealthySessionsAsSensorDetached()
        {
            // Review 19a's element sensor bonded to the laminate (it reads the surface through 40 s), on a pad with a factory
            // record. Until session 34 the witness stood itself down at 144-146 s (its estimate twice the margin under the pair)
            // and these sessions ran as without the element sensor. Since session 34 (witn34, the lead's decision) the witness
            // keeps judging on that disagreement, because the same rule blinded it on 445 of early33's weak insulated pads whose
            // pair left into a warm place (up to 73.1 C unnamed; 439 now named before 48 C). The price, accepted because it ends
            // heat and never adds any: on this assembly defect the surface cap holds on the wrong estimate and 4 of the 18
            // healthy sessions end sensor_detached (held-divergence watch 3, the verdict 1); no duty is ever raised, no other
            // fault appears (docs/safety.md "Session 34: the element witness keeps judging under heat", review 34a).
            var latched = new List<string>();
            var failures = new List<string>();
            foreach (var (label, with, without) in HostileSessions("misbonded-surface"))
            {
                if (with.Fault != without.Fault)
                {
                    Assert.Equal(FaultCode.SensorDetached, with.Fault);
                    latched.Add(label);
                }

                AddDifferenceButALowerDuty(failures, label, with, without, compareFault: false, untilS: with.Fault != without.Fault ? with.FaultAt : int.MaxValue);
            }

            Assert.True(failures.Count == 0, string.Join("; ", failures));
            Assert.Equal(new[] { "thick-slow air L5", "thick-slow folded L1", "thick-slow folded L5", "strong-60w folded L5" }, latched.ToArray());
        }

        // The 18 sessions of review 19a's hostile reading on three shipped pads, each condition, levels 1 and 5 (seeds from 1931),
        // run without the element sensor and with it under a factory record.
        private static IEnumerable<(string Label, HostileElementReadingTests.Drive With, HostileElementReadingTests.Drive Without)> HostileSessions(string hostile)
        {
            int seed = 1930;
            foreach (string padName in new[] { "nominal-12v", "thick-slow", "strong-60w" })
            {
                foreach (string condition in HostileElementReadingTests.Conditions)
                {
                    PadParameters pad = HostileElementReadingTests.InCondition(PadFile.LoadShipped(padName), condition);
                    foreach (int level in new[] { 1, 5 })
                    {
                        seed++;
                        var without = HostileElementReadingTests.Run(pad, seed, level, null);
                        var with = HostileElementReadingTests.Run(pad, seed, level, HostileElementReadingTests.Hostile(hostile), calibration: ElementCalibrationKind.Factory);
                        yield return (padName + " " + condition + " L" + level, with, without);
                    }
                }
            }
        }

        // Since session 25 a calibrated element may lower the duty (ElementSurfaceCap: the estimated surface over its ceiling;
        // measured on these runs: healthy thick-slow body L5 first held at 788 s) but never raise it, and never change the fault:
        // the sessions must agree up to a first differing tick at which the duty with the element is the lower.
        // compareFault false: only the duty, before untilS (the misbonded bond's accepted sensor_detached latch: from its second the
        // cut-off opens on one side only).
        private static void AddDifferenceButALowerDuty(List<string> failures, string label, HostileElementReadingTests.Drive with, HostileElementReadingTests.Drive without, bool compareFault = true, int untilS = int.MaxValue)
        {
            if (compareFault && with.Fault != without.Fault)
            {
                failures.Add(label + ": fault " + FaultCodeNames.Of(with.Fault) + " at " + with.FaultAt + " s (without: " + FaultCodeNames.Of(without.Fault) + ")");
                return;
            }

            for (int s = 0; s < with.Duty.Length && s < untilS; s++)
            {
                if (with.Duty[s] != without.Duty[s] || with.Enabled[s] != without.Enabled[s])
                {
                    if (!(with.Duty[s] < without.Duty[s]) || with.Enabled[s] != without.Enabled[s])
                    {
                        failures.Add(label + ": duty differs at " + s + " s, not lower (" + with.Duty[s] + " vs " + without.Duty[s] + ")");
                    }

                    return;
                }
            }
        }

        [Theory]
        [InlineData("nominal-12v", 5)]
        [InlineData("strong-60w", 3)]
        [InlineData("thick-slow", 1)]
        public void IrregularTicks_WithACalibration_LatchNothing(string padName, int level)
        {
            // Session 19's first faults run: ticks of 0.2-3 s (FaultKind.IrregularTicks) latched false sensor_detached in 82 of
            // 120 runs (the sense's current is the tick's end, not its mean, when the dead-man opens inside a tick). The balance is
            // judged on 0.8-1.2 s ticks only: the session ends as without the element sensor.
            PadParameters pad = PadFile.LoadShipped(padName);
            FaultCode Drive(bool element)
            {
                var run = new FaultRun(pad, 1940);
                if (element)
                {
                    run.FitElementSensor(ElementCalibrationKind.Factory);
                }

                run.Start(level);
                var random = new Random(1940);
                long endMs = run.NowMs + 1800000;
                while (run.NowMs < endMs && run.Last.Fault == FaultCode.None)
                {
                    run.TickPair(200 + random.Next(2801), null, null);
                    Assert.False(run.Core.Supervisor.ElementWitness.Verdict, "verdict at " + run.NowMs + " ms");
                }

                return run.Last.Fault;
            }

            Assert.Equal(Drive(false), Drive(true));
        }
    }
}
