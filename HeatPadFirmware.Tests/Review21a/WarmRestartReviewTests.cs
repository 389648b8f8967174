using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Review21a
{
    /// <summary>
    /// Review 21a: a power cut mid-session and the pad switched on again still warm (every node at the room + the offset; the
    /// element within ColdAgreementC of the pair, so the first heat since power-on adopts the calibration with the warm
    /// reading as its "room"). With G_ca &gt; 0 the span's favourable end (StartC + 8) lies further from the true room, so the
    /// estimate only falls; with the fixture's negative G_ca (strong-60w only, |G_ca| / G_cs ≈ 0.03–0.06) it rises by at most
    /// 0.6 °C. Guard: the calibrated latch adds nothing to the run without a calibration (same fault, same second).
    /// </summary>
    public class WarmRestartReviewTests
    {
        private static (FaultCode Fault, int AtS) Run(string padName, string condition, int level, int seed, double padWarmerC, ElementCalibrationKind kind)
        {
            const double RoomC = 22.0;
            PadParameters shipped = PadFile.LoadShipped(padName);
            PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition).With(ambientC: RoomC, initialC: RoomC + padWarmerC, bodyC: Math.Max(RoomC, shipped.BodyC));
            var r = Review21aScan.Run(pad, seed, level, kind: kind);
            return (r.Fault, r.AtS);
        }

        [Theory]
        [InlineData("strong-60w", "air", 2, 21280, 18.0)]
        [InlineData("strong-60w", "folded", 3, 21315, 18.0)]
        [InlineData("strong-60w", "air", 4, 21294, 10.0)]
        [InlineData("thick-slow", "body", 3, 21343, 18.0)]
        [InlineData("folded-covered", "air", 3, 21035, 18.0)]
        [InlineData("usb-10w", "folded", 4, 21490, 18.0)]
        public void APadRestartedWarmMidSession_CalibratedLatch_AddsNoFaultToTheUncalibratedRun(string padName, string condition, int level, int seed, double padWarmerC)
        {
            Assert.Equal(Run(padName, condition, level, seed, padWarmerC, ElementCalibrationKind.None), Run(padName, condition, level, seed, padWarmerC, ElementCalibrationKind.Factory));
        }
    }
}
