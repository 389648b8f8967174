namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A detached sensor reads the room. A sensor that falls off the pad settles at the room air, and heat going
    /// in then never moves it: the pad heats unseen (review finding 4: detached while off, 240 s of full power
    /// took strong-60w from 34 to 49 °C; detached during the heat-up, the reading fell back to the room and
    /// nothing tripped). The room is taken as the lowest trusted reading since power-on (the pad starts at rest;
    /// a detached sensor follows the room air down). While heat is wanted and the reading stays within
    /// <see cref="NearRoomC"/> of the room, the heater work (Σ duty·Δt, full-power seconds) and, when the element's
    /// power is known, the heater energy (J) are counted; a real pad leaves that band after a bounded work AND a
    /// bounded energy. Both bounds are needed: heavy, strong pads need much energy but little time, weak pads much
    /// time but little energy (issue 4: a bound in time alone, tuned on the shipped pads, latched on weak heavy
    /// pads of the bench's random family in free air; one in energy alone would let a strong pad heat unseen too
    /// long). The bounds are learned from this pad's own first heat-up from the room (<see cref="LearnedFactor"/> ×
    /// its work or energy + <see cref="LearnedMarginS"/> of work), capped at <see cref="DefaultMaxWorkS"/> and
    /// <see cref="DefaultMaxEnergyJ"/>, which also hold before that; a pad that learned a work bound under the cap
    /// is judged on work alone.
    /// Until the reading has once left the room band under heat, work and energy are counted since power-on
    /// instead (a heat-up cut short by an off press and restarted still owes the reading its degree).
    /// <para>Neither count restarts when heat stops: the heat put in is still in the pad through a cool-down, an
    /// off press or a cleared fault. While no heat is wanted both are forgotten as the pad loses that heat, with a
    /// time constant of 1.5 s per full-power second of the work bound in force (<see cref="ForgetSPerBoundS"/>): a pad
    /// that needs many full-power seconds to show a degree is a heavy one and keeps its heat long. So the heat a sensor
    /// reading the room can let through stays bounded however the session is cut into phases (session 2 review:
    /// 1-min contrast phases restarted the count each minute, 599 full-power seconds went in unseen). Only a
    /// reading out of the room band, in any phase, ends the count since the reading was last at the room — unless it is
    /// falling toward the room under hard work (<see cref="FallEnvelopeCPerS"/>, <see cref="MaxFallS"/>): then the count is
    /// open from the fall's start, and judged on <see cref="FallLearnedFactor"/> × this pad's heat-up where that is lower
    /// (session 8, issue 4). A reading that came to the room in a short stretch with no heat (<see cref="RestartMaxOffS"/>: an
    /// off press, a 1-min cool phase) is judged from the heat's return on this pad's own heat-up (<see cref="RestartLearnedFactor"/>,
    /// session 9, issue 4).</para>
    /// A reading that never moved is as much an open element as a detached sensor: such a trip sets
    /// <see cref="NeverMoved"/>, and the supervisor names it heating_failed as the heating watch
    /// (<see cref="HeatingFailedCheck"/>) would, only sooner (its 240 s window let a sensor that fell off in the
    /// first minute of a heat-up heat a folded pad unseen for 241 s; issue 4 asks under 180 s). With the power
    /// unknown a reading that never moved is left to the heating watch, and a pad that showed its heat is judged
    /// on work alone.
    /// </summary>
    public sealed class RoomReadingCheck
    {
        /// <summary>Band above the room in which a reading counts as "at the room", 1.0 °C: 16 DS18B20 steps, 20× the noise σ.</summary>
        public const double NearRoomC = 1.0;

        /// <summary>
        /// Work bound before this pad's first heat-up was seen, and cap of the learned one, 160 full-power seconds:
        /// of the pads of the design range that need much energy, the slowest (thick-slow in free air at 10.8 V)
        /// moves its reading 1 °C from the room after 133 full-power seconds (simulated over the Simulator's pads and
        /// 100 pads of the bench's random family, body and free air, 10.8-14.8 V), ×1.2; and with the ticks before
        /// the cut-off opens a 70 W pad stays under issue 4's 3 minutes of unseen heat.
        /// </summary>
        public const double DefaultMaxWorkS = 160.0;

        /// <summary>
        /// Energy bound before this pad's first heat-up was seen, and cap of the learned one, 6000 J: every pad of
        /// the design range that needs over 140 full-power seconds to move its reading 1 °C from the room (weak
        /// 8-15 W heaters with up to ×3 capacity, in free air) has by then put in at most 3094 J (simulated as for
        /// <see cref="DefaultMaxWorkS"/>), ×1.9.
        /// </summary>
        public const double DefaultMaxEnergyJ = 6000.0;

        /// <summary>
        /// Seconds of forgetting time constant per full-power second of the work bound in force, 1.5: while no heat is
        /// wanted the counts decay as e^(−t / (1.5 s × bound)), 240 s at the default bound. Only a pad off the body can
        /// hold its reading at the room under heat (on a body the reading rises toward the skin's 34 °C unheated). Heat
        /// repeated at any period fills a count forgetting at τ at most τ / τ_pad times as much as it fills the pad, so
        /// the count reaches a bound B while the pad holds less than the N full-power seconds its reading needs only
        /// if τ / τ_pad &gt; B / N. Off the body every pad of the design range keeps its heat with a slow time constant
        /// of at least 1.84 × N (shipped pads and 200 pads of the bench's random family, free air and folded,
        /// 10.8–14.8 V, simulated; usb-10w in free air at 10.8 V: 86 s for N = 44 s), and B ≥ N (a learned bound is
        /// 2 N + 20 s; the default 160 s covers every pad that reaches the energy bound), so 1.5 keeps a margin of 1.2.
        /// Heat and cool phases of h seconds each fill the count toward h / (1 − e^(−h/τ)) &gt; τ &gt; B: any run of
        /// equal phases trips.
        /// </summary>
        public const double ForgetSPerBoundS = 1.5;

        /// <summary>
        /// Work bound in rated-supply full-power seconds, 200 (heater energy over the element's power at the rated
        /// 12 V supply, from the trusted sense's supply reading), that stands for <see cref="DefaultMaxWorkS"/> at
        /// supplies above 12 V: 160 full-power seconds at 16 V are 285 rated seconds of heat. Of the design range,
        /// the pads whose reading needs over 4000 J to move 1 °C need at most 151 rated seconds (thick-slow in free air
        /// at 14.8 V: a stronger supply wastes more energy in the sensor's lag, so a bound in energy alone cannot
        /// replace the one in time), ×1.3; at supplies up to 13.4 V the 160 full-power seconds come first.
        /// </summary>
        public const double DefaultMaxRatedWorkS = 200.0;

        /// <summary>Factor on the work and energy this pad needed to leave the room band on its first heat-up, 2.</summary>
        public const double LearnedFactor = 2.0;

        /// <summary>Margin added to the learned bound, 20 full-power seconds (one sensor lag of the slowest shipped pad's 35 s, halved: the start of a heat-up is partly in the lag); the energy bound adds as much energy at this pad's power.</summary>
        public const double LearnedMarginS = 20.0;

        /// <summary>
        /// Highest room estimate the check trusts, 30 °C: a pad switched on warm (a restart after a session) takes
        /// its own warmth for the room, and holding at that reading would look like heat that shows nothing.
        /// </summary>
        public const double MaxRoomC = 30.0;

        /// <summary>
        /// Time constant of the smoothing of the readings for <see cref="PadRiseC"/>, 3 s: the noise of the design range
        /// (σ up to 0.06 °C, bench random family) smoothed to σ ≈ 0.023 °C, while a pad heating off the body still shows
        /// its rise within a few seconds of the raw reading.
        /// </summary>
        public const double RiseSmoothingS = 3.0;

        /// <summary>
        /// Rise of the smoothed reading over its lowest value since it came back to the room band that shows the sensor
        /// sees the pad, 0.25 °C: four DS18B20 steps, about 11 σ of the smoothed noise. A sensor that fell off the pad
        /// settles at the room air and never rises inside the band; a pad that heats does. Once seen, the learned
        /// bounds give way to the defaults until the reading leaves the band: a bound learned on a body does not hold off
        /// it (the body warms the pad: usb-10w's first heat-up on the body left the band after 4 full-power seconds, and
        /// after the user got up and a cold pack brought it back to the room it needed more than the 28 s learned; 22 of
        /// 400 simulated contrast sessions with 5-min heat phases and a cold pack latched sensor_detached).
        /// </summary>
        public const double PadRiseC = 0.25;

        /// <summary>
        /// Least work bound, 72 full-power seconds, after the reading came back to the room band with no heat wanted, until it
        /// leaves the band under heat or rises <see cref="PadRiseC"/> in it: the body the bound may have been learned on
        /// can be gone. usb-10w learned 24 s on the body; off it, at 90 % supply, its smoothed reading rises 0.25 °C after
        /// about 25 s of full power. Heavy random-family pads with long sensor lags learned about 50 s on a body and need
        /// more than 60 s off it (contrast life of 5-min heat phases with a cold pack on 100 pads of the bench's random
        /// family, body and free air, simulated: 7 of 400 sessions latched at 48 s, 3 at 60 s, 2 of 1,200 at 72 s). A
        /// learned bound above it stands; a sensor detached while the pad was off is then caught after at most 72
        /// full-power seconds on the pads that learned less (strong-60w: surface peak 44.9 °C, simulated).
        /// </summary>
        public const double OffBodyMinWorkS = 72.0;

        /// <summary>
        /// Slowest fall of the smoothed reading that counts as a fall toward the room under hard work (mean duty ≥
        /// <see cref="HeatingFailedCheck.HardDutyFraction"/>), 0.01 °C/s (0.6 °C a minute):
        /// an envelope of the smoothed reading follows it down at this rate, and while the reading stays under it (and has not
        /// risen <see cref="PadRiseC"/> over its lowest since) the count stays open out of the room band too, from the fall's
        /// start. A sensor leaving the pad falls at (reading − room) / lag: 0.025 °C/s and more down to the band with the
        /// slowest shipped lag (40 s). A held pad's smoothed reading wanders by the noise (σ ≈ 0.023 °C) and settles from an
        /// overshoot at the pad's own pace: it touches the envelope again. Session 8 (issue 4): both sensors leaving a folded
        /// pad heating up at 27 °C reached the band 26 s after the onset and crossed its edge twice on the way down; a count
        /// begun in the band let heat flow 187–188 s, from the fall's start 160 s.
        /// </summary>
        public const double FallEnvelopeCPerS = 0.01;

        /// <summary>
        /// Longest fall toward the room counted from its start, 150 s: the slowest shipped sensor (40 s lag) leaving a pad at
        /// the over-temperature limit (47 °C) for a 16 °C room needs 40 × ln(31 / 1) = 137 s to reach the room band, + the
        /// 3 s smoothing. A longer fall is a pad cooling, and starts afresh. Session 8, the pocket group's 470058 (usb-10w, the
        /// user got up at full power 70 s in, a 24.8 °C room): the reading fell 32.8 → 25.8 °C over 240 s, most of it at duty 0
        /// with heat wanted, and the 52 full-power s of the first minute of that fall latched sensor_detached when it reached
        /// the band; with the fall counted only under hard work (<see cref="HeatingFailedCheck.HardDutyFraction"/>) and for at
        /// most 150 s it does not.
        /// </summary>
        public const double MaxFallS = 150.0;

        /// <summary>
        /// Factor on the largest work a heat-up of this pad from the room needed to leave the band, 1.5, for a count that a fall
        /// under heat opened (<see cref="FallEnvelopeCPerS"/>): the bound is then 1.5 × that work + <see cref="LearnedMarginS"/>,
        /// at least <see cref="OffBodyMinWorkS"/>, where it is lower than the one in force. Session 8: a reading that falls into
        /// the room band under heat is either off the pad or on a pad a new sink cooled (a cold pack lifted as the heat
        /// restarts: the reading still falls for its lag); simulated over the shipped pads and 500 random-family pads off the
        /// body (90 / 110 % supply, level 5 heated 2–15 min, off, a cold pack of 8–160 W/K for 0.5–10 min, lifted, restarted
        /// with the reading still over the band), the restarted pad needed at most 0.92 × its first heat-up's work to leave
        /// the band again; × 1.49 for a first heat-up learned at 110 % supply and a restart at 90 % ((13.2 / 10.8)²) is 1.37.
        /// Thick-slow, both sensors detached while off: 62 s + 126 s (2 × 53 + 20) after the off press, now 62 s + 100 s.
        /// </summary>
        public const double FallLearnedFactor = 1.5;

        /// <summary>
        /// Longest stretch with no heat wanted, 90 s, within which a reading that came to the room band makes the count from the
        /// heat's return judged on <see cref="RestartLearnedFactor"/> (session 9, issue 4: both sensors detached during a 60 s off press; a 1-min
        /// contrast cool phase). Measured for stretches of 30–90 s (below); longer stretches keep the bounds above, so a user who
        /// got off a pad learned on the body and left it for minutes is not judged on this pad's own heat-up.
        /// </summary>
        public const double RestartMaxOffS = 90.0;

        /// <summary>
        /// Factor on the largest work a heat-up of this pad from the room needed to leave the band, 1.0, for a count that heat
        /// restarted after at most <see cref="RestartMaxOffS"/> with no heat, the reading having come to the room band in that
        /// stretch (a sensor off the pad, or a cold pack lifted): the bound is then that work, at least <see cref="OffBodyMinWorkS"/>,
        /// in full-power seconds and in rated work at the first heat-up's supply both (a supply lower at the restart cannot
        /// shorten it), where it is lower than the one in force. A reading that rises <see cref="PadRiseC"/> in the band gives the
        /// count to the defaults as before, so only that rise must come first. Session 9, simulated over the shipped pads and 500
        /// random-family pads off the body (bench family seed 1; learned at 90 or 110 % supply and restarted at either; heated 2,
        /// 5 or 15 min, off 30–90 s with a cold pack of 8–1000 W/K, lifted, full power; noise-free lagged sensor, smoothed as
        /// <see cref="RiseSmoothingS"/>): an attached reading the pack brought into the band rose <see cref="PadRiseC"/> after at
        /// most 0.79 of this bound (random-274, N = 82 s), ×1.26 margin; folded-covered's after 0.67 N. To leave the band they
        /// need up to 1.0 N, so the rise rule, not the unheated time, is what makes room for the bound. Folded-covered, both
        /// sensors off during a 60 s off press: 222 s after it, now 158–162 s (faults seed 1). The learned model could not
        /// sharpen it: its core drain time and the observer's core heat are off by more than ×1.2 on both sides.
        /// </summary>
        public const double RestartLearnedFactor = 1.0;

        /// <summary>
        /// Longest stretch with no heat wanted, 180 s, after which heat back with the reading near the room opens the restart rise
        /// watch (<see cref="RestartRiseCapacityJPerK"/>). Session 12, issue 4: review 12's scenario with a 90 s off press
        /// (91 s with no heat) was past <see cref="RestartMaxOffS"/> and ran on the 160 s default bound (strong-60w in the air,
        /// r = 0.0065 °C/s: 300 s, 56.8 °C). Twice the off presses simulated; the watch asks for a rise, not for this pad's
        /// heat-up bound, so a body gone in a longer stretch does not trip it. A longer stretch opens it only when it was the user's
        /// off press and the reading rose in it on its own (<see cref="RestartWatchOffRiseC"/>, session 13).
        /// </summary>
        public const double RestartWatchMaxOffS = 180.0;

        /// <summary>
        /// Rise of the smoothed reading over its lowest of the stretch with no heat, 0.25 °C (<see cref="PadRiseC"/>), by which a
        /// stretch longer than <see cref="RestartWatchMaxOffS"/> spent wholly with the session off (the user's off press: no
        /// program's cool phase, no fault) still opens the restart rise watch. Session 13, issue 4 (review 13b): sensors that left
        /// the pad in an off press of 185–240 s onto a surface warming 0.005 °C/s were never named (strong-60w in the air 58.3 °C);
        /// their reading rises on its own through the off (about 0.8 °C over its lowest after 185 s). A pad whose sensors stay on it
        /// only cools with the heat off — its reading falls or holds — so after a long off it opens no watch: its whole mass is
        /// cold then and its reading rises late, like a first heat-up in the air, which a bound learned on the body does not wait
        /// for (thick-slow learned on the body, off 240–1,200 s with a cold pack: the watch latched at 121–125 s on 34 of 5,520
        /// runs without this rise; its reading showed the pad after up to 186 full-power seconds). The program's cool phases keep
        /// the 180 s: the campaign's contrast sessions with 8–15 min cool phases under the pack latched when the watch had no limit.
        /// After such a long off the band is <see cref="RestartWatchBandC"/>'s 3 °C (<see cref="RestartWatchOffPressBandC"/>).
        /// Since session 16 a long off press with no such rise opens the watch too on a pad with a learned model, judged at its
        /// bound on that model's response to the heat instead (<see cref="RestartWatchResponseFraction"/>).
        /// </summary>
        public const double RestartWatchOffRiseC = PadRiseC;

        /// <summary>
        /// Highest reading over the room, 3 °C, at which heat back after at most <see cref="RestartWatchMaxOffS"/> with no heat opens
        /// the restart rise watch (<see cref="RestartRiseCapacityJPerK"/>). Session 12, issue 4: both sensors off the pad since a
        /// 60 s off press, resting on a surface warming on its own at r °C/s (review 12's scenario), read room + 0.1 °C + r × 60 s
        /// and a lag's worth more when the heat returns: 1.2–1.9 °C over the room for r = 0.01–0.02 (strong-60w at r = 0.015 read
        /// 1.8 °C over the room: it never entered the 1 °C band, and the count the fall under heat opened closed when the fall
        /// ended). An attached reading this near the room after an off of minutes means a cold pack took the pad there.
        /// </summary>
        public const double RestartWatchBandC = 3.0;

        /// <summary>
        /// Highest reading over the room, 4 °C, at which heat back opens the restart rise watch after a stretch with no heat spent
        /// wholly with the session off (the user's off press; <see cref="RestartWatchBandC"/>'s 3 °C after a program's cool phase or
        /// a fault). Session 13, issue 4 (review 13b): both sensors off the pad in a 60 s off press, landing on a surface 2.5 °C over
        /// the room and warming 0.005–0.01 °C/s, read 3.1–4.0 °C over the room when heat returns (0.3–0.9 °C of the hot pad left
        /// in their 15 / 20 s lags, and the surface's own rise), so the 3 °C band never opened the watch: thick-slow in the air
        /// named at 777 s, 50.4 °C, on a body never, 49.6 °C; nominal-12v in a 29 °C room never, 49.8 °C. At 4 °C: named 123–161 s
        /// after the restart at 42.0–46.5 °C. Cost in the `restarts` scan (offs of 45 / 90 s: off presses): no run with the pack
        /// lifted latched that main did not, +10 with the 8 W/K pack left on into the heat (2,040 → 2,050; the class the README
        /// tells the user to avoid); with both sensors off the pad random-023 learned on the body (L5, 45 s off) is named 6 s
        /// sooner (80 → 74 s). The cool phases keep 3 °C: 4 °C for every stretch latched normal life seed 2's pocket group
        /// (270167, a cool phase under the pack, 18.4 °C room; session 12). Only after an off press of at most
        /// <see cref="RestartWatchMaxOffS"/>: a longer one keeps 3 °C, since in a 30 °C room a user lying back down at its end
        /// lifts an attached reading 0.25 °C (<see cref="RestartWatchOffRiseC"/>) and keeps it within 4 °C of the room, the skin
        /// being at 34 °C; with 4 °C, 8 of 1,288 such restarts latched (random-016 / -028 / -029 / -032, 600 s off, lying back
        /// down 100 s before the restart, 136–322 s after it), with 3 °C none of 1,932 (rooms 26 / 28 / 30 °C, offs 90–1,200 s).
        /// </summary>
        public const double RestartWatchOffPressBandC = 4.0;

        /// <summary>
        /// Heat capacity, J/K, by which the heater energy put in since the heat's return must at least warm the reading in the
        /// restart rise watch, 3,000 J/K: the heaviest load of the design range, folded-covered's core and surface with the
        /// bedding it warms (2,620 J/K; 2,700 in <see cref="HeatEnergyCheck.MaxCapacityJPerK"/>), ×1.15. The watch opens when heat
        /// returns after at most <see cref="RestartWatchMaxOffS"/> with no heat, the reading within <see cref="RestartWatchBandC"/>
        /// of the room, on a pad that learned its heat-up; it keeps the excess E = max(0, E + Δ(smoothed reading) − demand), the
        /// demand the energy over 3,000 J/K or <see cref="RestartRiseRateFraction"/> × this pad's learned heat-up rate × the rated
        /// work, whichever is lower. E reaching <see cref="PadRiseC"/> shows the pad (a sensor's lag only delays the excess: an
        /// attached reading then rises at the pad's own pace); the work since the heat's return reaching this pad's learned bound
        /// (2 × its largest heat-up work + 20 s, 72–160 s) with at least <see cref="RestartWatchEnergyJ"/> put in latches
        /// sensor_detached first. A sensor resting off the pad on a surface warming on its own rises at the surface's pace
        /// whatever the heat (review 12: 0.005–0.02 °C/s), while 60–80 W into at most 3,000 J/K demand 0.020–0.027 °C/s. Before
        /// it (session 11's main), a rise of 0.25 °C in the band handed the count to the 160 s default, or the surface took the
        /// reading out of the band and ended the count (nominal-12v in the air, r = 0.008: 300 s, 52.3 °C).
        /// Measured (session 12, warm12): review 12's scenario over the shipped pads but usb-10w (body / air, r = 0–0.02 °C/s,
        /// offs of 45 / 60 / 90 s, 270 runs and 50 repeats): unnamed 64 → 2, named after 180 s 135 → 36, surface over 48 °C
        /// 88 → 13; review 10's restart scan: no new latch with the pack lifted, +108 with the 8 W/K pack left on into the heat.
        /// A learned rate alone cannot stand in for the capacity: learned on the body it is several times the rate off it (usb-10w
        /// 1.16 °C per full-power second; +423 latches with the pack lifted in the restart scan).
        /// </summary>
        public const double RestartRiseCapacityJPerK = 3000.0;

        /// <summary>
        /// Fraction of this pad's learned heat-up rate (°C per rated full-power second from the room band's edge to a degree over it,
        /// its first heat-up) that caps the restart rise watch's demand, 0.5 (<see cref="RestartRiseCapacityJPerK"/>): a pad lighter
        /// than 3,000 J/K whose reading still rises slowly (folded-covered after a 160 W/K pack lifted: about 0.015 °C/s, 70 W
        /// demanding 0.023 °C/s; thick-slow's 35–40 s lags) is asked half its own heat-up's pace.
        /// </summary>
        public const double RestartRiseRateFraction = 0.5;

        /// <summary>
        /// Least heater energy since the heat's return before the restart rise watch may latch, 5,000 J (72 s of a 69 W pad): weak
        /// pads are given the time their lagged readings need. Review 10's restart scan: at 4,320 J (72 s of 60 W) random-019 (60 W
        /// at 13 V, 37 s lag, learned on the body) latched 6 times at 72–73 s after a 40 W/K pack lifted; at 5,000 J none.
        /// </summary>
        public const double RestartWatchEnergyJ = 5000.0;

        /// <summary>
        /// Rise of the smoothed reading over its lowest since heat returned, °C (<see cref="PadRiseC"/>, 0.25 °C), under which a
        /// reading that was in the room band at the return and creeps over the band's edge by less than as much (the smoothed reading
        /// within <see cref="NearRoomC"/> + 0.25 °C of the room) stays in the count, on a pad that may burn only
        /// (<see cref="SensorCouplingCheck.PadMayBurn"/>), and keeps the off-body suspect's bound (<see cref="OffBodyMinWorkS"/>).
        /// Session 15, issue 4 (review 15b, traced by bedding14): both sensors off the pad since a 185 s off press, resting on bedding
        /// the pad's own heat warms (strong-60w in the air, L1, 0.002 °C/s + 5 % of the pad's excess), read 0.97 °C over the room at
        /// the restart and crossed the band's edge by one DS18B20 step 5–10 s after it: out of the band and not falling was "the pad
        /// shown", the count reset, and the surface passed 48 °C at 154 s unnamed (59.4 °C; frozen_reading at 1,085 s). An attached
        /// pad's reading that heat takes over the edge goes on rising: four DS18B20 steps past its lowest since the return end the
        /// hold and show it as before (the lowest, not the value at the return: a lagged reading still falling after a 1,000 W/K
        /// pack was lifted, then rising back over the edge 0.6 °C over its lowest but under 0.25 °C over its value at the return,
        /// latched a false sensor_detached on random-065, RestartAfterShortOffTests). The may-burn gate as the fall rule's: a weak
        /// pad's full power holds its reading barely over the band (review 9: usb-10w under a cold pack latched sensor_detached at
        /// 569 s without the gate). Measured: named 72–161 s after the restart on 43 of 6,720 runs of review 15b's class (6 never
        /// named, 22 named past 48 °C before); the `restarts` scan adds no latch (8 pack-left-on latches sooner).
        /// </summary>
        public const double RestartCreepC = PadRiseC;

        /// <summary>
        /// Fraction of the learned model's response to the heat put in since the heat's return (the sensor's rise the adopted
        /// <see cref="PadThermalModel"/> gives for the duty applied, from rest: <see cref="PadThermalModel.AdvanceResponse"/>) under
        /// which the restart rise watch that a long off press opened WITHOUT its reading's rise (<see cref="RestartWatchOffRiseC"/>)
        /// latches at its bound, 0.15; at or over it the watch ends as "pad seen". Session 16, issue 4 (review 15b's class: both
        /// sensors off the pad since an off press of 185–1,200 s, resting on bedding the pad's own heat warms, or lagging 50 s, read
        /// 1–3 °C over the room at the restart with a rise under 0.1 °C over the off's lowest — the bedding's pad-warmed part cools
        /// through the off — so no watch opened and the surface passed 48 °C unnamed). Such a long off opens the watch now whatever
        /// the rise, on a pad with a learned model, and judges it at the bound on the model: a reading resting off the pad rises
        /// with its surface, a small part of what the model says the heat does to the pad; an attached pad's reading rises a large
        /// part of it even when its whole mass is cold after a pack (thick-slow learned on the body, the model's 2.4–2.7 °C in
        /// 121–125 full-power s, where the watch's capacity demand latched it). Measured at the bound (scratch scans, session 16):
        /// the 398 detached runs this names that the base left past 48 °C at most 0.106 (strong-60w on the body, L1, 300 s off,
        /// bedding 0.001 °C/s + 10 % of the pad's excess); the attached runs of review 14a's warming-room and fridge-pack scenarios
        /// (8,544 runs, rooms 16–30 °C) at least 0.230 (thick-slow learned on the body in a 16 °C room, L5, 600 s off, an 8 W/K pack
        /// lifted, the room warming 0.001 °C/s); 0.15 sits between with ×1.42 / ×1.53. The watch a rise opened keeps its judgement
        /// as before: there detached thick-slow on the body reaches 0.75, inside the attached runs' 0.35–0.72.
        /// Review 17c (session 16): a cold pack still on the pad for the first 10–90 s after the restart holds an attached reading
        /// 0.1–0.37 °C under the watch's start, and counted from the start its rise was 0.018–0.143 of the response (681 of 4,212
        /// thick-slow runs latched falsely). So both the rise and the response are counted from the reading's lowest since the
        /// watch opened: a new low restarts the response from rest. That class 156 → 2 new latches against the base in 1,470
        /// runs; the detached subset (6,720 runs) never named past 48 °C 180 → 39 instead of bed16's 24.
        /// </summary>
        public const double RestartWatchResponseFraction = 0.15;

        private bool _hasRoom;
        private bool _lastAtRoom;
        private bool _offBodySuspect;
        private bool _hasSmooth;
        private double _smoothC;
        private double _stretchLowC = double.MaxValue;
        private bool _padRose;
        private double _roomC;
        private double _workS;
        private double _energyJ;
        private bool _lastHeatWanted;
        private bool _heatSeen;
        private bool _learning;
        private double _learnWorkS;
        private double _learnEnergyJ;
        private bool _hasLearned;
        private double _maxWorkS = DefaultMaxWorkS;
        private double _maxEnergyJ = DefaultMaxEnergyJ;
        private double _unseenWorkS;
        private double _unseenEnergyJ;
        private double _ratedWorkS;
        private double _unseenRatedWorkS;
        private bool _neverMoved;
        private bool _hasFallEnvelope;
        private double _fallEnvelopeC;
        private double _fallLowC;
        private double _fallS;
        private bool _countFromRoom;
        private bool _fallOpened;
        private double _largestHeatUpWorkS;
        private double _carriedWorkS;
        private double _carriedEnergyJ;
        private double _unheatedS;
        private bool _roomWhileUnheated;
        private bool _restartOpened;
        private double _learnRatedWorkS;
        private double _learnedRatedPerWorkS = 1.0;
        private bool _rateLearning;
        private double _rateRatedS;
        private double _learnedRateCPerRatedS;
        private double _watchEnergyJ;
        private double _watchBoundS;
        private bool _watch;
        private double _watchWorkS;
        private double _watchRatedS;
        private double _watchExcessC;
        private double _watchLastC;
        private bool _watchTripped;
        private bool _unheatedInSession;
        private double _offLowC;
        private bool _creepHold;
        private readonly PadThermalModel _watchModel = new PadThermalModel();
        private bool _watchByResponse;
        private double _watchStartC;
        private double _responseCoreC;
        private double _responseSurfaceC;
        private double _responseSensorC;
        private double _lowestSinceReturnC;

        /// <summary>The work bound in force, full-power seconds (0..<see cref="DefaultMaxWorkS"/>).</summary>
        public double MaxWorkS
        {
            get { return _maxWorkS; }
        }

        /// <summary>The energy bound in force, J (0..<see cref="DefaultMaxEnergyJ"/>).</summary>
        public double MaxEnergyJ
        {
            get { return _maxEnergyJ; }
        }

        /// <summary>True when the last trip came before the reading had ever left the room band under heat (an open element looks the same).</summary>
        public bool NeverMoved
        {
            get { return _neverMoved; }
        }

        /// <summary>
        /// Feeds one trusted reading (°C), the seconds since the last trusted one (≥ 0), the mean duty applied over
        /// them (0..1) and whether heat is wanted, with the element's power unknown. True when heat went in with the
        /// reading stuck at the room.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, 0.0);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool)"/>, with the element's power at full duty, W (≥ 0, from
        /// the trusted heater sense; 0 when unknown), the supply taken as the rated one.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, dtS * HeaterDutyLimits.Clamp(dutyFraction));
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double)"/>, with the heater work over the interval in
        /// rated-supply full-power seconds (<paramref name="ratedWorkS"/> ≥ 0: the work × (supply / 12 V)², see
        /// <see cref="Supervisor.RatedWorkS"/>).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double ratedWorkS)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, ratedWorkS, true);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, double)"/>; <paramref name="padMayBurn"/> false (the
        /// learned full power cannot take this pad to a burn, <see cref="SensorCouplingCheck.PadMayBurn"/>) counts no fall
        /// under heat from its start (<see cref="FallEnvelopeCPerS"/>): the count begins in the room band, as before session 8.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double ratedWorkS, bool padMayBurn)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, ratedWorkS, padMayBurn, true);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, double, bool)"/>; <paramref name="sessionActive"/> false while
        /// the user has pressed off (no session: no program's cool phase, no fault): a stretch with no heat spent wholly so, longer
        /// than <see cref="RestartWatchMaxOffS"/>, still opens the restart rise watch when the reading rose in it on its own
        /// (<see cref="RestartWatchOffRiseC"/>).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double ratedWorkS, bool padMayBurn, bool sessionActive)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, ratedWorkS, padMayBurn, sessionActive, null);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, double, bool, bool)"/>, with the pad's learner (null: none):
        /// with a learned model, an off press longer than <see cref="RestartWatchMaxOffS"/> opens the restart rise watch without
        /// its reading's rise, judged at its bound on the model's response to the heat put in (<see cref="RestartWatchResponseFraction"/>).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double ratedWorkS, bool padMayBurn, bool sessionActive, PadModelLearner learner)
        {
            if (!heatWanted)
            {
                // Whether this stretch with no heat saw the session on (a program's cool phase, a fault) at any time.
                _unheatedInSession = (_unheatedInSession && _unheatedS > 0.0) || sessionActive;
            }

            _watchTripped = false;
            if (UpdateCount(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, ratedWorkS, padMayBurn, learner))
            {
                return true;
            }

            if (_watchTripped)
            {
                // Heat back after a short off, the reading near the room and not rising as the energy put in would warm a pad (RestartRiseCapacityJPerK).
                _neverMoved = false;
                return true;
            }

            return false;
        }

        private bool UpdateCount(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double ratedWorkS, bool padMayBurn, PadModelLearner learner)
        {
            if (!_hasRoom || temperatureC < _roomC)
            {
                _hasRoom = true;
                _roomC = temperatureC;
            }

            bool atRoom = temperatureC <= _roomC + NearRoomC;
            // A reading RestartCreepC holds in the count (the previous tick's hold) is still in the band for the in-band rise too:
            // clearing the rise there while keeping the count judged a count the pad had earned (the rise's default bound) on the
            // learned or off-body bound, and latched a false sensor_detached seconds after an off / on press at the band's edge
            // (review 16a: a pad rising slowly through the band after a cold pack or a long off, pressed off and on again at
            // 0.8-0.97 C over the room; 3,168-run scan 23 -> 48 latches with the hold alone, 23 with this).
            TrackRise(temperatureC, dtS, atRoom || _creepHold);
            bool powerKnown = fullPowerW > 0.0;
            double workS = dtS * HeaterDutyLimits.Clamp(dutyFraction);
            double energyJ = powerKnown ? workS * fullPowerW : 0.0;
            double ratedS = ratedWorkS > 0.0 ? ratedWorkS : 0.0;
            bool heatStarts = heatWanted && !_lastHeatWanted;
            _lastHeatWanted = heatWanted;
            // A reading falling under heat shows no heat, in the room band or out of it (FallEnvelopeCPerS).
            // Only on a pad that may burn: a weak pad's full power holds its reading barely over the band (review 9: usb-10w under a
            // cold pack with nobody on it, 1.2 °C over the room), and its falls into the band are no sign of a sensor off it.
            bool falling = TrackFall(dtS, padMayBurn && heatWanted && HeaterDutyLimits.Clamp(dutyFraction) >= HeatingFailedCheck.HardDutyFraction);
            // A reading in the band as heat returns that creeps over its edge by less than RestartCreepC since stays counted.
            if (heatStarts)
            {
                _creepHold = atRoom;
                _lowestSinceReturnC = _smoothC;
            }
            else if (_smoothC < _lowestSinceReturnC)
            {
                // The lowest since the return: a reading still falling for its lag when the heat returns (a cold pack lifted)
                // that then rises has shown the heat.
                _lowestSinceReturnC = _smoothC;
            }

            _creepHold = _creepHold && heatWanted && padMayBurn && _smoothC < _lowestSinceReturnC + RestartCreepC && _smoothC <= _roomC + NearRoomC + RestartCreepC;
            bool inCount = atRoom || _creepHold;
            bool shown = !inCount && !falling;
            if (shown && _countFromRoom && heatWanted && _hasLearned && !_learning && _workS - _carriedWorkS > 0.0)
            {
                // A later heat-up from the room showed this pad's heat after _workS: the bound is the largest any
                // heat-up asked for (the pad's conditions change: a body leaves, a cold pack lies on it). The work of the
                // fall that brought the reading to the room was done before it got there: not this heat-up's.
                _largestHeatUpWorkS = CoreMath.Max(_largestHeatUpWorkS, _workS - _carriedWorkS);
                Relearn((LearnedFactor * (_workS - _carriedWorkS)) + LearnedMarginS, (LearnedFactor * (_energyJ - _carriedEnergyJ)) + (LearnedMarginS * fullPowerW), powerKnown);
            }

            if (atRoom && !_countFromRoom)
            {
                // The count reaches the room: what a fall under heat put in on its way here (the count was open since the
                // fall's start) stays counted, and is set apart from this pad's own heat-up for Relearn.
                _countFromRoom = true;
                _carriedWorkS = _workS;
                _carriedEnergyJ = _energyJ;
            }

            if (!inCount && heatWanted)
            {
                _offBodySuspect = false;
            }
            else if (atRoom && !_lastAtRoom && !heatWanted && _hasLearned)
            {
                // Back at the room with no heat: the pad may have lost the body its bound was learned on (OffBodyMinWorkS).
                _offBodySuspect = true;
            }

            // A reading that came to the room band with no heat wanted, and heat back within RestartMaxOffS: the count from the
            // restart is judged on this pad's own heat-up (RestartLearnedFactor).
            if (!atRoom)
            {
                _roomWhileUnheated = false;
            }
            else if (!_lastAtRoom && !heatWanted)
            {
                _roomWhileUnheated = true;
            }

            if (heatStarts && atRoom && _roomWhileUnheated && _unheatedS <= RestartMaxOffS && _hasLearned && !_learning && _countFromRoom)
            {
                _restartOpened = true;
            }

            _watchTripped = UpdateRestartWatch(temperatureC, dtS, workS, energyJ, ratedS, heatWanted, heatStarts, powerKnown, learner);
            _unheatedS = heatWanted ? 0.0 : _unheatedS + (dtS > 0.0 ? dtS : 0.0);
            _lastAtRoom = atRoom;
            if (shown)
            {
                // The sensor sees a warm pad: whatever went in since the reading was last at the room has shown. A reading
                // out of the band that falls under heat shows nothing: the count stays open from the fall's start (issue 4,
                // both sensors off a folded pad heating up at 27 °C reached the band 26 s after leaving the pad, and a count
                // from there let 187 s of heat in; the readings then crossed the band's edge twice on their way down).
                _workS = 0.0;
                _energyJ = 0.0;
                _ratedWorkS = 0.0;
                _carriedWorkS = 0.0;
                _carriedEnergyJ = 0.0;
                _countFromRoom = false;
                _fallOpened = false;
                _restartOpened = false;
            }

            if (!heatWanted)
            {
                // The heat put in is still in the pad: forget it only as the pad can lose it (ForgetSPerBoundS). A
                // first heat-up cut short keeps what it learned so far (larger, never smaller, than this pad needs),
                // unless the reading moves without heat (a body lying down), which is not this pad's heat-up.
                if (!atRoom)
                {
                    _learning = false;
                }

                Forget(dtS);
                return false;
            }

            if (heatStarts && !_hasLearned && !_learning && atRoom)
            {
                // The first heat-up is learned only when it starts from the room.
                _learning = true;
                _learnWorkS = 0.0;
                _learnEnergyJ = 0.0;
                _learnRatedWorkS = 0.0;
            }

            if (_learning)
            {
                if (atRoom)
                {
                    _learnWorkS += workS;
                    _learnEnergyJ += energyJ;
                    _learnRatedWorkS += ratedS;
                }
                else
                {
                    _learning = false;
                    _hasLearned = true;
                    _rateLearning = true;
                    _rateRatedS = 0.0;
                    _largestHeatUpWorkS = CoreMath.Max(_largestHeatUpWorkS, _learnWorkS);
                    _learnedRatedPerWorkS = _learnWorkS > 0.0 && _learnRatedWorkS > 0.0 ? _learnRatedWorkS / _learnWorkS : 1.0;
                    double learnedS = (LearnedFactor * _learnWorkS) + LearnedMarginS;
                    _maxWorkS = learnedS < DefaultMaxWorkS ? learnedS : DefaultMaxWorkS;
                    double learnedJ = (LearnedFactor * _learnEnergyJ) + (LearnedMarginS * fullPowerW);
                    _maxEnergyJ = powerKnown && learnedJ < DefaultMaxEnergyJ ? learnedJ : DefaultMaxEnergyJ;
                }
            }

            if (!atRoom)
            {
                _heatSeen = true;
            }

            if (!_heatSeen)
            {
                // Until this pad has shown its heat at the sensor, work and energy are counted since power-on (less
                // what the heat-off stretches forgot): a heat-up cut short by an off press gave the pad its heat already.
                _unseenWorkS += workS;
                _unseenEnergyJ += energyJ;
                _unseenRatedWorkS += ratedS;
                if (_roomC <= MaxRoomC && WorkBoundReached(_unseenWorkS, _unseenRatedWorkS, DefaultMaxWorkS) && _unseenEnergyJ >= DefaultMaxEnergyJ)
                {
                    _neverMoved = true;
                    return true;
                }

                return false;
            }

            if (shown || _roomC > MaxRoomC)
            {
                return false;
            }

            _workS += workS;
            _energyJ += energyJ;
            _ratedWorkS += ratedS;
            if (!inCount)
            {
                // Falling toward the room under heat: counted, judged once in the band.
                _fallOpened = true;
                return false;
            }

            // A pad whose own heat-up learned a work bound under the cap is judged on work alone (as fast as it showed
            // itself); the energy bound is asked only of pads slow enough to reach the cap, or not yet learned.
            // A reading that rose inside the band sees a pad that heats: its learned bounds may come from a body that is
            // gone (PadRiseC), so the defaults judge it.
            double boundS = _padRose ? DefaultMaxWorkS : (_offBodySuspect && _maxWorkS < OffBodyMinWorkS ? OffBodyMinWorkS : _maxWorkS);
            if (_fallOpened && _hasLearned && !_padRose)
            {
                // The count began with a fall under heat (FallLearnedFactor): a pad a sink cooled shows its heat sooner.
                double fallBoundS = HeatUpBoundS(FallLearnedFactor, LearnedMarginS);
                boundS = CoreMath.Min(boundS, fallBoundS);
            }

            if (_restartOpened && _hasLearned && !_padRose)
            {
                // Heat back after a short stretch with no heat, the reading come to the room in it (RestartLearnedFactor): judged
                // on this pad's own heat-up in full-power seconds and in rated work at that heat-up's supply both, so a supply
                // that changed since cannot shorten it.
                double restartS = HeatUpBoundS(RestartLearnedFactor, 0.0);
                if (restartS < boundS && HeatUpWorkReached(_workS, _ratedWorkS, restartS))
                {
                    _neverMoved = false;
                    return true;
                }
            }

            double boundJ = _padRose ? DefaultMaxEnergyJ : _maxEnergyJ;
            bool energyGate = powerKnown && boundS >= DefaultMaxWorkS;
            if (WorkBoundReached(_workS, _ratedWorkS, boundS) && (!energyGate || _energyJ >= boundJ))
            {
                _neverMoved = false;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Ends a learning heat-up (a cleared fault). The room, the learned bounds and the work and energy counted keep:
        /// clearing a fault takes no heat out of the pad; the counts are forgotten only as the pad cools while no heat
        /// is wanted (the fault itself is such a stretch), or when the reading leaves the room band.
        /// </summary>
        public void Reset()
        {
            _learning = false;
            _lastHeatWanted = false;
            _hasFallEnvelope = false;
            _rateLearning = false;
            _watch = false;
        }

        /// <summary>
        /// The restart watch's response judgement counted from the reading now: the rise's start and the learned model's response
        /// to the heat, from rest (<see cref="RestartWatchResponseFraction"/>).
        /// </summary>
        private void RestartResponse()
        {
            _watchStartC = _smoothC;
            _responseCoreC = 0.0;
            _responseSurfaceC = 0.0;
            _responseSensorC = 0.0;
        }

        private bool UpdateRestartWatch(double temperatureC, double dtS, double workS, double energyJ, double ratedS, bool heatWanted, bool heatStarts, bool powerKnown, PadModelLearner learner)
        {
            // This pad's heat-up rate: the rated work its first heat-up from the room took from the band's edge to a degree
            // over it (work only counts while it goes in; a stretch with no heat wanted pauses it).
            if (_rateLearning && heatWanted)
            {
                _rateRatedS += ratedS;
                if (temperatureC >= _roomC + (2.0 * NearRoomC))
                {
                    _rateLearning = false;
                    _learnedRateCPerRatedS = _rateRatedS > 0.0 ? NearRoomC / _rateRatedS : 0.0;
                }
            }

            if (!heatWanted)
            {
                // The lowest smoothed reading of this stretch with no heat (RestartWatchOffRiseC).
                _offLowC = _unheatedS > 0.0 && _offLowC < _smoothC ? _offLowC : _smoothC;
                _watch = false;
                return false;
            }

            // After a longer stretch, only the user's off press (no cool phase, no fault) in which the reading rose on its own
            // (RestartWatchOffRiseC).
            bool longOffRose = !_unheatedInSession && _smoothC >= _offLowC + RestartWatchOffRiseC;
            // After the user's longer off with no such rise, a pad with a learned model is watched too, judged on the model's
            // response to the heat (RestartWatchResponseFraction).
            bool longOffByResponse = !_unheatedInSession && !longOffRose && _unheatedS > RestartWatchMaxOffS && learner != null && learner.HasModel;
            if (heatStarts && (_unheatedS <= RestartWatchMaxOffS || longOffRose || longOffByResponse) && _hasLearned && !_learning && powerKnown
                && _roomC <= MaxRoomC && temperatureC <= _roomC + (_unheatedInSession || _unheatedS > RestartWatchMaxOffS ? RestartWatchBandC : RestartWatchOffPressBandC))
            {
                // Heat back after a short off (or the user's longer one the reading rose in on its own) with the reading near the
                // room (RestartWatchBandC, RestartWatchOffPressBandC after the user's off press): it must rise at least as the
                // heaviest load would for the energy put in (RestartRiseCapacityJPerK) before the restart bound's work has gone in.
                _watch = true;
                _watchByResponse = longOffByResponse;
                if (longOffByResponse)
                {
                    // The model adopted as the heat returns, run from rest with the duty applied since (no allocation).
                    _watchModel.CopyFrom(learner.Model);
                }

                RestartResponse();
                _watchWorkS = 0.0;
                _watchEnergyJ = 0.0;
                _watchRatedS = 0.0;
                _watchExcessC = 0.0;
                _watchLastC = _smoothC;
                // The bound is this pad's as the heat returns: a surface warming on its own that takes the reading out of the
                // band relearns the count's heat-up work (nominal-12v, r = 0.008 °C/s: 66 s, a bound of 152 s) and must not
                // stretch the watch with it.
                _watchBoundS = CoreMath.Min(DefaultMaxWorkS, HeatUpBoundS(LearnedFactor, LearnedMarginS));
            }

            if (!_watch)
            {
                return false;
            }

            if (_watchByResponse && _smoothC < _watchStartC)
            {
                // A reading under the watch's start (a pack still cooling the pad after the restart): the rise and the model's
                // response are counted from this low (review 17c, RestartWatchResponseFraction).
                RestartResponse();
            }

            if (_watchByResponse && dtS > 0.0)
            {
                // The duty at the model's power: the supply's share now over this pad's first heat-up's (rated work per work), so a
                // supply sagging since the model was learned is not asked the rise of the full power (SensorCouplingCheck's range).
                double powerRatio = workS > 0.0 && ratedS > 0.0 && _learnedRatedPerWorkS > 0.0
                    ? CoreMath.Clamp((ratedS / workS) / _learnedRatedPerWorkS, SensorCouplingCheck.MinPowerRatio, SensorCouplingCheck.MaxPowerRatio)
                    : 1.0;
                _watchModel.AdvanceResponse(dtS, (workS / dtS) * powerRatio, ref _responseCoreC, ref _responseSurfaceC, ref _responseSensorC);
            }

            _watchWorkS += workS;
            _watchRatedS += ratedS;
            _watchEnergyJ += energyJ;
            double demandC = energyJ / RestartRiseCapacityJPerK;
            if (_learnedRateCPerRatedS > 0.0)
            {
                demandC = CoreMath.Min(demandC, RestartRiseRateFraction * _learnedRateCPerRatedS * ratedS);
            }

            _watchExcessC += (_smoothC - _watchLastC) - demandC;
            _watchLastC = _smoothC;
            if (_watchExcessC < 0.0)
            {
                _watchExcessC = 0.0;
            }

            if (_watchExcessC >= PadRiseC)
            {
                // The reading rose as a pad does for the heat put in: the sensor sees it.
                _watch = false;
                return false;
            }

            if (HeatUpWorkReached(_watchWorkS, _watchRatedS, _watchBoundS) && _watchEnergyJ >= RestartWatchEnergyJ)
            {
                // A watch opened without the off's rise latches only on a reading that rose less than a fraction of what the model
                // says the heat did to the pad (RestartWatchResponseFraction); otherwise the pad is seen.
                _watch = false;
                return !_watchByResponse || _smoothC - _watchStartC < RestartWatchResponseFraction * _responseSensorC;
            }

            return false;
        }

        private void Relearn(double learnedS, double learnedJ, bool powerKnown)
        {
            double boundS = learnedS < DefaultMaxWorkS ? learnedS : DefaultMaxWorkS;
            if (boundS > _maxWorkS)
            {
                _maxWorkS = boundS;
            }

            double boundJ = powerKnown && learnedJ < DefaultMaxEnergyJ ? learnedJ : DefaultMaxEnergyJ;
            if (boundJ > _maxEnergyJ)
            {
                _maxEnergyJ = boundJ;
            }
        }

        private void TrackRise(double temperatureC, double dtS, bool atRoom)
        {
            // Smoothed reading (first order, RiseSmoothingS) and its lowest value since the reading came back to the
            // room band; a rise of PadRiseC over it holds until the reading leaves the band.
            if (!_hasSmooth)
            {
                _hasSmooth = true;
                _smoothC = temperatureC;
            }
            else
            {
                double step = dtS > 0.0 ? dtS : 0.0;
                _smoothC += (temperatureC - _smoothC) * (step / (RiseSmoothingS + step));
            }

            if (!atRoom)
            {
                _padRose = false;
                _stretchLowC = double.MaxValue;
                return;
            }

            if (_smoothC < _stretchLowC)
            {
                _stretchLowC = _smoothC;
            }

            if (_smoothC >= _stretchLowC + PadRiseC)
            {
                _padRose = true;
            }
        }

        // A bound on this pad's largest heat-up from the room: factor × its work + margin, full-power seconds, never under
        // OffBodyMinWorkS (the body it was learned on may be gone).
        private double HeatUpBoundS(double factor, double marginS)
        {
            return CoreMath.Max(OffBodyMinWorkS, (factor * _largestHeatUpWorkS) + marginS);
        }

        // A bound on this pad's heat-up reached in full-power seconds and in rated work at that heat-up's supply both, so a supply
        // that changed since cannot shorten it.
        private bool HeatUpWorkReached(double workS, double ratedWorkS, double boundS)
        {
            return workS >= boundS && ratedWorkS >= boundS * _learnedRatedPerWorkS;
        }

        private static bool WorkBoundReached(double workS, double ratedWorkS, double maxWorkS)
        {
            // At the cap, heat above the rated supply counts as the energy it is (DefaultMaxRatedWorkS); a learned bound
            // stands on this pad's own heat-up.
            return workS >= maxWorkS || (maxWorkS >= DefaultMaxWorkS && ratedWorkS >= DefaultMaxRatedWorkS);
        }

        private void Forget(double dtS)
        {
            // First-order loss of the stored heat, at the time constant the bound in force stands for (ForgetSPerBoundS).
            double unseenKept = CoreMath.Exp(-dtS / (ForgetSPerBoundS * DefaultMaxWorkS));
            _unseenWorkS *= unseenKept;
            _unseenEnergyJ *= unseenKept;
            _unseenRatedWorkS *= unseenKept;
            double kept = CoreMath.Exp(-dtS / (ForgetSPerBoundS * _maxWorkS));
            _workS *= kept;
            _energyJ *= kept;
            _ratedWorkS *= kept;
            _carriedWorkS *= kept;
            _carriedEnergyJ *= kept;
        }

        private bool TrackFall(double dtS, bool hardWork)
        {
            // The smoothed reading's peak envelope, run only under hard work, follows it down at FallEnvelopeCPerS: a reading
            // under it is falling faster than a pad settling; one that touches it, or rises PadRiseC over its lowest since the
            // fall began, holds, turns, or settles. Work under HardDutyFraction ends every fall (a stop of the heat, a cool
            // phase's cold pack, a pause of the controller: a pad that gets less than hard work may cool unseen-of), and so
            // does a fall longer than MaxFallS.
            double step = dtS > 0.0 ? dtS : 0.0;
            _fallS += step;
            if (!hardWork || !_hasFallEnvelope || _fallS > MaxFallS)
            {
                _hasFallEnvelope = hardWork;
                _fallEnvelopeC = _smoothC;
                _fallLowC = _smoothC;
                _fallS = 0.0;
                return false;
            }

            _fallEnvelopeC -= FallEnvelopeCPerS * step;
            if (_smoothC < _fallLowC)
            {
                _fallLowC = _smoothC;
            }

            if (_smoothC >= _fallEnvelopeC || _smoothC >= _fallLowC + PadRiseC)
            {
                // At the envelope, or turned up PadRiseC over the fall's lowest (the sensor answers the heat): no fall.
                _fallEnvelopeC = _smoothC;
                _fallLowC = _smoothC;
                _fallS = 0.0;
                return false;
            }

            return true;
        }
    }
}
