using System.Collections.Generic;
using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>
    /// Review 20b: the assembly fixture's fit (<see cref="ElementCalibrationFixture"/>) on the light, fast element of
    /// strong-60w, and what it costs the verdict on a pair seeing part of the rise (view16's class): the fixture's record
    /// against the pad's true values (<see cref="ElementCalibrationKind.Oracle"/>, no error), both as shadow witnesses of
    /// one run with the element sensor fitted and no calibration of its own (the base: no element verdict).
    /// </summary>
    public class FixtureFitStrongElementTests
    {
        // A first heat-up of `pad` at `level`, the pair seeing `view` of the rise, 2,400 s. Returns the second the surface
        // passed 48 C (-1: never), the base's fault second, the verdict seconds of the fixture's record and the true values,
        // the surface's peak, and the verdict seconds of the fixture's record with every value times each of `recordScales`.
        internal static (int T48, int FaultAt, int Fixture, int Oracle, double PeakC, int[] Extra) Session(PadParameters pad, int seed, int level, double view, params double[] recordScales)
        {
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            ElementCalibration fixture = ElementCalibrationFixture.Calibrate(pad, seed);
            var calibrations = new List<ElementCalibration> { fixture, ElementCalibrationSource.For(ElementCalibrationKind.Oracle, pad, run.ElementSensor, seed) };
            foreach (double scale in recordScales)
            {
                calibrations.Add(CalibrationErrorShadow.Modified(fixture, all: scale));
            }

            var shadow = new CalibrationErrorShadow(run, calibrations.ToArray());
            run.Start(level);
            long startS = run.NowMs / 1000;
            int t48 = -1;
            double peak = 0.0;
            for (int s = 1; s <= 2400 && run.Last.Fault == FaultCode.None; s++)
            {
                SensorReading a = run.Sensor.Read(run.NowMs + 1000);
                SensorReading b = run.SecondSensor.Read(run.NowMs + 1000);
                a = SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (view * (a.TemperatureC - pad.AmbientC))));
                b = SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (view * (b.TemperatureC - pad.AmbientC))));
                run.TickPair(1000, a, b);
                shadow.Flush();
                peak = System.Math.Max(peak, run.Pad.SurfaceC);
                if (t48 < 0 && run.Pad.SurfaceC >= 48.0)
                {
                    t48 = s;
                }
            }

            int Rel(int at) => at < 0 ? -1 : at - (int)startS;
            int faultAt = run.Last.Fault == FaultCode.None ? -1 : (int)(run.NowMs / 1000) - (int)startS;
            var extra = new int[recordScales.Length];
            for (int i = 0; i < extra.Length; i++)
            {
                extra[i] = Rel(shadow.VerdictAtS[2 + i]);
            }

            return (t48, faultAt, Rel(shadow.VerdictAtS[0]), Rel(shadow.VerdictAtS[1]), peak, extra);
        }

        [Fact]
        public void OnTheTwelveVoltPads_TheFixturesRecordNamesAsTheTrueValuesDo()
        {
            // Partial-view scan (6 shipped pads x body / air / folded x L3 / L5 x views 0.1..0.7, 180 sessions): nominal-12v
            // 23 of 29 unnamed-by-base sessions past 48 C named before it by the fixture's record, 23 by the true values.
            PadParameters pad = HostileElementReadingTests.InCondition(PadFile.LoadShipped("nominal-12v"), "folded");
            var r = Session(pad, 20878, 5, 0.2);
            Assert.True(r.Oracle >= 0 && r.Fixture >= 0, "fixture " + r.Fixture + " s, true values " + r.Oracle + " s");
            Assert.InRange(r.Fixture - r.Oracle, -60, 60);
        }

        [Fact(Skip = "Review 20b MEDIUM (not worse than the base, which names none of these): the fixture fits the light fast element poorly - calibrate: strong-60w S3 lag 12-15 s for a true 3.1-7.6 s (3 of 4 at the 15 s search cap), C 10-37 J/K for 54-66 needed, 1 of 4 records invalid; in the partial-view scan 5 of 30 strong-60w records are invalid (C under the 10 J/K floor), leaving no verdict. Here: record C 9.9 J/K, G_cs 4.695, G_ca -0.148, lag 10 s, invalid; the true values name the 30 % view at 110 s (48 C at 119 s); unnamed, peak 87.2 C. Strong-60w partial views past 48 C named before 48 C: true values 21 of 30, the fixture's records 15.")]
        public void OnStrong60w_TheFixturesRecordIsValid_AndNamesThePartialViewAsTheTrueValuesDo()
        {
            PadParameters pad = HostileElementReadingTests.InCondition(PadFile.LoadShipped("strong-60w"), "folded");
            ElementCalibration fit = ElementCalibrationFixture.Calibrate(pad, 20913);
            var r = Session(pad, 20913, 3, 0.3);
            var failures = new List<string>();
            if (!fit.IsValid)
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, "record invalid: C {0:F1} J/K, G_cs {1:F3}, G_ca {2:F3}, lag {3:F0} s", fit.CapacityJPerK, fit.ConductanceWPerK, fit.RoomConductanceWPerK, fit.LagS));
            }

            if (!(r.Fixture >= 0 && r.Fixture <= r.T48))
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, "fixture verdict {0} s, true values {1} s, 48 C at {2} s, peak {3:F1} C", r.Fixture, r.Oracle, r.T48, r.PeakC));
            }

            Assert.True(failures.Count == 0, string.Join("; ", failures));
        }
    

        [Fact(Skip = "Review 20b LOW (the budget's other side; the base names none of these): a sense reading high against the record (record x0.95: the sense 5 % high, an ESP32 Vref drift or a board swap) moves the estimate down and loses verdicts on partial views. Partial-view scan (180 sessions, 100 past 48 C unnamed by the base): named before 48 C with the fixture's record 67, x0.95 58 (9 lost, 10 later by > 60 s), x0.90 44 (23 lost), x0.80 23; G_cs x0.95 62, x0.90 53 (the fixture's own G_cs is 0 .. 9.7 % low). Here folded-covered body L5, 70 % view: record 1,461 s, x0.95 1,910 s, x0.90 1,976 s; 48 C at 1,501 s.")]
        public void ASenseFivePercentHigh_StillNamesThePartialViewBefore48C()
        {
            PadParameters pad = PadFile.LoadShipped("folded-covered");
            var r = Session(pad, 20810, 5, 0.7, 0.95, 0.90);
            Assert.True(r.Fixture >= 0 && r.Fixture <= r.T48, "record " + r.Fixture + " s, 48 C at " + r.T48 + " s");
            Assert.True(r.Extra[0] >= 0 && r.Extra[0] <= r.T48, "x0.95 " + r.Extra[0] + " s, x0.90 " + r.Extra[1] + " s, record " + r.Fixture + " s, 48 C at " + r.T48 + " s");
        }
    }
}
