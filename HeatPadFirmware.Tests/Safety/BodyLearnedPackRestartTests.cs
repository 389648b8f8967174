using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 9 (r002): random-family pads of the bench (family seed 1) learned on the body, heated and held at a level; the
    /// user gets up with an off press, lays a cold pack (a surface-to-room conductance, W/K) on the pad during the off, lifts it
    /// and presses power again with nobody on the pad (free air, <see cref="BenchPadFamily.InCondition"/> "air").
    /// <para>Measured on main 23b1405 (1 s ticks, each case its own seed): random-002 (44 W, 30 s sensor lag, surface 408 J/K)
    /// after a 5 s off with a 1000 W/K pack latches <c>sensor_detached</c> 33–41 s after the restart at every level (heated 600
    /// or 1200 s): the pack takes the surface to the room in seconds (408 J/K / 1000 W/K = 0.4 s), the lagged reading still
    /// falls for its 30 s lag under the restarted full power, faster than <see cref="SensorDetachedCheck"/>'s hard-work
    /// envelope (<see cref="SensorDetachedCheck.HardWorkCoolingCPerS"/>), and bottoms out about 6 °C over the room with a lead
    /// of 5.6–5.9 °C: <see cref="SensorDetachedCheck.HardWorkFallC"/> within <see cref="SensorDetachedCheck.HardWorkRoomBandC"/>.
    /// The check's envelope starts afresh when heat becomes wanted, but the fall of a lagged reading begun in the off goes on
    /// after it, just as a sensor detached in the off does: the reading alone cannot tell them apart until it turns. Over the
    /// family's first 64 pads (level 1 or 5 held 600 s, a 160 or 1000 W/K pack for an off of 5, 15, 30 or 60 s: 1,024 cases)
    /// 40 latched so, 10–50 s after the restart with leads of 5.0–6.2 °C, on 17 pads with sensor lags of 10–40 s: 32 after a
    /// 5 s off with the 1000 W/K pack, 8 with the 160 W/K pack or a 15 s off (random-005, -013, -040, -043, -057), none
    /// after 30 or 60 s (the reading had settled before the heat came back). Leads of 5.0–5.1 °C are marginal: another
    /// seed of the sensor noise may not latch. Session 10 (<see cref="SensorDetachedCheck.CarriedFallCPerS"/>: a fall carried
    /// from the off withholds the latch until the reading turns or stalls over the room, or reaches the room still falling):
    /// the same grid (own seeds) 41 such latches on main, 0 now; the other 14 faults of the grid (4 <c>heating_failed</c>
    /// 443–555 s after the restart, 10 <c>implausible_reading</c> on the 6 s-lag pads under the 1000 W/K pack) unchanged.
    /// random-003 (13 W, 33 s lag, surface 499 J/K) after a 60 or 90 s off with a 160 or 1000 W/K pack latches it 71–74 s
    /// after the restart: <see cref="RoomReadingCheck"/>'s off-body floor (<see cref="RoomReadingCheck.OffBodyMinWorkS"/>,
    /// 72 full-power s) runs out before its smoothed reading has risen <see cref="RoomReadingCheck.PadRiseC"/> in the band.</para>
    /// </summary>
    public class BodyLearnedPackRestartTests
    {
        private const string RoomFloorSkip =
            "Open (session 9, r002): RoomReadingCheck's off-body floor of 72 full-power s runs out 71-74 s after the restart on this "
            + "13 W, 670 J/K pad before its smoothed reading rises 0.25 C in the room band; not done.";

        private readonly ITestOutputHelper _output;

        /// <summary>Takes xunit's output, where the tests print what latched.</summary>
        public BodyLearnedPackRestartTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("random-002", 1, 600, 1000.0, 5, 9101)]
        [InlineData("random-002", 3, 1200, 1000.0, 5, 9102)]
        [InlineData("random-002", 5, 600, 1000.0, 5, 9103)]
        [InlineData("random-043", 5, 600, 160.0, 15, 9105)]
        public void Firmware_RaisesNoFault_WhenAPackCooledTheSurfaceInAShortOffPress_AndTheLaggedReadingStillFallsUnderTheRestartedHeat(string padName, int level, int heatS, double packWPerK, int offS, int seed)
        {
            AssertNoFault(padName, level, heatS, packWPerK, offS, seed);
        }

        [Theory(Skip = RoomFloorSkip)]
        [InlineData("random-003", 1, 300, 1000.0, 90, 9201)]
        [InlineData("random-003", 3, 120, 160.0, 60, 9202)]
        [InlineData("random-003", 5, 300, 160.0, 90, 9203)]
        public void Firmware_RaisesNoFault_WhenAPackBroughtAWeakHeavyPadToTheRoom_AndItsReadingRisesSlowerThanTheOffBodyFloor(string padName, int level, int heatS, double packWPerK, int offS, int seed)
        {
            AssertNoFault(padName, level, heatS, packWPerK, offS, seed);
        }

        [Theory]
        [InlineData("random-002", 1, 600, 160.0, 60, 9301)]
        [InlineData("random-002", 5, 1200, 1000.0, 60, 9302)]
        [InlineData("random-002", 3, 300, 1000.0, 90, 9303)]
        [InlineData("random-003", 5, 300, 1000.0, 20, 9304)]
        public void Firmware_RaisesNoFault_WhenAPackCooledABodyLearnedPadInAnOffPress_AndTheReadingHadSettledBeforeTheRestart(string padName, int level, int heatS, double packWPerK, int offS, int seed)
        {
            AssertNoFault(padName, level, heatS, packWPerK, offS, seed);
        }

        private void AssertNoFault(string padName, int level, int heatS, double packWPerK, int offS, int seed)
        {
            var (fault, afterRestartS, leadC, readingC) = Run(padName, level, heatS, packWPerK, offS, seed);
            _output.WriteLine($"{padName} L{level} heat {heatS} s, pack {packWPerK} W/K, off {offS} s: {FaultCodeNames.Of(fault)} {afterRestartS} s after the restart, hard-work lead {leadC:0.00} C at {readingC:0.00} C");
            Assert.Equal(FaultCode.None, fault);
        }

        /// <summary>
        /// Heats <paramref name="padName"/> on the body at <paramref name="level"/> for <paramref name="heatS"/>, presses off (the user
        /// gets up), lays a <paramref name="packWPerK"/> pack on for the <paramref name="offS"/> off, lifts it, presses power and runs
        /// 15 min off the body. Returns the fault, the seconds from the restart to it, and the detached check's lead and the reading then.
        /// </summary>
        private static (FaultCode Fault, int AfterRestartS, double LeadC, double ReadingC) Run(string padName, int level, int heatS, double packWPerK, int offS, int seed)
        {
            PadParameters body = FamilyPad(padName);
            PadParameters air = BenchPadFamily.InCondition(body, "air");
            var run = new FaultRun(body, seed);
            run.Start(level);
            for (int s = 0; s < heatS; s++)
            {
                run.Tick(1000, null);
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
            run.Tick(1000, null, ButtonId.Power);
            Assert.Equal(SessionPhase.Off, run.Last.Phase);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = packWPerK;
            for (int s = 1; s < offS; s++)
            {
                run.Tick(1000, null);
            }

            run.Pad.SurfaceToAmbientWPerK = air.SurfaceToAmbientWPerK;
            run.Tick(1000, null, ButtonId.Power);
            Assert.NotEqual(SessionPhase.Off, run.Last.Phase);
            for (int s = 1; s <= 900; s++)
            {
                run.Tick(1000, null);
                if (run.Last.Fault != FaultCode.None)
                {
                    return (run.Last.Fault, s, run.Core.Supervisor.Detached.HardWorkLeadC, run.Sensor.Read(run.NowMs).TemperatureC);
                }
            }

            return (FaultCode.None, 0, 0.0, 0.0);
        }

        private static PadParameters FamilyPad(string name)
        {
            foreach (var (padName, pad) in BenchPadFamily.Build(64, 1))
            {
                if (padName == name)
                {
                    return pad;
                }
            }

            throw new KeyNotFoundException(name);
        }
    }
}
