namespace DossierGen.Formats;

public sealed record ListShape(Shape Items) : Shape
{
    public int MinItems { get; init; }

    public bool UniqueItems { get; init; }
}
