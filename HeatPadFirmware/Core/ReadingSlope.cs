namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Least-squares slope of the readings over the last <see cref="WindowS"/> seconds: a straight line fitted to every reading
    /// in the window (times as given, so irregular ticks weigh as they came). A slow rise that a step test sees late shows in a
    /// line fitted over many readings: with 1 s readings the slope's noise is σ × √(12 / (N (N² − 1))), 0.0008 °C/s for the
    /// design range's worst σ of 0.06 °C over 40 readings, against 0.0037 °C/s for one reading 0.15 °C off at each end.
    /// Fixed storage of <see cref="Capacity"/> readings, allocated once; each update walks it once (constant work).
    /// </summary>
    public sealed class ReadingSlope
    {
        /// <summary>
        /// Readings kept, 48: a 40 s window at the device's 1 s tick with room for jitter. With faster ticks the oldest readings
        /// are dropped first and <see cref="SpanS"/> says how much of the window is left.
        /// </summary>
        public const int Capacity = 48;

        private readonly double[] _timesS = new double[Capacity];
        private readonly double[] _readingsC = new double[Capacity];
        private readonly double _windowS;
        private int _next;
        private int _count;
        private double _nowS;

        /// <summary>Creates an empty fit over the last <paramref name="windowS"/> seconds (&gt; 0).</summary>
        public ReadingSlope(double windowS)
        {
            _windowS = windowS > 0.0 ? windowS : 1.0;
        }

        /// <summary>The window, s.</summary>
        public double WindowS
        {
            get { return _windowS; }
        }

        /// <summary>
        /// Seconds between the oldest and the newest reading kept (0.. the window): a slope over less than the window is
        /// shorter evidence, and callers that need the whole window ask for it.
        /// </summary>
        public double SpanS
        {
            get
            {
                if (_count < 2)
                {
                    return 0.0;
                }

                int oldest = (_next - _count + Capacity) % Capacity;
                return _nowS - _timesS[oldest];
            }
        }

        /// <summary>Forgets every reading (a new stretch begins).</summary>
        public void Clear()
        {
            _count = 0;
        }

        /// <summary>Adds one reading (°C) taken <paramref name="dtS"/> seconds after the previous one (≥ 0; negative counts as 0).</summary>
        public void Add(double readingC, double dtS)
        {
            _nowS += dtS > 0.0 ? dtS : 0.0;
            _timesS[_next] = _nowS;
            _readingsC[_next] = readingC;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }

            // Drop the readings older than the window (the newest always stays).
            while (_count > 1)
            {
                int oldest = (_next - _count + Capacity) % Capacity;
                if (_nowS - _timesS[oldest] <= _windowS)
                {
                    break;
                }

                _count--;
            }
        }

        /// <summary>The fitted slope, °C/s (0 with fewer than two readings or no spread in time).</summary>
        public double SlopeCPerS
        {
            get
            {
                if (_count < 2)
                {
                    return 0.0;
                }

                // Centred sums: times relative to the newest keep the products small and exact enough.
                double sumT = 0.0;
                double sumY = 0.0;
                int i = (_next - _count + Capacity) % Capacity;
                for (int k = 0; k < _count; k++)
                {
                    sumT += _timesS[i] - _nowS;
                    sumY += _readingsC[i];
                    i = (i + 1) % Capacity;
                }

                double meanT = sumT / _count;
                double meanY = sumY / _count;
                double stt = 0.0;
                double sty = 0.0;
                i = (_next - _count + Capacity) % Capacity;
                for (int k = 0; k < _count; k++)
                {
                    double dt = _timesS[i] - _nowS - meanT;
                    stt += dt * dt;
                    sty += dt * (_readingsC[i] - meanY);
                    i = (i + 1) % Capacity;
                }

                return stt > 0.0 ? sty / stt : 0.0;
            }
        }
    }
}
