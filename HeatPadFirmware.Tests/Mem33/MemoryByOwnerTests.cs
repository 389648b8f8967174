using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Device;
using Xunit;

namespace HeatPadFirmware.Tests.Mem33
{
    /// <summary>
    /// Session 33 (mem33): <c>memory --by-owner</c> lists the 32-bit heap estimate of one core by owner and by array, so that the
    /// next change that needs a field can see where the core's memory is (docs/control.md "Session 33: the core's memory by
    /// owner"). The listing must account for every byte of the estimate once, and leave the estimate's figures as they were.
    /// </summary>
    public class MemoryByOwnerTests
    {
        [Fact]
        public void HeapEstimateByOwner_ListsEveryObjectAndArrayOnce_AndAddsUpToTheEstimate()
        {
            var core = new HeatPadCore(new TherapyConfig());

            NanoClrHeapEstimate plain = NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes32);
            NanoClrHeapEstimate listed = NanoClrHeapEstimate.OfByOwner(core, NanoClrHeapEstimate.HeapBlockBytes32, "core");

            Assert.Equal(plain.Bytes, listed.Bytes);
            Assert.Equal(plain.Objects, listed.Objects);
            Assert.Equal(plain.Arrays, listed.Arrays);
            Assert.Equal(plain.DoubleArrayBytes, listed.DoubleArrayBytes);
            Assert.Empty(plain.Items);
            Assert.Equal(listed.Objects + listed.Arrays, listed.Items.Count);
            Assert.Equal(listed.Bytes, listed.Items.Sum(item => item.Bytes));
            Assert.Equal(listed.Items.Count, listed.Items.Select(item => item.Path).Distinct().Count());
        }

        [Fact]
        public void MemoryByOwner_AttributesEveryByteToOneOwner_AndNamesTheLearnersBankTheLargest()
        {
            var core = new HeatPadCore(new TherapyConfig());
            long bytes = NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes32).Bytes;
            var output = new StringWriter();

            MemoryCommand.WriteByOwner(core, output);

            string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
            int ownersAt = Array.FindIndex(lines, line => line.StartsWith("by owner", StringComparison.Ordinal)) + 2;
            int arraysAt = Array.FindIndex(lines, line => line.StartsWith("arrays", StringComparison.Ordinal));
            long ownersTotal = 0;
            for (int i = ownersAt; i < arraysAt; i++)
            {
                ownersTotal += long.Parse(lines[i].Trim().Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            }

            Assert.Equal(bytes, ownersTotal);
            Assert.Contains("(PadModelLearner)", lines[ownersAt], StringComparison.Ordinal);
            Assert.EndsWith("total: " + NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes32).Objects.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " objects, "
                + NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes32).Arrays.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " arrays", lines[^1], StringComparison.Ordinal);
        }
    }
}
