namespace DossierGen.Templates.Regional;

/// <summary>
/// Where a change of each kind is written in the Japanese approval form (承認書), by the form's
/// section names. A regenerative medical product (再生医療等製品) writes its cells, vectors and
/// plasmids under 「構成細胞又は導入遺伝子」, a drug under 「製造方法」. The mapping is DossierGen's
/// reading of the form's structure (fact base 10.3, [B]); the sponsor's own form decides.
/// </summary>
public static class ApprovalFormSections
{
    public static string For(string kind, bool regenerative) => kind switch
    {
        "site" => "「製造方法」欄（製造所）",
        "scale" or "process" => "「製造方法」欄",
        "cell-bank" or "starting-material" => regenerative ? "「構成細胞又は導入遺伝子」欄" : "「製造方法」欄（出発原料）",
        "raw-material" => "「製造方法」欄（原材料）",
        "analytical-procedure" or "specification" => "「規格及び試験方法」欄",
        "container-closure" or "shelf-life" => "「貯蔵方法及び有効期間」欄",
        "formulation" => "「成分及び分量又は本質」欄",
        "administrative" => "製造所の名称・所在地",
        "change-protocol" => "変更計画",
        _ => "「製造方法」欄",
    };
}
