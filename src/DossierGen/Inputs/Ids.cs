using System.Text.RegularExpressions;

namespace DossierGen.Inputs;

/// <summary>The id rule of the contract: ids name output folders, so they are short and path-safe.</summary>
public static partial class Ids
{
    // "." and ".." match the character rule but are not usable as folder names.
    public const string Pattern = @"^(?!\.{1,2}$)[A-Za-z0-9._-]{1,64}$";

    // .NET's "$" also matches before a final line break, which a quoted YAML scalar can hold.
    public static bool IsValid(string id) => IdRegex().IsMatch(id) && !id.Contains('\n', StringComparison.Ordinal);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
