using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>The BOM, the schematic and the README name the same parts.</summary>
    public class HardwareDocumentsTests
    {
        private static readonly string[] BomColumns = { "reference", "part", "value", "package", "example_part_number", "why" };

        /// <summary>"R10-R13" → R10, R11, R12, R13; "LED1-LED5" → LED1..LED5; "Q1" → Q1.</summary>
        private static IEnumerable<string> Expand(string reference)
        {
            Match range = Regex.Match(reference, @"^([A-Z]+)(\d+)-(?:[A-Z]+)?(\d+)$");
            if (!range.Success)
            {
                return new[] { reference };
            }

            int first = int.Parse(range.Groups[2].Value);
            int last = int.Parse(range.Groups[3].Value);
            return Enumerable.Range(first, last - first + 1).Select(n => range.Groups[1].Value + n);
        }

        private static List<string> BomReferences()
        {
            return RepositoryFiles.ReadCsv("hardware/bom.csv").SelectMany(row => Expand(row["reference"])).ToList();
        }

        [Fact]
        public void Bom_HasTheDocumentedColumns_AndEveryCellFilled()
        {
            List<Dictionary<string, string>> rows = RepositoryFiles.ReadCsv("hardware/bom.csv");

            Assert.NotEmpty(rows);
            Assert.All(rows, row =>
            {
                Assert.Equal(BomColumns, row.Keys.ToArray());
                Assert.All(row.Values, value => Assert.False(string.IsNullOrWhiteSpace(value)));
            });
        }

        [Fact]
        public void Bom_ListsEveryReferenceOnce()
        {
            List<string> references = BomReferences();

            Assert.Equal(references.Count, references.Distinct().Count());
        }

        [Fact]
        public void Schematic_IsWellFormedSvg_AndShowsEveryBomReference()
        {
            XDocument svg = XDocument.Parse(RepositoryFiles.ReadText("hardware/schematic.svg"));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            string allText = string.Join("\n", svg.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value));

            Assert.All(BomReferences(), reference => Assert.Matches(@"\b" + Regex.Escape(reference) + @"\b", allText));
        }

        [Fact]
        public void ReadmeWiringTable_NamesOnlyPartsThatAreInTheBom()
        {
            HashSet<string> bom = BomReferences().ToHashSet(StringComparer.Ordinal);
            IEnumerable<string> tableLines = RepositoryFiles.ReadText("hardware/README.md")
                .Split('\n')
                .Where(line => line.StartsWith("|") && line.Contains("| `"));

            List<string> named = tableLines
                .SelectMany(line => Regex.Matches(line, @"\b(?:R|C|Q|D|U|SW|LED|BZ|J)\d+\b").Select(match => match.Value))
                .ToList();

            Assert.NotEmpty(named);
            Assert.All(named, reference => Assert.Contains(reference, bom));
        }
    }
}
