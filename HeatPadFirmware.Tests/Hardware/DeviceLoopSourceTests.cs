using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// Runtime rules of the device app that only its source shows (Program.cs and the adapters cannot be built or run
    /// off the device): read with Roslyn.
    /// </summary>
    public class DeviceLoopSourceTests
    {
        private const string ProgramPath = "HeatPadFirmware/Program.cs";
        private const string ButtonInputsPath = "HeatPadFirmware/Hardware/ButtonInputs.cs";

        private static MethodDeclarationSyntax Method(string path, string name)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot();
            return root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.Text == name);
        }

        private static List<InvocationExpressionSyntax> Calls(SyntaxNode node, string expression)
        {
            return node.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => call.Expression.ToString() == expression)
                .ToList();
        }

        [Fact]
        public void Main_DropsButtonPressesMadeDuringBoot_AfterTheSelfTest_BeforeTheLoop()
        {
            MethodDeclarationSyntax main = Method(ProgramPath, "Main");

            InvocationExpressionSyntax discard = Assert.Single(Calls(main, "s_buttons.DiscardPending"));
            InvocationExpressionSyntax selfTest = Assert.Single(Calls(main, "SelfTest.Run"));
            InvocationExpressionSyntax loop = Assert.Single(Calls(main, "RunLoop"));

            Assert.True(selfTest.SpanStart < discard.SpanStart, "DiscardPending must come after the self-test, the longest part of the boot");
            Assert.True(discard.SpanStart < loop.SpanStart, "DiscardPending must come before the loop starts");
            Assert.All(Calls(main, "StartThread"), start => Assert.True(discard.SpanStart < start.SpanStart));
        }

        [Fact]
        public void Main_RunsTheSelfTestBeforeBuildingTheCore_AndNeitherCanEndMainSilently()
        {
            // The self-test builds a core of its own (about 50 KB on .NET): run first, it is garbage before the device's
            // core is built, so the two never share the ESP32's ≈ 100 KB managed heap.
            MethodDeclarationSyntax main = Method(ProgramPath, "Main");
            InvocationExpressionSyntax selfTest = Assert.Single(Calls(main, "SelfTest.Run"));
            ObjectCreationExpressionSyntax core = Assert.Single(main.DescendantNodes().OfType<ObjectCreationExpressionSyntax>(), creation => creation.Type.ToString() == "HeatPadCore");

            Assert.True(selfTest.SpanStart < core.SpanStart, "SelfTest.Run must come before new HeatPadCore");

            // An exception in either must not end Main with the LEDs dark: the self-test's counts as a failure, the
            // core's halts in the safe state with the fault shown.
            TryStatementSyntax selfTestTry = selfTest.FirstAncestorOrSelf<TryStatementSyntax>()!;
            Assert.NotNull(selfTestTry);
            Assert.Contains(selfTestTry.Catches.Single().DescendantNodes().OfType<AssignmentExpressionSyntax>(), assignment => assignment.ToString() == "selfTestPassed = false");

            TryStatementSyntax coreTry = core.FirstAncestorOrSelf<TryStatementSyntax>()!;
            Assert.NotNull(coreTry);
            Assert.Single(Calls(coreTry.Catches.Single(), "Halt"));
        }

        [Fact]
        public void Tick_KeepsTheFaultAlarmOn_OnceTheSafeStateIsLatched()
        {
            // A UI-thread latch during a tick must not be undone by that tick's SetAlarm: SafeTick never sets it again.
            InvocationExpressionSyntax setAlarm = Assert.Single(Calls(Method(ProgramPath, "Tick"), "s_buzzer.SetAlarm"));
            ExpressionSyntax active = setAlarm.ArgumentList.Arguments[0].Expression;

            Assert.Contains(active.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>(), name => name.Identifier.Text == "s_safeStateLatched");
            Assert.Contains(active.DescendantTokens(), token => token.IsKind(SyntaxKind.BarBarToken));
        }

        [Fact]
        public void RunLoop_PacesEveryTickThroughTickSchedule_FromTheTicksOwnStart()
        {
            MethodDeclarationSyntax loop = Method(ProgramPath, "RunLoop");

            InvocationExpressionSyntax next = Assert.Single(Calls(loop, "TickSchedule.NextStartUs"));
            Assert.Equal("startedUs", next.ArgumentList.Arguments[1].Expression.ToString());

            // startedUs is read after the sleep and before the tick runs.
            VariableDeclaratorSyntax started = loop.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "startedUs");
            TryStatementSyntax tick = loop.DescendantNodes().OfType<TryStatementSyntax>().Single();
            InvocationExpressionSyntax sleep = Assert.Single(Calls(loop, "Thread.Sleep"));
            Assert.True(sleep.SpanStart < started.SpanStart && started.SpanStart < tick.SpanStart);

            // The spacing is the sensor's conversion plus margin (TickScheduleTests assume 850 ms).
            SyntaxNode root = loop.SyntaxTree.GetRoot();
            VariableDeclaratorSyntax spacing = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "MinTickSpacingMs");
            Assert.Equal("Ds18b20Pair.ConversionTimeMs + 100", spacing.Initializer!.Value.ToString());
        }

        [Fact]
        public void ButtonInputs_DrainInto_TellsTheResyncEveryDeliveredEdge_ThenSamplesEveryPin()
        {
            MethodDeclarationSyntax drain = Method(ButtonInputsPath, "DrainInto");

            InvocationExpressionSyntax noteLevel = Assert.Single(Calls(drain, "_resync.NoteLevel"));
            InvocationExpressionSyntax sample = Assert.Single(Calls(drain, "_resync.Sample"));
            InvocationExpressionSyntax deliver = Calls(drain, "decoder.OnEdge").First();

            // The delivered edge and its NoteLevel sit in the same loop body, before any raw sample.
            Assert.Same(deliver.FirstAncestorOrSelf<ForStatementSyntax>(), noteLevel.FirstAncestorOrSelf<ForStatementSyntax>());
            Assert.True(noteLevel.SpanStart < sample.SpanStart);
        }

        [Fact]
        public void ButtonInputs_DiscardPending_EmptiesTheRing_AndTakesEachPinsLevelAsKnown()
        {
            MethodDeclarationSyntax discard = Method(ButtonInputsPath, "DiscardPending");

            Assert.Contains(discard.DescendantNodes().OfType<AssignmentExpressionSyntax>(), assignment => assignment.Left.ToString() == "_count" && assignment.Right.ToString() == "0");
            Assert.Single(Calls(discard, "_resync.NoteLevel"));
        }
    }
}
