using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 5, campaign seed 1's one normal-life false trip (session 100763): usb-10w at 5.4 V, level 4 (43 °C), pre-heated
    /// in free air (full power settles the surface at 28.8 °C), a body lies down at 830 s and warms the weak pad to 36.9 °C,
    /// the user gets up at 1,793 s. The learner's first model (60 readings, a minute of heating) had a 1,200 s surface time
    /// constant and a full-power ceiling of 245 °C, adopted for 14 s; the coupling check kept it as the highest ceiling ever
    /// learned although the pad then stood at its learned 28.8 °C ceiling at full power for minutes. That ceiling made the
    /// witness ask a pad that can neither reach its setpoint nor burn (answers 1.16, then 0.70: doubt), and it passed the
    /// unsettled-doubt watch's headroom and collapse gates: `sensor_detached` at 2,539 s. A ceiling the pad is seen standing
    /// at, on a model that fits, now refutes every higher one learned before (<see cref="SensorCouplingCheck.CeilingObservedWithinC"/>).
    /// </summary>
    public class WeakPadFirstFitTests
    {
        private const int Session = 100763;

        private static readonly (string Name, PadParameters Pad)[] Pads =
            PadFile.LoadAllShipped();

        [Fact]
        public void Supervisor_LatchesNothing_WhenTheUserGetsUpFromAWeakPadTheBodyHadWarmed()
        {
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(Pads, Session));
        }

        [Fact]
        public void Coupling_AsksNoProbe_OfAWeakPadWhoseOnlyHighCeilingWasTheLearnersFirstMinuteFit()
        {
            int probes = 0;
            double highestSeenC = double.MinValue;
            FaultCampaign.RunNormalLife(Pads, Session, onTick: run =>
            {
                probes = run.Core.Supervisor.Coupling.ProbesAsked;
                PadModelLearner learner = run.Core.Controller.Learner;
                if (learner.HasModel)
                {
                    highestSeenC = System.Math.Max(highestSeenC, learner.Model.SteadySurfaceC(1.0, out _));
                }
            });

            // The scenario still holds the fit that misled the check: the learner did adopt a ceiling far past any burn.
            Assert.True(highestSeenC > 100.0, $"highest learned ceiling {highestSeenC:0.0} C");
            Assert.Equal(0, probes);
        }

        [Fact]
        public void Supervisor_StillNamesSensorDetached_WhenBothSensorsLoosenOnAPadThatNeverStoodAtItsCeiling()
        {
            // nominal-12v level 5, both sensors loosening from 1,800 s, the session started again whenever it ends. The pad
            // holds its setpoint at part duty and never stands at its full-power ceiling, so nothing refutes the highest ceiling
            // learned (the learner stops refitting once the loosening readings no longer fit: 47.9 °C, no collapse of its own);
            // the witness's probes answer 0.63 down to 0.11 and the unsettled-doubt watch names the sensor. Discarding every
            // ceiling held under a minute instead (tried) lost this verdict: 46.7 °C, burn dose 1.74, no fault.
            var (fault, peakC, _, run) = LooseningRun.LoosenRestarted("nominal-12v", 5, 1800, 90, 1888);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.True(peakC < 48.0, $"surface peaked at {peakC:0.0} C");
            Assert.False(run.HeatFlowing, "heat still flows after the latch");
        }
    }
}
