namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Watches the pad's two sensors against each other and names the one fault the fusion hides: a sensor that is no
    /// longer reading the pad. <see cref="SensorPairFusion"/> already regulates on the hotter sensor once the two are a
    /// degree apart, so a loosening or detached sensor heats nothing while this check decides; the check tells the
    /// user and ends the heat, because the pad has lost its witness. Three rules, judged only while heat is wanted (with no
    /// heat nothing can burn, and a cold pack laid over one sensor in a cool phase parts them for good reason):
    /// <list type="bullet">
    /// <item>Disagreement → <see cref="FaultCode.SensorsDisagree"/>: both trusted, apart by more than
    /// <see cref="BaseAllowanceC"/> + |common rate| × <see cref="MaxLagDifferenceS"/>, the gap not closing (within
    /// <see cref="ClosingTimeS"/>), and the cooler sensor not answering the heat (<see cref="ResponseRateCPerS"/>), for
    /// <see cref="ConfirmS"/> — counted only while heat flows below full power, after <see cref="HeatStartGraceS"/> of each heat stretch
    /// (a stretch also ends after <see cref="HeatBreakS"/> without heat flowing; <see cref="ResumeGraceS"/> after such a
    /// pause). The time over the allowance counts up, and down at the same pace while judged within it; unjudged time and
    /// time the cooler sensor answers the heat, or follows the pad (<see cref="MaxFollowingShare"/> of the hotter's rise over
    /// the room while not falling faster than <see cref="LeavingRateCPerS"/>), hold it. A mild loosening is this rule's.</item>
    /// <item>Rise (session 6, <see cref="SensorRiseCheck"/>) → <see cref="FaultCode.SensorsDisagree"/>: the hotter sensor
    /// rose since this heat stretch began and the cooler did not rise over its room with it. No grace and no 9 °C: a
    /// sensor off the pad when the heat starts, or off a weak pad, is named within issue 4's 3 minutes.</item>
    /// <item>One sensor bit-identical for <see cref="FrozenMinS"/> of heat while the other moved
    /// <see cref="FrozenPartnerMoveC"/> or more away from it → <see cref="FaultCode.FrozenReading"/>: two sensors on one pad cannot
    /// part like that; the fused reading of a frozen and a live sensor is not frozen, so the single-reading frozen
    /// checks would not see it.</item>
    /// </list>
    /// Both sensors are judged alike (no "main" sensor). Nothing is allocated after construction.
    /// </summary>
    public sealed class SensorAgreementCheck
    {
        /// <summary>
        /// Gap always allowed, 9.0 °C. Two DS18B20s may differ by 1.0 °C within their ±0.5 °C accuracy (datasheet,
        /// −10..+85 °C); two pockets 10 cm apart differ by far more in normal use, where the body lies on one and not the
        /// other. The session 5 reviews' two-zone model of the shipped pads (each pocket its own pad under the same duty,
        /// no lateral conduction: an upper bound on the spread) parted the pair by 1.6 °C when a user leaned on one pocket
        /// (12 of 60 sessions latched at 1.5 °C), by 4.4–5.1 °C with pocket body contacts of 3 and 6 W/K (the reference's
        /// range), and by 4.9–8.8 °C with one pocket off the body in the room air (thick-slow, usb-10w): at 4.0 °C those
        /// latched, at 9.0 °C none. A sensor off the pad parts from the other by the pad's rise over the room (13–23 °C at
        /// the setpoints in a 22 °C room): the fusion heats on the hotter meanwhile, so a wide allowance costs no heat,
        /// only a later name for a mild loosening; a sensor off the pad, even off a weak pad that never rises 9 °C
        /// (usb-10w in free air), is the rise rule's (<see cref="SensorRiseCheck"/>). A cold pack left on one pocket
        /// through a whole heat phase (12 °C apart) is named. Session 6's two-zone tests found one more spread past it:
        /// usb-10w at level 1 with one pocket beside the body, 9.3 °C (a test kept, skipped: not fixed); review 7: every spread
        /// above was measured in a 22 °C room, and in a cooler one the gap grows (usb-10w with a pocket off the body at 18 °C:
        /// 11–13 °C, every level; Tests/Review7, skipped).
        /// </summary>
        public const double BaseAllowanceC = 9.0;

        /// <summary>
        /// Lag difference the allowance covers while both move, 15 s: sensors pressed into fabric lag the surface by
        /// 10–30 s (heater-safety reference), and the hardware places both in pockets of the same construction
        /// (hardware/README.md), taken as ±25 % apart — 10 s at the 40 s the bench's slowest pads have — with margin.
        /// During a heat-up the lagging sensor trails by the surface's rate times that difference.
        /// </summary>
        public const double MaxLagDifferenceS = 15.0;

        /// <summary>Time constant of each sensor's rate estimate, 20 s: smooths the 1/16 °C steps (0.06 °C/s at 1 s ticks) to ≈ 0.003 °C/s.</summary>
        public const double RateTimeConstantS = 20.0;

        /// <summary>
        /// A gap closing at least as fast as it would close over this time, s (the gap's rate ≤ −gap / 1,500 s), is a pair
        /// coming back together — a cold pack just lifted off one pocket, both rewarming with the pad — and does not count;
        /// a sensor off the pad keeps its gap or widens it. 1,500 s is slower than the slowest pad recovers (surface time
        /// constants up to ≈ 1,100 s, docs/safety.md: heavy weak pads) — session 5 review, finding 3: a fixed 0.01 °C/s missed
        /// thick-slow closing a 6.4 °C gap at ≈ 0.0096 °C/s and latched 60 s into the heat.
        /// </summary>
        public const double ClosingTimeS = 1500.0;

        /// <summary>
        /// The cooler sensor warming at least this fast, °C/s, over <see cref="SlowRateTimeConstantS"/> while heat flows is
        /// reading the pad, however far apart the two are: 0.001 °C/s (0.06 °C/min, one LSB a minute). A pocket the cold pack
        /// cooled in every cool phase of a contrast program rewarms at the pad's own pace (the gap over its surface time
        /// constant) while the fusion holds the other at the setpoint — 10–16 °C apart, warming 0.002–0.004 °C/s on
        /// folded-covered and usb-10w, slower than the gap closes over <see cref="ClosingTimeS"/> (the campaign's pocket
        /// group, session 6: 19–23 false trips of 400 on seeds 1–3). A sensor off the pad falls to the room or stays there;
        /// a loosened one warms at its share of the pad's warming and stands still in a hold, where it is judged.
        /// </summary>
        public const double ResponseRateCPerS = 0.001;

        /// <summary>Time constant of each sensor's slow rate, 120 s: the 1/16 °C steps smooth to ≈ 0.0005 °C/s, half of <see cref="ResponseRateCPerS"/>.</summary>
        public const double SlowRateTimeConstantS = 120.0;

        /// <summary>
        /// Time over the allowance that latches, 60 s: a detached sensor parts by the allowance within seconds to a minute
        /// of its lag, so the 3 minutes from onset to no heat are kept with room to spare; the fusion meanwhile follows
        /// the sensor still on the pad.
        /// </summary>
        public const double ConfirmS = 60.0;

        /// <summary>
        /// Heat time at the start of each heat stretch (after any time without heat) in which no disagreement counts, 240 s,
        /// the heating watch's window (1.6 × the slowest shipped pad's response at 10.8 V, README): a pocket beside the body
        /// on a thick pad reads the room for minutes while the pocket under the body reads the body (session 5: thick-slow,
        /// a user lying on the cold pad before pressing power, 35.3 / 24.4 °C latched 155 s into the heat with 90 s), and a
        /// cold pack lifted off one pocket as the heat resumes leaves that sensor falling for its lag while the rate filter
        /// catches up (thick-slow latched 67 s into the heat with none: session 5 review, finding 3). A sensor that falls off
        /// within a heat stretch is named 60 s after it parts by the allowance; one off the pad when the heat starts was
        /// named 300 s in (session 5; campaign worst 508 s after a detachment) and is now the rise rule's, which needs no
        /// grace (faults seed 1: worst 108 s). Meanwhile the fusion heats on the other sensor: the grace costs no heat.
        /// </summary>
        public const double HeatStartGraceS = 240.0;

        /// <summary>
        /// Time with heat wanted and none flowing that ends a heat stretch, 60 s: a burn-dose step-down or a lowered level
        /// leaves the hotter sensor above the setpoint for minutes with the heater off, and the cooler one falls meanwhile;
        /// when the heat returns, a sensor on the pad needs its lag and the pad's response to show it, which the stretch's
        /// <see cref="HeatStartGraceS"/> gives (the campaign's pocket group, session 6: folded-covered at level 5, a pocket the
        /// cold pack cooled, latched 90 s after a 360 s pause). Shorter pauses — a PWM hold touching 0 after a small
        /// overshoot — do not end the stretch.
        /// </summary>
        public const double HeatBreakS = 60.0;

        /// <summary>
        /// The grace after such a pause, 120 s (<see cref="SlowRateTimeConstantS"/>): the session's sensors were on the pad
        /// when it began, so only the cooler one's slow rate must turn from its fall in the pause to the heat's rise.
        /// </summary>
        public const double ResumeGraceS = 120.0;

        /// <summary>
        /// Share of the hotter sensor's rise over its room at which the cooler counts as following the pad, 0.35: a loosened
        /// sensor reads room + w × (pad − room), the campaign's w ending at 0.3 (heater-safety reference: a sensor taped to
        /// the surface that peels reads part of the rise); the open pocket of a folded pad follows with 0.39–0.59 and a
        /// pocket off the body with 0.55–0.59 (review 7, session 5 review: two-zone model). A loosening is named once it has
        /// loosened under this share; meanwhile the fusion heats on the other sensor.
        /// </summary>
        public const double MaxFollowingShare = 0.35;

        /// <summary>
        /// A cooler sensor falling faster than this, °C/s (120 s rate), is leaving the pad, whatever its share: 0.01 °C/s
        /// (0.6 °C/min). A sensor off a held pad falls toward the room at up to the gap over its lag (0.1–0.5 °C/s), the
        /// campaign's loosening one at 0.7 × the pad's rise over 10 min (0.019–0.039 °C/s at the levels in a 22 °C room);
        /// the open pocket of a folded pad settling with the pad, or after a burn-dose step-down, falls a few thousandths.
        /// </summary>
        public const double LeavingRateCPerS = 0.01;

        /// <summary>Heat time one sensor may stay bit-identical while the other moves, 60 s (the single-reading frozen check's window, README).</summary>
        public const double FrozenMinS = 60.0;

        /// <summary>How far the other sensor must have moved away from the frozen value meanwhile, 1.0 °C: 16 LSBs, far past any noise or lag difference that could leave a live sensor on one code.</summary>
        public const double FrozenPartnerMoveC = 1.0;

        private const int SensorCount = 2;

        private readonly bool[] _hasLast = new bool[SensorCount];
        private readonly double[] _lastC = new double[SensorCount];
        private readonly double[] _sinceLastS = new double[SensorCount];
        private readonly double[] _rateCPerS = new double[SensorCount];
        private readonly double[] _slowRateCPerS = new double[SensorCount];
        private readonly double[] _unchangedS = new double[SensorCount];
        private readonly double[] _partnerNearestC = new double[SensorCount];
        private bool _hasGap;
        private double _lastGapC;
        private double _gapRateCPerS;
        private double _overS;
        private double _heatS;
        private double _noFlowS;
        private int _frozenSensorIndex = -1;
        private readonly SensorRiseCheck _rise = new SensorRiseCheck();

        /// <summary>Seconds over the allowance counted so far (0..<see cref="ConfirmS"/>).</summary>
        public double OverAllowanceS
        {
            get { return _overS; }
        }

        /// <summary>The rise rule (read-only use: its rises and time counted).</summary>
        public SensorRiseCheck Rise
        {
            get { return _rise; }
        }

        /// <summary>The allowance of the last tick both sensors were trusted, °C.</summary>
        public double AllowanceC { get; private set; }

        /// <summary>Which sensor the frozen rule found bit-identical (0: sensor 1, 1: sensor 2), −1 when it found none.</summary>
        public int FrozenSensorIndex
        {
            get { return _frozenSensorIndex; }
        }

        /// <summary>The value that sensor stayed on, °C (meaningful only when <see cref="FrozenSensorIndex"/> ≥ 0).</summary>
        public double FrozenSensorC
        {
            get { return _frozenSensorIndex >= 0 ? _lastC[_frozenSensorIndex] : 0.0; }
        }

        /// <summary>
        /// One tick. <paramref name="first"/>, <paramref name="second"/>: the two trusted readings (invalid when a
        /// sensor was not trusted this tick: that tick judges nothing). <paramref name="dtS"/>: seconds since the last
        /// tick (≥ 0). <paramref name="heatWanted"/>: the session wants heat. <paramref name="dutyFraction"/>: the duty the
        /// controller asked for over that tick, clamped (0..1); the cut-off and a late tick are the supervisor's to judge. Returns the fault to latch, or
        /// <see cref="FaultCode.None"/>.
        /// </summary>
        public FaultCode Update(SensorReading first, SensorReading second, double dtS, bool heatWanted, double dutyFraction)
        {
            return Update(first, second, dtS, heatWanted, dutyFraction, true);
        }

        /// <summary>
        /// As <see cref="Update(SensorReading, SensorReading, double, bool, double)"/>, with <paramref name="padMayBurn"/>: false
        /// once the pad has been seen standing at a learned full-power ceiling under 45 °C (<see cref="SensorCouplingCheck.PadMayBurn"/>).
        /// On such a pad the frozen rule does not name the COOLER sensor of the two (see <see cref="FrozenSensorIndex"/>).
        /// </summary>
        public FaultCode Update(SensorReading first, SensorReading second, double dtS, bool heatWanted, double dutyFraction, bool padMayBurn)
        {
            if (!(dtS > 0.0))
            {
                dtS = 0.0;
            }

            // A heat stretch ends with the session's heat, or after HeatBreakS with heat wanted and none flowing.
            bool heatFlowing = dutyFraction > 0.0;
            _noFlowS = heatWanted && heatFlowing ? 0.0 : _noFlowS + dtS;
            if (!heatWanted)
            {
                _heatS = 0.0;
            }
            else if (_noFlowS >= HeatBreakS)
            {
                _heatS = CoreMath.Min(_heatS, HeatStartGraceS - ResumeGraceS);
            }
            else
            {
                _heatS += dtS;
            }

            bool firstChanged = Track(0, first, dtS);
            bool secondChanged = Track(1, second, dtS);
            bool riseDisagrees = _rise.Update(first, second, dtS, heatWanted);
            if (!first.IsValid || !second.IsValid)
            {
                return FaultCode.None;
            }

            double a = first.TemperatureC;
            double b = second.TemperatureC;
            double gapC = CoreMath.Abs(a - b);
            if (_hasGap && dtS > 0.0)
            {
                _gapRateCPerS += (((gapC - _lastGapC) / dtS) - _gapRateCPerS) * (dtS / (RateTimeConstantS + dtS));
            }

            _hasGap = true;
            _lastGapC = gapC;
            double commonRate = CommonRate(_rateCPerS[0], _rateCPerS[1]);
            AllowanceC = BaseAllowanceC + (commonRate * MaxLagDifferenceS);
            bool closing = _gapRateCPerS <= -gapC / ClosingTimeS;
            // Judged only under heat past the grace; unjudged time (no heat, the grace) neither counts nor forgives, so a
            // sensor off the pad through short contrast phases adds up its minutes (a decay there left it unnamed for
            // 3,540 s with 5-min heat phases: the fusion heated on the other sensor meanwhile).
            // While no heat flows (the hotter above a lowered setpoint) a sensor on the pad has nothing to answer: unjudged.
            // A cooler sensor that warms while heat flows, and no slower than the hotter, answers it: that time neither counts
            // nor forgives (a loosened sensor warms at its share of the pad's warming, slower than the hotter).
            int cooler = a < b ? 0 : 1;
            double coolerRateCPerS = _slowRateCPerS[cooler];
            bool responding = coolerRateCPerS >= ResponseRateCPerS && coolerRateCPerS >= _slowRateCPerS[1 - cooler];
            // Full power is not judged either (the count holds): the pad works as hard as it can, so a cooler pocket costs no
            // heat, and a weak pad at full power has one pocket warmed by the body and the other in the room air as far apart
            // as the body is over the room (review 7: usb-10w in an 18 °C bedroom, one pocket off the body, 11-13 °C apart:
            // 13 false trips in 400 sessions). A loosening is named once the controller trims the heat again.
            bool judged = heatFlowing && dutyFraction < HeaterDutyLimits.MaxDutyFraction;
            if (heatWanted && judged && _heatS > HeatStartGraceS)
            {
                if (!closing && gapC > AllowanceC)
                {
                    // A cooler sensor that follows the pad's rise over the room by MaxFollowingShare or more, and is not
                    // falling fast, is reading the pad: the count holds (review 7: the open pocket of a folded pad, 0.39-0.59). A
                    // sensor coming off the pad falls through those shares on its way to the room, a loosening one too.
                    bool following = _rise.HasRoomShare && _rise.RoomShare >= MaxFollowingShare && coolerRateCPerS > -LeavingRateCPerS;
                    _overS += responding || following ? 0.0 : dtS;
                }
                else
                {
                    _overS = CoreMath.Max(0.0, _overS - dtS);
                }
            }

            // A frozen sensor that is the cooler of the two hides no heat (the fusion heats on the hotter, the limits judge the
            // hotter), and on a pad seen standing at a full-power ceiling under 45 C no heat can burn: a pocket that truly does not
            // move is not named there (pocket session 670190: usb-10w pre-heated in the air at full power, the pocket off the body
            // sat on one code at its ceiling while the user lay on the other, which warmed 1 C in 10 s). The count goes on: the
            // rule names it once the pad may burn again (a higher ceiling learned) or the frozen one becomes the hotter.
            bool firstFrozen = Frozen(0, firstChanged, b, dtS, heatWanted) && (padMayBurn || a >= b);
            bool secondFrozen = Frozen(1, secondChanged, a, dtS, heatWanted) && (padMayBurn || b >= a);
            if (firstFrozen || secondFrozen)
            {
                _frozenSensorIndex = firstFrozen ? 0 : 1;
                return FaultCode.FrozenReading;
            }

            return _overS >= ConfirmS || riseDisagrees ? FaultCode.SensorsDisagree : FaultCode.None;
        }

        /// <summary>
        /// True when the two readings may clear a <see cref="FaultCode.SensorsDisagree"/>: both valid and within
        /// <see cref="BaseAllowanceC"/> of each other. A sensor off the pad keeps reading the room while the pad it left
        /// stays warm (on a body it never cools under 34 °C), so the pair must agree again before the heat may restart:
        /// with only the "both under 40 °C" of every clear, a restart on the warm pad heated on the other sensor until the
        /// gap rule's grace had run again (faults campaign, <c>DetachedClearAndRestart</c>: 9 of 120 still heating 12 min
        /// after the onset, worst 711 s). A pad whose pair was parted by normal use (a cold pack, a pocket off the body)
        /// comes back within it as it cools.
        /// </summary>
        public static bool AgreesForClear(SensorReading first, SensorReading second)
        {
            return first.IsValid && second.IsValid && CoreMath.Abs(first.TemperatureC - second.TemperatureC) <= BaseAllowanceC;
        }

        /// <summary>Forgets everything (after a cleared fault).</summary>
        public void Reset()
        {
            for (int i = 0; i < SensorCount; i++)
            {
                _hasLast[i] = false;
                _sinceLastS[i] = 0.0;
                _rateCPerS[i] = 0.0;
                _slowRateCPerS[i] = 0.0;
                _unchangedS[i] = 0.0;
            }

            _hasGap = false;
            _gapRateCPerS = 0.0;
            _overS = 0.0;
            _heatS = 0.0;
            _noFlowS = 0.0;
            _frozenSensorIndex = -1;
            _rise.Reset();
        }

        // Updates sensor i's rate estimate; true when its reading changed since its last trusted one.
        private bool Track(int i, SensorReading reading, double dtS)
        {
            _sinceLastS[i] += dtS;
            if (!reading.IsValid)
            {
                return false;
            }

            double c = reading.TemperatureC;
            bool changed = true;
            if (_hasLast[i])
            {
                changed = c != _lastC[i];
                double spanS = _sinceLastS[i];
                if (spanS > 0.0)
                {
                    _rateCPerS[i] += (((c - _lastC[i]) / spanS) - _rateCPerS[i]) * (spanS / (RateTimeConstantS + spanS));
                    _slowRateCPerS[i] += (((c - _lastC[i]) / spanS) - _slowRateCPerS[i]) * (spanS / (SlowRateTimeConstantS + spanS));
                }
            }

            _hasLast[i] = true;
            _lastC[i] = c;
            _sinceLastS[i] = 0.0;
            return changed;
        }

        // Both moving the same way: the slower of the two rates (a lag difference parts them by at most that times the
        // difference); moving apart or one still: 0 (no lag explains it).
        private static double CommonRate(double a, double b)
        {
            if (a > 0.0 && b > 0.0)
            {
                return CoreMath.Min(a, b);
            }

            if (a < 0.0 && b < 0.0)
            {
                return -CoreMath.Max(a, b);
            }

            return 0.0;
        }

        // Sensor i's frozen rule, with the partner's trusted reading this tick. The partner must move AWAY from the frozen
        // value: a pocket the fusion holds at the setpoint may sit on one code (a quiet sensor, review finding 6) while the
        // other pocket rewarms toward it from a cold pack (the campaign's pocket group, session 6: 3 false trips in 1,200
        // sessions on seeds 1-3); a stale sensor in a heat-up is left behind, or passed, by the live one.
        private bool Frozen(int i, bool changed, double partnerC, double dtS, bool heatWanted)
        {
            double distanceC = CoreMath.Abs(partnerC - _lastC[i]);
            if (changed || _unchangedS[i] == 0.0 && !heatWanted)
            {
                _unchangedS[i] = 0.0;
                _partnerNearestC[i] = distanceC;
                return false;
            }

            if (!heatWanted)
            {
                return false;
            }

            _unchangedS[i] += dtS;
            _partnerNearestC[i] = CoreMath.Min(distanceC, _partnerNearestC[i]);
            return _unchangedS[i] >= FrozenMinS && distanceC - _partnerNearestC[i] >= FrozenPartnerMoveC;
        }
    }
}
