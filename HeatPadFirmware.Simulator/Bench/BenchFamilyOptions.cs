using System.CommandLine;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The options every command over the bench's pad family shares (<c>bench</c>, <c>twins</c>, <c>groupfloor</c>): how many
    /// random pads and the seed, with one range check, so the commands walk the same family the same way.
    /// </summary>
    public static class BenchFamilyOptions
    {
        /// <summary>Most random pads a command accepts (a 1,000-pad bench runs about 40,000 cases).</summary>
        public const int MaxRandomPads = 1000;

        /// <summary>Random pads when the option is not given (the bench's published figures).</summary>
        public const int DefaultRandomPads = 50;

        /// <summary>Seed when the option is not given (the bench's published figures).</summary>
        public const int DefaultSeed = 1;

        /// <summary><c>--pads</c>: number of random pads, 0..<see cref="MaxRandomPads"/>; out of range is a usage error.</summary>
        public static Option<int> RandomPads(string description)
        {
            var option = new Option<int>("--pads") { Description = description, DefaultValueFactory = _ => DefaultRandomPads };
            option.Validators.Add(result =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(result, out int n) && (n < 0 || n > MaxRandomPads))
                {
                    result.AddError($"--pads must be 0..{MaxRandomPads}, got {n}");
                }
            });
            return option;
        }

        /// <summary><c>--seed</c>: seed of the random pad family and of the sensor noise (any integer).</summary>
        public static Option<int> Seed(string description)
        {
            return new Option<int>("--seed") { Description = description, DefaultValueFactory = _ => DefaultSeed };
        }
    }
}
