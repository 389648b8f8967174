using System.Text.Json;
using HeatPadFirmware.Simulator.Loop;
using Xunit;

namespace HeatPadFirmware.Tests.Loop
{
    /// <summary>The <c>loop</c> protocol's <c>temp2_c</c>: sensor 2's reading, optional; without it the one reading feeds both sensors.</summary>
    public class LoopSecondSensorTests
    {
        private static JsonElement Send(LoopSession session, string line)
        {
            return JsonDocument.Parse(session.HandleLine(line)).RootElement;
        }

        // Power-on at 30 °C, then a heat session at the default level 2 (setpoint 40 °C).
        private static LoopSession Started(string secondField)
        {
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0" + secondField + "}");
            JsonElement answer = Send(session, "{\"t_ms\": 2000, \"temp_c\": 30.0625" + secondField.Replace("30.0", "30.0625") + ", \"press\": \"power\"}");
            Assert.Equal("heat", answer.GetProperty("phase").GetString());
            return session;
        }

        [Fact]
        public void ANullSecondReading_FourTimesInARow_LatchesSensorLost_WhileTheFirstReadsWell()
        {
            LoopSession session = Started(", \"temp2_c\": 30.0");
            JsonElement answer = default;
            for (int t = 3; t <= 6; t++)
            {
                answer = Send(session, "{\"t_ms\": " + (t * 1000) + ", \"temp_c\": 30.0, \"temp2_c\": null}");
            }

            Assert.Equal("sensor_lost", answer.GetProperty("fault").GetString());
            Assert.False(answer.GetProperty("heater_enabled").GetBoolean());
        }

        [Fact]
        public void WithoutASecondReading_TheOneReadingFeedsBothSensors()
        {
            // Four ticks with only temp_c: had sensor 2 been taken as missing, the fourth would latch sensor_lost.
            LoopSession session = Started("");
            JsonElement answer = default;
            for (int t = 3; t <= 8; t++)
            {
                answer = Send(session, "{\"t_ms\": " + (t * 1000) + ", \"temp_c\": 30.0625}");
            }

            Assert.Equal(JsonValueKind.Null, answer.GetProperty("fault").ValueKind);
            Assert.Equal("heat", answer.GetProperty("phase").GetString());
            Assert.True(answer.GetProperty("heater_enabled").GetBoolean());
        }

        [Fact]
        public void ASecondReadingOverTheLimit_IsJudged_AsTheHotterOfThePair()
        {
            // The over-temperature limit judges the hotter reading: sensor 2 at 47.5 °C latches it with sensor 1 at 46.
            var session = new LoopSession();
            Send(session, "{\"t_ms\": 1000, \"temp_c\": 46.0, \"temp2_c\": 46.0}");
            JsonElement answer = Send(session, "{\"t_ms\": 2000, \"temp_c\": 46.0, \"temp2_c\": 46.5}");
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("fault").ValueKind);
            answer = Send(session, "{\"t_ms\": 3000, \"temp_c\": 46.0, \"temp2_c\": 47.0}");

            Assert.Equal("over_temperature", answer.GetProperty("fault").GetString());
        }

        [Theory]
        [InlineData("\"hot\"")]
        [InlineData("true")]
        [InlineData("[30.0]")]
        [InlineData("{\"c\": 30.0}")]
        public void AMalformedSecondReading_IsAnsweredWithTheSameErrorAsTheFirst_AndChangesNothing(string value)
        {
            var session = new LoopSession();
            JsonElement answer = Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0, \"temp2_c\": " + value + ", \"press\": \"power\"}");

            Assert.Equal("temp2_c must be a number or null", answer.GetProperty("error").GetString());
            Assert.Equal(1000, answer.GetProperty("t_ms").GetInt64());
            JsonElement first = Send(session, "{\"t_ms\": 1000, \"temp_c\": \"hot\"}");
            Assert.Equal("temp_c must be a number or null", first.GetProperty("error").GetString());

            // Nothing changed: the same time is still new, the pad still off.
            answer = Send(session, "{\"t_ms\": 1000, \"temp_c\": 30.0, \"temp2_c\": 30.0}");
            Assert.Equal("off", answer.GetProperty("phase").GetString());
        }
    }
}
