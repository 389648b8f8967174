using System.Globalization;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Session;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>Sensor 2 in the simulator's records: the CSV trace's last column and the telemetry log's optional eighth field.</summary>
    public class SecondSensorTraceTests
    {
        [Fact]
        public void CsvTrace_EndsEveryRow_WithSensor2sReading()
        {
            SessionTrace trace = SessionRunner.Run(new SessionScenario { Pad = PadFile.LoadShipped("nominal-12v"), Level = 2, Program = TherapyProgram.Heat, Minutes = 5 });
            var writer = new StringWriter();
            CsvTraceWriter.Write(trace, writer);
            string[] lines = writer.ToString().TrimEnd().Split('\n');

            Assert.EndsWith("," + TelemetryLog.SecondReadingColumn, lines[0]);
            int column = lines[0].Split(',').Length - 1;
            for (int i = 0; i < trace.Samples.Count; i++)
            {
                TraceSample s = trace.Samples[i];
                string cell = lines[i + 1].Split(',')[column];
                Assert.Equal(s.SecondReadingValid ? s.SecondReadingC.ToString("0.0000", CultureInfo.InvariantCulture) : "", cell);
            }

            // The second sensor is read and is not the first: its own lag (17.25 s against 15 s) and noise.
            Assert.True(trace.Samples.Count(s => s.SecondReadingValid) > 250);
            Assert.Contains(trace.Samples, s => s.SecondReadingValid && s.ReadingValid && s.SecondReadingC != s.ReadingC);
            Assert.Contains(trace.Samples, s => s.SecondReadingValid && s.SecondReadingC < s.ReadingC - 0.1);
        }

        [Fact]
        public void TelemetryLog_ReadsSensor2_FromAnEighthField_AndOneSensorLogsStill()
        {
            Assert.True(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none,38.5000", out TraceSample two, out string problem), problem);
            Assert.True(two.SecondReadingValid);
            Assert.Equal(38.5, two.SecondReadingC);
            Assert.Equal(38.4375, two.ReadingC);

            Assert.True(TelemetryLog.TryParse("T,13000,38.4375,40.00,0.412,heat,none,", out TraceSample failed, out problem), problem);
            Assert.False(failed.SecondReadingValid);
            Assert.True(failed.ReadingValid);

            Assert.True(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none", out TraceSample one, out problem), problem);
            Assert.False(one.SecondReadingValid);

            Assert.False(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none,warm", out _, out problem));
            Assert.Contains(TelemetryLog.SecondReadingColumn, problem);
            Assert.False(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none,38.5,51.0,1", out _, out _));
        }

        [Fact]
        public void TelemetryLog_ReadsTheElementSensorsNinthField_AsANumberOrEmpty_AndRefusesAnythingElse()
        {
            Assert.True(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none,38.5000,51.1250", out TraceSample three, out string problem), problem);
            Assert.Equal(38.5, three.SecondReadingC);
            Assert.True(TelemetryLog.TryParse("T,13000,38.4375,,0.000,fault,sensor_lost,,", out TraceSample none, out problem), problem);
            Assert.False(none.SecondReadingValid);

            Assert.False(TelemetryLog.TryParse("T,12000,38.4375,40.00,0.412,heat,none,38.5000,hot", out _, out problem));
            Assert.Contains(TelemetryLog.ElementReadingColumn, problem);
        }
    }
}
