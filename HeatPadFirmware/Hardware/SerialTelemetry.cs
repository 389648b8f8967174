using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// One line per tick on the console (the debug serial port), for logging and for the simulator to parse.
    /// Format (also in hardware/README.md, "Telemetry"):
    /// <code>
    /// # heatpad-telemetry v1: T,now_ms,temperature_c,setpoint_c,duty,phase,fault,reading2_c,element_c
    /// T,12000,38.4375,40.00,0.412,heat,none,38.5625,51.1250
    /// T,13000,38.4375,,0.000,fault,sensor_lost,,
    /// </code>
    /// <list type="bullet">
    /// <item><c>T</c>: record tag; other console lines start with <c>#</c> (header, boot and error messages).</item>
    /// <item><c>now_ms</c>: milliseconds since boot, the time the core was stepped with.</item>
    /// <item><c>temperature_c</c>: the tick's reading of sensor 1 (the lower ROM code) in °C, 4 decimals (1/16 °C steps);
    /// empty when invalid.</item>
    /// <item><c>setpoint_c</c>: target in °C, 2 decimals; empty when there is none (not in a heat phase).</item>
    /// <item><c>duty</c>: heater duty written to the PWM, 0..1, 3 decimals.</item>
    /// <item><c>phase</c>: <see cref="SessionPhaseNames"/> (off, heat, cool, fault), or <c>safe</c> in the latched safe state.</item>
    /// <item><c>fault</c>: <see cref="FaultCodeNames"/> (none, over_temperature, ...), or <c>firmware_error</c> in the safe state.</item>
    /// <item><c>reading2_c</c>: the tick's reading of sensor 2 (the higher ROM code), as <c>temperature_c</c>;
    /// empty when invalid or missing. Added last (session 5) so that a reader of the first seven fields by position
    /// still works; a reader must accept 7 or more fields. Named as the simulator's CSV trace names sensor 2.</item>
    /// <item><c>element_c</c>: the tick's reading of the element sensor (the DS18B20 bonded to the heating element,
    /// hardware/README.md), as <c>temperature_c</c>; empty when invalid or not fitted. Added last (session 18), for the
    /// same reason as <c>reading2_c</c>.</item>
    /// </list>
    /// Numbers use '.' as the decimal point and no thousands separator. Each record is followed by a
    /// <c># sense,now_ms,current_a,supply_v</c> message line (<see cref="WriteSense"/>).
    /// </summary>
    internal static class SerialTelemetry
    {
        /// <summary>The header line, printed once at boot.</summary>
        public const string Header = "# heatpad-telemetry v1: T,now_ms,temperature_c,setpoint_c,duty,phase,fault,reading2_c,element_c";

        /// <summary>Prints the header.</summary>
        public static void WriteHeader()
        {
            Console.WriteLine(Header);
        }

        /// <summary>Prints one tick: sensor 1's reading, what the core decided, sensor 2's reading, the element sensor's last.</summary>
        public static void Write(long nowMs, SensorReading reading, SensorReading secondReading, SensorReading elementReading, CoreOutputs outputs, double dutyWritten)
        {
            Console.WriteLine(
                "T,"
                + nowMs.ToString()
                + ","
                + FormatReading(reading)
                + ","
                + (outputs.HasSetpoint ? outputs.SetpointC.ToString("F2") : string.Empty)
                + ","
                + dutyWritten.ToString("F3")
                + ","
                + SessionPhaseNames.Of(outputs.Phase)
                + ","
                + FaultCodeNames.Of(outputs.Fault)
                + ","
                + FormatReading(secondReading)
                + ","
                + FormatReading(elementReading));
        }

        /// <summary>Prints one tick of the latched safe state, every sensor's reading still logged.</summary>
        public static void WriteSafeState(long nowMs, SensorReading reading, SensorReading secondReading, SensorReading elementReading)
        {
            Console.WriteLine(
                "T,"
                + nowMs.ToString()
                + ","
                + FormatReading(reading)
                + ",,0.000,safe,firmware_error,"
                + FormatReading(secondReading)
                + ","
                + FormatReading(elementReading));
        }

        /// <summary>
        /// The heater sense of this tick as a message line (not a field of the <c>T</c> record):
        /// <c># sense,now_ms,current_a,supply_v</c>, amperes and volts with 3 decimals, both empty when the sense
        /// was not trusted. Supply and current are what the witness judged (hardware/README.md, "Heater current
        /// and supply sense").
        /// </summary>
        public static void WriteSense(long nowMs, CoreOutputs outputs)
        {
            Console.WriteLine(
                "# sense,"
                + nowMs.ToString()
                + ","
                + (outputs.HasHeaterSense ? outputs.HeaterCurrentA.ToString("F3") : string.Empty)
                + ","
                + (outputs.HasHeaterSense ? outputs.SupplyV.ToString("F3") : string.Empty));
        }

        /// <summary>A reading in °C with 4 decimals (1/16 °C steps), or empty when invalid.</summary>
        private static string FormatReading(SensorReading reading)
        {
            return reading.IsValid ? reading.TemperatureC.ToString("F4") : string.Empty;
        }

        /// <summary>
        /// Prints <c># element witness: STATE</c> (not_fitted, unlearned, judging, lost, frozen, noisy), with
        /// <c>, over_limit</c> once the element has read over its limit, <c>, surface_unseen</c> while a calibrated witness's
        /// verdict holds (the pair reads under the surface the element's heat balance gives: the core latches
        /// <c>sensor_detached</c> on it) and <c>, blinded</c> while irregular loop ticks keep it from judging
        /// (<see cref="ElementWitnessCheck.Blinded"/>), and <c>, far_under_pair</c> while the element reads far under the pair
        /// under heat (<see cref="ElementWitnessCheck.FarUnderPair"/>: its sensor off the element, or the pair in a place warmer
        /// than the pad; reported only, the witness keeps judging since session 34): called when any changes, so a witness that
        /// stood down (its sensor lost, frozen or noisy) or cannot judge is said on the console, not only seen as an empty <c>element_c</c>.
        /// </summary>
        public static void WriteElementWitness(ElementWitnessState state, bool overLimit, bool verdict, bool blinded, bool farUnderPair)
        {
            WriteMessage("element witness: " + ElementWitnessStateName(state) + (overLimit ? ", over_limit" : string.Empty) + (verdict ? ", surface_unseen" : string.Empty) + (blinded ? ", blinded" : string.Empty) + (farUnderPair ? ", far_under_pair" : string.Empty));
        }

        // Enum ToString gives the number on nanoFramework.
        private static string ElementWitnessStateName(ElementWitnessState state)
        {
            switch (state)
            {
                case ElementWitnessState.Unlearned:
                    return "unlearned";
                case ElementWitnessState.Judging:
                    return "judging";
                case ElementWitnessState.Lost:
                    return "lost";
                case ElementWitnessState.Frozen:
                    return "frozen";
                case ElementWitnessState.Noisy:
                    return "noisy";
                default:
                    return "not_fitted";
            }
        }

        /// <summary>Prints a message line (prefixed with '#', so parsers skip it).</summary>
        public static void WriteMessage(string message)
        {
            Console.WriteLine("# " + message);
        }
    }
}
