using System.Text;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Templates;
using DossierGen.Word;

namespace DossierGen.Generation;

/// <summary>
/// Turns an assessment into the files of a dossier, in memory: per market one .docx per section the
/// change touches with its Markdown twin, the cross-market assessment (.docx and .md), the
/// assessment JSON, and a manifest of every file's SHA-256. Nothing is written here.
/// </summary>
public static class DossierGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<GeneratedFile>? Generate(ChangeAssessment assessment, TemplateSet templates, DiagnosticBag diagnostics, DossierLayout layout = DossierLayout.Markets)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var description = assessment.Description;
        var root = description.Id + "/";
        var models = new DossierModelBuilder(templates.Labels);
        var american = models.WithLabels(templates.Labels.ForUnitedStates());
        var inputs = Provenance.Inputs(description);
        var files = new List<GeneratedFile>();
        var errors = diagnostics.Count;
        // The header and the document properties hold one-line fields on one line, as the body does.
        var (title, product) = (MarkdownText.OneLine(description.Title), MarkdownText.OneLine(description.Product.Name));
        // A submitted document's properties name its sponsor as author, not the tool that drafted it.
        var sponsor = description.Product.Sponsor is { } named ? MarkdownText.OneLine(named) : null;
        var plans = assessment.Markets.Select(m => (Market: m, Plan: SectionPlanner.Plan(templates.Outline, description, m))).ToList();
        var shared = Module3Planner.Plan(templates.Outline, description, plans);
        var sharedPaths = shared.Select(s => (s.Section.Number, Path: DossierPaths.SharedDocument(layout, s.Section))).ToList();
        var placeholders = new List<Templates.Model.PlaceholderModel>();
        // What each Word document came from, by its path: kept in the manifest, never in a Module 1
        // or Module 3 document (a rule id in a submitted file's properties is internal data).
        var provenance = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (market, plan) in plans)
        {
            var own = plan.Where(p => !Module3Planner.IsShared(p.Section)).Select(p => (Planned: p, Path: DossierPaths.MarketDocument(layout, market.Market, p.Section))).ToList();
            var targets = own.Select(o => (o.Planned.Section.Number, o.Path)).Concat(sharedPaths).ToList();
            foreach (var (planned, path) in own)
            {
                var section = planned.Section;
                var model = (market.Market == Market.US ? american : models).Section(assessment, market, planned, plan);
                var markdown = templates.Render(section.Template, model, diagnostics);
                if (markdown is null)
                {
                    continue;
                }

                if (section.Number == "1" || section.Number.StartsWith("1.", StringComparison.Ordinal))
                {
                    var open = Templates.Regional.Placeholders.In(markdown);
                    if (open.Count > 0)
                    {
                        placeholders.Add(new Templates.Model.PlaceholderModel { Market = market.Market.ToString(), Document = section.Number == "1" ? section.Title : $"{section.Number} {section.Title}", Entries = string.Join("; ", open) });
                    }
                }

                var info = new DocumentInfo(
                    $"{section.Number} {section.Title}",
                    $"{description.Id}: {title}",
                    $"{product} · {description.Id} · {market.Market} · {(section.Number == "1" ? "Module 1" : section.Number)}",
                    assessment.AsOf,
                    Language(section.Language, market.Market))
                {
                    Author = sponsor,
                    SectionNumber = section.Number,
                    SectionFiles = SectionFiles(path, targets),
                    Paper = market.Market == Market.US ? PaperSize.Letter : PaperSize.A4,
                    Control = Control(description, $"{market.Market}-{section.Number}"),
                };
                provenance[path + ".docx"] = Provenance.For(inputs, planned.Decisions.SelectMany(d => d.AllRules), templates.Fingerprint(section.Template));
                AddDocument(files, root + path, markdown, info, templates, section, $"{market.Market} {section.Number}", diagnostics);
            }
        }

        // Module 3 is written once, the same for every market: British spelling (ICH's), A4, and no
        // market in its header, so the files are the same bytes wherever they are filed.
        foreach (var (section, path) in shared.Select((s, i) => (s, sharedPaths[i].Path)))
        {
            var markdown = templates.Render(section.Section.Template, models.Module3Section(assessment, section), diagnostics);
            if (markdown is null)
            {
                continue;
            }

            var number = section.Section.Number;
            var info = new DocumentInfo($"{number} {section.Section.Title}", $"{description.Id}: {title}", $"{product} · {description.Id} · {number}", assessment.AsOf, section.Section.Language)
            {
                Author = sponsor,
                SectionNumber = number,
                SectionFiles = SectionFiles(path, sharedPaths),
                Paper = PaperSize.A4,
                Control = Control(description, number),
            };
            provenance[path + ".docx"] = Provenance.For(inputs, section.PerMarket.SelectMany(p => p.Planned.Decisions).SelectMany(d => d.AllRules), templates.Fingerprint(section.Section.Template));
            AddDocument(files, root + path, markdown, info, templates, section.Section, number, diagnostics);
        }

        var summary = templates.Render(TemplateSet.AssessmentTemplate, models.Assessment(assessment, placeholders), diagnostics);
        if (summary is not null)
        {
            // The internal memo also keeps its provenance in its own properties, so a redline of two
            // memos taken out of their dossiers still names its causes.
            var memoProvenance = Provenance.For(inputs, assessment.Markets.SelectMany(m => m.Changes.SelectMany(d => d.AllRules)), templates.Fingerprint(TemplateSet.AssessmentTemplate));
            provenance["assessment.docx"] = memoProvenance;
            var info = new DocumentInfo($"Regulatory assessment {description.Id}", title, $"{product} · {description.Id} · US/EU/JP assessment", assessment.AsOf, "en-GB")
            {
                Properties = memoProvenance,
                Control = Control(description, "assessment"),
            };
            files.Add(new GeneratedFile(root + "assessment.md", Utf8.GetBytes(summary)));
            files.Add(new GeneratedFile(root + "assessment.docx", MarkdownToDocx.Convert(summary, info, templates.Reference)));
        }

        if (diagnostics.Count > errors && diagnostics.HasErrors)
        {
            return null;
        }

        files.Add(new GeneratedFile(root + "assessment.json", Utf8.GetBytes(AssessmentJsonWriter.Write(assessment))));
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        files.Add(new GeneratedFile(root + "manifest.json", Manifest(description.Id, files, layout, provenance)));
        return files;
    }

    /// <summary>
    /// The manifest again for a dossier's files after some were added or replaced (PDFs) or taken
    /// from disk (check): the layout and the documents' provenance of the manifest written first.
    /// </summary>
    internal static byte[] Manifest(string changeId, IReadOnlyList<GeneratedFile> files, byte[] written) =>
        Manifest(changeId, files, DossierManifest.LayoutOf(written), DossierManifest.ProvenanceOf(written));

    /// <summary>A rendered section as its Markdown twin (chart blocks shown as their data) and its Word document (charts native), unless a chart block does not read.</summary>
    private static void AddDocument(List<GeneratedFile> files, string path, string markdown, DocumentInfo info, TemplateSet templates, OutlineSection section, string document, DiagnosticBag diagnostics)
    {
        var charts = Charts.ChartBlocks.Read(markdown);
        if (!ChartsRead(charts, templates, section, document, diagnostics))
        {
            return;
        }

        files.Add(new GeneratedFile(path + ".md", Charts.ChartBlocks.Twin(markdown, charts)));
        files.Add(new GeneratedFile(path + ".docx", MarkdownToDocx.Convert(markdown, info, templates.Reference, Charts.ChartBlocks.Known(charts))));
    }

    /// <summary>
    /// Every chart block of a rendered section reads; a fault is reported at the chart fence of the
    /// template (or partial) that wrote it, with its place within the block.
    /// </summary>
    private static bool ChartsRead(IReadOnlyList<Charts.ChartBlock> charts, TemplateSet templates, OutlineSection section, string document, DiagnosticBag diagnostics)
    {
        var read = true;
        for (var i = 0; i < charts.Count; i++)
        {
            if (charts[i].Problem is { } problem)
            {
                diagnostics.Error(problem.Code, templates.ChartFence(section.Template), $"chart block {i + 1} of {document}, line {problem.Line}, column {problem.Column} of the block: {problem.Message}");
                read = false;
            }
        }

        return read;
    }

    /// <summary>The documents a document's cross-references may reach, by the section they hold, as links relative to it (the first document of a number wins).</summary>
    private static Dictionary<string, string> SectionFiles(string from, IEnumerable<(string Number, string Path)> targets)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, path) in targets)
        {
            files.TryAdd(number, DossierPaths.Link(from, path));
        }

        return files;
    }

    /// <summary>
    /// A document's language: a section's own where the outline gives one other than the default
    /// (ja-JP), else the market's English: American for the FDA, British for the EU and Japan (the
    /// spelling of the rules and of the EU and ICH texts they quote).
    /// </summary>
    private static string Language(string sectionLanguage, Market market) =>
        sectionLanguage == OutlineSection.DefaultLanguage && market == Market.US ? "en-US" : sectionLanguage;

    /// <summary>The document-control block's values: the document number is the dossier's, then the document's own part.</summary>
    private static DocumentControl Control(ChangeDescription description, string document)
    {
        var (number, version) = description.DocumentControl;
        return new DocumentControl(
            number is null ? null : $"{MarkdownText.OneLine(number)}-{document}",
            version is null ? null : MarkdownText.OneLine(version),
            description.Product.Sponsor is { } sponsor ? MarkdownText.OneLine(sponsor) : null);
    }

    /// <summary>The manifest of a change's files (all but the manifest itself, in path order): what `check` expects beside committed files too.</summary>
    /// <param name="provenance">Each Word document's provenance by its path in the dossier folder (as the manifest lists it), written under its entry.</param>
    internal static byte[] Manifest(string changeId, IReadOnlyList<GeneratedFile> files, DossierLayout layout = DossierLayout.Markets, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? provenance = null)
    {
        return JsonText.Utf8(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "dossiergen/manifest@1");
            json.WriteString("change", changeId);
            json.WriteString("layout", DossierPaths.Name(layout));
            DossierManifest.WriteFiles(json, changeId, files, provenance);
            json.WriteEndObject();
        });
    }
}
