using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// One bench run of the firmware (the tick of <see cref="BenchRunner"/>, <see cref="FirmwareRun"/>: whole <see cref="HeatPadCore"/>,
    /// 1 s ticks, the same sensor and heater-sense seeds) with the controller's view taken at the first stop of full power: the
    /// learner's kept candidates with their estimated core and surface (shifted by the observer's correction, as the
    /// controller's coast prediction does), their residual order, and the history of applied duties that put the true pad
    /// where it is. The run goes on to its bench length, so the firmware's rise and its duty after the stop are kept too.
    /// </summary>
    public sealed class StopSnapshot
    {
        /// <summary>Ticks (s) from power-on to the first tick with a setpoint.</summary>
        public int StartTick { get; private set; }

        /// <summary>Tick (s) of the first stop of full power (the first tick after full power whose duty and the next tick's are both under full; a single-tick dip is the current witness's probe); −1 when full power never stopped.</summary>
        public int StopTick { get; private set; } = -1;

        /// <summary>The firmware's rise, s since <see cref="StartTick"/> (NaN: never in the band).</summary>
        public double RiseS { get; private set; } = double.NaN;

        /// <summary>Highest true surface over the setpoint, °C (≥ 0).</summary>
        public double OvershootC { get; private set; }

        /// <summary>Applied duty of every pad step (index i: the step from tick i to i + 1).</summary>
        public List<double> Duty { get; } = new List<double>();

        /// <summary>Cut-off state of every pad step (true: closed, the heater may draw power).</summary>
        public List<bool> Closed { get; } = new List<bool>();

        /// <summary>True surface at every tick, °C.</summary>
        public List<double> SurfaceC { get; } = new List<double>();

        /// <summary>Candidates at the stop, best fit first (models are copies).</summary>
        public List<PadThermalModel> Candidates { get; } = new List<PadThermalModel>();

        /// <summary>Each candidate's estimated core at the stop plus the observer's correction, °C.</summary>
        public List<double> CandidateCoreC { get; } = new List<double>();

        /// <summary>Each candidate's estimated surface at the stop plus the observer's correction, °C.</summary>
        public List<double> CandidateSurfaceC { get; } = new List<double>();

        /// <summary>Plausible candidates at the stop (the set the stop was decided on: <see cref="PadModelLearner.PlausibleCount"/>).</summary>
        public int PlausibleCount { get; private set; }

        /// <summary>Plausibility bands (noise units of <see cref="PadModelLearner.CountWithin"/>) counted at the stop, widest first.</summary>
        public static readonly double[] NoiseLadder = { 1000.0, 300.0, 100.0, 30.0, 10.0, 3.0, 1.0, 0.0 };

        /// <summary>Candidates within each band of <see cref="NoiseLadder"/> at the stop (they are the first ones of <see cref="Candidates"/>).</summary>
        public int[] WithinCounts { get; private set; } = new int[NoiseLadder.Length];

        /// <summary>The observer's correction at the stop, °C.</summary>
        public double CorrectionC { get; private set; }

        /// <summary>
        /// Runs the firmware on <paramref name="padParameters"/> at <paramref name="level"/> (1..5, setpoint
        /// <paramref name="setpointC"/>, °C, for the band) with the bench's sensor and heater-sense seed <paramref name="seed"/>,
        /// for <paramref name="runS"/> s after the start (the bench's length for the case).
        /// </summary>
        public static StopSnapshot Run(PadParameters padParameters, int level, double setpointC, int seed, double runS)
        {
            var snapshot = new StopSnapshot();
            // The bench's firmware run, tick for tick (the same shared tick as BenchRunner).
            var run = new FirmwareRun(padParameters, seed, new TherapyConfig(), TherapyProgram.Heat, level);
            int start = -1;
            bool fullSeen = false;
            int candidateTick = -1;
            var pending = new Snapshot();
            double overshoot = 0.0;
            for (int t = 0; t <= 4 * 3600; t++)
            {
                if (t > 0)
                {
                    // The outputs held over the pad step this tick makes.
                    snapshot.Duty.Add(run.DutyFraction);
                    snapshot.Closed.Add(run.CutoffClosed);
                }

                CoreOutputs outputs = run.Step();
                ThermalPad pad = run.Pad;
                snapshot.SurfaceC.Add(pad.SurfaceC);
                double duty = outputs.DutyFraction;
                if (start < 0 && outputs.HasSetpoint)
                {
                    start = t;
                    snapshot.StartTick = t;
                }

                if (start < 0)
                {
                    continue;
                }

                bool full = duty >= HeaterDutyLimits.MaxDutyFraction - 1e-9;
                if (snapshot.StopTick < 0)
                {
                    if (candidateTick >= 0)
                    {
                        // The tick after a dip: a second tick under full power confirms the stop (a lone dip was the probe).
                        if (!full)
                        {
                            snapshot.StopTick = candidateTick;
                            pending.CopyInto(snapshot);
                        }

                        candidateTick = -1;
                    }

                    if (snapshot.StopTick < 0 && fullSeen && !full)
                    {
                        candidateTick = t;
                        pending.Take(run.Core.Controller);
                    }

                    fullSeen |= full;
                }

                int since = t - start;
                overshoot = Math.Max(overshoot, pad.SurfaceC - setpointC);
                if (double.IsNaN(snapshot.RiseS) && pad.SurfaceC >= setpointC - PhysicalBound.BandC)
                {
                    snapshot.RiseS = since;
                }

                if (since >= runS)
                {
                    break;
                }
            }

            snapshot.OvershootC = overshoot;
            return snapshot;
        }

        // The controller's view at one tick, kept until the next tick says whether it was the stop.
        private sealed class Snapshot
        {
            private readonly List<PadThermalModel> _models = new List<PadThermalModel>();
            private readonly List<double> _coreC = new List<double>();
            private readonly List<double> _surfaceC = new List<double>();
            private readonly int[] _within = new int[NoiseLadder.Length];
            private int _plausible;
            private double _correctionC;

            public void Take(HeatController controller)
            {
                _models.Clear();
                _coreC.Clear();
                _surfaceC.Clear();
                PadModelLearner learner = controller.Learner;
                _correctionC = controller.Observer.CorrectionC;
                _plausible = learner.PlausibleCount;
                for (int i = 0; i < NoiseLadder.Length; i++)
                {
                    _within[i] = learner.CountWithin(NoiseLadder[i]);
                }

                for (int k = 0; k < _plausible; k++)
                {
                    var model = new PadThermalModel();
                    learner.GetCandidate(k, model, out double coreC, out double surfaceC);
                    _models.Add(model);
                    _coreC.Add(coreC + _correctionC);
                    _surfaceC.Add(surfaceC + _correctionC);
                }
            }

            public void CopyInto(StopSnapshot s)
            {
                s.Candidates.AddRange(_models);
                s.CandidateCoreC.AddRange(_coreC);
                s.CandidateSurfaceC.AddRange(_surfaceC);
                s.PlausibleCount = _plausible;
                s.WithinCounts = (int[])_within.Clone();
                s.CorrectionC = _correctionC;
            }
        }
    }
}
