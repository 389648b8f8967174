using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14b;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 14: a low witness-probe answer counts as a loosening's (SensorCouplingCheck.ScaledShapeRatio, the unsettled-doubt
    /// watch then judges a reached setpoint too) only when it is flat through the probe. Lying-down cases whose answers came
    /// close to flat while the rule was tuned: each latched a false sensor_detached with a looser rule and must run without a
    /// fault (review 14b's <see cref="LieDownScenario"/>, seed 11, started in free air, 3,600 s).
    /// </summary>
    public class LooseningShapeTests
    {
        [Fact]
        // nominal-12v, L3, lying down at 240 s with 6 W/K (2 x its contact): witness probes answered 0.88 / 0.73, 0.94 / 0.72,
        // 0.85 / 0.71 (at the mid-point / at the end); with a 0.15 shape band the first and the third counted as flat and the
        // unsettled-doubt watch latched at 2,269 s. A body's answer falls through the probe.
        public void LyingDownOnAnAirHeatedPad_ABodyAnswerFallingThroughTheProbe_IsNoLoosening()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("nominal-12v", "air"), 3, 240, 6.0, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }

        [Fact]
        // random-010 of the bench family (seed 1) in a 16 C room, L3, lying down at 1,200 s with its own contact: a heavy body on a
        // weak pad levels off before the probe's mid-point, 0.39 / 0.32 (flat but low); counted, it latched at 1,937 s. Answers
        // under MinGainRatio do not count as a loosening's shape.
        public void LyingDownOnAWeakPadInACoolRoom_AFlatLowAnswer_IsNoLoosening()
        {
            var family = BenchPadFamily.Build(16, 1);
            PadParameters p = family[family.Count - 16 + 10].Pad;
            Assert.Equal("random-010", p.Name);
            PadParameters pad = BenchPadFamily.InCondition(p, "air").With(ambientC: 16.0, initialC: 16.0);
            var r = LieDownScenario.Run(pad, 3, 1200, p.SurfaceToBodyWPerK, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }
    }
}
