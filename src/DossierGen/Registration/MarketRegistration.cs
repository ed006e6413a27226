using DossierGen.Inputs;

namespace DossierGen.Registration;

/// <summary>How one market registered an element.</summary>
/// <param name="InDossier">The market's dossier describes the element (JP: the approval form marks it).</param>
/// <param name="ApprovalForm">Japan only: partial-change-item 《》, minor-change-item 『』 or not-described; null elsewhere.</param>
/// <param name="ReportingCategory">The category agreed for the EC in the PLCM, or null.</param>
/// <param name="Value">The market's registered value (its own, or the common one).</param>
/// <param name="OwnValue">The market gives a value of its own, overriding the common one.</param>
public sealed record MarketRegistration(
    Market Market,
    bool InDossier,
    string? ApprovalForm,
    bool EstablishedCondition,
    string? ReportingCategory,
    RegisteredValue Value,
    bool OwnValue);
