using System.Text.RegularExpressions;
using DossierGen.Diagnostics;

namespace DossierGen.Yaml;

public sealed partial class YamlScalar(string value, bool isPlain, SourceLocation location) : YamlNode(location)
{
    public string Value { get; } = value;

    /// <summary>True for an unquoted, untagged scalar: only those resolve to null, booleans or numbers.</summary>
    public bool IsPlain { get; } = isPlain;

    public YamlScalarKind Kind { get; } = isPlain ? Resolve(value) : YamlScalarKind.Text;

    internal override long Weight => 1;

    public override string Describe() => Kind switch
    {
        YamlScalarKind.Null => "nothing (null)",
        YamlScalarKind.Boolean => $"true/false value '{Value}'",
        YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber => $"number {Value}",
        _ => $"text '{Value}'",
    };

    private static YamlScalarKind Resolve(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => YamlScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarKind.Boolean,
        _ when IntegerPattern().IsMatch(value) => YamlScalarKind.WholeNumber,
        _ when FloatPattern().IsMatch(value) => YamlScalarKind.RealNumber,
        _ => YamlScalarKind.Text,
    };

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
