using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>Reads a product, from its own file or written inline in a change file.</summary>
public static class ProductReader
{
    /// <param name="unsaved">The file's text as the workbench editor holds it, read instead of the file on disk; null reads the file.</param>
    public static Product? ReadFile(string path, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.Product, ProductFormat.File, "the product file", diagnostics, referencedFrom, unsaved);
        if (root is null || !Registration.RegistrationChecks.Check(root, diagnostics))
        {
            return null;
        }

        return Bind(root, path);
    }

    /// <summary>Binds a product mapping that has passed the shape check (an inline product in a valid change file).</summary>
    internal static Product Bind(YamlMapping mapping, string sourcePath)
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
        return new Product(YamlAccess.RequiredText(mapping, "name"), YamlAccess.RequiredText(mapping, "modality"), list, sourcePath)
        {
            Sponsor = YamlAccess.Text(mapping, "sponsor"),
            Registered = Registration.RegisteredElementBinder.Bind(mapping, list),
        };
    }
}
