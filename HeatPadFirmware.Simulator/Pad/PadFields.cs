using System;
using System.Collections.Generic;
using System.Globalization;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// The one table of pad-file fields: JSON name, unit, allowed range and where the value lives in
    /// <see cref="PadParameters"/>. Parsing, writing and validation all read it, so a field cannot be
    /// known to one and forgotten by another.
    /// </summary>
    internal static class PadFields
    {
        /// <summary>The optional free-text field.</summary>
        public const string DescriptionKey = "description";

        /// <summary>One numeric field of a pad file.</summary>
        public sealed class Field
        {
            public Field(string jsonName, string unit, double min, bool minInclusive, double max, bool isInteger,
                Func<PadParameters, double> get, Action<PadParameters, double> set, string defaultWhenMissing = null)
            {
                DefaultWhenMissing = defaultWhenMissing;
                JsonName = jsonName;
                Unit = unit;
                Min = min;
                MinInclusive = minInclusive;
                Max = max;
                IsInteger = isInteger;
                Get = get;
                Set = set;
            }

            public string JsonName { get; }
            public string Unit { get; }
            public double Min { get; }
            public bool MinInclusive { get; }
            public double Max { get; }
            public bool IsInteger { get; }
            public Func<PadParameters, double> Get { get; }
            public Action<PadParameters, double> Set { get; }

            /// <summary>Null for a required field; for an optional one, what a pad file without it gets (for messages and docs).</summary>
            public string DefaultWhenMissing { get; }

            /// <summary>True when a pad file may leave the field out.</summary>
            public bool IsOptional => DefaultWhenMissing != null;

            /// <summary>Null when <paramref name="value"/> is allowed, else the complaint (without the field name).</summary>
            public string Check(double value)
            {
                string got = ", got " + Format(value);
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    return "must be a finite number" + got;
                }

                if (IsInteger && value != Math.Floor(value))
                {
                    return "must be a whole number of " + Unit + got;
                }

                bool tooLow = MinInclusive ? value < Min : value <= Min;
                if (tooLow || value > Max)
                {
                    if (IsInteger || MinInclusive)
                    {
                        return "must be in " + Format(Min) + ".." + Format(Max) + " " + Unit + got;
                    }

                    return tooLow
                        ? "must be > " + Format(Min) + " " + Unit + got
                        : "must be <= " + Format(Max) + " " + Unit + got;
                }

                return null;
            }
        }

        // Ranges: wide enough for any real low-voltage pad, narrow enough to catch typos and unit mistakes
        // (a capacity in kJ/K, a lag in ms, a temperature in kelvin). Temperatures: the brief's −20..60 °C.
        // Voltage: up to 60 V DC, the usual extra-low-voltage ceiling for touchable equipment.
        // Conversion: the DS18B20's 9-bit (93.75 ms, rounded up to 94) to 12-bit (750 ms) periods, with room
        // for a slow bus (datasheet, see the heater-safety reference).
        public static readonly Field[] Numbers =
        {
            new Field("heaterPowerW", "W", 0.0, false, 500.0, false, p => p.HeaterPowerW, (p, v) => p.HeaterPowerW = v),
            new Field("ratedVoltageV", "V", 0.0, false, 60.0, false, p => p.RatedVoltageV, (p, v) => p.RatedVoltageV = v),
            new Field("supplyVoltageV", "V", 0.0, false, 60.0, false, p => p.SupplyVoltageV, (p, v) => p.SupplyVoltageV = v),
            new Field("coreCapacityJPerK", "J/K", 0.0, false, 100000.0, false, p => p.CoreCapacityJPerK, (p, v) => p.CoreCapacityJPerK = v),
            new Field("surfaceCapacityJPerK", "J/K", 0.0, false, 100000.0, false, p => p.SurfaceCapacityJPerK, (p, v) => p.SurfaceCapacityJPerK = v),
            new Field("coreToSurfaceWPerK", "W/K", 0.0, false, 100.0, false, p => p.CoreToSurfaceWPerK, (p, v) => p.CoreToSurfaceWPerK = v),
            new Field("coreToAmbientWPerK", "W/K", 0.0, true, 100.0, false, p => p.CoreToAmbientWPerK, (p, v) => p.CoreToAmbientWPerK = v),
            new Field("surfaceToAmbientWPerK", "W/K", 0.0, true, 100.0, false, p => p.SurfaceToAmbientWPerK, (p, v) => p.SurfaceToAmbientWPerK = v),
            new Field("surfaceToBodyWPerK", "W/K", 0.0, true, 100.0, false, p => p.SurfaceToBodyWPerK, (p, v) => p.SurfaceToBodyWPerK = v),
            new Field("ambientC", "°C", -20.0, true, 60.0, false, p => p.AmbientC, (p, v) => p.AmbientC = v),
            new Field("bodyC", "°C", -20.0, true, 60.0, false, p => p.BodyC, (p, v) => p.BodyC = v),
            new Field("initialC", "°C", -20.0, true, 60.0, false, p => p.InitialC, (p, v) => p.InitialC = v),
            new Field("sensorLagS", "s", 0.0, false, 600.0, false, p => p.SensorLagS, (p, v) => p.SensorLagS = v),
            new Field("sensorNoiseC", "°C", 0.0, true, 5.0, false, p => p.SensorNoiseC, (p, v) => p.SensorNoiseC = v),
            new Field("sensorBiasC", "°C", -5.0, true, 5.0, false, p => p.SensorBiasC, (p, v) => p.SensorBiasC = v),
            new Field("sensorConversionMs", "ms", 94.0, true, 1000.0, true, p => p.SensorConversionMs, (p, v) => p.SensorConversionMs = (int)v),
            // Sensor 2 (session 5: two DS18B20s in pockets of the same construction): its own lag and bias, validated as the
            // first sensor's are; noise level and conversion are the first sensor's. Optional, so pad files written for one
            // sensor still load: the lag then follows sensorLagS, the bias is 0.
            new Field("secondSensorLagS", "s", 0.0, false, 600.0, false, p => p.SecondSensorLagS, (p, v) => p.SecondSensorLagS = v, "sensorLagS"),
            new Field("secondSensorBiasC", "°C", -5.0, true, 5.0, false, p => p.SecondSensorBiasC, (p, v) => p.SecondSensorBiasC = v, "0"),
        };

        private static readonly Dictionary<string, Field> ByName = BuildIndex();

        /// <summary>The numeric field with this exact JSON name, or null.</summary>
        public static Field Find(string jsonName)
        {
            return ByName.TryGetValue(jsonName, out Field field) ? field : null;
        }

        /// <summary>A known field name that differs from <paramref name="jsonName"/> only in case or separators, or null.</summary>
        public static string Suggest(string jsonName)
        {
            string squashed = Squash(jsonName);
            if (Squash(DescriptionKey) == squashed)
            {
                return DescriptionKey;
            }

            foreach (Field field in Numbers)
            {
                if (Squash(field.JsonName) == squashed)
                {
                    return field.JsonName;
                }
            }

            return null;
        }

        /// <summary>Throws <see cref="PadFileException"/> for the first field out of range, then for pads that cannot lose heat.</summary>
        public static void Validate(PadParameters parameters, string sourceName)
        {
            if (parameters == null)
            {
                throw new PadFileException(sourceName, null, "no pad parameters");
            }

            foreach (Field field in Numbers)
            {
                string problem = field.Check(field.Get(parameters));
                if (problem != null)
                {
                    throw new PadFileException(sourceName, field.JsonName, problem);
                }
            }

            // A pad with no path to ambient or body has no steady state: it would heat without bound at any duty.
            double lossWPerK = parameters.CoreToAmbientWPerK + parameters.SurfaceToAmbientWPerK + parameters.SurfaceToBodyWPerK;
            if (!(lossWPerK > 0.0))
            {
                throw new PadFileException(sourceName, "coreToAmbientWPerK",
                    "plus surfaceToAmbientWPerK plus surfaceToBodyWPerK must be > 0 W/K (the pad must lose heat somewhere), got 0");
            }
        }

        /// <summary>Invariant, round-trip formatting of a number for messages and files.</summary>
        public static string Format(double value)
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        private static Dictionary<string, Field> BuildIndex()
        {
            var index = new Dictionary<string, Field>(StringComparer.Ordinal);
            foreach (Field field in Numbers)
            {
                index.Add(field.JsonName, field);
            }

            return index;
        }

        private static string Squash(string name)
        {
            return name.Replace("_", "").Replace("-", "").ToLowerInvariant();
        }
    }
}
