using System.IO;
using System.Text.Json;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Loop;
using Xunit;

namespace HeatPadFirmware.Tests.Loop
{
    public class LoopSessionTests
    {
        private static JsonElement Send(LoopSession session, string line)
        {
            return JsonDocument.Parse(session.HandleLine(line)).RootElement;
        }

        [Fact]
        public void ATick_IsAnsweredWithEveryProtocolField()
        {
            var session = new LoopSession();
            JsonElement answer = Send(session, "{\"t_ms\": 1000, \"temp_c\": 24.5}");
            Assert.Equal(1000, answer.GetProperty("t_ms").GetInt64());
            Assert.Equal(0.0, answer.GetProperty("duty").GetDouble());
            Assert.False(answer.GetProperty("heater_enabled").GetBoolean());
            Assert.Equal("off", answer.GetProperty("phase").GetString());
            Assert.Equal("heat", answer.GetProperty("program").GetString());
            Assert.Equal(2, answer.GetProperty("level").GetInt32());
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("setpoint_c").ValueKind);
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("fault").ValueKind);
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("phase_remaining_s").ValueKind);
        }

        [Fact]
        public void AGivenHeaterSense_IsJudged_AndShownBack()
        {
            var session = new LoopSession();
            JsonElement answer = Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0, \"current_a\": 0.0, \"supply_v\": 12.5}");
            Assert.Equal(12.5, answer.GetProperty("supply_v").GetDouble());
            Send(session, "{\"t_ms\": 2000, \"temp_c\": 30.0, \"press\": \"power\", \"current_a\": 0.0, \"supply_v\": 12.5}");

            // Current at duty 0 the tick after heat was asked for is fine (the duty applied was 0); a sense
            // that says 5 A while the core applies nothing, twice, is a stuck heater.
            Send(session, "{\"t_ms\": 3000, \"temp_c\": 30.0625, \"current_a\": null, \"supply_v\": null}");
            answer = Send(session, "{\"t_ms\": 4000, \"temp_c\": 30.0, \"current_a\": 5.0, \"supply_v\": 12.5}");
            answer = Send(session, "{\"t_ms\": 5000, \"temp_c\": 30.0625, \"current_a\": 5.0, \"supply_v\": 12.5}");
            Assert.Equal("heater_stuck_on", answer.GetProperty("fault").GetString());
            Assert.False(answer.GetProperty("heater_enabled").GetBoolean());
        }

        [Fact]
        public void AHalfGivenHeaterSense_IsAnsweredWithAnError()
        {
            var session = new LoopSession();
            JsonElement answer = Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0, \"current_a\": 0.0}");
            Assert.Contains("current_a", answer.GetProperty("error").GetString());
        }

        [Fact]
        public void PowerPress_StartsHeat_WithSetpointAndRemainingTime()
        {
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0}");
            JsonElement answer = Send(session, "{\"t_ms\": 2000, \"temp_c\": 30.0, \"press\": \"power\"}");
            Assert.Equal("heat", answer.GetProperty("phase").GetString());
            Assert.Equal(40.0, answer.GetProperty("setpoint_c").GetDouble());
            Assert.True(answer.GetProperty("heater_enabled").GetBoolean());
            Assert.True(answer.GetProperty("duty").GetDouble() > 0.0);
            Assert.Equal(90 * 60, answer.GetProperty("phase_remaining_s").GetDouble());
        }

        [Theory]
        [InlineData("", null)]
        [InlineData("not json", null)]
        [InlineData("[1, 2]", null)]
        [InlineData("{\"temp_c\": 30}", null)]
        [InlineData("{\"t_ms\": \"5000\", \"temp_c\": 30}", null)]
        [InlineData("{\"t_ms\": 5000.5, \"temp_c\": 30}", null)]
        [InlineData("{\"t_ms\": 5000}", 5000L)]
        [InlineData("{\"t_ms\": 5000, \"temp_c\": \"hot\"}", 5000L)]
        [InlineData("{\"t_ms\": 5000, \"temp_c\": 30, \"press\": \"reset\"}", 5000L)]
        [InlineData("{\"t_ms\": 5000, \"temp_c\": 30, \"hold\": 3}", 5000L)]
        [InlineData("{\"t_ms\": 2000, \"temp_c\": 30}", 2000L)]
        [InlineData("{\"t_ms\": 1000, \"temp_c\": 30}", 1000L)]
        [InlineData("{\"t_ms\": -5, \"temp_c\": 30}", -5L)]
        public void AMalformedLine_IsAnsweredWithAnError_AndChangesNothing(string line, long? expectedTimeMs)
        {
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0}");
            Send(session, "{\"t_ms\": 2000, \"temp_c\": 30.0, \"press\": \"up\"}");

            JsonElement answer = Send(session, line);
            Assert.True(answer.TryGetProperty("error", out JsonElement error));
            Assert.False(string.IsNullOrWhiteSpace(error.GetString()));
            Assert.Equal(expectedTimeMs.HasValue, answer.TryGetProperty("t_ms", out JsonElement time));
            if (expectedTimeMs.HasValue)
            {
                Assert.Equal(expectedTimeMs.Value, time.GetInt64());
            }

            // Nothing changed: the next valid tick continues from level 3 and the old time.
            JsonElement next = Send(session, "{\"t_ms\": 3000, \"temp_c\": 30.0}");
            Assert.Equal(3, next.GetProperty("level").GetInt32());
            Assert.Equal("off", next.GetProperty("phase").GetString());
        }

        [Fact]
        public void HoldOfPower_ClearsAFault_OnlyWhenCool()
        {
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 50.0}");
            JsonElement answer = Send(session, "{\"t_ms\": 2000, \"temp_c\": 45.0, \"hold\": \"power\"}");
            Assert.Equal("fault", answer.GetProperty("phase").GetString());
            Assert.Equal("over_temperature", answer.GetProperty("fault").GetString());
            answer = Send(session, "{\"t_ms\": 3000, \"temp_c\": 35.0, \"hold\": \"power\"}");
            Assert.Equal("off", answer.GetProperty("phase").GetString());
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("fault").ValueKind);
        }

        [Fact]
        public void ANullReading_StopsHeat_AndFourInARowLatchSensorLost()
        {
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0, \"press\": \"power\"}");
            JsonElement answer = default;
            for (int i = 0; i < 4; i++)
            {
                answer = Send(session, $"{{\"t_ms\": {2000 + (i * 1000)}, \"temp_c\": null}}");
                Assert.Equal(0.0, answer.GetProperty("duty").GetDouble());
            }

            Assert.Equal("sensor_lost", answer.GetProperty("fault").GetString());
            Assert.False(answer.GetProperty("heater_enabled").GetBoolean());
        }

        [Fact]
        public void ScriptedHotColdSession_HeatsThenCoolsWithCutoffOpen_ThenEnds()
        {
            var input = new StringWriter();
            input.WriteLine("{\"t_ms\": 0, \"temp_c\": 30.0}");
            input.WriteLine("{\"t_ms\": 1000, \"temp_c\": 30.0, \"press\": \"program\"}");
            input.WriteLine("{\"t_ms\": 2000, \"temp_c\": 30.0, \"press\": \"power\"}");
            int lines = 3;
            for (long t = 7000; t <= 2000 + (31 * 60000); t += 5000)
            {
                input.WriteLine($"{{\"t_ms\": {t}, \"temp_c\": {((t / 5000) % 2 == 0 ? "39.5" : "39.5625")}}}");
                lines++;
            }

            input.WriteLine("this line is broken");
            lines++;
            var output = new StringWriter();
            int exitCode = LoopCommand.Run(new StringReader(input.ToString()), output, TextWriter.Null);
            Assert.Equal(0, exitCode);

            string[] answers = output.ToString().TrimEnd('\n').Split('\n');
            Assert.Equal(lines, answers.Length);

            bool sawHeat = false, sawCool = false, sawOffAfter = false;
            foreach (string answerLine in answers[..^1])
            {
                JsonElement answer = JsonDocument.Parse(answerLine).RootElement;
                string phase = answer.GetProperty("phase").GetString()!;
                sawHeat |= phase == "heat";
                if (phase == "cool")
                {
                    Assert.True(sawHeat);
                    sawCool = true;
                    Assert.Equal(0.0, answer.GetProperty("duty").GetDouble());
                    Assert.False(answer.GetProperty("heater_enabled").GetBoolean());
                    Assert.Equal(JsonValueKind.Null, answer.GetProperty("setpoint_c").ValueKind);
                }

                sawOffAfter |= sawCool && phase == "off";
            }

            Assert.True(sawHeat && sawCool && sawOffAfter);
            Assert.True(JsonDocument.Parse(answers[^1]).RootElement.TryGetProperty("error", out _));
        }
    }
}
