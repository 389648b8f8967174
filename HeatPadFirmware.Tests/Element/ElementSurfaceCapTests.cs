using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 25 (ecap25): the calibrated element's estimated surface as a duty cap in the supervisor
    /// (<see cref="ElementSurfaceCap"/>; docs/safety.md "Session 25: the element's surface as a duty cap (ecap25)").
    /// The runs are faults seed 1's own cases (<see cref="FaultsCommand.CaseSeeds"/>), the record fitted per run
    /// (<see cref="FaultRun.FitElementSensor(ElementCalibrationKind)"/>, no global switch).
    /// </summary>
    public class ElementSurfaceCapTests
    {
        private sealed class Watch
        {
            public double HeldS;
            public double MinCap = 1.0;
            public double HeldAfterStandDownS;
            public double HeldWithoutEstimateS;
            public bool LeftAfterHolding;
            public long FirstHeldMs = -1;
            public bool SawStandDown;
            private bool _held;

            public void Tick(FaultRun run)
            {
                Supervisor supervisor = run.Core.Supervisor;
                ElementSurfaceCap cap = supervisor.SurfaceCap;
                ElementWitnessCheck witness = supervisor.ElementWitness;
                MinCap = Math.Min(MinCap, cap.DutyCap);
                SawStandDown = SawStandDown || witness.State == ElementWitnessState.Lost;
                if (cap.Holding)
                {
                    HeldS += 1.0;
                    FirstHeldMs = FirstHeldMs < 0 ? run.NowMs : FirstHeldMs;
                    if (witness.State != ElementWitnessState.Judging)
                    {
                        HeldAfterStandDownS += 1.0;
                    }

                    if (!witness.Estimated)
                    {
                        HeldWithoutEstimateS += 1.0;
                    }
                }
                else if (_held)
                {
                    LeftAfterHolding = true;
                }

                _held = cap.Holding;
            }
        }

        private static FaultCaseResult Case(string padName, int level, FaultKind kind, double onsetS, ElementCalibrationKind? calibration, Watch watch, Action<FaultRun>? onTick = null)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var seeds = FaultsCommand.CaseSeeds(PadFile.LoadAllShipped().Select(p => p.Name).ToArray(), 1);
            Action<FaultRun>? fit = calibration.HasValue ? r => r.FitElementSensor(calibration.Value) : null;
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seeds[(padName, level, onsetS, kind)], fit!, onTick: run =>
            {
                onTick?.Invoke(run);
                watch.Tick(run);
            });
        }

        [Theory]
        // Main with the Factory flags (M21F-faults1): 52.6 / 51.6 / 53.4 / 52.7 °C, named sensor_detached 330-510 s after the onset.
        [InlineData(FaultKind.BothSensorsLoosening, "free-air", 4)]
        [InlineData(FaultKind.TwoPaceLoosening, "free-air", 5)]
        [InlineData(FaultKind.BothSensorsLoosening, "strong-60w", 5)]
        public void ACalibratedPadsLooseningPair_IsHeldUnder48C_ByTheCap_AndStillNamed(FaultKind kind, string padName, int level)
        {
            var watch = new Watch();
            FaultCaseResult r = Case(padName, level, kind, 60.0, ElementCalibrationKind.Factory, watch);
            Assert.True(watch.HeldS > 0.0, "the cap never held");
            Assert.True(r.PeakSurfaceC < 48.0, $"peak {r.PeakSurfaceC:F2} C");
            Assert.NotEqual(FaultCode.None, r.Fault);
        }

        [Fact]
        public void TheCap_NeverHolds_OnAPadWithTheElementSensorButNoFactoryRecord()
        {
            // The cold-start learner's model is no witness for a verdict (session 18), nor for a cap: the same loosening run.
            var watch = new Watch();
            Case("free-air", 5, FaultKind.BothSensorsLoosening, 60.0, ElementCalibrationKind.None, watch);
            Assert.Equal(1.0, watch.MinCap);
        }

        [Fact]
        public void TheCap_NeverHolds_OnAPadWithoutTheElementSensor()
        {
            var watch = new Watch();
            Case("free-air", 5, FaultKind.BothSensorsLoosening, 60.0, null, watch);
            Assert.Equal(1.0, watch.MinCap);
        }

        [Fact]
        public void TheCap_HoldsOnlyOnASettledEstimate_AndNeverOnceTheWitnessStoodDown()
        {
            // The element sensor lost 30 s after the cap first held: the witness stands down and the cap leaves with it.
            var watch = new Watch();
            bool lost = false;
            FaultCaseResult r = Case("free-air", 5, FaultKind.BothSensorsLoosening, 60.0, ElementCalibrationKind.Factory, watch, run =>
            {
                if (!lost && watch.FirstHeldMs >= 0 && run.NowMs >= watch.FirstHeldMs + 30_000)
                {
                    lost = true;
                    run.ElementSensor.Failure = ElementSensorFailure.Lost;
                }
            });
            Assert.True(lost, "the cap never held before the loss");
            Assert.True(watch.SawStandDown, "the witness never stood down");
            Assert.Equal(0.0, watch.HeldAfterStandDownS);
            Assert.Equal(0.0, watch.HeldWithoutEstimateS);
        }

        [Fact]
        public void TheCap_LatchesNothing_AndLeavesWhenTheEstimateFalls()
        {
            // A loosening pair whose cap held: the cap let the duty back up before any fault (no latch of its own), and the
            // fault that stopped the run is the witness's or the pair's, as on main.
            var watch = new Watch();
            FaultCaseResult r = Case("free-air", 5, FaultKind.BothSensorsLoosening, 60.0, ElementCalibrationKind.Factory, watch);
            Assert.True(watch.HeldS > 0.0);
            Assert.True(watch.LeftAfterHolding, "the cap never left once it held");
            Assert.Contains(r.Fault, new[] { FaultCode.SensorDetached, FaultCode.SensorsDisagree });
        }
    }
}
