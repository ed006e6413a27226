using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Templates.Engine;
using DossierGen.Templates.Lint;
using DossierGen.Templates.Model;
using DossierGen.Word;
using DossierGen.Yaml;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DossierGen.Templates;

/// <summary>
/// A templates folder loaded and checked once: the outline, the labels, every section template and
/// partial parsed by Scriban and linted against the typed model it renders with, and the reference
/// document. A template that loads renders without an unknown name.
/// </summary>
public sealed class TemplateSet
{
    public const string TemplateExtension = ".md.sbn";

    public const string AssessmentTemplate = "assessment" + TemplateExtension;

    public const string PartialsFolder = "partials";

    /// <summary>The largest template or partial read, a hundred times the largest shipped one, so a huge file is refused, not loaded.</summary>
    public const long MaxTemplateBytes = 256 * 1024;

    private static readonly ScriptObject Functions = TemplateFunctions.Create();

    private readonly Dictionary<string, CompiledTemplate> _templates;
    private readonly PartialTemplates _partials;

    private TemplateSet(string directory, IReadOnlyList<OutlineSection> outline, Labels labels, ReferenceDocument reference, Dictionary<string, CompiledTemplate> templates, PartialTemplates partials, IReadOnlyList<string> files)
    {
        Directory = directory;
        Outline = outline;
        Labels = labels;
        Reference = reference;
        _templates = templates;
        _partials = partials;
        Files = files;
    }

    public string Directory { get; }

    public IReadOnlyList<OutlineSection> Outline { get; }

    public Labels Labels { get; }

    public ReferenceDocument Reference { get; }

    /// <summary>Every template and partial file loaded, in the order checked.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>A hash of a template with every partial and the labels, so a redline can tell a template change; computed at load.</summary>
    public string Fingerprint(string template) => _templates[template].Fingerprint;

