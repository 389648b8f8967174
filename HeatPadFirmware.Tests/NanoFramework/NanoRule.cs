namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>Constructs that compile for nanoFramework but that its 1.x runtime cannot run, or that must not appear in Core.</summary>
    public enum NanoRule
    {
        /// <summary>A generic type, method, delegate or local function definition (a type parameter list).</summary>
        GenericDefinition,

        /// <summary>A use of a generic type or method, written out or reached implicitly (var, type inference).</summary>
        GenericUse,

        /// <summary>Nullable&lt;T&gt; / int? (a generic struct the 1.x runtime does not have).</summary>
        NullableValueType,

        /// <summary>An array of rank 2 or more (jagged arrays are fine).</summary>
        MultidimensionalArray,

        /// <summary>catch ... when (...).</summary>
        ExceptionFilter,

        /// <summary>An interface member with a body.</summary>
        DefaultInterfaceMember,

        /// <summary>async, await, await foreach, await using.</summary>
        Async,

        /// <summary>yield return / yield break.</summary>
        Iterator,

        /// <summary>Tuple types and tuple literals (ValueTuple is generic).</summary>
        Tuple,

        /// <summary>Records and with-expressions.</summary>
        Record,

        /// <summary>stackalloc.</summary>
        StackAlloc,

        /// <summary>The dynamic type.</summary>
        Dynamic,

        /// <summary>LINQ query syntax (from ... select).</summary>
        LinqQuery,

        /// <summary>An enum turned into text (ToString, string concatenation, interpolation): nanoFramework gives the number.</summary>
        EnumToString,

        /// <summary>Reading a clock (DateTime.Now/UtcNow/Today, Environment.TickCount*, Stopwatch, HighResTimer): time is passed in.</summary>
        ClockRead,

        /// <summary>Thread.Sleep: the core never blocks.</summary>
        ThreadSleep,
    }
}
