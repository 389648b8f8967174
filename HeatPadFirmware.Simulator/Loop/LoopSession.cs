using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Loop
{
    /// <summary>
    /// The <c>loop</c> protocol: one JSON line in per control tick (time, sensor readings, button events),
    /// one JSON line out with what the firmware core commands. A fresh instance is a fresh power-on.
    /// A malformed line is answered with <c>{"error": ...}</c> and changes nothing.
    /// <para>The sensors: <c>temp_c</c> (required) is sensor 1's reading, the optional <c>temp2_c</c> sensor 2's (number, or
    /// null for a failed read); without <c>temp2_c</c> the one reading feeds both sensors.</para>
    /// <para>The heater sense: optional fields <c>current_a</c> and <c>supply_v</c> (both numbers, or both absent).
    /// Absent, the loop stands in an ideal 60 W element at 12 V whose current follows the outputs of the last
    /// line (duty·5 A with the cut-off closed), so a caller without a sense still sees a healthy heater.</para>
    /// </summary>
    public sealed class LoopSession
    {
        /// <summary>Plain quotes and apostrophes in messages (the lines go to programs and people, not into HTML).</summary>
        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly HeatPadCore _core;
        private readonly ButtonEventQueue _buttons = new();
        private long _lastMs = -1;
        private double _lastDutyFraction;
        private bool _lastHeaterEnabled;

        /// <summary>Supply of the stand-in element, V.</summary>
        public const double StandInSupplyV = 12.0;

        /// <summary>Full-on current of the stand-in element, A (60 W at 12 V).</summary>
        public const double StandInFullCurrentA = 5.0;

        /// <summary>How far under <c>temp_c</c> sensor 2 reads when a line gives no <c>temp2_c</c>, °C (1/16: one DS18B20 LSB).</summary>
        public const double OneReadingSecondOffsetC = 0.0625;

        /// <summary>Powers on a core with <paramref name="config"/> (the default configuration when null).</summary>
        public LoopSession(TherapyConfig config = null)
        {
            _core = new HeatPadCore(config ?? new TherapyConfig());
        }

        /// <summary>Handles one input line and returns the output line (without a newline).</summary>
        public string HandleLine(string line)
        {
            long? timeMs = null;
            try
            {
                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return Error("line must be a JSON object", null);
                }

                if (!root.TryGetProperty("t_ms", out JsonElement timeElement))
                {
                    return Error("missing field t_ms", null);
                }

                if (timeElement.ValueKind != JsonValueKind.Number || !timeElement.TryGetInt64(out long nowMs))
                {
                    return Error("t_ms must be an integer", null);
                }

                timeMs = nowMs;
                if (nowMs < 0)
                {
                    return Error("t_ms must not be negative", timeMs);
                }

                if (nowMs <= _lastMs)
                {
                    return Error($"t_ms must increase (last was {_lastMs})", timeMs);
                }

                if (!root.TryGetProperty("temp_c", out JsonElement tempElement))
                {
                    return Error("missing field temp_c", timeMs);
                }

                if (!TryReadTemperature(tempElement, out SensorReading reading))
                {
                    return Error("temp_c must be a number or null", timeMs);
                }

                // Sensor 2: a loop that gives one reading feeds both sensors, sensor 2 with its own offset (1/16 °C lower, one
                // DS18B20 LSB): one reading in both slots is itself a fault the core names while the pad warms (sensors_identical).
                SensorReading secondReading = reading.IsValid ? SensorReading.Valid(reading.TemperatureC - OneReadingSecondOffsetC) : reading;
                if (root.TryGetProperty("temp2_c", out JsonElement temp2Element) && !TryReadTemperature(temp2Element, out secondReading))
                {
                    return Error("temp2_c must be a number or null", timeMs);
                }

                if (!TryReadButton(root, "press", out ButtonId press, out string pressError))
                {
                    return Error(pressError, timeMs);
                }

                if (!TryReadButton(root, "hold", out ButtonId hold, out string holdError))
                {
                    return Error(holdError, timeMs);
                }

                if (!TryReadSense(root, out HeaterSenseReading sense, out string senseError))
                {
                    return Error(senseError, timeMs);
                }

                // Valid line: only now does the firmware state change.
                _buttons.Clear();
                if (press != ButtonId.None)
                {
                    _buttons.Add(press, false);
                }

                if (hold != ButtonId.None)
                {
                    _buttons.Add(hold, true);
                }

                _lastMs = nowMs;
                CoreOutputs outputs = _core.Step(nowMs, reading, secondReading, sense, _buttons);
                _lastDutyFraction = outputs.DutyFraction;
                _lastHeaterEnabled = outputs.HeaterEnabled;
                return Format(nowMs, outputs);
            }
            catch (JsonException exception)
            {
                return Error("not valid JSON: " + FirstLine(exception.Message), timeMs);
            }
        }

        /// <summary>The output line of one tick.</summary>
        public static string Format(long nowMs, CoreOutputs outputs)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteNumber("t_ms", nowMs);
                writer.WriteNumber("duty", Math.Round(outputs.DutyFraction, 6));
                writer.WriteBoolean("heater_enabled", outputs.HeaterEnabled);
                writer.WriteString("phase", SessionPhaseNames.Of(outputs.Phase));
                writer.WriteString("program", TherapyProgramNames.Of(outputs.Program));
                writer.WriteNumber("level", outputs.Level);
                if (outputs.HasSetpoint)
                {
                    writer.WriteNumber("setpoint_c", outputs.SetpointC);
                }
                else
                {
                    writer.WriteNull("setpoint_c");
                }

                if (outputs.Fault != FaultCode.None)
                {
                    writer.WriteString("fault", FaultCodeNames.Of(outputs.Fault));
                }
                else
                {
                    writer.WriteNull("fault");
                }

                if (outputs.HasPhaseRemaining)
                {
                    writer.WriteNumber("phase_remaining_s", Math.Round(outputs.PhaseRemainingS, 3));
                }
                else
                {
                    writer.WriteNull("phase_remaining_s");
                }

                // Extra fields (allowed by the protocol): the cues a device would show.
                if (outputs.Cue != BuzzerCue.None)
                {
                    writer.WriteString("cue", BuzzerCueNames.Of(outputs.Cue));
                }
                else
                {
                    writer.WriteNull("cue");
                }

                writer.WriteBoolean("pad_hot", outputs.PadHot);
                writer.WriteBoolean("level_unreachable", outputs.LevelUnreachable);
                writer.WriteBoolean("heartbeat", outputs.CutoffHeartbeat);
                if (outputs.HasHeaterSense)
                {
                    writer.WriteNumber("current_a", Math.Round(outputs.HeaterCurrentA, 3));
                    writer.WriteNumber("supply_v", Math.Round(outputs.SupplyV, 3));
                }
                else
                {
                    writer.WriteNull("current_a");
                    writer.WriteNull("supply_v");
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private bool TryReadSense(JsonElement root, out HeaterSenseReading sense, out string error)
        {
            error = null;
            bool hasCurrent = root.TryGetProperty("current_a", out JsonElement currentElement);
            bool hasSupply = root.TryGetProperty("supply_v", out JsonElement supplyElement);
            if (!hasCurrent && !hasSupply)
            {
                double currentA = _lastHeaterEnabled ? _lastDutyFraction * StandInFullCurrentA : 0.0;
                sense = HeaterSenseReading.Valid(currentA, StandInSupplyV);
                return true;
            }

            sense = HeaterSenseReading.Invalid;
            if (!hasCurrent || !hasSupply)
            {
                error = "current_a and supply_v come together (or both absent)";
                return false;
            }

            if (currentElement.ValueKind == JsonValueKind.Null || supplyElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (currentElement.ValueKind != JsonValueKind.Number || supplyElement.ValueKind != JsonValueKind.Number
                || !currentElement.TryGetDouble(out double current) || !supplyElement.TryGetDouble(out double supply))
            {
                error = "current_a and supply_v must be numbers or null";
                return false;
            }

            sense = HeaterSenseReading.Valid(current, supply);
            return true;
        }

        // A sensor field: a finite number is a valid reading, null a failed read; anything else is malformed.
        private static bool TryReadTemperature(JsonElement element, out SensorReading reading)
        {
            reading = SensorReading.Invalid;
            if (element.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out double temperatureC) && double.IsFinite(temperatureC))
            {
                reading = SensorReading.Valid(temperatureC);
                return true;
            }

            return false;
        }

        private static bool TryReadButton(JsonElement root, string field, out ButtonId button, out string error)
        {
            button = ButtonId.None;
            error = null;
            if (!root.TryGetProperty(field, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                error = $"{field} must be a string: power, up, down or program";
                return false;
            }

            string name = element.GetString() ?? "";
            button = ButtonNames.Parse(name);
            if (button == ButtonId.None)
            {
                error = $"unknown button '{name}' in {field}: expected power, up, down or program";
                return false;
            }

            return true;
        }

        private static string Error(string message, long? timeMs)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("error", message);
                if (timeMs is long t)
                {
                    writer.WriteNumber("t_ms", t);
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOf('\n');
            return end < 0 ? text : text[..end].TrimEnd();
        }
    }
}
