using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>
    /// The campaign's pocket group (session 6): sensor 2 reads a zone of its own whose body contact and cold pack differ
    /// from zone 1's, so that normal life can part the two readings as a real pad's pockets do.
    /// </summary>
    public class PocketSpreadTests
    {
        private static readonly (string Name, PadParameters Pad)[] Pads =
            PadFile.LoadAllShipped();

        [Fact]
        public void PocketSpread_DrawsThePocketConditionsWithinTheirRanges_AndTheSameForTheSameSeed()
        {
            int offBody = 0;
            int packBoth = 0;
            for (int seed = 0; seed < 2000; seed++)
            {
                PocketSpread a = PocketSpread.FromSeed(seed);
                PocketSpread b = PocketSpread.FromSeed(seed);
                Assert.True(a.OffBody == b.OffBody && a.ContactFactor == b.ContactFactor && a.ColdPackOnFirst == b.ColdPackOnFirst && a.ColdPackOnSecond == b.ColdPackOnSecond);
                Assert.InRange(a.ContactFactor, PocketSpread.MinContactFactor, PocketSpread.MaxContactFactor);
                Assert.True(a.ColdPackOnFirst || a.ColdPackOnSecond, $"seed {seed}: the cold pack lies on neither pocket");
                offBody += a.OffBody ? 1 : 0;
                packBoth += a.ColdPackOnFirst && a.ColdPackOnSecond ? 1 : 0;
            }

            Assert.InRange(offBody, 400, 600);
            Assert.InRange(packBoth, 530, 800);
        }

        [Fact]
        public void FaultRun_GivesSensorTwoTheSecondZonesSurface_WhenAColdPackLiesOverThatPocket()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var run = new FaultRun(pad, 3, null, pad.With(surfaceToAmbientWPerK: FaultCampaign.ColdPackWPerK));
            run.Start(2);
            for (int s = 0; s < 900; s++)
            {
                run.Tick(1000, null);
            }

            // Under the same duty the pocket under the pack stays cooler; sensor 2 follows it, sensor 1 the other pocket.
            Assert.True(run.SecondZone.SurfaceC < run.Pad.SurfaceC - 2.0, $"zones {run.Pad.SurfaceC:F2} / {run.SecondZone.SurfaceC:F2} °C");
            Assert.InRange(run.SecondSensor.Read(run.NowMs).TemperatureC - run.SecondZone.SurfaceC, -1.0, 1.0);
            Assert.InRange(run.Sensor.Read(run.NowMs).TemperatureC - run.Pad.SurfaceC, -1.0, 1.0);
        }

        [Fact]
        public void FaultRun_StepsBothZonesAlike_WhenTheSecondZoneIsTheSamePad()
        {
            PadParameters pad = PadFile.LoadShipped("strong-60w");
            var run = new FaultRun(pad, 5, null, pad);
            run.Start(4);
            run.Pad.SupplyVoltageV = 10.8;
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
                Assert.Equal(run.Pad.SurfaceC, run.SecondZone.SurfaceC, 9);
            }

            Assert.Equal(10.8, run.SecondZone.SupplyVoltageV);
        }

        [Fact]
        public void NormalLife_KeepsTheSeedsPadLevelAndProgram_WhenThePocketsDiffer()
        {
            const int seed = 170011;
            string Describe(bool pockets)
            {
                string seen = "";
                FaultCampaign.RunNormalLife(Pads, seed, pocketSpread: pockets, onTick: run =>
                {
                    if (seen.Length == 0)
                    {
                        seen = $"{run.Pad.Parameters.Name} L{run.Core.Session.Level} {run.Core.Session.Program} {run.Pad.SupplyVoltageV:F3}";
                    }
                });
                return seen;
            }

            Assert.Equal(Describe(false), Describe(true));
        }

        [Fact]
        public void ContrastLife_LaysTheColdPackOverTheDrawnPocketOnly_InTheCoolPhases()
        {
            int seed = Enumerable.Range(170000, 200).First(s => PocketSpread.FromSeed(s) is { ColdPackOnSecond: true, ColdPackOnFirst: false });
            int coolTicks = 0;
            // The campaign lays the pack for a tick by the phase the tick before ended in.
            SessionPhase before = SessionPhase.Off;
            FaultCampaign.RunContrastLife(Pads, seed, run =>
            {
                SessionPhase phase = before;
                before = run.Last.Phase;
                if (phase == SessionPhase.Cool)
                {
                    coolTicks++;
                    Assert.Equal(FaultCampaign.ColdPackWPerK, run.SecondZone.SurfaceToAmbientWPerK);
                    Assert.NotEqual(FaultCampaign.ColdPackWPerK, run.Pad.SurfaceToAmbientWPerK);
                }
                else if (phase == SessionPhase.Heat)
                {
                    Assert.NotEqual(FaultCampaign.ColdPackWPerK, run.SecondZone.SurfaceToAmbientWPerK);
                }
            }, pocketSpread: true);

            Assert.True(coolTicks > 0, $"seed {seed}: no cool phase seen");
        }
    }
}
