namespace DossierGen.Diagnostics;

/// <summary>A place in a user's file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A whole-file location, for faults that have no better place (an empty file).</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    /// <summary><c>path(line,col)</c>, the path escaped (<see cref="DisplayText"/>): a file name may hold any character.</summary>
    public override string ToString() => $"{DisplayText.Escape(Path)}({Line},{Column})";
}
