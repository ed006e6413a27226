using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DossierGen.Templates.Engine;

/// <summary>
/// A template function of one value that returns text (<c>md</c>, <c>cell</c>, <c>lower</c>), called
/// directly. Imported as a delegate, Scriban called each through reflection, with its argument
/// converted by type checks on the way: some 7,000 calls for the results tables of a 40-attribute
/// study, the largest share of rendering its section.
/// </summary>
internal sealed class TextFunction(Func<string, string> apply) : IScriptCustomFunction
{
    private static readonly ScriptParameterInfo Value = new(typeof(object), "value");

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => Value;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return apply(Text(arguments[0]));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A value as the template shows it: invariant culture, null as nothing.</summary>
    public static string Text(object? value) => value is null ? "" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
