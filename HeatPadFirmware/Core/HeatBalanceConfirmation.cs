namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Confirms a <see cref="HeatBalanceCheck"/> verdict by a heat pause before it latches. Power going into a cold pack
    /// left on the pad and power going into a pad whose sensor strip lies elsewhere look the same to a heat balance
    /// (review 11: a pack left on into heat latched a false <see cref="FaultCode.SensorDetached"/>). At a standstill the
    /// power going in leaves the pad, so when the heat stops a sensor on a pad under a pack sees it fall toward the pack;
    /// a strip lying off the pad reads the room plus a small share of a pad that keeps warming from its hot core, or cools
    /// slowly. The two overlap (session 11, faults seed 1: loosening verdicts fell up to 0.28 of their rise over the room
    /// in 60 s, packs 0.23–0.57), so a withdrawn verdict is not a clean bill: the heat stays capped
    /// (<see cref="PowerCapW"/>) until the fault state is cleared or the board restarts.
    /// <para>On a verdict (<see cref="Begin"/>) the supervisor holds the duty at 0 (<see cref="HoldsDutyAtZero"/>) for
    /// <see cref="PauseS"/> while heat is wanted. A reading then <see cref="MinFallFraction"/> of its rise over the room
    /// under the reading at the verdict reads the pad: the verdict is withdrawn (<see cref="Answer.Attached"/>) and the cap
    /// set. Otherwise it is confirmed (<see cref="Answer.Detached"/>): the heat was off for the whole pause, so the
    /// confirmation costs a loosening strip no heat, only <see cref="PauseS"/> of naming. Heat no longer wanted ends the
    /// pause with no answer but the cap (the heat-balance check forgets its stretch then too).</para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class HeatBalanceConfirmation
    {
        /// <summary>The answers of <see cref="Update"/>.</summary>
        public enum Answer
        {
            /// <summary>No pause under way, or the pause goes on.</summary>
            None = 0,

            /// <summary>The reading fell: it reads the pad (a pack left on, or a load the pad cannot overcome).</summary>
            Attached = 1,

            /// <summary>The reading did not fall enough in the pause: the sensors are not reading the pad.</summary>
            Detached = 2,
        }

        /// <summary>Pause without heat, 60 s: the bound on how much later a loosening strip may be named (session 11 brief).</summary>
        public const double PauseS = 60.0;

        /// <summary>
        /// Share of the reading's rise over the room it must fall in the pause to withdraw the verdict, 0.2. Measured (session
        /// 11, 60 s pauses): packs left on 0.23 (nominal-12v 8 W/K) to 0.57 (strong-60w 40 W/K); the loosening kinds' 102
        /// verdicts −0.07 to 0.28, median 0.06, 9 at 0.2 or more (body pads and thick-slow, whose hidden surface cools fast).
        /// </summary>
        public const double MinFallFraction = 0.2;

        /// <summary>
        /// Mean power allowed after a withdrawn verdict, 15 W: the nominal element folded and covered (0.875 W/K to the room
        /// at 70 W settling at 102 °C) rises about 17 °C on it, so a strip the pause mistook for attached cannot burn.
        /// </summary>
        public const double PowerCapW = 15.0;

        private bool _pausing;
        private double _pauseS;
        private double _startC;
        private double _riseC;
        private bool _capped;

        /// <summary>True while the pause holds the duty at 0.</summary>
        public bool HoldsDutyAtZero
        {
            get { return _pausing; }
        }

        /// <summary>True once a verdict was withdrawn: the duty is capped at <see cref="PowerCapW"/> until <see cref="Reset"/>.</summary>
        public bool Capped
        {
            get { return _capped; }
        }

        /// <summary>The last answered pause's fall over the reading's rise over the room (0 before any).</summary>
        public double LastFallFraction { get; private set; }

        /// <summary>Verdicts withdrawn since the last <see cref="Reset"/>.</summary>
        public int AttachedAnswers { get; private set; }

        /// <summary>
        /// Starts a pause at a verdict: <paramref name="readingC"/> the fused reading, °C; <paramref name="roomC"/> the room
        /// estimate the verdict used, °C. No effect during a pause.
        /// </summary>
        public void Begin(double readingC, double roomC)
        {
            if (_pausing)
            {
                return;
            }

            _pausing = true;
            _pauseS = 0.0;
            _startC = readingC;
            _riseC = readingC - roomC;
        }

        /// <summary>
        /// One trusted reading: <paramref name="temperatureC"/> the fused reading, °C; <paramref name="dtS"/> seconds since the
        /// last trusted one (≥ 0); <paramref name="heatWanted"/> the session wants heat. The pause's answer, once.
        /// </summary>
        public Answer Update(double temperatureC, double dtS, bool heatWanted)
        {
            if (!_pausing)
            {
                return Answer.None;
            }

            if (!heatWanted)
            {
                // The heat phase ended before the pause could answer (contrast phases): no verdict either way, so the
                // conservative half of one, the cap, without a fault.
                _pausing = false;
                _capped = true;
                return Answer.None;
            }

            if (dtS > 0.0)
            {
                _pauseS += dtS;
            }

            if (_pauseS < PauseS)
            {
                return Answer.None;
            }

            _pausing = false;
            LastFallFraction = _riseC > 0.0 ? (_startC - temperatureC) / _riseC : 0.0;
            if (LastFallFraction >= MinFallFraction)
            {
                _capped = true;
                AttachedAnswers++;
                return Answer.Attached;
            }

            return Answer.Detached;
        }

        /// <summary>The duty cap for an element of <paramref name="fullPowerW"/> W at full duty: 1 unless capped (unknown power: 0).</summary>
        public double DutyCap(double fullPowerW)
        {
            if (!_capped)
            {
                return 1.0;
            }

            return fullPowerW > PowerCapW ? PowerCapW / fullPowerW : (fullPowerW > 0.0 ? 1.0 : 0.0);
        }

        /// <summary>Ends any pause and lifts the cap (a cleared fault).</summary>
        public void Reset()
        {
            _pausing = false;
            _pauseS = 0.0;
            _capped = false;
            AttachedAnswers = 0;
        }
    }
}
