using System.CommandLine;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>
    /// Session 21 (rise21): the Factory record's error options (<c>--element-record-sense / -c / -gcs</c>, session 20's, re-added)
    /// scale the record as a mis-measuring board reads it, and leave it the same instance at their defaults (so every run without
    /// them is the record itself: `bench` with the element flags byte-identical to main's).
    /// </summary>
    public class ElementRecordOptionTests
    {
        [Theory]
        [InlineData("bench")]
        [InlineData("faults")]
        [InlineData("restarts")]
        public void TheRecordOptions_DefaultToOne_OnEveryCommand(string command)
        {
            ParseResult parse = Program.BuildCommandLine().Parse(new[] { command });

            Assert.Equal(1.0, parse.GetValue(Program.ElementRecordSenseOption));
            Assert.Equal(1.0, parse.GetValue(Program.ElementRecordCapacityOption));
            Assert.Equal(1.0, parse.GetValue(Program.ElementRecordConductanceOption));
        }

        [Fact]
        public void TheRecordOptions_AreReadAfterTheCommand()
        {
            ParseResult parse = Program.BuildCommandLine().Parse(new[] { "bench", "--element-record-sense", "0.9174", "--element-record-c", "1.1", "--element-record-gcs", "0.9" });

            Assert.Empty(parse.Errors);
            Assert.Equal(0.9174, parse.GetValue(Program.ElementRecordSenseOption));
            Assert.Equal(1.1, parse.GetValue(Program.ElementRecordCapacityOption));
            Assert.Equal(0.9, parse.GetValue(Program.ElementRecordConductanceOption));
        }

        [Fact]
        public void AScaledRecord_TakesTheSenseOnEveryConductanceAndCapacity_AndKeepsTheLag()
        {
            var record = new ElementCalibration(60.0, 4.0, 0.5, 6.0);

            ElementCalibration scaled = ElementCalibrationSource.Scaled(record, 1.1, 0.9, 1.2);

            Assert.Equal(60.0 * 1.1 * 0.9, scaled.CapacityJPerK, 9);
            Assert.Equal(4.0 * 1.1 * 1.2, scaled.ConductanceWPerK, 9);
            Assert.Equal(0.5 * 1.1, scaled.RoomConductanceWPerK, 9);
            Assert.Equal(6.0, scaled.LagS, 9);
        }

        [Fact]
        public void AtTheDefaults_TheRecordIsReturnedItself()
        {
            var record = new ElementCalibration(60.0, 4.0, 0.5, 6.0);

            Assert.Same(record, ElementCalibrationSource.Scaled(record, 1.0, 1.0, 1.0));
            Assert.Null(ElementCalibrationSource.Scaled(null, 0.9, 1.0, 1.0));
        }
    }
}
