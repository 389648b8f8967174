using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review20a
{
    /// <summary>
    /// Review 20a, risk (5) of elem19: both surface sensors freezing (their readings stop changing) on a calibrated pad. The
    /// witness sees the pair stay while the element's balance says the surface rises, and latches sensor_detached before
    /// the integrity check's frozen_reading: faults seed 1, FrozenReading: 10 of 120 runs renamed (free-air and nominal-12v,
    /// onset 60 s; frozen_reading 119 -> 109, sensor_detached 0 -> 10), stop time unchanged (worst 90 s, median 90 s). This drive (readings held bit for bit, 36 runs: 4 pads x L1/3/5 x onsets
    /// 60/300/900 s): 2 renamed and earlier (free-air L5 onset 60: frozen_reading at 389 s -> sensor_detached at 178 s;
    /// nominal-12v L5: 390 -> 182 s), 34 identical. LOW: the verdict is no later; only its user-facing name changes
    /// (sensor_detached asks the user to re-seat the sensors; the converter is what froze).
    /// </summary>
    public class FrozenPairNameReviewTests
    {
        // free-air / nominal-12v in the air, the pair's readings held at their value from `onsetS` on; returns the fault and its second.
        private static (FaultCode Fault, int At) Frozen(string padName, int level, int onsetS, bool calibrated)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, 2600);
            if (calibrated)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(level);
            SensorReading a = default;
            SensorReading b = default;
            for (int s = 1; s <= 1800; s++)
            {
                if (s <= onsetS)
                {
                    a = run.Sensor.Read(run.NowMs + 1000);
                    b = run.SecondSensor.Read(run.NowMs + 1000);
                }

                run.TickPair(1000, a, b);
                if (run.Last.Fault != FaultCode.None)
                {
                    return (run.Last.Fault, s);
                }
            }

            return (FaultCode.None, -1);
        }

        [Theory]
        [InlineData("free-air", 5, 60)]
        [InlineData("nominal-12v", 5, 60)]
        [InlineData("nominal-12v", 3, 60)]
        [InlineData("strong-60w", 1, 60)]
        [InlineData("thick-slow", 5, 300)]
        public void AFrozenPair_OnACalibratedPad_StopsNoLaterThanWithout(string padName, int level, int onsetS)
        {
            var without = Frozen(padName, level, onsetS, false);
            var with = Frozen(padName, level, onsetS, true);
            Assert.NotEqual(FaultCode.None, without.Fault);
            Assert.NotEqual(FaultCode.None, with.Fault);
            // Guard (measured): never later; free-air / nominal-12v L5 onset 60 s renamed sensor_detached and ~210 s earlier.
            Assert.True(with.At <= without.At, "with " + with.Fault + " at " + with.At + " s; without " + without.Fault + " at " + without.At + " s");
        }
    }
}
