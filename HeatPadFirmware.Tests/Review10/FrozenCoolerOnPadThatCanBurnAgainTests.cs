using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review10
{
    /// <summary>
    /// Review 10, session 9's quiet9 change to the frozen rule: it does not name the COOLER sensor of a pad with
    /// <see cref="SensorCouplingCheck.PadMayBurn"/> false. A strong pad on a heavy body contact (6 W/K, the top of nominal-12v's
    /// 3–6 W/K range) at a 90 % supply is seen at a full-power ceiling under 45 °C and PadMayBurn goes false; when the user gets
    /// up and the supply comes back to 110 %, the pad can burn again, but nothing in the run re-learns a higher ceiling while the
    /// frozen sensor sits under the live one, so the frozen sensor stays unnamed. Scan (6 shipped pads at level 5, body 3/4/6 W/K,
    /// supply 90/100 %, 1,500 s, then the supply to 110 %, the user up, or both, sensor 1 or 2 bit-identical from then, 30 min
    /// watched, seed 5), 65ce46e (main before quiet9) against 9cb15b4: 50 of 216 runs changed, frozen_reading from 60–291 s to
    /// 300–1,346 s or none in 30 min (24 runs none). No extra heat measured: the live sensor carries the fused reading, and the
    /// peaks are within 0.3 °C of the same runs with no fault (those overshoot to 45.2–47.3 °C from the load change itself), but a
    /// second fault on the live sensor would find the frozen one unguarded.
    /// </summary>
    public class FrozenCoolerOnPadThatCanBurnAgainTests
    {
        [Fact]
        public void Firmware_NamesAFrozenSensor_OnceThePadThatCouldNotBurnLosesItsBodyAndGetsItsFullSupply()
        {
            PadParameters nominal = PadFile.LoadShipped("nominal-12v");
            PadParameters pad = nominal.With(surfaceToBodyWPerK: 6.0, supplyVoltageV: nominal.RatedVoltageV * 0.9);
            var run = new FaultRun(pad, 5);
            run.Start(5);
            bool padMayBurnWentFalse = false;
            for (int s = 0; s < 1500; s++)
            {
                run.Tick(1000, null);
                padMayBurnWentFalse |= !run.Core.Supervisor.Coupling.PadMayBurn;
                Assert.Equal(FaultCode.None, run.Last.Fault);
            }

            // The user gets up and the supply comes back: this pad's full power can now burn.
            run.Pad.SupplyVoltageV = nominal.RatedVoltageV * 1.1;
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = Math.Max(nominal.SurfaceToAmbientWPerK, 1.2);
            SensorReading frozen = run.SecondSensor.Read(run.NowMs);
            int namedAfterS = -1;
            for (int s = 1; s <= 1800 && namedAfterS < 0; s++)
            {
                run.TickPair(1000, null, frozen);
                namedAfterS = run.Last.Fault == FaultCode.FrozenReading ? s : -1;
            }

            Assert.True(padMayBurnWentFalse, "the pad was never seen unable to burn: not this rule's case");
            Assert.InRange(namedAfterS, 1, 120);
        }
    }
}
