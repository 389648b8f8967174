using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Pad
{
    /// <summary>Pads built in code, independent of the shipped files, for the physics tests.</summary>
    internal static class PadTestData
    {
        /// <summary>The heater-safety reference pad with a 70 W element on the body.</summary>
        public static PadParameters Nominal()
        {
            return new PadParameters
            {
                Name = "test-nominal",
                Description = "test pad",
                HeaterPowerW = 70.0,
                RatedVoltageV = 12.0,
                SupplyVoltageV = 12.0,
                CoreCapacityJPerK = 120.0,
                SurfaceCapacityJPerK = 200.0,
                CoreToSurfaceWPerK = 2.0,
                CoreToAmbientWPerK = 0.5,
                SurfaceToAmbientWPerK = 0.1,
                SurfaceToBodyWPerK = 3.0,
                AmbientC = 22.0,
                BodyC = 34.0,
                InitialC = 22.0,
                SensorLagS = 15.0,
                SensorNoiseC = 0.03,
                SensorBiasC = 0.0,
                SensorConversionMs = 750,
            };
        }

        /// <summary>A sensor that follows the surface almost at once, without noise or bias, for register tests.</summary>
        public static PadParameters FastCleanSensor(double initialC = 22.0)
        {
            return Nominal().With(sensorLagS: 0.001, sensorNoiseC: 0.0, sensorBiasC: 0.0, initialC: initialC);
        }

        /// <summary>Independent steady-state solution of the two-node balance by elimination (not Cramer's rule as the pad does).</summary>
        public static void SteadyState(double powerW, double gcs, double gca, double gsa, double gsb, double ambientC, double bodyC,
            out double coreC, out double surfaceC)
        {
            // Surface balance: Gcs(Tc − Ts) = Gsa(Ts − Ta) + Gsb(Ts − Tb)  →  Tc = Ts + (Gsa(Ts − Ta) + Gsb(Ts − Tb))/Gcs.
            // Substituted in the core balance P = Gcs(Tc − Ts) + Gca(Tc − Ta), which is linear in Ts:
            // P = Gsa(Ts − Ta) + Gsb(Ts − Tb) + Gca(Ts − Ta + (Gsa(Ts − Ta) + Gsb(Ts − Tb))/Gcs).
            double slope = gsa + gsb + gca * (1.0 + (gsa + gsb) / gcs);
            double offset = -gsa * ambientC - gsb * bodyC + gca * (-ambientC + (-gsa * ambientC - gsb * bodyC) / gcs);
            surfaceC = (powerW - offset) / slope;
            coreC = surfaceC + (gsa * (surfaceC - ambientC) + gsb * (surfaceC - bodyC)) / gcs;
        }
    }
}
