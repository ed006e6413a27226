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

    /// <param name="schemaDirectory">The JSON Schemas the files name for editors (the installed tool's rules/schema).</param>
    public static IReadOnlyList<(string Path, string Content)> Files(string schemaDirectory) =>
    [
        ("dossiergen.yaml", $$"""
            # yaml-language-server: $schema={{Schema(schemaDirectory, "config")}}
            # DossierGen settings for the change files in this folder and below.
            format: dossiergen/config@1
            # rules: rules          # your own rules folder (fda/, ema/, pmda/, master-files/); built-in when left out
            # templates: templates  # your own templates and reference.docx; built-in when left out
            output: dossiers        # where generate writes and check compares
            """),
        ("changes/CC-0001/product.yaml", $$"""
            # yaml-language-server: $schema={{Schema(schemaDirectory, "product")}}
            format: dossiergen/product@1
            name: Your product (AAV gene therapy)
            modality: aav
            markets:
              US: { stage: marketed, application: BLA 125000 }
              EU: { stage: marketed, application: EU/1/26/0000 }
              JP: { stage: marketed, application: 30600FZX00000000 }
            """),
        ("changes/CC-0001/change.yaml", $$"""
            # yaml-language-server: $schema={{Schema(schemaDirectory, "change")}}
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

    private static string Schema(string directory, string name) => Path.Combine(directory, name + ".schema.json").Replace('\\', '/');
}
