using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// Reads and writes pad files: one JSON object with camelCase keys, every numeric field required except the
    /// second sensor's (<c>secondSensorLagS</c>: the first sensor's lag when missing; <c>secondSensorBiasC</c>: 0),
    /// an optional "description" string, no other key (see Pad/README.md for the fields and their ranges).
    /// Anything else is refused with a <see cref="PadFileException"/> naming the file and the field.
    /// </summary>
    public static class PadFile
    {
        /// <summary>Folder of the pads shipped with the simulator: "pads" next to the executable.</summary>
        public static string PadsDirectory
        {
            get { return Path.Combine(AppContext.BaseDirectory, "pads"); }
        }

        /// <summary>The stems of the shipped pad files, sorted (e.g. "nominal-12v"); empty when the folder is missing.</summary>
        public static IReadOnlyList<string> ShippedNames
        {
            get
            {
                var names = new List<string>();
                if (Directory.Exists(PadsDirectory))
                {
                    foreach (string path in Directory.GetFiles(PadsDirectory, "*.json"))
                    {
                        names.Add(Path.GetFileNameWithoutExtension(path));
                    }
                }

                names.Sort(StringComparer.Ordinal);
                return names;
            }
        }

        /// <summary>Every shipped pad with its file stem, in <see cref="ShippedNames"/> order (the campaigns' and tests' pad set).</summary>
        public static (string Name, PadParameters Pad)[] LoadAllShipped()
        {
            IReadOnlyList<string> names = ShippedNames;
            var pads = new (string Name, PadParameters Pad)[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                pads[i] = (names[i], LoadShipped(names[i]));
            }

            return pads;
        }

        /// <summary>Loads a shipped pad by file stem ("nominal-12v"). Throws <see cref="PadFileException"/> for an unknown name or a bad file.</summary>
        public static PadParameters LoadShipped(string name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(new[] { '/', '\\', ':' }) >= 0 || name.Contains("..", StringComparison.Ordinal))
            {
                throw new PadFileException(name, null, "is not a shipped pad name (use a file stem such as 'nominal-12v')");
            }

            string path = Path.Combine(PadsDirectory, name + ".json");
            if (!File.Exists(path))
            {
                throw new PadFileException(name, null,
                    "no such shipped pad; shipped pads are: " + string.Join(", ", ShippedNames));
            }

            return Load(path);
        }

        /// <summary>Loads a pad file; the pad's name is the file stem. Throws <see cref="PadFileException"/>.</summary>
        public static PadParameters Load(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new PadFileException(path, null, "no pad file path given");
            }

            string json;
            try
            {
                json = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException || exception is ArgumentException)
            {
                throw new PadFileException(path, null, "cannot be read: " + exception.Message, exception);
            }

            return Parse(json, path);
        }

        /// <summary>
        /// Parses pad-file text. <paramref name="sourceName"/> (usually the path) names the pad in errors,
        /// and its file stem becomes <see cref="PadParameters.Name"/>. Throws <see cref="PadFileException"/>.
        /// </summary>
        public static PadParameters Parse(string json, string sourceName)
        {
            if (json == null)
            {
                throw new PadFileException(sourceName, null, "is empty");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions
                {
                    AllowTrailingCommas = false,
                    CommentHandling = JsonCommentHandling.Disallow,
                    MaxDepth = 8,
                });
            }
            catch (JsonException exception)
            {
                throw new PadFileException(sourceName, null,
                    "is not valid JSON (line " + (exception.LineNumber + 1) + ", byte " + (exception.BytePositionInLine + 1) + ")", exception);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new PadFileException(sourceName, null, "must hold one JSON object, got " + KindName(root.ValueKind));
                }

                var parameters = new PadParameters { Name = StemOf(sourceName) };
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                    {
                        throw new PadFileException(sourceName, property.Name, "appears more than once");
                    }

                    ReadProperty(property, parameters, sourceName);
                }

                foreach (PadFields.Field field in PadFields.Numbers)
                {
                    if (!seen.Contains(field.JsonName) && !field.IsOptional)
                    {
                        throw new PadFileException(sourceName, field.JsonName, "is missing (every numeric field but the second sensor's is required, in " + field.Unit + ")");
                    }
                }

                PadFields.Validate(parameters, sourceName);
                return parameters;
            }
        }

        /// <summary>The pad as pad-file text (indented, camelCase, every field; the name is not written: it is the file stem).</summary>
        public static string ToJson(PadParameters parameters)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString(PadFields.DescriptionKey, parameters.Description ?? "");
                foreach (PadFields.Field field in PadFields.Numbers)
                {
                    double value = field.Get(parameters);
                    if (field.IsInteger)
                    {
                        writer.WriteNumber(field.JsonName, (long)value);
                    }
                    else
                    {
                        writer.WriteNumber(field.JsonName, value);
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void ReadProperty(JsonProperty property, PadParameters parameters, string sourceName)
        {
            JsonElement value = property.Value;
            if (property.Name == PadFields.DescriptionKey)
            {
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw new PadFileException(sourceName, property.Name, "must be a string, got " + KindName(value.ValueKind));
                }

                parameters.Description = value.GetString();
                return;
            }

            PadFields.Field field = PadFields.Find(property.Name);
            if (field == null)
            {
                string suggestion = PadFields.Suggest(property.Name);
                throw new PadFileException(sourceName, property.Name,
                    suggestion == null ? "is not a pad field" : "is not a pad field (did you mean '" + suggestion + "'?)");
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                throw new PadFileException(sourceName, field.JsonName,
                    "must be a number in " + field.Unit + ", got " + KindName(value.ValueKind) + " " + value.GetRawText());
            }

            if (field.IsInteger)
            {
                if (!value.TryGetInt32(out int whole))
                {
                    throw new PadFileException(sourceName, field.JsonName, "must be a whole number of " + field.Unit + ", got " + value.GetRawText());
                }

                field.Set(parameters, whole);
                return;
            }

            if (!value.TryGetDouble(out double number) || double.IsNaN(number) || double.IsInfinity(number))
            {
                throw new PadFileException(sourceName, field.JsonName, "must be a finite number in " + field.Unit + ", got " + value.GetRawText());
            }

            field.Set(parameters, number);
        }

        private static string StemOf(string sourceName)
        {
            if (string.IsNullOrEmpty(sourceName))
            {
                return "";
            }

            return Path.GetFileNameWithoutExtension(sourceName.Replace('\\', '/'));
        }

        private static string KindName(JsonValueKind kind)
        {
            switch (kind)
            {
                case JsonValueKind.Object: return "an object";
                case JsonValueKind.Array: return "an array";
                case JsonValueKind.String: return "a string";
                case JsonValueKind.Number: return "a number";
                case JsonValueKind.True:
                case JsonValueKind.False: return "a boolean";
                case JsonValueKind.Null: return "null";
                default: return "nothing";
            }
        }
    }
}
