using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// hardware/pinmap.csv against HeatPadFirmware/Hardware/BoardPins.cs (parsed with Roslyn, since the
    /// device code cannot be compiled here), and both against the pin rules of the ESP32 and its ESP32-WROVER-E module.
    /// </summary>
    public class PinMapTests
    {
        private const string BoardPinsPath = "HeatPadFirmware/Hardware/BoardPins.cs";
        private const string PinMapPath = "hardware/pinmap.csv";

        // ESP32 datasheet: strapping pins, SPI flash pins, input-only pins; UART0 carries the debugger link.
        private static readonly int[] StrappingPins = { 0, 2, 5, 12, 15 };
        private static readonly int[] FlashPins = { 6, 7, 8, 9, 10, 11 };
        private static readonly int[] InputOnlyPins = { 34, 35, 36, 37, 38, 39 };
        private static readonly int[] Uart0Pins = { 1, 3 };

        // ESP32-WROVER-E datasheet: GPIO16 and GPIO17 are the PSRAM's chip select and clock inside the module (not brought out).
        private static readonly int[] PsramPins = { 16, 17 };

        // ESP32 datasheet, "Strapping Pins": GPIO5 and MTDO (GPIO15) have internal pull-ups and default high, and high is
        // the normal setting (SDIO-slave timing; MTDO high prints the ROM boot log), so an external pull-up keeps them at
        // their default. GPIO0 (download mode when low) is the dev board's BOOT button and auto-reset line; GPIO2 must be
        // low to flash over serial; MTDI (GPIO12) high selects 1.8 V for the WROVER-E's 3.3 V flash and PSRAM.
        private static readonly int[] StrappingPinsDefaultHighAndFree = { 5, 15 };

        // GPIO2's reset level is low (internal pull-down) and low or floating is what serial flashing needs; a normal boot
        // ignores it. The jig strap J4 (session 21's fixture strap, back in session 27 for the tag gestures) only ever pulls it
        // low, and the firmware enables the internal pull-up after boot to read it: nothing on the board may pull it up.
        private static readonly int[] StrappingPinsDefaultLowPulledOnlyLow = { 2 };

        // Pins that drive a level or PWM during boot before the firmware runs (ESP32 boot behaviour).
        private static readonly int[] BootGlitchPins = { 1, 3, 5, 14, 15 };

        private static readonly int[] ValidGpios =
            Enumerable.Range(0, 40).Where(pin => pin != 20 && pin != 24 && !(pin >= 28 && pin <= 31)).ToArray();

        private static (Dictionary<string, int> Pins, Dictionary<string, string> Functions) ParseBoardPins()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(BoardPinsPath));
            ClassDeclarationSyntax boardPins = tree.GetRoot().DescendantNodes()
                .OfType<ClassDeclarationSyntax>()
                .Single(declaration => declaration.Identifier.Text == "BoardPins");

            var pins = new Dictionary<string, int>(StringComparer.Ordinal);
            var functions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (FieldDeclarationSyntax field in boardPins.Members.OfType<FieldDeclarationSyntax>())
            {
                if (!field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    continue;
                }

                string type = field.Declaration.Type.ToString();
                foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                {
                    ExpressionSyntax value = variable.Initializer!.Value;
                    if (type == "int")
                    {
                        pins.Add(variable.Identifier.Text, (int)((LiteralExpressionSyntax)value).Token.Value!);
                    }
                    else if (type == "DeviceFunction")
                    {
                        var access = (MemberAccessExpressionSyntax)value;
                        Assert.Equal("DeviceFunction", access.Expression.ToString());
                        functions.Add(variable.Identifier.Text, access.Name.Identifier.Text);
                    }
                    else
                    {
                        throw new InvalidOperationException("unexpected constant type in BoardPins: " + type);
                    }
                }
            }

            return (pins, functions);
        }

        private static List<Dictionary<string, string>> PinMap()
        {
            return RepositoryFiles.ReadCsv(PinMapPath);
        }

        private static IEnumerable<int> OutputPins()
        {
            return PinMap().Where(row => row["direction"] == "output").Select(row => int.Parse(row["gpio"]));
        }

        [Fact]
        public void PinMap_ListsExactlyThePinsOfBoardPins()
        {
            Dictionary<string, int> code = ParseBoardPins().Pins;
            Dictionary<string, int> map = PinMap().ToDictionary(row => row["constant"], row => int.Parse(row["gpio"]));

            Assert.NotEmpty(code);
            Assert.Equal(code.OrderBy(pair => pair.Key), map.OrderBy(pair => pair.Key));
        }

        [Fact]
        public void PinMap_FunctionsMatchTheDeviceFunctionsOfBoardPins()
        {
            Dictionary<string, string> code = ParseBoardPins().Functions;
            Dictionary<string, string> map = PinMap()
                .Where(row => row["function"] != "GPIO")
                .ToDictionary(row => row["constant"] + "Function", row => row["function"]);

            Assert.Equal(code.OrderBy(pair => pair.Key), map.OrderBy(pair => pair.Key));
        }

        [Fact]
        public void PinMap_UsesEveryPinOnce_AndOnlyRealGpios()
        {
            List<int> pins = PinMap().Select(row => int.Parse(row["gpio"])).ToList();

            Assert.Equal(pins.Count, pins.Distinct().Count());
            Assert.All(pins, pin => Assert.Contains(pin, ValidGpios));
        }

        [Fact]
        public void PinMap_UsesNoFlashPinAndNoConsolePin()
        {
            List<int> pins = PinMap().Select(row => int.Parse(row["gpio"])).ToList();

            Assert.Empty(pins.Intersect(FlashPins));
            Assert.Empty(pins.Intersect(Uart0Pins));
        }

        [Fact]
        public void PinMap_UsesNoPinOfTheWroversPsram()
        {
            List<int> pins = PinMap().Select(row => int.Parse(row["gpio"])).ToList();

            Assert.Empty(pins.Intersect(PsramPins));
        }

        [Fact]
        public void PinMap_PutsOnAStrappingPinOnlyAnInput_PulledUpToThePinsDefaultHighLevel()
        {
            List<Dictionary<string, string>> onStraps = PinMap().Where(row => StrappingPins.Contains(int.Parse(row["gpio"]))).ToList();

            Assert.All(onStraps, row =>
            {
                Assert.Equal("input", row["direction"]);
                Assert.Equal("no", row["boot_critical"]);
                if (StrappingPinsDefaultLowPulledOnlyLow.Contains(int.Parse(row["gpio"])))
                {
                    Assert.StartsWith("internal pull-up", row["pull"]);
                    Assert.Contains("none on the board", row["pull"]);
                    return;
                }

                Assert.Contains(int.Parse(row["gpio"]), StrappingPinsDefaultHighAndFree);
                Assert.StartsWith("external pull-up", row["pull"]);
            });
        }

        [Fact]
        public void PinMap_PutsNoOutputOnAStrappingPin()
        {
            Assert.Empty(OutputPins().Intersect(StrappingPins));
        }

        [Fact]
        public void PinMap_PutsNoOutputOnAnInputOnlyPin()
        {
            Assert.Empty(OutputPins().Intersect(InputOnlyPins));
        }

        [Fact]
        public void PinMap_GivesEveryDigitalInputOnAnInputOnlyPinAnExternalPullUp()
        {
            // 34-39 have no internal pull resistors, so a logic input there floats without one. An analog input (ADC) has
            // no logic level: its source (the supply divider) drives it.
            IEnumerable<Dictionary<string, string>> inputOnly = PinMap()
                .Where(row => InputOnlyPins.Contains(int.Parse(row["gpio"])) && !row["function"].StartsWith("ADC", StringComparison.Ordinal));

            Assert.NotEmpty(inputOnly);
            Assert.All(inputOnly, row => Assert.StartsWith("external pull-up", row["pull"]));
        }

        [Fact]
        public void PinMap_KeepsBootCriticalOutputsOffGlitchingPins_AndPulledDown()
        {
            List<Dictionary<string, string>> critical = PinMap().Where(row => row["boot_critical"] == "yes").ToList();

            Assert.Contains(critical, row => row["constant"] == "HeaterPwm");
            Assert.Contains(critical, row => row["constant"] == "CutoffHeartbeat");
            Assert.All(critical, row =>
            {
                Assert.Equal("output", row["direction"]);
                Assert.DoesNotContain(int.Parse(row["gpio"]), BootGlitchPins);
                Assert.StartsWith("external pull-down", row["pull"]);
            });
        }

        [Fact]
        public void HeaterAndBuzzer_UseDifferentLedcTimers_SoATonesFrequencyNeverRetunesTheHeater()
        {
            // nanoFramework's ESP32 PWM maps PWM1+PWM2 to timer 0, PWM3+PWM4 to timer 1, and so on.
            Dictionary<string, string> functions = ParseBoardPins().Functions;
            int heaterTimer = (int.Parse(functions["HeaterPwmFunction"].Substring(3)) - 1) / 2;
            int buzzerTimer = (int.Parse(functions["BuzzerFunction"].Substring(3)) - 1) / 2;

            Assert.NotEqual(heaterTimer, buzzerTimer);
        }

        [Fact]
        public void ReadmeWiringTable_ShowsEveryPinOfThePinMap()
        {
            string[] readmeLines = RepositoryFiles.ReadText("hardware/README.md").Split('\n');

            Assert.All(PinMap(), row =>
            {
                string constant = "`" + row["constant"] + "`";
                string gpio = "| " + row["gpio"] + " |";
                Assert.Contains(readmeLines, line => line.StartsWith("|") && line.Contains(constant) && line.Contains(gpio));
            });
        }
    }
}
