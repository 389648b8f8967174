namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// Everything that describes one simulated pad, as read from a pad file (see <see cref="PadFile"/>
    /// and Pad/README.md for the meaning and source of each figure). SI units are in the names.
    /// <see cref="ThermalPad"/> and <see cref="SimulatedSensor"/> copy what they need when they are
    /// built, so changing a parameter object later never changes a running simulation. Campaigns vary
    /// a pad with <see cref="With"/> (validated) or <see cref="Clone"/> followed by
    /// <see cref="Validate"/>.
    /// </summary>
    public sealed class PadParameters
    {
        /// <summary>Pad name: the file stem of its pad file (e.g. "nominal-12v").</summary>
        public string Name { get; set; } = "";

        /// <summary>What the pad models and where its figures come from (free text).</summary>
        public string Description { get; set; } = "";

        /// <summary>Electrical heater power at duty 1 and at <see cref="RatedVoltageV"/>, W (0..500, exclusive of 0).</summary>
        public double HeaterPowerW { get; set; }

        /// <summary>Voltage at which <see cref="HeaterPowerW"/> is delivered, V (0..60, exclusive of 0).</summary>
        public double RatedVoltageV { get; set; }

        /// <summary>Actual supply voltage, V (0..60, exclusive of 0). Power scales with (supply/rated)² — a resistive element.</summary>
        public double SupplyVoltageV { get; set; }

        /// <summary>Heat capacity of the core node (heating element, its carrier and insulation), J/K (> 0).</summary>
        public double CoreCapacityJPerK { get; set; }

        /// <summary>Heat capacity of the surface node (cover fabric on the skin side), J/K (> 0).</summary>
        public double SurfaceCapacityJPerK { get; set; }

        /// <summary>Thermal conductance from core to surface, W/K (> 0).</summary>
        public double CoreToSurfaceWPerK { get; set; }

        /// <summary>Thermal conductance from core to ambient air (the pad's outer side), W/K (≥ 0).</summary>
        public double CoreToAmbientWPerK { get; set; }

        /// <summary>Thermal conductance from surface to ambient air (edges, exposed surface), W/K (≥ 0).</summary>
        public double SurfaceToAmbientWPerK { get; set; }

        /// <summary>Thermal conductance from surface to the body, W/K (≥ 0; 0 when nobody lies on the pad).</summary>
        public double SurfaceToBodyWPerK { get; set; }

        /// <summary>Ambient air temperature, °C (−20..60).</summary>
        public double AmbientC { get; set; }

        /// <summary>Temperature of the body boundary under the skin contact, °C (−20..60; about 34 °C for a person).</summary>
        public double BodyC { get; set; }

        /// <summary>Start temperature of the core, the surface and the sensor, °C (−20..60; usually <see cref="AmbientC"/>).</summary>
        public double InitialC { get; set; }

        /// <summary>First-order time constant of the sensor behind the surface, s (0..600, exclusive of 0).</summary>
        public double SensorLagS { get; set; }

        /// <summary>Standard deviation of the Gaussian read noise, °C (0..5).</summary>
        public double SensorNoiseC { get; set; }

        /// <summary>Constant offset added to every reading, °C (−5..5; DS18B20 accuracy is ±0.5 °C).</summary>
        public double SensorBiasC { get; set; }

        /// <summary>Conversion period, ms (94..1000; DS18B20 at 12 bit: 750 ms). A reading refreshes once per conversion.</summary>
        public int SensorConversionMs { get; set; }

        // NaN: not given, the second sensor follows the first's lag (a pad file without "secondSensorLagS").
        private double _secondSensorLagS = double.NaN;

        /// <summary>
        /// First-order time constant of the second sensor (sensor 2) behind the surface, s (0..600, exclusive of 0). Both
        /// sensors sit in pockets of the same construction on the skin side of the same heated area (the hardware design),
        /// so their lags differ only by the pockets' tolerance. Until it is set (a pad file without the field, a pad built
        /// in code) it reads as <see cref="SensorLagS"/>.
        /// </summary>
        public double SecondSensorLagS
        {
            get { return double.IsNaN(_secondSensorLagS) ? SensorLagS : _secondSensorLagS; }
            set { _secondSensorLagS = value; }
        }

        /// <summary>True when <see cref="SecondSensorLagS"/> was given; false while it follows <see cref="SensorLagS"/>.</summary>
        public bool HasOwnSecondSensorLag
        {
            get { return !double.IsNaN(_secondSensorLagS); }
        }

        /// <summary>Constant offset added to every reading of the second sensor, °C (−5..5; default 0). Noise level and conversion are the first sensor's.</summary>
        public double SecondSensorBiasC { get; set; }

        /// <summary>A field-for-field copy (not validated: call <see cref="Validate"/> after changing it).</summary>
        public PadParameters Clone()
        {
            return (PadParameters)MemberwiseClone();
        }

        /// <summary>
        /// Checks every field against the ranges a pad file must respect.
        /// Throws <see cref="PadFileException"/> naming the first bad field and <paramref name="sourceName"/>.
        /// </summary>
        public void Validate(string sourceName)
        {
            PadFields.Validate(this, sourceName);
        }

        /// <summary>
        /// A copy with the named fields replaced, validated (throws <see cref="PadFileException"/> naming the
        /// bad field). Example: <c>pad.With(supplyVoltageV: 11.0, surfaceToBodyWPerK: 0.0)</c>. A new
        /// <paramref name="sensorLagS"/> without <paramref name="secondSensorLagS"/> scales the second sensor's lag by the
        /// same factor (its ratio to the first is kept); give both to set both.
        /// </summary>
        public PadParameters With(
            string name = null,
            string description = null,
            double? heaterPowerW = null,
            double? ratedVoltageV = null,
            double? supplyVoltageV = null,
            double? coreCapacityJPerK = null,
            double? surfaceCapacityJPerK = null,
            double? coreToSurfaceWPerK = null,
            double? coreToAmbientWPerK = null,
            double? surfaceToAmbientWPerK = null,
            double? surfaceToBodyWPerK = null,
            double? ambientC = null,
            double? bodyC = null,
            double? initialC = null,
            double? sensorLagS = null,
            double? sensorNoiseC = null,
            double? sensorBiasC = null,
            int? sensorConversionMs = null,
            double? secondSensorLagS = null,
            double? secondSensorBiasC = null)
        {
            PadParameters copy = Clone();
            copy.Name = name ?? copy.Name;
            copy.Description = description ?? copy.Description;
            copy.HeaterPowerW = heaterPowerW ?? copy.HeaterPowerW;
            copy.RatedVoltageV = ratedVoltageV ?? copy.RatedVoltageV;
            copy.SupplyVoltageV = supplyVoltageV ?? copy.SupplyVoltageV;
            copy.CoreCapacityJPerK = coreCapacityJPerK ?? copy.CoreCapacityJPerK;
            copy.SurfaceCapacityJPerK = surfaceCapacityJPerK ?? copy.SurfaceCapacityJPerK;
            copy.CoreToSurfaceWPerK = coreToSurfaceWPerK ?? copy.CoreToSurfaceWPerK;
            copy.CoreToAmbientWPerK = coreToAmbientWPerK ?? copy.CoreToAmbientWPerK;
            copy.SurfaceToAmbientWPerK = surfaceToAmbientWPerK ?? copy.SurfaceToAmbientWPerK;
            copy.SurfaceToBodyWPerK = surfaceToBodyWPerK ?? copy.SurfaceToBodyWPerK;
            copy.AmbientC = ambientC ?? copy.AmbientC;
            copy.BodyC = bodyC ?? copy.BodyC;
            copy.InitialC = initialC ?? copy.InitialC;
            // A new first lag without a second one keeps the pair's ratio: the pockets are of one construction, so a
            // deeper pocket deepens both (and a second lag that follows the first keeps following it).
            if (sensorLagS.HasValue && !secondSensorLagS.HasValue && copy.HasOwnSecondSensorLag)
            {
                copy.SecondSensorLagS = copy.SecondSensorLagS * (sensorLagS.Value / copy.SensorLagS);
            }

            copy.SensorLagS = sensorLagS ?? copy.SensorLagS;
            copy.SensorNoiseC = sensorNoiseC ?? copy.SensorNoiseC;
            copy.SensorBiasC = sensorBiasC ?? copy.SensorBiasC;
            copy.SensorConversionMs = sensorConversionMs ?? copy.SensorConversionMs;
            if (secondSensorLagS.HasValue)
            {
                copy.SecondSensorLagS = secondSensorLagS.Value;
            }

            copy.SecondSensorBiasC = secondSensorBiasC ?? copy.SecondSensorBiasC;
            copy.Validate(string.IsNullOrEmpty(copy.Name) ? "PadParameters.With" : copy.Name + " (varied)");
            return copy;
        }

        /// <summary>The pad name, for logs.</summary>
        public override string ToString()
        {
            return Name;
        }
    }
}
