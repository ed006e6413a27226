using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DossierGen.Templates.Engine;

/// <summary>
/// The partials of a templates folder (<c>partials/NAME.md.sbn</c>, inserted with <c>include 'NAME'</c>),
/// parsed once at load. Every render's context is primed with them, so an include never reads or
/// parses a file while rendering.
/// </summary>
internal sealed class PartialTemplates(string folder, IReadOnlyDictionary<string, Template?> byName) : ITemplateLoader
{
    /// <summary>Each partial by name; null for one that does not parse (reported at load).</summary>
    public IReadOnlyDictionary<string, Template?> ByName { get; } = byName;

    public string PathOf(string name) => Path.Combine(folder, name + TemplateSet.TemplateExtension);

    public void Prime(TemplateContext context)
    {
        foreach (var (name, template) in ByName)
        {
            if (template is not null)
            {
                context.CachedTemplates[PathOf(name)] = template;
            }
        }
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        ByName.TryGetValue(templateName, out var template) && template is not null
            ? PathOf(templateName)
            : throw new ScriptRuntimeException(callerSpan, $"partial '{templateName}' does not exist");

    // Never reached: GetPath names only partials the context was primed with.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' was not loaded");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
