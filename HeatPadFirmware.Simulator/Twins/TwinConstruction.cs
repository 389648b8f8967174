using System;
using System.Collections.Generic;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// Twin pads: pads the firmware cannot tell from a given pad, because every reading is the same for the
    /// same heater power.
    /// <para>Why they exist. The simulated pad (<see cref="ThermalPad"/>) is a two-node RC network, heat in at
    /// the core, the surface as output: P → Ts is K/((1+sτa)(1+sτb)), no zero. The sensor adds 1/(1+sτs). The
    /// reading's transfer K/((1+sτa)(1+sτb)(1+sτs)) does not change when τs trades places with τa or τb. A twin
    /// whose two-node time constants are (τkept, τs) and whose sensor lag is τswapped has the same power-to-reading
    /// response if its DC gain K (surface °C per heater W) is the same.</para>
    /// <para>The readings also carry the pad's unheated response: the pad starts at <see cref="PadParameters.InitialC"/>
    /// and relaxes toward where room and body hold it. That response is equilibrium + three exponentials with the same
    /// three time constants; it is the same when (a) the unheated surface equilibrium is the same and (b) the reading's
    /// second derivative at t = 0 is the same (its value and first derivative are: core, surface and sensor all start at
    /// InitialC, so the reading starts flat). (b) is q/(Cs·τs) with q = Gsa(Ta − T0) + Gsb(Tb − T0), the surface's net
    /// inflow at the start. In free air from room temperature q = 0; on the body q is large (a 22 °C pad on a 34 °C back
    /// warms by about 10 °C unheated), so it is a real constraint there.</para>
    /// <para>What is held. The scene (room, body and start temperatures), the heater (power, rated and supply voltage:
    /// the firmware measures the heater current and supply, so they must match) and the sensor's noise and conversion.
    /// The pad's conductances: the core-to-ambient Gca is held; the surface's conductances to room and body are scaled
    /// by one factor k (their split is the original's, so the unheated equilibrium is unchanged when the core's path to
    /// the room scales with them); the core-to-surface Gcs follows from the DC gain. In free air k = 1: every
    /// conductance is the original's and only the two heat capacities change (a quadratic: 0, 1 or 2 twins). On the
    /// body, (b) fixes the surface capacity for each k (Cs' = k·Cs·τs/τswapped), the pole product fixes the core
    /// capacity, and k is the root of the remaining pole-sum equation (0, 1 or more twins).</para>
    /// <para>With Gca = 0 (a core with no loss of its own) the DC gain no longer fixes Gcs; such pads get no twin here.</para>
    /// </summary>
    public static class TwinConstruction
    {
        /// <summary>Shortest sensor lag of the bench's random family, s (issue 3: 5–40 s).</summary>
        public const double MinSensorLagS = 5.0;

        /// <summary>Longest sensor lag of the bench's random family, s (issue 3).</summary>
        public const double MaxSensorLagS = 40.0;

        /// <summary>Smallest capacity factor against the nominal pad in the random family (issue 3: ×0.5–×3).</summary>
        public const double MinCapacityFactor = 0.5;

        /// <summary>Largest capacity factor against the nominal pad in the random family (issue 3).</summary>
        public const double MaxCapacityFactor = 3.0;

        /// <summary>Smallest body coupling of the random family, W/K (issue 3: 2–8 W/K).</summary>
        public const double MinBodyCouplingWPerK = 2.0;

        /// <summary>Largest body coupling of the random family, W/K (issue 3).</summary>
        public const double MaxBodyCouplingWPerK = 8.0;

        // Relative tolerance on the twin's time constants when checked against the targets.
        private const double PoleTolerance = 1e-6;

        // A surface start inflow under this (W) counts as none: from room temperature in free air it is exactly 0.
        private const double NoStartInflowW = 1e-9;

        // Scan of the conductance factor k on the body: points on a log grid over (0, 1/f), then bisection.
        private const int ScanPoints = 600;

        /// <summary>The two-node time constants of the pad as built (slow, fast), s.</summary>
        public static void NodePoles(PadParameters p, out double slowS, out double fastS)
        {
            var pad = new ThermalPad(p);
            slowS = pad.SlowTimeConstantS;
            fastS = pad.FastTimeConstantS;
        }

        /// <summary>Steady surface rise per watt of heater power, K/W: Gcs / (Gcs·Gca + (Gsa + Gsb)·(Gcs + Gca)).</summary>
        public static double DcGainKPerW(PadParameters p)
        {
            double gl = p.SurfaceToAmbientWPerK + p.SurfaceToBodyWPerK;
            double gcs = p.CoreToSurfaceWPerK, gca = p.CoreToAmbientWPerK;
            return gcs / (gcs * gca + gl * (gcs + gca));
        }

        /// <summary>Steady surface rise at full duty and the pad's supply, K (DC gain × heater power).</summary>
        public static double FullPowerRiseK(PadParameters p)
        {
            double ratio = p.SupplyVoltageV / p.RatedVoltageV;
            return DcGainKPerW(p) * p.HeaterPowerW * ratio * ratio;
        }

        /// <summary>
        /// Every twin with positive parameters whose sensor lag (one of the original's two-node time constants) lies in
        /// <see cref="MinSensorLagS"/>..<see cref="MaxSensorLagS"/>; empty when there is none. Each is checked: its
        /// two-node time constants equal the kept pole and the original's sensor lag to 1e-6.
        /// </summary>
        public static List<TwinPad> Find(PadParameters p)
        {
            var twins = new List<TwinPad>();
            if (p == null || !(p.CoreToAmbientWPerK > 0.0))
            {
                return twins;
            }

            NodePoles(p, out double slowS, out double fastS);
            TryTwinsForSwap(p, fastS, slowS, twins);
            TryTwinsForSwap(p, slowS, fastS, twins);
            return twins;
        }

        private static void TryTwinsForSwap(PadParameters p, double swappedS, double keptS, List<TwinPad> twins)
        {
            if (!(swappedS >= MinSensorLagS && swappedS <= MaxSensorLagS) || double.IsInfinity(keptS))
            {
                return;
            }

            double sensorS = p.SensorLagS;
            double poleSum = 1.0 / keptS + 1.0 / sensorS;
            double poleProduct = 1.0 / (keptS * sensorS);
            double startInflowW = p.SurfaceToAmbientWPerK * (p.AmbientC - p.InitialC) + p.SurfaceToBodyWPerK * (p.BodyC - p.InitialC);
            if (Math.Abs(startInflowW) < NoStartInflowW)
            {
                // k = 1: all conductances held, capacities from the quadratic in a = 1/Cc'.
                double gcs = p.CoreToSurfaceWPerK, gca = p.CoreToAmbientWPerK;
                double gl = p.SurfaceToAmbientWPerK + p.SurfaceToBodyWPerK;
                double d = gcs * gca + gcs * gl + gca * gl;
                double qa = gcs + gca, qc = (gcs + gl) * poleProduct / d;
                double disc = poleSum * poleSum - 4.0 * qa * qc;
                if (disc < 0.0)
                {
                    return;
                }

                double root = Math.Sqrt(disc);
                foreach (double a in new[] { (poleSum + root) / (2.0 * qa), (poleSum - root) / (2.0 * qa) })
                {
                    if (a > 0.0)
                    {
                        double b = poleProduct / (d * a);
                        AddIfValid(p, 1.0, 1.0 / a, 1.0 / b, swappedS, keptS, twins);
                    }

                    if (disc == 0.0)
                    {
                        break;
                    }
                }

                return;
            }

            double kMax = 1.0 / GainFraction(p);
            double previousK = double.NaN, previousR = double.NaN;
            for (int i = 0; i <= ScanPoints; i++)
            {
                // Log grid from kMax·1e-3 to kMax·(1 − 1e-6).
                double k = i == ScanPoints ? kMax * (1.0 - 1e-6) : kMax * Math.Pow(10.0, -3.0 + 3.0 * i / ScanPoints);
                double r = PoleSumResidual(p, k, sensorS, swappedS, poleProduct, poleSum, out _, out _);
                if (!double.IsNaN(previousR) && !double.IsNaN(r) && Math.Sign(r) != Math.Sign(previousR))
                {
                    double lo = previousK, hi = k, rLo = previousR;
                    for (int j = 0; j < 100; j++)
                    {
                        double mid = 0.5 * (lo + hi);
                        double rMid = PoleSumResidual(p, mid, sensorS, swappedS, poleProduct, poleSum, out _, out _);
                        if (Math.Sign(rMid) == Math.Sign(rLo))
                        {
                            lo = mid;
                            rLo = rMid;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }

                    double kRoot = 0.5 * (lo + hi);
                    PoleSumResidual(p, kRoot, sensorS, swappedS, poleProduct, poleSum, out double coreJPerK, out double surfaceJPerK);
                    AddIfValid(p, kRoot, coreJPerK, surfaceJPerK, swappedS, keptS, twins);
                }

                previousK = k;
                previousR = r;
            }
        }

        // f = Gcs/(Gcs + Gca): the share of the core's heat that goes through the surface at steady state.
        private static double GainFraction(PadParameters p)
        {
            return p.CoreToSurfaceWPerK / (p.CoreToSurfaceWPerK + p.CoreToAmbientWPerK);
        }

        // With the surface conductances scaled by k and Gca held, K = f/(Gser + Gsa + Gsb) with Gser = Gca·f stays the
        // original's when f' = k·f, i.e. Gcs' = Gca·k·f/(1 − k·f).
        private static double ScaledCoreToSurface(PadParameters p, double k)
        {
            double kf = k * GainFraction(p);
            return p.CoreToAmbientWPerK * kf / (1.0 - kf);
        }

        private static double PoleSumResidual(PadParameters p, double k, double sensorS, double swappedS, double poleProduct, double poleSum,
            out double coreJPerK, out double surfaceJPerK)
        {
            double gcs = ScaledCoreToSurface(p, k), gca = p.CoreToAmbientWPerK;
            double gl = k * (p.SurfaceToAmbientWPerK + p.SurfaceToBodyWPerK);
            double d = gcs * gca + gcs * gl + gca * gl;
            surfaceJPerK = k * p.SurfaceCapacityJPerK * sensorS / swappedS;
            coreJPerK = d / (poleProduct * surfaceJPerK);
            if (!(gcs > 0.0) || double.IsInfinity(gcs))
            {
                return double.NaN;
            }

            return (gcs + gca) / coreJPerK + (gcs + gl) / surfaceJPerK - poleSum;
        }

        private static void AddIfValid(PadParameters p, double k, double coreJPerK, double surfaceJPerK, double swappedS, double keptS, List<TwinPad> twins)
        {
            if (!(coreJPerK > 0.0) || !(surfaceJPerK > 0.0))
            {
                return;
            }

            PadParameters twin;
            try
            {
                twin = p.With(
                    name: p.Name + "-twin",
                    coreCapacityJPerK: coreJPerK,
                    surfaceCapacityJPerK: surfaceJPerK,
                    coreToSurfaceWPerK: ScaledCoreToSurface(p, k),
                    surfaceToAmbientWPerK: k * p.SurfaceToAmbientWPerK,
                    surfaceToBodyWPerK: k * p.SurfaceToBodyWPerK,
                    sensorLagS: swappedS);
            }
            catch (PadFileException)
            {
                // Outside what a pad file may hold (a capacity over 100 kJ/K, a conductance over 100 W/K): not a pad.
                return;
            }

            NodePoles(twin, out double slowS, out double fastS);
            double wantSlow = Math.Max(keptS, p.SensorLagS), wantFast = Math.Min(keptS, p.SensorLagS);
            if (Math.Abs(slowS - wantSlow) > PoleTolerance * wantSlow || Math.Abs(fastS - wantFast) > PoleTolerance * wantFast)
            {
                return;
            }

            twins.Add(new TwinPad(twin, swappedS, keptS, k, IsInFamilyRanges(twin)));
        }

        /// <summary>
        /// True when <paramref name="twin"/> lies in the random family's spreads (issue 3, <c>BenchPadFamily</c>): capacities
        /// ×0.5–×3 of the nominal pad's, sensor lag 5–40 s, body coupling 2–8 W/K when it lies on a body.
        /// </summary>
        public static bool IsInFamilyRanges(PadParameters twin)
        {
            PadParameters nominal = Nominal.Value;
            bool core = twin.CoreCapacityJPerK >= MinCapacityFactor * nominal.CoreCapacityJPerK && twin.CoreCapacityJPerK <= MaxCapacityFactor * nominal.CoreCapacityJPerK;
            bool surface = twin.SurfaceCapacityJPerK >= MinCapacityFactor * nominal.SurfaceCapacityJPerK && twin.SurfaceCapacityJPerK <= MaxCapacityFactor * nominal.SurfaceCapacityJPerK;
            bool lag = twin.SensorLagS >= MinSensorLagS && twin.SensorLagS <= MaxSensorLagS;
            bool body = twin.SurfaceToBodyWPerK == 0.0
                || (twin.SurfaceToBodyWPerK >= MinBodyCouplingWPerK && twin.SurfaceToBodyWPerK <= MaxBodyCouplingWPerK);
            return core && surface && lag && body;
        }

        private static readonly Lazy<PadParameters> Nominal = new Lazy<PadParameters>(() => PadFile.LoadShipped("nominal-12v"));
    }
}
