namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The safety supervisor: watches every reading, latches the first fault it sees, and has the last
    /// word on the heater outputs (<see cref="GateDuty"/>, <see cref="CutoffClosed"/>). It sits outside the
    /// controller it guards, as Klipper's HeaterCheck does, and nothing downstream can undo its zero.
    /// </summary>
    public sealed class Supervisor
    {
        private FaultCode _fault;
        private int _consecutiveInvalid;
        private bool _heartbeat;

        /// <summary>The latched fault, <see cref="FaultCode.None"/> when none.</summary>
        public FaultCode Fault
        {
            get { return _fault; }
        }

        /// <summary>Invalid reads in a row so far (0 after a valid read).</summary>
        public int ConsecutiveInvalidReads
        {
            get { return _consecutiveInvalid; }
        }

        /// <summary>Checks this tick's reading; latches a fault when a limit is crossed.</summary>
        public void Observe(SensorReading reading)
        {
            if (!reading.IsValid)
            {
                if (_consecutiveInvalid < SafetyLimits.SensorLostConsecutiveReads)
                {
                    _consecutiveInvalid++;
                }

                if (_consecutiveInvalid >= SafetyLimits.SensorLostConsecutiveReads)
                {
                    Latch(FaultCode.SensorLost);
                }

                return;
            }

            _consecutiveInvalid = 0;
            if (reading.TemperatureC >= SafetyLimits.OverTemperatureC)
            {
                Latch(FaultCode.OverTemperature);
            }
        }

        /// <summary>Latches <paramref name="fault"/> unless a fault is already latched (the first cause is kept).</summary>
        public void Latch(FaultCode fault)
        {
            if (_fault == FaultCode.None && fault != FaultCode.None)
            {
                _fault = fault;
            }
        }

        /// <summary>
        /// Clears the latched fault when the user may (<see cref="FaultCodeNames.IsClearableByUser"/>) and
        /// the reading is valid and below <see cref="SafetyLimits.FaultClearBelowC"/>. True when cleared.
        /// </summary>
        public bool TryClear(SensorReading reading)
        {
            if (_fault == FaultCode.None || !FaultCodeNames.IsClearableByUser(_fault))
            {
                return false;
            }

            if (!reading.IsValid || !(reading.TemperatureC < SafetyLimits.FaultClearBelowC))
            {
                return false;
            }

            _fault = FaultCode.None;
            _consecutiveInvalid = 0;
            return true;
        }

        /// <summary>
        /// The final heater duty: the controller's request clamped to the duty limits, or 0 when a fault
        /// is latched, heat is not wanted, or this tick's reading is invalid.
        /// </summary>
        public double GateDuty(double requestedDuty, bool heatWanted, SensorReading reading)
        {
            if (_fault != FaultCode.None || !heatWanted || !reading.IsValid)
            {
                return 0.0;
            }

            return HeaterDutyLimits.Clamp(requestedDuty);
        }

        /// <summary>True when the independent cut-off switch may be closed: no fault and heat wanted.</summary>
        public bool CutoffClosed(bool heatWanted)
        {
            return _fault == FaultCode.None && heatWanted;
        }

        /// <summary>
        /// The dead-man heartbeat for the cut-off: toggles once per call while <paramref name="cutoffClosed"/>,
        /// held low otherwise. The hardware keeps the switch closed only while it sees the toggling.
        /// </summary>
        public bool NextHeartbeat(bool cutoffClosed)
        {
            _heartbeat = cutoffClosed && !_heartbeat;
            return _heartbeat;
        }
    }
}
