namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Landing after a cautious stop of full power: one more short full-power pulse is allowed when every candidate of a
    /// plausible set predicts that the pulse, then a coast, keeps the surface at or under a limit. It follows the shape of
    /// the best common duty from the stop (bench `groupfloor`: one full-power pulse of 6–77 s, then nothing). Bounded work:
    /// per candidate one advance over the pulse and one coast of at most 120 steps of 4 s. No allocation per call.
    /// </summary>
    public sealed class LandingPulse
    {
        /// <summary>Look-ahead pulse, s: the shortest stretch of full power the rule commits to (re-decided every tick).</summary>
        public const double PulseS = 10.0;

        private readonly PadThermalModel _candidate = new PadThermalModel();

        /// <summary>
        /// True when <paramref name="count"/> (≥ 1) candidates of <paramref name="learner"/>, their states shifted by
        /// <paramref name="correctionC"/> (°C, the observer's correction), all predict a surface peak at or under
        /// <paramref name="limitC"/> (°C) after <see cref="PulseS"/> of full power and a coast.
        /// </summary>
        public bool Allows(PadModelLearner learner, double correctionC, int count, double limitC)
        {
            if (count < 1)
            {
                return false;
            }

            for (int k = 0; k < count; k++)
            {
                learner.GetCandidate(k, _candidate, out double coreC, out double surfaceC);
                coreC += correctionC;
                surfaceC += correctionC;
                double sensorC = surfaceC;
                _candidate.Advance(PulseS, HeaterDutyLimits.MaxDutyFraction, ref coreC, ref surfaceC, ref sensorC);
                if (surfaceC > limitC || _candidate.CoastPeakC(coreC, surfaceC, 4.0, 120) > limitC)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
