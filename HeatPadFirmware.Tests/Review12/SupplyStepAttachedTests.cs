using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12, false alarms of session 11's SensorCouplingCheck changes (the probe's trend on the power-corrected model,
    /// 126d4cf; the refuted witness, 06903b5) under a supply step: a shipped pad in free air, both sensors attached, in a room
    /// of 12, 16 or 30 °C, a level-2 or level-5 heat session started at one end of the design supply (10.8 or 13.2 V) and the
    /// supply stepped to the other end 900 s in; watched 2400 s. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    public class SupplyStepAttachedTests
    {
        private static (FaultCode Fault, int AtS) Run(string padName, double roomC, int level, double fromV, double toV)
        {
            PadParameters p = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), "air").With(ambientC: roomC, initialC: roomC);
            var run = new FaultRun(p, 11);
            run.Pad.SupplyVoltageV = fromV;
            run.Start(level);
            int t = 0;
            for (; t < 2400 && run.Last.Fault == FaultCode.None; t++)
            {
                if (t == 900)
                {
                    run.Pad.SupplyVoltageV = toV;
                }

                run.Tick(1000, null);
            }

            return (run.Last.Fault, t);
        }

        [Theory]
        [InlineData("strong-60w")]
        [InlineData("nominal-12v")]
        [InlineData("folded-covered")]
        [InlineData("thick-slow")]
        [InlineData("free-air")]
        [InlineData("usb-10w")]
        public void Firmware_RaisesNoFault_OnAttachedSensors_ThroughASupplyStep(string padName)
        {
            // What holds: 72 runs per tree; merged main none, a990cff one (strong-60w, 12 C room, level 5, 13.2 -> 10.8 V:
            // sensor_detached at 2213 s).
            foreach (double roomC in new[] { 12.0, 16.0, 30.0 })
            {
                foreach (int level in new[] { 2, 5 })
                {
                    var up = Run(padName, roomC, level, 10.8, 13.2);
                    var down = Run(padName, roomC, level, 13.2, 10.8);
                    Assert.True(up.Fault == FaultCode.None, roomC + " C L" + level + " 10.8 -> 13.2 V: " + up.Fault + " at " + up.AtS + " s");
                    Assert.True(down.Fault == FaultCode.None, roomC + " C L" + level + " 13.2 -> 10.8 V: " + down.Fault + " at " + down.AtS + " s");
                }
            }
        }
    }
}
