using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Word;
using DossierGen.Yaml;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace DossierGen.Templates;

/// <summary>
/// A templates folder loaded and compiled once: the outline, the labels, every section template
/// and partial in one strict Handlebars environment, and the reference document.
/// </summary>
public sealed class TemplateSet
{
    public const string AssessmentTemplate = "assessment.md.hbs";

    /// <summary>The largest template or partial read, a hundred times the largest shipped one, so a huge file is refused, not loaded.</summary>
    public const long MaxTemplateBytes = 256 * 1024;

    private readonly Dictionary<string, (HandlebarsTemplate<object, object> Compiled, string Source, string Path, string Fingerprint)> _templates;

    private TemplateSet(string directory, IReadOnlyList<OutlineSection> outline, Labels labels, ReferenceDocument reference, Dictionary<string, (HandlebarsTemplate<object, object>, string, string, string)> templates)
    {
        Directory = directory;
        Outline = outline;
        Labels = labels;
        Reference = reference;
        _templates = templates;
    }

    public string Directory { get; }

    public IReadOnlyList<OutlineSection> Outline { get; }

    public Labels Labels { get; }

    public ReferenceDocument Reference { get; }

    /// <summary>A hash of a template with every partial and the labels, so a redline can tell a template change; computed at load.</summary>
    public string Fingerprint(string template) => _templates[template].Fingerprint;

    public const string OutlineFile = "outline.yaml";

    public const string LabelsFile = "labels.yaml";

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var outline = ReadOutline(Path.Combine(directory, OutlineFile), local);
        var labels = ReadLabels(Path.Combine(directory, LabelsFile), local);
        var reference = ReferenceDocument.Load(Path.Combine(directory, "reference.docx"), local);
        var handlebars = CreateEnvironment();
        var partials = Path.Combine(directory, "partials");
        var partialFiles = System.IO.Directory.Exists(partials)
            ? System.IO.Directory.EnumerateFiles(partials, "*.md.hbs").Order(StringComparer.Ordinal)
                .Select(f => (Path: f, Source: ReadTemplate(f, local))).Where(p => p.Source is not null).Select(p => (p.Path, Source: p.Source!)).ToList()
            : [];
        foreach (var (file, source) in partialFiles)
        {
            if (Compile(handlebars, file, source, local) is not null)
            {
                handlebars.RegisterTemplate(Path.GetFileName(file)[..^".md.hbs".Length], source);
            }
        }

        // What every template shares, for its fingerprint: the partials and the labels.
        var labelsPath = Path.Combine(directory, "labels.yaml");
        var shared = string.Concat(partialFiles.Select(p => p.Source)) + (labels is null ? "" : TextFileReader.Read(labelsPath, YamlLimits.Default.MaxBytes, local));
        var templates = new Dictionary<string, (HandlebarsTemplate<object, object>, string, string, string)>(StringComparer.Ordinal);
        foreach (var template in (outline ?? []).Select(s => s.Template).Append(AssessmentTemplate).Distinct())
        {
            var path = Path.Combine(directory, template);
            if (FileEntry.KindOf(path) == EntryKind.Missing)
            {
                local.Error(DiagnosticCodes.TemplateNotFound, SourceLocation.StartOf(Path.Combine(directory, "outline.yaml")), $"template '{template}' does not exist (looked for '{path}')");
                continue;
            }

            var source = ReadTemplate(path, local);
            if (source is not null && Compile(handlebars, path, source, local) is { } compiled)
            {
                templates[template] = (compiled, source, path, template + "@" + Generation.Provenance.Hash(source + shared));
            }
        }

        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors)
        {
            return null;
        }

        return new TemplateSet(directory, outline!, labels!, reference!, templates);
    }

    /// <summary>A template or partial as text: a regular file of at most <see cref="MaxTemplateBytes"/> in UTF-8.</summary>
    private static string? ReadTemplate(string path, DiagnosticBag diagnostics) =>
        TextFileReader.Read(path, MaxTemplateBytes, diagnostics, allowEmpty: true);

    /// <summary>Renders a template with a model; a template fault is a diagnostic with the template's path and line.</summary>
    public string? Render(string template, object model, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var (compiled, source, path, _) = _templates[template];
        try
        {
            return compiled(model).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateUnknownVariable, Locate(path, source, e.Path), $"the template uses '{e.Path}', which the dossier model does not have");
        }
        catch (HandlebarsRuntimeException e) when (e.InnerException is HandlebarsUndefinedBindingException inner)
        {
            diagnostics.Error(DiagnosticCodes.TemplateUnknownVariable, Locate(path, source, inner.Path), $"a partial of this template uses '{inner.Path}', which the dossier model does not have");
        }
        catch (HandlebarsRuntimeException e) when (e.Message.Contains("partial", StringComparison.OrdinalIgnoreCase))
        {
            var name = e.Message.Split('\'', '"').Skip(1).FirstOrDefault() ?? "";
            diagnostics.Error(DiagnosticCodes.TemplateMissingPartial, Locate(path, source, "{{> " + name), $"the template uses a partial that does not exist: {e.Message}");
        }

        return null;
    }

    private static IHandlebars CreateEnvironment()
    {
        // Strict on purpose: an unknown variable is an error, not an empty string; no HTML
        // escaping (the output is Markdown, escaped by the md and cell helpers); invariant culture.
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        handlebars.RegisterHelper("md", (writer, context, arguments) => writer.WriteSafeString(MarkdownText.Escape(Text(arguments))));
        handlebars.RegisterHelper("cell", (writer, context, arguments) => writer.WriteSafeString(MarkdownText.Cell(Text(arguments))));
        handlebars.RegisterHelper("lower", (writer, context, arguments) =>
        {
            var text = Text(arguments);
            writer.WriteSafeString(text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..]);
        });
        return handlebars;
    }

    private static string Text(Arguments arguments) =>
        arguments.Length == 0 || arguments[0] is null ? "" : Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? "";

    private static HandlebarsTemplate<object, object>? Compile(IHandlebars handlebars, string path, string source, DiagnosticBag diagnostics)
    {
        try
        {
            return handlebars.Compile(source);
        }
        catch (HandlebarsException e)
        {
            // Handlebars.Net does not say where; the name it quotes (a block helper) is looked up instead.
            var quoted = e.Message.Split('\'').Skip(1).FirstOrDefault();
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, Locate(path, source, quoted is null ? null : "{{#" + quoted), "template syntax error: " + e.Message);
            return null;
        }
    }

    /// <summary>The first line of the template that mentions the path (whole, then its last part), so the user can find it.</summary>
    private static SourceLocation Locate(string path, string source, string? needle)
    {
        var lines = source.Split('\n');
        var candidates = needle is null ? [] : new[] { needle, needle.Split('.', '/')[^1] };
        foreach (var candidate in candidates.Where(c => c.Length > 0))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(candidate, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceLocation(path, i + 1, column + 1);
                }
            }
        }

        return SourceLocation.StartOf(path);
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
