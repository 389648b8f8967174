using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Ceil34
{
    /// <summary>
    /// Session 34 (ceil34, issue 4; docs/safety.md "Session 34: a detachment's own ceiling and the r6 probes"): early33's row r6. Both
    /// sensors of usb-10w made 16 W, between layers of insulation in a 22 °C room, leave the pad at 60 s of its L5 heat-up for a place
    /// 12 °C over the room (34 °C) with their own lags. The learner keeps the 53.9 °C model it learned attached, the witness sees the
    /// reading fall behind it, and the coupling check asks a witness probe about every 110 s (a 46–49 s cut, then 60 s of capped heat).
    /// The reading stands at 34.0 °C through every probe (it cannot answer a power step at all: a correct probe answers about 0), yet
    /// from 338 s on ten probes running answer 1.01–1.07 ("coupled"). Why: each probe starts while the model is still climbing back
    /// from the previous probe's cut (its sensor lags the surface by 38 s, so the model's sensor dips for about 20 s after the heat comes
    /// back and then climbs about 0.04 °C/s). The innovation (reading − model) over the trend's 60 s window is a U whose straight line
    /// has no slope, so the counterfactual "heat went on" takes the model's climb (about +1.85 °C in 49 s of the 1.98 °C expected) as
    /// what the reading would have done, and the flat reading's departure from it as the pad's answer. These tests pin main's answers:
    /// a probe that answers a detached pair about 0 here makes the first fail and must restate it.
    /// </summary>
    public class DetachedPairProbeTests
    {
        [Fact]
        public void WitnessProbes_AnswerAboutOne_ToAPairStandingFlatInAWarmPlace_WhileTheModelClimbsBackFromTheLastCut()
        {
            var answers = new List<(int S, double Ratio)>();
            bool wasProbing = false;
            double lowestReadingC = double.MaxValue;
            double highestReadingC = double.MinValue;
            var r = PairDetachment.Run(Pad("usb-10w/16.0W/insulated"), 22.0, 0.0, 5, 60, 12.0, 0.0, onTick: (run, s) =>
            {
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                SensorReading hotter = run.Core.Supervisor.HotterReading;
                if (s > 300 && hotter.IsValid)
                {
                    lowestReadingC = Math.Min(lowestReadingC, hotter.TemperatureC);
                    highestReadingC = Math.Max(highestReadingC, hotter.TemperatureC);
                }

                if (wasProbing && !coupling.HoldsDutyAtZero && coupling.HasRatio)
                {
                    answers.Add((s, coupling.LastRatio));
                }

                wasProbing = coupling.HoldsDutyAtZero;
            });

            Assert.Equal(FaultCode.None, r.Fault);
            // The hotter of the pair stands in the 34 °C place (bias, noise and 1/16 °C rounding) from 300 s on.
            Assert.InRange(lowestReadingC, 33.8, 34.1);
            Assert.InRange(highestReadingC, 33.9, 34.2);
            // Ten answers running between 338 and 1,400 s of 0.95 or more (main: 1.028, 1.066, 1.011, 1.033, 1.024, 1.013, 1.019,
            // 1.014, 1.053, 1.031), none over 1.1.
            var coupled = answers.Where(a => a.S >= 330 && a.S <= 1400).ToList();
            Assert.Equal(10, coupled.Count);
            Assert.All(coupled, a => Assert.InRange(a.Ratio, 0.95, 1.10));
            // Later, as the surface creeps past 45 °C and the cap's duty rises, the model climbs more within the window and the answers
            // fall (0.80 at 1,494 s to about −0.1 by 3,640 s); witness probes never latch.
            Assert.True(answers.Last().Ratio < 0.2, "last " + answers.Last().Ratio.ToString("F3"));
            Assert.InRange(r.PeakC, 54.3, 54.8);
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
