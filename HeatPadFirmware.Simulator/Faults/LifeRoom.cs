using System;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// The bedroom of one normal-life session of <c>faults</c> (session 7, issue 4): each session draws its own room
    /// temperature from <see cref="MinC"/>..<see cref="MaxC"/>, and the pad starts at rest in it (the body stays at the pad
    /// file's 34 °C). Drawn from a sequence of its own (the session seed with <see cref="SeedMask"/>), so a seed's pad, level,
    /// program, supply, events and pockets are the draws they were in the 22 °C campaign, and the seed alone reproduces the
    /// session, room included. Until session 6 every session ran in the shipped pads' 22 °C room; review 7 found false
    /// alarms that a cool bedroom brings and the 22 °C campaign hid.
    /// </summary>
    public static class LifeRoom
    {
        /// <summary>
        /// Coolest room drawn, °C, 16: a cool bedroom, under the 18 °C the WHO Housing and health guidelines (2018, chapter 4,
        /// "Low indoor temperatures and insulation") recommend as the least indoor temperature in the cold season — homes
        /// below it exist, and their occupants are among those who reach for a heating pad. The 2 °C under 18 is the
        /// project's choice (review 7 measured false alarms at 16 and 18 °C).
        /// </summary>
        public const double MinC = 16.0;

        /// <summary>
        /// Warmest room drawn, °C, 26: a bedroom on a warm night (the project's choice; the thermal-comfort band the WHO's
        /// earlier guidance quoted ends at 24 °C). A warmer room narrows what the checks judge (the pad's rise over the
        /// room), a cooler one widens the spread between the pockets and the pad's losses.
        /// </summary>
        public const double MaxC = 26.0;

        /// <summary>Resolution of a drawn room, °C, 0.1: the value the table prints is the room that ran, so <c>--room</c> with it reproduces the pad.</summary>
        public const double StepC = 0.1;

        /// <summary>Mask on the session seed for the room's own random sequence (any constant that no other draw uses).</summary>
        public const int SeedMask = 0x5A17_3E29;

        /// <summary>
        /// Warmest room <c>faults --life-room-max</c> accepts, °C, 35 (session 30): a summer bedroom with no cooling in a heat
        /// wave; past it the body at 34 °C is cooler than the room and the pad's losses change sign, which the pad model does not
        /// cover (the project's choice).
        /// </summary>
        public const double MaxAllowedC = 35.0;

        /// <summary>
        /// Coolest room <c>faults --life-room-min</c> accepts, °C, 5 (session 32): a bedroom whose heating is off in winter,
        /// held only at a room thermostat's frost-protection setting (commonly 5 °C). Session 31 measured main pinned in a
        /// 12 °C bedroom (<c>--room 12</c>): 40 of 1,000 normal sessions and 51 of 400 lying down tripped, where the drawn
        /// 16–26 °C rooms trip none and 144 of 2,400; the option draws such rooms among the others instead of pinning one.
        /// </summary>
        public const double MinAllowedC = 5.0;

        /// <summary>The room of the session seeded <paramref name="seed"/>, °C (uniform over <see cref="MinC"/>..<see cref="MaxC"/> in steps of <see cref="StepC"/>).</summary>
        public static double Of(int seed)
        {
            return OfUpTo(seed, MaxC);
        }

        /// <summary>True when <paramref name="maxC"/> may be the warmest room drawn: <see cref="MinC"/>..<see cref="MaxAllowedC"/> (NaN: false).</summary>
        public static bool IsAllowedMaxC(double maxC)
        {
            return maxC >= MinC && maxC <= MaxAllowedC;
        }

        /// <summary>True when <paramref name="minC"/> may be the coolest room drawn: <see cref="MinAllowedC"/>..<see cref="MinC"/> (NaN: false), so the coolest never passes the warmest.</summary>
        public static bool IsAllowedMinC(double minC)
        {
            return minC >= MinAllowedC && minC <= MinC;
        }

        /// <summary>
        /// The room of the session seeded <paramref name="seed"/> drawn over <paramref name="minC"/>..<paramref name="maxC"/>, °C
        /// (session 32, <c>faults --life-room-min</c>; <paramref name="minC"/> <see cref="MinAllowedC"/>..<see cref="MinC"/>,
        /// <paramref name="maxC"/> <see cref="MinC"/>..<see cref="MaxAllowedC"/>): the same sequence of its own, one draw over
        /// more steps, so the session's other draws do not move; with <see cref="MinC"/> it is <see cref="OfUpTo"/>'s room.
        /// </summary>
        public static double OfIn(int seed, double minC, double maxC)
        {
            if (!IsAllowedMinC(minC))
            {
                throw new ArgumentOutOfRangeException(nameof(minC), minC, FormattableString.Invariant($"the coolest room must be {MinAllowedC:0}-{MinC:0} C"));
            }

            if (!IsAllowedMaxC(maxC))
            {
                throw new ArgumentOutOfRangeException(nameof(maxC), maxC, FormattableString.Invariant($"the warmest room must be {MinC:0}-{MaxAllowedC:0} C"));
            }

            var random = new Random(seed ^ SeedMask);
            int steps = (int)Math.Round((maxC - minC) / StepC);
            return Math.Round(minC + (random.Next(steps + 1) * StepC), 1);
        }

        /// <summary>
        /// The room of the session seeded <paramref name="seed"/> drawn up to <paramref name="maxC"/> instead of <see cref="MaxC"/>,
        /// °C (session 30, <c>faults --life-room-max</c>; <paramref name="maxC"/> <see cref="MinC"/>..<see cref="MaxAllowedC"/>):
        /// the same sequence of its own, so the session's other draws do not move; only the room does (one draw, over more steps).
        /// </summary>
        public static double OfUpTo(int seed, double maxC)
        {
            return OfIn(seed, MinC, maxC);
        }

        /// <summary>The shipped pads moved into a room at <paramref name="roomC"/> °C, starting at rest in it (core, surface and sensors at the room).</summary>
        public static (string Name, PadParameters Pad)[] PadsIn((string Name, PadParameters Pad)[] pads, double roomC)
        {
            var moved = new (string Name, PadParameters Pad)[pads.Length];
            for (int i = 0; i < pads.Length; i++)
            {
                moved[i] = (pads[i].Name, pads[i].Pad.With(ambientC: roomC, initialC: roomC));
            }

            return moved;
        }
    }
}
