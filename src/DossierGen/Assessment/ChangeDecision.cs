using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>One change's decision in one market, with everything explain needs to show why.</summary>
/// <param name="Rules">The rules that fired for the change, classification and adjustment, in id order.</param>
/// <param name="ClassifiedProcedure">The procedure before adjust rules (an approved protocol) changed it.</param>
/// <param name="Unclassified">No rule gave a procedure, so the market's most burdensome one was assumed.</param>
public sealed record ChangeDecision(
    string Change,
    string Procedure,
    IReadOnlyList<CodeAssignment> Codes,
    IReadOnlyList<Rule> Rules,
    string ClassifiedProcedure,
    bool Unclassified)
{
    /// <summary>The master-file rules that fired for this change's referenced master files.</summary>
    public IReadOnlyList<Rule> MasterFileRules { get; init; } = [];

    /// <summary>What the registered details say about the change in this market, or null when it names no registered element.</summary>
    public Registration.DerivedRegistration? Registration { get; init; }

    /// <summary>What the registration did to the decision (within-range, not-in-dossier, managed-in-pqs, lowered-by-ec ...), or null.</summary>
    public string? RegistrationTrace { get; init; }

    /// <summary>The procedure before an established condition's agreed category replaced it.</summary>
    public string? ProcedureBeforeEc { get; init; }

    /// <summary>Every rule that fired for the change, of any phase or subject.</summary>
    public IEnumerable<Rule> AllRules => Rules.Concat(MasterFileRules);

    /// <summary>A rule or code behind the decision rests on a point the fact base marks unconfirmed.</summary>
    public bool Verify => Rules.Any(r => r.Verify) || Codes.Any(c => c.Verify);
}
