using System;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// A pad file (or a varied <see cref="PadParameters"/>) that cannot describe a real pad. The message
    /// names the source and the field, e.g. "pads/x.json: field 'coreCapacityJPerK' must be > 0 J/K, got -3".
    /// </summary>
    public sealed class PadFileException : Exception
    {
        /// <summary>Builds the exception; <paramref name="field"/> is null for errors of the whole file.</summary>
        public PadFileException(string sourceName, string field, string problem, Exception inner = null)
            : base(Compose(sourceName, field, problem), inner)
        {
            SourceName = sourceName ?? "";
            Field = field;
        }

        /// <summary>The JSON field at fault (camelCase, as in the file), or null when the whole file is at fault (unreadable, not JSON, not an object).</summary>
        public string Field { get; }

        /// <summary>The file path or source name the pad came from.</summary>
        public string SourceName { get; }

        private static string Compose(string sourceName, string field, string problem)
        {
            string source = string.IsNullOrEmpty(sourceName) ? "pad" : sourceName;
            return field == null ? source + ": " + problem : source + ": field '" + field + "' " + problem;
        }
    }
}
