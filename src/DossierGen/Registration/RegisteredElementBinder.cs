using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Registration;

/// <summary>Binds a product's validated <c>registered:</c> list, filling in every market of the product.</summary>
internal static class RegisteredElementBinder
{
    public static IReadOnlyList<RegisteredElement> Bind(YamlMapping product, IReadOnlyList<ProductMarket> markets) =>
        [.. YamlAccess.Items(product, "registered").Cast<YamlMapping>().Select(e => BindElement(e, markets))];

    private static RegisteredElement BindElement(YamlMapping element, IReadOnlyList<ProductMarket> markets)
    {
        var common = RegisteredValueBinder.Bind(YamlAccess.Mapping(element, "value")!);
        var given = YamlAccess.Mapping(element, "markets");
        var registrations = markets.Select(m => BindMarket(m.Market, given is null ? null : YamlAccess.Mapping(given, m.Market.ToString()), common)).ToList();
        return new RegisteredElement(
            YamlAccess.RequiredText(element, "id"),
            YamlAccess.RequiredText(element, "type"),
            YamlAccess.Text(element, "material"),
            YamlAccess.RequiredText(element, "name"),
            common,
            registrations,
            element.Location);
    }

    private static MarketRegistration BindMarket(Market market, YamlMapping? node, RegisteredValue common)
    {
        var form = market == Market.JP ? (node is null ? null : YamlAccess.Text(node, "approval-form")) ?? "partial-change-item" : null;
        var own = node is null ? null : YamlAccess.Mapping(node, "value");
        return new MarketRegistration(
            market,
            form is null ? node is null || YamlAccess.Flag(node, "in-dossier", @default: true) : form != "not-described",
            form,
            node is not null && YamlAccess.Flag(node, "established-condition", @default: false),
            node is null ? null : YamlAccess.Text(node, "reporting-category"),
            own is null ? common : RegisteredValueBinder.Bind(own),
            own is not null);
    }
}
