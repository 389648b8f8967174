using System;
using System.IO;
using System.Text.Json.Nodes;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    public class PadFileTests
    {
        private const string Source = "pads/bad.json";

        private static JsonObject ValidObject()
        {
            return new JsonObject
            {
                ["description"] = "a valid pad",
                ["heaterPowerW"] = 70.0,
                ["ratedVoltageV"] = 12.0,
                ["supplyVoltageV"] = 12.0,
                ["coreCapacityJPerK"] = 120.0,
                ["surfaceCapacityJPerK"] = 200.0,
                ["coreToSurfaceWPerK"] = 2.0,
                ["coreToAmbientWPerK"] = 0.5,
                ["surfaceToAmbientWPerK"] = 0.1,
                ["surfaceToBodyWPerK"] = 3.0,
                ["ambientC"] = 22.0,
                ["bodyC"] = 34.0,
                ["initialC"] = 22.0,
                ["sensorLagS"] = 15.0,
                ["sensorNoiseC"] = 0.03,
                ["sensorBiasC"] = 0.0,
                ["sensorConversionMs"] = 750,
            };
        }

        [Fact]
        public void Parse_ReadsEveryField_AndNamesThePadAfterTheFileStem()
        {
            PadParameters p = PadFile.Parse(ValidObject().ToJsonString(), "some/dir/my-pad.json");

            Assert.Equal("my-pad", p.Name);
            Assert.Equal("a valid pad", p.Description);
            Assert.Equal(70.0, p.HeaterPowerW);
            Assert.Equal(12.0, p.RatedVoltageV);
            Assert.Equal(12.0, p.SupplyVoltageV);
            Assert.Equal(120.0, p.CoreCapacityJPerK);
            Assert.Equal(200.0, p.SurfaceCapacityJPerK);
            Assert.Equal(2.0, p.CoreToSurfaceWPerK);
            Assert.Equal(0.5, p.CoreToAmbientWPerK);
            Assert.Equal(0.1, p.SurfaceToAmbientWPerK);
            Assert.Equal(3.0, p.SurfaceToBodyWPerK);
            Assert.Equal(22.0, p.AmbientC);
            Assert.Equal(34.0, p.BodyC);
            Assert.Equal(22.0, p.InitialC);
            Assert.Equal(15.0, p.SensorLagS);
            Assert.Equal(0.03, p.SensorNoiseC);
            Assert.Equal(0.0, p.SensorBiasC);
            Assert.Equal(750, p.SensorConversionMs);
        }

        [Fact]
        public void Parse_AcceptsAFileWithoutDescription()
        {
            JsonObject json = ValidObject();
            json.Remove("description");

            PadParameters p = PadFile.Parse(json.ToJsonString(), Source);

            Assert.Equal("", p.Description);
            Assert.Equal(70.0, p.HeaterPowerW);
        }

        [Theory]
        [InlineData("heaterPowerW", "remove", "is missing")]
        [InlineData("sensorConversionMs", "remove", "is missing")]
        [InlineData("initialC", "remove", "is missing")]
        [InlineData("colour", "\"red\"", "is not a pad field")]
        [InlineData("HeaterPowerW", "70", "did you mean 'heaterPowerW'")]
        [InlineData("heaterPowerW", "\"70\"", "must be a number")]
        [InlineData("heaterPowerW", "null", "must be a number")]
        [InlineData("heaterPowerW", "true", "must be a number")]
        [InlineData("heaterPowerW", "[70]", "must be a number")]
        [InlineData("heaterPowerW", "0", "must be > 0 W, got 0")]
        [InlineData("heaterPowerW", "1000000", "must be <= 500 W")]
        [InlineData("coreCapacityJPerK", "-3", "must be > 0 J/K, got -3")]
        [InlineData("surfaceCapacityJPerK", "0", "must be > 0 J/K, got 0")]
        [InlineData("coreToSurfaceWPerK", "0", "must be > 0 W/K")]
        [InlineData("coreToAmbientWPerK", "-0.1", "must be in 0..100 W/K, got -0.1")]
        [InlineData("surfaceToAmbientWPerK", "-1", "must be in 0..100 W/K")]
        [InlineData("surfaceToBodyWPerK", "-1", "must be in 0..100 W/K")]
        [InlineData("sensorLagS", "0", "must be > 0 s, got 0")]
        [InlineData("sensorLagS", "-5", "must be > 0 s")]
        [InlineData("sensorLagS", "15000", "must be <= 600 s")]
        [InlineData("supplyVoltageV", "0", "must be > 0 V")]
        [InlineData("ratedVoltageV", "-12", "must be > 0 V")]
        [InlineData("sensorConversionMs", "93", "must be in 94..1000 ms, got 93")]
        [InlineData("sensorConversionMs", "1001", "must be in 94..1000 ms")]
        [InlineData("sensorConversionMs", "750.5", "must be a whole number of ms")]
        [InlineData("sensorConversionMs", "\"750\"", "must be a number")]
        [InlineData("ambientC", "-21", "must be in -20..60 °C, got -21")]
        [InlineData("bodyC", "61", "must be in -20..60 °C")]
        [InlineData("initialC", "295.15", "must be in -20..60 °C")]
        [InlineData("sensorNoiseC", "-0.01", "must be in 0..5 °C")]
        [InlineData("sensorBiasC", "6", "must be in -5..5 °C")]
        [InlineData("heaterPowerW", "1e400", "must be a finite number")]
        [InlineData("description", "5", "must be a string")]
        public void Parse_RefusesABadField_NamingTheFieldAndTheFile(string field, string valueJson, string expectedProblem)
        {
            JsonObject json = ValidObject();
            if (valueJson == "remove")
            {
                json.Remove(field);
            }
            else
            {
                // A placeholder replaced in the text, so that values JSON cannot build (1e400) go in verbatim.
                json[field] = "__VALUE__";
            }

            string text = json.ToJsonString().Replace("\"__VALUE__\"", valueJson);
            var exception = Assert.Throws<PadFileException>(() => PadFile.Parse(text, Source));

            Assert.Equal(field, exception.Field);
            Assert.StartsWith(Source + ": field '" + field + "' ", exception.Message);
            Assert.Contains(expectedProblem, exception.Message);
        }

        [Fact]
        public void Parse_RefusesAPadThatCannotLoseHeat()
        {
            JsonObject json = ValidObject();
            json["coreToAmbientWPerK"] = 0.0;
            json["surfaceToAmbientWPerK"] = 0.0;
            json["surfaceToBodyWPerK"] = 0.0;

            var exception = Assert.Throws<PadFileException>(() => PadFile.Parse(json.ToJsonString(), Source));

            Assert.Equal("coreToAmbientWPerK", exception.Field);
            Assert.Contains("must lose heat", exception.Message);
        }

        [Fact]
        public void Parse_RefusesADuplicatedField()
        {
            string text = ValidObject().ToJsonString().Replace("\"bodyC\":34", "\"bodyC\":34,\"bodyC\":36");

            var exception = Assert.Throws<PadFileException>(() => PadFile.Parse(text, Source));

            Assert.Equal("bodyC", exception.Field);
            Assert.Contains("more than once", exception.Message);
        }

        [Theory]
        [InlineData("", "is not valid JSON")]
        [InlineData("{ \"heaterPowerW\": 70, ", "is not valid JSON")]
        [InlineData("[1, 2]", "must hold one JSON object, got an array")]
        [InlineData("42", "must hold one JSON object, got a number")]
        [InlineData("{ /* comment */ }", "is not valid JSON")]
        public void Parse_RefusesTextThatIsNotOnePadObject(string text, string expectedProblem)
        {
            var exception = Assert.Throws<PadFileException>(() => PadFile.Parse(text, Source));

            Assert.Null(exception.Field);
            Assert.StartsWith(Source + ": ", exception.Message);
            Assert.Contains(expectedProblem, exception.Message);
        }

        [Fact]
        public void Load_RefusesAMissingFile_NamingIt()
        {
            string path = Path.Combine(Path.GetTempPath(), "no-such-pad-" + Guid.NewGuid().ToString("N") + ".json");

            var exception = Assert.Throws<PadFileException>(() => PadFile.Load(path));

            Assert.Null(exception.Field);
            Assert.Contains(path, exception.Message);
        }

        [Fact]
        public void Load_ReadsAFileWritten_ByToJson()
        {
            PadParameters original = PadTestData.Nominal().With(sensorBiasC: -0.25, supplyVoltageV: 11.2, description: "round trip");
            string path = Path.Combine(Path.GetTempPath(), "pad-roundtrip-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                File.WriteAllText(path, PadFile.ToJson(original));
                PadParameters loaded = PadFile.Load(path);

                Assert.Equal(PadFile.ToJson(original), PadFile.ToJson(loaded));
                Assert.Equal(-0.25, loaded.SensorBiasC);
                Assert.Equal(11.2, loaded.SupplyVoltageV);
                Assert.Equal("round trip", loaded.Description);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Theory]
        [InlineData("no-such-pad")]
        [InlineData("../nominal-12v")]
        [InlineData("")]
        public void LoadShipped_RefusesANameThatIsNotAShippedPad(string name)
        {
            var exception = Assert.Throws<PadFileException>(() => PadFile.LoadShipped(name));

            Assert.Null(exception.Field);
        }

        [Fact]
        public void With_ValidatesTheVariedPad_AndLeavesTheOriginalUnchanged()
        {
            PadParameters original = PadTestData.Nominal();

            PadParameters sagging = original.With(supplyVoltageV: 10.5);
            var exception = Assert.Throws<PadFileException>(() => original.With(coreCapacityJPerK: -1.0));

            Assert.Equal(10.5, sagging.SupplyVoltageV);
            Assert.Equal(12.0, original.SupplyVoltageV);
            Assert.Equal("coreCapacityJPerK", exception.Field);
            Assert.Contains("got -1", exception.Message);
        }

        [Fact]
        public void ThermalPad_RefusesInvalidParametersBuiltInCode()
        {
            PadParameters p = PadTestData.Nominal().Clone();
            p.SensorLagS = double.NaN;

            var exception = Assert.Throws<PadFileException>(() => new SimulatedSensor(p, seed: 1));

            Assert.Equal("sensorLagS", exception.Field);
            Assert.Contains("finite", exception.Message);
        }
    }
}
