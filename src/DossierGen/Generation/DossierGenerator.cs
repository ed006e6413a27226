using System.Security.Cryptography;
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

    public static IReadOnlyList<GeneratedFile>? Generate(ChangeAssessment assessment, TemplateSet templates, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var description = assessment.Description;
        var root = description.Id + "/";
        var models = new DossierModelBuilder(templates.Labels);
        var american = new DossierModelBuilder(templates.Labels.ForUnitedStates());
        var inputs = Provenance.Inputs(description);
        var files = new List<GeneratedFile>();
        var errors = diagnostics.Count;
        // The header and the document properties hold one-line fields on one line, as the body does.
        var (title, product) = (MarkdownText.OneLine(description.Title), MarkdownText.OneLine(description.Product.Name));
        foreach (var market in assessment.Markets)
        {
            var plan = SectionPlanner.Plan(templates.Outline, description, market);
            var sectionFiles = SectionFiles(plan);
            foreach (var planned in plan)
            {
                var section = planned.Section;
                var model = (market.Market == Market.US ? american : models).Section(assessment, market, planned);
                var markdown = templates.Render(section.Template, model, diagnostics);
                if (markdown is null)
                {
                    continue;
                }

                var info = new DocumentInfo(
                    $"{section.Number} {section.Title}",
                    $"{description.Id}: {title}",
                    $"{product} · {description.Id} · {market.Market} · {(section.Number == "1" ? "Module 1" : section.Number)}",
                    assessment.AsOf,
                    Language(section.Language, market.Market))
                {
                    Properties = Provenance.For(inputs, planned.Decisions.SelectMany(d => d.AllRules), templates.Fingerprint(section.Template)),
                    SectionNumber = section.Number,
                    SectionFiles = sectionFiles,
                    Paper = market.Market == Market.US ? PaperSize.Letter : PaperSize.A4,
                    Control = Control(description, $"{market.Market}-{section.Number}"),
                };
                var charts = Charts.ChartBlocks.Read(markdown);
                if (!ChartsRead(charts, templates, section, market, diagnostics))
                {
                    continue;
                }

                var path = $"{root}{market.Market}/{section.File}";
                files.Add(new GeneratedFile(path + ".md", Utf8.GetBytes(Charts.ChartBlocks.Twin(markdown, charts))));
                files.Add(new GeneratedFile(path + ".docx", MarkdownToDocx.Convert(markdown, info, templates.Reference)));
            }
        }

        var summary = templates.Render(TemplateSet.AssessmentTemplate, models.Assessment(assessment), diagnostics);
        if (summary is not null)
        {
            var info = new DocumentInfo($"Regulatory assessment {description.Id}", title, $"{product} · {description.Id} · US/EU/JP assessment", assessment.AsOf, "en-GB")
            {
                Properties = Provenance.For(inputs, assessment.Markets.SelectMany(m => m.Changes.SelectMany(d => d.AllRules)), templates.Fingerprint(TemplateSet.AssessmentTemplate)),
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
        files.Add(new GeneratedFile(root + "manifest.json", Manifest(description.Id, files)));
        return files;
    }

    /// <summary>
    /// Every chart block of a rendered section reads; a fault is reported at the chart fence of the
    /// template (or partial) that wrote it, with its place within the block.
    /// </summary>
    private static bool ChartsRead(IReadOnlyList<Charts.ChartBlock> charts, TemplateSet templates, OutlineSection section, MarketAssessment market, DiagnosticBag diagnostics)
    {
        var read = true;
        for (var i = 0; i < charts.Count; i++)
        {
            if (charts[i].Problem is { } problem)
            {
                diagnostics.Error(problem.Code, templates.ChartFence(section.Template), $"chart block {i + 1} of {market.Market} {section.Number}, line {problem.Line}, column {problem.Column} of the block: {problem.Message}");
                read = false;
            }
        }

        return read;
    }

    /// <summary>A market's documents by the section they hold, relative to one another (they share a folder): where cross-references between them go.</summary>
    private static Dictionary<string, string> SectionFiles(IReadOnlyList<SectionPlanner.PlannedSection> plan)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var planned in plan)
        {
            files.TryAdd(planned.Section.Number, Uri.EscapeDataString(planned.Section.File) + ".docx");
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
    internal static byte[] Manifest(string changeId, IReadOnlyList<GeneratedFile> files)
    {
        return JsonText.Utf8(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "dossiergen/manifest@1");
            json.WriteString("change", changeId);
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.RelativePath[(changeId.Length + 1)..]);
                json.WriteNumber("bytes", file.Content.Length);
                json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(file.Content)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
