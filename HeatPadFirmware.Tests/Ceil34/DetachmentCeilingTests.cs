using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Ceil34
{
    /// <summary>
    /// Session 34 (ceil34, issue 4; docs/safety.md "Session 34: a detachment's own ceiling and the r6 probes"). On the plain pad a pair
    /// that leaves a weak insulated pad in its first minute teaches the learner the place it went to as the pad's full-power ceiling,
    /// and the coupling check, seeing the pad "stand" at that ceiling under hard work, refutes the ceiling of 45 °C or more it had
    /// learned in the same heat-up and lets <see cref="SensorCouplingCheck.PadMayBurn"/> go false. Two scratch forms kept the refute
    /// from counting where a ceiling of <see cref="SensorCouplingCheck.MinCeilingC"/> or more was learned under hard work in the same
    /// approach to the setpoint: form C (no refute at all) and form C' (the highest ceiling lowered, <c>PadMayBurn</c> kept true).
    /// Neither landed: C' names none of early33's 1,451 rows (the exemption is not what leaves them unnamed) and C costs the lying-down
    /// group three false trips. These tests pin main's side of both findings.
    /// </summary>
    public class DetachmentCeilingTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // early33's r1 (usb-10w made 16 W, insulated, 22 °C room, L5, the pair into a place 8 °C over the room at 60 s with a 40 s lag):
        // hard work from power-on, the learner's ceiling 52.6 °C at the onset, then the detached plateau's 30 °C "seen" and
        // PadMayBurn false from 180 s, within the same approach. Forms C and C' keep PadMayBurn true to the end here (r2 too) and
        // change nothing else: not named, 76.87 °C, 3,358 s past 48 °C on every form.
        [Fact]
        public void APairLeavingInTheFirstMinute_RefutesTheCeilingLearnedInTheSameApproach_AndGrantsItselfTheWeakPadExemption()
        {
            double highestBeforeRefuteC = double.MinValue;
            int mayBurnFalseFromS = -1;
            int lightRunS = 0;
            int longestLightRunS = 0;
            var r = PairDetachment.Run(Pad("usb-10w/16.0W/insulated"), 22.0, 0.0, 5, 60, 8.0, 40.0, onTick: (run, s) =>
            {
                PadModelLearner learner = run.Core.Controller.Learner;
                if (mayBurnFalseFromS < 0)
                {
                    if (learner.HasModel)
                    {
                        highestBeforeRefuteC = Math.Max(highestBeforeRefuteC, learner.Model.SteadySurfaceC(1.0, out _));
                    }

                    lightRunS = run.Last.DutyFraction >= HeatingFailedCheck.HardDutyFraction ? 0 : lightRunS + 1;
                    longestLightRunS = Math.Max(longestLightRunS, lightRunS);
                    if (!run.Core.Supervisor.Coupling.PadMayBurn)
                    {
                        mayBurnFalseFromS = s;
                    }
                }
            });

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(highestBeforeRefuteC >= SensorCouplingCheck.MinCeilingC, "highest " + highestBeforeRefuteC.ToString("F1"));
            // One stretch of hard work from power-on to the refute: never SensorCouplingCheck.HardWorkGapS of lighter work.
            Assert.True(longestLightRunS < SensorCouplingCheck.HardWorkGapS, "light " + longestLightRunS + " s");
            Assert.InRange(mayBurnFalseFromS, 170, 190);
            Assert.InRange(r.PeakC, 76.5, 77.1);
        }

        // The one row form C named early that main leaves unnamed past 48 °C: usb-10w made 20 W under a light body, 16 °C room switched on
        // 10 °C under it, L5, the pair into a place 8 °C over the room at 60 s with a 40 s lag. Main: not named, 51.47 °C, 2,646 s past
        // 48 °C. Form C: sensor_detached 910 s after the onset, 46.91 °C, never past 48 °C (of its 9 rows named, 3 before 48 °C).
        [Fact]
        public void ALightBodyTwentyWattPad_WithThePairInAWarmPlace_IsNotNamedOnMain()
        {
            var r = PairDetachment.Run(Pad("usb-10w/20.0W/light-body"), 16.0, 10.0, 5, 60, 8.0, 40.0);

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.InRange(r.PeakC, 51.2, 51.7);
            Assert.InRange(r.Over48S, 2550, 2750);
        }

        // Form C's cost: three lying-down sessions (usb-10w pre-heated in free air, lain on, the user up again later) in which main refutes
        // the free-air ceiling (45 °C or more, learned under hard work in the approach) once the body's ceiling is seen. Main: no trip.
        // Form C (the free-air ceiling kept): sensor_detached at 3,459 / 3,439 / 3,873 s (lying-down group 144 -> 147). Form C': no trip
        // (the group byte-identical to main).
        [Theory]
        [InlineData(330013)]
        [InlineData(430282)]
        [InlineData(630142)]
        public void LyingDownOnAUsbPad_RefutesTheFreeAirCeiling_AndDoesNotTrip(int session)
        {
            var inRoom = LifeRoom.PadsIn(Shipped, LifeRoom.Of(session));
            double highestC = double.MinValue;
            bool mayBurnWentFalse = false;
            var (draw, fault, _) = LieDownLife.Run(inRoom, session, run =>
            {
                PadModelLearner learner = run.Core.Controller.Learner;
                if (learner.HasModel)
                {
                    highestC = Math.Max(highestC, learner.Model.SteadySurfaceC(1.0, out _));
                }

                mayBurnWentFalse |= !run.Core.Supervisor.Coupling.PadMayBurn;
            });

            Assert.Equal("usb-10w", draw.PadName);
            Assert.Equal(FaultCode.None, fault);
            Assert.True(highestC >= SensorCouplingCheck.MinCeilingC, "highest " + highestC.ToString("F1"));
            Assert.True(mayBurnWentFalse);
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
