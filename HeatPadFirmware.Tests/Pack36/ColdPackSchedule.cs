using HeatPadFirmware.Core;

namespace HeatPadFirmware.Tests.Pack36
{
    /// <summary>
    /// When the user's cold pack lies on the pad in the contrast harnesses (pack36's <see cref="ColdPackLeftIntoReheat"/>, review 36a's
    /// <c>Review36a/PackAndHold</c>): through every cool phase, and <c>leftOnS</c> s into each heat phase that follows a cool phase. Fed
    /// once a second with the phase then in force (the previous tick's output).
    /// </summary>
    internal sealed class ColdPackSchedule
    {
        private readonly int _leftOnS;
        private int _lastCoolS = -100000;
        private int _lastHeatS = -100000;
        private SessionPhase _previous = SessionPhase.Off;
        private SessionPhase _phase = SessionPhase.Off;
        private bool _reheated;

        /// <summary>A schedule leaving the pack on <paramref name="leftOnS"/> s (≥ 0) into each re-heat.</summary>
        public ColdPackSchedule(int leftOnS)
        {
            _leftOnS = leftOnS;
        }

        /// <summary>True in a heat phase that follows a cool phase (the phase last given).</summary>
        public bool InReheat
        {
            get { return _phase == SessionPhase.Heat && _lastCoolS > 0; }
        }

        /// <summary>True from the start of the first heat phase after a cool phase on, whatever the phase since.</summary>
        public bool Reheated
        {
            get { return _reheated; }
        }

        /// <summary>Takes second <paramref name="s"/>'s phase; true while the pack lies on the pad.</summary>
        public bool Update(SessionPhase phase, int s)
        {
            _phase = phase;
            if (phase != _previous)
            {
                if (phase == SessionPhase.Cool)
                {
                    _lastCoolS = s;
                }
                else
                {
                    _lastHeatS = s;
                    _reheated |= _lastCoolS > 0;
                }

                _previous = phase;
            }

            return phase == SessionPhase.Cool || (InReheat && s - _lastHeatS < _leftOnS);
        }
    }
}
