namespace DossierGen.Review.Reading;

/// <summary>
/// Unwinds the package check out of nested readers (a decompressing stream inside an XML reader)
/// when a part breaks a rule. It never leaves <see cref="WordPackageCheck"/>: callers get a
/// <see cref="WordDocumentProblem"/>, and the user a DG3008 diagnostic.
/// </summary>
internal sealed class UnreadablePartException(string part, string reason) : Exception($"{part}: {reason}")
{
    public string Part { get; } = part;

    public string Reason { get; } = reason;
}
