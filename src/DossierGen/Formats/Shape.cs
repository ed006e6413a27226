namespace DossierGen.Formats;

/// <summary>
/// The declared shape of a value in a DossierGen file. One shape drives both the reader's checks
/// (<see cref="ShapeValidator"/>) and the published JSON Schema (<see cref="JsonSchemaWriter"/>),
/// so what editors check and what the reader accepts cannot drift apart.
/// </summary>
public abstract record Shape
{
    public string? Description { get; init; }
}
