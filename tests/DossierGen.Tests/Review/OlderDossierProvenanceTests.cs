using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// A dossier committed before the provenance moved into the manifest carries it in each document's
/// custom properties and its manifest holds none: check still names the cause of a drift from there.
/// </summary>
public sealed class OlderDossierProvenanceTests
{
    [Fact]
    public void CheckNamesTheCauseFromACommittedDocumentsOwnProperties()
    {
        using var workspace = new TemporaryDirectory();
        CliRun.Invoke("init", workspace.Path);
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        var dossier = workspace.File("dossiers/CC-0001");
        MakeOlder(dossier);
        File.WriteAllText(change, File.ReadAllText(change).Replace("proposed: Site A and Site B", "proposed: Site A and Site C", StringComparison.Ordinal));

        var run = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("changed  dossiers/CC-0001/US/1.2-cover-letter.docx\n         cause: input C1.proposed changed from 'Site A and Site B' to 'Site A and Site C'\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AProvenanceChangeThatAltersNoTextIsNamedUnderTheManifest()
    {
        using var workspace = new TemporaryDirectory();
        CliRun.Invoke("init", workspace.Path);
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        // As if the committed dossier had been generated from another value of an input no text shows.
        var manifestPath = workspace.File("dossiers/CC-0001/manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        foreach (var entry in manifest["files"]!.AsArray().Select(f => f!["provenance"]).OfType<JsonObject>())
        {
            entry["DossierGen.Input.C1.us-test-fact"] = "old";
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var run = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("changed  dossiers/CC-0001/manifest.json\n         cause: input C1.us-test-fact changed from 'old' to (none)\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", run.Out, StringComparison.Ordinal);
    }

    /// <summary>Moves every document's provenance from the manifest back into the document, as DossierGen wrote it before.</summary>
    private static void MakeOlder(string dossier)
    {
        var manifestPath = Path.Combine(dossier, DossierManifest.FileName);
        var provenance = DossierManifest.ProvenanceOf(File.ReadAllBytes(manifestPath));
        Assert.NotEmpty(provenance);
        foreach (var (path, properties) in provenance)
        {
            using var document = WordprocessingDocument.Open(Path.Combine(dossier, path), isEditable: true);
            if (document.CustomFilePropertiesPart is { } old)
            {
                document.DeletePart(old);
            }

            var part = document.AddCustomFilePropertiesPart();
            part.Properties = new Properties();
            var id = 2;
            foreach (var (name, value) in properties)
            {
                part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = id++, Name = name });
            }
        }

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        foreach (var file in manifest["files"]!.AsArray())
        {
            file!.AsObject().Remove("provenance");
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Assert.Empty(DossierManifest.ProvenanceOf(File.ReadAllBytes(manifestPath)));
    }
}
