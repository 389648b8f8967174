using System;
using System.Reflection;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Pw34
{
    /// <summary>
    /// Session 34 (pw34, issue 4; docs/safety.md "Session 34: the heater's learned full power"): runs with the board's ESP32 ADC
    /// chip Vref chosen instead of drawn from the seed. The heater sense's only scale error the firmware does not cancel is the
    /// chip's Vref (1.0–1.2 V, read at the nominal 1.1 V: <see cref="SimulatedHeaterSense"/>), on both channels; the learned full
    /// power is their product (supply × current), so it carries the error squared: (1.1 / Vref)² ≈ 0.84–1.21.
    /// </summary>
    internal static class SenseScaleRun
    {
        private static readonly FieldInfo SenseField = typeof(FaultRun).GetField("_sense", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("FaultRun._sense not found: the chip's Vref cannot be set");

        /// <summary>
        /// Gives <paramref name="run"/> a heater sense seeded <paramref name="seed"/> (the same offset, gains and noise as the run's own)
        /// with the chip's Vref <paramref name="chipVrefV"/>, V (NaN: leaves the drawn one). Call before the run's first tick.
        /// </summary>
        public static void SetChipVref(FaultRun run, int seed, double chipVrefV)
        {
            if (!double.IsNaN(chipVrefV))
            {
                SenseField.SetValue(run, new SimulatedHeaterSense(seed, chipVrefV));
            }
        }
    }
}
