using System;
using System.Globalization;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Rec24;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review25b
{
    /// <summary>
    /// Review 25b, by hand (remove the Skip): the lying-down group's sessions (faults --seed S, sessions (S × 100003) + 30000 + i,
    /// i &lt; 400, each in its own room) whose drawn pad is in REVIEW25B_LIEPADS (default thick-slow, the pad of most lying-down
    /// trips), for the seeds in REVIEW25B_LIESEEDS (default 1,2), each run with the Factory record (the campaign's
    /// <c>--element-sensor --element-calibration Factory</c>: M21F-lie*), the record main's telemetry fit makes of the device's
    /// fixture run on that pad and seed, and rec24's. Rows <c>trip | seed pad | Factory / main / rec24 fault at s</c> and a sum.
    /// REVIEW25B_LIEDRIFT (e.g. "room -2 C over the run"): the records from a fixture run in that drifting room instead.
    /// <c>dotnet test --filter FullyQualifiedName~Review25b.DeviceRecordLieDownScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class DeviceRecordLieDownScan
    {
        private readonly ITestOutputHelper _out;

        public DeviceRecordLieDownScan(ITestOutputHelper output) => _out = output;

        [Fact(Skip = "Scan, run by hand (about 2 min for thick-slow on seeds 1,3,5): prints the lying-down table of docs/safety.md 'Review 25b'")]
        public void Print_the_lying_down_trips_with_the_device_records_of_main_and_rec24()
        {
            var inv = CultureInfo.InvariantCulture;
            var pads = PadFile.LoadAllShipped();
            string[] only = (Environment.GetEnvironmentVariable("REVIEW25B_LIEPADS") ?? "thick-slow").Split(',');
            int[] seeds = (Environment.GetEnvironmentVariable("REVIEW25B_LIESEEDS") ?? "1,2").Split(',').Select(int.Parse).ToArray();
            int sessions = 0, tripF = 0, tripM = 0, tripR = 0, refusedM = 0, refusedR = 0;
            foreach (int seed in seeds)
            {
                for (int i = 0; i < 400; i++)
                {
                    int s = (seed * 100003) + FaultsCommand.LieDownLifeSeedOffset + i;
                    var inRoom = LifeRoom.PadsIn(pads, LifeRoom.Of(s));
                    LieDownDraw draw = LieDownLife.Draw(inRoom, s);
                    if (!only.Contains(draw.PadName))
                    {
                        continue;
                    }

                    sessions++;
                    ElementCalibration? main, rec;
                    string? drift = Environment.GetEnvironmentVariable("REVIEW25B_LIEDRIFT");
                    if (drift != null)
                    {
                        // The device's fixture run in a room moving as the named AcceptedRecordScan drift condition.
                        string log = AcceptedRecordScan.Make(drift).Run(draw.Pad, s);
                        main = AcceptedRecordScan.MainRecord(log);
                        rec = AcceptedRecordScan.Rec24Record(log);
                    }
                    else
                    {
                        main = DeviceRecordLooseningScan.MainDeviceRecord(draw.Pad, s);
                        rec = RecordVerdicts.Record(RecordSource.Device, draw.Pad, s);
                    }
                    var f = LieDownLife.Run(inRoom, s, fitElement: r => r.FitElementSensor(ElementCalibrationKind.Factory));
                    string Cell(ElementCalibration? c, ref int trips, ref int refused)
                    {
                        if (c == null)
                        {
                            refused++;
                            return "refused";
                        }

                        var x = LieDownLife.Run(inRoom, s, fitElement: r => r.FitElementSensor(c));
                        trips += x.Fault != FaultCode.None ? 1 : 0;
                        return x.Fault == FaultCode.None ? "-" : x.Fault + " at " + x.FaultAtS.ToString(inv);
                    }

                    tripF += f.Fault != FaultCode.None ? 1 : 0;
                    string m = Cell(main, ref tripM, ref refusedM);
                    string r = Cell(rec, ref tripR, ref refusedR);
                    if (f.Fault != FaultCode.None || m.Contains(" at ", StringComparison.Ordinal) || r.Contains(" at ", StringComparison.Ordinal))
                    {
                        _out.WriteLine(string.Format(inv, "trip | {0} {1} | Factory {2} | main {3} | rec24 {4}", s, draw.PadName, f.Fault == FaultCode.None ? "-" : f.Fault + " at " + f.FaultAtS.ToString(inv), m, r));
                    }
                }
            }

            _out.WriteLine(string.Format(inv, "sum | seeds {0} pads {1} | sessions {2} | trips Factory {3} main {4} (refused {5}) rec24 {6} (refused {7})", string.Join(",", seeds), string.Join(",", only), sessions, tripF, tripM, refusedM, tripR, refusedR));
        }
    }
}
