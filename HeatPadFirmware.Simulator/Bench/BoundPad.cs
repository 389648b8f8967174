using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The physical bound's pad: the two-node model of <see cref="ThermalPad"/> (same conductances, same exact step, same
    /// arithmetic in the same order, so a bound from rest is bit-identical to the one computed on a <see cref="ThermalPad"/>),
    /// started from any core and surface temperature (<see cref="ThermalPad"/> starts only at rest). The cut-off is always
    /// closed and the element intact: the bound is the healthy pad's.
    /// </summary>
    internal sealed class BoundPad
    {
        private readonly TwoNodePropagator _propagator = new TwoNodePropagator();
        private readonly double _fullPowerW;
        private readonly double _coreInflowW;
        private readonly double _surfaceInflowW;
        private readonly double _coreCapacityJPerK;
        private readonly double _surfaceCapacityJPerK;
        private double _coreC;
        private double _surfaceC;

        /// <summary>The pad of <paramref name="p"/> with its core at <paramref name="coreC"/> and its surface at <paramref name="surfaceC"/>, °C.</summary>
        public BoundPad(PadParameters p, double coreC, double surfaceC)
        {
            double voltageRatio = p.SupplyVoltageV / p.RatedVoltageV;
            _fullPowerW = p.HeaterPowerW * 1.0 * voltageRatio * voltageRatio;
            _coreInflowW = p.CoreToAmbientWPerK * p.AmbientC;
            _surfaceInflowW = p.SurfaceToAmbientWPerK * p.AmbientC + p.SurfaceToBodyWPerK * p.BodyC;
            _coreCapacityJPerK = p.CoreCapacityJPerK;
            _surfaceCapacityJPerK = p.SurfaceCapacityJPerK;
            _coreC = coreC;
            _surfaceC = surfaceC;
            _propagator.SetMatrix(
                -(p.CoreToSurfaceWPerK + p.CoreToAmbientWPerK) / p.CoreCapacityJPerK,
                p.CoreToSurfaceWPerK / p.CoreCapacityJPerK,
                p.CoreToSurfaceWPerK / p.SurfaceCapacityJPerK,
                -(p.CoreToSurfaceWPerK + p.SurfaceToAmbientWPerK + p.SurfaceToBodyWPerK) / p.SurfaceCapacityJPerK);
        }

        /// <summary>Core temperature, °C.</summary>
        public double CoreC => _coreC;

        /// <summary>Surface temperature, °C.</summary>
        public double SurfaceC => _surfaceC;

        /// <summary>Integrates <paramref name="dtS"/> seconds (&gt; 0) with duty 1 (full power) or 0 (coast) held over the step.</summary>
        public void Step(double dtS, double dutyFraction)
        {
            double powerW = dutyFraction > 0.0 ? _fullPowerW : 0.0;
            double c1 = (powerW + _coreInflowW) / _coreCapacityJPerK;
            double c2 = _surfaceInflowW / _surfaceCapacityJPerK;
            _propagator.Step(dtS, c1, c2, ref _coreC, ref _surfaceC, out _, out _);
        }
    }
}
