using DossierGen.Assessment;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Impact;

/// <summary>What a master file means to one programme in one market, and (with a holder's change) what it must file.</summary>
/// <param name="Supplies">Evidence kinds the master file supplies to the programme in this market.</param>
/// <param name="Procedure">What the programme files for the holder's change, or null when no change was given.</param>
public sealed record MarketImpact(
    Market Market,
    Stage Stage,
    bool Filed,
    bool Authorized,
    IReadOnlyList<string> Supplies,
    string? Procedure,
    IReadOnlyList<string> Codes,
    bool Unclassified,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<Finding> Findings);
