namespace DossierGen.Formats;

public sealed record BooleanShape : Shape
{
    public bool? Default { get; init; }
}
