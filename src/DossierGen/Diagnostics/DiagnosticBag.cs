namespace DossierGen.Diagnostics;

/// <summary>
/// Collects every fault found in the user's files, so one run reports them all at once.
/// User errors are collected here, never thrown; exceptions are for defects in DossierGen itself.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public int Count => _items.Count;

    public void Error(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location));

    /// <param name="excerpt">Lines to show under the diagnostic (the source line and a caret), or null.</param>
    public void Error(string code, SourceLocation location, string message, string? excerpt) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location) { Excerpt = excerpt });

    public void Warning(string code, SourceLocation location, string message) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Diagnostics by file, line and column, so output is stable whatever order checks ran in; a
    /// fault found twice (a template rendered for three markets) is reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .Distinct()
            .Select((d, i) => (d, i))
            .OrderBy(p => p.d.Location.Path, StringComparer.Ordinal)
            .ThenBy(p => p.d.Location.Line)
            .ThenBy(p => p.d.Location.Column)
            .ThenBy(p => p.i)
            .Select(p => p.d)];
}
