using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>Reads a product, from its own file or written inline in a change file.</summary>
public static class ProductReader
{
    public static Product? ReadFile(string path, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.Open(path, FormatTags.Product, diagnostics, referencedFrom);
        return root is null ? null : ReadValidated(root, ProductFormat.File, "the product file", path, diagnostics);
    }

    /// <summary>Checks and binds a product mapping (inline or a file's root) against <paramref name="shape"/>.</summary>
    internal static Product? ReadValidated(YamlMapping mapping, MappingShape shape, string subject, string sourcePath, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        new ShapeValidator(local).Validate(mapping, shape, subject);
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : Bind(mapping, sourcePath);
    }

    private static Product Bind(YamlMapping mapping, string sourcePath)
    {
        var markets = YamlAccess.Mapping(mapping, "markets")!;
        var list = markets.Entries
            .Select(e => (Market: YamlAccess.ParseMarket(e.Key.Value), Node: (YamlMapping)e.Value))
            .OrderBy(m => m.Market)
            .Select(m => new ProductMarket(
                m.Market,
                YamlAccess.RequiredText(m.Node, "stage") == "marketed" ? Stage.Marketed : Stage.Clinical,
                YamlAccess.Text(m.Node, "application"),
                m.Market == Market.JP ? YamlAccess.Text(m.Node, "category") ?? "regenerative-medical-product" : null))
            .ToList();
        return new Product(YamlAccess.RequiredText(mapping, "name"), YamlAccess.RequiredText(mapping, "modality"), list, sourcePath);
    }
}
