namespace DossierGen.Formats;

/// <summary>The <c>format:</c> values DossierGen reads, one per file kind and version.</summary>
public static class FormatTags
{
    public const string Change = "dossiergen/change@1";
    public const string Product = "dossiergen/product@1";
    public const string MasterFile = "dossiergen/master-file@1";
    public const string Configuration = "dossiergen/config@1";
    public const string Rules = "dossiergen/rules@1";
    public const string RuleTests = "dossiergen/rule-tests@1";
    public const string Outline = "dossiergen/outline@1";
    public const string Labels = "dossiergen/labels@1";
    public const string MasterFileChange = "dossiergen/master-file-change@1";
    public const string Comparability = "dossiergen/comparability@1";

    public static IReadOnlyList<string> InputFiles { get; } = [Change, Product, MasterFile, Comparability];

    /// <summary>Every format DossierGen reads, for "unknown format" hints.</summary>
    public static IReadOnlyList<string> All { get; } = [Change, Product, MasterFile, Configuration, Rules, RuleTests, Outline, Labels, MasterFileChange, Comparability];
}