    /// <summary>
    /// Where a template's chart blocks come from, for a diagnostic about one: the first line that
    /// opens a <c>dossiergen-chart</c> fence in the template, else in a partial, else the template's start.
    /// </summary>
    public SourceLocation ChartFence(string template)
    {
        var path = Path.Combine(Directory, template);
        foreach (var file in Files.Where(f => f == path).Concat(Files.Where(f => f != path && f.StartsWith(Path.Combine(Directory, PartialsFolder), StringComparison.Ordinal))))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf("```" + Markdown.Charts.ChartData.Info, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceLocation(file, i + 1, column + 1);
                }
            }
        }

        return SourceLocation.StartOf(path);
    }

    public const string OutlineFile = "outline.yaml";

    public const string LabelsFile = "labels.yaml";

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var outline = ReadOutline(Path.Combine(directory, OutlineFile), local);
        var labels = ReadLabels(Path.Combine(directory, LabelsFile), local);
        var reference = ReferenceDocument.Load(Path.Combine(directory, "reference.docx"), local);
        var partialsFolder = Path.Combine(directory, PartialsFolder);
        var partialFiles = System.IO.Directory.Exists(partialsFolder)
            ? System.IO.Directory.EnumerateFiles(partialsFolder, "*" + TemplateExtension).Order(StringComparer.Ordinal)
                .Select(f => (Path: f, Source: ReadTemplate(f, local))).Where(p => p.Source is not null).Select(p => (p.Path, Source: p.Source!)).ToList()
            : [];
        var partials = new PartialTemplates(partialsFolder, partialFiles.ToDictionary(
            p => Path.GetFileName(p.Path)[..^TemplateExtension.Length],
            p => Parse(p.Path, p.Source, local),
            StringComparer.Ordinal));

        // What every template shares, for its fingerprint: the partials and the labels.
        var labelsPath = Path.Combine(directory, "labels.yaml");
        var shared = string.Concat(partialFiles.Select(p => p.Source)) + (labels is null ? "" : TextFileReader.Read(labelsPath, YamlLimits.Default.MaxBytes, local));
        var templates = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var (template, model) in (outline ?? []).Select(s => (s.Template, typeof(SectionModel))).Append((AssessmentTemplate, typeof(AssessmentModel))))
        {
            var path = Path.Combine(directory, template);
            if (templates.TryGetValue(template, out var loaded))
            {
                TemplateLinter.Lint(loaded.Parsed.Page, model, partials, local);
                continue;
            }

            if (FileEntry.KindOf(path) == EntryKind.Missing)
            {
                local.Error(DiagnosticCodes.TemplateNotFound, SourceLocation.StartOf(Path.Combine(directory, OutlineFile)), $"template '{template}' does not exist (looked for '{path}')");
                continue;
            }

            if (path.EndsWith(".hbs", StringComparison.Ordinal))
            {
                local.Error(DiagnosticCodes.TemplateSyntax, SourceLocation.StartOf(path), $"'{template}' is a Handlebars template; DossierGen's templates are Scriban ({TemplateExtension}) now: convert it and its partials as templates/README.md shows");
                continue;
            }

            var source = ReadTemplate(path, local);
            if (source is not null && Parse(path, source, local) is { } parsed)
            {
                files.Add(path);
                TemplateLinter.Lint(parsed.Page, model, partials, local);
                templates[template] = new CompiledTemplate(parsed, template + "@" + Generation.Provenance.Hash(source + shared));
            }
        }

        files.AddRange(partialFiles.Select(p => p.Path));
        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors)
        {
            return null;
        }

        return new TemplateSet(directory, outline!, labels!, reference!, templates, partials, files);
    }

    /// <summary>A template or partial as text: a regular file of at most <see cref="MaxTemplateBytes"/> in UTF-8.</summary>
    private static string? ReadTemplate(string path, DiagnosticBag diagnostics) =>
        TextFileReader.Read(path, MaxTemplateBytes, diagnostics, allowEmpty: true);

    /// <summary>Renders a template with its model; a fault Scriban meets while rendering is a diagnostic at its place in the template.</summary>
    public string? Render(string template, object model, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var context = new DossierTemplateContext(Functions, _partials);
        _partials.Prime(context);
        var globals = new ScriptObject();
        globals.Import(model, renamer: ModelNames.Of);
        context.PushGlobal(globals);
        try
        {
            return _templates[template].Parsed.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException e)
        {
            // The linter keeps unknown names out, so what is left is a value used wrongly.
            diagnostics.Error(DiagnosticCodes.TemplateWrongUse, TemplateLocation.Of(e.Span), "the template fails while rendering: " + e.OriginalMessage);
            return null;
        }
    }

    /// <summary>Parses a template or partial; a syntax error is a diagnostic at its line and column.</summary>
    private static Template? Parse(string path, string source, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(source, path);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, TemplateLocation.Of(message.Span), "template syntax error: " + message.Message);
        }

        return null;
    }

    internal static List<OutlineSection>? ReadOutline(string path, DiagnosticBag diagnostics)
    {
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.Outline, OutlineFormat.File, "the outline", diagnostics);
        if (root is null || !OutlineChecker.Check(root, path, diagnostics))
        {
            return null;
        }

        return [.. YamlAccess.Items(root, "sections").Cast<YamlMapping>().Select(s => new OutlineSection(
            YamlAccess.RequiredText(s, "id"),
            YamlAccess.RequiredText(s, "number"),
            YamlAccess.RequiredText(s, "title"),
            YamlAccess.RequiredText(s, "file"),
            YamlAccess.RequiredText(s, "template"),
            YamlAccess.Text(s, "purpose"),
            s.Get("markets") is null ? null : [.. YamlAccess.Texts(s, "markets").Select(YamlAccess.ParseMarket)],
            YamlAccess.Text(s, "language") ?? "en-GB",
            YamlAccess.Flag(s, "always", @default: false),
            YamlAccess.Texts(s, "kinds"),
            YamlAccess.Text(s, "material"),
            YamlAccess.Texts(s, "evidence")))];
    }

    internal static Labels? ReadLabels(string path, DiagnosticBag diagnostics)
    {
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.Labels, LabelsFormat.File, "the labels", diagnostics);
        if (root is null)
        {
            return null;
        }

        var groups = root.Entries.Where(e => e.Value is YamlMapping).ToDictionary(
            e => e.Key.Value,
            e => (IReadOnlyDictionary<string, (string, string)>)((YamlMapping)e.Value).Entries.ToDictionary(
                l => l.Key.Value,
                l => (YamlAccess.RequiredText((YamlMapping)l.Value, "en"), YamlAccess.RequiredText((YamlMapping)l.Value, "ja")),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
        var american = root.Entries.Where(e => e.Value is YamlMapping).ToDictionary(
            e => e.Key.Value,
            e => (IReadOnlyDictionary<string, string>)((YamlMapping)e.Value).Entries
                .Where(l => YamlAccess.Text((YamlMapping)l.Value, "en-US") is not null)
                .ToDictionary(l => l.Key.Value, l => YamlAccess.RequiredText((YamlMapping)l.Value, "en-US"), StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new Labels(groups) { American = american };
    }
}
