using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>Binds one validated change mapping, from a change file or a rule test case.</summary>
internal static class ChangeBinder
{
    /// <param name="defaultId">The id when the mapping gives none (rule test cases may leave it out).</param>
    /// <param name="defaultSummary">The summary when the mapping gives none.</param>
    public static Change Bind(YamlMapping change, string defaultId = "C1", string defaultSummary = "")
    {
        var kind = YamlAccess.RequiredText(change, "kind");
        var risk = YamlAccess.Mapping(change, "risk");
        var proposedText = YamlAccess.Text(change, "proposed");
        return new Change(
            YamlAccess.Text(change, "id") ?? defaultId,
            kind,
            YamlAccess.Text(change, "material"),
            YamlAccess.Text(change, "summary") ?? defaultSummary,
            YamlAccess.Text(change, "present"),
            YamlAccess.Text(change, "proposed"),
            YamlAccess.Text(change, "jp-approval-form") ?? "partial-change-item",
            YamlAccess.Flag(change, "in-dossier", @default: true),
            risk is null ? ChangeRisk.Unknown : new ChangeRisk(YamlAccess.Text(risk, "cqa-impact") ?? "unknown", YamlAccess.Texts(risk, "affected-cqas")),
            FactBinder.Bind(change, ChangeFormat.Change.FindVariant(kind)!),
            change.Location)
        {
            Registered = YamlAccess.Text(change, "registered"),
            ProposedValue = YamlAccess.Mapping(change, "proposed-value") is { } value
                ? Registration.RegisteredValueBinder.Bind(value)
                : proposedText is null ? null : Registration.RegisteredValue.OfText(proposedText),
        };
    }
}
