using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// One loosening case of a faults campaign, as its <c>--cases</c> row runs it: the kind, the shipped pad, the level, the onset
    /// after the session's start and the case's own run seed (<see cref="FaultsCommand.CaseSeeds"/>).
    /// </summary>
    /// <param name="Kind">The loosening kind.</param>
    /// <param name="PadName">The shipped pad's name.</param>
    /// <param name="Pad">The shipped pad.</param>
    /// <param name="Level">The heat level, 1..<see cref="TherapyConfig.LevelCount"/>.</param>
    /// <param name="OnsetS">The fault's onset after the session's start, s (<see cref="FaultsCommand.OnsetsS"/>: 60 / 300 / 600 / 1,800).</param>
    /// <param name="Seed">The case's run seed in the campaign.</param>
    internal sealed record LooseningCase(FaultKind Kind, string PadName, PadParameters Pad, int Level, double OnsetS, int Seed)
    {
        /// <summary>The case as the scans' lines begin: <c>kind pad Llevel @onset</c> (e.g. <c>BothSensorsLoosening free-air L5 @60</c>).</summary>
        public string Head => FormattableString.Invariant($"{Kind} {PadName} L{Level} @{OnsetS}");

        /// <summary>Runs the case as the campaign does (<see cref="FaultCampaign.RunCase(string, PadParameters, int, FaultKind, double, int, bool, Action{FaultRun})"/>), <paramref name="onTick"/> after each tick.</summary>
        public FaultCaseResult Run(Action<FaultRun> onTick)
        {
            return FaultCampaign.RunCase(PadName, Pad, Level, Kind, OnsetS, Seed, onTick: onTick);
        }
    }

    /// <summary>
    /// The loosening cases the by-hand scans walk (loose21's <see cref="LooseningVerdictScan"/>, loose22's
    /// <see cref="SlowLagReliefScan"/>, ecap25's <see cref="SurfaceCapLooseningScan"/>, review 26a's
    /// <see cref="Review26a.CapDoseScan"/>): kind × shipped pad × level × onset, in that order, each with the campaign's seed.
    /// </summary>
    internal static class LooseningCases
    {
        /// <summary>The four kinds in which both pair sensors loosen (issue 4's: the calibrated witness is the pair's only check).</summary>
        public static readonly FaultKind[] BothSensorKinds =
        {
            FaultKind.BothSensorsLoosening, FaultKind.BothSensorsLooseningShortPhases, FaultKind.TwoPaceLoosening, FaultKind.TwoPaceLooseningReversed,
        };

        /// <summary>Every loosening kind: one sensor (either), one sensor over short phases, and <see cref="BothSensorKinds"/>.</summary>
        public static readonly FaultKind[] AllKinds =
        {
            FaultKind.SensorLoosening, FaultKind.SecondSensorLoosening, FaultKind.LooseningShortPhases,
            FaultKind.BothSensorsLoosening, FaultKind.BothSensorsLooseningShortPhases, FaultKind.TwoPaceLoosening, FaultKind.TwoPaceLooseningReversed,
        };

        /// <summary>
        /// The cases of <paramref name="kinds"/> in the campaign of seed <paramref name="campaignSeed"/> (faults --seed; the scans'
        /// is 1): for each kind, each shipped pad (<see cref="PadFile.LoadAllShipped"/>'s order), level 1..5, onset 60 / 300 /
        /// 600 / 1,800 s — 120 a kind.
        /// </summary>
        public static IEnumerable<LooseningCase> Of(IEnumerable<FaultKind> kinds, int campaignSeed = 1)
        {
            ArgumentNullException.ThrowIfNull(kinds);
            var pads = PadFile.LoadAllShipped();
            var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), campaignSeed);
            foreach (FaultKind kind in kinds)
            {
                foreach (var (name, pad) in pads)
                {
                    for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                    {
                        foreach (double onsetS in FaultsCommand.OnsetsS)
                        {
                            yield return new LooseningCase(kind, name, pad, level, onsetS, seeds[(name, level, onsetS, kind)]);
                        }
                    }
                }
            }
        }

        /// <summary>The cases of the one kind <paramref name="kind"/> (see <see cref="Of(IEnumerable{FaultKind}, int)"/>).</summary>
        public static IEnumerable<LooseningCase> Of(FaultKind kind, int campaignSeed = 1)
        {
            return Of(new[] { kind }, campaignSeed);
        }
    }
}
