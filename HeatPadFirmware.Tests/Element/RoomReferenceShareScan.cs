using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 23 (cold23), by hand: what a better room reference would give the calibrated witness on issue 4's 17 loosening runs
    /// past 48 °C (faults seed 1 with the Factory record), and the trace of loose22's cold-pad finding (docs/safety.md "Session 23:
    /// the cold-pad false detach traced to the power's fall, and the margin's width (cold23)"). The room scan is a shadow of the
    /// committed witness: each judged tick, the gap and the drop with the span's shift |G_ca| / G_cs × (8 − k) given back, against
    /// 4 + 0.1 × that drop, held 10 judged s (span 8 is the committed witness). Both set the simulator's global element-sensor
    /// switch: skipped in the suite; remove the Skip and run each alone. COLD23_OUT names the output file (appended).
    /// </summary>
    public class RoomReferenceShareScan
    {
        private static readonly double[] Spans = { 8.0, 6.0, 4.0, 2.0, 0.0 };

        private static string Out => Environment.GetEnvironmentVariable("COLD23_OUT") ?? "cold23-scan.txt";

        private static readonly (FaultKind Kind, string Pad, int Level, double OnsetS)[] Past48 =
        {
            (FaultKind.BothSensorsLoosening, "free-air", 2, 60), (FaultKind.BothSensorsLoosening, "free-air", 3, 60),
            (FaultKind.BothSensorsLoosening, "free-air", 4, 60), (FaultKind.BothSensorsLoosening, "free-air", 5, 60),
            (FaultKind.BothSensorsLoosening, "free-air", 5, 300), (FaultKind.BothSensorsLoosening, "strong-60w", 4, 60),
            (FaultKind.BothSensorsLoosening, "strong-60w", 5, 60), (FaultKind.BothSensorsLooseningShortPhases, "free-air", 3, 60),
            (FaultKind.BothSensorsLooseningShortPhases, "free-air", 4, 60), (FaultKind.BothSensorsLooseningShortPhases, "free-air", 5, 60),
            (FaultKind.BothSensorsLooseningShortPhases, "strong-60w", 5, 60), (FaultKind.TwoPaceLoosening, "free-air", 2, 60),
            (FaultKind.TwoPaceLoosening, "free-air", 5, 60), (FaultKind.TwoPaceLoosening, "strong-60w", 5, 60),
            (FaultKind.TwoPaceLooseningReversed, "free-air", 5, 60), (FaultKind.TwoPaceLooseningReversed, "nominal-12v", 5, 60),
            (FaultKind.TwoPaceLooseningReversed, "strong-60w", 5, 60),
        };

        [Fact(Skip = "By-hand scan (session 23, cold23): sets the simulator's global element-sensor switch; run alone")]
        public void RoomSpans()
        {
            ElementSensorOption.Fitted = true;
            ElementSensorOption.Calibration = ElementCalibrationKind.Factory;
            try
            {
                var pads = PadFile.LoadAllShipped();
                var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
                File.AppendAllText(Out, "kind pad level onset | surface 48 C at (s after onset) | verdict s after onset, spans 8 6 4 2 0 | shift at 48 C" + Environment.NewLine);
                foreach (var (kind, name, level, onsetS) in Past48)
                {
                    PadParameters pad = pads.First(p => p.Name == name).Pad;
                    long at48 = -1;
                    double shift48 = double.NaN;
                    long startMs = -1;
                    var over = new double[Spans.Length];
                    long[] at = Enumerable.Repeat(-1L, Spans.Length).ToArray();
                    FaultCampaign.RunCase(name, pad, level, kind, onsetS, seeds[(name, level, onsetS, kind)], onTick: run =>
                    {
                        startMs = startMs < 0 ? run.NowMs : startMs;
                        ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                        long t = ((run.NowMs - startMs) / 1000) - (long)onsetS;
                        if (at48 < 0 && run.Pad.SurfaceC >= 48.0)
                        {
                            at48 = t;
                            shift48 = w.RoomShiftC;
                        }

                        for (int i = 0; i < Spans.Length; i++)
                        {
                            if (!w.Judged)
                            {
                                over[i] = 0.0;
                                continue;
                            }

                            double back = w.RoomShiftC / ElementWitnessCheck.RoomSpanC * (ElementWitnessCheck.RoomSpanC - Spans[i]);
                            double margin = ElementWitnessCheck.CalibratedFloorC + (ElementWitnessCheck.CalibratedDropFraction * Math.Max(0.0, w.DropC - back));
                            over[i] = w.GapC + back > margin ? over[i] + 1.0 : 0.0;
                            if (at[i] < 0 && over[i] >= ElementWitnessCheck.ConfirmS && t >= 0)
                            {
                                at[i] = t;
                            }
                        }
                    });
                    File.AppendAllText(Out, $"{kind} {name} L{level} @{onsetS} | {at48} | {string.Join(" ", at)} | {shift48:F2}{Environment.NewLine}");
                    Assert.True(at48 >= 0, $"{kind} {name} L{level}: the surface never passed 48 C");
                }
            }
            finally
            {
                ElementSensorOption.Fitted = false;
                ElementSensorOption.Calibration = ElementCalibrationKind.None;
            }
        }
    }
}
