using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The physical bound of issue 3: the fastest profile with perfect knowledge that does not overshoot
    /// the setpoint by more than 0.5 °C — full power from the cold start (or from a given state: <see cref="ComputeFrom"/>), then coast (power off). On most
    /// pads full power can last until the TRUE surface reaches setpoint − 0.5 °C and the coast stays within
    /// 0.5 °C (heater-safety reference); where the coast would go further (thick pads with a hot core) the
    /// switch-off time is moved earlier by bisection until the coast peaks at setpoint + 0.5 °C, and the bound
    /// is the time that profile reaches setpoint − 0.5 °C. The peak of the chosen profile is returned.
    /// </summary>
    public static class PhysicalBound
    {
        /// <summary>Band under the setpoint that counts as arrived, and the coast's allowance over it, °C (issue 3).</summary>
        public const double BandC = 0.5;
        private const double StepS = 0.25;

        /// <summary>
        /// The bound for pad <paramref name="p"/> and <paramref name="setpointC"/>: <paramref name="boundS"/> (s from the cold
        /// start) and the chosen profile's peak over the setpoint, <paramref name="coastOvershootC"/> (°C). False when
        /// unreachable: the steady full-power surface is below setpoint − 0.5 °C.
        /// </summary>
        public static bool Compute(PadParameters p, double setpointC, out double boundS, out double coastOvershootC)
        {
            return ComputeFrom(p, p.InitialC, p.InitialC, setpointC, out boundS, out coastOvershootC);
        }

        /// <summary>
        /// The bound for pad <paramref name="p"/> (its own conductances) and <paramref name="setpointC"/> from a given state:
        /// core at <paramref name="coreC"/> and surface at <paramref name="surfaceC"/> (°C; the bench's re-heat starts from the
        /// state a cold pack left, a hot core over a cooled surface, not from rest). <paramref name="boundS"/>: s from that
        /// state, 0 when the surface is already at setpoint − 0.5 °C or over; <paramref name="coastOvershootC"/>: the chosen
        /// profile's peak over the setpoint, °C (over 0.5 °C only when even no heat at all coasts further: the core's stored
        /// heat alone). False when unreachable: the steady full-power surface is below setpoint − 0.5 °C.
        /// </summary>
        public static bool ComputeFrom(PadParameters p, double coreC, double surfaceC, double setpointC, out double boundS, out double coastOvershootC)
        {
            return ComputeProfiled(p, coreC, surfaceC, setpointC, false, out boundS, out coastOvershootC);
        }

        /// <summary>
        /// The bound under the heater-current check's probe (<see cref="HeatPadFirmware.Core.HeaterCurrentCheck.ProbeIntervalS"/>):
        /// the same profile (full power, then coast; the switch-off moved earlier where the coast would peak over setpoint + 0.5 °C),
        /// but "full power" is what the supervisor lets through a saturated duty — one 1 s tick at
        /// <see cref="HeatPadFirmware.Core.HeaterCurrentCheck.PartialMaxDutyFraction"/> after every
        /// <see cref="HeatPadFirmware.Core.HeaterCurrentCheck.ProbeIntervalS"/> s of it (ticks 120, 241, 362 … from the heat's
        /// start), so that a shorted switch cannot hide behind the duty. The device can apply no more heat than this, so it is the
        /// bound the controller itself can be held to; the issue's own bound (<see cref="Compute"/>, uninterrupted full power)
        /// stays the headline. From rest (<see cref="PadParameters.InitialC"/>); false when unreachable under the probe.
        /// </summary>
        public static bool ComputeUnderProbe(PadParameters p, double setpointC, out double boundS, out double coastOvershootC)
        {
            return ComputeProfiled(p, p.InitialC, p.InitialC, setpointC, true, out boundS, out coastOvershootC);
        }

        /// <summary>
        /// The probe pattern's period, s (121: <see cref="HeatPadFirmware.Core.HeaterCurrentCheck.ProbeIntervalS"/> s of saturated
        /// duty, then the probe's 1 s tick).
        /// </summary>
        public const double ProbePeriodS = HeatPadFirmware.Core.HeaterCurrentCheck.ProbeIntervalS + 1.0;

        /// <summary>
        /// Full power at <paramref name="timeS"/> (s from the heat's start) under the probe pattern: the probe's duty on ticks
        /// 120, 241, 362 … (one tick after every <see cref="HeatPadFirmware.Core.HeaterCurrentCheck.ProbeIntervalS"/> of
        /// saturated duty), 1 otherwise.
        /// </summary>
        public static double ProbedFullDuty(double timeS)
        {
            long periodTicks = (long)ProbePeriodS;
            long tick = (long)System.Math.Floor(timeS);
            bool probe = tick > 0 && tick % periodTicks == periodTicks - 1;
            return probe ? HeatPadFirmware.Core.HeaterCurrentCheck.PartialMaxDutyFraction : 1.0;
        }

        private static bool ComputeProfiled(PadParameters p, double coreC, double surfaceC, double setpointC, bool probed, out double boundS, out double coastOvershootC)
        {
            var pad = new ThermalPad(p);
            boundS = double.NaN;
            coastOvershootC = double.NaN;
            double meanFullDuty = probed ? 1.0 - ((1.0 - HeatPadFirmware.Core.HeaterCurrentCheck.PartialMaxDutyFraction) / ProbePeriodS) : 1.0;
            if (!pad.TryGetSteadyStateC(pad.HeaterPowerW(meanFullDuty, true), out _, out double steadyC) || steadyC < setpointC - BandC)
            {
                return false;
            }

            double fullReachS = Profile(p, coreC, surfaceC, setpointC, double.PositiveInfinity, probed, out double peak);
            if (double.IsNaN(fullReachS))
            {
                return false;
            }

            if (peak <= setpointC + BandC)
            {
                boundS = fullReachS;
                coastOvershootC = peak - setpointC;
                return true;
            }

            double low = 0, high = fullReachS;
            for (int i = 0; i < 30; i++)
            {
                double mid = (low + high) / 2;
                Profile(p, coreC, surfaceC, setpointC, mid, probed, out double midPeak);
                if (midPeak > setpointC + BandC)
                {
                    high = mid;
                }
                else
                {
                    low = mid;
                }
            }

            boundS = Profile(p, coreC, surfaceC, setpointC, low, probed, out peak);
            coastOvershootC = peak - setpointC;
            return !double.IsNaN(boundS);
        }

        /// <summary>
        /// Full power from the state (<paramref name="coreC"/>, <paramref name="surfaceC"/>) until <paramref name="offS"/> or
        /// until the surface reaches the band, then coast; returns the band time (0 when the surface starts in it, NaN if never).
        /// <paramref name="probed"/>: full power under the probe pattern (<see cref="ProbedFullDuty"/>).
        /// </summary>
        private static double Profile(PadParameters p, double coreC, double surfaceC, double setpointC, double offS, bool probed, out double peakC)
        {
            var pad = new ThermalPad(p, coreC, surfaceC);
            double t = 0, reachS = pad.SurfaceC >= setpointC - BandC ? 0.0 : double.NaN;
            bool on = true;
            peakC = pad.SurfaceC;
            while (t < 6 * 3600)
            {
                if (on && (t >= offS || pad.SurfaceC >= setpointC - BandC))
                {
                    on = false;
                }

                pad.Step(StepS, on ? (probed ? ProbedFullDuty(t) : 1.0) : 0.0, true);
                t += StepS;
                peakC = System.Math.Max(peakC, pad.SurfaceC);
                if (double.IsNaN(reachS) && pad.SurfaceC >= setpointC - BandC)
                {
                    reachS = t;
                }

                if (!on && pad.CoreC < pad.SurfaceC && pad.SurfaceC < peakC)
                {
                    break;
                }
            }

            return reachS;
        }
    }
}
