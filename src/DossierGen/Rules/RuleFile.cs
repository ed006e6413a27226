using DossierGen.Inputs;

namespace DossierGen.Rules;

public sealed record RuleFile(string Path, Market Market, IReadOnlyList<Rule> Rules);
