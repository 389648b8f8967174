using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Rise22
{
    /// <summary>
    /// Session 22 (rise22, docs/control.md "Session 22: issue 3's remaining runs by cause", group A): the bench's runs over 1.15
    /// on levels whose full-power asymptote lies just over the band's edge (setpoint − 0.5 °C) are not the controller's. It runs
    /// full power on every tick from the setpoint to the band; only the heater-current witness's probe (one tick at
    /// <see cref="HeaterCurrentCheck.PartialMaxDutyFraction"/> after <see cref="HeaterCurrentCheck.ProbeIntervalS"/> of saturated
    /// duty) takes 0.4 s of heat every 121 s, and the pad alone stepped under that pattern reaches the band at the firmware's
    /// second. The physical bound (uninterrupted full power) reaches it 134–307 s sooner on these three cases.
    /// </summary>
    public class NearUnreachableLevelTests
    {
        // Bench seed, pad, condition, level and the case seed of `bench --seed N --json` (its "Seed"): seed 1 random-030 in air at
        // L5 (bound 795 s, rise 929 s, 1.169), seed 3 random-043 in air at L4 (1452 / 1759 s, 1.211), seed 4 random-007 on the body
        // at L4 (956 / 1163 s, 1.217).
        [Theory]
        [InlineData(1, "random-030", "air", 5, 8284)]
        [InlineData(3, "random-043", "air", 4, 24251)]
        [InlineData(4, "random-007", "body", 4, 31805)]
        public void Firmware_RunsFullPowerToTheBand_ExceptTheWitnessProbe_OnABarelyReachableLevel(int familySeed, string padName, string condition, int level, int caseSeed)
        {
            PadParameters pad = Pad(familySeed, padName, condition);
            List<double> duties = FirstHeatUpDuties(pad, level, caseSeed, out double setpointC);
            Assert.NotEmpty(duties);
            int fullS = 0;
            int probes = 0;
            foreach (double duty in duties)
            {
                if (duty >= HeaterDutyLimits.MaxDutyFraction)
                {
                    fullS++;
                    continue;
                }

                Assert.True(fullS >= HeaterCurrentCheck.ProbeIntervalS, "duty " + duty.ToString("F3") + " after only " + fullS + " s of full power");
                Assert.Equal(HeaterCurrentCheck.PartialMaxDutyFraction, duty, 6);
                probes++;
                fullS = 0;
            }

            Assert.True(probes >= 5, "only " + probes + " probe ticks before the band");
            Assert.True(PhysicalBound.Compute(pad, setpointC, out _, out _), "the bench counts this level reachable");
        }

        [Theory]
        [InlineData(1, "random-030", "air", 5, 8284)]
        [InlineData(3, "random-043", "air", 4, 24251)]
        [InlineData(4, "random-007", "body", 4, 31805)]
        public void Firmware_ReachesABarelyReachableLevel_AtTheSecondThePadDoesUnderTheWitnessProbeAlone(int familySeed, string padName, string condition, int level, int caseSeed)
        {
            PadParameters pad = Pad(familySeed, padName, condition);
            int firmwareRiseS = FirstHeatUpDuties(pad, level, caseSeed, out double setpointC).Count;

            // The pad alone: full power, one tick at the probe's duty after every ProbeIntervalS ticks of it.
            var alone = new ThermalPad(pad);
            int periodTicks = (int)HeaterCurrentCheck.ProbeIntervalS + 1;
            int aloneRiseS = -1;
            for (int t = 0; t < 4 * 3600; t++)
            {
                if (alone.SurfaceC >= setpointC - PhysicalBound.BandC)
                {
                    aloneRiseS = t;
                    break;
                }

                bool probe = t > 0 && t % periodTicks == periodTicks - 1;
                alone.Step(1.0, probe ? HeaterCurrentCheck.PartialMaxDutyFraction : HeaterDutyLimits.MaxDutyFraction, true);
            }

            Assert.True(PhysicalBound.Compute(pad, setpointC, out double boundS, out _));
            Assert.InRange(firmwareRiseS, aloneRiseS - 1, aloneRiseS + 1);
            Assert.True(aloneRiseS > boundS, "the probe pattern " + aloneRiseS + " s, the bound " + boundS.ToString("F0") + " s");
        }

        private static PadParameters Pad(int familySeed, string padName, string condition)
        {
            foreach (var (name, p) in BenchPadFamily.Build(50, familySeed))
            {
                if (name == padName)
                {
                    return BenchPadFamily.InCondition(p, condition);
                }
            }

            throw new ArgumentException("no pad " + padName + " in family " + familySeed);
        }

        // The duty of every tick from the setpoint until the true surface reaches setpoint - 0.5 C (the bench's rise: the count is
        // the rise in seconds), through the bench's own firmware tick.
        private static List<double> FirstHeatUpDuties(PadParameters pad, int level, int caseSeed, out double setpointC)
        {
            var run = new FirmwareRun(pad, caseSeed, new TherapyConfig(), TherapyProgram.Heat, level);
            var duties = new List<double>();
            setpointC = double.NaN;
            for (int t = 0; t < 4 * 3600; t++)
            {
                CoreOutputs outputs = run.Step();
                Assert.Equal(FaultCode.None, outputs.Fault);
                if (double.IsNaN(setpointC))
                {
                    if (!outputs.HasSetpoint)
                    {
                        continue;
                    }

                    setpointC = outputs.SetpointC;
                }

                if (run.Pad.SurfaceC >= setpointC - PhysicalBound.BandC)
                {
                    return duties;
                }

                duties.Add(outputs.DutyFraction);
            }

            return duties;
        }
    }
}
