using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// One surface the <see cref="GroupFloor"/> program must keep under the cap (and may have to bring to the band):
    /// its free response (duty 0) and unit-step response at whole seconds from the program's start, and a simulation
    /// under any per-second duty. The surface is affine in the duty, so the program's rows are superpositions of the
    /// step response; the simulation checks them against the member itself (equal to rounding).
    /// </summary>
    public abstract class FloorMember
    {
        /// <summary>Surface with duty 0 from the start, °C, at 0..<see cref="Horizon"/> s.</summary>
        public double[] FreeC { get; private set; }

        /// <summary>Surface with duty 1 from the start minus <see cref="FreeC"/>, °C.</summary>
        public double[] StepC { get; private set; }

        /// <summary>Last whole second of the responses.</summary>
        public int Horizon { get; private set; }

        /// <summary>Label for reports.</summary>
        public string Name { get; protected set; } = "";

        /// <summary>Surface at time <paramref name="t"/> (s) per unit duty held over [<paramref name="start"/>, <paramref name="end"/>) s, °C.</summary>
        public double Block(int t, int start, int end)
        {
            return (t > start ? StepC[t - start] : 0.0) - (t > end ? StepC[t - end] : 0.0);
        }

        /// <summary>Computes the responses up to <paramref name="horizon"/> s (≥ 1).</summary>
        protected void Build(int horizon)
        {
            Horizon = horizon;
            FreeC = new double[horizon + 1];
            StepC = new double[horizon + 1];
            var zero = new double[horizon];
            var one = new double[horizon];
            Array.Fill(one, 1.0);
            Simulate(zero, horizon, FreeC);
            Simulate(one, horizon, StepC);
            for (int t = 0; t <= horizon; t++)
            {
                StepC[t] -= FreeC[t];
            }
        }

        /// <summary>
        /// Surface under the duty <paramref name="dutyPerSecond"/>[s] (0..1, held from s to s + 1) for
        /// <paramref name="seconds"/> s; writes the surface at 0..seconds into <paramref name="surfaceC"/>.
        /// </summary>
        public abstract void Simulate(double[] dutyPerSecond, int seconds, double[] surfaceC);
    }

    /// <summary>
    /// A simulated pad (the truth, or a twin) taken from rest, or from the state a recorded history of duties left it in.
    /// </summary>
    public sealed class PadMember : FloorMember
    {
        private readonly PadParameters _pad;
        private readonly double[] _historyDuty;
        private readonly bool[] _historyClosed;

        /// <summary>
        /// <paramref name="pad"/> (validated by <see cref="ThermalPad"/>) after the 1 s steps of
        /// <paramref name="historyDuty"/> with the cut-off states <paramref name="historyClosed"/> (both null: from rest);
        /// responses up to <paramref name="horizon"/> s from there, the cut-off closed.
        /// </summary>
        public PadMember(PadParameters pad, double[] historyDuty, bool[] historyClosed, int horizon)
        {
            _pad = pad ?? throw new ArgumentNullException(nameof(pad));
            _historyDuty = historyDuty ?? Array.Empty<double>();
            _historyClosed = historyClosed ?? new bool[_historyDuty.Length];
            if (_historyClosed.Length != _historyDuty.Length)
            {
                throw new ArgumentException("one cut-off state per history duty");
            }

            Name = pad.Name;
            Build(horizon);
        }

        /// <inheritdoc/>
        public override void Simulate(double[] dutyPerSecond, int seconds, double[] surfaceC)
        {
            var pad = new ThermalPad(_pad);
            for (int i = 0; i < _historyDuty.Length; i++)
            {
                pad.Step(1.0, _historyDuty[i], _historyClosed[i]);
            }

            surfaceC[0] = pad.SurfaceC;
            for (int s = 0; s < seconds; s++)
            {
                pad.Step(1.0, dutyPerSecond[s], true);
                surfaceC[s + 1] = pad.SurfaceC;
            }
        }
    }

    /// <summary>
    /// One of the learner's candidate models with its estimated core and surface temperatures now (the controller's
    /// view of one plausible pad): advanced in 1 s steps by <see cref="PadThermalModel.Advance"/>, as the controller's
    /// own coast prediction does.
    /// </summary>
    public sealed class ModelMember : FloorMember
    {
        private readonly PadThermalModel _model = new PadThermalModel();
        private readonly double _coreC;
        private readonly double _surfaceC;

        /// <summary>A copy of <paramref name="model"/> from core <paramref name="coreC"/> and surface <paramref name="surfaceC"/> (°C), responses to <paramref name="horizon"/> s.</summary>
        public ModelMember(string name, PadThermalModel model, double coreC, double surfaceC, int horizon)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            _model.CopyFrom(model);
            _coreC = coreC;
            _surfaceC = surfaceC;
            Name = name;
            Build(horizon);
        }

        /// <summary>The member's model (a copy).</summary>
        public PadThermalModel Model
        {
            get { return _model; }
        }

        /// <inheritdoc/>
        public override void Simulate(double[] dutyPerSecond, int seconds, double[] surfaceC)
        {
            double core = _coreC, surface = _surfaceC, sensor = _surfaceC;
            surfaceC[0] = surface;
            for (int s = 0; s < seconds; s++)
            {
                _model.Advance(1.0, dutyPerSecond[s], ref core, ref surface, ref sensor);
                surfaceC[s + 1] = surface;
            }
        }
    }
}
