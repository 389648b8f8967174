namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The mean of the valid readings of one sensor over a window (the fixture run's baseline, drift and heat-end windows):
    /// an invalid reading is skipped, not counted. Constant work per reading, no allocation after construction.
    /// </summary>
    public sealed class ReadingMean
    {
        private double _sumC;
        private int _count;

        /// <summary>True once a valid reading has been added.</summary>
        public bool HasValue
        {
            get { return _count > 0; }
        }

        /// <summary>The mean of the valid readings added, °C (NaN before one).</summary>
        public double MeanC
        {
            get { return _count > 0 ? _sumC / _count : double.NaN; }
        }

        /// <summary>Forgets every reading added (the next window starts empty).</summary>
        public void Clear()
        {
            _sumC = 0.0;
            _count = 0;
        }

        /// <summary>Adds <paramref name="reading"/> when it is valid.</summary>
        public void Add(SensorReading reading)
        {
            if (reading.IsValid)
            {
                _sumC += reading.TemperatureC;
                _count++;
            }
        }
    }
}
