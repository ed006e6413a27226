using System.Globalization;

namespace DossierGen.Diagnostics;

/// <summary>One fault in a user's file, with the place it was found.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>
    /// Lines shown under the diagnostic line, such as the source line with a caret under the place,
    /// separated by line breaks; null for none. Printed indented, so the first line keeps its format.
    /// </summary>
    public string? Excerpt { get; init; }

    /// <summary>
    /// The MSBuild-style line editors and CI annotators understand: <c>path(line,col): error DG1234: message</c>,
    /// then any excerpt indented. The diagnostic line is always one line: the user's text quoted in the
    /// path and message is escaped (<see cref="DisplayText"/>), and so is each excerpt line.
    /// </summary>
    public override string ToString()
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {DisplayText.Escape(Message)}");
        return Excerpt is null ? line : line + string.Concat(Excerpt.Split('\n').Select(l => "\n    " + DisplayText.Escape(l)));
    }
}
