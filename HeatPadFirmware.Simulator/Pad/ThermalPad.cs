using System;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// Two-node lumped thermal model of a heating pad: the core (heating element and its carrier) and the
    /// surface (the cover on the skin side).
    /// <code>
    ///   C_core·dTc/dt = P − Gcs·(Tc − Ts) − Gca·(Tc − Ta)
    ///   C_surf·dTs/dt = Gcs·(Tc − Ts) − Gsa·(Ts − Ta) − Gsb·(Ts − Tb)
    ///   P = HeaterPowerW · duty · (V/V_rated)²   when the cut-off is closed and the element is intact
    /// </code>
    /// Each <see cref="Step"/> integrates exactly (matrix exponential, see <see cref="TwoNodePropagator"/>)
    /// with the power held over the step, so step size does not change the result. Runtime changes
    /// (supply sag, the body leaving, a blanket, element faults) are properties. Energy is tracked exactly:
    /// <see cref="EnergyJ"/> = <see cref="StoredJ"/> + <see cref="LostToAmbientJ"/> + <see cref="LostToBodyJ"/>.
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class ThermalPad
    {
        private readonly TwoNodePropagator _propagator = new TwoNodePropagator();
        private readonly double _heaterPowerW;
        private readonly double _ratedVoltageV;
        private readonly double _coreCapacityJPerK;
        private readonly double _surfaceCapacityJPerK;
        private readonly double _coreToSurfaceWPerK;
        private readonly double _coreToAmbientWPerK;
        private readonly double _ambientC;
        private readonly double _bodyC;
        private readonly double _initialC;
        private double _supplyVoltageV;
        private double _surfaceToBodyWPerK;
        private double _surfaceToAmbientWPerK;
        private double _coreC;
        private double _surfaceC;

        /// <summary>Builds the pad at <see cref="PadParameters.InitialC"/>. The parameters are validated (throws <see cref="PadFileException"/>) and copied.</summary>
        public ThermalPad(PadParameters p)
        {
            if (p == null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            p.Validate(string.IsNullOrEmpty(p.Name) ? "ThermalPad" : p.Name);
            Parameters = p.Clone();
            _heaterPowerW = p.HeaterPowerW;
            _ratedVoltageV = p.RatedVoltageV;
            _coreCapacityJPerK = p.CoreCapacityJPerK;
            _surfaceCapacityJPerK = p.SurfaceCapacityJPerK;
            _coreToSurfaceWPerK = p.CoreToSurfaceWPerK;
            _coreToAmbientWPerK = p.CoreToAmbientWPerK;
            _ambientC = p.AmbientC;
            _bodyC = p.BodyC;
            _initialC = p.InitialC;
            _supplyVoltageV = p.SupplyVoltageV;
            _surfaceToBodyWPerK = p.SurfaceToBodyWPerK;
            _surfaceToAmbientWPerK = p.SurfaceToAmbientWPerK;
            _coreC = p.InitialC;
            _surfaceC = p.InitialC;
            UpdateMatrix();
        }

        /// <summary>
        /// Builds the pad with its core at <paramref name="coreC"/> and its surface at <paramref name="surfaceC"/>, °C, instead
        /// of at rest (the bench's physical bound from the state a cold pack left, <c>PhysicalBound.ComputeFrom</c>).
        /// </summary>
        public ThermalPad(PadParameters p, double coreC, double surfaceC)
            : this(p)
        {
            _coreC = coreC;
            _surfaceC = surfaceC;
        }

        /// <summary>A copy of the parameters the pad was built from (runtime changes are not written back).</summary>
        public PadParameters Parameters { get; }

        /// <summary>Core (heating element) temperature, °C.</summary>
        public double CoreC
        {
            get { return _coreC; }
        }

        /// <summary>Surface (skin-side cover) temperature, °C.</summary>
        public double SurfaceC
        {
            get { return _surfaceC; }
        }

        /// <summary>Ambient air temperature, °C (from the parameters).</summary>
        public double AmbientC
        {
            get { return _ambientC; }
        }

        /// <summary>Body boundary temperature, °C (from the parameters).</summary>
        public double BodyC
        {
            get { return _bodyC; }
        }

        /// <summary>Supply voltage now, V (≥ 0; 0 is a supply cut). Sag and surge at run time.</summary>
        public double SupplyVoltageV
        {
            get { return _supplyVoltageV; }
            set { _supplyVoltageV = NonNegative(value, nameof(SupplyVoltageV)); }
        }

        /// <summary>Surface–body conductance now, W/K (≥ 0). Set 0 when the body leaves the pad.</summary>
        public double SurfaceToBodyWPerK
        {
            get { return _surfaceToBodyWPerK; }
            set
            {
                _surfaceToBodyWPerK = NonNegative(value, nameof(SurfaceToBodyWPerK));
                UpdateMatrix();
            }
        }

        /// <summary>Surface–ambient conductance now, W/K (≥ 0). Folding or covering the pad lowers it.</summary>
        public double SurfaceToAmbientWPerK
        {
            get { return _surfaceToAmbientWPerK; }
            set
            {
                _surfaceToAmbientWPerK = NonNegative(value, nameof(SurfaceToAmbientWPerK));
                UpdateMatrix();
            }
        }

        /// <summary>Fault: the element is broken; no heat at any duty.</summary>
        public bool HeaterOpen { get; set; }

        /// <summary>Fault: the PWM MOSFET is shorted; full power whenever the cut-off is closed, whatever the duty.</summary>
        public bool HeaterStuckOn { get; set; }

        /// <summary>Electrical energy delivered to the element since construction, J.</summary>
        public double EnergyJ { get; private set; }

        /// <summary>Heat lost to ambient air (from core and surface) since construction, J.</summary>
        public double LostToAmbientJ { get; private set; }

        /// <summary>Heat given to the body since construction, J (negative when the body warmed the pad).</summary>
        public double LostToBodyJ { get; private set; }

        /// <summary>Heat stored relative to the initial state, J: C_core·(Tc − T0) + C_surf·(Ts − T0).</summary>
        public double StoredJ
        {
            get { return _coreCapacityJPerK * (_coreC - _initialC) + _surfaceCapacityJPerK * (_surfaceC - _initialC); }
        }

        /// <summary>Simulated time since construction, s.</summary>
        public double ElapsedS { get; private set; }

        /// <summary>Slow time constant of the two-node system with the present conductances, s (+∞ when the pad cannot lose heat).</summary>
        public double SlowTimeConstantS
        {
            get { return _propagator.SlowRatePerS < 0.0 ? -1.0 / _propagator.SlowRatePerS : double.PositiveInfinity; }
        }

        /// <summary>Fast time constant of the two-node system (core–surface exchange), s.</summary>
        public double FastTimeConstantS
        {
            get { return -1.0 / _propagator.FastRatePerS; }
        }

        /// <summary>
        /// Electrical power for this duty, W: 0 when the cut-off is open or the element is open; full power
        /// with <see cref="HeaterStuckOn"/>; else HeaterPowerW·duty·(V/V_rated)². The duty is clamped to 0..1
        /// (NaN counts as 0: a PWM output cannot do more than always-on, and garbage must never mean heat).
        /// </summary>
        public double HeaterPowerW(double dutyFraction, bool cutoffClosed)
        {
            if (!cutoffClosed || HeaterOpen)
            {
                return 0.0;
            }

            double duty = HeaterStuckOn ? 1.0 : ClampDuty(dutyFraction);
            double voltageRatio = _supplyVoltageV / _ratedVoltageV;
            return _heaterPowerW * duty * voltageRatio * voltageRatio;
        }

        /// <summary>
        /// Integrates <paramref name="dtS"/> seconds (≥ 0, finite) with this duty and cut-off state held
        /// over the step. Exact for any step length: one 5 s step equals five 1 s steps to rounding.
        /// </summary>
        public void Step(double dtS, double dutyFraction, bool cutoffClosed)
        {
            if (!(dtS >= 0.0) || double.IsInfinity(dtS))
            {
                throw new ArgumentOutOfRangeException(nameof(dtS), dtS, "step must be a finite number of seconds >= 0");
            }

            if (dtS == 0.0)
            {
                return;
            }

            double powerW = HeaterPowerW(dutyFraction, cutoffClosed);
            double c1 = (powerW + _coreToAmbientWPerK * _ambientC) / _coreCapacityJPerK;
            double c2 = (_surfaceToAmbientWPerK * _ambientC + _surfaceToBodyWPerK * _bodyC) / _surfaceCapacityJPerK;
            _propagator.Step(dtS, c1, c2, ref _coreC, ref _surfaceC, out double coreIntegral, out double surfaceIntegral);

            EnergyJ += powerW * dtS;
            LostToAmbientJ += _coreToAmbientWPerK * (coreIntegral - _ambientC * dtS)
                + _surfaceToAmbientWPerK * (surfaceIntegral - _ambientC * dtS);
            LostToBodyJ += _surfaceToBodyWPerK * (surfaceIntegral - _bodyC * dtS);
            ElapsedS += dtS;
        }

        /// <summary>
        /// Steady state for a constant heater power with the present conductances:
        /// solves 0 = P − Gcs(Tc − Ts) − Gca(Tc − Ta) and 0 = Gcs(Tc − Ts) − Gsa(Ts − Ta) − Gsb(Ts − Tb).
        /// False (and NaN) when the pad has no heat loss, so no steady state.
        /// </summary>
        public bool TryGetSteadyStateC(double powerW, out double coreC, out double surfaceC)
        {
            double gcs = _coreToSurfaceWPerK, gca = _coreToAmbientWPerK;
            double gsa = _surfaceToAmbientWPerK, gsb = _surfaceToBodyWPerK;
            double determinant = (gcs + gca) * (gcs + gsa + gsb) - gcs * gcs;
            if (!(determinant > 1e-12))
            {
                coreC = double.NaN;
                surfaceC = double.NaN;
                return false;
            }

            double coreInflowW = powerW + gca * _ambientC;
            double surfaceInflowW = gsa * _ambientC + gsb * _bodyC;
            coreC = ((gcs + gsa + gsb) * coreInflowW + gcs * surfaceInflowW) / determinant;
            surfaceC = (gcs * coreInflowW + (gcs + gca) * surfaceInflowW) / determinant;
            return true;
        }

        private void UpdateMatrix()
        {
            _propagator.SetMatrix(
                -(_coreToSurfaceWPerK + _coreToAmbientWPerK) / _coreCapacityJPerK,
                _coreToSurfaceWPerK / _coreCapacityJPerK,
                _coreToSurfaceWPerK / _surfaceCapacityJPerK,
                -(_coreToSurfaceWPerK + _surfaceToAmbientWPerK + _surfaceToBodyWPerK) / _surfaceCapacityJPerK);
        }

        private static double ClampDuty(double dutyFraction)
        {
            if (!(dutyFraction > 0.0))
            {
                return 0.0;
            }

            return dutyFraction > 1.0 ? 1.0 : dutyFraction;
        }

        private static double NonNegative(double value, string name)
        {
            if (!(value >= 0.0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, name + " must be a finite number >= 0");
            }

            return value;
        }
    }
}
