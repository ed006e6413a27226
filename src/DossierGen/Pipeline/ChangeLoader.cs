using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Pipeline;

/// <summary>
/// The first stage of every command that works on a change: find its workspace, read the change
/// with its product and master files, and load that workspace's rules. Rule sets are cached per
/// rules folder, so a batch of changes loads each folder once. Safe to share between threads.
/// </summary>
public sealed class ChangeLoader(Workspace defaults)
{
    private readonly Dictionary<string, RuleSet?> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DiagnosticBag> _ruleDiagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Templates.TemplateSet? Set, DiagnosticBag Diagnostics)> _templates = new(StringComparer.Ordinal);

    /// <summary>The compiled templates of a workspace, loaded once per templates folder.</summary>
    public Templates.TemplateSet? TemplatesFor(Workspace workspace, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var key = Path.GetFullPath(workspace.TemplatesDirectory);
        (Templates.TemplateSet? Set, DiagnosticBag Diagnostics) loaded;
        lock (_templates)
        {
            if (!_templates.TryGetValue(key, out loaded))
            {
                var loading = new DiagnosticBag();
                loaded = (Templates.TemplateSet.Load(workspace.TemplatesDirectory, loading), loading);
                _templates[key] = loaded;
            }
        }

        diagnostics.AddRange(loaded.Diagnostics.Sorted());
        return loaded.Set;
    }

    /// <param name="unsaved">The change file's text as the workbench editor holds it, assessed instead of the file on disk; null reads the file.</param>
    public LoadedChange? Load(string changePath, DiagnosticBag diagnostics, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var workspace = WorkspaceLocator.Locate(changePath, defaults, diagnostics);
        if (workspace is null)
        {
            return null;
        }

        var description = new ChangeFileReader(workspace.InputSources).Read(changePath, diagnostics, unsaved);
        var rules = RulesFor(workspace, diagnostics);
        return description is null || rules is null ? null : new LoadedChange(description, workspace, rules);
    }

    public RuleSet? RulesFor(Workspace workspace, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var key = Path.GetFullPath(workspace.RulesDirectory);
        RuleSet? rules;
        DiagnosticBag found;
        lock (_rules)
        {
            if (!_rules.TryGetValue(key, out rules))
            {
                var loading = new DiagnosticBag();
                rules = RuleSetLoader.Load(workspace.RulesDirectory, loading);
                _rules[key] = rules;
                _ruleDiagnostics[key] = loading;
            }

            found = _ruleDiagnostics[key];
        }

        diagnostics.AddRange(found.Sorted());
        return rules;
    }
}
