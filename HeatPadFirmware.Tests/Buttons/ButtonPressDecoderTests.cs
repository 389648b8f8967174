using System.Collections.Generic;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Buttons
{
    public class ButtonPressDecoderTests
    {
        private readonly ButtonPressDecoder _decoder = new ButtonPressDecoder();
        private readonly ButtonEventQueue _queue = new ButtonEventQueue();

        /// <summary>Polls at <paramref name="nowMs"/> and returns what the poll reported, as "power:short" strings.</summary>
        private List<string> PollAt(long nowMs)
        {
            _queue.Clear();
            _decoder.Poll(nowMs, _queue);
            var events = new List<string>();
            for (int i = 0; i < _queue.Count; i++)
            {
                ButtonEvent buttonEvent = _queue.Get(i);
                events.Add(ButtonNames.Of(buttonEvent.Button) + (buttonEvent.IsLong ? ":long" : ":short"));
            }

            return events;
        }

        /// <summary>Polls once a second (the device's tick) from <paramref name="fromMs"/> to <paramref name="toMs"/>; all events.</summary>
        private List<string> PollEverySecond(long fromMs, long toMs)
        {
            var events = new List<string>();
            for (long nowMs = fromMs; nowMs <= toMs; nowMs += 1000)
            {
                events.AddRange(PollAt(nowMs));
            }

            return events;
        }

        private void Press(ButtonId button, long atMs)
        {
            _decoder.OnEdge(button, true, atMs);
        }

        private void Release(ButtonId button, long atMs)
        {
            _decoder.OnEdge(button, false, atMs);
        }

        [Fact]
        public void ShortPress_IsReportedOnceItsReleaseHasSettled()
        {
            Press(ButtonId.Up, 100);
            Release(ButtonId.Up, 300);

            Assert.Empty(PollAt(310));
            Assert.Equal(new[] { "up:short" }, PollAt(1000));
            Assert.Empty(PollAt(2000));
        }

        [Fact]
        public void BouncingContact_GivesOnePress()
        {
            // 5 ms of bounce on the press and on the release, as Omron quotes for its tactile switches.
            long[] pressBounce = { 100, 101, 102, 103, 104, 105 };
            for (int i = 0; i < pressBounce.Length; i++)
            {
                _decoder.OnEdge(ButtonId.Power, i % 2 == 0, pressBounce[i]);
            }

            _decoder.OnEdge(ButtonId.Power, true, 106);
            long[] releaseBounce = { 400, 401, 402, 403, 404 };
            for (int i = 0; i < releaseBounce.Length; i++)
            {
                _decoder.OnEdge(ButtonId.Power, i % 2 != 0, releaseBounce[i]);
            }

            Assert.Equal(new[] { "power:short" }, PollEverySecond(1000, 5000));
        }

        [Fact]
        public void PressShorterThanTheDebounce_IsIgnored()
        {
            Press(ButtonId.Down, 100);
            Release(ButtonId.Down, 100 + ButtonPressDecoder.DebounceMs - 1);

            Assert.Empty(PollEverySecond(1000, 5000));
        }

        [Fact]
        public void PressExactlyAsLongAsTheDebounce_Counts()
        {
            Press(ButtonId.Down, 100);
            Release(ButtonId.Down, 100 + ButtonPressDecoder.DebounceMs);

            Assert.Equal(new[] { "down:short" }, PollEverySecond(1000, 3000));
        }

        [Fact]
        public void LongPress_IsReportedAtTwoSecondsWhileTheButtonIsStillHeld()
        {
            Press(ButtonId.Power, 0);

            Assert.Empty(PollAt(ButtonTiming.LongPressMs - 1));
            Assert.Equal(new[] { "power:long" }, PollAt(ButtonTiming.LongPressMs));
            Assert.True(_decoder.IsPressed(ButtonId.Power));
        }

        [Fact]
        public void ReleaseAfterALongPress_AddsNothing()
        {
            Press(ButtonId.Power, 0);
            Assert.Equal(new[] { "power:long" }, PollAt(2500));

            Release(ButtonId.Power, 2600);

            Assert.Empty(PollEverySecond(3000, 6000));
        }

        [Fact]
        public void ButtonHeldForMinutes_GivesExactlyOneLongPress()
        {
            Press(ButtonId.Up, 0);

            List<string> events = PollEverySecond(1000, 10 * 60 * 1000);

            Assert.Equal(new[] { "up:long" }, events);
        }

        [Fact]
        public void SecondLongPress_NeedsAReleaseAndANewPress()
        {
            Press(ButtonId.Power, 0);
            Assert.Equal(new[] { "power:long" }, PollEverySecond(1000, 5000));

            Release(ButtonId.Power, 5500);
            Press(ButtonId.Power, 6000);

            Assert.Equal(new[] { "power:long" }, PollEverySecond(7000, 20000));
        }

        [Fact]
        public void PressReleasedJustBeforeTwoSeconds_IsShort_EvenWhenThePollFallsInsideTheReleaseDebounce()
        {
            Press(ButtonId.Program, 0);
            Release(ButtonId.Program, ButtonTiming.LongPressMs - 10);

            Assert.Empty(PollAt(ButtonTiming.LongPressMs + 5));
            Assert.Equal(new[] { "program:short" }, PollAt(3000));
        }

        [Fact]
        public void PressHeldExactlyTwoSeconds_IsLong()
        {
            Press(ButtonId.Program, 0);
            Release(ButtonId.Program, ButtonTiming.LongPressMs);

            Assert.Equal(new[] { "program:long" }, PollEverySecond(3000, 6000));
        }

        [Fact]
        public void HoldThatStartedAndEndedBetweenTwoPolls_IsStillOneLongPress()
        {
            Press(ButtonId.Power, 100);
            Release(ButtonId.Power, 2600);

            Assert.Equal(new[] { "power:long" }, PollEverySecond(3000, 8000));
        }

        [Fact]
        public void ChatterFasterThanTheDebounce_GivesNoPressesAtAll()
        {
            // A contact flickering every 5 ms for 3 s, then left open.
            bool level = true;
            for (long atMs = 0; atMs < 3000; atMs += 5)
            {
                _decoder.OnEdge(ButtonId.Up, level, atMs);
                level = !level;
            }

            _decoder.OnEdge(ButtonId.Up, false, 3000);

            Assert.Empty(PollEverySecond(1000, 10000));
        }

        [Fact]
        public void ChatterThatSettlesPressed_GivesOnePressFromWhereItSettled()
        {
            bool level = true;
            for (long atMs = 0; atMs < 500; atMs += 4)
            {
                _decoder.OnEdge(ButtonId.Down, level, atMs);
                level = !level;
            }

            Press(ButtonId.Down, 500);
            Release(ButtonId.Down, 2300);

            // Held from 500 to 2300 = 1.8 s: short, although the chatter began at 0.
            Assert.Equal(new[] { "down:short" }, PollEverySecond(1000, 6000));
        }

        [Fact]
        public void BriefFlickerWhileHeld_DoesNotEndTheHold()
        {
            Press(ButtonId.Power, 0);
            Release(ButtonId.Power, 1000);
            Press(ButtonId.Power, 1003);

            Assert.Equal(new[] { "power:long" }, PollEverySecond(1000, 4000));
        }

        [Fact]
        public void TooShortTapFollowedByARealPress_TimesTheRealPressFromItsOwnStart()
        {
            Press(ButtonId.Up, 0);
            Release(ButtonId.Up, 20);
            Press(ButtonId.Up, 500);
            Release(ButtonId.Up, 2300);

            Assert.Equal(new[] { "up:short" }, PollEverySecond(3000, 6000));
        }

        [Fact]
        public void PressesOfDifferentButtonsInOneTick_AreReportedInTheOrderTheyEnded()
        {
            Press(ButtonId.Up, 100);
            Press(ButtonId.Down, 150);
            Release(ButtonId.Down, 300);
            Release(ButtonId.Up, 600);
            Press(ButtonId.Program, 700);
            Release(ButtonId.Program, 800);

            Assert.Equal(new[] { "down:short", "up:short", "program:short" }, PollAt(1000));
        }

        [Fact]
        public void LongPressReachedBeforeAnotherButtonsShortPress_IsReportedFirst()
        {
            Press(ButtonId.Power, 0);
            Press(ButtonId.Up, 2500);
            Release(ButtonId.Up, 2700);

            Assert.Equal(new[] { "power:long", "up:short" }, PollAt(3000));
        }

        [Fact]
        public void PressesBeyondTheQueueCapacity_AreDroppedAndCounted()
        {
            for (int i = 0; i < ButtonEventQueue.Capacity + 3; i++)
            {
                long startMs = i * 100;
                Press(ButtonId.Up, startMs);
                Release(ButtonId.Up, startMs + 50);
            }

            List<string> events = PollAt(5000);

            Assert.Equal(ButtonEventQueue.Capacity, events.Count);
            Assert.Equal(3, _decoder.DroppedEventCount);
        }

        [Fact]
        public void EdgesOfAnUnknownButton_AreIgnored()
        {
            _decoder.OnEdge(ButtonId.None, true, 0);
            _decoder.OnEdge(ButtonId.None, false, 500);
            _decoder.OnEdge((ButtonId)99, true, 0);
            _decoder.OnEdge((ButtonId)99, false, 500);

            Assert.Empty(PollEverySecond(1000, 4000));
        }

        [Fact]
        public void RepeatedLevel_FromAMissedEdge_IsIgnored()
        {
            Release(ButtonId.Up, 0);
            Press(ButtonId.Up, 100);
            Press(ButtonId.Up, 200);
            Release(ButtonId.Up, 400);

            Assert.Equal(new[] { "up:short" }, PollEverySecond(1000, 3000));
        }

        [Fact]
        public void EdgeStampedEarlierThanThePreviousOne_IsTakenAtThePreviousTime()
        {
            Press(ButtonId.Up, 1000);
            Release(ButtonId.Up, 900);

            // The release counts as at 1000: zero length, shorter than the debounce, so nothing.
            Assert.Empty(PollEverySecond(2000, 5000));
        }

        [Fact]
        public void NullQueue_DropsTheEventsWithoutFailing()
        {
            Press(ButtonId.Up, 0);
            Release(ButtonId.Up, 200);

            _decoder.Poll(1000, null!);

            Assert.Equal(1, _decoder.DroppedEventCount);
            Assert.Empty(PollAt(2000));
        }
    }
}
