using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>Where a simulated pad's element calibration (<see cref="ElementCalibration"/>) comes from (session 19).</summary>
    public enum ElementCalibrationKind
    {
        /// <summary>None: the core learns the element's model at a cold start (session 18's learner).</summary>
        None,
        /// <summary>
        /// The pad's true core parameters as the element sensor and the heater sense see them (C·k/(1+s), G_cs·k/(1+s),
        /// G_ca·k/(1+s): s the element sensor's spot error, k the run's heater sense's power scale, sensed / true), each
        /// times (1 + e) with e drawn uniform ±<see cref="ElementSensorOption.OracleErrorFraction"/> per run (the ceiling scan).
        /// </summary>
        Oracle,

        /// <summary>The assembly fixture's measurement of this pad with its own sensors and sense (<see cref="ElementCalibrationFixture"/>).</summary>
        Factory,
    }

    /// <summary>Builds a run's element calibration from the pad and its drawn element sensor (see <see cref="ElementCalibrationKind"/>).</summary>
    public static class ElementCalibrationSource
    {
        /// <summary>Seeds of the oracle's error draws are the run's XOR this (own generator: nothing else in a run changes).</summary>
        public const int OracleErrorSeedMask = 0x510E527F;

        /// <summary>
        /// The power scale of the heater sense of seed <paramref name="seed"/> on pad <paramref name="p"/>: the sensed power at full
        /// duty over the true one (the ESP32 ADC's reference, the shunt amplifier's gain: 0.8–1.2), from a copy of the run's sense
        /// (the same gains; its own noise draws, so the run's are untouched), 50 reads averaged.
        /// </summary>
        public static double SenseScale(PadParameters p, int seed)
        {
            ArgumentNullException.ThrowIfNull(p);
            var pad = new ThermalPad(p);
            var sense = new SimulatedHeaterSense(seed);
            double sum = 0.0;
            for (int i = 0; i < 50; i++)
            {
                HeaterSenseReading r = sense.Read(pad, 1.0, true);
                sum += r.CurrentA * r.SupplyV;
            }

            return sum / 50.0 / pad.HeaterPowerW(1.0, true);
        }

        /// <summary>
        /// Fits a simulated element sensor for pad <paramref name="p"/> (drawn from <paramref name="seed"/>) and gives
        /// <paramref name="core"/> its calibration of kind <paramref name="kind"/> (none for <see cref="ElementCalibrationKind.None"/>):
        /// what every simulated run does when the element sensor is fitted. Returns the sensor.
        /// </summary>
        public static SimulatedElementSensor Fit(HeatPadCore core, ElementCalibrationKind kind, PadParameters p, int seed)
        {
            return Fit(core, p, seed, sensor => For(kind, p, sensor, seed));
        }

        /// <summary>
        /// As <see cref="Fit(HeatPadCore, ElementCalibrationKind, PadParameters, int)"/>, <paramref name="record"/> the calibration
        /// (null: none): a record made elsewhere, e.g. fitted from a simulated device fixture run's telemetry (tests, session 23).
        /// </summary>
        public static SimulatedElementSensor Fit(HeatPadCore core, ElementCalibration record, PadParameters p, int seed)
        {
            return Fit(core, p, seed, _ => record);
        }

        // Draws the element sensor of seed for pad p, gives core the calibration recordFor makes with it (none when null).
        private static SimulatedElementSensor Fit(HeatPadCore core, PadParameters p, int seed, Func<SimulatedElementSensor, ElementCalibration> recordFor)
        {
            ArgumentNullException.ThrowIfNull(core);
            var sensor = new SimulatedElementSensor(p, seed);
            ElementCalibration calibration = recordFor(sensor);
            if (calibration != null)
            {
                core.CalibrateElement(calibration);
            }

            return sensor;
        }

        /// <summary>
        /// The fixture's record as this controller board would misread it (session 20's robustness runs): a board whose heater sense
        /// reads the power × 1/s against the fixture's sees every parameter of the record × s (the record is in the fixture's watts),
        /// then C × <see cref="ElementSensorOption.RecordCapacityScale"/> and G_cs × <see cref="ElementSensorOption.RecordConductanceScale"/>.
        /// All 1 (the default): the record itself, unchanged.
        /// </summary>
        private static ElementCalibration Misscaled(ElementCalibration record)
        {
            return Scaled(record, ElementSensorOption.RecordSenseScale, ElementSensorOption.RecordCapacityScale, ElementSensorOption.RecordConductanceScale);
        }

        /// <summary>
        /// <paramref name="record"/> as a board of sense factor <paramref name="sense"/> reads it (every parameter × it), then C ×
        /// <paramref name="capacity"/> and G_cs × <paramref name="conductance"/>; the lag is kept. All three 1, or no record: the
        /// record itself (the same instance).
        /// </summary>
        public static ElementCalibration Scaled(ElementCalibration record, double sense, double capacity, double conductance)
        {
            if (record == null || (sense == 1.0 && capacity == 1.0 && conductance == 1.0))
            {
                return record;
            }

            return new ElementCalibration(record.CapacityJPerK * sense * capacity, record.ConductanceWPerK * sense * conductance, record.RoomConductanceWPerK * sense, record.LagS);
        }

        /// <summary>The calibration of <paramref name="kind"/> for pad <paramref name="p"/> with element sensor <paramref name="sensor"/> (run seed <paramref name="seed"/>); null for <see cref="ElementCalibrationKind.None"/>.</summary>
        public static ElementCalibration For(ElementCalibrationKind kind, PadParameters p, SimulatedElementSensor sensor, int seed)
        {
            ArgumentNullException.ThrowIfNull(p);
            ArgumentNullException.ThrowIfNull(sensor);
            if (kind == ElementCalibrationKind.Factory)
            {
                return Misscaled(ElementCalibrationFixture.Calibrate(p, seed));
            }

            if (kind != ElementCalibrationKind.Oracle)
            {
                return null;
            }

            double seen = (1.0 + sensor.SpotFraction) / SenseScale(p, seed);
            double e = ElementSensorOption.OracleErrorFraction;
            var random = new Random(seed ^ OracleErrorSeedMask);
            double eC = ElementSensorOption.OracleAdverse ? e : e * ((2.0 * random.NextDouble()) - 1.0);
            double eG = ElementSensorOption.OracleAdverse ? e : e * ((2.0 * random.NextDouble()) - 1.0);
            double eA = ElementSensorOption.OracleAdverse ? e : e * ((2.0 * random.NextDouble()) - 1.0);
            return new ElementCalibration(
                p.CoreCapacityJPerK / seen * (1.0 + eC),
                p.CoreToSurfaceWPerK / seen * (1.0 + eG),
                p.CoreToAmbientWPerK / seen * (1.0 + eA),
                sensor.LagS);
        }
    }
}
