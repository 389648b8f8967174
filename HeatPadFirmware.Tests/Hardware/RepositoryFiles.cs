using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>Reads the repository's own files (the root comes from the test assembly's "RepositoryRoot" metadata).</summary>
    internal static class RepositoryFiles
    {
        public static string Root
        {
            get
            {
                string? root = typeof(RepositoryFiles).Assembly
                    .GetCustomAttributes<AssemblyMetadataAttribute>()
                    .Where(attribute => attribute.Key == "RepositoryRoot")
                    .Select(attribute => attribute.Value)
                    .FirstOrDefault();
                if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
                {
                    throw new InvalidOperationException("RepositoryRoot assembly metadata is missing or wrong: " + root);
                }

                return root;
            }
        }

        public static string PathOf(string relativePath)
        {
            return Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        }

        public static string ReadText(string relativePath)
        {
            return File.ReadAllText(PathOf(relativePath));
        }

        /// <summary>Rows of a CSV file with a header, as column-name → value maps. Handles double-quoted fields.</summary>
        public static List<Dictionary<string, string>> ReadCsv(string relativePath)
        {
            string[] lines = File.ReadAllLines(PathOf(relativePath))
                .Where(line => line.Trim().Length > 0)
                .ToArray();
            List<string> header = SplitCsvLine(lines[0]);
            var rows = new List<Dictionary<string, string>>();
            for (int i = 1; i < lines.Length; i++)
            {
                List<string> fields = SplitCsvLine(lines[i]);
                if (fields.Count != header.Count)
                {
                    throw new FormatException(relativePath + " line " + (i + 1) + ": " + fields.Count + " fields, header has " + header.Count);
                }

                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int c = 0; c < header.Count; c++)
                {
                    row[header[c]] = fields[c];
                }

                rows.Add(row);
            }

            return rows;
        }

        private static List<string> SplitCsvLine(string line)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw new FormatException("unterminated quote: " + line);
            }

            fields.Add(field.ToString());
            return fields;
        }
    }
}
