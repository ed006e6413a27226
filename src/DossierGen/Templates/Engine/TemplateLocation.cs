using DossierGen.Diagnostics;
using Scriban.Parsing;

namespace DossierGen.Templates.Engine;

/// <summary>Where a Scriban span is, as a diagnostic location: its file, and line and column from 1 (Scriban counts from 0).</summary>
internal static class TemplateLocation
{
    public static SourceLocation Of(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
}
