using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;
using Mode = HeatPadFirmware.Tests.Detachment.ElementDetachment.ElementMode;
using Pair = HeatPadFirmware.Tests.Detachment.ElementDetachment.PairMode;

namespace HeatPadFirmware.Tests.Doubt34
{
    /// <summary>
    /// Session 34 (doubt34, issue 4; docs/safety.md "Session 34: a witness that doubts its own sensor"). A scratch form D kept the
    /// element witness's verdict but, once <see cref="ElementWitnessCheck.FarUnderPair"/> had been seen, withheld its affirmation,
    /// released the surface cap (<see cref="ElementSurfaceCap"/>) and stopped the held-divergence watch
    /// (<see cref="ElementHeldDivergenceCheck"/>), as main did before session 34 after its stand-down. It removed 41 of the 63 false
    /// latches witn34 added on review 34a's surface-side scan, but on early33's warm-place rows and on review 34a's double faults
    /// the cap and the held-divergence watch are what bound the heat after <c>FarUnderPair</c>. These tests pin main's figures
    /// on the rows form D made hotter; each comment gives form D's, which fails the marked assertions.
    /// </summary>
    public class DoubtingWitnessTests
    {
        // early33's class: usb-10w with a 16 W heater between layers of insulation in a 28 °C room, switched on 10 °C under it, L5;
        // both sensors into a place 16 °C over the room at 60 s with a 40 s lag; the element sensor with its factory record.
        // FarUnderPair at 191 s. Main: the surface cap holds on the (right) estimate from 662 s for about 820 s, the surface peaks
        // 44.56 °C and the burn dose names the run at 2,557 s after the detachment (never over 48 °C). Form D: the cap released at
        // 191 s, sensor_detached at 1,217 s after the detachment, 48.88 °C, 55 s over 48 °C (the one row of early33's 448 that form
        // D takes past 48 °C; 44 of the 448 peak higher, up to this row's +4.32 °C).
        [Fact]
        public void InsulatedPadWhosePairLeftIntoAWarmPlace_IsBoundedByTheSurfaceCap_AfterFarUnderPair()
        {
            int capS = 0;
            int farAtS = -1;
            var r = PairDetachment.Run(Weak("usb-10w/16.0W/insulated"), 28.0, 10.0, 5, 60, 16.0, 40.0, factory: true, onTick: (run, s) =>
            {
                Supervisor sup = run.Core.Supervisor;
                if (farAtS < 0 && sup.ElementWitness.FarUnderPair)
                {
                    farAtS = s;
                }

                if (farAtS >= 0 && sup.SurfaceCap.Holding)
                {
                    capS++;
                }
            });

            Assert.InRange(farAtS, 150, 230);
            Assert.True(capS >= 700, "cap held " + capS + " s after FarUnderPair"); // form D: 0
            Assert.Equal(FaultCode.BurnDoseLimit, r.Fault); // form D: SensorDetached at 1,217 s
            Assert.True(r.PeakC < 45.0, "peak " + r.PeakC); // form D: 48.88 °C
            Assert.Equal(0, r.Over48S); // form D: 55 s
        }

        // Review 34a's double fault on a weak pad: random-010 (17.6 W, insulated) in a 28 °C room, L5; the element sensor off at 60 s
        // reading 0.8 of the surface's rise (FarUnderPair at 334 s), the pair loosening to 0.7 of its view from 600 s. Main: the cap
        // holds 77 s and the session is named sensor_detached at 1,828 s (52.09 °C, 1,005 s over 48 °C). Form D: not named in the
        // hour, 52.07 °C, 2,777 s over 48 °C. Review 34a's 720 double-fault rows: form D leaves 4 such rows (random-002, random-004 ×2,
        // random-010, all 28 °C, view 0.7) unnamed that main names, 4,060 more seconds over 48 °C, and names 5 that main leaves (review
        // 34a's skipped light-body row among them: heating_failed at 2,451 s as before session 34).
        [Fact]
        public void ElementSensorUnderTheSurface_ThenThePairLoosening_OnAnInsulatedPad_IsNamedThroughTheCap()
        {
            var r = ElementDetachment.Run(Weak("random-010/17.6W/insulated"), 28.0, 0.0, 5, TherapyProgram.Heat, Mode.Surface, 0.8, 60, Pair.View, 0.7, 600, 3600);

            Assert.True(r.Fault == FaultCode.SensorDetached, ElementDetachment.Describe(r)); // form D: none
            Assert.InRange(r.FaultAtS, 1790, 1870);
            Assert.True(r.CapS > 0, ElementDetachment.Describe(r)); // form D: 0
            Assert.True(r.Over48S <= 1100, ElementDetachment.Describe(r)); // form D: 2,777 s
        }

        private static PadParameters Weak(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
