using System.Globalization;
using System.Text;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Inputs;

namespace DossierGen.Tests.Support;

/// <summary>
/// A change in which every text a user writes is given: the change's title, description, summary,
/// present and proposed (and their Japanese versions), an affected CQA, the agreement's reference, the product's name and
/// application, and a referenced master file's title, holder, version and number. Written as YAML
/// with every value double-quoted and every character outside printable ASCII as an escape, so
/// control characters and lone surrogates reach the reader as a user's YAML would bring them.
/// </summary>
internal sealed record UserTextChange
{
    public string Title { get; init; } = "Plasmid supplier change";

    public string? Description { get; init; }

    public string Summary { get; init; } = "Change the plasmid manufacturer";

    public string Present { get; init; } = "Aldermoor Plasmid Manufacturing";

    public string Proposed { get; init; } = "Northgate Plasmid Services";

    public string SummaryJa { get; init; } = "プラスミドの製造業者を変更する";

    public string PresentJa { get; init; } = "《プラスミド製造業者：Aldermoor》";

    public string ProposedJa { get; init; } = "《プラスミド製造業者：Northgate》";

    public string AffectedCqa { get; init; } = "potency";

    public string AgreementReference { get; init; } = "BLA 125871/S-012";

    public string ProductName { get; init; } = "Testvec";

    public string Application { get; init; } = "BLA 125871";

    public string MasterFileTitle { get; init; } = "Plasmid DNA manufacture";

    public string MasterFileHolder { get; init; } = "Northgate Plasmid Services";

    public string MasterFileVersion { get; init; } = "2.1";

    public string MasterFileNumber { get; init; } = "BB-MF 20988";

    public IReadOnlyList<string> Markets { get; init; } = ["US", "EU", "JP"];

    /// <summary>Every user-text field by name, with a way to set it.</summary>
    public static IReadOnlyList<(string Name, Func<UserTextChange, string, UserTextChange> Set)> TextFields { get; } =
    [
        (nameof(Title), (c, v) => c with { Title = v }),
        (nameof(Description), (c, v) => c with { Description = v }),
        (nameof(Summary), (c, v) => c with { Summary = v }),
        (nameof(Present), (c, v) => c with { Present = v }),
        (nameof(Proposed), (c, v) => c with { Proposed = v }),
        (nameof(SummaryJa), (c, v) => c with { SummaryJa = v }),
        (nameof(PresentJa), (c, v) => c with { PresentJa = v }),
        (nameof(ProposedJa), (c, v) => c with { ProposedJa = v }),
        (nameof(AffectedCqa), (c, v) => c with { AffectedCqa = v }),
        (nameof(AgreementReference), (c, v) => c with { AgreementReference = v }),
        (nameof(ProductName), (c, v) => c with { ProductName = v }),
        (nameof(Application), (c, v) => c with { Application = v }),
        (nameof(MasterFileTitle), (c, v) => c with { MasterFileTitle = v }),
        (nameof(MasterFileHolder), (c, v) => c with { MasterFileHolder = v }),
        (nameof(MasterFileVersion), (c, v) => c with { MasterFileVersion = v }),
        (nameof(MasterFileNumber), (c, v) => c with { MasterFileNumber = v }),
    ];

    /// <summary>Every user-text field with its value, for reports of a failing case.</summary>
    public override string ToString() => ChangeYaml() + "\n---\n" + MasterFileYaml();

    public string ChangeYaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("format: dossiergen/change@1\nid: CC-USERTEXT-1\n");
        yaml.Append("title: ").Append(Quote(Title)).Append('\n');
        yaml.Append("product:\n  name: ").Append(Quote(ProductName)).Append("\n  modality: aav\n  markets:\n");
        foreach (var market in new[] { "US", "EU", "JP" })
        {
            yaml.Append("    ").Append(market).Append(": { stage: marketed, application: ").Append(Quote(Application)).Append(" }\n");
        }

        yaml.Append("implementation-date: 2026-11-02\n");
        yaml.Append("markets: [").Append(string.Join(", ", Markets)).Append("]\n");
        if (Description is not null)
        {
            yaml.Append("description: ").Append(Quote(Description)).Append('\n');
        }

        yaml.Append("changes:\n  - id: C1\n    kind: starting-material\n");
        yaml.Append("    summary: ").Append(Quote(Summary)).Append('\n');
        yaml.Append("    present: ").Append(Quote(Present)).Append('\n');
        yaml.Append("    proposed: ").Append(Quote(Proposed)).Append('\n');
        yaml.Append("    summary-ja: ").Append(Quote(SummaryJa)).Append('\n');
        yaml.Append("    present-ja: ").Append(Quote(PresentJa)).Append('\n');
        yaml.Append("    proposed-ja: ").Append(Quote(ProposedJa)).Append('\n');
        yaml.Append("    jp-approval-form: partial-change-item\n    risk:\n      cqa-impact: low\n");
        yaml.Append("      affected-cqas: [").Append(Quote(AffectedCqa)).Append("]\n");
        yaml.Append("    item: plasmid\n    nature: new-manufacturer\n");
        yaml.Append("master-files:\n  - ref: mf.yaml\n    authorizations:\n      US: 2026-07-20\n");
        if (Markets.Contains("US"))
        {
            yaml.Append("agreements:\n  - kind: comparability-protocol\n    market: US\n    reference: ").Append(Quote(AgreementReference))
                .Append("\n    approved: 2026-01-05\n    covers: [C1]\n");
        }

        return yaml.ToString();
    }

    public string MasterFileYaml() =>
        "format: dossiergen/master-file@1\nid: NGP-USERTEXT-1\n"
        + "title: " + Quote(MasterFileTitle) + "\n"
        + "holder: " + Quote(MasterFileHolder) + "\n"
        + "version: " + Quote(MasterFileVersion) + "\n"
        + "filings:\n  US: { number: " + Quote(MasterFileNumber) + ", content: starting-material }\n  JP: { number: " + Quote(MasterFileNumber) + " }\n"
        + "covers:\n  items: [plasmid]\n  evidence: [process-validation, raw-material-qualification]\n";

    /// <summary>Writes the change file and its master file into <paramref name="folder"/>; returns the change file's path.</summary>
    public string WriteTo(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "mf.yaml"), MasterFileYaml());
        var path = Path.Combine(folder, "change.yaml");
        File.WriteAllText(path, ChangeYaml());
        return path;
    }

    /// <summary>Reads and assesses the change, as every command does.</summary>
    public ChangeAssessment Assess()
    {
        var diagnostics = new DiagnosticBag();
        var change = Read(diagnostics);
        Assert.True(change is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()) + "\n" + this);
        return AssessmentEngine.Assess(change!, RepositoryRules.Set, change!.ImplementationDate!.Value);
    }

    /// <summary>Reads the change file as <c>validate</c> does, faults into <paramref name="diagnostics"/>.</summary>
    public ChangeDescription? Read(DiagnosticBag diagnostics)
    {
        using var scratch = new TemporaryDirectory();
        return new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources).Read(WriteTo(scratch.Path), diagnostics);
    }

    /// <summary>Reads, assesses and generates the change in memory, as <c>generate</c> does.</summary>
    public IReadOnlyList<GeneratedFile> Generate()
    {
        var diagnostics = new DiagnosticBag();
        var files = DossierGenerator.Generate(Assess(), RepositoryTemplates.Set, diagnostics);
        Assert.True(files is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()) + "\n" + this);
        return files!;
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>, UTF-16 unit by unit.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                quoted.Append(c);
            }
            else
            {
                quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return quoted.Append('"').ToString();
    }
}
