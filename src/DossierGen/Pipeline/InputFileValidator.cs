using System.Globalization;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Impact;
using DossierGen.Inputs;
using DossierGen.Inputs.Comparability;
using DossierGen.Rules;
using DossierGen.RuleTests;
using DossierGen.Templates;

namespace DossierGen.Pipeline;

/// <summary>
/// <c>validate</c>: checks any file of a format DossierGen reads, chosen by its format tag, with
/// everything it references. A change or dossiergen.yaml brings the rules and templates folders a
/// run would use (loaded once per folder for all files of one run); a templates folder's outline.yaml
/// and labels.yaml bring the whole folder; a rule test file brings its rules folder.
/// </summary>
public sealed class InputFileValidator(Workspace defaults)
{
    private readonly ChangeLoader _loader = new(defaults);

    /// <summary>Checks one file on its own, for callers with a single file.</summary>
    public static ValidatedFile? Validate(string path, Workspace defaults, DiagnosticBag diagnostics) =>
        new InputFileValidator(defaults).Validate(path, diagnostics);

    public ValidatedFile? Validate(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var probe = new DiagnosticBag();
        var opened = FormattedYamlFile.OpenAny(path, FormatTags.All, probe);
        if (opened is null)
        {
            diagnostics.AddRange(probe.Sorted());
            return null;
        }

        return opened.Value.Format switch
        {
            FormatTags.Change => Change(path, diagnostics),
            FormatTags.Product => Product(path, diagnostics),
            FormatTags.MasterFile => MasterFile(path, diagnostics),
            FormatTags.Configuration => Configuration(path, diagnostics),
            FormatTags.Rules => RulesFile(path, diagnostics),
            FormatTags.RuleTests => RuleTests(path, diagnostics),
            FormatTags.Outline or FormatTags.Labels => TemplatesFile(path, opened.Value.Format, diagnostics),
            FormatTags.MasterFileChange => MasterFileChange(path, diagnostics),
            FormatTags.Comparability => Study(path, diagnostics),
            _ => throw new InvalidOperationException($"format {opened.Value.Format} has no validator"),
        };
    }

    private ValidatedFile? Change(string path, DiagnosticBag diagnostics)
    {
        var workspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
        if (workspace is null)
        {
            return null;
        }

        var change = new ChangeFileReader(workspace.InputSources).Read(path, diagnostics);
        var usable = WorkspaceLoads(workspace, diagnostics);
        return change is null || !usable ? null : new ValidatedFile(path, "change", string.Create(
            CultureInfo.InvariantCulture,
            $"change {change.Id}: {change.Changes.Count} change{(change.Changes.Count == 1 ? "" : "s")} to {change.Product.Name} for {string.Join(", ", change.Markets)}"));
    }

    private static ValidatedFile? Product(string path, DiagnosticBag diagnostics) =>
        ProductReader.ReadFile(path, diagnostics) is { } product
            ? new ValidatedFile(path, "product", $"product {product.Name} ({product.Modality}) in {string.Join(", ", product.Markets.Select(m => $"{m.Market} {m.Stage.ToString().ToLowerInvariant()}"))}")
            : null;

    private static ValidatedFile? MasterFile(string path, DiagnosticBag diagnostics) =>
        MasterFileReader.ReadFile(path, diagnostics) is { } masterFile
            ? new ValidatedFile(path, "master-file", $"master file {masterFile.Id} held by {masterFile.Holder}, filed in {(masterFile.Filings.Count == 0 ? "no market" : string.Join(", ", masterFile.Filings.Select(f => f.Market)))}")
            : null;

    /// <summary>A study on its own: everything but the check that its <c>covers</c> names changes of a change file.</summary>
    private ValidatedFile? Study(string path, DiagnosticBag diagnostics)
    {
        var workspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
        var study = workspace is null ? null : ComparabilityReader.ReadFile(path, workspace.InputSources, changeIds: null, diagnostics);
        return study is null ? null : new ValidatedFile(path, "comparability", string.Create(
            CultureInfo.InvariantCulture,
            $"comparability study {study.Id}: {study.Lots.Count} lots, {study.Attributes.Count} attribute{(study.Attributes.Count == 1 ? "" : "s")}, {(study.Design == StudyDesign.Paired ? "paired" : "independent")} design, covers {string.Join(", ", study.Covers)}"));
    }

