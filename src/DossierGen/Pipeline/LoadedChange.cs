using DossierGen.Configuration;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Pipeline;

/// <summary>A change file read and checked, with the workspace and rules it is assessed under.</summary>
public sealed record LoadedChange(ChangeDescription Description, Workspace Workspace, RuleSet Rules);
