using System.Globalization;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Registration;

/// <summary>Binds a value mapping that has passed the shape check.</summary>
internal static class RegisteredValueBinder
{
    public static RegisteredValue Bind(YamlMapping value) => new(
        Number(value, "low"),
        Number(value, "high"),
        Number(value, "set-point"),
        YamlAccess.Text(value, "unit"),
        YamlAccess.Text(value, "text"),
        YamlAccess.Flag(value, "absent", @default: false));

    private static decimal? Number(YamlMapping mapping, string key) =>
        mapping.Get(key) is YamlScalar s && decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
