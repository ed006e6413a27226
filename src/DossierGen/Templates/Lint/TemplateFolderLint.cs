using DossierGen.Diagnostics;

namespace DossierGen.Templates.Lint;

/// <summary>
/// <c>templates lint</c>: a company's templates folder loaded exactly as <c>generate</c> loads it
/// (outline, labels, reference document, every template and partial parsed and linted against the
/// model), without any change to render, so a fault shows before the first dossier.
/// </summary>
public static class TemplateFolderLint
{
    /// <summary>True when the folder holds a templates outline or any template (Scriban, or Handlebars from before, which lint then explains).</summary>
    public static bool HoldsTemplates(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return File.Exists(Path.Combine(directory, TemplateSet.OutlineFile))
            || Directory.EnumerateFiles(directory, "*.md.*", SearchOption.AllDirectories)
                .Any(f => f.EndsWith(TemplateSet.TemplateExtension, StringComparison.Ordinal) || f.EndsWith(".md.hbs", StringComparison.Ordinal));
    }

    /// <returns>The number of templates and partials checked, or null when the folder has faults (added to <paramref name="diagnostics"/>).</returns>
    public static int? Lint(string directory, DiagnosticBag diagnostics) =>
        TemplateSet.Load(directory, diagnostics)?.Files.Count;
}
