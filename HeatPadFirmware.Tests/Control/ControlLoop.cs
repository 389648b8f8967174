using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>The firmware's <see cref="HeatController"/> on a simulated pad and sensor, 1 s ticks, with the setpoint and supply under the test's control.</summary>
    internal sealed class ControlLoop
    {
        public readonly ThermalPad Pad;
        public readonly SimulatedSensor Sensor;
        public readonly HeatController Controller = new HeatController();
        public long NowMs;
        public double Duty;
        public double MaxSurfaceC = double.NegativeInfinity;
        public SensorReading LastReading;

        public ControlLoop(PadParameters pad, int seed = 3)
        {
            Pad = new ThermalPad(pad);
            Sensor = new SimulatedSensor(pad, seed);
        }

        /// <summary>Runs <paramref name="seconds"/> ticks; the maximum surface is tracked from now on when <paramref name="trackMax"/>.</summary>
        public void Run(double seconds, bool heatWanted, double setpointC, bool trackMax = true)
        {
            for (int i = 0; i < (int)seconds; i++)
            {
                Tick(heatWanted, setpointC);
                if (trackMax)
                {
                    MaxSurfaceC = Math.Max(MaxSurfaceC, Pad.SurfaceC);
                }
            }
        }

        public double Tick(bool heatWanted, double setpointC)
        {
            if (NowMs > 0)
            {
                Pad.Step(1.0, Duty, true);
                Sensor.Advance(1.0, Pad.SurfaceC);
            }

            LastReading = Sensor.Read(NowMs);
            Duty = Controller.Update(NowMs, LastReading, heatWanted, setpointC);
            NowMs += 1000;
            return Duty;
        }

        public static PadParameters Shipped(string name)
        {
            return PadFile.LoadShipped(name);
        }
    }
}
