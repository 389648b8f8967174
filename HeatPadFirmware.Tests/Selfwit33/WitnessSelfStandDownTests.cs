using System.Linq;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Early33;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Selfwit33
{
    /// <summary>
    /// Session 33 (selfwit33, issue 4; docs/safety.md "Session 33: the element witness's self-stand-down"). early33 found that with
    /// the element sensor and a factory record 445 of 448 weak-insulated-pad rows (both sensors leaving into a warm place in the
    /// first minute) pass 48 °C unnamed because the element witness stands itself down (<see cref="ElementWitnessState.Detached"/>).
    /// It has two rules and both fire on that class: the element reading <see cref="ElementWitnessCheck.DetachedUnderC"/> under the
    /// hotter pair reading for <see cref="ElementWitnessCheck.DetachedS"/> s of heat (385 of the 445) and the surface estimate more
    /// than twice the margin under the pair for as long (60). These tests pin main's behaviour, one row per rule; the counters are
    /// private, read by reflection (a rename breaks the test loudly, not silently).
    /// </summary>
    public class WitnessSelfStandDownTests
    {
        // random-001 made 19.3 W between layers of insulation, 28 °C room, switched on at the room, L5, both sensors into a place 12 °C
        // over the room (40 °C) at 60 s with their own lags. Main: the witness stands down at 142 s by the element-under-the-pair rule
        // (element 34.6 °C, the pair's mean 38.5 °C, the true surface 32.3 °C), never names the run; 67.31 °C, 2,988 s past 48 °C.
        [Fact]
        public void PairInAPlaceOverTheElement_StandsTheWitnessDown_ByTheElementUnderThePairRule()
        {
            var (atS, lowS, underS, r) = Run("random-001/19.3W/insulated", 28.0, 0.0);

            Assert.InRange(atS, 130, 160);
            Assert.True(lowS >= ElementWitnessCheck.DetachedS);
            Assert.True(underS < ElementWitnessCheck.DetachedS);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.InRange(r.PeakC, 67.0, 67.6);
            Assert.InRange(r.Over48S, 2900, 3100);
        }

        // usb-10w made 16 W between layers of insulation, 16 °C room, switched on 10 °C under it, L5, both sensors into 28 °C at 60 s
        // with their own lags (early33's pinned row). Main: the element reads OVER the pair (30.2 against the pair's mean 27.0 °C) and
        // the witness stands down at 154 s by the estimate-under-twice-the-margin rule (gap −11.35 °C against a margin of 4.72 °C);
        // not named, 70.87 °C, 3,184 s past 48 °C.
        [Fact]
        public void PairInAPlaceOverTheEstimate_StandsTheWitnessDown_ByTheEstimateRule_AfterAColdStart()
        {
            var (atS, lowS, underS, r) = Run("usb-10w/16.0W/insulated", 16.0, 10.0);

            Assert.InRange(atS, 140, 170);
            Assert.True(lowS < ElementWitnessCheck.DetachedS);
            Assert.True(underS >= ElementWitnessCheck.DetachedS);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.InRange(r.PeakC, 70.5, 71.1);
            Assert.InRange(r.Over48S, 3100, 3600);
        }

        private static (int AtS, double LowS, double UnderS, WeakPadDetachment.Outcome Outcome) Run(string name, double roomC, double coldC)
        {
            int atS = -1;
            double lowS = 0.0;
            double underS = 0.0;
            PadParameters pad = WeakPads.All().Single(p => p.Name == name).Pad;
            var r = EarlyDetachment.Run(pad, roomC, coldC, 5, 60, 12.0, 0.0, (run, s) =>
            {
                ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                if (atS < 0 && w.State == ElementWitnessState.Detached)
                {
                    atS = s;
                    lowS = Field(w, "_lowS");
                    underS = Field(w, "_underMarginS");
                }
            }, factory: true);
            return (atS, lowS, underS, r);
        }

        private static double Field(ElementWitnessCheck w, string name)
        {
            FieldInfo? f = typeof(ElementWitnessCheck).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance);
            Assert.NotNull(f);
            return (double)f!.GetValue(w)!;
        }
    }
}
