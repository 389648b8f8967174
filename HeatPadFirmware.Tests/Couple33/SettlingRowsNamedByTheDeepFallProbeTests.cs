using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Couple33
{
    /// <summary>
    /// Session 33 (couple33, issue 4; docs/safety.md "Session 33: the deep-fall probe's counterfactual"): in a 12 °C room main
    /// names these settling pair loosenings by the deep-fall probe asked 120 s after a witness probe's pause, on an answer under
    /// <see cref="SensorCouplingCheck.NoResponseRatio"/>. A counterfactual that does not extrapolate the pause's rewarming (form R,
    /// scratch, not landed: the reading's own 30 s trend instead of the model's trajectory plus the innovation's 60 s trend,
    /// whenever the last probe ended under 240 s before) answers them 0.4–1.0 and names them later or not at all — the figures in
    /// the comments. The rows are main's, pinned so that a later form that spares the cold bedroom's getting-up trips is measured
    /// against them.
    /// </summary>
    public class SettlingRowsNamedByTheDeepFallProbeTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        [Theory]
        // Form R: unnamed to the end, 48.01 C (past 48 C).
        [InlineData("strong-60w", 2, 60.0, FaultKind.SettlingLoosening65, 355.0, 46.93, true)]
        // Form R: unnamed to the end, 48.22 C (past 48 C).
        [InlineData("strong-60w", 3, 60.0, FaultKind.SettlingLoosening65, 354.0, 47.23, true)]
        // Form R: unnamed to the end, 44.34 C. Main names it by two low answers (the second 0.42).
        [InlineData("strong-60w", 4, 600.0, FaultKind.SettlingLoosening80, 491.0, 44.02, false)]
        // Form R: named 957 s after the onset (42.26 C).
        [InlineData("nominal-12v", 3, 600.0, FaultKind.SettlingLoosening80, 377.0, 42.26, true)]
        // Form R: named 1,698 s after the onset (42.00 C).
        [InlineData("nominal-12v", 3, 300.0, FaultKind.SettlingLoosening80, 273.0, 41.97, true)]
        public void SettlingPairLoosening_InA12DegreeRoom_IsNamedByTheDeepFallProbeAfterAWitnessPause_OnMain(string padName, int level, double onsetS, FaultKind kind, double namedAfterOnsetS, double peakC, bool noResponse)
        {
            const double RoomC = 12.0;
            var pads = Shipped.Select(p => (p.Name, Pad: p.Pad.With(ambientC: RoomC, initialC: RoomC))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            double lastProbeS = double.NaN, lastRatio = double.NaN;
            bool seen = false;
            FaultCaseResult r = FaultCampaign.RunCase(padName, pads.First(p => p.Name == padName).Pad, level, kind, onsetS, seed, onTick: run =>
            {
                if (seen || run.Last.Fault == FaultCode.None)
                {
                    return;
                }

                seen = true;
                lastProbeS = run.Core.Supervisor.Coupling.LastProbeS;
                lastRatio = run.Core.Supervisor.Coupling.LastRatio;
            });

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(namedAfterOnsetS, r.FaultAfterOnsetS);
            Assert.InRange(r.PeakSurfaceC, peakC - 0.01, peakC + 0.01);
            // The deep-fall probe's pause (at most 25 s; strong-60w's modelled response reaches 2 C in 23-24 s), its answer on the
            // model's own yardstick under the no-response ratio (or, the second of two lows, under the latching ratio).
            Assert.InRange(lastProbeS, 20.0, SensorCouplingCheck.ReachedProbeMaxS);
            Assert.True(lastRatio < (noResponse ? SensorCouplingCheck.NoResponseRatio : SensorCouplingCheck.MinGainRatio), "answer " + lastRatio.ToString("F2"));
        }
    }
}
