using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Device;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>memory</c>: how much managed memory one firmware core takes once built. A figure, not a test
    /// (Tests/Device/CoreMemoryBudgetTests.cs holds the budget).
    /// </summary>
    public static class MemoryCommand
    {
        /// <summary>Adds the <c>memory</c> command to <paramref name="root"/>.</summary>
        public static void Configure(Command root)
        {
            var command = new Command("memory", "Print the managed memory one HeatPadCore takes: .NET allocation and the nanoCLR heap estimate (32-bit ESP32, 64-bit posix host).");
            var byOwnerOption = new Option<bool>("--by-owner")
            {
                Description = "Also list the 32-bit estimate by owner: each object of the core with its fields and the arrays it holds, and every array (session 33)",
            };
            command.Options.Add(byOwnerOption);
            command.SetAction(parse =>
            {
                int code = Execute(Console.Out);
                if (parse.GetValue(byOwnerOption))
                {
                    WriteByOwner(new HeatPadCore(new TherapyConfig()), Console.Out);
                }

                return code;
            });
            root.Subcommands.Add(command);
        }

        /// <summary>Bytes this thread allocates on .NET to build one core with the default configuration.</summary>
        public static long AllocatedBytesOfOneCore()
        {
            // Warm up type initialisers and the JIT first, so only the core's own objects are counted.
            GC.KeepAlive(new HeatPadCore(new TherapyConfig()));
            long before = GC.GetAllocatedBytesForCurrentThread();
            var core = new HeatPadCore(new TherapyConfig());
            long after = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(core);
            return after - before;
        }

        /// <summary>Prints the figures; exit code 0.</summary>
        public static int Execute(TextWriter output)
        {
            long dotnetBytes = AllocatedBytesOfOneCore();
            var core = new HeatPadCore(new TherapyConfig());
            NanoClrHeapEstimate esp32 = NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes32);
            NanoClrHeapEstimate posix = NanoClrHeapEstimate.Of(core, NanoClrHeapEstimate.HeapBlockBytes64);
            HeatPadCore running = RunTenMinutes();
            NanoClrHeapEstimate esp32Running = NanoClrHeapEstimate.Of(running, NanoClrHeapEstimate.HeapBlockBytes32);
            NanoClrHeapEstimate posixRunning = NanoClrHeapEstimate.Of(running, NanoClrHeapEstimate.HeapBlockBytes64);
            output.WriteLine($"one HeatPadCore, default configuration, as built (before its first tick):");
            output.WriteLine($"  .NET {Environment.Version}: {dotnetBytes:N0} bytes allocated by the constructor (GC.GetAllocatedBytesForCurrentThread)");
            output.WriteLine($"  object graph: {esp32.Objects:N0} objects, {esp32.Arrays:N0} arrays (largest {esp32.LargestArrayBytes:N0} bytes on 32-bit)");
            output.WriteLine($"  nanoCLR heap, 32-bit target (ESP32, 12-byte heap blocks): {esp32.Bytes:N0} bytes ({esp32.Bytes / 1024.0:0.0} KB), of which arrays of doubles {esp32.DoubleArrayBytes:N0}");
            output.WriteLine($"  nanoCLR heap, 64-bit posix host build (24-byte heap blocks): {posix.Bytes:N0} bytes");
            output.WriteLine($"  after a heat-up and hold (600 ticks): 32-bit {esp32Running.Bytes:N0} bytes, 64-bit {posixRunning.Bytes:N0} ({posixRunning.Bytes - posix.Bytes:+#,0;-#,0;0} since built)");
            return 0;
        }

        /// <summary>
        /// The 32-bit estimate of <paramref name="core"/> by owner: one row per object (its header and fields, then the arrays
        /// and strings whose path ends at one of its fields), largest first; then every array, largest first; then the total,
        /// which is <see cref="NanoClrHeapEstimate.Bytes"/>.
        /// </summary>
        public static void WriteByOwner(HeatPadCore core, TextWriter output)
        {
            NanoClrHeapEstimate estimate = NanoClrHeapEstimate.OfByOwner(core, NanoClrHeapEstimate.HeapBlockBytes32, "core");
            var owners = new List<Owner>();
            var byPath = new Dictionary<string, Owner>(StringComparer.Ordinal);
            var arrays = new List<NanoClrHeapItem>();
            foreach (NanoClrHeapItem item in estimate.Items)
            {
                if (item.Type.EndsWith("[]", StringComparison.Ordinal) || item.Type == "string")
                {
                    if (item.Type != "string")
                    {
                        arrays.Add(item);
                    }

                    continue;
                }

                var owner = new Owner(item.Path, item.Type, item.Count, item.Bytes);
                owners.Add(owner);
                byPath[item.Path] = owner;
            }

            foreach (NanoClrHeapItem item in estimate.Items)
            {
                if (byPath.ContainsKey(item.Path))
                {
                    continue;
                }

                // An array or string belongs to the object whose field reached it (an element of an object array to the array's owner).
                string ownerPath = item.Path;
                while (ownerPath != null && !byPath.ContainsKey(ownerPath))
                {
                    int cut = Math.Max(ownerPath.LastIndexOf('.'), ownerPath.LastIndexOf('['));
                    ownerPath = cut > 0 ? ownerPath.Substring(0, cut) : null;
                }

                Owner holder = ownerPath != null ? byPath[ownerPath] : owners[0];
                holder.HeldItems++;
                holder.HeldBytes += item.Bytes;
            }

            owners.Sort((a, b) => b.Total.CompareTo(a.Total) != 0 ? b.Total.CompareTo(a.Total) : string.CompareOrdinal(a.Path, b.Path));
            output.WriteLine();
            output.WriteLine("by owner, 32-bit nanoCLR heap (bytes): object with its fields, arrays and strings it holds, total; largest first");
            output.WriteLine($"  {"total",7} {"object",7} {"fields",6} {"arrays",6} {"held",7}  owner (type)");
            foreach (Owner owner in owners)
            {
                output.WriteLine($"  {owner.Total,7:N0} {owner.Bytes,7:N0} {owner.Fields,6} {owner.HeldItems,6} {owner.HeldBytes,7:N0}  {owner.Path} ({owner.Type})");
            }

            arrays.Sort((a, b) => b.Bytes.CompareTo(a.Bytes) != 0 ? b.Bytes.CompareTo(a.Bytes) : string.CompareOrdinal(a.Path, b.Path));
            output.WriteLine();
            output.WriteLine("arrays, 32-bit nanoCLR heap (bytes): element type and length; largest first");
            foreach (NanoClrHeapItem array in arrays)
            {
                output.WriteLine($"  {array.Bytes,7:N0}  {array.Type.Substring(0, array.Type.Length - 2)}[{array.Count}]  {array.Path}");
            }

            output.WriteLine();
            output.WriteLine($"  {estimate.Bytes,7:N0}  total: {estimate.Objects:N0} objects, {estimate.Arrays:N0} arrays");
        }

        /// <summary>A core powered on at level 2 and run for 600 s: a 16 °C heat-up at 1/16 °C a second, then a hold dithering by one LSB.</summary>
        public static HeatPadCore RunTenMinutes()
        {
            var core = new HeatPadCore(new TherapyConfig());
            var buttons = new ButtonEventQueue();
            buttons.Add(ButtonId.Power, false);
            CoreOutputs last = default;
            for (int i = 0; i < 600; i++)
            {
                double temperatureC = i < 256 ? 24.0 + (i / 16.0) : ((i & 1) == 0 ? 39.9375 : 40.0);
                HeaterSenseReading sense = HeaterSenseReading.Valid(last.HeaterEnabled ? last.DutyFraction * 5.0 : 0.0, 12.0);
                last = core.Step((i + 1) * 1000L, SensorReading.Valid(temperatureC), SensorReading.Valid(temperatureC - 0.1875), sense, buttons);
                buttons.Clear();
            }

            return core;
        }

        private sealed class Owner
        {
            public Owner(string path, string type, int fields, long bytes)
            {
                Path = path;
                Type = type;
                Fields = fields;
                Bytes = bytes;
            }

            public string Path { get; }

            public string Type { get; }

            public int Fields { get; }

            public long Bytes { get; }

            public int HeldItems { get; set; }

            public long HeldBytes { get; set; }

            public long Total
            {
                get { return Bytes + HeldBytes; }
            }
        }
    }
}
