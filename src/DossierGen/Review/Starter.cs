namespace DossierGen.Review;

/// <summary>What <c>dossiergen init</c> writes: git wiring for readable Word diffs and a starter workspace.</summary>
public static class Starter
{
    public const string GitAttributesLine = "*.docx diff=dossiergen";

    public static IReadOnlyList<string> GitConfigCommands { get; } =
    [
        "git config diff.dossiergen.textconv \"dossiergen textconv\"",
        "git config diff.dossiergen.cachetextconv true",
    ];

    /// <summary>
    /// Where init copies the JSON Schemas, relative to the folder it sets up: the files' headers
    /// name them relative to themselves, so editor support works in a colleague's clone (wherever
    /// DossierGen is installed there, or not at all), and re-running init after an upgrade refreshes them.
    /// </summary>
    public const string SchemaFolder = ".dossiergen/schema";

    public static IReadOnlyList<(string Path, string Content)> Files() =>
    [
        ("dossiergen.yaml", $$"""
            # yaml-language-server: $schema={{Schema("dossiergen.yaml", "config")}}
            # DossierGen settings for the change files in this folder and below.
            format: dossiergen/config@1
            # rules: rules          # your own rules folder (fda/, ema/, pmda/, master-files/); built-in when left out
            # templates: templates  # your own templates and reference.docx; built-in when left out
            output: dossiers        # where generate writes and check compares
            """),
        ("changes/CC-0001/product.yaml", $$"""
            # yaml-language-server: $schema={{Schema("changes/CC-0001/product.yaml", "product")}}
            format: dossiergen/product@1
            name: Your product (AAV gene therapy)
            modality: aav
            markets:
              US: { stage: marketed, application: BLA 125000 }
              EU: { stage: marketed, application: EU/1/26/0000 }
              JP: { stage: marketed, application: 30600FZX00000000 }
            """),
        ("changes/CC-0001/change.yaml", $$"""
            # yaml-language-server: $schema={{Schema("changes/CC-0001/change.yaml", "change")}}
            format: dossiergen/change@1
            id: CC-0001
            title: Add a second drug-substance manufacturing site
            product: product.yaml
            implementation-date: 2027-01-15
            description: |
              Describe the change here in Markdown; the text is reused in the comparability section.
            changes:
              - id: C1
                kind: site
                material: drug-substance
                summary: Add a drug-substance manufacturing site
                present: Site A
                proposed: Site A and Site B
                operation: manufacturing
                action: add
                site-status: new
                risk:
                  cqa-impact: moderate
                  affected-cqas: [potency, vector-genome-titre]
            """),
    ];

    /// <summary>The schema's path as seen from <paramref name="file"/> (both relative to the folder init sets up), with forward slashes.</summary>
    public static string Schema(string file, string name)
    {
        var depth = file.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + SchemaFolder + "/" + name + ".schema.json";
    }
}
