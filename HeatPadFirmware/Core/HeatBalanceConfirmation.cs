namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Confirms a <see cref="HeatBalanceCheck"/> verdict by a heat pause before it latches (experiment, session 11).
    /// The pad's own step response is anchored at the first full-power heat-up since power-on (the reading's rise in its
    /// first <see cref="PauseS"/>, the strip still in place); on a verdict the duty is held at 0 for <see cref="PauseS"/>
    /// and the reading's fall over the mean duty × that anchor is the answer: an attached sensor answers about 1 (a linear
    /// pad's fall from a standstill is the mirror of its rise from rest), a strip at coupling w answers w.
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class HeatBalanceConfirmation
    {
        /// <summary>Length of the anchor window and of the confirming pause, 60 s.</summary>
        public const double PauseS = 60.0;

        /// <summary>Least answer that shows an attached sensor, 0.6.</summary>
        public const double AttachedRatio = 0.6;

        /// <summary>Least expected fall that can be judged, 0.5 °C.</summary>
        public const double MinResponseC = 0.5;

        /// <summary>Least duty that counts as full power in the anchor window, 0.95.</summary>
        public const double FullDutyFraction = 0.95;

        private bool _anchored;
        private bool _anchoring;
        private bool _anchorSpoiled;
        private double _anchorStartC;
        private double _anchorS;
        private double _anchorC;
        private bool _lastHeatWanted;
        private bool _pausing;
        private double _pauseS;
        private double _startC;
        private double _expectedC;

        /// <summary>True while the pause holds the duty at 0.</summary>
        public bool HoldsDutyAtZero
        {
            get { return _pausing; }
        }

        /// <summary>The anchor: the reading's rise in the first 60 s of full power since power-on, °C (0 before it is taken).</summary>
        public double AnchorC
        {
            get { return _anchored ? _anchorC : 0.0; }
        }

        /// <summary>The last answer judged (−1 when none could be judged).</summary>
        public double LastRatio { get; private set; }

        /// <summary>The last pause's expected fall, °C.</summary>
        public double LastModelledFallC { get; private set; }

        /// <summary>The reading's rise over the room at the last verdict, °C.</summary>
        public double LastRiseC { get; private set; }

        /// <summary>The last pause's reading fall, °C.</summary>
        public double LastFallC { get; private set; }

        /// <summary>How many verdicts were refuted since power-on.</summary>
        public int Refuted { get; private set; }

        /// <summary>Feeds one trusted reading for the anchor (°C, s since the last, mean duty over them, heat wanted).</summary>
        public void Note(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            if (_anchored || _pausing)
            {
                _lastHeatWanted = heatWanted;
                return;
            }

            if (heatWanted && !_lastHeatWanted)
            {
                _anchoring = true;
                _anchorSpoiled = false;
                _anchorStartC = temperatureC;
                _anchorS = 0.0;
            }
            else if (_anchoring && heatWanted && !_anchorSpoiled)
            {
                if (dutyFraction < FullDutyFraction)
                {
                    _anchorSpoiled = true;
                    _anchoring = false;
                }
                else
                {
                    _anchorS += dtS;
                    if (_anchorS >= PauseS)
                    {
                        _anchorC = temperatureC - _anchorStartC;
                        _anchored = true;
                        _anchoring = false;
                    }
                }
            }
            else if (!heatWanted)
            {
                _anchoring = false;
            }

            _lastHeatWanted = heatWanted;
        }

        /// <summary>Starts a pause on a verdict; false when nothing can be judged (the verdict stands at once).</summary>
        public bool Begin(double readingC, double roomC, double meanDuty)
        {
            LastRiseC = readingC - roomC;
            _expectedC = _anchored ? HeaterDutyLimits.Clamp(meanDuty) * _anchorC : 0.0;
            LastModelledFallC = _expectedC;
            if (_expectedC < MinResponseC)
            {
                LastRatio = -1.0;
                LastFallC = 0.0;
                return false;
            }

            _pausing = true;
            _pauseS = 0.0;
            _startC = readingC;
            return true;
        }

        /// <summary>One trusted reading during a pause: 0 running or none, 1 confirmed (latch), −1 refuted.</summary>
        public int Update(double temperatureC, double dtS)
        {
            if (!_pausing)
            {
                return 0;
            }

            if (dtS > 0.0)
            {
                _pauseS += dtS;
            }

            if (_pauseS < PauseS)
            {
                return 0;
            }

            _pausing = false;
            LastFallC = _startC - temperatureC;
            LastRatio = LastFallC / _expectedC;
            if (LastRatio >= AttachedRatio)
            {
                Refuted++;
                return -1;
            }

            return 1;
        }

        /// <summary>Ends any pause (a cleared fault); the anchor stays.</summary>
        public void Reset()
        {
            _pausing = false;
            _pauseS = 0.0;
        }
    }
}
