using System.Linq;
using HeatPadFirmware.Tests.Hardware;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 2: the core's Step took a second reading, but the device loop (Program.cs, built only by the
    /// nanoFramework project system, a no-op on Linux) still calls the four-argument Step that no longer exists.
    /// </summary>
    public class DevicePairWiringTests
    {
        [Fact(Skip = "finding 2: Program.cs still calls HeatPadCore.Step with 4 arguments (one sensor): the device app no longer compiles")]
        public void DeviceLoop_StepsTheCoreWithBothSensorReadings()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText("HeatPadFirmware/Program.cs"));
            var stepCalls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => call.Expression is MemberAccessExpressionSyntax member && member.Name.Identifier.Text == "Step")
                .ToList();

            Assert.NotEmpty(stepCalls);
            Assert.All(stepCalls, call => Assert.Equal(5, call.ArgumentList.Arguments.Count));
        }

        [Fact]
        public void Core_StepTakesFiveParameters()
        {
            // The other half of the finding: the core has no four-parameter Step left for the device loop to call.
            var steps = typeof(HeatPadFirmware.Core.HeatPadCore).GetMethods().Where(method => method.Name == "Step").ToList();
            Assert.Single(steps);
            Assert.Equal(5, steps[0].GetParameters().Length);
        }
    }
}
