using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using HeatPadFirmware.Tests.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Fix21
{
    /// <summary>
    /// Session 21: the device enters the element-calibration fixture only with the jig's strap closed AND Program and Up held at
    /// power-on (hardware/README.md, "Calibrating the element witness"). Program.cs cannot run off the device: read with Roslyn.
    /// </summary>
    public class FixtureEntrySourceTests
    {
        private static MethodDeclarationSyntax ProgramMain() =>
            CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText("HeatPadFirmware/Program.cs")).GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Main");

        [Fact]
        public void The_fixture_is_built_only_when_the_jig_strap_and_the_gesture_are_both_present_and_S3_is_fitted()
        {
            MethodDeclarationSyntax main = ProgramMain();
            VariableDeclaratorSyntax wanted = main.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "fixtureWanted");
            Assert.Equal("strapClosed && fixtureGesture", wanted.Initializer!.Value.ToString());

            VariableDeclaratorSyntax strap = main.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "strapClosed");
            Assert.Equal("FixtureStrapInput.IsClosed(gpio, BoardPins.FixtureStrap)", strap.Initializer!.Value.ToString());

            VariableDeclaratorSyntax gesture = main.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "fixtureGesture");
            Assert.Equal("s_buttons.IsHeld(ButtonId.Program) && s_buttons.IsHeld(ButtonId.Up)", gesture.Initializer!.Value.ToString());

            // The only construction of the fixture sits under `if (fixtureWanted)` and `if (s_sensors.ElementFitted)`.
            ObjectCreationExpressionSyntax creation = Assert.Single(main.DescendantNodes().OfType<ObjectCreationExpressionSyntax>(), c => c.Type.ToString() == "ElementFixtureRun");
            string[] conditions = creation.Ancestors().OfType<IfStatementSyntax>().Select(i => i.Condition.ToString()).ToArray();
            Assert.Contains("fixtureWanted", conditions);
            Assert.Contains("s_sensors.ElementFitted", conditions);
        }

        [Fact]
        public void The_strap_is_read_with_the_internal_pull_up_and_the_pin_released()
        {
            string source = RepositoryFiles.ReadText("HeatPadFirmware/Hardware/FixtureStrapInput.cs");
            Assert.Contains("controller.OpenPin(pin, PinMode.InputPullUp)", source);
            Assert.Contains("controller.ClosePin(pin)", source);
            Assert.Contains("strap.Read() != PinValue.Low", source);
        }
    }
}
