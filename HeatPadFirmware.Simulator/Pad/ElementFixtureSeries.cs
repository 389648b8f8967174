using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// One element-calibration fixture run, a sample a second (sample k covers the second that ends k + 1 s after the run
    /// started): the pair's readings (°C, 1/16 °C steps), the element sensor's (°C), the heater sense's current (A) and supply
    /// (V), the duty applied, and, for a simulated run only, the pad's true surface (°C; NaN when read from telemetry). The
    /// heat starts at sample <see cref="HeatStartS"/>, the plate goes on at <see cref="PlateOnS"/>, the power goes off at
    /// <see cref="CoolStartS"/>. What <see cref="ElementCalibrationFixture.Fit(double[], double[], double[], int, int)"/> fits,
    /// whether simulated (<see cref="ElementCalibrationFixture.Run"/>) or read from a real pad's telemetry
    /// (<see cref="Output.FixtureTelemetry"/>).
    /// </summary>
    public sealed class ElementFixtureSeries
    {
        /// <summary>An empty series of <paramref name="length"/> seconds with its phase boundaries (samples).</summary>
        public ElementFixtureSeries(int length, int heatStartS, int plateOnS, int coolStartS)
        {
            if (length <= 0 || heatStartS <= 0 || plateOnS <= heatStartS || coolStartS <= plateOnS || coolStartS > length)
            {
                throw new ArgumentException("the phases must follow each other inside the run");
            }

            HeatStartS = heatStartS;
            PlateOnS = plateOnS;
            CoolStartS = coolStartS;
            Reading1C = new double[length];
            Reading2C = new double[length];
            ElementC = new double[length];
            CurrentA = new double[length];
            SupplyV = new double[length];
            DutyFraction = new double[length];
            SurfaceTrueC = new double[length];
        }

        /// <summary>First sample of the heat (the baseline's length), s.</summary>
        public int HeatStartS { get; }

        /// <summary>First sample with the plate on, s.</summary>
        public int PlateOnS { get; }

        /// <summary>First sample of the cool-down (power off), s.</summary>
        public int CoolStartS { get; }

        /// <summary>The controller board's heater-sense zero printed at its boot, mean counts (NaN: not in the log).</summary>
        public double SenseZeroCounts { get; set; } = double.NaN;

        /// <summary>The controller board's identity printed at its boot (session 21: the ESP32's MAC, 12 hex digits; null: not in the log).</summary>
        public string BoardHex { get; set; }

        /// <summary>
        /// True for a run read from a device's telemetry (session 23, rec23; landed in session 24, rec24;
        /// <see cref="Output.FixtureTelemetry"/> sets it): the fit takes the pair's mean referenced to the element sensor over the
        /// baseline (<see cref="FitPairC()"/>) and keeps the least residual among the in-range fits of its lag scan. False (the
        /// simulated fixture's direct run, hence the Factory record): the pair's mean as read, as before.
        /// </summary>
        public bool PairReferencedToElement { get; set; }

        /// <summary>Samples (seconds) in the run.</summary>
        public int Length => ElementC.Length;

        /// <summary>Sensor 1's readings, °C.</summary>
        public double[] Reading1C { get; }

        /// <summary>Sensor 2's readings, °C.</summary>
        public double[] Reading2C { get; }

        /// <summary>The element sensor's readings, °C.</summary>
        public double[] ElementC { get; }

        /// <summary>The heater sense's current, A.</summary>
        public double[] CurrentA { get; }

        /// <summary>The heater sense's supply, V.</summary>
        public double[] SupplyV { get; }

        /// <summary>The duty applied over each second, 0..1.</summary>
        public double[] DutyFraction { get; }

        /// <summary>The pad's true surface at the end of each second, °C (NaN from telemetry).</summary>
        public double[] SurfaceTrueC { get; }

        /// <summary>Stores sample <paramref name="k"/>.</summary>
        public void Set(int k, double reading1C, double reading2C, double elementC, double currentA, double supplyV, double dutyFraction, double surfaceTrueC)
        {
            Reading1C[k] = reading1C;
            Reading2C[k] = reading2C;
            ElementC[k] = elementC;
            CurrentA[k] = currentA;
            SupplyV[k] = supplyV;
            DutyFraction[k] = dutyFraction;
            SurfaceTrueC[k] = surfaceTrueC;
        }

        /// <summary>The highest true surface of the run, °C (NaN from telemetry).</summary>
        public double PeakSurfaceC
        {
            get
            {
                double peak = double.NegativeInfinity;
                foreach (double c in SurfaceTrueC)
                {
                    peak = Math.Max(peak, c);
                }

                return peak;
            }
        }

        /// <summary>
        /// The fixture's record of this run (<see cref="ElementCalibrationFixture.Fit(double[], double[], double[], int, int, bool)"/>
        /// on <see cref="FitPairC()"/>; with <see cref="PairReferencedToElement"/> the lag scan keeps the least residual among the
        /// fits inside the record's range, session 24, and C and the lag come from the cool stage, session 25:
        /// <see cref="Fit(out CoolCapacityFit)"/>).
        /// </summary>
        public ElementCalibration Fit()
        {
            return Fit(out _);
        }

        /// <summary>
        /// As <see cref="Fit()"/>, with the cool stage's C fit (<paramref name="cool"/>: null for the direct run, or when the
        /// heat fit is out of range). Session 25 (capc25): for a telemetry run (<see cref="PairReferencedToElement"/>) the record
        /// keeps the heat and plate stages' G_cs and G_ca (rec24's) and takes C and the lag from the cool stage
        /// (<see cref="ElementCalibrationFixture.FitCoolCapacity"/>): on the heat stage's slow rise C trades against the lag
        /// (calibrate --device --cases: C |error| 95th 0.426 with rec24's C, 0.053 with the cool stage's). The direct run (the
        /// Factory record every calibrated session uses) is fitted as before.
        /// </summary>
        public ElementCalibration Fit(out CoolCapacityFit cool)
        {
            cool = null;
            double[] pairMean = PairMeanC();
            double surfaceShare = ElementFitChecks.SurfaceShare(this, pairMean);
            double[] pair = FitPairC(pairMean, surfaceShare);
            double[] power = PowerW();
            ElementCalibration fit = ElementCalibrationFixture.Fit(ElementC, pair, power, HeatStartS, PlateOnS, PairReferencedToElement);
            // Only where rec24's S3 reference applies (the pair follows the surface): a pair off the surface is fitted and
            // refused exactly as before, by fit21's named checks (surface_follows and the heat fit's lag).
            if (!PairReferencedToElement || !fit.IsValid || surfaceShare < ElementFitChecks.MinSurfaceShare)
            {
                return fit;
            }

            cool = ElementCalibrationFixture.FitCoolCapacity(ElementC, pair, power, HeatStartS, CoolStartS, fit);
            return cool == null ? fit : new ElementCalibration(cool.CapacityJPerK, fit.ConductanceWPerK, fit.RoomConductanceWPerK, cool.LagS);
        }

        /// <summary>The pair's mean as read, °C a sample (the two sensors' readings averaged).</summary>
        public double[] PairMeanC()
        {
            var pair = new double[Length];
            for (int k = 0; k < Length; k++)
            {
                pair[k] = 0.5 * (Reading1C[k] + Reading2C[k]);
            }

            return pair;
        }

        /// <summary>The heater's power as sensed, W a sample (current × supply, never negative).</summary>
        public double[] PowerW()
        {
            var power = new double[Length];
            for (int k = 0; k < Length; k++)
            {
                power[k] = Math.Max(0.0, CurrentA[k] * SupplyV[k]);
            }

            return power;
        }

        /// <summary>
        /// The pair's mean as the fit takes it, °C a sample: as read, or with <see cref="PairReferencedToElement"/> shifted by the
        /// element's mean minus the pair's mean over the baseline (session 23, rec23). At the baseline the pad lies at its room
        /// (ElementFitChecks' baseline_drift / baseline_agreement), so element and surface are at one temperature and the two
        /// readings differ only by the sensors' offsets (each DS18B20 ±0.5 °C): S3's offset against the pair's. Unshifted, that
        /// difference is a constant in T_e − T_s the fit's form has no term for, and it weighs as much as offset × G_cs over the
        /// power: fix22's bounded run holds the element 12–15 K over the room instead of 20–29 K, so the same offset read G_cs
        /// 3–7 % low (calibrate --device --cases, docs/safety.md "Session 23: the record at held power (rec23)"). Landed in
        /// session 24 (rec24) for a pair that follows the surface (<see cref="ElementFitChecks.MinSurfaceShare"/>).
        /// </summary>
        public double[] FitPairC()
        {
            double[] pairMean = PairMeanC();
            return FitPairC(pairMean, ElementFitChecks.SurfaceShare(this, pairMean));
        }

        /// <summary>
        /// As <see cref="FitPairC()"/>, from the pair's mean as read (<see cref="PairMeanC"/>, not changed) and its surface share
        /// (<see cref="ElementFitChecks.SurfaceShare(ElementFixtureSeries)"/>) already computed: the fit and the checks compute
        /// each once. Returns <paramref name="pairMeanC"/> itself when the pair is not referenced, else a new array.
        /// </summary>
        internal double[] FitPairC(double[] pairMeanC, double surfaceShare)
        {
            // Session 24 (rec24): only for a pair that follows the surface (ElementFitChecks' surface_follows on the raw
            // readings). A pair off the surface reads the room: referenced, T_e − T_s would equal T_e − T_room exactly and
            // G_cs and G_ca could not be told apart (the lag scan then picks noise: fit out of range); unreferenced, the fit
            // and fit21's named checks (surface_follows, lag) see the run as they always did and refuse it by name.
            if (!PairReferencedToElement || surfaceShare < ElementFitChecks.MinSurfaceShare)
            {
                return pairMeanC;
            }

            double elementSum = 0.0, pairSum = 0.0;
            for (int k = 0; k < HeatStartS; k++)
            {
                elementSum += ElementC[k];
                pairSum += pairMeanC[k];
            }

            double shiftC = (elementSum - pairSum) / HeatStartS;
            var pair = new double[Length];
            for (int k = 0; k < Length; k++)
            {
                pair[k] = pairMeanC[k] + shiftC;
            }

            return pair;
        }
    }
}
