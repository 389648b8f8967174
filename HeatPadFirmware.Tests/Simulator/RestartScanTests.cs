using System;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>The <c>restarts</c> scan's single runs and its command, on the shipped pads.</summary>
    public class RestartScanTests
    {
        [Theory]
        [InlineData("nominal-12v", true, 5, 45, 8.0)]
        [InlineData("strong-60w", false, 2, 90, 160.0)]
        [InlineData("thick-slow", true, 5, 90, 40.0)]
        public void SensorsOnThePad_WithThePackLiftedAtTheRestart_LatchNothing(string padName, bool learnOnBody, int level, int offS, double packWPerK)
        {
            RestartScan.Outcome o = RestartScan.RunAttached(PadFile.LoadShipped(padName), learnOnBody, level, offS, packWPerK, 0, 1);

            Assert.Equal(FaultCode.None, o.Fault);
            Assert.True(double.IsNaN(o.AfterS));
            Assert.True(o.PeakSurfaceC > 30.0, "the restart heated: peak " + o.PeakSurfaceC + " C");
        }

        [Theory]
        [InlineData("nominal-12v", true, 5, 45, 1)]
        [InlineData("strong-60w", false, 5, 90, 2)]
        [InlineData("free-air", true, 5, 45, 1)]
        [InlineData("folded-covered", true, 5, 45, 2)]
        public void BothSensorsLeavingThePadInTheOff_AreNamedWithin3MinutesOfTheRestart_Under48C(string padName, bool learnOnBody, int level, int offS, int offPresses)
        {
            RestartScan.Outcome o = RestartScan.RunDetached(PadFile.LoadShipped(padName), learnOnBody, level, offS, 8.0, 0, offPresses);

            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.InRange(o.AfterS, 1.0, 180.0);
            Assert.True(o.PeakSurfaceC < 48.0, "peak " + o.PeakSurfaceC + " C");
        }

        [Theory]
        [InlineData(1, 8.0, 0, 1)]
        [InlineData(45, -1.0, 0, 1)]
        [InlineData(45, 8.0, -5, 1)]
        [InlineData(45, 8.0, 0, 3)]
        public void ARunOutsideTheScansRange_IsRefused(int offS, double packWPerK, int liftS, int offPresses)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => RestartScan.RunAttached(PadFile.LoadShipped("nominal-12v"), true, 5, offS, packWPerK, liftS, offPresses));
        }

        [Fact]
        public void TheCommandOnTheShippedPads_ReportsBothParts_AndNamesEveryDetachedRun()
        {
            var output = new StringWriter();

            int exitCode = RestartsCommand.Execute(0, 1, false, false, output, TextWriter.Null);

            string text = output.ToString();
            Assert.Equal(0, exitCode);
            Assert.Contains("6 pads (6 shipped + 0 of the random family, seed 1)", text);
            Assert.Contains("Sensors on the pad (any latch is a false alarm, or the pack left on into the heat): 864 runs", text);
            Assert.Contains("Sensors off the pad from the first off press (pack 8/160 W/K lifted at the restart): 192 runs, latched 192 (sensor_detached 192), not named in 600 s 0", text);
        }
    }
}
