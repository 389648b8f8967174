using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The bench's re-heat case: contrast therapy's heat, cold pack, heat again (issue 3; the product's main use). From
    /// the pad at rest the controller heats to the level's setpoint and holds; heat is then off for
    /// <see cref="CoolS"/> with a cold pack on the pad; then heat is wanted again and the re-heat is measured for
    /// <see cref="ReheatS"/>. The firmware runs the <c>contrast</c> program with <see cref="Config"/> (the session, burn dose
    /// and controller state are a user's contrast session's); the reference controllers get the same phases by the clock.
    /// </summary>
    public static class ReheatSchedule
    {
        /// <summary>Hold after the first arrival in the band before the cool phase, 600 s (10 min: the pad near its hold's steady state, the controller's learning done).</summary>
        public const double HoldAfterArrivalS = 600.0;

        /// <summary>
        /// Longest first heat-up, 1,200 s (20 min): a controller not in the band by then gives the case as "not reached" (no
        /// re-heat figure); its heat phase is then 20 min. 20 + <see cref="HoldAfterArrivalS"/> is 30 min, the contrast
        /// program's longest heat phase (<see cref="TherapyConfig.ContrastHeatMinutes"/> 5..30).
        /// </summary>
        public const double MaxFirstRiseS = 1200.0;

        /// <summary>
        /// Cool phase with the cold pack, 240 s (4 min; within <see cref="TherapyConfig.ContrastCoolMinutes"/> 1..15, twice the
        /// default 2 min: long enough to cool the surface well below the band, so the re-heat is a heat-up, not a hold).
        /// </summary>
        public const double CoolS = 240.0;

        /// <summary>
        /// Re-heat measured, 1,200 s (20 min) from its start, as long as the first heat-up's arrival limit
        /// (<see cref="MaxFirstRiseS"/>). The re-heat's physical bound on the bench's seeds 1 and 2 is at most 995 and 1,167 s, so
        /// on the slowest pads a controller may not arrive inside it: the run is then counted "not reached".
        /// </summary>
        public const double ReheatS = 1200.0;

        /// <summary>
        /// Shortest heat phase, 20 min. The contrast program's heat phases are all <see cref="TherapyConfig.ContrastHeatMinutes"/>
        /// long, so the re-heat (the second phase) lasts as long as the first: 20 min for the measured re-heat makes the first
        /// phase 20 min at least, i.e. a controller that arrives within 10 min holds longer than <see cref="HoldAfterArrivalS"/>.
        /// </summary>
        public const int MinHeatPhaseMinutes = 20;

        /// <summary>Contrast cycles, 2: heat, cool (the re-heat's cold pack), heat (the re-heat), then a cool phase the bench never reaches.</summary>
        public const int Cycles = 2;

        /// <summary>The cold pack: the surface's loss to the room while it lies on the pad, W/K (the faults campaign's, <see cref="FaultCampaign.ColdPackWPerK"/>).</summary>
        public const double ColdPackWPerK = FaultCampaign.ColdPackWPerK;

        /// <summary>Heat wanted again after <see cref="CoolS"/>: the setpoint the reference controllers get in the cool phase, 0 °C (Klipper and Marlin turn a heater off by a target of 0; their state runs on).</summary>
        public const double HeatOffSetpointC = 0.0;

        /// <summary>
        /// Minutes of each heat phase for a controller whose first heat-up reached setpoint − 0.5 °C at
        /// <paramref name="firstRiseS"/> (s from the start of heat; null: never): the whole minutes that hold
        /// <see cref="HoldAfterArrivalS"/> after the arrival, at least <see cref="MinHeatPhaseMinutes"/>; 20 when the arrival
        /// is later than <see cref="MaxFirstRiseS"/> or never. Always 20..30.
        /// </summary>
        public static int HeatPhaseMinutes(double? firstRiseS)
        {
            if (firstRiseS is not double riseS || !(riseS >= 0.0) || riseS > MaxFirstRiseS)
            {
                return MinHeatPhaseMinutes;
            }

            int minutes = (int)Math.Ceiling((riseS + HoldAfterArrivalS) / 60.0);
            return Math.Max(MinHeatPhaseMinutes, minutes);
        }

        /// <summary>
        /// The firmware's configuration for the case: the <c>contrast</c> program with heat phases of
        /// <paramref name="heatPhaseMinutes"/> (20..30), cool phases of <see cref="CoolS"/> and <see cref="Cycles"/> cycles; the
        /// rest default. Valid by <see cref="TherapyConfig.Validate"/> (throws otherwise: a bench bug, not a case).
        /// </summary>
        public static TherapyConfig Config(int heatPhaseMinutes)
        {
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = heatPhaseMinutes,
                ContrastCoolMinutes = (int)(CoolS / 60.0),
                ContrastCycles = Cycles,
            };
            string problem = config.Validate();
            if (problem != null)
            {
                throw new InvalidOperationException("re-heat configuration: " + problem);
            }

            return config;
        }
    }
}
