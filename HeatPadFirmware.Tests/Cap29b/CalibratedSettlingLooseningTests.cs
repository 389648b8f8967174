using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Cap29b
{
    /// <summary>
    /// Session 29 (cap29b; docs/safety.md "Session 29: the element sensor on the settling partial loosening (cap29b; measured,
    /// not landed)"): the pair that loosens partly and settles (session 28's gap: both sensors from 900 s reading
    /// room + w × (attached − room), w falling linearly 1 → <c>finalW</c> over 300 s and staying), run on review 19b's pads
    /// (<see cref="BenchPadFamily.Build"/>(12, 1), <see cref="FaultRun"/> seed 11, the heat program, 4,500 s) with the element
    /// sensor and its factory record fitted as <c>--element-sensor --element-calibration Factory</c> fit them. On the plain pad
    /// ten of 324 such runs pass 48 °C unnamed (up to 59.0 °C); with the record the surface cap and the witness bring that to one
    /// run, named at 48.36 °C, and hold every unnamed run under 48 °C, but not near the level's setpoint.
    /// </summary>
    public class CalibratedSettlingLooseningTests
    {
        /// <summary>What one run did: the fault (None: ran the 4,500 s), the second it latched, the true surface's peak, seconds over 48 °C, the surface dose (burn thresholds).</summary>
        internal readonly struct Outcome
        {
            public Outcome(FaultCode fault, int atS, double peakC, int over48S, double dose)
            {
                Fault = fault;
                AtS = atS;
                PeakC = peakC;
                Over48S = over48S;
                Dose = dose;
            }

            public FaultCode Fault { get; }

            public int AtS { get; }

            public double PeakC { get; }

            public int Over48S { get; }

            public double Dose { get; }
        }

        /// <summary>
        /// One run of the settling partial loosening on the named pad of the family, the Factory-calibrated element sensor fitted:
        /// cap29's runner (<see cref="Cap29.SettlingLooseningRun"/>, the same scan's case), the second of a run that went its
        /// length unnamed being the run's length.
        /// </summary>
        internal static Outcome Run(string padName, double roomC, int level, double finalW)
        {
            Cap29.SettlingLooseningRun.Outcome o = Cap29.SettlingLooseningRun.Run(padName, roomC, level, finalW, factoryRecord: true);
            return new Outcome(o.Fault, o.FaultS < 0 ? Cap29.SettlingLooseningRun.RunS : o.FaultS, o.PeakSurfaceC, o.SecondsOver48, o.SurfaceDose);
        }

        [Theory]
        // Plain pad (main): unnamed, peak 55.41 / 58.98 / 53.59 / 48.76 / 51.68 °C, 950-3,160 s over 48 °C, dose 2.0-390.
        [InlineData("folded-covered", 28.0, 3, 0.5, FaultCode.SensorDetached, 1241, 43.74)]
        [InlineData("folded-covered", 28.0, 5, 0.5, FaultCode.SensorDetached, 1166, 45.20)]
        [InlineData("folded-covered", 28.0, 5, 0.65, FaultCode.SensorDetached, 1410, 46.23)]
        [InlineData("folded-covered", 28.0, 5, 0.8, FaultCode.SensorDetached, 1208, 45.90)]
        [InlineData("thick-slow", 28.0, 5, 0.65, FaultCode.HeatingFailed, 1491, 46.26)]
        public void SettlingLoosening_ThePlainPadLeavesPast48C_IsNamedUnder48CWithTheFactoryRecord(string padName, double roomC, int level, double finalW, FaultCode fault, int atS, double peakC)
        {
            Outcome o = Run(padName, roomC, level, finalW);

            Assert.Equal(fault, o.Fault);
            Assert.InRange(o.AtS, 0, atS);
            Assert.Equal(0, o.Over48S);
            Assert.InRange(o.PeakC, 0.0, peakC + 0.05);
        }

        [Theory]
        // Plain pad (main): unnamed, peak 50.96 / 48.82 / 50.16 / 48.65 °C; with the record unnamed too, the cap holding the true
        // surface at 46-47 °C (the estimate 0.5-1.6 °C under it): peak 46.80 / 47.22 / 46.61 / 46.56 °C.
        [InlineData("thick-slow", 22.0, 3, 0.65)]
        [InlineData("thick-slow", 28.0, 3, 0.65)]
        [InlineData("thick-slow", 22.0, 5, 0.8)]
        [InlineData("thick-slow", 28.0, 5, 0.8)]
        public void SettlingLoosening_TheRecordLeavesUnnamed_IsCappedUnder48C(string padName, double roomC, int level, double finalW)
        {
            Outcome o = Run(padName, roomC, level, finalW);

            Assert.Equal(0, o.Over48S);
            Assert.True(o.PeakC < 47.5, "peak " + o.PeakC.ToString("F2") + " C");
        }

        [Fact]
        public void SettlingLoosening_FoldedCovered28CL3_IsNamedByTheHeldDivergenceAt48Point4C()
        {
            // The calibrated pad's one run past 48 °C (main's figure; plain pad: unnamed, 49.12 °C, 2,896 s over 48 °C, dose 5.6): the
            // cap holds from about 1,300 s, but the element's stored heat carries the covered surface on to 48.36 °C while the estimate
            // reads 46.1-46.9 °C; the held divergence check's growth reaches 2.0 °C at 1,799 s and names it at 1,809 s.
            Outcome o = Run("folded-covered", 28.0, 3, 0.65);

            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.InRange(o.AtS, 1700, 1809);
            Assert.InRange(o.PeakC, 0.0, 48.4);
            Assert.InRange(o.Over48S, 0, 148);
        }

        [Fact(Skip = "cap29b finding (measured, not mended): folded-covered 28 C L3 w 0.65 with the Factory record passes 48 C for 148 s "
            + "(peak 48.36 C) before the held divergence check names it at 1,809 s; docs/safety.md 'Session 29 ... (cap29b)'.")]
        public void SettlingLoosening_FoldedCovered28CL3_NeverPasses48C()
        {
            Outcome o = Run("folded-covered", 28.0, 3, 0.65);

            Assert.Equal(0, o.Over48S);
        }

        [Theory(Skip = "cap29b finding (measured, not mended): with the Factory record these settling loosenings run unnamed for the "
            + "75 min, the cap holding the true surface 1.5-5.7 C over the level's setpoint and the dose passing 1.0 burn threshold "
            + "(1.02-1.32 by 4,500 s on 9 of 324 rows; these five the worst); the witness's judged gap (on the most favourable room) stays under its margin and the held "
            + "divergence grows under 2 C because the gap opened before the hold; docs/safety.md 'Session 29 ... (cap29b)'.")]
        [InlineData("thick-slow", 22.0, 3, 0.65)]
        [InlineData("thick-slow", 28.0, 3, 0.65)]
        [InlineData("thick-slow", 22.0, 5, 0.8)]
        [InlineData("thick-slow", 28.0, 5, 0.8)]
        [InlineData("thick-slow", 16.0, 3, 0.8)]
        public void SettlingLoosening_OnACalibratedPad_StaysUnderOneBurnThreshold(string padName, double roomC, int level, double finalW)
        {
            Outcome o = Run(padName, roomC, level, finalW);

            Assert.True(o.Dose < 1.0, "dose " + o.Dose.ToString("F3"));
        }
    }
}
