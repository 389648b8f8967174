using System;
using System.IO;
using System.Linq;
using System.Reflection;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    public class ShippedPadTests
    {
        private static readonly string[] ExpectedPads =
        {
            "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w",
        };

        private static string RepositoryRoot()
        {
            return typeof(ShippedPadTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
        }

        [Fact]
        public void LoadAllShipped_GivesEveryShippedPadUnderItsOwnName_InNameOrder()
        {
            var pads = PadFile.LoadAllShipped();
            Assert.Equal(PadFile.ShippedNames.ToArray(), pads.Select(p => p.Name).ToArray());
            Assert.All(pads, p => Assert.Equal(PadFile.LoadShipped(p.Name).HeaterPowerW, p.Pad.HeaterPowerW));
            Assert.Equal(6, pads.Length);
        }

        [Fact]
        public void ShippedPads_InTheOutputFolder_AreExactlyTheOnesInTheRepository()
        {
            string[] inRepository = Directory.GetFiles(Path.Combine(RepositoryRoot(), "HeatPadFirmware.Simulator", "pads"), "*.json")
                .Select(path => Path.GetFileNameWithoutExtension(path)).OrderBy(name => name, StringComparer.Ordinal).ToArray();

            Assert.Equal(ExpectedPads, inRepository);
            Assert.Equal(ExpectedPads, PadFile.ShippedNames.ToArray());
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("usb-10w")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("free-air")]
        [InlineData("folded-covered")]
        public void ShippedPad_Loads_WithADescriptionAndARealisticSensor(string name)
        {
            PadParameters p = PadFile.LoadShipped(name);

            Assert.Equal(name, p.Name);
            Assert.True(p.Description.Length > 150, "the description must say what the pad models and where its figures come from");
            Assert.InRange(p.SensorLagS, 5.0, 40.0);
            Assert.InRange(p.SensorNoiseC, 0.02, 0.05);
            Assert.Equal(750, p.SensorConversionMs);
            Assert.Equal(p.AmbientC, p.InitialC);
        }

        [Fact]
        public void NominalPad_ReachesTheTopLevelOnTheBody_AtFullPowerFrom11V()
        {
            var pad = new ThermalPad(PadFile.LoadShipped("nominal-12v")) { SupplyVoltageV = 11.0 };

            for (int i = 0; i < 3600; i++)
            {
                pad.Step(1.0, 1.0, cutoffClosed: true);
            }

            Assert.True(pad.SurfaceToBodyWPerK >= 3.0, "the pad must be on a body");
            Assert.True(pad.SurfaceC >= 44.5, $"surface {pad.SurfaceC:F2} °C after 1 h at full power on 11 V");
        }

        [Fact]
        public void FoldedCoveredPad_PassesNinetyDegrees_AtFullPowerWithinTwoToThreeHours()
        {
            var pad = new ThermalPad(PadFile.LoadShipped("folded-covered"));
            int secondsTo90 = -1;
            for (int second = 1; second <= 4 * 3600 && secondsTo90 < 0; second++)
            {
                pad.Step(1.0, 1.0, cutoffClosed: true);
                if (pad.SurfaceC >= 90.0)
                {
                    secondsTo90 = second;
                }
            }

            Assert.InRange(secondsTo90, 3600, 3 * 3600);
        }

        [Fact]
        public void UsbPad_CannotReachTheHighLevels_EvenAtFullPower()
        {
            var pad = new ThermalPad(PadFile.LoadShipped("usb-10w"));

            for (int i = 0; i < 2 * 3600; i++)
            {
                pad.Step(1.0, 1.0, cutoffClosed: true);
            }

            Assert.True(pad.SurfaceC > 34.0, "full power must still warm it");
            Assert.True(pad.SurfaceC < 40.0, $"surface {pad.SurfaceC:F2} °C");
        }

        [Fact]
        public void FreeAirPad_HasNoBody_AndRunsHotterThanOnTheBody()
        {
            var free = new ThermalPad(PadFile.LoadShipped("free-air"));
            var onBody = new ThermalPad(PadFile.LoadShipped("nominal-12v"));
            for (int i = 0; i < 3 * 3600; i++)
            {
                free.Step(1.0, 1.0, cutoffClosed: true);
                onBody.Step(1.0, 1.0, cutoffClosed: true);
            }

            Assert.Equal(0.0, free.SurfaceToBodyWPerK);
            Assert.True(free.SurfaceC > onBody.SurfaceC + 5.0, $"free air {free.SurfaceC:F1} °C, on body {onBody.SurfaceC:F1} °C");
        }

        [Fact]
        public void ThickSlowPad_IsSeveralTimesSlowerThanTheNominalPad()
        {
            var thick = new ThermalPad(PadFile.LoadShipped("thick-slow"));
            var nominal = new ThermalPad(PadFile.LoadShipped("nominal-12v"));

            Assert.True(thick.SlowTimeConstantS > 3.0 * nominal.SlowTimeConstantS);
            Assert.True(thick.Parameters.SensorLagS >= 30.0);
        }

        [Fact]
        public void StrongPad_HeatsTheSurfaceFasterThanTheNominalPad()
        {
            var strong = new ThermalPad(PadFile.LoadShipped("strong-60w"));
            var nominal = new ThermalPad(PadFile.LoadShipped("nominal-12v"));
            for (int i = 0; i < 120; i++)
            {
                strong.Step(1.0, 1.0, cutoffClosed: true);
                nominal.Step(1.0, 1.0, cutoffClosed: true);
            }

            Assert.True(strong.SurfaceC > nominal.SurfaceC + 3.0, $"strong {strong.SurfaceC:F1} °C, nominal {nominal.SurfaceC:F1} °C after 2 min");
        }
    }
}
