namespace DossierGen.Formats;

/// <summary>The <c>format:</c> values DossierGen reads, one per file kind and version.</summary>
public static class FormatTags
{
    public const string Change = "dossiergen/change@1";
    public const string Product = "dossiergen/product@1";
    public const string MasterFile = "dossiergen/master-file@1";
    public const string Configuration = "dossiergen/config@1";

    public static IReadOnlyList<string> InputFiles { get; } = [Change, Product, MasterFile];
}
