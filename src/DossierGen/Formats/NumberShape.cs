namespace DossierGen.Formats;

/// <summary>A finite number, optionally bounded on either side (bounds excluded, as for a coverage in (0, 1)).</summary>
public sealed record NumberShape : Shape
{
    public double? ExclusiveMinimum { get; init; }

    public double? ExclusiveMaximum { get; init; }

    /// <summary>The value used when the key is left out (documented in the schema).</summary>
    public double? Default { get; init; }

    public bool Admits(double value) =>
        double.IsFinite(value) && !(value <= ExclusiveMinimum) && !(value >= ExclusiveMaximum);
}
