namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The element's surface as a duty cap (session 25, issue 4; docs/safety.md "Session 25: the element's surface as a duty cap
    /// (ecap25)"): on a pad with the element sensor and an adopted factory calibration, while the element witness is judging
    /// (<see cref="ElementWitnessState.Judging"/>: the element sensor healthy, not stood down) and its estimate is settled
    /// (<see cref="ElementWitnessCheck.Estimated"/>), the heater duty is held under a cap that falls from 1 at
    /// <see cref="CeilingC"/> to 0 at <see cref="CeilingC"/> + <see cref="BandC"/> of the estimated surface
    /// (<see cref="ElementWitnessCheck.SurfaceEstimateC"/>: this tick's element reading less the witness's meaned drop, on the
    /// cold start's room, without the room's span that lowers the verdict's estimate). The supervisor applies it last, as the coupling doubt cap
    /// (<see cref="Supervisor.GateDuty"/>). A cap, not a verdict: it latches nothing, holds nothing from one tick to the next and
    /// leaves as soon as the estimate falls under the ceiling or is not given (no calibration, no element sensor, a stand-down, an
    /// irregular tick, an unknown power, the means settling); no check's code changes, though their verdicts move with the heat
    /// they see (docs/safety.md "Session 25": later on some loosening rows, sooner on others; session 26's
    /// <see cref="ElementHeldDivergenceCheck"/> names a pair falling away from the estimate while the cap holds). Holding the
    /// duty where the element says the surface is already hot costs a user some heat (a record that reads the surface high caps a
    /// healthy pad under its level) and is no fault of its own (yet a pad switched on 10 °C under its room added 2 false trips of
    /// other checks in 200 lying-down sessions, docs/safety.md "Session 25"); the witness's latch needs a margin wide enough to be free of false alarms
    /// (4 °C + 0.1 × the drop), which is what lets loosening pairs pass 48 °C before it names them (sessions 21–24).
    /// Constant work per tick; allocates nothing.
    /// </summary>
    public sealed class ElementSurfaceCap
    {
        /// <summary>
        /// Estimated surface at which the cap starts to hold the duty, °C (45.5: 0.5 °C over the highest setpoint
        /// <see cref="SafetyLimits.MaxSetpointC"/> and 1.0 °C over the top level's 44.5, 1.5 °C under the pair's
        /// <see cref="SafetyLimits.OverTemperatureC"/>; the BurnDose fit (Springborg et al. 2021, heater-safety.md) gives about
        /// 71 min to a burn at 45.5 °C, 52 min at 46 °C, 16 min at 48 °C, and the witness names a loosening pair within about
        /// 10 min (docs/safety.md "Session 21")). Session 25 measured 46.0 leaving 5 of issue 4's 17 runs past 48 °C and 45.5
        /// leaving 1 (48.1 °C), with 3 / 8 of bench seed 1's 749 firmware rows changed. Absolute, not the setpoint plus a
        /// headroom: the factory record's estimate stands up to +3 °C high at full power (docs/safety.md "Session 24"), so a
        /// ceiling near a low level's setpoint would slow every healthy first heat-up at that level.
        /// </summary>
        public const double CeilingC = 45.5;

        /// <summary>
        /// Width over <see cref="CeilingC"/> in which the cap falls from 1 to 0, °C (1: a choice, not a measurement — wide enough
        /// that the cap settles at part power rather than switching the heat off and on at the ceiling; not varied in session 25).
        /// </summary>
        public const double BandC = 1.0;

        private double _dutyCap = 1.0;

        /// <summary>The duty cap this tick, fraction 0..1 (1: not holding).</summary>
        public double DutyCap
        {
            get { return _dutyCap; }
        }

        /// <summary>True when this tick's cap is under 1 (the estimated surface over <see cref="CeilingC"/>).</summary>
        public bool Holding
        {
            get { return _dutyCap < 1.0; }
        }

        /// <summary>
        /// One tick, after the witness's own (<see cref="Supervisor.ObserveElement"/>). <paramref name="witness"/>: the element
        /// witness, read only. The cap is 1 unless the witness has an adopted factory calibration
        /// (<see cref="ElementModelLearner.Calibrated"/>), is judging and gave a settled estimate this tick; then
        /// 1 − (estimate − <see cref="CeilingC"/>) / <see cref="BandC"/>, clamped to 0..1.
        /// </summary>
        public void Update(ElementWitnessCheck witness)
        {
            if (!witness.Learner.Calibrated || witness.State != ElementWitnessState.Judging || !witness.Estimated)
            {
                _dutyCap = 1.0;
                return;
            }

            double overC = witness.SurfaceEstimateC - CeilingC;
            _dutyCap = overC <= 0.0 ? 1.0 : (overC >= BandC ? 0.0 : 1.0 - (overC / BandC));
        }
    }
}
