using System.Text.Json.Nodes;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Pipeline;
using DossierGen.Tests.Support;
using DossierGen.Yaml;

namespace DossierGen.Tests.Formats;

/// <summary>
/// The published JSON Schemas and the reader must accept and refuse the same files. Both come from
/// one shape model; these tests check the committed files are current and, with an independent
/// schema checker, that both sides agree on real files and on systematic mutations of them.
/// </summary>
public sealed class SchemaAgreementTests
{
    public static TheoryData<string> SchemaFiles => [.. PublishedSchemas.All.Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void CommittedSchemaIsWhatTheShapesDescribe(string fileName)
    {
        GoldenFile.AssertMatches(Path.Combine(RepositoryPaths.Rules, "schema", fileName), PublishedSchemas.Render(fileName));
    }

    public static TheoryData<string> ValidFiles => [.. ValidInputFiles().Select(p => Path.GetRelativePath(RepositoryPaths.RepositoryRoot, p))];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void EveryValidFileIsAcceptedByReaderAndSchema(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.RepositoryRoot, relativePath);
        var (root, schema) = Load(path);

        Assert.Empty(MiniJsonSchemaValidator.Validate(schema, root));
        Assert.False(ReaderRefuses(path, File.ReadAllText(path)));
    }

    public static TheoryData<string> SchemaExpressibleFaults =>
    [
        "unknown-key.yaml", "missing-required-key.yaml", "inline-product-without-markets.yaml", "shelf-life-extension-without-basis.yaml",
        "wrong-type-boolean.yaml", "wrong-type-list.yaml", "number-where-text-expected.yaml", "value-not-in-enumeration.yaml",
        "unknown-kind.yaml", "invalid-date.yaml", "invalid-date-format.yaml", "invalid-id.yaml", "invalid-id-too-long.yaml", "unparsable-volume.yaml",
        "bad-product.yaml", "master-file.yaml",
        "registered-unknown-type.yaml", "registered-approval-form-outside-japan.yaml", "registered-nature-missing-without-registered.yaml",
        "Comparability/study-unknown-key.yaml", "Comparability/study-wrong-type.yaml", "Comparability/criterion-two-kinds.yaml",
        "Comparability/criterion-none.yaml", "Comparability/coverage-outside-unit-interval.yaml", "Comparability/alpha-outside-range.yaml",
        "Comparability/k-not-positive.yaml", "Comparability/margin-not-positive.yaml",
    ];

    [Theory]
    [MemberData(nameof(SchemaExpressibleFaults))]
    public void AMalformedFileIsRefusedByReaderAndSchema(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.TestInputs, "Malformed", fileName);
        var (root, schema) = Load(path);

        Assert.NotEmpty(MiniJsonSchemaValidator.Validate(schema, root));
        Assert.True(ReaderRefuses(path, File.ReadAllText(path)));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void MutationsOfAValidFileAreJudgedAlikeByReaderAndSchema(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.RepositoryRoot, relativePath);
        var (root, schema) = Load(path);
        var disagreements = new List<string>();
        foreach (var (description, mutated) in YamlMutations.Of(root))
        {
            var schemaRefuses = MiniJsonSchemaValidator.Validate(schema, mutated).Count > 0;
            var readerRefuses = ReaderRefuses(path, YamlWriter.Write(mutated));
            if (schemaRefuses != readerRefuses)
            {
                disagreements.Add($"{description}: schema {(schemaRefuses ? "refuses" : "accepts")}, reader {(readerRefuses ? "refuses" : "accepts")}");
            }
        }

        Assert.Empty(disagreements);
    }

    private static IEnumerable<string> ValidInputFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Examples, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Rules, "master-files"), "*.yaml"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestInputs, "Valid"), "*.yaml", SearchOption.AllDirectories))
            .Where(p => Path.GetFileName(p) != "dossiergen.yaml")
            .Order(StringComparer.Ordinal);

    private static (YamlNode Root, JsonNode Schema) Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var root = (YamlMapping)YamlTreeReader.Read(path, File.ReadAllText(path), diagnostics)!;
        var format = ((YamlScalar)root.Get("format")!).Value;
        var schemaName = format switch
        {
            FormatTags.Change => "change.schema.json",
            FormatTags.Product => "product.schema.json",
            FormatTags.MasterFile => "master-file.schema.json",
            FormatTags.Comparability => "comparability.schema.json",
            _ => "config.schema.json",
        };
        return (root, JsonNode.Parse(PublishedSchemas.Render(schemaName))!);
    }

    /// <summary>The reader's verdict on the file's own structure (references to other files are not the schema's business).</summary>
    private static bool ReaderRefuses(string path, string text)
    {
        using var scratch = new TemporaryDirectory();
        var copy = scratch.File(Path.GetFileName(path));
        File.WriteAllText(copy, text);
        var diagnostics = new DiagnosticBag();
        InputFileValidator.Validate(copy, new Workspace(scratch.Path, scratch.Path, null), diagnostics);
        // The shape's own faults: DG11xx, the format line, and the two the comparability shapes brought (a number out of range, not exactly one of some keys).
        string[] formatCodes = [DiagnosticCodes.MissingFormat, DiagnosticCodes.UnsupportedFormat, DiagnosticCodes.WrongFileKind, DiagnosticCodes.NumberOutOfRange, DiagnosticCodes.NotExactlyOne];
        var structural = diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.Path == copy
            && (d.Code.StartsWith("DG11", StringComparison.Ordinal) || formatCodes.Contains(d.Code)));
        return structural.Any();
    }
}
