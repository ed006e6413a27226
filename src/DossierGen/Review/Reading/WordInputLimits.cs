namespace DossierGen.Review.Reading;

/// <summary>
/// How much of a file given as a Word document DossierGen reads before refusing it. Each bound is
/// far above what a real dossier needs (the largest example section is 60 KB unzipped) and low
/// enough that a hostile file is refused in well under a second with little memory.
/// </summary>
/// <param name="FileBytes">The .docx file itself.</param>
/// <param name="Entries">Entries in the zip.</param>
/// <param name="PartBytes">One entry, decompressed (counted while decompressing, never taken from the header).</param>
/// <param name="TotalBytes">All entries together, decompressed.</param>
/// <param name="Depth">Nesting of XML elements in one part (a table in a cell of a table ... adds three).</param>
public sealed record WordInputLimits(long FileBytes, int Entries, long PartBytes, long TotalBytes, int Depth)
{
    public static WordInputLimits Default { get; } = new(
        FileBytes: 256L << 20,
        Entries: 10_000,
        PartBytes: 256L << 20,
        TotalBytes: 512L << 20,
        Depth: 256);

    /// <summary>Word numbers list levels 0 to 8.</summary>
    public const int MaxListLevel = 8;
}
