using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Probe34
{
    /// <summary>
    /// Session 34 (probe34, issue 4; docs/safety.md "Session 34: the witness probe's trend window"): why early33's row r6 answers
    /// "coupled". usb-10w made 16 W, insulated, 22 °C, L5; both sensors leave at 60 s for a place 12 °C over the room with their own
    /// lags. On main each witness probe between 330 and 1,400 s starts 60 s (<see cref="SensorCouplingCheck.WitnessProbeIntervalS"/>)
    /// after the last one ended, which is less than the trend's window (<see cref="SensorCouplingCheck.TrendWindowS"/>, 60 s) plus
    /// the learned model's sensor lag (38 s): the window the probe's counterfactual is fitted on still holds the model's recovery from
    /// the last cut, and the answers are 1.01–1.07 for a pair that cannot answer at all.
    /// Form P (measured, not landed): a witness probe is due only after max(60 s, the window + the model's sensor lag). On r6 the
    /// probes then come 145 s apart and answer 0.06–0.23 (a low answer, the doubt) instead of about 1, nothing is named either way
    /// (witness probes never latch), and the pad spends 2,729 s over 48 °C instead of 1,483 s (peak 54.68 against 54.64 °C): the
    /// probes' own cuts were part of what held it, and P asks fewer. These tests pin main; a form that lets the window clear must
    /// restate them.
    /// </summary>
    public class WitnessProbeWindowTests
    {
        [Fact]
        public void WitnessProbes_StartBeforeTheTrendWindowClearsTheLastCutsRecovery_OnADetachedPairInAWarmPlace()
        {
            var gapsS = new List<double>();
            var windowPlusLagS = new List<double>();
            bool wasProbing = false;
            int lastEndS = -1;
            var r = PairDetachment.Run(Pad("usb-10w/16.0W/insulated"), 22.0, 0.0, 5, 60, 12.0, 0.0, onTick: (run, s) =>
            {
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                PadModelLearner learner = run.Core.Controller.Learner;
                bool probing = coupling.HoldsDutyAtZero;
                if (!wasProbing && probing && lastEndS >= 0 && s >= 330 && s <= 1400 && learner.HasModel)
                {
                    gapsS.Add(s - lastEndS);
                    windowPlusLagS.Add(SensorCouplingCheck.TrendWindowS + learner.Model.SensorLagS);
                }

                if (wasProbing && !probing)
                {
                    lastEndS = s;
                }

                wasProbing = probing;
            });

            Assert.Equal(FaultCode.None, r.Fault);
            // Ten probes start in 330–1,400 s (main: at 338, 448 ... 1,328 s), each 60 s after the last ended (one tick either way),
            // every one before the window plus the learned sensor lag (98 s) has passed.
            Assert.Equal(10, gapsS.Count);
            Assert.All(gapsS, g => Assert.InRange(g, SensorCouplingCheck.WitnessProbeIntervalS - 1.0, SensorCouplingCheck.WitnessProbeIntervalS + 1.0));
            for (int i = 0; i < gapsS.Count; i++)
            {
                Assert.True(gapsS[i] < windowPlusLagS[i], "gap " + gapsS[i] + " s, window + lag " + windowPlusLagS[i] + " s");
            }

            // Main: 1,483 s over 48 °C, peak 54.64 °C. Form P: 2,729 s, 54.68 °C (fewer cuts).
            Assert.InRange(r.Over48S, 1400, 1560);
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
