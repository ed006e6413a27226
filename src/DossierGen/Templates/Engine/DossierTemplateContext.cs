using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DossierGen.Templates.Engine;

/// <summary>
/// One render's Scriban context, strict: an unknown variable, member or function is an error, not an
/// empty string; output is not HTML-escaped (it is Markdown, escaped by <c>md</c> and <c>cell</c>);
/// numbers and dates format in the invariant culture; loops have no count limit (a change file may
/// hold thousands of changes) and text no length limit. A value is false in <c>if</c> when it is null, false, empty text or an
/// empty list, so <c>if change.present</c> and <c>if changes</c> read as they say.
/// </summary>
internal sealed class DossierTemplateContext : TemplateContext
{
    public DossierTemplateContext(ScriptObject functions, ITemplateLoader partials)
        : base(functions)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        MemberRenamer = ModelNames.Of;
        LoopLimit = 0;

        // Scriban cuts a long string short with "..." by default; a chart block of 200 lots is one value.
        LimitToString = 0;
        NewLine = "\n";
        TemplateLoader = partials;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };
}
