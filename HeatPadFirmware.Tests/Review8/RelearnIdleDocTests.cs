using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.NanoFramework;
using Xunit;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8, finding 4 (LOW): <see cref="PadModelLearner.RelearnIdleS"/> is 60 s, but its XML doc says "Two minutes"
    /// and reasons from "the 4–15 min cool phases of the contrast programs", while <see cref="TherapyConfig.ContrastCoolMinutes"/>
    /// is 1..15 (default 2) and docs/control.md calls 60 s "the shortest cool phase of any program". The figure matters: a 1-min
    /// cool phase idles exactly 60 s, so every heat phase of such a program re-learns (finding 2); with the documented two
    /// minutes none would.
    /// </summary>
    public class RelearnIdleDocTests
    {
        [Fact]
        public void Learner_RelearnIdleS_IsTheDurationItsDocumentationStates()
        {
            string source = File.ReadAllText(Path.Combine(RepositoryLayout.CoreDirectory, "PadModelLearner.cs"));
            int constant = source.IndexOf("public const double RelearnIdleS", System.StringComparison.Ordinal);
            int docStart = source.LastIndexOf("/// <summary>", constant, System.StringComparison.Ordinal);
            string doc = source.Substring(docStart, constant - docStart);

            Assert.True(constant > 0 && docStart > 0, "RelearnIdleS and its doc must be found");
            Assert.False(doc.Contains("Two minutes") && PadModelLearner.RelearnIdleS != 120.0, $"the doc says two minutes, the constant is {PadModelLearner.RelearnIdleS} s");
        }
    }
}
