using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 9 (issue 4, normal life; docs/safety.md "Session 7: the rooms drawn, and what a cool room still trips"): nominal-12v's
    /// user gets up in a room under about 21 °C, the reading falls behind the model learned on the body, the witness probes
    /// put the coupling in doubt, the doubt cap holds the pad 5–8 °C under its setpoint and the 25 s deep-fall probes latch
    /// <see cref="FaultCode.SensorDetached"/>. Measured in session 9 with copies of the simulated pad run on from each probe's
    /// start with and without the cut (the pad's true answer): the true answers were 0.61–0.92 of the model's response
    /// (deep-fall probes 0.49–0.72) where the probe measured −0.14..0.68, so most of the low answer is the probe's
    /// counterfactual (the innovation's linear trend over the transient after the user got up), and the rest is the body-learned
    /// model's fast part running ahead of the pad — on the body as much as off it (below). A two-unknown re-fit of the
    /// departure since the witness's top (sink shift and surface conductance) explained it within 0.09 °C RMS and lifted the
    /// first answers (0.17 → 0.51, 0.32 → 0.45, 0.58 → 0.96, 0.54 → 0.98; 400449 then ran without a fault), but it fits a
    /// loosening pair's departure as well, with the same signs (free-air, nominal-12v: conductance −0.5..−14, sink −5..−110 °C):
    /// BothSensorsLoosening lost a verdict (nominal-12v L5 @600 s heating_failed → none, 45.6 → 46.6 °C) and 27 of the two
    /// loosening rows' cases moved (peaks up to +2.5 °C). Not landed.
    /// </summary>
    public class CoolRoomStaleModelTests
    {
        [Theory(Skip = "known limit (session 9; session 10's fast-response calibration fixed 400449 and 500071, session 11's power-counted trend 500226, below): a cool room's user getting up latches sensor_detached through the doubt cap and the 25 s deep-fall probe, whose straight trend carries the fall of the last pause's transient (the model's too-fast dynamics) through the probe: counterfactual 0.36-0.51 C low on a 0.65-0.73 C answer; a parabola's trend clears both but delays 11 loosening verdicts (docs/safety.md, session 11)")]
        [InlineData(100165, 16.0)]
        [InlineData(100094, 16.0)]
        public void Core_KeepsHeatingWithoutFault_WhenTheUserGetsUpInACoolRoom(int seed, double pinnedRoomC)
        {
            RunsWithoutFault(seed, pinnedRoomC);
        }

        /// <summary>
        /// Session 10 (fastresp10): the deep-fall latch judges against the attached pad's answer to the first approach's cut of
        /// full power (<see cref="FastResponseCalibration"/>), re-judged on the model that judges each probe (k = 0.85 on 400449,
        /// 0.93 on 500071): their deep-fall answers no longer latch. Both failed on main.
        /// </summary>
        [Theory]
        [InlineData(400449, 0.0)]
        [InlineData(500071, 0.0)]
        public void Core_KeepsHeatingWithoutFault_WhenTheUserGetsUpInACoolRoom_OnTheCalibratedYardstick(int seed, double pinnedRoomC)
        {
            RunsWithoutFault(seed, pinnedRoomC);
        }

        /// <summary>
        /// Session 11 (coolroom11): 500226 (16.1 °C) runs on a supply sagged to 10.8 V (power ratio 0.74 of what the model's gain
        /// stands for). The probe's trend was taken against the model on the duty alone, whose excess rise after the sag it
        /// carried, while its counterfactual continued the heat at the measured power: the shortfall counted twice (0.19 °C of
        /// the deep-fall probe's 0.53 °C modelled answer; answers 0.17 / −0.14 → 0.53 / 0.33). The trend is now taken against
        /// the model that counts the measured power. Failed on main.
        /// </summary>
        [Theory]
        [InlineData(500226, 0.0)]
        public void Core_KeepsHeatingWithoutFault_WhenTheUserGetsUpInACoolRoom_OnASaggedSupply(int seed, double pinnedRoomC)
        {
            RunsWithoutFault(seed, pinnedRoomC);
        }

        /// <summary>
        /// Session 11 (coolroom11): 600865, thick-slow level 5 in a 16.2 °C room, its user up 95 s in. The witness adopted
        /// 300 s into the first heat-up has a full-power rise of 7 °C (ceiling 23.5 °C) and the readings stand at 39–45 °C: its
        /// probes (60 s without heat every 2 minutes; the pad's true answer 0.05–0.09 of that model's) held the pad 5 °C under
        /// its setpoint and the heating watch latched heating_failed at 2,593 s. A reading more than
        /// <c>SensorCouplingCheck.WitnessRefutedC</c> (10 °C) over the witness's own full-power ceiling refutes the witness: it
        /// neither asks nor bounds. Failed on main. Reverted at the end of session 11 (review 12 HIGH-1: a witness learned under a
        /// cold pack at the session's start is refuted by attached readings after the pack's lift, and a loosening pair then runs
        /// unwitnessed, free-air to 55.0 °C); the test is kept skipped. Session 12 (witness12): the learner never re-learns in this
        /// one long heat (its best fit since the origin misses by 0.3–0.53 °C RMS from 540 s on, no credible model to re-adopt);
        /// letting it forget its readings there and handing the witness the stronger re-fit ran 600865 without a fault, but the
        /// re-learned witness confirmed an early loosening after a pack (PackThenLooseningTests named 377–651 s after the onset).
        /// </summary>
        [Fact(Skip = "Session 11: 600865 trips heating_failed at 2,593 s again since WitnessRefutedC was reverted (review 12 HIGH-1, Tests/Review12/PackThenLooseningTests). Session 12: the learner re-learning mid-heat fixed it but named review 12's loosening after a pack 377-651 s after the onset (<= 300 s); reverted (docs/safety.md, cool-room section, session 12)")]
        public void Core_KeepsHeatingWithoutFault_WhenTheWitnessIsRefutedByTheReading()
        {
            const int seed = 600865;
            double roomC = LifeRoom.Of(seed);
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), roomC);
            Assert.Equal("thick-slow", pads[new Random(seed).Next(pads.Length)].Name);

            int probes = -1;
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(pads, seed, onTick: run => probes = run.Core.Supervisor.Coupling.ProbesAsked));
            Assert.Equal(0, probes);
        }

        private static void RunsWithoutFault(int seed, double pinnedRoomC)
        {
            double roomC = pinnedRoomC > 0.0 ? pinnedRoomC : LifeRoom.Of(seed);
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), roomC);
            Assert.Equal("nominal-12v", pads[new Random(seed).Next(pads.Length)].Name);

            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(pads, seed));
        }

        [Fact]
        public void Pad_AnswersACutOfPowerNoLessOffTheBodyThanOnIt_InASixteenDegreeRoom()
        {
            // Session 100165 (room 16 °C) at its first witness probe: core 52.7 °C, surface and sensor 38.6 °C, the duty of
            // 0.89 cut for 40 s. The load sets where the pad settles, not how fast its heat capacities answer the power: off the
            // body the surface loses less (1.2 W/K to the air against 3.1 W/K), so it answers the cut a little more, not less.
            PadParameters pad = Array.Find(LifeRoom.PadsIn(PadFile.LoadAllShipped(), 16.0), p => p.Name == "nominal-12v").Pad;

            double onBodyC = ForcedResponseC(pad.With(surfaceToBodyWPerK: 3.0, surfaceToAmbientWPerK: 0.1));
            double offBodyC = ForcedResponseC(pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2));

            Assert.True(onBodyC > 1.0, $"on the body {onBodyC:0.00} C");
            Assert.True(offBodyC >= onBodyC, $"off the body {offBodyC:0.00} C, on it {onBodyC:0.00} C");
            Assert.True(offBodyC <= 1.3 * onBodyC, $"off the body {offBodyC:0.00} C, on it {onBodyC:0.00} C");
        }

        /// <summary>The lagged sensor's departure, °C, between the pad heated on at 0.89 duty and the pad cut off, 40 s from the probe's start state.</summary>
        private static double ForcedResponseC(PadParameters pad)
        {
            const double CoreC = 52.7, SurfaceC = 38.6, Duty = 0.89;
            var heated = new ThermalPad(pad, CoreC, SurfaceC);
            var cut = new ThermalPad(pad, CoreC, SurfaceC);
            double heatedSensorC = SurfaceC, cutSensorC = SurfaceC;
            double step = 1.0 - Math.Exp(-1.0 / pad.SensorLagS);
            for (int s = 0; s < 40; s++)
            {
                heated.Step(1.0, Duty, true);
                cut.Step(1.0, 0.0, true);
                heatedSensorC += step * (heated.SurfaceC - heatedSensorC);
                cutSensorC += step * (cut.SurfaceC - cutSensorC);
            }

            return heatedSensorC - cutSensorC;
        }
    }
}
