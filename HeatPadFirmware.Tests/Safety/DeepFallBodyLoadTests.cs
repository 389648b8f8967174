using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 17 (lie17b): the heating watch's deep fall on a pad pre-heated in free air and then lain on. The body
    /// pulls the reading 5.7-7.7 °C under the setpoint and the pad levels there at full power; the degree the deep fall owes
    /// never comes. With the element's current witnessed, a deep fall's watch that owes its degree at the end of the window
    /// stands down when the mean power that went in is what the room bound and a body of at most
    /// <see cref="HeatingFailedCheck.BodyLoadWPerK"/> take at a reading over the body's temperature. A pair loosening from
    /// the pad reads toward the room: under the body, or too low for the heat going in, and is still named.
    /// </summary>
    public class DeepFallBodyLoadTests
    {
        private const double SetpointC = 44.5;
        private const double RoomC = 20.0;

        /// <summary>
        /// Heats from the room to the setpoint (reached), holds it, then falls at full power to <paramref name="levelC"/> and
        /// stays there with <paramref name="meanDuty"/> of a <paramref name="fullPowerW"/> element. Returns the second of the
        /// fall the watch latched at (−1: never in 900 s).
        /// </summary>
        private static int FallAndLevel(double levelC, double fullPowerW, double meanDuty, bool witnessed)
        {
            return FallAndLevel(levelC, fullPowerW, meanDuty, witnessed, Learned("free-air"));
        }

        /// <summary>
        /// A learner fed 600 s of full power on the shipped pad <paramref name="padName"/> moved into the test's room: free-air
        /// learns its sink at the room, nominal-12v (on a 3 W/K body at 34 °C) learns it toward the body.
        /// </summary>
        private static PadModelLearner Learned(string padName)
        {
            PadParameters p = PadFile.LoadShipped(padName).With(ambientC: RoomC, initialC: RoomC);
            PadModelLearner learner = Control.FullPowerHeatUpLearning.Learn(new ThermalPad(p), new SimulatedSensor(p, 4), 599);
            Assert.True(learner.HasModel, padName + ": no model after the heat-up");
            return learner;
        }

        private static int FallAndLevel(double levelC, double fullPowerW, double meanDuty, bool witnessed, PadModelLearner? learner)
        {
            var check = new HeatingFailedCheck();
            double w = witnessed ? fullPowerW : 0.0;
            for (int s = 0; s < 600; s++)
            {
                double c = SetpointC - ((SetpointC - RoomC) * System.Math.Exp(-s / 80.0));
                Assert.False(check.Update(c, 1.0, 1.0, true, SetpointC, false, w, learner), "first heat at " + s);
            }

            for (int s = 0; s < 120; s++)
            {
                Assert.False(check.Update(SetpointC, 1.0, 0.5, true, SetpointC, false, w, learner));
            }

            for (int s = 1; s <= 900; s++)
            {
                // 90 s of fall to the level, then level (the duty is applied at 1.0 in 9 s of 10 and at 0 in 1: a mean of
                // meanDuty over each 10 s when meanDuty >= 0.9, hard work throughout).
                double c = s < 90 ? SetpointC - ((SetpointC - levelC) * s / 90.0) : levelC;
                double duty = (s % 10) == 0 ? (10.0 * meanDuty) - 9.0 : 1.0;
                if (check.Update(c, 1.0, duty, true, SetpointC, false, w, learner))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void DeepFall_StandsDown_WhenABodyTakesTheWitnessedHeat()
        {
            // 70 W × 0.95 = 66.5 W at 38.5 C in a 20 C room: 2.0 × 18.5 + 12 × 5.5 = 103 W a body may take.
            Assert.Equal(-1, FallAndLevel(38.5, 70.0, 0.95, witnessed: true));
        }

        [Fact]
        public void DeepFall_StillLatches_WhenTheHeatIsMoreThanABodyTakes()
        {
            // 140 W at 35.5 C: 2.0 × 15.5 + 12 × 2.5 = 61 W a body may take; the rest is a pad the pair no longer sees.
            int s = FallAndLevel(35.5, 140.0, 1.0, witnessed: true);
            Assert.InRange(s, 1, 90 + (int)HeatingFailedCheck.WindowS + 5);
        }

        [Fact]
        public void DeepFall_StillLatches_WhenTheReadingFallsUnderTheBody()
        {
            // 33.5 C: under BodyC + BodyOverC (35 C); a pair reading toward the room, whatever the power.
            Assert.True(FallAndLevel(33.5, 10.0, 1.0, witnessed: true) > 0);
        }

        [Fact]
        public void DeepFall_StillLatches_WhenTheReadingStandsInsideTheSkinBand()
        {
            // Session 18: 34.5 C, 30 W in a 20 C room: 2.0 x 14.5 + 12 x 1.5 = 47 W a body might take, but the reading stands
            // under BodyC + BodyOverC (35 C), inside the skin band where a pair reading toward the room also levels (session 17's
            // 16 C pair loosenings latched at 34.6-35.1 C asking 4.8-9.0 W/K). Lie17b's 1.0 C form stood this down.
            Assert.True(FallAndLevel(34.5, 30.0, 1.0, witnessed: true) > 0);
        }

        [Fact]
        public void DeepFall_StillLatches_WhenTheLearnedModelAlreadyHoldsABody()
        {
            // Session 18: the same fall and heat as DeepFall_StandsDown_WhenABodyTakesTheWitnessedHeat, but the pad's model was
            // learned on a body (nominal-12v, sink toward 34 C): the body is not new, so it does not explain the fall.
            Assert.True(FallAndLevel(38.5, 70.0, 0.95, witnessed: true, Learned("nominal-12v")) > 0);
        }

        [Fact]
        public void DeepFall_StillLatches_WithoutALearnedModel()
        {
            Assert.True(FallAndLevel(38.5, 70.0, 0.95, witnessed: true, learner: null) > 0);
        }

        [Fact]
        public void DeepFall_StillLatches_WithoutAWitnessedElement()
        {
            Assert.True(FallAndLevel(38.5, 70.0, 0.95, witnessed: false) > 0);
        }

        [Fact]
        public void FirstHeatUp_StillLatches_EvenIfABodyCouldTakeTheHeat()
        {
            // The stand-down is the deep fall's only: a first heat-up from a body-warmed 35 C that never gains its degree latches.
            var check = new HeatingFailedCheck();
            int latched = -1;
            for (int s = 1; s <= 400 && latched < 0; s++)
            {
                if (check.Update(35.0 + (0.5 * s / 400.0), 1.0, 1.0, true, SetpointC, true, 10.0))
                {
                    latched = s;
                }
            }

            Assert.InRange(latched, (int)HeatingFailedCheck.WindowS, (int)HeatingFailedCheck.WindowS + 2);
        }

        /// <summary>
        /// The lying-down group's deep-fall false trips on main 0fc0655 (faults seeds 1-6; 15 of the 16 heating_failed): 10 run
        /// to the program's end without a fault now (session 18: folded-covered 230246 latches again, its model's sink is not
        /// at the room), 4 (thick-slow 130101, 330229, 430318, 630094) are latched later by the
        /// coupling check or the heat-energy account (sensor_detached at 3,300-5,356 s, other paths' open gaps).
        /// </summary>
        [Theory]
        [InlineData(130031)]
        [InlineData(130214)]
        [InlineData(130297)]
        [InlineData(230386)]
        [InlineData(330076)]
        [InlineData(330196)]
        [InlineData(430115)]
        [InlineData(530204)]
        [InlineData(630207)]
        [InlineData(630271)]
        public void LyingDownDeepFalls_NoLongerTrip(int seed)
        {
            var shipped = PadFile.LoadAllShipped();
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(shipped, LifeRoom.Of(seed)), seed);
            Assert.True(fault == FaultCode.None, draw.PadName + " L" + draw.Level + ": " + fault + " at " + faultAtS + " s");
        }

        /// <summary>
        /// faults seed 1: the deep falls of loosening pairs nearest the bound (the body the same sum asks for at the latch,
        /// 15.5-23.6 W/K) are still named heating_failed at main's second.
        /// </summary>
        [Theory]
        [InlineData("thick-slow", 5, 1800.0, FaultKind.TwoPaceLoosening, 752.0)]
        [InlineData("thick-slow", 5, 1800.0, FaultKind.TwoPaceLooseningReversed, 744.0)]
        [InlineData("free-air", 5, 60.0, FaultKind.TwoPaceLoosening, 942.0)]
        [InlineData("thick-slow", 4, 1800.0, FaultKind.TwoPaceLooseningReversed, 780.0)]
        public void LooseningPairsDeepFalls_AreStillNamed(string padName, int level, double onsetS, FaultKind kind, double namedAtS)
        {
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            FaultCaseResult r = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, kind, onsetS, seed);
            Assert.Equal(FaultCode.HeatingFailed, r.Fault);
            Assert.Equal(namedAtS, r.NoHeatAfterS);
        }

        /// <summary>
        /// Session 17's finding against lie17b's 1.0 C form, the four loosening kinds with the room pinned at 16 °C
        /// (<c>faults --seed 1 --room 16</c>): two pairs read 34.6-35.1 °C at the latch and asked 4.8-9.0 W/K of a body, and
        /// were named 110-112 s later. With the reading held 2 °C over the body they are named at main's second.
        /// </summary>
        /// <remarks>
        /// Session 18: the stricter form alone (reading 35 °C or more) kept these, but in 18 / 20 °C rooms named a nominal-12v
        /// pair 532 / 600 s later (heating_failed 506 / 553 s -> sensor_detached 1,038 / 1,153 s); those pads' models were
        /// learned on the body (sink 35.7-35.9 °C), and the stand-down now needs a model that knows no body.
        /// </remarks>
        [Theory]
        [InlineData("strong-60w", 5, 60.0, FaultKind.TwoPaceLoosening, 16.0, 616.0)]
        [InlineData("strong-60w", 5, 60.0, FaultKind.TwoPaceLooseningReversed, 16.0, 613.0)]
        [InlineData("nominal-12v", 5, 600.0, FaultKind.TwoPaceLoosening, 18.0, 506.0)]
        [InlineData("strong-60w", 5, 60.0, FaultKind.TwoPaceLoosening, 18.0, 667.0)]
        [InlineData("nominal-12v", 5, 300.0, FaultKind.TwoPaceLoosening, 20.0, 553.0)]
        public void LooseningPairsDeepFalls_InCoolRooms_AreStillNamed(string padName, int level, double onsetS, FaultKind kind, double roomC, double namedAtS)
        {
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            FaultCaseResult r = FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);
            Assert.Equal(FaultCode.HeatingFailed, r.Fault);
            Assert.Equal(namedAtS, r.NoHeatAfterS);
        }
    }
}
