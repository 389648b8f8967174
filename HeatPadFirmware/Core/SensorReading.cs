namespace HeatPadFirmware.Core
{
    /// <summary>
    /// One tick's temperature reading: valid with a value in °C, or invalid (the read failed, the CRC
    /// did not match, the value was implausible). There is no magic temperature for "no reading".
    /// </summary>
    public struct SensorReading
    {
        /// <summary>True when <see cref="TemperatureC"/> holds a real reading.</summary>
        public readonly bool IsValid;

        /// <summary>Temperature in °C; meaningful only when <see cref="IsValid"/> (DS18B20 range −55..125).</summary>
        public readonly double TemperatureC;

        private SensorReading(bool isValid, double temperatureC)
        {
            IsValid = isValid;
            TemperatureC = temperatureC;
        }

        /// <summary>A valid reading. A non-finite value is turned into an invalid reading.</summary>
        public static SensorReading Valid(double temperatureC)
        {
            return CoreMath.IsFinite(temperatureC) ? new SensorReading(true, temperatureC) : new SensorReading(false, 0.0);
        }

        /// <summary>A failed read.</summary>
        public static SensorReading Invalid
        {
            get { return new SensorReading(false, 0.0); }
        }
    }
}
