namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Heating failed: sustained power and no warming (an open element, a broken wire). Built like Marlin's
    /// and Klipper's heating watch (the reading must gain 2 °C every 40–60 s after a target rise,
    /// heater-safety reference) but with the window derived from the slowest shipped pad, and armed only
    /// where a warming is owed, so that a weak pad that plateaus below target at full power never trips:
    /// <list type="bullet">
    /// <item>A stretch of hard work (duty ≥ <see cref="HardDutyFraction"/>) that starts more than
    /// <see cref="HoldBandC"/> under a setpoint the heat phase has not reached yet arms the watch, unless the reading already sits at the level
    /// earlier full power proved to be this pad's plateau, or within <see cref="ProvenMarginC"/> under the highest
    /// level full power has shown the element heats this pad to since power-on (that evidence is carried across
    /// heat phases, off presses and sessions; only a cleared fault forgets it).</item>
    /// <item>While armed the reading must gain <see cref="GainC"/> over its lowest value within
    /// <see cref="WindowS"/> of hard work; then the watch disarms until the work stops.</item>
    /// <item>A stretch that starts in the hold band is not armed when the reading later falls out of it: a
    /// supply sag or a body lying down cools the pad by up to 4 °C at full power, which is not a fault. Only a
    /// fall of <see cref="DeepFallC"/> under a setpoint the pad did reach arms it, once per stretch. An element that opens during a hold only lets the pad cool
    /// (no heat flows); it is caught when heat is next started from a cool pad.</item>
    /// </list>
    /// </summary>
    public sealed class HeatingFailedCheck
    {
        /// <summary>Duty that counts as hard work, 0.8: the old PID is at full power 4 °C below target, and a 20 % margin stays for a model controller trimming near its ceiling.</summary>
        public const double HardDutyFraction = 0.8;

        /// <summary>Gain owed by an armed watch, 1.0 °C: 16 LSB of the DS18B20, 20× the noise σ; Marlin and Klipper ask 2 °C of hotter, faster heaters.</summary>
        public const double GainC = 1.0;

        /// <summary>
        /// Hard-work seconds an armed watch waits for <see cref="GainC"/>, 240 s. The slowest shipped pad
        /// (thick-slow, 400 + 1000 J/K, 35 s sensor lag) gains 1 °C at the sensor in 151 s from 34 °C at
        /// 10.8 V; folded-covered in 133 s: 240 s is 1.6× that and gives a fault within the 5 min.
        /// </summary>
        public const double WindowS = 240.0;

        /// <summary>
        /// Band under the setpoint where no warming is owed, 1.0 °C: at the setpoint a controller on a low
        /// supply may hold at 80 % duty or more without the reading moving (Marlin's watch, too, ends once the
        /// target is reached).
        /// </summary>
        public const double HoldBandC = 1.0;

        /// <summary>
        /// Fall under a setpoint the heat phase had reached that re-arms the watch inside a stretch, 5.0 °C. On
        /// the shipped pads at full power a body lying down on a pre-heated pad (6 W/K) pulls the reading at most
        /// 4.1 °C under the setpoint (thick-slow, level 5), a supply sag to 10.8 V at most 3.4 °C (nominal-12v at
        /// 5 W/K); a sensor loosening from its pocket sinks without bound.
        /// </summary>
        public const double DeepFallC = 5.0;

        /// <summary>
        /// Fall under the reading at which a watch was armed at a stretch start that stands the watch down, 1.5 °C
        /// (24 DS18B20 steps, 30× the noise σ): a pad that cools under full power has met a new sink, not an open
        /// element alone (see <see cref="Update(double, double, double, bool, double, bool)"/>).
        /// </summary>
        public const double FallReleaseC = 1.5;

        /// <summary>
        /// Seconds of lighter work that end a stretch, 30 s: one failed read (duty 0 for a tick), a button press
        /// or a short stop and restart must not re-arm the watch on a pad that is already as warm as it gets.
        /// </summary>
        public const double StretchGapS = 30.0;

        /// <summary>
        /// A stretch starting within 1.0 °C of a proven plateau owes no gain (a weak pad restarted at its
        /// ceiling). A plateau is proven by <see cref="WindowS"/> of hard work without a gain of <see cref="GainC"/>
        /// after the watch was satisfied.
        /// </summary>
        public const double PlateauMarginC = 1.0;

        /// <summary>
        /// Band under the highest reading this pad has gained to under hard work since power-on in which a new stretch
        /// owes no gain, 5.0 °C (as <see cref="DeepFallC"/>). The evidence that the element heats is carried across
        /// heat phases: a cool-down or an off press takes heat out, it does not make the element suspect again.
        /// Near its plateau a heavy pad regains slowly — full power closes the gap d to the plateau as
        /// d·(1 − e^(−t/τ)), τ up to about 1,100 s in the design range (a heavy weak pad folded; random family,
        /// simulated), so 1 °C within <see cref="WindowS"/> needs d of about 5 °C: contrast programs of 5-min heat
        /// phases re-armed the watch at each heat start and tripped it on heavy weak pads of the bench's random family
        /// (44 of 300 simulated sessions: random pads on the body, in free air and folded, supply 90–110 %, cool phases
        /// of 1–15 min). A reading more than this under what the element proved (a sensor that fell to the room, a
        /// cold pack) still owes its gain.
        /// </summary>
        public const double ProvenMarginC = 5.0;

        private bool _inStretch;
        private bool _unheatedSinceStretch = true;
        private bool _armed;
        private double _hardS;
        private double _lowestC;
        private double _gapS;
        private double _flatFromC;
        private bool _reached;
        private bool _deepArmed;
        private double _armedAtC;
        private double _reachedSetpointC = double.MaxValue;
        private double _flatS;
        private bool _hasPlateau;
        private double _plateauC;
        private bool _hasProven;
        private double _provenC;

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, bool)"/> without a current witness (the
        /// temperature-only watch).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double lastDutyFraction, bool heatWanted, double setpointC)
        {
            return Update(temperatureC, dtS, lastDutyFraction, heatWanted, setpointC, false);
        }

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0) and the duty applied over them, and
        /// whether heat is wanted at <paramref name="setpointC"/>. True when heating has failed.
        /// <paramref name="elementWitnessed"/>: the heater current witness is trusted and has learned the element
        /// (<see cref="HeaterCurrentCheck.Trusted"/>, <see cref="HeaterCurrentCheck.HasLearnedResistance"/>), so an
        /// element that stops drawing its current latches <see cref="FaultCode.HeaterOpen"/> within 10 s. Once
        /// this pad has also proven that its element warms the sensor (a gain of <see cref="GainC"/> under hard work
        /// since power-on), a stretch that starts after an unheated interval (a heat phase after a cool phase or an off
        /// press) owes no gain however far it starts under the proven level; the first heat-up, a restart within a heat
        /// phase and a deep fall under a setpoint the pad reached (a sensor loosening) are still watched.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double lastDutyFraction, bool heatWanted, double setpointC, bool elementWitnessed)
        {
            // A warming is owed only on the way up to a setpoint this heat phase has not reached yet. Once the
            // reading was in the hold band, a later fall under full power is a pad that can no longer hold
            // (supply sag, a body lying down on a pre-heated pad: review finding 7), not an open element.
            if (!heatWanted || setpointC > _reachedSetpointC)
            {
                _reached = false;
            }

            if (heatWanted && temperatureC >= setpointC - HoldBandC)
            {
                _reached = true;
            }

            _reachedSetpointC = heatWanted ? setpointC : double.MaxValue;

            if (!heatWanted)
            {
                _unheatedSinceStretch = true;
            }

            if (!heatWanted || !(lastDutyFraction >= HardDutyFraction))
            {
                _gapS += dtS;
                if (!heatWanted || _gapS >= StretchGapS)
                {
                    _inStretch = false;
                    _armed = false;
                }

                return false;
            }

            _gapS = 0.0;
            if (!_inStretch)
            {
                // The watch is armed only when a stretch STARTS owed (heat start or a setpoint raise far below
                // the reading). A stretch that began in the hold band and drifted below it is a pad that cannot
                // hold its setpoint any more (a supply sag, a body lying down, a weak pad on its plateau):
                // arming there tripped weak pads in normal use (review finding 7).
                // With the element's current measured and this pad proven to warm its sensor, a stretch that starts
                // after an unheated interval owes no gain (issue 4, session 3). The proven level is a reading, and a reading depends on the pad's sinks
                // as well as on the element: the 10 W pad at 4.67 V proved 35.7 C with a body (2 W/K) under it; after
                // the user got up in a contrast cool phase it started the next heat at 28 C, more than ProvenMarginC
                // under that, with its off-body plateau about where it already was, gained 0.3 C in 240 s of full
                // power and latched heating_failed (faults seed 4, normal-life session 400295). Heat demonstrably
                // flows; a reading that does not rise is a pad at its plateau for its present sinks or a sensor that no
                // longer sees the pad, which the detached checks judge (RoomReadingCheck: a reading at the room under
                // heat; SensorDetachedCheck: the envelopes; SensorCouplingCheck: model witness and probe). An open
                // element is HeaterCurrentCheck's heater_open within 10 s.
                // The unheated interval is a heat phase's start after a cool phase or an off press. A restart within
                // a heat phase (after the coupling probe's pause) is still armed: a sensor loosening on a folded pad
                // that is still heating up is caught there (SensorCouplingCheck's long-stretch probe breaks the
                // stretch and this watch names it).
                bool owed = !_reached && temperatureC < setpointC - HoldBandC && !NearProvenLevel(temperatureC)
                    && !(elementWitnessed && _hasProven && _unheatedSinceStretch);
                _unheatedSinceStretch = false;
                _inStretch = true;
                _deepArmed = false;
                _flatFromC = temperatureC;
                _flatS = 0.0;
                Arm(temperatureC, owed && !(_hasPlateau && temperatureC >= _plateauC - PlateauMarginC));
            }

            if (!_armed && !_deepArmed && _reached && temperatureC < setpointC - DeepFallC)
            {
                // Once in a stretch: a reading that sinks this far under a setpoint the pad did reach, at full
                // power, is either a pad that got much colder or a sensor that no longer sees it (a sensor
                // slowly loosening from its pocket: review finding 1, 48-83 °C unseen). Full power must then
                // win back a degree.
                _deepArmed = true;
                Arm(temperatureC, !(_hasPlateau && temperatureC >= _plateauC - PlateauMarginC));
            }

            if (!_armed)
            {
                // Hard work that no longer gains proves this pad's plateau, in the hold band as well.
                if (temperatureC >= _flatFromC + GainC)
                {
                    _flatFromC = temperatureC;
                    _flatS = 0.0;
                    Prove(temperatureC);
                }
                else
                {
                    _flatS += dtS;
                    // The latest proof wins: a pad whose user got up plateaus lower than it did on the body.
                    if (_flatS >= WindowS)
                    {
                        _hasPlateau = true;
                        _plateauC = _flatFromC;
                    }
                }

                return false;
            }

            _hardS += dtS;
            if (temperatureC < _lowestC)
            {
                _lowestC = temperatureC;
            }

            if ((!_deepArmed || elementWitnessed) && temperatureC <= _armedAtC - FallReleaseC)
            {
                // A deep fall's watch stands down too once the element's current is witnessed: with two sensors a single
                // loosening one no longer pulls the fused reading down (the fusion follows the hotter), and the 10 W pad
                // whose warmer pocket had reached level 1 fell 9 °C at full power when its user got up in a cold room
                // (the campaign's pocket group, session 6, seed 5 session 570103: heating_failed). Cost, faults seed 1:
                // 4 of 120 both-sensors-loosening runs lose their heating_failed verdict (peaks 44.3-48.6 -> 45.2-49.2 °C:
                // free-air L5 at 300 s passes issue 4's 48 °C). Both sensors leaving the pad together is a common cause, not a
                // double fault (hardware/README, layer 9: a torn cover, the pad used inside out): the pair cannot outvote it,
                // so it rests on the one-reading witnesses and, past them, the TCO.
                // The reading FELL under full power on the way up: a new sink took the pad (the 10 W pad losing its
                // body in a contrast heat phase falls 8 °C and plateaus: 2 false trips in 1,000 normal-life
                // sessions). A sensor that fell off is judged by the detached checks (SensorDetachedCheck's
                // envelopes, RoomReadingCheck), an element that opened lets no heat flow and is named by the
                // heater current sense; the watch stands down for the rest of this stretch.
                _armed = false;
                return false;
            }

            if (temperatureC >= _lowestC + GainC)
            {
                _armed = false;
                _flatFromC = temperatureC;
                _flatS = 0.0;
                Prove(temperatureC);
                return false;
            }

            return _hardS >= WindowS;
        }

        /// <summary>
        /// True while the watch armed in this stretch is the deep fall's (a reading <see cref="DeepFallC"/> under a setpoint the
        /// pad did reach, at full power): what <see cref="Update(double, double, double, bool, double, bool)"/> returning true then
        /// names is the deep fall, judged on the readings alone (session 20: the calibrated element witness may stand it down).
        /// </summary>
        public bool DeepFallArmed
        {
            get { return _armed && _deepArmed; }
        }

        /// <summary>Forgets the history, the proven plateau and the proven level included.</summary>
        public void Reset()
        {
            _inStretch = false;
            _armed = false;
            _hasPlateau = false;
            _reached = false;
            _hasProven = false;
            _unheatedSinceStretch = true;
        }

        private void Prove(double temperatureC)
        {
            if (!_hasProven || temperatureC > _provenC)
            {
                _hasProven = true;
                _provenC = temperatureC;
            }
        }

        private bool NearProvenLevel(double temperatureC)
        {
            // The element has shown it heats this pad up to _provenC since power-on; a stretch that starts within
            // ProvenMarginC under it (after a cool-down, an off press) may be near a heavy pad's plateau, where full
            // power regains a degree only over many minutes.
            return _hasProven && temperatureC >= _provenC - ProvenMarginC;
        }

        private void Arm(double temperatureC, bool armed)
        {
            _armed = armed;
            _armedAtC = temperatureC;
            _hardS = 0.0;
            _lowestC = temperatureC;
        }
    }
}
