using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Review35a
{
    /// <summary>
    /// Review 35a (issue 4; docs/safety.md "Review 35a: the witness's no-answer latch (review35a)"): healthy sessions whose witness
    /// probes answer "no response" (fine, under <see cref="LainOnAndLeft.NoAnswerRatio"/>) again and again, which cf35's form A
    /// (session 35, withdrawn: a run of such answers on a model that can burn latches <see cref="FaultCode.SensorDetached"/>) takes for a
    /// departed pair. Form A's count started again only at another witness answer: not with time, the user getting up, the end of a
    /// session or a cleared fault. A user who lies down on the pre-heated pad, gets up and lies down again gives one low answer per
    /// lying down and nothing in between; a weak pad under a warm body answers nothing probe after probe. These tests pin main
    /// (no fault, and the low answers that a count would see); each comment gives form A's figures: with three answers (cf35 at
    /// df38093) and with four (cf35's last form). A latch on runs of low witness answers must keep these sessions running.
    /// </summary>
    public class WitnessNoAnswerLatchTests
    {
        // nominal-12v in a 28 °C room, L1, pre-heated in free air; the user (3 × the pad's own contact, 9 W/K) lies on it at 600 s for
        // 5 min, is up for 10 min, and again. Each lying down answers one witness probe low (−0.38 at 727 s, −0.82 at 1,619 s, −0.87 at
        // 2,522 s, then 3,422 s ...); the getting up asks none. Main: no fault in the 90-min session, peak 38.30 °C. Form A, three
        // answers: sensor_detached at 2,522 s; four: at 3,416 s. Review 35a's scan of such restless users (6 shipped pads,
        // 16/22/28 °C, 1-3 × contact, L1/3/5, lain 5 or 15 min, up 2 or 10 min): form A (three) newly latches 20 of 432, (four) 16.
        [Fact]
        public void RestlessUser_AnswersNoResponseOncePerLyingDown_AndRunsOn()
        {
            var o = LainOnAndLeft.Run(PadFile.LoadShipped("nominal-12v"), 28.0, 1, 5400, s => s >= 600 && (s - 600) % 900 < 300, 9.0);

            AssertRunsOnThroughLowAnswersApart(o, 4, 840);
            Assert.InRange(o.PeakC, 38.1, 38.5);
        }

        // free-air in its 22 °C room, L3, with a body of 3 W/K (the lying-down group's contact for a pad with none of its own, at its
        // least): lain 5 min, up 2 min, from 600 s. Answers 0.51, 0.37, then 0.24 (1,571 s), 0.26 (1,993 s), 0.23 (2,413 s) ..., one
        // per lying down. Main: no fault, peak 41.51 °C. Form A, three answers: sensor_detached at 2,413 s; four: at 2,832 s.
        [Fact]
        public void RestlessUser_AtTheLeastContact_AnswersNoResponseOncePerLyingDown_AndRunsOn()
        {
            var o = LainOnAndLeft.Run(PadFile.LoadShipped("free-air"), 22.0, 3, 5400, s => s >= 600 && (s - 600) % 420 < 300, 3.0);

            AssertRunsOnThroughLowAnswersApart(o, 4, 360);
        }

        // Four 30-min sessions an hour apart in one power-on (the pad left plugged in): nominal-12v in a 28 °C room, L1, each session
        // pre-heated in free air for 10 min, lain on (9 W/K) to 15 min after its end. One low witness answer per session (−0.38 at
        // 727 s, −0.82 at 4,320 s, −0.84 at 7,921 s, ...). Main: no fault in any session (peak 38.09 °C). Form A, three answers:
        // sensor_detached at 7,921 s, in the third session, two hours after the first low answer; four: at 11,521 s, in the fourth session (the scan's three sessions give it three answers: none of the 864 latches with four). Review 35a's
        // scan of such days (6 shipped pads, 16/22/28 °C, 1-3 × contact, L1/3/5, pre-heat 2 or 10 min, 15 or 30 min sessions 1 or
        // 30 min apart, three sessions): form A (three) newly latches 10 of 864, (four) none (three sessions, three answers); a fourth session would latch.
        [Fact]
        public void SessionsInOnePowerOn_AnswerNoResponseOnceEach_AndRunOn()
        {
            const int cycle = 3600, length = 1800, preheat = 600;
            var o = LainOnAndLeft.Run(
                PadFile.LoadShipped("nominal-12v"),
                28.0,
                1,
                4 * cycle,
                s => s % cycle >= preheat && s % cycle < length + ((cycle - length) / 2),
                9.0,
                s => s % cycle == length || (s > 0 && s % cycle == 0) ? ButtonId.Power : ButtonId.None);

            AssertRunsOnThroughLowAnswersApart(o, 4, cycle - 60);
        }

        // Weak pads lain on (brief: "weak pads lain on, on a 12 °C bed"): weak33's pads warmed under their own cover, then a body lies
        // on at 120 s and stays. A warm body anchors a weak pad's surface: cut 8-20 W and the reading hardly moves, while the model
        // learned before the body (a ceiling of 45 °C or more) expects a fall, so the witness asks probe after probe and each answers
        // about nothing, as early33's departed pair does, within one lying down. Review 35a's scan (60 weak pads, 12/22/28 °C, L1/L5, a
        // body of 34 °C at 3 W/K or 36 °C at 6 W/K, lain at 120 or 600 s, staying or up 20 min later): form A (three) newly latches 25
        // of 2,880 (16 at 12 °C; 5 with the lying-down group's 34 °C body at 3 W/K), (four) 13 (11 at 12 °C; 2 with the 34 °C body).
        // usb-10w at 8 W, insulated, in a 12 °C room, L1, a 34 °C body at 3 W/K from 120 s: answers 0.27 (537 s), 0.28 (916 s), 0.26
        // (1,523 s) .... Main: no fault, peak 33.10 °C. Form A, three answers: sensor_detached at 1,523 s; four: at 2,403 s.
        [Fact]
        public void WeakInsulatedPad_LainOnByA34CBody_In12CRoom_AnswersNoResponse_AndRunsOn()
        {
            var o = LainOnAndLeft.Run(Weak("usb-10w/8.0W/insulated").With(bodyC: 34.0), 12.0, 1, 3600, (run, s) => run.Pad.SurfaceToBodyWPerK = s >= 120 ? 3.0 : 0.0);

            AssertRunsOnThroughLowAnswersApart(o, 3, 300);
            Assert.InRange(o.PeakC, 32.9, 33.3);
        }

        // random-008 (19.4 W), light-body, in a 12 °C room, L5, a 36 °C body at 6 W/K from 120 s: 13 answers of 0.19-0.25 about every
        // 200 s to the end of the hour (594, 775, 961, 1,153 s ...). Main: no fault, peak 36.63 °C. Form A, three answers:
        // sensor_detached at 961 s (peak 35.85 °C); four: at 1,153 s. With the Factory flags form A (three) latches it too (the
        // element witness does not affirm here); main with the flags: no fault.
        [Fact]
        public void WeakPad_LainOnByAWarmBody_AnswersNoResponseEveryFewMinutes_AndRunsOn()
        {
            var o = LainOnAndLeft.Run(Weak("random-008/19.4W/light-body").With(bodyC: 36.0), 12.0, 5, 3600, (run, s) => run.Pad.SurfaceToBodyWPerK = s >= 120 ? 6.0 : 0.5);

            AssertRunsOnThroughLowAnswersApart(o, 10, 150);
            Assert.InRange(o.PeakC, 36.4, 36.9);
        }

        private static PadParameters Weak(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }

        // No fault, and at least `count` fine answers under NoAnswerRatio, the first `count` of them each at least `gapS` after the last
        // (one per lying down or session where gapS is the schedule's period).
        private static void AssertRunsOnThroughLowAnswersApart(LainOnAndLeft.Outcome o, int count, int gapS)
        {
            Assert.True(o.Fault == FaultCode.None, LainOnAndLeft.Describe(o));
            Assert.Equal(0, o.Over48S);
            int[] lowAtS = o.LowAtS.Length == 0 ? Array.Empty<int>() : o.LowAtS.Split(' ').Select(int.Parse).ToArray();
            Assert.True(lowAtS.Length >= count, LainOnAndLeft.Describe(o));
            for (int i = 1; i < count; i++)
            {
                Assert.True(lowAtS[i] - lowAtS[i - 1] >= gapS, LainOnAndLeft.Describe(o));
            }
        }
    }
}
