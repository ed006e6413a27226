using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.RuleTests;

/// <summary>Reads a <c>*.test.yaml</c> file into cases, each a one-change, one-market change description.</summary>
public static class RuleTestReader
{
    /// <summary>The id test cases give their master file, so expectations can name it.</summary>
    public const string MasterFileId = "TEST-MF";

    public static RuleTestFile? Read(string path, string rulesFile, Market market, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.RuleTests, RuleTestFormat.File, "the rule test file", diagnostics);
        if (root is null)
        {
            return null;
        }

        var asOf = YamlAccess.Date(root, "as-of")!.Value;
        var modality = YamlAccess.Text(root, "modality") ?? "aav";
        var cases = YamlAccess.Items(root, "cases").Cast<YamlMapping>().Select(c => ReadCase(c, path, market, asOf, modality)).ToList();
        var local = new DiagnosticBag();
        foreach (var (node, testCase) in YamlAccess.Items(root, "cases").Cast<YamlMapping>().Zip(cases))
        {
            CheckRegistration(node, testCase, local);
        }

        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors)
        {
            return null;
        }

        return new RuleTestFile(path, rulesFile, market, cases);
    }

    private static RuleTestCase ReadCase(YamlMapping node, string path, Market market, DateOnly fileAsOf, string fileModality)
    {
        var note = YamlAccess.RequiredText(node, "note");
        var stage = YamlAccess.RequiredText(node, "stage") == "marketed" ? Stage.Marketed : Stage.Clinical;
        var productMarket = new ProductMarket(market, stage, null, market == Market.JP ? YamlAccess.Text(node, "jp-category") ?? "regenerative-medical-product" : null);
        var product = new Product("Test product", YamlAccess.Text(node, "modality") ?? fileModality, [productMarket], path)
        {
            Registered = Registration.RegisteredElementBinder.Bind(node, [productMarket]),
        };
        var change = ChangeBinder.Bind(YamlAccess.Mapping(node, "change")!, defaultSummary: note);
        var agreements = YamlAccess.Flag(node, "agreement", @default: false)
            ? new[] { new Agreement(AgreementKind(market), market, "TEST-AGREEMENT", fileAsOf, [change.Id], node.Location) }
            : [];
        var masterFiles = YamlAccess.Mapping(node, "master-file") is { } mf ? new[] { MasterFileUse(mf, market, path) } : [];
        var description = new ChangeDescription("TEST", note, product, null, [market], null, [change], masterFiles, agreements, path);
        var mfChange = YamlAccess.Mapping(node, "master-file-change") is { } c
            ? new Impact.MasterFileChange("TEST-MF-CHANGE", MasterFileId, note, YamlAccess.RequiredText(c, "significance"), null, YamlAccess.Texts(c, "affects"), path)
            : null;
        return new RuleTestCase(note, description, YamlAccess.Date(node, "as-of") ?? fileAsOf, ReadExpectation(YamlAccess.Mapping(node, "expect")!), node.Location)
        {
            MasterFileChange = mfChange,
        };
    }

    private static MasterFileUse MasterFileUse(YamlMapping node, Market market, string path)
    {
        var filings = YamlAccess.Flag(node, "filed", @default: true)
            ? new[] { new MasterFileFiling(market, "TEST-MF-NUMBER", YamlAccess.Text(node, "content")) }
            : [];
        var file = new MasterFile(MasterFileId, "Test master file", "Test holder", null, filings, YamlAccess.Texts(node, "items"), YamlAccess.Texts(node, "evidence"), path);
        var authorizations = YamlAccess.Flag(node, "authorized", @default: true)
            ? new Dictionary<Market, DateOnly> { [market] = new(2020, 1, 1) }
            : [];
        return new MasterFileUse(MasterFileId, file, authorizations, node.Location);
    }

    /// <summary>A case whose change names a registered element must define it and give a proposed value, or nothing would be derived.</summary>
    private static void CheckRegistration(YamlMapping node, RuleTestCase testCase, DiagnosticBag diagnostics)
    {
        var change = testCase.Input.Changes[0];
        if (change.Registered is null || (YamlAccess.Mapping(node, "change") is not { } changeNode))
        {
            return;
        }

        var element = testCase.Input.Product.Registered.FirstOrDefault(e => e.Id == change.Registered);
        if (element is null || change.ProposedValue is null || !Registration.RegisteredElementTypes.Fits(element.Type, change.Kind))
        {
            var why = element is null ? "the case's registered: list does not define it" : change.ProposedValue is null ? "the change gives no proposed-value or proposed" : $"a {element.Type} cannot be changed by a change of kind '{change.Kind}'";
            diagnostics.Error(DiagnosticCodes.RuleTestRegistrationInvalid, changeNode.Get("registered")!.Location, $"the case's change names registered element '{change.Registered}', but {why}, so no fact can be derived from it");
        }
    }

    private static RuleTestExpectation ReadExpectation(YamlMapping node) => new(
        YamlAccess.Text(node, "procedure"),
        node.Get("codes") is null ? null : YamlAccess.Texts(node, "codes"),
        YamlAccess.Texts(node, "evidence"),
        YamlAccess.Texts(node, "satisfied-by-master-file"),
        Located(node, "fires"),
        Located(node, "not-fires"));

    private static List<(string, SourceLocation)> Located(YamlMapping node, string key) =>
        [.. YamlAccess.Items(node, key).OfType<YamlScalar>().Select(s => (s.Value, s.Location))];

    private static string AgreementKind(Market market) => market switch
    {
        Market.US => "comparability-protocol",
        Market.EU => "pacmp",
        _ => "change-plan",
    };
}
