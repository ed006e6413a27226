using Scriban.Functions;
using Scriban.Runtime;

namespace DossierGen.Templates.Engine;

/// <summary>
/// The functions templates may call, and nothing else: Scriban's own library is left out so no
/// template can read the clock (<c>date.now</c>) or a random number and make output differ between
/// runs. Shared by every render (read-only once made).
/// </summary>
public static class TemplateFunctions
{
    /// <summary>Each function by name with the number of arguments it takes, for the linter.</summary>
    public static IReadOnlyDictionary<string, int> Arity { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["md"] = 1,
        ["cell"] = 1,
        ["lower"] = 1,
        ["include"] = 1,
    };

    /// <summary>The name of the function that inserts a partial.</summary>
    public const string Include = "include";

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions["md"] = new TextFunction(MarkdownText.Escape);
        functions["cell"] = new TextFunction(MarkdownText.Cell);
        functions["lower"] = new TextFunction(text => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..]);
        functions[Include] = new IncludeFunction();
        functions.IsReadOnly = true;
        return functions;
    }
}
