using DossierGen.Inputs;
using DossierGen.Templates.Model;

namespace DossierGen.Templates.Regional;

/// <summary>
/// The establishment entries of Module 1 (Form FDA 356h establishment information, the EU form's
/// sites, the Japanese 製造所): one per <c>site</c> change and per renamed site. The name and
/// address are the change's <c>proposed</c>; numbers no input holds (FEI, DUNS, 認定番号) are
/// placeholders in the templates. A site is foreign to Japan unless its address reads as Japanese.
/// </summary>
public static class EstablishmentEntries
{
    public static SiteModel? For(Change change, bool regenerative)
    {
        ArgumentNullException.ThrowIfNull(change);
        var renamed = change.Kind == "administrative" && change.Fact("nature")?.ToString() == "site-name-or-address";
        if (change.Kind != "site" && !renamed)
        {
            return null;
        }

        var operation = change.Fact("operation")?.ToString() ?? "manufacturing";
        var status = renamed ? "licensed-same-product" : change.Fact("site-status")?.ToString() ?? "new";
        var material = (change.Material ?? "drug-substance") == "drug-substance" ? ("drug substance", "原薬") : ("drug product", "製品");
        return new SiteModel
        {
            Change = change.Id,
            NameAddress = change.Proposed is null ? null : MarkdownText.OneLine(change.Proposed),
            Previous = change.Present is null ? null : MarkdownText.OneLine(change.Present),
            Operations = operation switch
            {
                "testing" => $"quality-control testing of the {material.Item1}",
                "release" => $"batch release of the {material.Item1}",
                "packaging" => $"packaging of the {material.Item1}",
                "cell-bank-storage" => "cell-bank storage",
                _ => $"manufacture of the {material.Item1}",
            },
            OperationsJa = operation switch
            {
                "testing" => $"{material.Item2}の試験検査",
                "release" => $"{material.Item2}の出荷判定",
                "packaging" => $"{material.Item2}の包装・表示",
                "cell-bank-storage" => "セルバンクの保管",
                _ => $"{material.Item2}の製造",
            },
            Action = renamed ? "address-only" : change.Fact("action")?.ToString() ?? "add",
            Status = status,
            NewSite = status == "new",
            Foreign = !InJapan(change.Proposed),
            AccreditationJa = Accreditation(operation, regenerative),
        };
    }

    /// <summary>
    /// The category of 外国製造業者認定 (or, in Japan, 製造業許可) the site needs: for a regenerative
    /// medical product, the whole or part of the process, or packaging, labelling and storage only;
    /// for a biological drug, the biological-products category ([B], fact base 10.3).
    /// </summary>
    private static string Accreditation(string operation, bool regenerative) => (regenerative, operation) switch
    {
        (true, "packaging" or "cell-bank-storage") => "再生医療等製品（包装・表示・保管のみ）",
        (true, _) => "再生医療等製品（製造工程の全部又は一部）",
        (false, "packaging") => "包装・表示・保管区分",
        _ => "生物学的製剤等区分",
    };

    private static bool InJapan(string? address) =>
        address is not null && (address.Contains("Japan", StringComparison.OrdinalIgnoreCase) || address.Contains("日本", StringComparison.Ordinal)
            || address.TrimEnd().EndsWith(", JP", StringComparison.Ordinal) || address.Contains('県') || address.Contains("東京都", StringComparison.Ordinal));
}
