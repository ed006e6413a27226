using System.Globalization;

namespace DossierGen.Diagnostics;

/// <summary>One fault in a user's file, with the place it was found.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>
    /// The MSBuild-style line editors and CI annotators understand: <c>path(line,col): error DG1234: message</c>.
    /// Always one line: the user's text quoted in the path and message is escaped (<see cref="DisplayText"/>).
    /// </summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {DisplayText.Escape(Message)}");
}
