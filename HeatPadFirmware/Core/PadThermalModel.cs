namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The controller's model of a pad: two thermal nodes (heater core and skin-side surface) and a sensor
    /// that follows the surface with a first-order lag, all normalised by the core–surface conductance G_cs
    /// so that a pad is described by time constants, ratios and one gain in °C:
    /// <code>
    ///   τc·dTc/dt = Rise·u − (Tc − Ts) − rc·(Tc − Tair)         τc = C_core/G_cs, rc = G_core-loss/G_cs
    ///   τs·dTs/dt = (Tc − Ts) − rs·(Ts − Tsink)                  τs = C_surf/G_cs, rs = G_surf-loss/G_cs
    ///   τm·dTm/dt = Ts − Tm                                       τm = sensor lag
    /// </code>
    /// Rise = P/G_cs is how far full power would hold the core above the surface with no other loss.
    /// Scaling every capacity and conductance of a pad together leaves this description unchanged except
    /// for Rise, which is why one least-squares gain per structure is enough to learn a pad (see
    /// <see cref="PadModelLearner"/>). The structure is the project's two-node pad (heater-safety
    /// reference, "What we measured on a reference pad model"), as Marlin's MPC models block and sensor.
    /// Explicit Euler with sub-steps no longer than a fifth of the fastest time constant. No allocation.
    /// </summary>
    public sealed class PadThermalModel
    {
        /// <summary>Core time constant C_core/G_cs in s (≥ 1).</summary>
        public double CoreTauS;

        /// <summary>Surface time constant C_surf/G_cs in s (≥ 1).</summary>
        public double SurfaceTauS;

        /// <summary>Core loss ratio G_core-loss/G_cs (≥ 0).</summary>
        public double CoreLossRatio;

        /// <summary>Surface loss ratio (to body and air) G_surf-loss/G_cs (≥ 0).</summary>
        public double SurfaceLossRatio;

        /// <summary>Sensor lag in s (≥ 1).</summary>
        public double SensorLagS;

        /// <summary>Full-power gain P/G_cs in °C (≥ 0).</summary>
        public double RiseC;

        /// <summary>Temperature the surface's losses flow to (body and air combined), °C.</summary>
        public double SinkC;

        /// <summary>Temperature the core's losses flow to (the room on the pad's outer side), °C.</summary>
        public double AmbientC;

        /// <summary>Copies every field of <paramref name="other"/> (no allocation).</summary>
        public void CopyFrom(PadThermalModel other)
        {
            CoreTauS = other.CoreTauS;
            SurfaceTauS = other.SurfaceTauS;
            CoreLossRatio = other.CoreLossRatio;
            SurfaceLossRatio = other.SurfaceLossRatio;
            SensorLagS = other.SensorLagS;
            RiseC = other.RiseC;
            SinkC = other.SinkC;
            AmbientC = other.AmbientC;
        }

        /// <summary>Longest stable Euler sub-step for this model, s: a fifth of the fastest time constant.</summary>
        public double MaxSubStepS
        {
            get
            {
                double fastest = CoreLossRatio + 1.0 > 0.0 ? CoreTauS / (1.0 + CoreLossRatio) : CoreTauS;
                double surface = SurfaceTauS / (1.0 + SurfaceLossRatio);
                fastest = CoreMath.Min(fastest, surface);
                fastest = CoreMath.Min(fastest, SensorLagS);
                return CoreMath.Max(0.05, fastest / 5.0);
            }
        }

        /// <summary>
        /// Advances the three temperatures by <paramref name="dtS"/> s (0..600) with the duty
        /// <paramref name="dutyFraction"/> (0..1) held over the step.
        /// </summary>
        public void Advance(double dtS, double dutyFraction, ref double coreC, ref double surfaceC, ref double sensorC)
        {
            Integrate(dtS, dutyFraction, SinkC, AmbientC, ref coreC, ref surfaceC, ref sensorC);
        }

        /// <summary>
        /// Advances the response to the duty alone by <paramref name="dtS"/> s (0..600): as <see cref="Advance"/> with the sink
        /// and the room at 0 °C, so the three states are rises from rest (the coupling probe's and the fast-response
        /// calibration's step responses). The model's own <see cref="SinkC"/> and <see cref="AmbientC"/> are left as they are.
        /// </summary>
        public void AdvanceResponse(double dtS, double dutyFraction, ref double coreC, ref double surfaceC, ref double sensorC)
        {
            Integrate(dtS, dutyFraction, 0.0, 0.0, ref coreC, ref surfaceC, ref sensorC);
        }

        private void Integrate(double dtS, double dutyFraction, double sinkC, double ambientC, ref double coreC, ref double surfaceC, ref double sensorC)
        {
            if (!(dtS > 0.0))
            {
                return;
            }

            double maxStep = MaxSubStepS;
            int steps = (int)(dtS / maxStep) + 1;
            double h = dtS / steps;
            double drive = RiseC * dutyFraction;
            for (int i = 0; i < steps; i++)
            {
                double toSurface = coreC - surfaceC;
                double dCore = (drive - toSurface - (CoreLossRatio * (coreC - ambientC))) / CoreTauS;
                double dSurface = (toSurface - (SurfaceLossRatio * (surfaceC - sinkC))) / SurfaceTauS;
                double dSensor = (surfaceC - sensorC) / SensorLagS;
                coreC += h * dCore;
                surfaceC += h * dSurface;
                sensorC += h * dSensor;
            }
        }

        /// <summary>
        /// Steady state at duty <paramref name="dutyFraction"/>: the surface temperature, °C, and the core's in
        /// <paramref name="coreC"/>. From 0 = Rise·u − (Tc − Ts) − rc(Tc − Ta) and 0 = (Tc − Ts) − rs(Ts − Tk).
        /// </summary>
        public double SteadySurfaceC(double dutyFraction, out double coreC)
        {
            // Surface: Tc = Ts + rs(Ts − Tk). Core: Rise·u = rs(Ts − Tk) + rc(Ts + rs(Ts − Tk) − Ta).
            // With x = Ts − Tk: Rise·u − rc(Tk − Ta) = x·(rs + rc + rc·rs).
            double denominator = SurfaceLossRatio + CoreLossRatio + (CoreLossRatio * SurfaceLossRatio);
            double surfaceRise = denominator > 1e-9 ? ((RiseC * dutyFraction) - (CoreLossRatio * (SinkC - AmbientC))) / denominator : 0.0;
            coreC = SinkC + ((1.0 + SurfaceLossRatio) * surfaceRise);
            return SinkC + surfaceRise;
        }

        /// <summary>Duty that holds the surface at <paramref name="surfaceC"/> in steady state (may be outside 0..1: unreachable or too warm).</summary>
        public double HoldingDuty(double surfaceC)
        {
            double unheated = SteadySurfaceC(0.0, out _);
            double perDuty = SteadySurfaceC(1.0, out _) - unheated;
            return perDuty > 1e-9 ? (surfaceC - unheated) / perDuty : 1.0;
        }

        /// <summary>
        /// Highest surface temperature, °C, if the power is cut now, from the core and surface temperatures
        /// given: the coast that the core's stored heat drives. Bounded work: at most
        /// <paramref name="maxSteps"/> steps of <paramref name="stepS"/>; stops when the surface starts to fall.
        /// </summary>
        public double CoastPeakC(double coreC, double surfaceC, double stepS, int maxSteps)
        {
            double sensor = surfaceC;
            double peak = surfaceC;
            for (int i = 0; i < maxSteps; i++)
            {
                double before = surfaceC;
                Advance(stepS, 0.0, ref coreC, ref surfaceC, ref sensor);
                if (surfaceC > peak)
                {
                    peak = surfaceC;
                }

                if (surfaceC < before)
                {
                    break;
                }
            }

            return peak;
        }
    }
}
