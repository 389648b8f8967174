using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>
    /// Review 20b: a first heat-up (whole view: the pair on the surface) of a pad switched on colder than its room, with the
    /// fixture's own record (<see cref="ElementCalibrationFixture"/>) as a shadow witness on a run without a calibration of its
    /// own (the base). The witness takes the element's reading at the cold start as the room for the whole session.
    /// </summary>
    public class ColdPadFirstHeatUpTests
    {
        private static int VerdictAt(string padName, string condition, int level, int seed, double padColderC)
        {
            const double RoomC = 22.0;
            PadParameters shipped = PadFile.LoadShipped(padName);
            PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition).With(ambientC: RoomC, initialC: RoomC - padColderC, bodyC: Math.Max(RoomC, shipped.BodyC));
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            var shadow = new CalibrationErrorShadow(run, new[] { ElementCalibrationFixture.Calibrate(pad, seed) });
            run.Pad.SupplyVoltageV = pad.RatedVoltageV;
            run.Start(level);
            long startS = run.NowMs / 1000;
            for (int s = 1; s <= 1800 && run.Last.Fault == FaultCode.None; s++)
            {
                run.TickPair(1000, run.Sensor.Read(run.NowMs + 1000), run.SecondSensor.Read(run.NowMs + 1000));
                shadow.Flush();
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
            return shadow.VerdictAtS[0] < 0 ? -1 : shadow.VerdictAtS[0] - (int)startS;
        }

        [Theory]
        [InlineData("thick-slow", "body", 4, 20564)]
        [InlineData("thick-slow", "folded", 4, 20574)]
        public void APadSwitchedOnAtTheRoom_FirstHeatUp_NoFalseDetached(string padName, string condition, int level, int seed)
        {
            Assert.Equal(-1, VerdictAt(padName, condition, level, seed, 0.0));
        }

        // Review 20b HIGH, measured with the cold start's reading as the room: the fixture's own record latched 2 of 90 (thick-slow
        // body L4 at 890 s, folded L4 at 818 s); with the sense 5 % low 5, 10 % low 22. Passes since session 20 (wit20: the
        // estimate judged on the most favourable room within ElementWitnessCheck.RoomSpanC).
        [Theory]
        [InlineData("thick-slow", "body", 4, 20564)]
        [InlineData("thick-slow", "folded", 4, 20574)]
        public void APadSwitchedOnEightDegreesUnderTheRoom_FirstHeatUp_NoFalseDetached(string padName, string condition, int level, int seed)
        {
            Assert.Equal(-1, VerdictAt(padName, condition, level, seed, 8.0));
        }
    }
}
