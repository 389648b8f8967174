using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// Runs one controller through the re-heat case (<see cref="ReheatSchedule"/>) in 1 s ticks and measures the re-heat
    /// on the TRUE surface: time from its start to target − 0.5 °C over the physical bound from the pad's state at that
    /// start (<see cref="PhysicalBound.ComputeFrom"/>), the overshoot over the target, and any fault. The firmware runs the
    /// whole <see cref="HeatPadCore"/> in the <c>contrast</c> program (<see cref="ReheatSchedule.Config"/>), through the
    /// bench's tick (<see cref="FirmwareRun"/>); the cold pack lies on the pad for the steps that follow a tick whose phase
    /// is Cool (as in the faults campaign). A reference controller drives its own pad and sensor 1 with the bench's seed: heat
    /// wanted for the heat phase, <see cref="ReheatSchedule.HeatOffSetpointC"/> and no heat for the cool phase (its own
    /// state runs on), the level's setpoint again for the re-heat.
    /// </summary>
    public static class ReheatRunner
    {
        /// <summary>Ticks after the end of the planned schedule at which a run stops whatever happened (a firmware fault keeps the session from its phases).</summary>
        private const double ScheduleMarginS = 120.0;

        /// <summary>
        /// The re-heat of <paramref name="controller"/> ("firmware", "thermostat" or "marlin-mpc": the ones that need no
        /// relay tune; the bench runs "klipper-pid" with its tuned gains) on <paramref name="pad"/> (named
        /// <paramref name="padName"/>, in <paramref name="condition"/>) at <paramref name="level"/> (1..5), noise seeded by
        /// <paramref name="seed"/>; <paramref name="firstRiseS"/>: the controller's first heat-up arrival on this case (s,
        /// null: never), which sets the heat phases (<see cref="ReheatSchedule.HeatPhaseMinutes"/>). Fills
        /// <paramref name="trace"/> when given.
        /// </summary>
        public static ReheatResult Run(string controller, PadParameters pad, string padName, string condition, int level, int seed, double? firstRiseS, ReheatTrace trace = null)
        {
            if (controller == "klipper-pid")
            {
                throw new ArgumentException("klipper-pid needs its relay-tuned gains: run it through the bench", nameof(controller));
            }

            double setpointC = new TherapyConfig().SetpointOfLevelC(level);
            var c = new BenchCase(padName, condition, pad, level, setpointC, seed, seed);
            return Run(controller, c, firstRiseS, () => controller == "thermostat" ? new ThermostatController() : new MarlinMpcController(pad), trace);
        }

        /// <summary>
        /// The re-heat of one bench case; <paramref name="plotTrace"/>, when given, gets the re-heat's per-second samples (time
        /// from its start) for the bench's plot of the worst re-heats.
        /// </summary>
        internal static ReheatResult Run(string controller, BenchCase c, double? firstRiseS, Func<IBenchController> reference, ReheatTrace trace, BenchTrace plotTrace = null)
        {
            int heatMinutes = ReheatSchedule.HeatPhaseMinutes(firstRiseS);
            double heatS = heatMinutes * 60.0;
            FirmwareRun run = null;
            ThermalPad pad;
            SimulatedSensor sensor = null;
            IBenchController refController = null;
            if (controller == BenchRunner.Firmware)
            {
                run = new FirmwareRun(c.Pad, c.Seed, ReheatSchedule.Config(heatMinutes), TherapyProgram.Contrast, c.Level);
                pad = run.Pad;
            }
            else
            {
                pad = new ThermalPad(c.Pad);
                sensor = new SimulatedSensor(c.Pad, c.Seed);
                refController = reference();
            }

            double ownAirWPerK = c.Pad.SurfaceToAmbientWPerK;
            SessionPhase phase = SessionPhase.Off;
            double duty = 0.0;
            double startS = double.NaN, coolStartS = double.NaN, reheatStartS = double.NaN;
            double? firstRiseOwnS = null, riseS = null;
            double overshoot = double.NegativeInfinity;
            double targetC = c.SetpointC;
            double startCoreC = double.NaN, startSurfaceC = double.NaN, boundS = double.NaN, boundCoastC = double.NaN;
            bool reachable = false;
            FaultCode fault = FaultCode.None;
            double faultAtS = double.NaN;
            double endS = heatS + ReheatSchedule.CoolS + ReheatSchedule.ReheatS + ScheduleMarginS;
            for (int t = 0; t < 4 * 3600; t++)
            {
                // The cold pack lies on the pad over the step that follows a Cool tick, and leaves with the phase.
                double airWPerK = phase == SessionPhase.Cool ? ReheatSchedule.ColdPackWPerK : ownAirWPerK;
                if (pad.SurfaceToAmbientWPerK != airWPerK)
                {
                    pad.SurfaceToAmbientWPerK = airWPerK;
                }

                bool hasSetpoint;
                double setpointNowC = c.SetpointC;
                SensorReading reading;
                if (run != null)
                {
                    CoreOutputs outputs = run.Step();
                    reading = run.Reading;
                    duty = run.DutyFraction;
                    phase = outputs.Phase;
                    hasSetpoint = outputs.HasSetpoint;
                    if (hasSetpoint)
                    {
                        setpointNowC = outputs.SetpointC;
                    }

                    if (outputs.Fault != FaultCode.None && fault == FaultCode.None)
                    {
                        fault = outputs.Fault;
                        faultAtS = double.IsNaN(startS) ? 0.0 : t - startS;
                    }
                }
                else
                {
                    if (t > 0)
                    {
                        pad.Step(1.0, duty, true);
                        sensor.Advance(1.0, pad.SurfaceC);
                    }

                    reading = sensor.Read(t * 1000L);
                    phase = t < heatS || t >= heatS + ReheatSchedule.CoolS ? SessionPhase.Heat : SessionPhase.Cool;
                    hasSetpoint = phase == SessionPhase.Heat;
                    double wanted = refController.Update(t, reading, hasSetpoint ? c.SetpointC : ReheatSchedule.HeatOffSetpointC);
                    duty = hasSetpoint ? wanted : 0.0;
                }

                if (double.IsNaN(startS) && hasSetpoint)
                {
                    startS = t;
                }

                if (double.IsNaN(coolStartS) && !double.IsNaN(startS) && phase == SessionPhase.Cool)
                {
                    coolStartS = t;
                }

                if (double.IsNaN(reheatStartS) && !double.IsNaN(coolStartS) && phase == SessionPhase.Heat && hasSetpoint)
                {
                    // The pad as the cold pack left it (the state before this tick's duty acts), against the setpoint in force
                    // (the firmware's burn-dose cap may have lowered level 5's).
                    reheatStartS = t;
                    targetC = setpointNowC;
                    startCoreC = pad.CoreC;
                    startSurfaceC = pad.SurfaceC;
                    reachable = PhysicalBound.ComputeFrom(c.Pad, startCoreC, startSurfaceC, targetC, out boundS, out boundCoastC);
                }

                double surfaceC = pad.SurfaceC;
                if (!double.IsNaN(startS) && double.IsNaN(coolStartS) && firstRiseOwnS == null && surfaceC >= c.SetpointC - PhysicalBound.BandC)
                {
                    firstRiseOwnS = t - startS;
                }

                if (trace != null)
                {
                    trace.TimeS.Add(t);
                    trace.Phase.Add(phase);
                    trace.SurfaceToAmbientWPerK.Add(airWPerK);
                    trace.Duty.Add(duty);
                    trace.SurfaceC.Add(surfaceC);
                }

                if (!double.IsNaN(reheatStartS))
                {
                    double sinceS = t - reheatStartS;
                    if (plotTrace != null)
                    {
                        plotTrace.Add(sinceS, surfaceC, pad.CoreC, reading, run != null ? run.SecondReading : (SensorReading?)null, duty);
                    }

                    if (riseS == null && surfaceC >= targetC - PhysicalBound.BandC)
                    {
                        riseS = sinceS;
                    }

                    overshoot = Math.Max(overshoot, surfaceC - targetC);
                    if (sinceS >= ReheatSchedule.ReheatS)
                    {
                        break;
                    }
                }

                if (!double.IsNaN(startS) && t - startS > endS)
                {
                    break;
                }
            }

            bool firstReached = firstRiseOwnS is double a && a <= ReheatSchedule.MaxFirstRiseS;
            bool hasFigure = firstReached && reachable && !double.IsNaN(reheatStartS);
            double? ratio = hasFigure && riseS is double r && boundS > 0.0 ? r / boundS : null;
            double relativeReheatS = double.IsNaN(reheatStartS) ? double.NaN : reheatStartS - startS;
            return new ReheatResult(ReheatResult.CaseName, controller, c.PadName, c.Condition, c.Level, c.SetpointC, targetC, heatMinutes,
                firstRiseOwnS, firstReached, relativeReheatS, startCoreC, startSurfaceC, reachable,
                reachable ? boundS : double.NaN, reachable ? boundCoastC : double.NaN,
                riseS, ratio, double.IsNegativeInfinity(overshoot) ? double.NaN : Math.Max(0.0, overshoot),
                fault == FaultCode.None ? "" : FaultCodeNames.Of(fault), faultAtS, c.Seed, c.TuneSeed);
        }
    }
}
