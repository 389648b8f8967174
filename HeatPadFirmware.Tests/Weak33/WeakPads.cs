using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Weak33
{
    /// <summary>
    /// Session 33's weak pads (docs/safety.md "Session 33: far32's weak-pad premise attacked"): pads whose full power is at most
    /// <see cref="WeakPadGate.FullPowerW"/> (the ones far32's paced far fall is asked of) made as hard to cool
    /// as the simulator's two-node pad allows, so that their full power can carry the surface past 48 °C.
    /// Three bases: usb-10w (the shipped weak pad), folded-covered (the nominal pad under a blanket with the bedding it warms) and the
    /// bench's random family (<see cref="BenchPadFamily"/>, seed 1, the first <see cref="RandomCount"/> pads), each with its heater
    /// set to 8–20 W at its rated voltage (the random family's 10–60 W mapped linearly onto 8–20 W), and three covers:
    /// <list type="bullet">
    /// <item><c>covered</c>: nobody on it, surface to the room 0.3 W/K (the heater-safety reference's folded or covered figure);</item>
    /// <item><c>insulated</c>: nobody on it, between layers of insulation as IEC 60335-2-17 tests pads: surface to the room 0.15 W/K,
    /// core to the room half the base's;</item>
    /// <item><c>light-body</c>: a body resting lightly through bedding, 0.5 W/K at 34 °C, under a blanket (0.15 W/K, core half).</item>
    /// </list>
    /// </summary>
    internal static class WeakPads
    {
        /// <summary>How many of the bench's random pads (seed 1) the family takes.</summary>
        public const int RandomCount = 12;

        /// <summary>Heater powers of the shipped bases, W.</summary>
        public static readonly double[] PowersW = { 8.0, 12.0, 16.0, 20.0 };

        /// <summary>The covers, in order.</summary>
        public static readonly string[] Covers = { "covered", "insulated", "light-body" };

        /// <summary>The pad <paramref name="basePad"/> under <paramref name="cover"/>.</summary>
        public static PadParameters Covered(PadParameters basePad, string cover)
        {
            switch (cover)
            {
                case "covered":
                    return basePad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
                case "insulated":
                    return basePad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.15, coreToAmbientWPerK: basePad.CoreToAmbientWPerK * 0.5);
                case "light-body":
                    return basePad.With(surfaceToBodyWPerK: 0.5, surfaceToAmbientWPerK: 0.15, coreToAmbientWPerK: basePad.CoreToAmbientWPerK * 0.5);
                default:
                    throw new ArgumentException("unknown cover " + cover, nameof(cover));
            }
        }

        /// <summary>Every weak pad, named base/power/cover (random-NNN/power/cover), with the shipped sensors' lags kept.</summary>
        public static List<(string Name, PadParameters Pad)> All()
        {
            var pads = new List<(string Name, PadParameters Pad)>();
            foreach (string baseName in new[] { "usb-10w", "folded-covered" })
            {
                PadParameters basePad = PadFile.LoadShipped(baseName).With(supplyVoltageV: PadFile.LoadShipped(baseName).RatedVoltageV);
                foreach (double powerW in PowersW)
                {
                    foreach (string cover in Covers)
                    {
                        pads.Add((Name(baseName, powerW, cover), Covered(basePad.With(heaterPowerW: powerW), cover)));
                    }
                }
            }

            List<(string Name, PadParameters Pad)> family = BenchPadFamily.Build(RandomCount, 1);
            foreach (var (name, pad) in family)
            {
                if (!name.StartsWith("random-", StringComparison.Ordinal))
                {
                    continue;
                }

                // The family's 10–60 W onto 8–20 W, at the pad's own supply (11–13 V on 12 V rated): full power up to 23.5 W at 13 V,
                // so the family's strongest sit over the 20 W gate and show its edge.
                double powerW = 8.0 + ((pad.HeaterPowerW - 10.0) * (12.0 / 50.0));
                foreach (string cover in Covers)
                {
                    pads.Add((Name(name, powerW, cover), Covered(pad.With(heaterPowerW: powerW), cover)));
                }
            }

            return pads;
        }

        /// <summary>The surface's steady state at full power (duty 1 at the pad's supply) in its own room, °C: room + what P / G allows.</summary>
        public static double CeilingC(PadParameters pad)
        {
            var thermal = new ThermalPad(pad);
            double powerW = thermal.HeaterPowerW(1.0, true);
            return thermal.TryGetSteadyStateC(powerW, out _, out double surfaceC) ? surfaceC : double.NaN;
        }

        /// <summary>The full power at the pad's supply, W (V² / R: the heater's rated power × (supply / rated)²).</summary>
        public static double FullPowerW(PadParameters pad)
        {
            double ratio = pad.SupplyVoltageV / pad.RatedVoltageV;
            return pad.HeaterPowerW * ratio * ratio;
        }

        private static string Name(string baseName, double powerW, string cover)
        {
            return baseName + "/" + powerW.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "W/" + cover;
        }
    }
}
