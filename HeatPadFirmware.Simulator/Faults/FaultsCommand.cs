using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// <c>faults</c>: injects every <see cref="FaultKind"/> at several moments on every shipped pad at every
    /// level, runs a seeded normal-life campaign and the adversarial 8 h user, and reports per fault type the
    /// time from onset until no heat flows, the peak surface temperature and the faults latched.
    /// </summary>
    public static class FaultsCommand
    {
        /// <summary>
        /// Onsets after the session start, s: during the heat-up (60), the end of the heat-up (300: session 4's second review
        /// found loosening onsets of 300–480 s running away), early hold, late hold.
        /// </summary>
        public static readonly double[] OnsetsS = { 60.0, 300.0, 600.0, 1800.0 };

        /// <summary>The onsets of the campaigns up to session 4; their rows keep the seeds they had (see <see cref="CaseSeeds"/>).</summary>
        /// <summary>One normal-life group of the campaign: its sessions' false trips, their seeds and rooms, and how far the surface went over the setpoint.</summary>
        private sealed class LifeGroup
        {
            public int Sessions { get; private set; }

            public Dictionary<FaultCode, int> Trips { get; } = new Dictionary<FaultCode, int>();

            public List<int> TripSeeds { get; } = new List<int>();

            // The room of each tripping session, °C, in the order of TripSeeds.
            public List<double> TripRooms { get; } = new List<double>();

            public OverSetpointWatch Over { get; } = new OverSetpointWatch();

            // The coolest and warmest room any session of the group ran in, °C (NaN before the first).
            public double CoolestRoomC { get; private set; } = double.NaN;

            public double WarmestRoomC { get; private set; } = double.NaN;

            // Runs count sessions: session i is seeded seedOf(i), its room is roomOf(seed), and it is run by runSession(i, seed, room, per-tick observer).
            public void Run(int count, Func<int, int> seedOf, Func<int, double> roomOf, Func<int, int, double, Action<FaultRun>, FaultCode> runSession, Action progressed)
            {
                Sessions = count;
                for (int i = 0; i < count; i++)
                {
                    int sessionSeed = seedOf(i);
                    double roomC = roomOf(sessionSeed);
                    CoolestRoomC = double.IsNaN(CoolestRoomC) ? roomC : Math.Min(CoolestRoomC, roomC);
                    WarmestRoomC = double.IsNaN(WarmestRoomC) ? roomC : Math.Max(WarmestRoomC, roomC);
                    FaultCode fault = runSession(i, sessionSeed, roomC, Over.Observe);
                    Over.EndSession(sessionSeed);
                    if (fault != FaultCode.None)
                    {
                        Trips[fault] = Trips.GetValueOrDefault(fault) + 1;
                        TripSeeds.Add(sessionSeed);
                        TripRooms.Add(roomC);
                    }

                    progressed();
                }
            }

            public Dictionary<string, int> TripsByName()
            {
                return Trips.ToDictionary(k => FaultCodeNames.Of(k.Key), k => k.Value);
            }

            // For --json: the rooms the sessions ran in and each tripping session's seed and room.
            public object Rooms()
            {
                return new { coolestC = Num(CoolestRoomC), warmestC = Num(WarmestRoomC) };
            }

            public IEnumerable<object> TripSessions()
            {
                return TripSeeds.Take(20).Select((s, k) => (object)new { seed = s, roomC = TripRooms[k] });
            }

            // The table's line: "<label>: N sessions, false trips K[: code n, ... (seeds S at R C ...)]; <over the setpoint>".
            public string Line(string label)
            {
                int tripCount = Trips.Values.Sum();
                string rooms = Sessions == 0 ? "" : CoolestRoomC == WarmestRoomC ? FormattableString.Invariant($" in {CoolestRoomC:0.0} C") : FormattableString.Invariant($" in rooms {CoolestRoomC:0.0}-{WarmestRoomC:0.0} C");
                return $"{label}: {Sessions} sessions{rooms}, false trips {tripCount}"
                    + (tripCount > 0 ? ": " + string.Join(", ", Trips.Select(k => $"{FaultCodeNames.Of(k.Key)} {k.Value}")) + " (seeds " + string.Join(" ", TripSeeds.Take(10).Select((s, k) => FormattableString.Invariant($"{s} at {TripRooms[k]:0.0} C"))) + ")" : "")
                    + "; " + Over.Describe();
            }
        }

        // The over-setpoint figures of one normal-life group for --json.
        private static object Over(OverSetpointWatch watch)
        {
            return new { overNoticeC = OverSetpointWatch.NoticeC, sessionsOverNotice = watch.OverNotice, overMarkedC = OverSetpointWatch.MarkedC, sessionsOverMarked = watch.OverMarked, worstC = Num(watch.WorstC), worstSeed = watch.WorstSeed };
        }

        private static readonly double[] Session4OnsetsS = { 60.0, 600.0, 1800.0 };

        /// <summary>Adds the <c>faults</c> command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("faults", "Fault campaign: inject each fault on every shipped pad and level, plus normal-life sessions.");
            var sessionsOption = new Option<int>("--sessions") { Description = "Normal-life sessions (>= 0)", DefaultValueFactory = _ => 1000 };
            var contrastOption = new Option<int>("--contrast-sessions") { Description = "Normal-life contrast sessions of 5-min heat and 1-15-min cool phases with a cold pack (>= 0)", DefaultValueFactory = _ => ContrastLifeSessions };
            var heldSagOption = new Option<int>("--held-sag-sessions") { Description = "The same contrast sessions with the supply held at 90 % of rated (10.8 V) throughout (>= 0)", DefaultValueFactory = _ => ContrastLifeSessions };
            var pocketOption = new Option<int>("--pocket-sessions") { Description = "Normal-life sessions (half of them contrast) with the two sensor pockets under different conditions: one off the body, body contacts x0.5-2, the cold pack over one pocket (>= 0)", DefaultValueFactory = _ => PocketLifeSessions };
            var lieDownOption = new Option<int>("--lie-down-sessions") { Description = "Normal-life heat sessions on a pad started in free air, the user lying down at 60-1500 s with 1-3x the pad's body contact and staying (3 in 10 get up again later) (>= 0)", DefaultValueFactory = _ => LieDownLifeSessions };
            var restlessOption = new Option<int>("--restless-sessions") { Description = FormattableString.Invariant($"Normal-life power-ons of a restless user (session 35): a heat session on a pad pre-heated in free air, lain on and left {RestlessLife.LieDownsMin}-{RestlessLife.LieDownsMax} times (lain {RestlessLife.LainMinS / 60}-{RestlessLife.LainMaxS / 60} min, up {RestlessLife.UpMinS / 60}-{RestlessLife.UpMaxS / 60} min), 1 in 3 power-ons carrying {RestlessLife.SessionsMin}-{RestlessLife.SessionsMax} sessions {RestlessLife.GapMinS / 60}-{RestlessLife.GapMaxS / 60} min apart (>= 0, default 0: none)"), DefaultValueFactory = _ => 0 };
            var packLeftOption = new Option<int>("--pack-left-sessions") { Description = FormattableString.Invariant($"Normal-life contrast sessions (session 36) with the cold pack on through each cool phase and left on {string.Join("/", PackLeftLife.LeftOnS)} s (drawn) into the next heat phase; reports each session's re-heat peak over the level and seconds over {FaultCampaign.SingleFaultSurfaceC:0} C (>= 0, default 0: none)"), DefaultValueFactory = _ => 0 };
            var packLeftSecondsOption = new Option<int?>("--pack-left-seconds") { Description = FormattableString.Invariant($"With --pack-left-sessions: every session leaves the pack on this many s into each re-heat instead of the drawn {string.Join("/", PackLeftLife.LeftOnS)} s (0-{PackLeftLife.MaxPinnedLeftOnS}; the other draws do not move)") };
            packLeftSecondsOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out int? value) && value.HasValue && !PackLeftLife.IsAllowedLeftOnS(value.Value))
                {
                    r.AddError(FormattableString.Invariant($"--pack-left-seconds must be between 0 and {PackLeftLife.MaxPinnedLeftOnS} s"));
                }
            });
            var roomOption = new Option<double?>("--room") { Description = "Room temperature for every pad and every session, C (12-30; the pads start at it). Without it the injected faults and the adversarial user run in the shipped pads' 22 C and each normal-life session in its own room drawn from its seed, 16-26 C" };
            roomOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out double? value) && value.HasValue && !(value.Value >= 12.0 && value.Value <= 30.0))
                {
                    r.AddError("--room must be between 12 and 30 C");
                }
            });
            var coldStartOption = new Option<double>("--cold-start") { Description = FormattableString.Invariant($"Every injected fault run's pad switched on this many C under its room (stored in a cold car or hall, brought in; 0-{MaxColdStartC:0}, default 0: at the room). The normal-life groups and the adversarial user start at their room"), DefaultValueFactory = _ => 0.0 };
            coldStartOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out double value) && !IsAllowedColdStartC(value))
                {
                    r.AddError(FormattableString.Invariant($"--cold-start must be between 0 and {MaxColdStartC:0} C (the pad's start under its room)"));
                }
            });
            var lifeRoomMaxOption = new Option<double>("--life-room-max") { Description = FormattableString.Invariant($"Warmest room the normal-life groups draw, C ({LifeRoom.MinC:0}-{LifeRoom.MaxAllowedC:0}, default {LifeRoom.MaxC:0}); the same seeds, so only the rooms change. Ignored with --room"), DefaultValueFactory = _ => LifeRoom.MaxC };
            lifeRoomMaxOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out double value) && !LifeRoom.IsAllowedMaxC(value))
                {
                    r.AddError(FormattableString.Invariant($"--life-room-max must be between {LifeRoom.MinC:0} (the coolest room drawn) and {LifeRoom.MaxAllowedC:0} C"));
                }
            });
            var lifeRoomMinOption = new Option<double>("--life-room-min") { Description = FormattableString.Invariant($"Coolest room the normal-life groups draw, C ({LifeRoom.MinAllowedC:0}-{LifeRoom.MinC:0}, default {LifeRoom.MinC:0}); the same seeds, so only the rooms change. Ignored with --room"), DefaultValueFactory = _ => LifeRoom.MinC };
            lifeRoomMinOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out double value) && !LifeRoom.IsAllowedMinC(value))
                {
                    r.AddError(FormattableString.Invariant($"--life-room-min must be between {LifeRoom.MinAllowedC:0} (a bedroom at frost protection) and {LifeRoom.MinC:0} C"));
                }
            });
            var seedOption = new Option<int>("--seed") { Description = "Campaign seed", DefaultValueFactory = _ => 1 };
            var jsonOption = new Option<bool>("--json") { Description = "Write the results as JSON instead of a table" };
            var kindsOption = new Option<string>("--kinds") { Description = "Comma-separated fault kinds to inject (default: all)" };
            kindsOption.Validators.Add(r =>
            {
                string value = r.GetValueOrDefault<string>();
                if (value != null && ParseKinds(value) == null)
                {
                    r.AddError("--kinds must list fault kinds among: " + string.Join(", ", Enum.GetNames<FaultKind>()));
                }
            });
            RequireNonNegative(sessionsOption);
            RequireNonNegative(contrastOption);
            RequireNonNegative(heldSagOption);
            RequireNonNegative(pocketOption);
            RequireNonNegative(lieDownOption);
            RequireNonNegative(restlessOption);
            RequireNonNegative(packLeftOption);
            command.Options.Add(sessionsOption);
            command.Options.Add(contrastOption);
            command.Options.Add(heldSagOption);
            command.Options.Add(pocketOption);
            command.Options.Add(lieDownOption);
            command.Options.Add(restlessOption);
            command.Options.Add(packLeftOption);
            command.Options.Add(packLeftSecondsOption);
            command.Options.Add(roomOption);
            command.Options.Add(coldStartOption);
            command.Options.Add(lifeRoomMaxOption);
            command.Options.Add(lifeRoomMinOption);
            command.Options.Add(seedOption);
            command.Options.Add(jsonOption);
            command.Options.Add(kindsOption);
            var casesOption = new Option<bool>("--cases") { Description = "Also list every injected run (pad, level, onset, seconds to no heat, peak surface, fault) and the peak per pad and onset" };
            command.Options.Add(casesOption);
            command.SetAction(p =>
            {
                string kinds = p.GetValue(kindsOption);
                return Execute(p.GetValue(sessionsOption), p.GetValue(seedOption), p.GetValue(jsonOption), Console.Out, Console.Error, kinds == null ? null : ParseKinds(kinds), p.GetValue(casesOption), p.GetValue(contrastOption), p.GetValue(heldSagOption), p.GetValue(pocketOption), p.GetValue(roomOption), p.GetValue(lieDownOption), p.GetValue(coldStartOption), p.GetValue(lifeRoomMaxOption), p.GetValue(lifeRoomMinOption), p.GetValue(restlessOption), p.GetValue(packLeftOption), p.GetValue(packLeftSecondsOption));
            });
            root.Subcommands.Add(command);
        }

        /// <summary>
        /// Rejects a negative count for a session-count option with "NAME must be >= 0" (the option's own name); a value that did
        /// not convert is left to the parser's own error (<see cref="HeatPadFirmware.Simulator.Commands.OptionValue"/>).
        /// </summary>
        private static void RequireNonNegative(Option<int> option)
        {
            option.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out int count) && count < 0)
                {
                    r.AddError(option.Name + " must be >= 0");
                }
            });
        }

        /// <summary>The shipped pads' room, °C, 22 (every pad file's <c>ambientC</c> and <c>initialC</c>), where the injected faults and the adversarial user run unless <c>--room</c> pins another.</summary>
        public const double ShippedRoomC = 22.0;

        /// <summary>
        /// Largest <c>--cold-start</c>, °C, 20 (session 30): a pad stored at 2 °C brought into a 22 °C room, or at −8 °C into the
        /// coolest room <c>--room</c> takes (12 °C), still inside the readings the plausibility check trusts (from −20 °C,
        /// <see cref="PlausibilityCheck.MinPlausibleC"/>). Review 29b measured 10 °C under.
        /// </summary>
        public const double MaxColdStartC = 20.0;

        /// <summary>True when <paramref name="coldStartC"/> is a cold start <c>faults</c> runs: 0..<see cref="MaxColdStartC"/> °C (NaN: false).</summary>
        public static bool IsAllowedColdStartC(double coldStartC)
        {
            return coldStartC >= 0.0 && coldStartC <= MaxColdStartC;
        }

        /// <summary>Normal-life contrast sessions by default (<see cref="FaultCampaign.RunContrastLife"/>), 400.</summary>
        public const int ContrastLifeSessions = 400;

        /// <summary>Offset of the contrast group's seeds from the normal-life ones (seed × 100003 + offset + i), 50000: clear of the 1,000 sessions.</summary>
        public const int ContrastLifeSeedOffset = 50000;

        /// <summary>Normal-life sessions with the two pockets apart by default (<see cref="PocketSpread"/>), 400.</summary>
        public const int PocketLifeSessions = 400;

        /// <summary>Offset of the pocket group's seeds from the normal-life ones (seed × 100003 + offset + i), 70000: clear of the other groups.</summary>
        public const int PocketLifeSeedOffset = 70000;

        /// <summary>
        /// Lying-down sessions by default (<see cref="LieDownLife"/>), 400: about 20 s of CPU on the project's machine (measured in
        /// session 14), and enough to see a false-trip rate of the order review 14b's scan found (568 of 3,168 runs).
        /// </summary>
        public const int LieDownLifeSessions = 400;

        /// <summary>Offset of the lying-down group's seeds from the normal-life ones (seed × 100003 + offset + i), 30000: clear of the other groups (normal 0.., contrast 50000.., pockets 70000..).</summary>
        public const int LieDownLifeSeedOffset = 30000;

        /// <summary>
        /// Offset of the restless group's seeds from the normal-life ones (seed × 100003 + offset + i), 90000 (session 35): clear of
        /// the other groups (normal 0.., lying-down 30000.., contrast 50000.., pockets 70000..).
        /// </summary>
        public const int RestlessLifeSeedOffset = 90000;

        /// <summary>
        /// Offset of the pack-left group's seeds from the normal-life ones (seed × 100003 + offset + i), 20000 (session 36): clear of
        /// the other groups (normal 0.., lying-down 30000.., contrast 50000.., pockets 70000.., restless 90000..).
        /// </summary>
        public const int PackLeftLifeSeedOffset = 20000;

        /// <summary>
        /// Runs the campaign (<paramref name="listCases"/>: also every injected run; <paramref name="contrastSessions"/>: the
        /// normal-life contrast group's size; <paramref name="heldSagSessions"/>: the size of the group of the same contrast
        /// sessions, same seeds, on a supply held at 90 % of rated; <paramref name="pocketSessions"/>: the size of the group
        /// whose two sensor pockets differ, even sessions normal life and odd ones contrast; <paramref name="roomC"/>: the room
        /// and start temperature of every pad and every normal-life session; null: the injected faults and the adversarial user
        /// in the shipped pads' 22 °C and each normal-life session in its own room, <see cref="LifeRoom.Of"/> its seed, 16–26 °C —
        /// review 7: a cool bedroom raises false alarms a 22 °C campaign hides); <paramref name="lieDownSessions"/>: the size of the group
        /// lying down on a pad pre-heated in free air (<see cref="LieDownLife"/>); <paramref name="coldStartC"/> (session 30,
        /// 0–<see cref="MaxColdStartC"/>): every injected fault run's pad switched on that far under its room, 0: at it;
        /// <paramref name="lifeRoomMaxC"/> (session 30, <see cref="LifeRoom.MinC"/>–<see cref="LifeRoom.MaxAllowedC"/>): the
        /// warmest room the normal-life groups draw, <see cref="LifeRoom.MaxC"/> by default; <paramref name="lifeRoomMinC"/>
        /// (session 32, <see cref="LifeRoom.MinAllowedC"/>–<see cref="LifeRoom.MinC"/>): the coolest, <see cref="LifeRoom.MinC"/>
        /// by default; <paramref name="restlessSessions"/> (session 35): the size of the restless group, <see cref="RestlessLife"/>,
        /// 0 by default, when the output has no line or block of it); <paramref name="packLeftSessions"/> (session 36): the size of the
        /// pack-left group, <see cref="PackLeftLife"/>, 0 by default, likewise; <paramref name="packLeftOnS"/>: the seconds every
        /// session of it leaves the pack on into a re-heat (null: drawn). Exit code 0.
        /// </summary>
        public static int Execute(int sessions, int seed, bool json, TextWriter output, TextWriter progress, FaultKind[] only = null, bool listCases = false, int contrastSessions = 0, int heldSagSessions = 0, int pocketSessions = 0, double? roomC = null, int lieDownSessions = 0, double coldStartC = 0.0, double lifeRoomMaxC = LifeRoom.MaxC, double lifeRoomMinC = LifeRoom.MinC, int restlessSessions = 0, int packLeftSessions = 0, int? packLeftOnS = null)
        {
            if (packLeftOnS.HasValue && !PackLeftLife.IsAllowedLeftOnS(packLeftOnS.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(packLeftOnS), packLeftOnS, FormattableString.Invariant($"the pack's seconds left on must be 0-{PackLeftLife.MaxPinnedLeftOnS}"));
            }

            if (!IsAllowedColdStartC(coldStartC))
            {
                throw new ArgumentOutOfRangeException(nameof(coldStartC), coldStartC, FormattableString.Invariant($"the cold start must be 0-{MaxColdStartC:0} C"));
            }

            if (!LifeRoom.IsAllowedMaxC(lifeRoomMaxC))
            {
                throw new ArgumentOutOfRangeException(nameof(lifeRoomMaxC), lifeRoomMaxC, FormattableString.Invariant($"the warmest life room must be {LifeRoom.MinC:0}-{LifeRoom.MaxAllowedC:0} C"));
            }

            if (!LifeRoom.IsAllowedMinC(lifeRoomMinC))
            {
                throw new ArgumentOutOfRangeException(nameof(lifeRoomMinC), lifeRoomMinC, FormattableString.Invariant($"the coolest life room must be {LifeRoom.MinAllowedC:0}-{LifeRoom.MinC:0} C"));
            }

            (string Name, PadParameters Pad)[] pads = PadFile.LoadAllShipped();
            if (roomC.HasValue)
            {
                pads = pads.Select(p => (p.Name, p.Pad.With(ambientC: roomC.Value, initialC: roomC.Value))).ToArray();
            }

            // Session 30: the injected faults' pads switched on coldStartC under their room (review 29b's cold start); the
            // normal-life groups move their pads into their own rooms (LifeRoom.PadsIn) and the adversarial user keeps the room.
            (string Name, PadParameters Pad)[] casePads = coldStartC > 0.0 ? ColdStarted(pads, coldStartC) : pads;

            FaultKind[] all = Enum.GetValues<FaultKind>();
            FaultKind[] kinds = only ?? all;
            int total = (pads.Length * TherapyConfig.LevelCount * OnsetsS.Length * kinds.Length) + sessions + contrastSessions + heldSagSessions + pocketSessions + lieDownSessions + restlessSessions + packLeftSessions + pads.Length;
            int done = 0;
            var cases = new List<FaultCaseResult>();
            Dictionary<(string Pad, int Level, double OnsetS, FaultKind Kind), int> caseSeeds = CaseSeeds(pads.Select(p => p.Name).ToArray(), seed);
            foreach (var (name, pad) in casePads)
            {
                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    foreach (double onsetS in OnsetsS)
                    {
                        foreach (FaultKind kind in kinds.OrderBy(k => k))
                        {
                            cases.Add(FaultCampaign.RunCase(name, pad, level, kind, onsetS, caseSeeds[(name, level, onsetS, kind)]));
                            Progress(progress, ++done, total);
                        }
                    }
                }
            }

            // Every normal-life session runs in a room of its own, drawn from its seed (LifeRoom: 16-26 C, session 7), or in
            // the pinned --room; the injected faults and the adversarial user keep the shipped pads' room (or the pinned one).
            var normalPads = pads.ToArray();
            Func<int, double> roomOf = s => roomC ?? LifeRoom.OfIn(s, lifeRoomMinC, lifeRoomMaxC);
            var normal = new LifeGroup();
            normal.Run(sessions, i => (seed * 100003) + i, roomOf, (i, s, room, tick) => FaultCampaign.RunNormalLife(LifeRoom.PadsIn(normalPads, room), s, onTick: tick), () => Progress(progress, ++done, total));

            // The contrast group: 5-min heat phases, 1-15-min cool phases with a cold pack (issue 4), reported on its own line.
            var contrast = new LifeGroup();
            contrast.Run(contrastSessions, i => (seed * 100003) + ContrastLifeSeedOffset + i, roomOf, (i, s, room, tick) => FaultCampaign.RunContrastLife(LifeRoom.PadsIn(normalPads, room), s, tick), () => Progress(progress, ++done, total));

            // The held-sag group: the contrast group's sessions (same seeds, so the same pads, levels, phases, events and rooms) on a
            // supply held at 90 % of rated from the start (session 4's second review: 2 of 300 false trips there).
            var heldSag = new LifeGroup();
            heldSag.Run(heldSagSessions, i => (seed * 100003) + ContrastLifeSeedOffset + i, roomOf, (i, s, room, tick) => FaultCampaign.RunContrastLife(LifeRoom.PadsIn(normalPads, room), s, tick, heldSag: true), () => Progress(progress, ++done, total));

            // The pocket group (session 6): sensor 2 reads a pocket of its own — off the body in a quarter of the sessions, else
            // a body contact 0.5-2x pocket 1's — and the cold pack lies over one pocket or both; the campaign's other groups
            // give both sensors one surface.
            var pocket = new LifeGroup();
            pocket.Run(
                pocketSessions,
                i => (seed * 100003) + PocketLifeSeedOffset + i,
                roomOf,
                (i, s, room, tick) => i % 2 == 0
                    ? FaultCampaign.RunNormalLife(LifeRoom.PadsIn(normalPads, room), s, onTick: tick, pocketSpread: true)
                    : FaultCampaign.RunContrastLife(LifeRoom.PadsIn(normalPads, room), s, tick, pocketSpread: true),
                () => Progress(progress, ++done, total));

            // The lying-down group (session 14): a heat session on a pad started in free air, the user lying down at 60-1,500 s and
            // staying (some get up again); it reports too how far the surface holds under the level at the end of the heat.
            var lieDown = new LifeGroup();
            var lieDownDeficit = new HoldDeficitWatch();
            var lieDownReference = new HoldDeficitWatch();
            var lieDownExcess = new SessionValueTally();
            var lieDownTrips = new List<(int Seed, double RoomC, LieDownDraw Draw, FaultCode Fault, int FaultAtS)>();
            lieDown.Run(
                lieDownSessions,
                i => (seed * 100003) + LieDownLifeSeedOffset + i,
                roomOf,
                (i, s, room, tick) =>
                {
                    var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(normalPads, room), s, r => { tick(r); lieDownDeficit.Observe(r); });
                    lieDownDeficit.EndSession(s, fault == FaultCode.None && draw.UpAtS < 0);
                    if (!double.IsNaN(lieDownDeficit.LastMeanC))
                    {
                        // The same user lain on from the start: the part of the deficit the pre-heat in free air causes.
                        LieDownLife.Run(LifeRoom.PadsIn(normalPads, room), s, lieDownReference.Observe, lainFromStart: true);
                        lieDownReference.EndSession(s, true);
                        if (!double.IsNaN(lieDownReference.LastMeanC))
                        {
                            lieDownExcess.Add(s, lieDownDeficit.LastMeanC - lieDownReference.LastMeanC);
                        }
                    }

                    if (fault != FaultCode.None)
                    {
                        lieDownTrips.Add((s, room, draw, fault, faultAtS));
                    }

                    return fault;
                },
                () => Progress(progress, ++done, total));

            // The restless group (session 35, review 35a): a pad pre-heated in free air, lain on and left 2-4 times, 1 in 3
            // power-ons carrying 2-3 sessions; none by default, so the default output is the one before it.
            var restless = new LifeGroup();
            var restlessTrips = new List<(int Seed, double RoomC, RestlessDraw Draw, FaultCode Fault, int FaultAtS, int FaultSession)>();
            restless.Run(
                restlessSessions,
                i => (seed * 100003) + RestlessLifeSeedOffset + i,
                roomOf,
                (i, s, room, tick) =>
                {
                    var (draw, fault, faultAtS, faultSession) = RestlessLife.Run(LifeRoom.PadsIn(normalPads, room), s, tick);
                    if (fault != FaultCode.None)
                    {
                        restlessTrips.Add((s, room, draw, fault, faultAtS, faultSession));
                    }

                    return fault;
                },
                () => Progress(progress, ++done, total));

            // The pack-left group (session 36, pack35): contrast sessions with the cold pack left on 0-180 s into each re-heat; none by
            // default, so the default output is the one before it.
            var packLeft = new LifeGroup();
            var packLeftRuns = new List<(int Seed, double RoomC, PackLeftOutcome Outcome)>();
            packLeft.Run(
                packLeftSessions,
                i => (seed * 100003) + PackLeftLifeSeedOffset + i,
                roomOf,
                (i, s, room, tick) =>
                {
                    PackLeftOutcome o = PackLeftLife.Run(LifeRoom.PadsIn(normalPads, room), s, tick, packLeftOnS ?? -1);
                    packLeftRuns.Add((s, room, o));
                    return o.Fault;
                },
                () => Progress(progress, ++done, total));
            var packLeftSummary = new PackLeftTally(packLeftRuns);

            var adversarial = new List<(string Pad, double Dose, double PeakC)>();
            foreach (var (name, pad) in pads)
            {
                var (dose, peakC) = FaultCampaign.RunAdversarial(pad, 8.0, seed);
                adversarial.Add((name, dose, peakC));
                Progress(progress, ++done, total);
            }

            progress.WriteLine();
            var summary = kinds.Select(kind =>
            {
                var rows = cases.Where(c => c.Kind == kind).ToList();
                var stopped = rows.Where(c => !double.IsNaN(c.NoHeatAfterS)).ToList();
                return new
                {
                    fault = kind.ToString(),
                    sensors = FaultKindSensors.Of(kind),
                    runs = rows.Count,
                    heatStoppedRuns = stopped.Count,
                    worstNoHeatAfterS = stopped.Count > 0 ? stopped.Max(c => c.NoHeatAfterS) : double.NaN,
                    medianNoHeatAfterS = stopped.Count > 0 ? stopped.Select(c => c.NoHeatAfterS).OrderBy(x => x).ElementAt(stopped.Count / 2) : double.NaN,
                    peakSurfaceC = rows.Max(c => c.PeakSurfaceC),
                    worstHeatAfterOnsetS = stopped.Count > 0 ? stopped.Max(c => c.HeatAfterOnsetS) : double.NaN,
                    peakWhileHeatCouldFlowC = rows.Where(c => c.PeakBeforeNoHeatC > double.NegativeInfinity).Select(c => c.PeakBeforeNoHeatC).DefaultIfEmpty(double.NaN).Max(),
                    faults = rows.GroupBy(c => FaultCodeNames.Of(c.Fault)).ToDictionary(g => g.Key, g => g.Count()),
                    worst = stopped.Count > 0 ? stopped.OrderByDescending(c => c.NoHeatAfterS).First() : null,
                };
            }).ToList();

            if (json)
            {
                var document = new
                {
                    seed,
                    roomC,
                    coldStartC,
                    rooms = new
                    {
                        injectedFaultsAndAdversarialC = roomC ?? ShippedRoomC,
                        injectedFaultsStartC = (roomC ?? ShippedRoomC) - coldStartC,
                        normalLife = roomC.HasValue ? (object)new { pinnedC = roomC.Value } : new { drawnMinC = lifeRoomMinC, drawnMaxC = lifeRoomMaxC, drawnStepC = LifeRoom.StepC },
                    },
                    faultTypes = summary.Select(s => new { s.fault, s.sensors, s.runs, s.heatStoppedRuns, worstNoHeatAfterS = Num(s.worstNoHeatAfterS), medianNoHeatAfterS = Num(s.medianNoHeatAfterS), worstHeatAfterOnsetS = Num(s.worstHeatAfterOnsetS), peakSurfaceC = Num(s.peakSurfaceC), peakWhileHeatCouldFlowC = Num(s.peakWhileHeatCouldFlowC), s.faults, worstCase = s.worst == null ? null : $"{s.worst.Pad} level {s.worst.Level} onset {s.worst.OnsetS} s" }),
                    normalLife = new { sessions, overSetpoint = Over(normal.Over), rooms = normal.Rooms(), falseTrips = normal.TripsByName(), tripSeeds = normal.TripSeeds.Take(20), trips = normal.TripSessions() },
                    contrastLife = new { sessions = contrastSessions, overSetpoint = Over(contrast.Over), rooms = contrast.Rooms(), falseTrips = contrast.TripsByName(), tripSeeds = contrast.TripSeeds.Take(20), trips = contrast.TripSessions() },
                    contrastLifeHeldSag = new { sessions = heldSagSessions, supplyFractionOfRated = FaultCampaign.HeldSagFraction, overSetpoint = Over(heldSag.Over), rooms = heldSag.Rooms(), falseTrips = heldSag.TripsByName(), tripSeeds = heldSag.TripSeeds.Take(20), trips = heldSag.TripSessions() },
                    pocketLife = new { sessions = pocketSessions, overSetpoint = Over(pocket.Over), rooms = pocket.Rooms(), falseTrips = pocket.TripsByName(), tripSeeds = pocket.TripSeeds.Take(20), trips = pocket.TripSessions() },
                    lieDownLife = new
                    {
                        sessions = lieDownSessions,
                        lieDownS = new { min = LieDownLife.LieDownMinS, max = LieDownLife.LieDownMaxS },
                        bodyContactFactor = new { min = LieDownLife.ContactMinFactor, max = LieDownLife.ContactMaxFactor },
                        getUpFraction = LieDownLife.GetUpFraction,
                        overSetpoint = Over(lieDown.Over),
                        rooms = lieDown.Rooms(),
                        falseTrips = lieDown.TripsByName(),
                        tripSeeds = lieDown.TripSeeds.Take(20),
                        trips = lieDown.TripSessions(),
                        holdDeficit = new { windowS = HoldDeficitWatch.WindowS, sessions = lieDownDeficit.Sessions, medianC = Num(lieDownDeficit.MedianC), sessionsOverOneC = lieDownDeficit.OverOneC, worstC = Num(lieDownDeficit.WorstC), worstSeed = lieDownDeficit.WorstSeed },
                        holdDeficitOverLainFromStart = new { sessions = lieDownExcess.Sessions, medianC = Num(lieDownExcess.MedianC), sessionsOverOneC = lieDownExcess.OverOneC, worstC = Num(lieDownExcess.WorstC), worstSeed = lieDownExcess.WorstSeed },
                        tripCases = listCases ? lieDownTrips.Select(t => new { seed = t.Seed, roomC = t.RoomC, pad = t.Draw.PadName, level = t.Draw.Level, supplyV = Math.Round(t.Draw.SupplyV, 2), lieAtS = t.Draw.LieAtS, bodyWPerK = Math.Round(t.Draw.BodyWPerK, 2), upAtS = t.Draw.UpAtS, fault = FaultCodeNames.Of(t.Fault), faultAtS = t.FaultAtS }) : null,
                    },
                    cases = listCases ? cases.Select(c => FaultCampaign.IsSettling(c.Kind)
                        ? (object)new { pad = c.Pad, level = c.Level, fault = c.Kind.ToString(), sensors = c.Sensors, onsetS = c.OnsetS, noHeatAfterS = Num(c.NoHeatAfterS), peakSurfaceC = Num(c.PeakSurfaceC), latched = FaultCodeNames.Of(c.Fault), settledShare = FaultCampaign.SettledShare(c.Kind), latchedAfterOnsetS = Num(c.FaultAfterOnsetS), secondsOver48C = c.SecondsOver48C, heatFlowedPast48C = c.HeatFlowedPast48C }
                        : new { pad = c.Pad, level = c.Level, fault = c.Kind.ToString(), sensors = c.Sensors, onsetS = c.OnsetS, noHeatAfterS = Num(c.NoHeatAfterS), peakSurfaceC = Num(c.PeakSurfaceC), latched = FaultCodeNames.Of(c.Fault) }) : null,
                    settlingLoosenings = kinds.Any(FaultCampaign.IsSettling) ? kinds.Where(FaultCampaign.IsSettling).Select(k => SettlingFigures(k, cases)) : null,
                    adversarial8h = adversarial.Select(a => new { pad = a.Pad, surfaceBurnFraction = a.Dose, peakSurfaceC = a.PeakC }),
                };
                var jsonOptions = new JsonSerializerOptions { WriteIndented = true };
                if (restlessSessions == 0 && packLeftSessions == 0)
                {
                    output.WriteLine(JsonSerializer.Serialize(document, jsonOptions));
                    return 0;
                }

                // Session 35: the restless group's block after the lying-down group's, only when the group ran (so the default
                // document is the one before it); session 36: the pack-left group's after it, likewise.
                var node = JsonSerializer.SerializeToNode(document, jsonOptions).AsObject();
                var ordered = new System.Text.Json.Nodes.JsonObject();
                foreach (var property in node.ToList())
                {
                    node.Remove(property.Key);
                    ordered[property.Key] = property.Value;
                    if (property.Key == "lieDownLife" && restlessSessions > 0)
                    {
                        ordered["restlessLife"] = JsonSerializer.SerializeToNode(
                            new
                            {
                                sessions = restlessSessions,
                                preHeatS = new { min = RestlessLife.PreHeatMinS, max = RestlessLife.PreHeatMaxS },
                                lieDownsPerSession = new { min = RestlessLife.LieDownsMin, max = RestlessLife.LieDownsMax },
                                lainS = new { min = RestlessLife.LainMinS, max = RestlessLife.LainMaxS },
                                upS = new { min = RestlessLife.UpMinS, max = RestlessLife.UpMaxS },
                                severalSessionsFraction = Math.Round(RestlessLife.SeveralSessionsFraction, 4),
                                sessionsPerPowerOn = new { min = RestlessLife.SessionsMin, max = RestlessLife.SessionsMax },
                                gapS = new { min = RestlessLife.GapMinS, max = RestlessLife.GapMaxS },
                                bodyContactFactor = new { min = LieDownLife.ContactMinFactor, max = LieDownLife.ContactMaxFactor },
                                overSetpoint = Over(restless.Over),
                                rooms = restless.Rooms(),
                                falseTrips = restless.TripsByName(),
                                tripSeeds = restless.TripSeeds.Take(20),
                                trips = restless.TripSessions(),
                                tripCases = listCases ? restlessTrips.Select(t => new { seed = t.Seed, roomC = t.RoomC, pad = t.Draw.PadName, level = t.Draw.Level, supplyV = Math.Round(t.Draw.SupplyV, 2), bodyWPerK = Math.Round(t.Draw.BodyWPerK, 2), sessions = t.Draw.Sessions.Length, lieDowns = t.Draw.LieDowns, fault = FaultCodeNames.Of(t.Fault), faultAtS = t.FaultAtS, faultSession = t.FaultSession }) : null,
                            },
                            jsonOptions);
                    }

                    if (property.Key == "lieDownLife" && packLeftSessions > 0)
                    {
                        ordered["packLeftLife"] = JsonSerializer.SerializeToNode(packLeftSummary.Json(packLeftSessions, packLeftOnS, Over(packLeft.Over), packLeft.Rooms(), packLeft.TripsByName(), packLeft.TripSeeds.Take(20), packLeft.TripSessions(), listCases), jsonOptions);
                    }
                }

                output.WriteLine(ordered.ToJsonString(jsonOptions));
                return 0;
            }

            output.WriteLine(roomC.HasValue
                ? FormattableString.Invariant($"Room {roomC.Value:0.0} C for every pad and every session (shipped: {ShippedRoomC:0} C)")
                : FormattableString.Invariant($"Rooms: injected faults and the adversarial user in the shipped pads' {ShippedRoomC:0} C; each normal-life session in its own room drawn from its seed, {lifeRoomMinC:0}-{lifeRoomMaxC:0} C (--room C pins one for all)"));
            if (coldStartC > 0.0)
            {
                output.WriteLine(FormattableString.Invariant($"Cold start: every injected fault run's pad switched on {coldStartC:0.0} C under its room (at {(roomC ?? ShippedRoomC) - coldStartC:0.0} C); the normal-life groups and the adversarial user start at their room"));
            }

            output.WriteLine($"Injected faults: {pads.Length} pads x 5 levels x onsets {string.Join("/", OnsetsS)} s, {FaultCampaign.AfterOnsetMinutes} min after onset ({FaultCampaign.LooseningAfterOnsetMinutes} min for the loosening sensors)");
            output.WriteLine($"{"fault",-21} {"sensor",6} {"runs",5} {"stopped",8} {"worst s",8} {"median s",9} {"heat s",7} {"peak C",7} {"peak*C",7}  faults latched (worst case)");
            foreach (var s in summary)
            {
                string faults = string.Join(", ", s.faults.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"));
                string worst = s.worst == null ? "" : $" ({s.worst.Pad} L{s.worst.Level} @{s.worst.OnsetS}s)";
                output.WriteLine($"{s.fault,-21} {s.sensors,6} {s.runs,5} {s.heatStoppedRuns,8} {F(s.worstNoHeatAfterS),8} {F(s.medianNoHeatAfterS),9} {F(s.worstHeatAfterOnsetS),7} {F(s.peakSurfaceC),7} {F(s.peakWhileHeatCouldFlowC),7}  {faults}{worst}");
            }

            output.WriteLine("sensor: the sensor(s) the fault hit (1, 2, 1+2 both, - none); stopped: runs where heat stopped for good (shorted MOSFET: cut-off open); heat s: most heat after the onset among those runs, in seconds of the pad's rated power; peak*: highest surface while heat could flow.");
            if (kinds.Any(FaultCampaign.IsSettling))
            {
                output.WriteLine(FormattableString.Invariant($"Settling loosenings (the strip slides part-way out, w 1 -> final over {FaultCampaign.SettlingPaceS:0} s, and stays): named, when (s after onset), runs past {FaultCampaign.SingleFaultSurfaceC:0} C (of them unnamed at the end, heat flowing past it), longest past it"));
                foreach (FaultKind kind in kinds.Where(FaultCampaign.IsSettling))
                {
                    output.WriteLine("  " + SettlingLine(kind, cases));
                }
            }

            if (listCases)
            {
                WriteCases(output, cases, kinds);
            }
            output.WriteLine();
            output.WriteLine(normal.Line("Normal life"));
            output.WriteLine(contrast.Line("Normal life, contrast with 5-min heat and 1-15-min cool phases, cold pack"));
            output.WriteLine(heldSag.Line($"Normal life, the same contrast sessions on a supply held at {FaultCampaign.HeldSagFraction * 100:0} % of rated (10.8 V)"));
            output.WriteLine(pocket.Line("Normal life, the two pockets apart (one off the body in 1 of 4, body contacts x0.5-2, the cold pack over one pocket or both; half contrast)"));
            output.WriteLine(lieDown.Line(FormattableString.Invariant($"Normal life, lying down on a pad pre-heated in free air (heat program, lain on at {LieDownLife.LieDownMinS}-{LieDownLife.LieDownMaxS} s with x{LieDownLife.ContactMinFactor:0}-{LieDownLife.ContactMaxFactor:0} the pad's body contact, {LieDownLife.GetUpFraction * 10:0} in 10 get up later)")) + "; " + lieDownDeficit.Describe()
                + (lieDownExcess.Sessions == 0 ? "" : FormattableString.Invariant($"; over the same user lain on from the start ({lieDownExcess.Sessions} sessions): median {lieDownExcess.MedianC:0.00} C, over 1 C in {lieDownExcess.OverOneC}, worst {lieDownExcess.WorstC:0.00} C (seed {lieDownExcess.WorstSeed})")));
            if (listCases && lieDownTrips.Count > 0)
            {
                output.WriteLine("  lying-down false trips: seed, room C, pad, level, supply V, lain on at s, body W/K, up at s (- stays), fault at s");
                foreach (var t in lieDownTrips)
                {
                    output.WriteLine(FormattableString.Invariant($"  {t.Seed,7} {t.RoomC,5:0.0} {t.Draw.PadName,-16} L{t.Draw.Level} {t.Draw.SupplyV,6:0.00} {t.Draw.LieAtS,5} {t.Draw.BodyWPerK,5:0.00} {(t.Draw.UpAtS < 0 ? "-" : t.Draw.UpAtS.ToString(System.Globalization.CultureInfo.InvariantCulture)),5}  {FaultCodeNames.Of(t.Fault)} at {t.FaultAtS}"));
                }
            }
            if (restlessSessions > 0)
            {
                output.WriteLine(restless.Line(FormattableString.Invariant($"Normal life, restless users (heat program, pre-heated {RestlessLife.PreHeatMinS / 60}-{RestlessLife.PreHeatMaxS / 60} min in free air, lain on and left {RestlessLife.LieDownsMin}-{RestlessLife.LieDownsMax} times: lain {RestlessLife.LainMinS / 60}-{RestlessLife.LainMaxS / 60} min, up {RestlessLife.UpMinS / 60}-{RestlessLife.UpMaxS / 60} min, x{LieDownLife.ContactMinFactor:0}-{LieDownLife.ContactMaxFactor:0} the pad's body contact; 1 in 3 power-ons carry {RestlessLife.SessionsMin}-{RestlessLife.SessionsMax} sessions {RestlessLife.GapMinS / 60}-{RestlessLife.GapMaxS / 60} min apart)")));
                if (listCases && restlessTrips.Count > 0)
                {
                    output.WriteLine("  restless false trips: seed, room C, pad, level, supply V, body W/K, sessions in the power-on, lyings-down, fault at s after the first start press (in session n)");
                    foreach (var t in restlessTrips)
                    {
                        output.WriteLine(FormattableString.Invariant($"  {t.Seed,7} {t.RoomC,5:0.0} {t.Draw.PadName,-16} L{t.Draw.Level} {t.Draw.SupplyV,6:0.00} {t.Draw.BodyWPerK,5:0.00} {t.Draw.Sessions.Length,2} {t.Draw.LieDowns,3}  {FaultCodeNames.Of(t.Fault)} at {t.FaultAtS} (session {t.FaultSession})"));
                    }
                }
            }

            if (packLeftSessions > 0)
            {
                output.WriteLine(packLeft.Line(FormattableString.Invariant($"Normal life, the cold pack left on into the re-heat (contrast: the pack, {FaultCampaign.ColdPackWPerK:0} W/K to the room over the whole pad, on through each cool phase and left on {(packLeftOnS.HasValue ? packLeftOnS.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join("/", PackLeftLife.LeftOnS))} s into the next heat phase; {PackLeftLife.ShippedProgramFraction * 10:0} in 10 the shipped 6/2/3 program, the others 5-min heat and 1-15-min cool phases; {PackLeftLife.BodyFraction * 10:0} in 10 lain on)")));
                packLeftSummary.Write(output, listCases);
            }

            output.WriteLine();
            output.WriteLine("Adversarial user, level-5 sessions restarted for 8 h: surface burn fraction (fit, >= 43 C) / peak surface C");
            foreach (var a in adversarial)
            {
                output.WriteLine($"  {a.Pad,-16} {a.Dose,7:0.000} {a.PeakC,7:0.0}");
            }

            return 0;
        }

        /// <summary>The pads switched on <paramref name="coldStartC"/> °C under their room (the room itself unchanged).</summary>
        public static (string Name, PadParameters Pad)[] ColdStarted((string Name, PadParameters Pad)[] pads, double coldStartC)
        {
            return pads.Select(p => (p.Name, p.Pad.With(initialC: p.Pad.AmbientC - coldStartC))).ToArray();
        }

        /// <summary>
        /// The seed of every injected case, so that a subset (<c>--kinds</c>) reproduces its rows and the rows of the
        /// one-sensor campaign keep their seeds: kinds up to session 2 count one sequence from <paramref name="seed"/>, the
        /// kinds added in session 2 a second (+500000), session 4's a third (+700000), all over the session-4 walk (pads ×
        /// levels × onsets 60/600/1800 s × kinds); session 5's kinds a fourth (+900000) over that walk; then the 300 s
        /// onset, added in session 5, every kind from a fifth (+1100000); the kind added at the end of session 5
        /// (<see cref="FaultKind.BothSensorsLooseningShortPhases"/>) from a sixth (+1300000); session 10's two-pace kinds
        /// (<see cref="FaultKind.TwoPaceLoosening"/>, <see cref="FaultKind.TwoPaceLooseningReversed"/>) at every onset from a
        /// seventh (+1500000); session 29's settling kinds (<see cref="FaultKind.SettlingLoosening50"/>, ...65, ...80) at
        /// every onset from an eighth (+1700000), so no earlier row moves.
        /// </summary>
        public static Dictionary<(string Pad, int Level, double OnsetS, FaultKind Kind), int> CaseSeeds(string[] padNames, int seed)
        {
            var seeds = new Dictionary<(string, int, double, FaultKind), int>();
            int caseSeed = seed;
            int laterSeed = seed + 500000;
            int session4Seed = seed + 700000;
            int session5Seed = seed + 900000;
            int newOnsetSeed = seed + 1100000;
            int lateSession5Seed = seed + 1300000;
            int session10Seed = seed + 1500000;
            int session29Seed = seed + 1700000;
            FaultKind[] all = Enum.GetValues<FaultKind>();
            foreach (string name in padNames)
            {
                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    foreach (double onsetS in Session4OnsetsS)
                    {
                        foreach (FaultKind kind in all)
                        {
                            seeds[(name, level, onsetS, kind)] = kind >= FaultKind.SettlingLoosening50 ? session29Seed++
                                : kind >= FaultKind.TwoPaceLoosening ? session10Seed++
                                : kind == FaultKind.BothSensorsLooseningShortPhases ? lateSession5Seed++
                                : kind >= FaultKind.SecondSensorLoosening ? session5Seed++
                                : kind >= FaultKind.LooseningShortPhases ? session4Seed++
                                : kind >= FaultKind.DetachedShortPhases ? laterSeed++
                                : caseSeed++;
                        }
                    }

                    foreach (double onsetS in OnsetsS)
                    {
                        if (Array.IndexOf(Session4OnsetsS, onsetS) >= 0)
                        {
                            continue;
                        }

                        foreach (FaultKind kind in all)
                        {
                            seeds[(name, level, onsetS, kind)] = kind >= FaultKind.SettlingLoosening50 ? session29Seed++
                                : kind >= FaultKind.TwoPaceLoosening ? session10Seed++
                                : kind == FaultKind.BothSensorsLooseningShortPhases ? lateSession5Seed++
                                : newOnsetSeed++;
                        }
                    }
                }
            }

            return seeds;
        }

        /// <summary>The fault kinds named in <paramref name="list"/> (comma-separated, case-insensitive), or null when one is unknown or none is given.</summary>
        public static FaultKind[] ParseKinds(string list)
        {
            var kinds = new List<FaultKind>();
            foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse(name, true, out FaultKind kind) || !Enum.IsDefined(kind))
                {
                    return null;
                }

                kinds.Add(kind);
            }

            return kinds.Count > 0 ? kinds.Distinct().ToArray() : null;
        }

        private static void WriteCases(TextWriter output, List<FaultCaseResult> cases, FaultKind[] kinds)
        {
            foreach (FaultKind kind in kinds)
            {
                var rows = cases.Where(c => c.Kind == kind).ToList();
                output.WriteLine();
                output.WriteLine($"{kind} (sensor {FaultKindSensors.Of(kind)}): peak surface after onset, C (fault latched), per pad and onset; worst over the 5 levels");
                output.WriteLine($"  {"pad",-16} " + string.Join(" ", OnsetsS.Select(o => $"{"@" + o + "s",22}")));
                foreach (string pad in rows.Select(c => c.Pad).Distinct())
                {
                    var cells = OnsetsS.Select(o =>
                    {
                        var worst = rows.Where(c => c.Pad == pad && c.OnsetS == o).OrderByDescending(c => c.PeakSurfaceC).First();
                        return $"{F(worst.PeakSurfaceC) + " L" + worst.Level + " " + FaultCodeNames.Of(worst.Fault),22}";
                    });
                    output.WriteLine($"  {pad,-16} " + string.Join(" ", cells));
                }

                if (FaultCampaign.IsSettling(kind))
                {
                    // Session 29: the settling kinds' rows say too when the fault latched, how long the surface spent past
                    // 48 C and whether heat flowed while it was (the other kinds' rows keep their columns).
                    output.WriteLine(FormattableString.Invariant($"  final w {FaultCampaign.SettledShare(kind):0.00} after {FaultCampaign.SettlingPaceS:0} s; at s: the latch, s after onset; s>48C: seconds the surface spent over 48 C; heat>48C: heat flowed while it was"));
                    output.WriteLine($"  {"pad",-16} {"level",5} {"onset",6} {"no heat s",10} {"peak C",7} {"at s",7} {"s>48C",6} {"heat>48C",8}  fault");
                    foreach (var c in rows)
                    {
                        output.WriteLine(FormattableString.Invariant($"  {c.Pad,-16} {c.Level,5} {c.OnsetS,6} {F(c.NoHeatAfterS),10} {F(c.PeakSurfaceC),7} {F(c.FaultAfterOnsetS),7} {c.SecondsOver48C,6:0} {(c.HeatFlowedPast48C ? "yes" : "no"),8}  {FaultCodeNames.Of(c.Fault)}"));
                    }

                    continue;
                }

                output.WriteLine($"  {"pad",-16} {"level",5} {"onset",6} {"no heat s",10} {"peak C",7}  fault");
                foreach (var c in rows)
                {
                    output.WriteLine($"  {c.Pad,-16} {c.Level,5} {c.OnsetS,6} {F(c.NoHeatAfterS),10} {F(c.PeakSurfaceC),7}  {FaultCodeNames.Of(c.Fault)}");
                }
            }
        }

        // The per-kind figures of a settling kind (session 29): runs named and when, runs past 48 C, unnamed there, with heat flowing past it.
        private static (int Runs, int Named, double MedianNamedS, double WorstNamedS, int Past48, int UnnamedPast48, int HeatPast48, FaultCaseResult Longest) Settling(FaultKind kind, List<FaultCaseResult> cases)
        {
            var rows = cases.Where(c => c.Kind == kind).ToList();
            var named = rows.Where(c => c.Fault != FaultCode.None).Select(c => c.FaultAfterOnsetS).OrderBy(x => x).ToList();
            var past = rows.Where(c => c.SecondsOver48C > 0.0).ToList();
            return (
                rows.Count,
                named.Count,
                named.Count > 0 ? named[named.Count / 2] : double.NaN,
                named.Count > 0 ? named[named.Count - 1] : double.NaN,
                past.Count,
                past.Count(c => c.Fault == FaultCode.None),
                rows.Count(c => c.HeatFlowedPast48C),
                past.OrderByDescending(c => c.SecondsOver48C).ThenByDescending(c => c.PeakSurfaceC).FirstOrDefault());
        }

        private static string SettlingLine(FaultKind kind, List<FaultCaseResult> cases)
        {
            var f = Settling(kind, cases);
            string longest = f.Longest == null ? "" : FormattableString.Invariant($", longest {f.Longest.SecondsOver48C:0} s ({f.Longest.Pad} L{f.Longest.Level} @{f.Longest.OnsetS}s, peak {f.Longest.PeakSurfaceC:0.0} C, {FaultCodeNames.Of(f.Longest.Fault)})");
            return FormattableString.Invariant($"{kind,-21} w {FaultCampaign.SettledShare(kind):0.00}: named {f.Named} of {f.Runs} (median {F(f.MedianNamedS)} s, worst {F(f.WorstNamedS)} s); past {FaultCampaign.SingleFaultSurfaceC:0} C {f.Past48} (unnamed {f.UnnamedPast48}, heat flowing past it {f.HeatPast48}){longest}");
        }

        private static object SettlingFigures(FaultKind kind, List<FaultCaseResult> cases)
        {
            var f = Settling(kind, cases);
            return new
            {
                fault = kind.ToString(),
                settledShare = FaultCampaign.SettledShare(kind),
                paceS = FaultCampaign.SettlingPaceS,
                runs = f.Runs,
                named = f.Named,
                medianLatchedAfterOnsetS = Num(f.MedianNamedS),
                worstLatchedAfterOnsetS = Num(f.WorstNamedS),
                runsPast48C = f.Past48,
                runsUnnamedPast48C = f.UnnamedPast48,
                runsHeatFlowingPast48C = f.HeatPast48,
                longestPast48C = f.Longest == null ? null : new { pad = f.Longest.Pad, level = f.Longest.Level, onsetS = f.Longest.OnsetS, secondsOver48C = f.Longest.SecondsOver48C, peakSurfaceC = Num(f.Longest.PeakSurfaceC), latched = FaultCodeNames.Of(f.Longest.Fault) },
            };
        }

        private static double? Num(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : Math.Round(value, 2);

        private static string F(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("0.0");

        private static void Progress(TextWriter progress, int done, int total)
        {
            if (done % 20 != 0 && done != total)
            {
                return;
            }

            progress.Write(ProgressBar.Text(done, total));
        }
    }
}
