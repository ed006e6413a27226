using System.Globalization;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// Typed reads from a mapping that has already passed <see cref="Formats.ShapeValidator"/>. Binders
/// call these only on valid trees, so a missing or mistyped value here is a defect, not user error.
/// </summary>
internal static class YamlAccess
{
    public static string? Text(YamlMapping mapping, string key) => (mapping.Get(key) as YamlScalar)?.Value;

    public static string RequiredText(YamlMapping mapping, string key) =>
        Text(mapping, key) ?? throw new InvalidOperationException($"validated mapping lacks '{key}'");

    public static bool Flag(YamlMapping mapping, string key, bool @default) =>
        mapping.Get(key) is YamlScalar s ? bool.Parse(s.Value) : @default;

    public static DateOnly? Date(YamlMapping mapping, string key) =>
        mapping.Get(key) is YamlScalar s ? DateOnly.ParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A date from a tree that may not have passed the shape check (its faults are reported there);
    /// null when the node is not a real calendar date written YYYY-MM-DD.
    /// </summary>
    public static DateOnly? TryDate(YamlNode? node) =>
        node is YamlScalar { Kind: YamlScalarKind.Text } s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static YamlMapping? Mapping(YamlMapping mapping, string key) => mapping.Get(key) as YamlMapping;

    public static IReadOnlyList<YamlNode> Items(YamlMapping mapping, string key) => (mapping.Get(key) as YamlSequence)?.Items ?? [];

    public static IReadOnlyList<string> Texts(YamlMapping mapping, string key) =>
        [.. Items(mapping, key).OfType<YamlScalar>().Select(s => s.Value)];

    public static Market ParseMarket(string text) => Enum.Parse<Market>(text, ignoreCase: false);
}
