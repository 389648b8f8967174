using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="ReadingSlope"/>: the least-squares slope over a window of readings, and the room witness's use of it
    /// (<see cref="RoomReadingCheck.PadRiseSlopeCPerS"/>, session 11).
    /// </summary>
    public class ReadingSlopeTests
    {
        [Fact]
        public void Slope_IsTheLinesSlope_WhenTheReadingsLieOnALine()
        {
            var slope = new ReadingSlope(40.0);
            for (int s = 0; s <= 40; s++)
            {
                slope.Add(20.0 + (0.006 * s), 1.0);
            }

            Assert.Equal(0.006, slope.SlopeCPerS, 9);
            Assert.Equal(40.0, slope.SpanS, 9);
        }

        [Fact]
        public void Slope_WeighsIrregularTicksByTheirTimes()
        {
            var slope = new ReadingSlope(40.0);
            double t = 0.0;
            double[] steps = { 1.0, 0.4, 2.5, 1.0, 3.0, 0.7, 1.0, 5.0, 1.2 };
            foreach (double dt in steps)
            {
                t += dt;
                slope.Add(30.0 - (0.01 * t), dt);
            }

            Assert.Equal(-0.01, slope.SlopeCPerS, 9);
        }

        [Fact]
        public void Slope_ForgetsReadingsOlderThanTheWindow()
        {
            var slope = new ReadingSlope(40.0);
            for (int s = 0; s < 100; s++)
            {
                // A fall, then 41 s flat: only the flat part is in the window.
                slope.Add(s < 59 ? 40.0 - s : -18.0, 1.0);
            }

            Assert.Equal(0.0, slope.SlopeCPerS, 9);
            Assert.True(slope.SpanS <= 40.0);
        }

        [Fact]
        public void Slope_IsZero_WithFewerThanTwoReadings_AndAfterClear()
        {
            var slope = new ReadingSlope(40.0);
            Assert.Equal(0.0, slope.SlopeCPerS);
            slope.Add(25.0, 1.0);
            Assert.Equal(0.0, slope.SlopeCPerS);
            slope.Add(26.0, 1.0);
            Assert.Equal(1.0, slope.SlopeCPerS, 9);
            slope.Clear();
            Assert.Equal(0.0, slope.SlopeCPerS);
            Assert.Equal(0.0, slope.SpanS);
        }

        [Fact]
        public void Span_StaysUnderTheWindow_WhenTicksAreFasterThanTheStorageHolds()
        {
            // 0.5 s ticks: 48 readings hold 23.5 s, less than the 40 s window the room witness asks for.
            var slope = new ReadingSlope(40.0);
            for (int k = 0; k < 200; k++)
            {
                slope.Add(22.0 + (0.01 * k), 0.5);
            }

            Assert.True(slope.SpanS < RoomReadingCheck.PadRiseSlopeWindowS - 1.0, $"span {slope.SpanS} s");
            Assert.Equal(0.02, slope.SlopeCPerS, 9);
        }

        [Theory]
        [InlineData(0.006, false)]
        [InlineData(0.0, true)]
        [InlineData(-0.002, true)]
        public void RoomWitness_JudgesARestartOnTheDefaults_OnlyWhenTheReadingRisesSteadilyInTheBand(double riseCPerS, bool latchesAtTheLearnedBound)
        {
            // A pad that learned a short heat-up (10 full-power s from the room), an off press of 60 s in which the reading came
            // back to the room band, heat back at full power with the reading in the band still for 30 s (the lag), then rising at
            // riseCPerS, noise-free and quantised: 0.006 °C/s reaches the 0.25 °C step about 75 s after the restart, past the 72 s
            // floor (random-003, review 10); the slope's 40 s window shows it about 60 s after.
            var check = new RoomReadingCheck();
            double readingC = 22.0;
            bool latched = false;
            for (int s = 0; s < 10; s++)
            {
                latched |= check.Update(readingC, 1.0, 1.0, true);
            }

            for (int s = 0; s < 30; s++)
            {
                readingC += 0.5;
                latched |= check.Update(readingC, 1.0, 1.0, true);
            }

            for (int s = 0; s < 60; s++)
            {
                readingC = Math.Max(22.5, readingC - 1.0);
                latched |= check.Update(readingC, 1.0, 0.0, false);
            }

            Assert.False(latched);
            double startC = 22.5;
            int latchedAtS = -1;
            for (int s = 1; s <= 100 && latchedAtS < 0; s++)
            {
                double c = Math.Floor((startC + (riseCPerS * Math.Max(0, s - 30))) / 0.0625) * 0.0625;
                if (check.Update(c, 1.0, 1.0, true))
                {
                    latchedAtS = s;
                }
            }

            if (latchesAtTheLearnedBound)
            {
                Assert.InRange(latchedAtS, (int)RoomReadingCheck.OffBodyMinWorkS - 1, (int)RoomReadingCheck.OffBodyMinWorkS + 1);
            }
            else
            {
                Assert.Equal(-1, latchedAtS);
            }
        }
    }
}
