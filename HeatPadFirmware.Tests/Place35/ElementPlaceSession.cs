using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Place35
{
    /// <summary>
    /// Session 35 (place35; docs/safety.md "Session 35: the element sensor's place by its step response"): a pad with the element
    /// sensor and the fixture's factory record, a session of <c>program</c> at a level, 1 s ticks, with <see cref="StepResponseProbe"/>
    /// fed every tick from the element reading the core got, the sensed power and the witness's learner. The element sensor sits
    /// where <see cref="Place"/> says from <c>fromS</c> on. Stops at the first fault, the program's end or <c>seconds</c>.
    /// </summary>
    internal static class ElementPlaceSession
    {
        /// <summary>Where the element sensor reads.</summary>
        internal enum Place
        {
            /// <summary>On its element throughout (the simulator's bonded sensor).</summary>
            OnElement,
            /// <summary>Review 19a's <c>misbonded-surface</c>: bonded to the laminate, it reads the true surface through a 40 s lag (from power-on when <c>fromS</c> is 0).</summary>
            Misbonded,
            /// <summary>Review 34a's surface side: the room + <c>k</c> × the true surface's rise, through a 60 s lag from where its body was, with its offset.</summary>
            SurfaceSide,
        }

        /// <summary>One judged step: its second (the window's end) and its ratio.</summary>
        internal readonly record struct JudgedStep(int Second, double Ratio);

        public static List<JudgedStep> Run(PadParameters pad, int level, TherapyProgram program, int seed, Place place, double k, int fromS, int seconds, out FaultCode fault)
        {
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            int second = 0;
            double placedC = double.NaN;
            double readC = double.NaN;
            run.ElementReadingFilter = r =>
            {
                if (place != Place.OnElement && second >= fromS && r.IsValid)
                {
                    double room = run.Pad.AmbientC;
                    double targetC = place == Place.Misbonded ? run.Pad.SurfaceC : room + (k * (run.Pad.SurfaceC - room));
                    double lagS = place == Place.Misbonded ? 40.0 : 60.0;
                    if (double.IsNaN(placedC))
                    {
                        placedC = place == Place.Misbonded && fromS == 0 ? run.Pad.SurfaceC : run.ElementSensor!.LaggedC;
                    }

                    placedC = targetC + ((placedC - targetC) * Math.Exp(-1.0 / lagS));
                    r = SensorReading.Valid(SimulatedSensor.Quantise(placedC + (place == Place.Misbonded ? 0.0 : run.ElementSensor!.OffsetC)));
                }

                readC = r.IsValid ? r.TemperatureC : double.NaN;
                return r;
            };

            var probe = new StepResponseProbe();
            var steps = new List<JudgedStep>();
            run.Start(level, program);
            for (second = 1; second <= seconds; second++)
            {
                run.TickPair(1000, null, null);
                int judged = probe.Judged;
                if (double.IsNaN(readC))
                {
                    probe.Drop();
                }
                else
                {
                    bool known = run.Last.HasHeaterSense;
                    probe.Update(readC, known, known ? run.Last.HeaterCurrentA * run.Last.SupplyV : 0.0, true, 1.0, run.Core.Supervisor.ElementWitness.Learner);
                }

                if (probe.Judged > judged)
                {
                    steps.Add(new JudgedStep(second, probe.LastRatio));
                }

                if (run.Last.Fault != FaultCode.None || run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            fault = run.Last.Fault;
            return steps;
        }
    }
}
