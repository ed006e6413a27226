using DossierGen.Inputs;

namespace DossierGen.Assessment;

/// <summary>
/// The procedure codes of one market and stage, most burdensome first (contract section 2).
/// DossierGen adds JP CHANGE-PLAN-CONFIRMATION: the application to confirm a change plan (PMD Act
/// Art. 14-7-2) is its own application type, reviewed before the plan may be used, so it ranks
/// below a partial change approval and above the notifications the plan later allows.
/// </summary>
public sealed record ProcedureScale(Market Market, Stage Stage, IReadOnlyList<string> Procedures)
{
    public static IReadOnlyList<ProcedureScale> All { get; } =
    [
        new(Market.US, Stage.Marketed, ["PAS", "CBE-30", "CBE-0", "AR", "NONE"]),
        new(Market.US, Stage.Clinical, ["NEW-IND", "IND-AMENDMENT", "NONE"]),
        new(Market.EU, Stage.Marketed, ["II", "IB", "IA-IN", "IA", "NONE"]),
        new(Market.EU, Stage.Clinical, ["SM", "NSM"]),
        new(Market.JP, Stage.Marketed, ["PCA", "CHANGE-PLAN-CONFIRMATION", "PLAN-NOTIFICATION", "MCN", "NONE"]),
        new(Market.JP, Stage.Clinical, ["CTN-CHANGE", "NONE"]),
    ];

    public static ProcedureScale For(Market market, Stage stage) => All.Single(s => s.Market == market && s.Stage == stage);

    /// <summary>What a change no rule classifies gets: never under-classified (EU marketed: IB, the regulation's default for unforeseen changes).</summary>
    public string Unclassified => Market == Market.EU && Stage == Stage.Marketed ? "IB" : Procedures[0];

    /// <summary>The lowest procedure, for a market with no changes to report.</summary>
    public string Lightest => Procedures[^1];

    public int Rank(string procedure)
    {
        var index = -1;
        for (var i = 0; i < Procedures.Count; i++)
        {
            if (Procedures[i] == procedure)
            {
                index = i;
            }
        }

        return index < 0 ? throw new ArgumentException($"{procedure} is not a {Market} {Stage} procedure", nameof(procedure)) : index;
    }

    public bool Contains(string procedure) => Procedures.Contains(procedure);

    /// <summary>The more burdensome of two procedures.</summary>
    public string Heavier(string a, string b) => Rank(a) <= Rank(b) ? a : b;
}
