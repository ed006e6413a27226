using DossierGen.Configuration;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Pipeline;

/// <summary>A change file read and checked, with the workspace and rules it is assessed under.</summary>
public sealed record LoadedChange(ChangeDescription Description, Workspace Workspace, RuleSet Rules)
{
    /// <summary>Every file and folder this change is read from, which no output may replace.</summary>
    public IEnumerable<string> InputPaths =>
        new[] { Description.SourcePath, Description.Product.SourcePath, Workspace.RulesDirectory, Workspace.TemplatesDirectory }
            .Concat(Description.MasterFiles.Select(m => m.File.SourcePath))
            .Concat(Description.Studies.SelectMany(s => s.DataPath is { } data ? [s.SourcePath, data] : new[] { s.SourcePath }))
            .Concat(Workspace.ConfigurationFile is { } configuration ? [configuration] : []);
}
