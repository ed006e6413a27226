namespace DossierGen.Formats;

/// <summary>The JSON Schemas published under <c>rules/schema/</c>, by file name.</summary>
public static class PublishedSchemas
{
    public const string BaseId = "https://dossiergen.example/schema/";

    public static IReadOnlyList<(string FileName, string Title, MappingShape Shape)> All { get; } =
    [
        ("change.schema.json", "DossierGen change description (dossiergen/change@1)", ChangeFormat.File),
        ("product.schema.json", "DossierGen product (dossiergen/product@1)", ProductFormat.File),
        ("master-file.schema.json", "DossierGen master file (dossiergen/master-file@1)", MasterFileFormat.File),
        ("config.schema.json", "DossierGen configuration (dossiergen.yaml, dossiergen/config@1)", ConfigurationFormat.File),
        ("rules.schema.json", "DossierGen rules file (dossiergen/rules@1)", RuleFileFormat.File),
        ("rule-tests.schema.json", "DossierGen rule tests (dossiergen/rule-tests@1)", RuleTestFormat.File),
        ("outline.schema.json", "DossierGen dossier outline (dossiergen/outline@1)", OutlineFormat.File),
        ("labels.schema.json", "DossierGen template labels (dossiergen/labels@1)", LabelsFormat.File),
        ("master-file-change.schema.json", "DossierGen master-file change (dossiergen/master-file-change@1)", MasterFileChangeFormat.File),
        ("comparability.schema.json", "DossierGen comparability study (dossiergen/comparability@1)", ComparabilityFormat.File),
    ];

    public static string Render(string fileName)
    {
        var (name, title, shape) = All.Single(s => s.FileName == fileName);
        return JsonSchemaWriter.Write(shape, BaseId + name, title);
    }
}
