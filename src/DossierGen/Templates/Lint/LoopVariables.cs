namespace DossierGen.Templates.Lint;

/// <summary>
/// What Scriban's <c>for</c> object holds inside a loop (<c>for.index</c>, <c>for.last</c> ...), as a
/// type the linter checks members against like any model type. Never instantiated: Scriban makes the
/// real object while rendering.
/// </summary>
internal sealed record LoopVariables
{
    /// <summary>The item's position, from 0.</summary>
    public int Index { get; init; }

    /// <summary>The position counted from the end, from 0.</summary>
    public int Rindex { get; init; }

    /// <summary>True for the first item.</summary>
    public bool First { get; init; }

    /// <summary>True for the last item.</summary>
    public bool Last { get; init; }

    /// <summary>True at an even position.</summary>
    public bool Even { get; init; }

    /// <summary>True at an odd position.</summary>
    public bool Odd { get; init; }

    /// <summary>True when the item differs from the one before.</summary>
    public bool Changed { get; init; }

    /// <summary>The number of items.</summary>
    public int Length { get; init; }
}
