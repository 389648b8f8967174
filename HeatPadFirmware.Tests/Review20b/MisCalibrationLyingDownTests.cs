using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>
    /// Review 20b: session 19's element verdict (sensor_detached on a calibrated pad) under a calibration that no longer
    /// matches the pad — the heater sense's scale off (a controller board swapped with the pad's record re-deployed, an ADC
    /// reference drift: every value of the record then scales together), the capacity C, the room term G_ca, G_cs, S3's lag.
    /// Seeds are the <c>faults</c> campaign's lying-down group (seed 1: 130,000 + i, seed 2: 230,006 + i; the session's own
    /// room 16–26 °C). The scan (800 sessions, seeds 1–2; the same in rooms 12 / 16 / 30 / 34 °C) is in the review's report;
    /// these tests hold its nearest-the-margin sessions.
    /// </summary>
    public class MisCalibrationLyingDownTests
    {
        // thick-slow sessions: the first three latch with the record 14 % high (the sense reading 12 % low), the last two with C 15 % low.
        private static readonly int[] NearestSeeds = { 130009, 130032, 130036, 130011, 130057 };

        private static List<string> Added(int[] seeds, (string Name, Func<ElementCalibration, ElementCalibration> Make)[] errors, double? roomC = null, double roomDriftC = 0.0, double padColderC = 0.0)
        {
            var makes = new Func<ElementCalibration, ElementCalibration>[errors.Length];
            for (int i = 0; i < errors.Length; i++)
            {
                makes[i] = errors[i].Make;
            }

            var added = new List<string>();
            foreach (int seed in seeds)
            {
                var r = LieDownShadowRun.Run(seed, makes, roomC, roomDriftC, padColderC);
                for (int i = 0; i < errors.Length; i++)
                {
                    if (LieDownShadowRun.Added(r.VerdictAtS[i], r.FaultAtS))
                    {
                        added.Add(errors[i].Name + ": seed " + seed + " " + r.Draw.PadName + " L" + r.Draw.Level + " at " + r.VerdictAtS[i] + " s");
                    }
                }
            }

            return added;
        }

        [Fact]
        public void WithinTheBudget_SenseScaleTenPercent_CapacityTenPercent_GcsTenPercent_LagFiveSeconds_NoFalseDetached()
        {
            // The scan: 0 of 800 lying-down sessions latch with the record x0.80..x1.12 (all values together), C x0.90..x1.10,
            // G_cs x0.85..x1.10, G_ca -0.2..+0.03 x G_cs, lag -5..+10 s (room 12 C: x1.12 latches 1). These sessions are the
            // first to latch just past it.
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("exact", c => c),
                ("all x0.90", c => CalibrationErrorShadow.Modified(c, all: 0.90)),
                ("all x1.10", c => CalibrationErrorShadow.Modified(c, all: 1.10)),
                ("C x0.90", c => CalibrationErrorShadow.Modified(c, capacity: 0.90)),
                ("C x1.10", c => CalibrationErrorShadow.Modified(c, capacity: 1.10)),
                ("G x0.90", c => CalibrationErrorShadow.Modified(c, conductance: 0.90)),
                ("G x1.10", c => CalibrationErrorShadow.Modified(c, conductance: 1.10)),
                ("lag -5", c => CalibrationErrorShadow.Modified(c, lagShiftS: -5)),
                ("lag +5", c => CalibrationErrorShadow.Modified(c, lagShiftS: 5)),
            };
            List<string> added = Added(NearestSeeds, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b MEDIUM: the record carries
        // the controller's sense scale but is bound only to S3's ROM; a board swap with the record re-deployed (ESP32 Vref
        // 1.0-1.2 V enters the sensed power squared: boards differ by up to ~1.44x) or a sense reading >= 12 % low latches
        // sensor_detached in normal use. Lying-down seeds 1-2: base 0 added; record x1.14: 31 of 800 (all thick-slow),
        // x1.16: 107, x1.18: 150, x1.20: 197 (133 thick-slow, 42 folded-covered, 17 free-air, 5 nominal-12v), most at 95-99
        // s (the first judged seconds); room 12 C: x1.12 1, x1.14 44, x1.20 272. Budget: sensed power within -10 % .. +25 %
        // of the fixture's.
        // Passes since session 20 (wit20: the room's span) at 14 % (x1.14); x1.20 stays a finding (next test).
        [Fact]
        public void ABoardSwap_TheSenseReadingTwelvePercentLow_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("all x1.14", c => CalibrationErrorShadow.Modified(c, all: 1.14)),
            };
            List<string> added = Added(new[] { 130009, 130032, 130036 }, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        [Fact(Skip = "Review 20b MEDIUM, remeasured in session 20 (wit20, room span 8 C): the record x1.20 (the sense reading ~17 % low against it: a board swap, the record bound only to S3's ROM) latches sensor_detached in 1 of these 3 sessions (130032 thick-slow L3 at 161 s; session 19's witness: 3 of 3). Binding the record to the controller board is fix20's.")]
        public void ABoardSwap_TheSenseReadingSeventeenPercentLow_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("all x1.20", c => CalibrationErrorShadow.Modified(c, all: 1.20)),
            };
            List<string> added = Added(new[] { 130009, 130032, 130036 }, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b LOW: the verdict holds C
        // only within +-10 % of the fixture's own (C, lag) pair. Lying-down seeds 1-2 (base 0 added): C x0.85 19 of 800,
        // x0.80 61, x0.70 117; C x1.15 6, x1.20 100, x1.30 133 (all thick-slow at x0.85 / x1.15; latched 95 s .. 1,229 s).
        // The fixture's C itself is -82 % .. +9 % off the pad's (traded against the lag, capped at 15 s), so a record's C
        // must not be rounded, edited or re-derived. Passes since session 20 (wit20: the room's span).
        [Fact]
        public void ACapacityFifteenPercentOff_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("C x0.85", c => CalibrationErrorShadow.Modified(c, capacity: 0.85)),
                ("C x1.15", c => CalibrationErrorShadow.Modified(c, capacity: 1.15)),
            };
            List<string> added = Added(new[] { 130011, 130057, 130032 }, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b LOW: the effective room
        // term G_ca tolerates +0.03 x G_cs, not +0.1: lying-down seeds 1-2 (base 0 added) G_ca +0.05 G_cs 0 (room 12 C: 2),
        // +0.1 G_cs 51 of 800 (room 12 C 173, 16 C 95, 30 C 2, 34 C 1), latched at the hot hold (751-1,254 s). The
        // fixture's own G_ca error is within 0.015 x G_cs; a cold room magnifies it (G_ca x (T_e - T_room)). Passes since
        // session 20 (wit20: the room's span).
        [Fact]
        public void ARoomTermOffByATenthOfGcs_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("Ga +0.1G", c => CalibrationErrorShadow.Modified(c, roomShareShift: 0.1)),
            };
            List<string> added = Added(new[] { 130011, 130036 }, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }
    

        [Fact]
        public void ARoomWarmingFourDegreesInTheHour_TheFixturesOwnRecord_NoFalseDetached()
        {
            // The scan (room +4 C over the first hour, seeds 1-2): 0 of 800 added with the fixture's record, but its worst
            // session came within 0.11 C of the margin (steady room: 2.03 C): the drift eats the budget (next test).
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[] { ("exact", c => c) };
            List<string> added = Added(new[] { 130036, 130131 }, errors, roomDriftC: 4.0);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b MEDIUM: a room warming 4 C
        // over the first hour (G_ca x (T_e - T_room) with T_room frozen at the cold start) leaves 0.11 C of margin, so a
        // plausible small mis-calibration latches sensor_detached late in normal sessions. Lying-down seeds 1-2, room +4 C:
        // base 0 added; record x1.05 (sense 5 % low) 1 of 800, x1.10 6, x1.12 25 (steady room: 0, 0, 0); C x0.90 3; G_cs
        // x1.10 2; G_ca +0.03 G_cs 2; lag +10 s 38 (steady: 0); latched 2,188-3,717 s into the session (the user asleep on
        // a pad that then goes cold). Room -4 C: x1.10 0, lag +10 s 10.
        // Passes since session 20 (wit20: the estimate judged on the most favourable room within ElementWitnessCheck.RoomSpanC).
        [Fact]
        public void ARoomWarmingFourDegrees_WithTheSenseFiveToTenPercentLow_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[]
            {
                ("all x1.10", c => CalibrationErrorShadow.Modified(c, all: 1.10)),
            };
            List<string> added = Added(new[] { 130036, 130131, 230350 }, errors, roomDriftC: 4.0);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }
    

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b HIGH: the room reference
        // T_room is the element's reading at the cold start and never moves, so a room that warms during the session (a
        // heater or the house heating switched on at bedtime) reads as heat the element cannot have lost, the estimate
        // rises and the fixture's OWN record latches sensor_detached in normal use. Lying-down seeds 1-2 (base 0 added):
        // room +4 C over the first hour 0 of 800 (worst 0.11 C under the margin), +6 C 1 (free-air L5 at 3,849 s), +8 C 12
        // (3,242-4,492 s; thick-slow, free-air, nominal-12v); with the sense 5 % low +6 C 4, +8 C 40. Budget: the room may
        // rise under ~4-5 C after the cold start.
        // Passes since session 20 (wit20: the estimate judged on the most favourable room within ElementWitnessCheck.RoomSpanC).
        [Fact]
        public void ARoomWarmingSixToEightDegreesInTheHour_TheFixturesOwnRecord_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[] { ("exact", c => c) };
            List<string> added = Added(new[] { 130257 }, errors, roomDriftC: 6.0);
            added.AddRange(Added(new[] { 130131, 130100 }, errors, roomDriftC: 8.0));
            Assert.True(added.Count == 0, string.Join("; ", added));
        }
    

        // Measured with the cold start's reading as the room (session 19's witness): Review 20b HIGH: the calibration is
        // adopted at a cold start with the element's reading taken as the room (T_room), so a pad switched on colder than
        // the room (brought in from a cooler hallway, bedroom or car and switched on at once: element and pair agree, so
        // the start counts as cold) misreads the element's loss to the room for the whole session, the estimate runs high
        // and the fixture's OWN record latches sensor_detached in normal use. Lying-down seeds 1-2 (base 0 added): pad 4 C
        // under the room 1 of 800 (nominal-12v L4 at 373 s; worst gap 0.07 C over the margin), 8 C under 22 of 800
        // (folded-covered 7, free-air 8, nominal-12v 4, thick-slow 3; 373-905 s); with the sense 5 % low 3 / 70. The worst
        // session's gap over the margin: at the room -2.03 C, 2 C under -1.36, 3 C under -0.50, 4 C under +0.07, 8 C under
        // +1.92. Budget: the pad within ~3 C of the room at switch-on (then the sense within ~5 %).
        // Passes since session 20 (wit20: the estimate judged on the most favourable room within ElementWitnessCheck.RoomSpanC).
        [Fact]
        public void APadSwitchedOnColderThanTheRoom_TheFixturesOwnRecord_LatchesNoFalseDetached()
        {
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[] { ("exact", c => c) };
            List<string> added = Added(new[] { 230350 }, errors, padColderC: 4.0);
            added.AddRange(Added(new[] { 130033, 130009 }, errors, padColderC: 8.0));
            Assert.True(added.Count == 0, string.Join("; ", added));
        }

        [Fact]
        public void APadSwitchedOnAtTheRoom_TheSameSessions_LatchNothing()
        {
            // The previous test's sessions with the pad at the room when switched on: the fixture's record adds nothing.
            var errors = new (string, Func<ElementCalibration, ElementCalibration>)[] { ("exact", c => c) };
            List<string> added = Added(new[] { 230350, 130033, 130009, 130257, 130131, 130100 }, errors);
            Assert.True(added.Count == 0, string.Join("; ", added));
        }
    }
}