    private ValidatedFile? Configuration(string path, DiagnosticBag diagnostics)
    {
        var configured = WorkspaceLocator.Read(path, defaults, diagnostics);
        return configured is not null && WorkspaceLoads(configured, diagnostics)
            ? new ValidatedFile(path, "configuration", $"rules {configured.RulesDirectory}, templates {configured.TemplatesDirectory}")
            : null;
    }

    /// <summary>Loads (once per folder) the rules and templates a workspace names, reporting their faults; true when both load.</summary>
    private bool WorkspaceLoads(Workspace workspace, DiagnosticBag diagnostics)
    {
        var rules = _loader.RulesFor(workspace, diagnostics);
        var templates = _loader.TemplatesFor(workspace, diagnostics);
        return rules is not null && templates is not null;
    }

    private static ValidatedFile? RulesFile(string path, DiagnosticBag diagnostics) =>
        RuleReader.Read(path, diagnostics) is { } file
            ? new ValidatedFile(path, "rules", string.Create(CultureInfo.InvariantCulture, $"{file.Rules.Count} {file.Market} rule{(file.Rules.Count == 1 ? "" : "s")}"))
            : null;

    private ValidatedFile? RuleTests(string path, DiagnosticBag diagnostics)
    {
        var rulesPath = RuleTestSuite.RulesPathFor(path);
        if (FileEntry.KindOf(rulesPath) == EntryKind.Missing)
        {
            diagnostics.Error(DiagnosticCodes.TestWithoutRuleFile, SourceLocation.StartOf(path), $"no rules file '{Path.GetFileName(rulesPath)}' beside this test file");
            return null;
        }

        var rulesFile = RuleReader.Read(rulesPath, diagnostics);
        var tests = rulesFile is null ? null : RuleTestReader.Read(path, rulesPath, rulesFile.Market, diagnostics);
        if (tests is null)
        {
            return null;
        }

        // The cases run against the whole rules folder the file sits in (rules/fda/x.test.yaml runs against rules/).
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
        var rules = RuleSetLoader.MarketFolders.Contains(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))))
            ? _loader.RulesFor(defaults with { RulesDirectory = folder }, diagnostics)
            : new RuleSet([rulesFile!]);
        return rules is not null && RuleTestSuite.NamesOnlyKnownRules(tests, rules, diagnostics)
            ? new ValidatedFile(path, "rule-tests", string.Create(CultureInfo.InvariantCulture, $"{tests.Cases.Count} case{(tests.Cases.Count == 1 ? "" : "s")} for {tests.Market} rules file {Path.GetFileName(rulesPath)}"))
            : null;
    }

    /// <summary>The folder's own outline.yaml or labels.yaml brings the whole templates folder; a file by another name is read alone.</summary>
    private ValidatedFile? TemplatesFile(string path, string format, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (Path.GetFileName(path) == (format == FormatTags.Outline ? TemplateSet.OutlineFile : TemplateSet.LabelsFile))
        {
            return _loader.TemplatesFor(defaults with { TemplatesDirectory = folder }, diagnostics) is { } templates
                ? new ValidatedFile(path, "templates", string.Create(CultureInfo.InvariantCulture, $"templates folder {folder}: {templates.Outline.Count} sections"))
                : null;
        }

        return format == FormatTags.Outline
            ? TemplateSet.ReadOutline(path, diagnostics) is { } outline ? new ValidatedFile(path, "outline", string.Create(CultureInfo.InvariantCulture, $"outline of {outline.Count} sections")) : null
            : TemplateSet.ReadLabels(path, diagnostics) is not null ? new ValidatedFile(path, "labels", "labels") : null;
    }

    private static ValidatedFile? MasterFileChange(string path, DiagnosticBag diagnostics) =>
        MasterFileChangeReader.Read(path, diagnostics) is { } change
            ? new ValidatedFile(path, "master-file-change", $"master-file change {change.Id} to {change.MasterFileId} ({change.Significance})")
            : null;
}
