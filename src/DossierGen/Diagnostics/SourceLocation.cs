namespace DossierGen.Diagnostics;

/// <summary>A place in a user's file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A whole-file location, for faults that have no better place (an empty file).</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
