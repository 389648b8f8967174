using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The device's button path as ButtonInputs.DrainInto runs it once per tick — delivered GPIO edges to the
    /// decoder, then each pin's raw level through <see cref="ButtonLevelResync"/>, then the decoder's poll — with
    /// edges lost the way nanoFramework's ESP32 GPIO driver or a full ring loses them.
    /// </summary>
    public class ButtonLevelResyncTests
    {
        private static readonly ButtonId[] Buttons = { ButtonId.Power, ButtonId.Up };

        /// <summary>One tick of the device's drain, with or without the resync.</summary>
        private sealed class DrainHarness
        {
            private readonly ButtonPressDecoder _decoder = new ButtonPressDecoder();
            private readonly ButtonEventQueue _queue = new ButtonEventQueue();
            private readonly List<(ButtonId Button, bool Pressed, long AtMs)> _delivered = new List<(ButtonId, bool, long)>();
            private readonly bool _withResync;

            public DrainHarness(bool withResync)
            {
                _withResync = withResync;
            }

            public ButtonLevelResync Resync { get; } = new ButtonLevelResync(Buttons.Length);

            public List<string> Events { get; } = new List<string>();

            /// <summary>An edge the GPIO event path delivered (it reaches the decoder at the next tick).</summary>
            public void Deliver(ButtonId button, bool pressed, long atMs)
            {
                _delivered.Add((button, pressed, atMs));
            }

            /// <summary>A tick at <paramref name="nowMs"/> with the pins' raw levels <paramref name="rawPressed"/> (Power, Up).</summary>
            public void Tick(long nowMs, params bool[] rawPressed)
            {
                foreach ((ButtonId button, bool pressed, long atMs) in _delivered)
                {
                    _decoder.OnEdge(button, pressed, atMs);
                    Resync.NoteLevel(System.Array.IndexOf(Buttons, button), pressed);
                }

                _delivered.Clear();
                if (_withResync)
                {
                    for (int i = 0; i < Buttons.Length; i++)
                    {
                        if (Resync.Sample(i, rawPressed[i], nowMs, out long edgeAtMs))
                        {
                            _decoder.OnEdge(Buttons[i], rawPressed[i], edgeAtMs);
                        }
                    }
                }

                _queue.Clear();
                _decoder.Poll(nowMs, _queue);
                for (int i = 0; i < _queue.Count; i++)
                {
                    ButtonEvent buttonEvent = _queue.Get(i);
                    Events.Add(ButtonNames.Of(buttonEvent.Button) + (buttonEvent.IsLong ? ":long" : ":short"));
                }
            }
        }

        /// <summary>Power pressed at 100 ms, its release at 250 ms lost by the event path; ticks every second after.</summary>
        private static List<string> ShortPowerPressWithLostRelease(bool withResync)
        {
            var harness = new DrainHarness(withResync);
            harness.Deliver(ButtonId.Power, true, 100);
            for (long nowMs = 1000; nowMs <= 5000; nowMs += 1000)
            {
                harness.Tick(nowMs, false, false);
            }

            return harness.Events;
        }

        [Fact]
        public void LostRelease_OfAShortPowerPress_IsHandedOver_SoThePressStaysShort()
        {
            // Without the resync the decoder holds power for ever and reports a long press, which does not stop a
            // session: the pad would keep heating after the user pressed stop.
            Assert.Equal(new[] { "power:long" }, ShortPowerPressWithLostRelease(withResync: false));
            Assert.Equal(new[] { "power:short" }, ShortPowerPressWithLostRelease(withResync: true));
        }

        [Fact]
        public void EdgeStillInTheDriversDebounce_IsNotHandedOverTwice()
        {
            var harness = new DrainHarness(withResync: true);

            // Pressed at 995 ms: the tick at 1000 reads it pressed, its edge (posted after the 20 ms debounce) comes
            // with the next drain.
            harness.Tick(1000, true, false);
            harness.Deliver(ButtonId.Power, true, 1015);
            harness.Deliver(ButtonId.Power, false, 1300);
            harness.Tick(2000, false, false);
            harness.Tick(3000, false, false);

            Assert.Equal(new[] { "power:short" }, harness.Events);
            Assert.Equal(0, harness.Resync.ResyncCount);
        }

        [Fact]
        public void LostPress_IsHandedOver_AndItsDeliveredReleaseReportsThePress()
        {
            var harness = new DrainHarness(withResync: true);

            // Up pressed at 900 ms with its edge lost; released at 2500 ms with its edge delivered.
            harness.Tick(1000, false, true);
            harness.Tick(2000, false, true);
            harness.Deliver(ButtonId.Up, false, 2500);
            harness.Tick(3000, false, false);
            harness.Tick(4000, false, false);

            Assert.Equal(new[] { "up:short" }, harness.Events);
            Assert.Equal(1, harness.Resync.ResyncCount);
        }

        [Fact]
        public void LostReleaseAfterALongPress_EndsTheHoldSilently_AndTheNextPressCounts()
        {
            List<string> Run(bool withResync)
            {
                var harness = new DrainHarness(withResync);
                harness.Deliver(ButtonId.Power, true, 100);
                harness.Tick(1000, true, false);
                harness.Tick(2000, true, false);
                harness.Tick(3000, true, false);

                // Released at 3500 ms, edge lost; then a short press whose edges both arrive.
                harness.Tick(4000, false, false);
                harness.Tick(5000, false, false);
                harness.Deliver(ButtonId.Power, true, 6000);
                harness.Deliver(ButtonId.Power, false, 6200);
                harness.Tick(7000, false, false);
                return harness.Events;
            }

            // Without the resync the decoder still holds power, ignores the new press and loses it.
            Assert.Equal(new[] { "power:long" }, Run(withResync: false));
            Assert.Equal(new[] { "power:long", "power:short" }, Run(withResync: true));
        }

        [Fact]
        public void ButtonHeldAtBoot_ProducesNothing_UntilReleasedAndPressedAgain()
        {
            var harness = new DrainHarness(withResync: true);
            harness.Resync.NoteLevel(0, true);

            for (long nowMs = 1000; nowMs <= 5000; nowMs += 1000)
            {
                harness.Tick(nowMs, true, false);
            }

            harness.Deliver(ButtonId.Power, false, 5500);
            harness.Tick(6000, false, false);
            Assert.Empty(harness.Events);

            harness.Deliver(ButtonId.Power, true, 7000);
            harness.Deliver(ButtonId.Power, false, 7200);
            harness.Tick(8000, false, false);
            Assert.Equal(new[] { "power:short" }, harness.Events);
        }

        [Fact]
        public void Sample_HandsOverOnlyAfterDisagreeingTwiceInARow()
        {
            var resync = new ButtonLevelResync(1);

            Assert.False(resync.Sample(0, true, 1000, out _));
            Assert.False(resync.Sample(0, false, 2000, out _));
            Assert.False(resync.Sample(0, true, 3000, out _));
            Assert.True(resync.Sample(0, true, 4000, out long edgeAtMs));

            Assert.Equal(3000, edgeAtMs);
            Assert.Equal(1, resync.ResyncCount);
            Assert.False(resync.Sample(0, true, 5000, out _));
        }

        [Fact]
        public void DeliveredEdge_RestartsTheCount_EvenWhenTheLevelStillDisagrees()
        {
            var resync = new ButtonLevelResync(1);

            Assert.False(resync.Sample(0, true, 1000, out _));
            resync.NoteLevel(0, false);
            Assert.False(resync.Sample(0, true, 2000, out _));
            Assert.True(resync.Sample(0, true, 3000, out long edgeAtMs));
            Assert.Equal(2000, edgeAtMs);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(2)]
        public void OutOfRangeButton_IsIgnored(int index)
        {
            var resync = new ButtonLevelResync(2);

            resync.NoteLevel(index, true);
            Assert.False(resync.Sample(index, true, 1000, out _));
            Assert.False(resync.Sample(index, true, 2000, out _));
            Assert.Equal(0, resync.ResyncCount);
        }

        [Fact]
        public void NegativeButtonCount_TracksNoButton()
        {
            var resync = new ButtonLevelResync(-3);

            Assert.Equal(0, resync.ButtonCount);
            Assert.False(resync.Sample(0, true, 1000, out _));
        }
    }
}
