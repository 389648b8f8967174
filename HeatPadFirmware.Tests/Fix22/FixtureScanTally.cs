using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review21c;

namespace HeatPadFirmware.Tests.Fix22
{
    /// <summary>
    /// One line of a by-hand fixture scan (fix22's FixtureBoundScan, jig23's JigBoundScan): the runs of a group, how they ended,
    /// the hottest true surface and element, the worst dose, the runs with the surface at or over the burn data's floor
    /// (<see cref="BurnDose.DoseFloorC"/>) and the runs past fix21's bar (dose ≥ 0.25 or surface ≥ 48 °C).
    /// </summary>
    internal sealed class FixtureScanTally
    {
        private readonly SortedDictionary<string, int> _ends = new SortedDictionary<string, int>(StringComparer.Ordinal);
        private int _runs;
        private int _done;
        private int _pastBar;
        private int _overFloor;
        private double _peakSurfaceC = double.NegativeInfinity;
        private double _peakElementC = double.NegativeInfinity;
        private double _worstDose;
        private string _hottest = string.Empty;

        /// <summary>Counts one run of the named pad.</summary>
        public void Add(string padName, FixtureProbe r)
        {
            _runs++;
            string end = r.Stage == ElementFixtureStage.Aborted ? r.AbortFault.ToString() : r.Stage.ToString();
            _ends[end] = _ends.TryGetValue(end, out int n) ? n + 1 : 1;
            _done += r.Stage == ElementFixtureStage.Done ? 1 : 0;
            _pastBar += r.Dose >= 0.25 || r.PeakSurfaceC >= 48.0 ? 1 : 0;
            _overFloor += r.PeakSurfaceC >= BurnDose.DoseFloorC ? 1 : 0;
            if (r.PeakSurfaceC > _peakSurfaceC)
            {
                _peakSurfaceC = r.PeakSurfaceC;
                _hottest = padName + ": " + r;
            }

            _peakElementC = Math.Max(_peakElementC, r.PeakElementC);
            _worstDose = Math.Max(_worstDose, r.Dose);
        }

        /// <summary>The group's line, headed by <paramref name="label"/>.</summary>
        public string Line(string label) => FormattableString.Invariant(
            $"{label} | runs {_runs} done {_done} | ends {string.Join(", ", _ends)} | peak surface {_peakSurfaceC:F1} C element {_peakElementC:F1} C worst dose {_worstDose:F3} | surface>=43: {_overFloor} past the bar: {_pastBar} | hottest {_hottest}");
    }
}
