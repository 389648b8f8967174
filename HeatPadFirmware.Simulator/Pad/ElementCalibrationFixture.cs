using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// The element calibration at assembly, simulated (session 19): the pad flat in free air on an insulating board in a known
    /// room (<see cref="RoomC"/>), its surface pair coupled under the fixture weight, its own element sensor and heater sense,
    /// the supply at the rated voltage; <see cref="BaselineS"/> s off, a fixed power (<see cref="FixturePowerW"/>) for
    /// <see cref="HeatS"/> s (over three of the slowest shipped pad's slow time constant, thick-slow's 434 s), then a plate at
    /// the room pressed on the surface (<see cref="PlateWPerK"/>) for <see cref="PlateS"/> s at the same power and
    /// <see cref="CoolS"/> s off. The record is fitted with the witness's own form, filtered alike in every term
    /// (<see cref="ElementWitnessCheck.SmoothingS"/>): H[P_L] = C·dH[T_e]/dt + G_cs·(H[T_e] − H[T_s]) + G_ca·(H[T_e] − T_room),
    /// P_L the sensed power through the element sensor's lag L (scanned 0–15 s, the least residual kept), T_s the pair's mean,
    /// T_room the element's mean reading over the baseline. Fitted on the element sensor's and the sense's own readings, the
    /// values carry the sensor's spot error and the sense's scale, as the witness needs them; G_ca comes out as an effective
    /// term (it takes the spot error, and may be negative). Realistic errors: the pair's offsets (±<see cref="PairOffsetC"/>,
    /// drawn per pad), both sensors' lags, noise and 1/16 °C steps, the sense's noise.
    /// </summary>
    public static class ElementCalibrationFixture
    {
        /// <summary>The fixture's room, °C (a conditioned assembly line).</summary>
        public const double RoomC = 22.0;

        /// <summary>Seconds off before the heat (the room reference), s.</summary>
        public const int BaselineS = ElementFixtureRun.BaselineS;

        /// <summary>Seconds of fixed power, s (2,400: 5.5 × thick-slow's 434 s slow time constant).</summary>
        public const int HeatS = ElementFixtureRun.HeatS;

        /// <summary>
        /// Seconds of the same power with the plate on (<see cref="PlateWPerK"/>), s (1,200): in free air alone the surface
        /// follows the element in a fixed ratio, so G_cs and G_ca cannot be told apart (measured: G_cs 95th-pct error 0.59
        /// without the plate); a plate at the room holding the surface near it separates them.
        /// </summary>
        public const int PlateS = ElementFixtureRun.PlateS;

        /// <summary>
        /// Seconds after the plate goes on left out of the fit, s (300: the surface falls fast then, and the pair reads it through
        /// its own 5–40 s lag; with those seconds in, the fit took the pair's lag for the element sensor's: lag 10 s for a true
        /// 3.4 s, C −20 %).
        /// </summary>
        public const int PlateSettleS = 300;

        /// <summary>Seconds of cool-down after the heat, plate still on, s (900).</summary>
        public const int CoolS = ElementFixtureRun.CoolS;

        /// <summary>
        /// The plate's conductance from the surface, W/K (20: an aluminium block at the room, the fixture weight that couples the
        /// pair, about ten times the strongest body contact of the bench family).
        /// </summary>
        public const double PlateWPerK = 20.0;

        /// <summary>
        /// The fixed power, W (30: the duty min(1, 30 W / rated power), the true power; the element of the strongest pad about 60 °C
        /// in free air). The device's fixture mode holds 25 W of SENSED power instead (<see cref="ElementFixtureRun.TargetPowerW"/>:
        /// the sense's scale makes the true power up to 20 % more); the phases are the device's (<see cref="ElementFixtureRun"/>).
        /// </summary>
        public const double FixturePowerW = 30.0;

        /// <summary>Largest offset of each pair sensor in the fixture, °C (DS18B20 datasheet ±0.5 °C).</summary>
        public const double PairOffsetC = 0.5;

        /// <summary>Seeds of the fixture's own draws (the pair's offsets) are the pad's XOR this.</summary>
        public const int FixtureSeedMask = 0x1F83D9AB;

        /// <summary>Longest element-sensor lag the fit tries, s.</summary>
        public const int MaxFitLagS = 15;

        /// <summary>The calibration of pad <paramref name="p"/> whose sensors and sense are drawn from <paramref name="seed"/> (the run's).</summary>
        public static ElementCalibration Calibrate(PadParameters p, int seed)
        {
            return Run(p, seed).Fit();
        }

        /// <summary>
        /// The fixture's run on pad <paramref name="p"/> with the sensors and sense of <paramref name="seed"/>: every second's
        /// readings as the device would log them (<see cref="ElementFixtureSeries"/>), the pad's true surface beside them.
        /// The operator puts the plate on the moment the heat ends.
        /// </summary>
        public static ElementFixtureSeries Run(PadParameters p, int seed)
        {
            ArgumentNullException.ThrowIfNull(p);
            PadParameters fixture = p.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: Math.Max(p.SurfaceToAmbientWPerK, Bench.BenchPadFamily.FreeAirSurfaceToAmbientWPerK), ambientC: RoomC, bodyC: RoomC, initialC: RoomC, supplyVoltageV: p.RatedVoltageV);
            var pad = new ThermalPad(fixture);
            var first = new SimulatedSensor(fixture, seed);
            var second = SimulatedSensor.Second(fixture, seed);
            var element = new SimulatedElementSensor(fixture, seed);
            var sense = new SimulatedHeaterSense(seed);
            var random = new Random(seed ^ FixtureSeedMask);
            double offset1 = PairOffsetC * ((2.0 * random.NextDouble()) - 1.0);
            double offset2 = PairOffsetC * ((2.0 * random.NextDouble()) - 1.0);
            double duty = Math.Min(1.0, FixturePowerW / p.HeaterPowerW);
            int total = BaselineS + HeatS + PlateS + CoolS;

            var run = new ElementFixtureSeries(total, BaselineS, BaselineS + HeatS, BaselineS + HeatS + PlateS);
            for (int k = 0; k < total; k++)
            {
                double d = k >= BaselineS && k < BaselineS + HeatS + PlateS ? duty : 0.0;
                pad.SurfaceToBodyWPerK = k >= BaselineS + HeatS ? PlateWPerK : 0.0;
                StepOneSecond(pad, d, true, first, second, element);

                long nowMs = (k + 1) * 1000L;
                SensorReading a = first.Read(nowMs);
                SensorReading b = second.Read(nowMs);
                SensorReading e = element.Read();
                HeaterSenseReading s = sense.Read(pad, d, true);
                run.Set(k, SimulatedSensor.Quantise(a.TemperatureC + offset1), SimulatedSensor.Quantise(b.TemperatureC + offset2), e.TemperatureC, s.CurrentA, s.SupplyV, d, pad.SurfaceC);
            }

            return run;
        }

        /// <summary>
        /// One second of a fixture on the simulated pad: the pad and its three sensors (the pair on the surface, S3 on the core) in
        /// two half-second steps at <paramref name="duty"/> — the simulated fixture's and the device fixture's (DeviceFixtureSimulation) step.
        /// </summary>
        internal static void StepOneSecond(ThermalPad pad, double duty, bool closed, SimulatedSensor first, SimulatedSensor second, SimulatedElementSensor element)
        {
            for (int h = 0; h < 2; h++)
            {
                pad.Step(0.5, duty, closed);
                first.Advance(0.5, pad.SurfaceC);
                second.Advance(0.5, pad.SurfaceC);
                element.Advance(0.5, pad.CoreC, pad.AmbientC);
            }
        }

        /// <summary>
        /// The fixture's fit (the direct run's and the telemetry's alike): the record of the series <paramref name="elementC"/>
        /// (the element sensor's readings, °C), <paramref name="pairC"/> (the pair's mean, °C) and <paramref name="powerW"/> (the
        /// sensed power over each second, W), one sample a second, the heat starting at sample <paramref name="baselineS"/> and the
        /// plate going on at sample <paramref name="plateOnS"/>; the element sensor's lag scanned 0..<see cref="MaxFitLagS"/> s, the
        /// least residual kept. Invalid (NaN) when no lag gives a solvable system.
        /// </summary>
        public static ElementCalibration Fit(double[] elementC, double[] pairC, double[] powerW, int baselineS, int plateOnS)
        {
            return Fit(elementC, pairC, powerW, baselineS, plateOnS, false);
        }

        /// <summary>
        /// As <see cref="Fit(double[], double[], double[], int, int)"/>; with <paramref name="inRangeOnly"/> the lag scan keeps the
        /// least residual among the fits inside the record's range (<see cref="ElementCalibration.IsValid"/>) instead of among all
        /// (session 24, rec24: the telemetry fit). On the fast pads C / G_cs (10–15 s) is as short as the element sensor's lag and
        /// the fit trades C against the lag: the least residual can sit at a lag whose C is under the record's 10 J/K floor
        /// (strong-60w: C 9.0–9.9 J/K at lag 14–15 s) while the next lag's fit is in range with nearly the same residual.
        /// </summary>
        public static ElementCalibration Fit(double[] elementC, double[] pairC, double[] powerW, int baselineS, int plateOnS, bool inRangeOnly)
        {
            ArgumentNullException.ThrowIfNull(elementC);
            ArgumentNullException.ThrowIfNull(pairC);
            ArgumentNullException.ThrowIfNull(powerW);
            double roomC = BaselineMeanC(elementC, baselineS);
            ElementCalibration best = null;
            double bestRss = double.PositiveInfinity;
            for (int lag = 0; lag <= MaxFitLagS; lag++)
            {
                ElementCalibration fit = Fit(elementC, pairC, powerW, roomC, lag, baselineS, plateOnS, out double rss);
                if (fit != null && rss < bestRss && (!inRangeOnly || fit.IsValid))
                {
                    bestRss = rss;
                    best = fit;
                }
            }

            return best ?? new ElementCalibration(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        // Least squares of H[P_L] = C·slope + G·(E − S) + Ga·(E − room) over the record after the baseline.
        private static ElementCalibration Fit(double[] te, double[] ts, double[] pw, double roomC, int lagS, int baselineS, int plateOnS, out double rss)
        {
            double alpha = 1.0 / ElementWitnessCheck.SmoothingS;
            double e = te[0], s = ts[0], pl = pw[0], pm = pw[0];
            var m = new double[3, 3];
            var v = new double[3];
            double yy = 0.0;
            for (int k = 1; k < te.Length; k++)
            {
                double previous = e;
                e += alpha * (te[k] - e);
                s += alpha * (ts[k] - s);
                pl += (lagS > 0 ? Math.Min(1.0, 1.0 / lagS) : 1.0) * (pw[k] - pl);
                pm += alpha * (pl - pm);
                if (k < baselineS + PlateSettleS || (k >= plateOnS && k < plateOnS + PlateSettleS))
                {
                    continue;
                }

                double[] x = { e - previous, e - s, e - roomC };
                for (int i = 0; i < 3; i++)
                {
                    v[i] += x[i] * pm;
                    for (int j = 0; j < 3; j++)
                    {
                        m[i, j] += x[i] * x[j];
                    }
                }

                yy += pm * pm;
            }

            double[] c = Solve(m, v);
            rss = double.PositiveInfinity;
            if (c == null)
            {
                return null;
            }

            rss = yy - (c[0] * v[0]) - (c[1] * v[1]) - (c[2] * v[2]);
            return new ElementCalibration(c[0], c[1], c[2], lagS);
        }

        /// <summary>
        /// Session 25 (capc25): the element's capacity C and the element sensor's lag refitted from the cool stage alone
        /// (samples from <paramref name="coolStartS"/> on), G_cs and G_ca held at <paramref name="fit"/>'s. Heater off, plate on:
        /// the element cools through G_cs + G_ca with no power term but the lagged tail of the power step, so the filtered
        /// balance H[P_L] − (G_cs·(1 − share) + G_ca)·(H[T_e] − T_room) = C·dH[T_e]/dt + constant holds C as its only unknown
        /// at each lag L (1..<see cref="MaxCoolLagS"/> s); share is the surface's share of the element's rise at the plate
        /// stage's end (<see cref="PlateShareWindowS"/>), the constant a room that moved since the baseline. Of the scan the
        /// nearer root is kept (the shorter lag, the higher C; see the comments below), with
        /// <see cref="CoolCapacityFit.Identified"/> false when it is not the scan's single least residual. Null when the stage
        /// gives no slope.
        /// </summary>
        public static CoolCapacityFit FitCoolCapacity(double[] elementC, double[] pairC, double[] powerW, int baselineS, int coolStartS, ElementCalibration fit)
        {
            ArgumentNullException.ThrowIfNull(elementC);
            ArgumentNullException.ThrowIfNull(pairC);
            ArgumentNullException.ThrowIfNull(powerW);
            ArgumentNullException.ThrowIfNull(fit);
            double roomC = BaselineMeanC(elementC, baselineS);
            double alpha = 1.0 / ElementWitnessCheck.SmoothingS;
            double g = fit.ConductanceWPerK, ga = fit.RoomConductanceWPerK;

            // The surface through the cool stage as the plate holds it: its share of the element's rise over the room at the end
            // of the plate stage (both steady there). The pair reads the surface's fall through its own 5–40 s lag and would
            // put the surface too warm in the balance (measured: C 5 % low on the shipped pads, the lag 1–2 s long).
            double pairEnd = 0.0, elementEnd = 0.0;
            for (int k = coolStartS - PlateShareWindowS; k < coolStartS; k++)
            {
                pairEnd += pairC[k];
                elementEnd += elementC[k];
            }

            double share = elementEnd > roomC * PlateShareWindowS ? (pairEnd - (roomC * PlateShareWindowS)) / (elementEnd - (roomC * PlateShareWindowS)) : 0.0;
            var capacity = new double[MaxCoolLagS + 1];
            var rss = new double[MaxCoolLagS + 1];
            for (int lagS = 1; lagS <= MaxCoolLagS; lagS++)
            {
                double e = elementC[0], pl = powerW[0], pm = powerW[0];
                double sxy = 0.0, sxx = 0.0, syy = 0.0, sx = 0.0, sy = 0.0;
                int n = 0;
                for (int k = 1; k < elementC.Length; k++)
                {
                    double previous = e;
                    e += alpha * (elementC[k] - e);
                    pl += (1.0 / lagS) * (powerW[k] - pl);
                    pm += alpha * (pl - pm);
                    if (k < coolStartS)
                    {
                        continue;
                    }

                    double x = e - previous;
                    double y = pm - (((g * (1.0 - share)) + ga) * (e - roomC));
                    sxy += x * y;
                    sxx += x * x;
                    syy += y * y;
                    sx += x;
                    sy += y;
                    n++;
                }

                // With a constant: a room that moved since the baseline (review 25b: 2–3 K over the run) puts a constant
                // (G_cs·(1 − share) + G_ca)·ΔT_room into the balance; the decay's tail, where the element has stopped
                // falling, measures it.
                double vxx = sxx - (sx * sx / n), vxy = sxy - (sx * sy / n), vyy = syy - (sy * sy / n);
                if (!(vxx > 0.0))
                {
                    return null;
                }

                capacity[lagS] = vxy / vxx;
                rss[lagS] = vyy - (capacity[lagS] * vxy);
            }

            // The cool stage's decay through the element sensor is two first-order lags in series, the element's own
            // (τ = C / (G_cs + G_ca)) and the sensor's (L): the response is the same with the two swapped, so the residual over
            // the lag has a root at the true lag and another where the lag takes the element's τ (C then the sensor's lag ×
            // (G_cs + G_ca)), and model misfit can make the far root the deeper. Measured on strong-60w (τ 11–12 s, lag 3–8 s):
            // least residual at lag 15–30 s with C 9–28 J/K for a needed 54–66 J/K, while the near root sits at the true lag
            // with C within 2 % (seeds 12, 14: a local minimum) or at a shoulder of the residual (seeds 11, 13: its fall
            // slowest there). The fit keeps the nearer root — the shorter lag, the higher C: a C too low overshoots the
            // witness's estimate after a power fall (damp24, ColdPadMisScaledRecordTests) — and calls C identified only when
            // that root is a true minimum and the least residual of the whole scan.
            int chosen = -1;
            bool minimum = false;
            for (int l = 1; l < MaxCoolLagS; l++)
            {
                double step = rss[l + 1] - rss[l];
                if (step >= 0.0)
                {
                    chosen = l;
                    minimum = true;
                    break;
                }

                // A shoulder: the residual still falling on both sides, its fall slowest from l to l + 1.
                double next = l + 1 < MaxCoolLagS ? rss[l + 2] - rss[l + 1] : 0.0;
                if (l > 1 && next < 0.0 && -step <= rss[l - 1] - rss[l] && -step <= -next)
                {
                    chosen = l;
                    break;
                }
            }

            if (chosen < 0)
            {
                chosen = MaxCoolLagS;
            }

            bool least = true;
            for (int l = 1; l <= MaxCoolLagS; l++)
            {
                least &= rss[chosen] <= rss[l];
            }

            // Where the kept root has the element faster than its own sensor (τ < L), the two roots have merged into one
            // (measured: strong-60w, τ 11.3 s against a lag 9.3 s: least residual at lag 17 s, C 27 J/K for a needed 51): only
            // their sum is told, and the record takes the element and the sensor alike, each at half the sum — the least C
            // with the element no faster than its sensor, twice the fit's here.
            double tauS = g + ga > 0.0 ? capacity[chosen] / (g + ga) : double.PositiveInfinity;
            if (tauS < chosen)
            {
                double halfS = 0.5 * (tauS + chosen);
                return new CoolCapacityFit((g + ga) * halfS, (int)Math.Max(1.0, Math.Round(halfS)), rss[chosen], false);
            }

            return new CoolCapacityFit(capacity[chosen], chosen, rss[chosen], minimum && least);
        }

        /// <summary>
        /// Longest element-sensor lag the cool stage's fit tries, s (30: the record's own bound,
        /// <see cref="ElementCalibration.MaxLagS"/>; the far root of a fast pad lies beyond the heat fit's 15 s).
        /// </summary>
        public const int MaxCoolLagS = (int)ElementCalibration.MaxLagS;

        /// <summary>Seconds at the plate stage's end over which the surface's share of the element's rise is taken, s (60).</summary>
        public const int PlateShareWindowS = 60;

        /// <summary>The room the fits take: S3's mean over the baseline's first <paramref name="baselineS"/> samples, °C.</summary>
        private static double BaselineMeanC(double[] elementC, int baselineS)
        {
            double sum = 0.0;
            for (int k = 0; k < baselineS; k++)
            {
                sum += elementC[k];
            }

            return sum / baselineS;
        }

        /// <summary>
        /// The fit <paramref name="fit"/>'s RMS residual over the samples the fit uses (the same filters, its own lag), as a share
        /// of the mean filtered power there (session 21, <see cref="ElementFitChecks"/>); +∞ when nothing was held.
        /// </summary>
        public static double ResidualShare(double[] elementC, double[] pairC, double[] powerW, int baselineS, int plateOnS, ElementCalibration fit)
        {
            ArgumentNullException.ThrowIfNull(elementC);
            ArgumentNullException.ThrowIfNull(pairC);
            ArgumentNullException.ThrowIfNull(powerW);
            ArgumentNullException.ThrowIfNull(fit);
            double roomC = BaselineMeanC(elementC, baselineS);
            int lagS = (int)Math.Round(fit.LagS);
            double alpha = 1.0 / ElementWitnessCheck.SmoothingS;
            double e = elementC[0], s = pairC[0], pl = powerW[0], pm = powerW[0];
            double sumSq = 0.0, sumP = 0.0;
            int n = 0;
            for (int k = 1; k < elementC.Length; k++)
            {
                double previous = e;
                e += alpha * (elementC[k] - e);
                s += alpha * (pairC[k] - s);
                pl += (lagS > 0 ? Math.Min(1.0, 1.0 / lagS) : 1.0) * (powerW[k] - pl);
                pm += alpha * (pl - pm);
                if (k < baselineS + PlateSettleS || (k >= plateOnS && k < plateOnS + PlateSettleS))
                {
                    continue;
                }

                double r = pm - ((fit.CapacityJPerK * (e - previous)) + (fit.ConductanceWPerK * (e - s)) + (fit.RoomConductanceWPerK * (e - roomC)));
                sumSq += r * r;
                sumP += pm;
                n++;
            }

            return n > 0 && sumP > 0.0 ? Math.Sqrt(sumSq / n) / (sumP / n) : double.PositiveInfinity;
        }

        private static double[] Solve(double[,] m, double[] v)
        {
            double det = CoreMath.Determinant3(m[0, 0], m[0, 1], m[0, 2], m[1, 0], m[1, 1], m[1, 2], m[2, 0], m[2, 1], m[2, 2]);
            if (!(Math.Abs(det) > 0.0))
            {
                return null;
            }

            return new[]
            {
                CoreMath.Determinant3(v[0], m[0, 1], m[0, 2], v[1], m[1, 1], m[1, 2], v[2], m[2, 1], m[2, 2]) / det,
                CoreMath.Determinant3(m[0, 0], v[0], m[0, 2], m[1, 0], v[1], m[1, 2], m[2, 0], v[2], m[2, 2]) / det,
                CoreMath.Determinant3(m[0, 0], m[0, 1], v[0], m[1, 0], m[1, 1], v[1], m[2, 0], m[2, 1], v[2]) / det,
            };
        }
    }

    /// <summary>
    /// The cool stage's C fit (<see cref="ElementCalibrationFixture.FitCoolCapacity"/>): C, J/K; the lag, s; the residual sum of
    /// squares; and whether C was identified (false: the element's time constant came out shorter than the lag, and C and the
    /// lag are the swapped root's — the higher C).
    /// </summary>
    public sealed record CoolCapacityFit(double CapacityJPerK, int LagS, double ResidualSq, bool Identified);
}
