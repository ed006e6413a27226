using DossierGen.Formats;

namespace DossierGen.Facts;

/// <summary>
/// Every fact a rule may test. Rule lint checks each condition against this catalogue, so a
/// misspelt fact or value in a rule is a located error, never a rule that silently never fires.
/// The kind-specific facts come from the change format itself, so a new fact there is known here.
/// </summary>
public static class FactCatalogue
{
    public static IReadOnlyList<FactDefinition> All { get; } = Build();

    private static readonly Dictionary<string, FactDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static FactDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>All procedure codes of the contract, for <c>decision.procedure</c>.</summary>
    public static IReadOnlyList<string> AllProcedures => [.. Assessment.ProcedureScale.All.SelectMany(s => s.Procedures).Distinct()];

    private static List<FactDefinition> Build()
    {
        var facts = new List<FactDefinition>
        {
            new("change.kind", FactType.Text, FactScope.Change, "The change's kind.", ChangeKinds.Names),
            new("change.material", FactType.Text, FactScope.Change, "drug-substance or drug-product (absent when the change gives none).", Vocabulary.Materials),
            new("change.jp-approval-form", FactType.Text, FactScope.Change, "How the changed element is written in the Japanese approval form.", Vocabulary.JapanApprovalForms),
            new("change.in-dossier", FactType.Flag, FactScope.Change, "The changed element is described in the approved dossier."),
            new("change.cqa-impact", FactType.Text, FactScope.Change, "The sponsor's estimate of the impact on CQAs.", Vocabulary.CqaImpacts),
            new("change.scale-factor", FactType.Number, FactScope.Change, "For scale changes: the proposed scale divided by the approved one (10 for 50 L to 500 L)."),
            new("change.scale-direction", FactType.Text, FactScope.Change, "For scale changes: up, down or same.", ["up", "down", "same"]),
            new("change.covered-by-agreement", FactType.Flag, FactScope.Change, "An approved agreement of this market (US comparability protocol, EU PACMP, JP change plan) covers the change."),
            new("change.uses-master-file", FactType.Flag, FactScope.Change, "A referenced master file describes what this change changes (a starting material it covers)."),
            new("product.modality", FactType.Text, FactScope.Change, "The product's modality.", Vocabulary.Modalities),
            new("product.cell-based", FactType.Flag, FactScope.Change, "The product is made of cells (CAR-T or other cell therapy)."),
            new("product.autologous", FactType.Flag, FactScope.Change, "The product is made from each patient's own cells."),
            new("market.stage", FactType.Text, FactScope.Change, "The product's stage in the market being assessed.", Vocabulary.Stages),
            new("market.jp-category", FactType.Text, FactScope.Change, "Japan only: the product's category.", Vocabulary.JapanCategories),
            new("registered.type", FactType.Text, FactScope.Change, "For a change that names a registered element: the element's type.", Formats.RegisteredFormat.ElementTypes),
            new("registered.direction", FactType.Text, FactScope.Change, "For a change that names a registered element: how the proposed value stands to what this market registered.", Registration.Directions.All),
            new("registered.within-approved-range", FactType.Flag, FactScope.Change, "The proposed set point lies inside the range this market registered."),
            new("registered.in-market-dossier", FactType.Flag, FactScope.Change, "This market's dossier describes the element (JP: the approval form marks it)."),
            new("registered.established-condition", FactType.Flag, FactScope.Change, "The element is an ICH Q12 established condition in this market."),
            new("registered.area-has-ecs", FactType.Flag, FactScope.Change, "This market approved established conditions for elements of the same type and material."),
            new("registered.reporting-category", FactType.Text, FactScope.Change, "The reporting category agreed for the EC in this market's PLCM.", AllProcedures),
            new("master-file.filed", FactType.Flag, FactScope.MasterFile, "The master file is filed in the market being assessed."),
            new("master-file.authorized", FactType.Flag, FactScope.MasterFile, "The sponsor holds an authorization for the market (US letter of authorization, JP MF-use contract)."),
            new("master-file.content", FactType.Text, FactScope.MasterFile, "What the filing in this market holds (absent when it does not say).", Vocabulary.MasterFileContents),
            new("master-file.covers-subject", FactType.Flag, FactScope.MasterFile, "The master file describes what the change changes."),
            new("decision.procedure", FactType.Text, FactScope.Decision, "The procedure classification gave the change, before adjust rules.", AllProcedures),
            new("master-file.supplies", FactType.Flag, FactScope.MasterFile, "The master file supplies evidence to this programme in this market."),
            new("master-file-change.significance", FactType.Text, FactScope.MasterFileChange, "major: the holder files a change registration or amendment needing review; minor: a minor change notification.", ["major", "minor"]),
            new("master-file-change.affects-supplied", FactType.Flag, FactScope.MasterFileChange, "The holder's change touches evidence the master file supplies to this programme in this market."),
        };

        var kindFacts = ChangeKinds.All
            .SelectMany(k => k.Properties.Where(p => p.Name != "material").Select(p => (Kind: k.Value, Property: p)))
            .GroupBy(x => x.Property.Name, StringComparer.Ordinal);
        foreach (var group in kindFacts)
        {
            var shapes = group.Select(x => x.Property.Shape).ToList();
            var type = shapes.All(s => s is BooleanShape) ? FactType.Flag : FactType.Text;
            var byKind = group.Where(x => x.Property.Shape is TextShape { Allowed: not null })
                .ToDictionary(x => x.Kind, x => ((TextShape)x.Property.Shape).Allowed!, StringComparer.Ordinal);
            var closed = group.All(x => x.Property.Shape is TextShape { Allowed: not null });
            var kinds = string.Join(", ", group.Select(x => x.Kind));
            facts.Add(new FactDefinition(
                "change." + group.Key,
                type,
                FactScope.Change,
                $"{kinds} changes: {string.Join(" / ", group.Select(x => x.Property.Shape.Description).Distinct())}",
                type == FactType.Text && closed ? [.. byKind.Values.SelectMany(v => v).Distinct()] : null,
                type == FactType.Text && closed ? byKind : null,
                [.. group.Select(x => x.Kind)]));
        }

        return [.. facts.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }
}
