namespace HeatPadFirmware.Core
{
    /// <summary>What the outputs must do after one <see cref="HeatPadCore.Step"/>, and what the core shows of its state.</summary>
    public struct CoreOutputs
    {
        /// <summary>Heater PWM duty 0..1 (0 = off).</summary>
        public double DutyFraction;

        /// <summary>True when the independent series cut-off may be closed (false = no power can reach the heater).</summary>
        public bool HeaterEnabled;

        /// <summary>Dead-man heartbeat level for the cut-off driver: toggles every tick while enabled.</summary>
        public bool CutoffHeartbeat;

        /// <summary>Session phase.</summary>
        public SessionPhase Phase;

        /// <summary>Selected program.</summary>
        public TherapyProgram Program;

        /// <summary>Selected heat level 1..5.</summary>
        public int Level;

        /// <summary>True when <see cref="SetpointC"/> applies (a heat phase).</summary>
        public bool HasSetpoint;

        /// <summary>Target surface temperature in °C while heating.</summary>
        public double SetpointC;

        /// <summary>
        /// True while heating at full power has stopped bringing the surface closer to the setpoint (a weak pad,
        /// a heavy load, a low supply): the level is not reachable. Not a fault; the pad keeps heating.
        /// </summary>
        public bool LevelUnreachable;

        /// <summary>Latched fault, <see cref="FaultCode.None"/> when none.</summary>
        public FaultCode Fault;

        /// <summary>True when <see cref="HeaterCurrentA"/> and <see cref="SupplyV"/> hold this tick's trusted sense.</summary>
        public bool HasHeaterSense;

        /// <summary>Heater current this tick, A (mean over the last interval; 0 when not <see cref="HasHeaterSense"/>).</summary>
        public double HeaterCurrentA;

        /// <summary>Supply voltage this tick, V (design 10.8..13.2 V; 0 when not <see cref="HasHeaterSense"/>).</summary>
        public double SupplyV;

        /// <summary>True when <see cref="PhaseRemainingS"/> applies (a timed phase).</summary>
        public bool HasPhaseRemaining;

        /// <summary>Seconds left in the current timed phase.</summary>
        public double PhaseRemainingS;

        /// <summary>Sound to play, raised this tick.</summary>
        public BuzzerCue Cue;

        /// <summary>Level LEDs lit, 0..5 (the selected level; 0 in fault).</summary>
        public int LevelLedCount;

        /// <summary>Heat LED: on during a heat phase.</summary>
        public bool HeatLedOn;

        /// <summary>Cool LED: on during a cool-down phase (cold pack on).</summary>
        public bool CoolLedOn;

        /// <summary>Fault LED blink count per burst (the fault code number), 0 when no fault.</summary>
        public int FaultBlinkCount;

        /// <summary>"Pad still hot": outside a heat phase while the last valid reading is at or above 38 °C.</summary>
        public bool PadHot;
    }
}
