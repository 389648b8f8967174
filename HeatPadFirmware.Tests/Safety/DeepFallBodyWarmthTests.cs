using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 27 (lie27, issue 4; measured, not landed): the heating watch's deep fall (<see cref="HeatingFailedCheck.DeepFallC"/>
    /// under a setpoint the pad reached, at full power) withheld while the fused reading stands at or over 35.5 °C (lie26's form:
    /// the lying-down group's deep falls latched at 35.5-40.1 °C, the pair loosenings of faults seed 1 at 22 °C at 29.1-35.3 °C;
    /// lie17b). Review 19b's scenario (<see cref="Review19b.LearnedInAirLoosening"/>: pads warmed in free air, lain on or not, the
    /// pair loosening) has loosening pairs that read 35.5-39.3 °C when main's deep fall names them; the form named 543 of 19,440 later, up to
    /// 2,390 s, with larger doses (docs/safety.md "Session 27: the deep fall withheld at a body's warmth (lie27)"). The
    /// lying-down sessions it cleared stay skipped findings; the loosening rows are guards at main's seconds.
    /// </summary>
    public class DeepFallBodyWarmthTests
    {
        private const double SetpointC = 44.5;

        /// <summary>
        /// Feeds the watch a heat-up from 30 °C to 45 °C at full power (0.1 °C/s: the first heat-up's owed watch is satisfied and
        /// the setpoint reached), a fall at 0.1 °C/s to <paramref name="levelC"/>, then <paramref name="levelC"/> held, then
        /// from <paramref name="sinkFromS"/> (&lt; 0: never) a sink of 0.01 °C/s. Returns the second of the first verdict, -1 when none
        /// within <paramref name="seconds"/>; <paramref name="deepArmedAtS"/> is the second the deep fall's watch armed.
        /// </summary>
        private static int FirstVerdictS(double levelC, int seconds, int sinkFromS, out int deepArmedAtS)
        {
            var check = new HeatingFailedCheck();
            deepArmedAtS = -1;
            double readingC = 30.0;
            for (int s = 0; s < seconds; s++)
            {
                if (s < 150)
                {
                    readingC = 30.0 + (0.1 * s);
                }
                else if (readingC > levelC)
                {
                    readingC = System.Math.Max(levelC, readingC - 0.1);
                }
                else if (sinkFromS >= 0 && s >= sinkFromS)
                {
                    readingC -= 0.01;
                }

                bool failed = check.Update(readingC, 1.0, 1.0, true, SetpointC);
                if (deepArmedAtS < 0 && check.DeepFallArmed)
                {
                    deepArmedAtS = s;
                }

                if (failed)
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void HeatingWatch_StillLatchesADeepFallThatLevelsUnderTheBodysWarmth_AtTheWindowsEnd()
        {
            // A pair that no longer sees the pad reads toward the room: levelled at 33 °C the deep fall latches WindowS after it
            // armed (the arming tick's second counts); any withhold at a body's warmth must keep this.
            int verdictS = FirstVerdictS(33.0, 1800, -1, out int armedS);
            Assert.True(armedS > 0, "the deep fall never armed");
            Assert.Equal(armedS + (int)HeatingFailedCheck.WindowS - 1, verdictS);
        }

        [Fact]
        public void HeatingWatch_StillLatchesTheStretchStartWatch_OverTheBodysWarmth()
        {
            // A first heat-up whose reading stands still at 36 °C at full power (an open element, a sensor off the pad in a warm
            // room) owes its degree and latches at the window's end: the stretch-start watch is not the deep fall.
            var check = new HeatingFailedCheck();
            int seconds = 0;
            bool failed = false;
            while (!failed && seconds < 900)
            {
                failed = check.Update(36.0, 1.0, 1.0, true, SetpointC);
                Assert.False(check.DeepFallArmed);
                seconds++;
            }

            Assert.True(failed);
            Assert.InRange(seconds, HeatingFailedCheck.WindowS, HeatingFailedCheck.WindowS + 2);
        }

        /// <summary>
        /// The lying-down group's sessions (seeds 1-6, <c>faults --seed S --kinds HeaterOpen --sessions 0 --contrast-sessions 0
        /// --held-sag-sessions 0 --pocket-sessions 0 --cases</c>) whose deep fall latches heating_failed on main at a reading of
        /// 35.8-40.0 °C and that ran to the program's end without a fault with the 35.5 °C withhold.
        /// </summary>
        [Theory(Skip = "Session 27 finding (lie27, measured, not landed): the deep fall latches these lying-down sessions at 35.8-40.0 C (e.g. 130214 thick-slow L4 at 1,760 s, 38.0 C); withheld at >= 35.5 C they run clean (144 -> 135 trips, seeds 1-6), but review 19b's pair loosenings on pads warmed in free air read 35.5-39.3 C at main's deep-fall verdict and 543 of 19,440 were named later (up to 2,390 s) (thick-slow 22 C L5 lain on, 1,874 -> 2,113 s, dose 0.27 -> 0.43; thick-slow 26 C L5 free air 2,230 -> 2,385 s, dose 31 -> 51)")]
        [InlineData(130214)] // main: heating_failed at 1,760 s
        [InlineData(230246)]
        [InlineData(230386)]
        [InlineData(330076)]
        [InlineData(330196)]
        [InlineData(430115)]
        [InlineData(530204)]
        [InlineData(630207)]
        [InlineData(630271)]
        public void Core_RaisesNoFault_LyingDownSessionWhoseDeepFallLevelledAtABodysWarmth(int session)
        {
            Assert.Equal(FaultCode.None, LieDown(session).Fault);
        }

        /// <summary>
        /// faults seed 1 (22 °C): pair loosenings the deep fall names at a reading between the simulated body's 34 °C and 35.5 °C
        /// (lie26: a withhold from 34 °C named them 17-94 s later) are named at main's second.
        /// </summary>
        [Theory]
        [InlineData("thick-slow", 4, 1800.0, FaultKind.TwoPaceLoosening, 769.0)]
        [InlineData("thick-slow", 5, 1800.0, FaultKind.TwoPaceLoosening, 752.0)]
        [InlineData("free-air", 5, 60.0, FaultKind.TwoPaceLoosening, 942.0)]
        [InlineData("thick-slow", 4, 1800.0, FaultKind.TwoPaceLooseningReversed, 780.0)]
        [InlineData("thick-slow", 5, 1800.0, FaultKind.TwoPaceLooseningReversed, 744.0)]
        [InlineData("free-air", 5, 60.0, FaultKind.TwoPaceLooseningReversed, 936.0)]
        public void Core_NamesTheLooseningPairByTheDeepFall_AtMainsSecond(string padName, int level, double onsetS, FaultKind kind, double mainS)
        {
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            FaultCaseResult r = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, kind, onsetS, seed);
            Assert.Equal(FaultCode.HeatingFailed, r.Fault);
            Assert.Equal(mainS, r.NoHeatAfterS);
        }

        /// <summary>
        /// Review 19b's scenario: pair loosenings on pads warmed in free air (lain on at 600 s with the pad's own contact, or not
        /// at all) that main's deep fall names while the reading stands at 35.5-39.3 °C; the 35.5 °C withhold named them later
        /// (the second and dose in the comment). Guards at main's second (review 19b's own guards hold three more such rows).
        /// </summary>
        [Theory]
        [InlineData("thick-slow", 22.0, 4, -1, 600, 2026)] // withheld: 2,037 s, dose 4.90 -> 5.07
        [InlineData("thick-slow", 24.0, 5, -1, 600, 2065)] // withheld: 2,228 s, dose 13.7 -> 22.4
        [InlineData("nominal-12v", 18.0, 5, 600, 900, 1437)] // withheld: 1,647 s, dose 0.112 -> 0.117
        [InlineData("nominal-12v", 16.0, 5, 600, 600, 1136)] // withheld: 1,322 s, dose 0.079 -> 0.086
        [InlineData("thick-slow", 26.0, 5, 600, 900, 2084)] // withheld: 2,362 s, dose 0.48 -> 0.77
        [InlineData("thick-slow", 28.0, 5, 600, 900, 2189)] // withheld: sensor_detached 2,267 s, dose 0.54 -> 0.62
        public void Core_NamesTheLooseningPairOnAPadWarmedInFreeAir_ByMainsSecond(string padName, double roomC, int level, int lieS, int onsetS, int mainS)
        {
            var o = Review19b.LearnedInAirLoosening.Run(padName, roomC, level, lieS, 1.0, onsetS, 1800.0, 1800.0);
            Assert.True(o.Fault != FaultCode.None && o.FaultAtS <= mainS, o.Fault + " at " + o.FaultAtS + " s (main " + mainS + " s)");
        }

        private static (FaultCode Fault, int FaultAtS) LieDown(int session)
        {
            var inRoom = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(session));
            var result = LieDownLife.Run(inRoom, session);
            return (result.Fault, result.FaultAtS);
        }
    }
}
