using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Detachment
{
    /// <summary>
    /// The sensor pair leaving a heating pad, run through the whole core (issue 4; docs/safety.md, review 32a, session 33 weak33 and
    /// early33, review 33a). The pad is moved into a room (<see cref="Setup.RoomC"/>) and switched on <see cref="Setup.ColdStartC"/>
    /// under it (0: at the room; 10: as <c>faults --cold-start 10</c>), a <c>heat</c> session at a level; then, each optional:
    /// <list type="bullet">
    /// <item>at <see cref="Setup.LooseS"/> (&gt; 0) both sensors settle part-way off, as the campaign's settling kinds
    /// (<see cref="FaultCampaign.SettledReading"/>: room + w × (attached − room), w 1 → <see cref="Setup.Share"/> over
    /// <see cref="FaultCampaign.SettlingPaceS"/> and staying);</item>
    /// <item>at <see cref="Setup.LoadS"/> (&gt; 0) the pad's load changes: surface to the body <see cref="Setup.BodyWPerK"/>, surface
    /// to the room <see cref="Setup.AmbientWPerK"/> (the body leaves, a duvet covers the pad);</item>
    /// <item>at <see cref="Setup.DetachS"/> both sensors leave the pad and follow a place <see cref="Setup.PlaceOverRoomC"/> over the
    /// room (0: the room, as <see cref="FaultKind.BothSensorsDetached"/>; more: under a blanket, against clothing or the body) with a
    /// lag (<see cref="Setup.LagS"/>; ≤ 0: each sensor's own, <see cref="PadParameters.SensorLagS"/> /
    /// <see cref="PadParameters.SecondSensorLagS"/>), each from what it read then (its lagged temperature, or the settled share of
    /// it), with the pad's bias, Gaussian noise (<see cref="PadParameters.SensorNoiseC"/>, Box–Muller on its own sequence, seeded
    /// (11 × 7919) + 17) and the register's rounding.</item>
    /// </list>
    /// <see cref="Setup.Factory"/>: the element sensor fitted with a factory calibration (the campaigns' <c>--element-sensor
    /// --element-calibration Factory</c>). Seed 11, 1 s ticks, watched to <see cref="Setup.DetachS"/> + 3,600 s, the program's end or
    /// the first fault; an optional hook sees the run after every tick (before the surface is scored) with its second.
    /// <para>
    /// Session 34 (fold34) folded four copies of this loop into this one, so that a fix or a new stage is made once: review 32a's
    /// <c>WarmPlaceDetachment</c> (a shipped pad by name, no cold start: <c>Run(pad, roomC, coldStartC, level, detachS,
    /// placeOverRoomC, lagS, factory, onTick)</c> with <see cref="PadFile.LoadShipped"/> and cold start 0), weak33's
    /// <c>WeakPadDetachment</c> (the same call; its <c>onsetS</c> is <c>detachS</c>), early33's <c>EarlyDetachment</c> (the same with
    /// <c>onTick</c>) and review 33a's <c>StagedDetachment</c> (<c>Run(setup, onTick)</c>, its <c>Setup</c> unchanged). Each was this
    /// loop with stages left out (a stage at 0 s draws nothing and changes nothing), so their seed, noise draws, lags and tick order
    /// are these: run side by side on every call their tests make and on mixed stages (settling, load change and the element sensor
    /// in one run, a fault before the detachment), the old copies and this one gave bit-identical outcomes and, with the hook,
    /// identical per-tick traces. Two things differ from the older copies: the outcome names the detachment where
    /// weak33's said the onset (<c>AfterOnsetS</c> is <see cref="Outcome.AfterDetachS"/>, <c>FullPowerAtOnsetW</c> is
    /// <see cref="Outcome.FullPowerAtDetachW"/> ...), and a run never faulted reports <see cref="int.MinValue"/> after the detachment
    /// (review 32a's and weak33's reported −1, which a fault one second before the detachment also gives).
    /// </para>
    /// </summary>
    internal static class PairDetachment
    {
        /// <summary>
        /// The first fault (None: none), its second after the detachment (negative: before it; <see cref="int.MinValue"/>: no fault),
        /// the true surface's peak, °C, the seconds it spent over 48 °C (<see cref="FaultCampaign.SingleFaultSurfaceC"/>; in all, and
        /// before the detachment), the fitted burn dose since power-on (<see cref="FaultRun.SurfaceDose"/>), and at the detachment
        /// (the defaults where the run ended before it): the element's full power the core had learned, W
        /// (<see cref="HeaterCurrentCheck.FullPowerW"/>), whether the coupling check still held that full power may burn the pad
        /// (<see cref="SensorCouplingCheck.PadMayBurn"/>), the controller's learned full-power ceiling, °C
        /// (<see cref="PadThermalModel.SteadySurfaceC"/> at duty 1; NaN: no model), and the true surface, °C (NaN: not reached).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int AfterDetachS, double PeakC, int Over48S, int Over48BeforeDetachS, double Dose, double FullPowerAtDetachW, bool MayBurnAtDetach, double CeilingAtDetachC, double SurfaceAtDetachC);

        /// <summary>
        /// The scenario's settings (see the class): the pad as built, the room, °C, how far under the room it is switched on, °C, the
        /// level (1–5); the settling (<paramref name="LooseS"/> ≤ 0: none) to <paramref name="Share"/> (0..1); the load change
        /// (<paramref name="LoadS"/> ≤ 0: none) to <paramref name="BodyWPerK"/> and <paramref name="AmbientWPerK"/>, W/K; the
        /// detachment's second (≥ 1), its place over the room, °C, and lag, s (≤ 0: each sensor's own); the element sensor with a
        /// factory calibration.
        /// </summary>
        internal sealed record Setup(PadParameters Pad, double RoomC, double ColdStartC, int Level, int LooseS, double Share, int LoadS, double BodyWPerK, double AmbientWPerK, int DetachS, double PlaceOverRoomC, double LagS, bool Factory = false);

        /// <summary>
        /// The plain detachment (no settling, no load change): <paramref name="basePad"/> in a <paramref name="roomC"/> room switched on
        /// <paramref name="coldStartC"/> under it at <paramref name="level"/>, both sensors leaving at <paramref name="detachS"/> for a
        /// place <paramref name="placeOverRoomC"/> over the room with <paramref name="lagS"/> (≤ 0: their own).
        /// </summary>
        public static Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, int detachS, double placeOverRoomC, double lagS, bool factory = false, Action<FaultRun, int>? onTick = null, Action<FaultRun, int>? beforeStart = null)
        {
            return Run(new Setup(basePad, roomC, coldStartC, level, 0, 0.0, 0, 0.0, 0.0, detachS, placeOverRoomC, lagS, factory), onTick, beforeStart);
        }

        /// <summary>
        /// Runs the scenario; see the class. <paramref name="onTick"/> (optional) sees the run after each tick with its second;
        /// <paramref name="beforeStart"/> (optional) the new run with its seed before anything else (session 34, pw34: a chosen chip Vref).
        /// </summary>
        public static Outcome Run(Setup setup, Action<FaultRun, int>? onTick = null, Action<FaultRun, int>? beforeStart = null)
        {
            ArgumentNullException.ThrowIfNull(setup);
            PadParameters pad = setup.Pad.With(ambientC: setup.RoomC, initialC: setup.RoomC - setup.ColdStartC);
            const int seed = 11;
            var run = new FaultRun(pad, seed);
            beforeStart?.Invoke(run, seed);
            if (setup.Factory)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(setup.Level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            int over48BeforeS = 0;
            double firstC = 0.0;
            double secondC = 0.0;
            double fullPowerW = 0.0;
            bool mayBurn = true;
            double ceilingC = double.NaN;
            double surfaceAtDetachC = double.NaN;
            double firstLagS = setup.LagS > 0.0 ? setup.LagS : pad.SensorLagS;
            double secondLagS = setup.LagS > 0.0 ? setup.LagS : pad.SecondSensorLagS;
            double targetC = setup.RoomC + setup.PlaceOverRoomC;
            var random = new Random((seed * 7919) + 17);
            for (int s = 1; s <= setup.DetachS + 3600; s++)
            {
                SensorReading? first = null;
                SensorReading? second = null;
                if (setup.LoadS > 0 && s == setup.LoadS)
                {
                    run.Pad.SurfaceToBodyWPerK = setup.BodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = setup.AmbientWPerK;
                }

                if (s == setup.DetachS)
                {
                    firstC = Settled(setup, pad, run.Sensor.LaggedC, s);
                    secondC = Settled(setup, pad, run.SecondSensor.LaggedC, s);
                    fullPowerW = run.Core.Supervisor.HeaterCurrent.FullPowerW;
                    mayBurn = run.Core.Supervisor.Coupling.PadMayBurn;
                    PadModelLearner learner = run.Core.Controller.Learner;
                    ceilingC = learner.HasModel ? learner.Model.SteadySurfaceC(1.0, out _) : double.NaN;
                    surfaceAtDetachC = run.Pad.SurfaceC;
                    over48BeforeS = over48S;
                }

                if (s >= setup.DetachS)
                {
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / firstLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / secondLagS));
                    first = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + Noise(random, pad.SensorNoiseC)));
                    second = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + Noise(random, pad.SensorNoiseC)));
                }
                else if (setup.LooseS > 0 && s >= setup.LooseS)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - setup.LooseS, setup.Share);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - setup.LooseS, setup.Share);
                }

                run.TickPair(1000, first, second);
                onTick?.Invoke(run, s);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s - setup.DetachS, peakC, over48S, s < setup.DetachS ? over48S : over48BeforeS, run.SurfaceDose, fullPowerW, mayBurn, ceilingC, surfaceAtDetachC);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, int.MinValue, peakC, over48S, over48BeforeS, run.SurfaceDose, fullPowerW, mayBurn, ceilingC, surfaceAtDetachC);
        }

        // The sensor's own temperature at the detachment: its lagged temperature, or the settled share of its rise (the campaign's
        // settling arithmetic, FaultCampaign.SettledReading's, on the unquantised temperature).
        private static double Settled(Setup setup, PadParameters pad, double laggedC, int s)
        {
            if (setup.LooseS <= 0 || s < setup.LooseS)
            {
                return laggedC;
            }

            double w = 1.0 - ((1.0 - setup.Share) * Math.Min(1.0, (s - setup.LooseS) / FaultCampaign.SettlingPaceS));
            return pad.AmbientC + (w * (laggedC - pad.AmbientC));
        }

        /// <summary>
        /// A Gaussian draw of <paramref name="sigmaC"/>, °C: Box–Muller on the run's own seeded sequence (the draw every copy of this
        /// harness made since review 32a; <see cref="ElementDetachment"/> draws its element and departed-pair noise with it too).
        /// </summary>
        internal static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
