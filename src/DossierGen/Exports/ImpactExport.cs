using DossierGen.Impact;

namespace DossierGen.Exports;

/// <summary>
/// The impact report as a table for a CDMO's customer notifications: one row per programme (a
/// customer product or a change file) and market, what the master file supplies there and, with a
/// holder's change, what the customer files; empty notified, owner, due and status columns to fill in.
/// </summary>
public static class ImpactExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Master file", "Master-file change", "Customer", "Product", "Modality", "Change control", "Market", "Stage",
        "Filed", "Authorised", "Supplies", "Customer files", "Code", "Unclassified", "Deciding rules", "Findings",
        "Notified", "Owner", "Due", "Status",
    ];

    public static ExportTable Write(string masterFileId, MasterFileChange? change, IReadOnlyList<ProgrammeImpact> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var programme in programmes)
        {
            foreach (var market in programme.Markets)
            {
                rows.Add(
                [
                    masterFileId, change?.Id ?? "", programme.Customer ?? "", programme.Product, programme.Modality ?? "", programme.Change ?? "",
                    market.Market.ToString(), AssessmentExport.StageName(market.Stage), AssessmentExport.YesNo(market.Filed), AssessmentExport.YesNo(market.Authorized),
                    string.Join(", ", market.Supplies), market.Procedure ?? "", string.Join(", ", market.Codes),
                    market.Procedure is null ? "" : AssessmentExport.YesNo(market.Unclassified), string.Join(", ", market.Rules.Select(r => r.Id)),
                    string.Join("\n", market.Findings.Select(f => f.Message)),
                    "", "", "", "",
                ]);
            }
        }

        return new ExportTable("Impact", Columns, rows);
    }
}
