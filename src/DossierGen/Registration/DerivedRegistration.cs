using DossierGen.Inputs;

namespace DossierGen.Registration;

/// <summary>What the registration says about one change in one market: the facts the engine derives instead of taking them from the user.</summary>
/// <param name="Direction">How the proposed value stands to the registered one (<see cref="Directions"/>).</param>
/// <param name="AreaHasEcs">The market has established conditions for this area (elements of the same type and material).</param>
/// <param name="Overrides">Change facts the registration decides (nature, jp-approval-form, in-dossier ...), by fact name without "change.".</param>
public sealed record DerivedRegistration(
    RegisteredElement Element,
    MarketRegistration Registration,
    Stage Stage,
    RegisteredValue Proposed,
    string Direction,
    bool AreaHasEcs,
    IReadOnlyDictionary<string, FactValue> Overrides)
{
    public bool WithinRange => Direction == Directions.WithinRange;

    /// <summary>An EC whose agreed category replaces the rules' default: marketed only, since a PLCM is a post-approval tool.</summary>
    public bool EcApplies => Stage == Stage.Marketed && Registration.EstablishedCondition && Registration.ReportingCategory is not null && NoFilingReason is null && !WithinRange;

    /// <summary>
    /// Why the change needs no filing in this market, or null: the market registered exactly the
    /// proposed value (or the proposal stays inside a registered range no rule reads), its dossier does not describe the element, or the element is supportive
    /// information where the market approved ECs for the area (managed in the PQS, fact base 8.1).
    /// </summary>
    public string? NoFilingReason =>
        Direction == Directions.Unchanged ? RegistrationTraces.Unchanged
        : WithinRange && !Overrides.ContainsKey("nature") ? RegistrationTraces.WithinRange
        : !Registration.InDossier ? RegistrationTraces.NotInDossier
        : Stage == Stage.Marketed && AreaHasEcs && !Registration.EstablishedCondition ? RegistrationTraces.ManagedInPqs
        : null;
}
