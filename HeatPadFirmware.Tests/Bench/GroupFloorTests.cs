using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Twins;
using HeatPadFirmware.Tests.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>
    /// The group floor: one common duty for any number of surfaces (pads, or the learner's candidates from their state at
    /// the stop of full power), every one under the cap, the targets in the band; and the firmware snapshot it starts from.
    /// </summary>
    public class GroupFloorTests
    {
        private const int Horizon = 3600 + PairFloor.CoastS;

        private static PadParameters Random011Body()
        {
            return BenchPadFamily.InCondition(BenchPadFamily.Build(12, 1).First(p => p.Name == "random-011").Pad, "body");
        }

        [Fact]
        public void GroupFloor_MatchesThePairFloor_WithOneTarget()
        {
            // The same program in another form (the margin variable in the box instead of the target's surface as the
            // objective): with the pad as the only target and its twin under the cap both must find the same second.
            PadParameters pad = Random011Body();
            TwinPad twin = TwinConstruction.Find(pad).Single();
            double setpointC = new TherapyConfig().SetpointOfLevelC(1);
            PairFloor.Result pair = PairFloor.Compute(new[] { pad, twin.Pad }, 0, setpointC, PairFloor.IssueCapC);
            var members = new FloorMember[] { new PadMember(pad, null, null, Horizon), new PadMember(twin.Pad, null, null, Horizon) };
            int floorS = GroupFloor.EarliestCommonS(members, new[] { 0 }, setpointC - 0.5, setpointC + PairFloor.IssueCapC, 3600, out _, out _);
            Assert.Equal(pair.FloorS, floorS);
        }

        [Fact]
        public void JointFloor_IsNoFasterThanEitherSingleTargetFloor()
        {
            // Asking both pads into the band with one duty adds the other's band to each one-target program, but the
            // one-target program also holds the duty at 0 after its own target's time, which the joint one does not before
            // the later target's: the joint ratio lies within a percent of the larger single-target ratio (measured over
            // the seed-1 twins: equal, or lower by up to 0.0065 on this very case).
            PadParameters pad = Random011Body();
            TwinPad twin = TwinConstruction.Find(pad).Single();
            double setpointC = new TherapyConfig().SetpointOfLevelC(1);
            PairFloor.Result onPad = PairFloor.Compute(new[] { pad, twin.Pad }, 0, setpointC, PairFloor.IssueCapC);
            PairFloor.Result onTwin = PairFloor.Compute(new[] { pad, twin.Pad }, 1, setpointC, PairFloor.IssueCapC);
            int horizon = (int)Math.Ceiling(2.0 * Math.Max(onPad.BoundS, onTwin.BoundS)) + PairFloor.CoastS + 1;
            var members = new FloorMember[] { new PadMember(pad, null, null, horizon), new PadMember(twin.Pad, null, null, horizon) };
            double joint = GroupFloor.JointRatio(members, new[] { 0, 1 }, new[] { onPad.BoundS, onTwin.BoundS }, setpointC - 0.5, setpointC + PairFloor.IssueCapC,
                1e-4, 2.0, out _);
            Assert.InRange(joint, Math.Max(onPad.Ratio, onTwin.Ratio) - 0.01, Math.Max(onPad.Ratio, onTwin.Ratio) + 1e-3);
        }

        [Fact]
        public void Solution_KeepsEveryMemberUnderTheCap_AndEveryTargetInTheBand()
        {
            // Two candidate models of one structure, one of them 1 °C ahead: the robust duty must land both and pass the
            // cap on neither, which the members' own simulations (not the program's rows) check here.
            var model = new PadThermalModel
            {
                CoreTauS = 50.0, SurfaceTauS = 200.0, CoreLossRatio = 0.2, SurfaceLossRatio = 0.5, SensorLagS = 12.0, RiseC = 30.0, SinkC = 30.0, AmbientC = 22.0,
            };
            var members = new FloorMember[] { new ModelMember("behind", model, 40.0, 36.0, Horizon), new ModelMember("ahead", model, 41.0, 37.0, Horizon) };
            const double bandC = 39.5, capC = 40.3;
            int floorS = GroupFloor.EarliestCommonS(members, new[] { 0, 1 }, bandC, capC, 3600, out GroupFloor.Solution best, out _);
            Assert.True(floorS > 0, "no floor");
            var duty = new double[floorS + PairFloor.CoastS];
            Array.Copy(best.DutyPerSecond, duty, floorS);
            var surface = new double[duty.Length + 1];
            foreach (FloorMember m in members)
            {
                m.Simulate(duty, duty.Length, surface);
                Assert.True(surface.Max() <= capC + 1e-6, $"{m.Name} peaks at {surface.Max():0.000} C");
                Assert.True(surface[floorS] >= bandC - 1e-6, $"{m.Name} at {surface[floorS]:0.000} C at the floor");
            }

            int aloneS = GroupFloor.EarliestCommonS(members, new[] { 0 }, bandC, capC, 3600, out _, out _);
            int behindOnlyS = GroupFloor.EarliestCommonS(new[] { members[0] }, new[] { 0 }, bandC, capC, 3600, out _, out _);
            Assert.True(floorS >= aloneS && aloneS >= behindOnlyS, $"robust {floorS} s, capped by the other {aloneS} s, alone {behindOnlyS} s");
        }

        [Fact]
        public void ModelMember_StepResponse_SuperposesToItsSimulation()
        {
            // The program's rows are superpositions of the step response; the cap check simulates the member itself. Both
            // must agree for a duty of blocks, or the row generation would not settle.
            var model = new PadThermalModel
            {
                CoreTauS = 20.0, SurfaceTauS = 500.0, CoreLossRatio = 0.2, SurfaceLossRatio = 1.0, SensorLagS = 38.0, RiseC = 60.0, SinkC = 33.0, AmbientC = 21.0,
            };
            var member = new ModelMember("m", model, 45.0, 35.0, 400);
            var duty = new double[400];
            for (int s = 30; s < 90; s++)
            {
                duty[s] = 0.7;
            }

            var surface = new double[401];
            member.Simulate(duty, 400, surface);
            for (int t = 0; t <= 400; t += 13)
            {
                double superposed = member.FreeC[t] + (0.7 * member.Block(t, 30, 90));
                Assert.True(Math.Abs(superposed - surface[t]) < 1e-9, $"t {t}: {superposed} vs {surface[t]}");
            }
        }

        [Fact]
        public void StopSnapshot_ReplaysTheTruePadToItsStateAtTheStop()
        {
            // The truth's member is the pad after the recorded duties: its surface at the program's start must be the run's
            // true surface at the stop tick; the firmware (nominal pad, level 3 on the body) stops full power before the
            // band with a plausible set and then lands in the band.
            PadParameters pad = PadTestData.Nominal();
            double setpointC = new TherapyConfig().SetpointOfLevelC(3);
            StopSnapshot snap = StopSnapshot.Run(pad, 3, setpointC, 42, 1800);
            Assert.True(snap.StopTick > snap.StartTick, $"stop {snap.StopTick}, start {snap.StartTick}");
            Assert.InRange(snap.PlausibleCount, 1, PadModelLearner.KeptCandidates);
            Assert.Equal(snap.PlausibleCount, snap.Candidates.Count);
            Assert.True(snap.RiseS > snap.StopTick - snap.StartTick, $"rise {snap.RiseS} s");
            var truth = new PadMember(pad, snap.Duty.Take(snap.StopTick).ToArray(), snap.Closed.Take(snap.StopTick).ToArray(), 10);
            Assert.Equal(snap.SurfaceC[snap.StopTick], truth.FreeC[0], 9);
            Assert.True(snap.SurfaceC[snap.StopTick] < setpointC - 0.5);
        }

        [Fact]
        public void Segments_NameFullOffAndPartialStretches()
        {
            Assert.Equal("0-2 F, 2-3 0, 3-5 p0.50", GroupFloorCommand.Segments(new[] { 1.0, 1.0, 0.0, 0.4, 0.6 }));
        }
    }
}
