using System.Device.Gpio;
using System.Threading;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The jig strap J4 (hardware/README.md, "Calibrating the element witness"): two pins on the controller board (GPIO 2 and
    /// GND) inside the housing, open in use, shorted only by the jig's plug when the element sensor or a jig probe is tagged
    /// (session 27) — the power-on tag gestures need it closed (<see cref="HeatPadFirmware.Core.TagGesture"/>). Read once at
    /// power-on with the ESP32's internal pull-up (≈ 45 kΩ, enabled here after boot; nothing on the board pulls GPIO 2 up,
    /// because a pull-up there at reset blocks serial flashing — ESP32 datasheet, "Strapping Pins": GPIO 2 must be low or
    /// floating for download mode, and is ignored at a normal boot). The plug pulls the line to GND, the level the strap wants
    /// anyway, so a plug left on at a reset or while flashing changes nothing. The pin is closed after the read;
    /// nanoFramework's ClosePin (<c>CPU_GPIO_DisablePin(pin, PinMode_Input)</c>, nf-interpreter targets/ESP32 cpu_gpio.cpp)
    /// leaves it an input with neither pull — floating, not its reset pull-down (review 22a LOW, on session 21's
    /// FixtureStrapInput, which this file restores under the strap's present use). Harmless: nothing reads it again, and the
    /// chip's next reset restores the pull-down before the strap is sampled.
    /// </summary>
    internal static class JigStrapInput
    {
        /// <summary>Reads taken, 1 ms apart, that must all be low for the strap to count as closed (3: a floating line that happens to read low once does not count).</summary>
        private const int Reads = 3;

        /// <summary>True when the jig's strap pulls <paramref name="pin"/> low at every one of <see cref="Reads"/> reads; false when any read is high or the pin cannot be opened.</summary>
        public static bool IsClosed(GpioController controller, int pin)
        {
            GpioPin strap = null;
            try
            {
                strap = controller.OpenPin(pin, PinMode.InputPullUp);
                Thread.Sleep(2);
                for (int i = 0; i < Reads; i++)
                {
                    if (strap.Read() != PinValue.Low)
                    {
                        return false;
                    }

                    Thread.Sleep(1);
                }

                return true;
            }
            catch (System.Exception)
            {
                return false;
            }
            finally
            {
                if (strap != null)
                {
                    controller.ClosePin(pin);
                }
            }
        }
    }
}
