using System.Globalization;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Formats;

namespace DossierGen.Inputs;

/// <summary>Checks any DossierGen file by its <c>format:</c> line, with everything it references.</summary>
public static class InputFileValidator
{
    public static ValidatedFile? Validate(string path, Workspace defaults, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var probe = new DiagnosticBag();
        var opened = FormattedYamlFile.OpenAny(path, FormatTags.InputFiles, probe);
        if (opened is null)
        {
            diagnostics.AddRange(probe.Sorted());
            return null;
        }

        switch (opened.Value.Format)
        {
            case FormatTags.Change:
                var workspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
                if (workspace is null)
                {
                    return null;
                }

                var change = new ChangeFileReader(workspace.InputSources).Read(path, diagnostics);
                return change is null ? null : new ValidatedFile(path, "change", string.Create(
                    CultureInfo.InvariantCulture,
                    $"change {change.Id}: {change.Changes.Count} change{(change.Changes.Count == 1 ? "" : "s")} to {change.Product.Name} for {string.Join(", ", change.Markets)}"));
            case FormatTags.Product:
                var product = ProductReader.ReadFile(path, diagnostics);
                return product is null ? null : new ValidatedFile(path, "product", $"product {product.Name} ({product.Modality}) in {string.Join(", ", product.Markets.Select(m => $"{m.Market} {m.Stage.ToString().ToLowerInvariant()}"))}");
            case FormatTags.MasterFile:
                var masterFile = MasterFileReader.ReadFile(path, diagnostics);
                return masterFile is null ? null : new ValidatedFile(path, "master-file", $"master file {masterFile.Id} held by {masterFile.Holder}, filed in {(masterFile.Filings.Count == 0 ? "no market" : string.Join(", ", masterFile.Filings.Select(f => f.Market)))}");
            case FormatTags.Comparability:
                var studyWorkspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
                var study = studyWorkspace is null ? null : Comparability.ComparabilityReader.ReadFile(path, studyWorkspace.InputSources, changeIds: null, diagnostics);
                return study is null ? null : new ValidatedFile(path, "comparability", string.Create(
                    CultureInfo.InvariantCulture,
                    $"comparability study {study.Id}: {study.Lots.Count} lots, {study.Attributes.Count} attribute{(study.Attributes.Count == 1 ? "" : "s")}, {(study.Design == Comparability.StudyDesign.Paired ? "paired" : "independent")} design, covers {string.Join(", ", study.Covers)}"));
            case FormatTags.Configuration:
                var configured = WorkspaceLocator.Read(path, defaults, diagnostics);
                return configured is null ? null : new ValidatedFile(path, "configuration", $"rules {configured.RulesDirectory}, templates {configured.TemplatesDirectory}");
            default:
                throw new InvalidOperationException($"format {opened.Value.Format} has no validator");
        }
    }
}
