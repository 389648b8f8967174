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
    /// The PWM frequencies of HeatPadFirmware/Hardware (read with Roslyn: the device code cannot be compiled here)
    /// against the arithmetic of nanoFramework's ESP32 PWM driver (nf-interpreter,
    /// targets/ESP32/_nanoCLR/System.Device.Pwm/sys_dev_pwm_native_System_Device_Pwm_PwmChannel.cpp), redone here
    /// from its description: the LEDC resolution is the highest r below 20 bits with
    /// ((80 MHz &lt;&lt; 8) / f) / 2^r &gt; 256 in integer division, the managed duty is stored as duty × 10000 in a
    /// uint, and the compare value is 2^r × stored / 10000 in 32-bit unsigned arithmetic. Where 2^r × 10000
    /// passes 2^32 (r = 19, any frequency up to 151 Hz) a full duty wraps to 18 %.
    /// </summary>
    public class PwmDutyArithmeticTests
    {
        private const ulong ApbClockHz = 80_000_000;
        private const int LedcTimerBitWidth = 20;
        private const uint DutyCycleFactor = 10_000;

        private static int OptimumResolutionBits(int frequencyHz)
        {
            for (int bits = LedcTimerBitWidth - 1; bits > 0; bits--)
            {
                ulong divider = (ApbClockHz << 8) / (ulong)frequencyHz / (1UL << bits);
                if (divider > 256)
                {
                    return bits;
                }
            }

            return 1;
        }

        /// <summary>The fraction of the period the pin is high for <paramref name="dutyFraction"/> written at <paramref name="frequencyHz"/>.</summary>
        private static double AppliedDuty(int frequencyHz, double dutyFraction)
        {
            uint resolution = 1u << OptimumResolutionBits(frequencyHz);
            uint stored = (uint)(dutyFraction * DutyCycleFactor);
            uint compare = unchecked(resolution * stored) / DutyCycleFactor;
            return (double)compare / resolution;
        }

        private static ClassDeclarationSyntax ParseClass(string path, string className)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path));
            return tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == className);
        }

        private static int IntConstant(ClassDeclarationSyntax type, string name)
        {
            VariableDeclaratorSyntax variable = type.Members.OfType<FieldDeclarationSyntax>()
                .SelectMany(field => field.Declaration.Variables)
                .Single(v => v.Identifier.Text == name);
            return (int)((LiteralExpressionSyntax)variable.Initializer!.Value).Token.Value!;
        }

        /// <summary>Every frequency the buzzer sets: its creation frequency and the non-zero tones of its patterns (even positions).</summary>
        private static List<int> BuzzerFrequencies()
        {
            ClassDeclarationSyntax buzzer = ParseClass("HeatPadFirmware/Hardware/Buzzer.cs", "Buzzer");
            var frequencies = new List<int> { IntConstant(buzzer, "ResonanceHz") };
            IEnumerable<VariableDeclaratorSyntax> patterns = buzzer.Members.OfType<FieldDeclarationSyntax>()
                .Where(field => field.Declaration.Type.ToString() == "int[]")
                .SelectMany(field => field.Declaration.Variables)
                .Where(variable => variable.Initializer != null);
            foreach (VariableDeclaratorSyntax pattern in patterns)
            {
                var values = ((InitializerExpressionSyntax)pattern.Initializer!.Value).Expressions
                    .Select(e => (int)((LiteralExpressionSyntax)e).Token.Value!)
                    .ToList();
                frequencies.AddRange(values.Where((_, index) => index % 2 == 0).Where(hz => hz > 0));
            }

            return frequencies;
        }

        [Fact]
        public void DriverArithmetic_WrapsFullDutyAt100Hz_AsTheNativeSourceReads()
        {
            // The check that follows is only worth something if this model reproduces the wrap.
            Assert.Equal(19, OptimumResolutionBits(100));
            Assert.InRange(AppliedDuty(100, 1.0), 0.18, 0.19);
            Assert.Equal(0.5, AppliedDuty(100, 0.5), 4);
        }

        [Fact]
        public void HeaterPwm_Frequency_ReachesThePinAsWritten_ForEveryDutyFrom0To1()
        {
            int frequencyHz = IntConstant(ParseClass("HeatPadFirmware/Hardware/HeaterPwm.cs", "HeaterPwm"), "FrequencyHz");

            for (int permille = 0; permille <= 1000; permille++)
            {
                double duty = permille / 1000.0;
                Assert.True(Math.Abs(AppliedDuty(frequencyHz, duty) - duty) < 1e-3, $"heater at {frequencyHz} Hz: duty {duty} reaches the pin as {AppliedDuty(frequencyHz, duty)}");
            }
        }

        [Fact]
        public void Buzzer_EveryToneFrequency_KeepsItsHalfDutyAndFullScale()
        {
            List<int> frequencies = BuzzerFrequencies();

            Assert.True(frequencies.Count > 5, "the buzzer's patterns were not found");
            Assert.All(frequencies, hz =>
            {
                Assert.Equal(0.5, AppliedDuty(hz, 0.5), 3);
                Assert.Equal(1.0, AppliedDuty(hz, 1.0), 3);
            });
        }
    }
}
