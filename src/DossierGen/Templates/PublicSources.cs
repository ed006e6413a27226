namespace DossierGen.Templates;

/// <summary>
/// The public titles of the regulators' and ICH documents the rules cite, by their fact-base source
/// id: Module 3 cites guidance by public title and date only, never by an internal source id. A
/// source that is not such a document (a summary, a blog, a transcription) has no entry and is not
/// cited in Module 3; the assessment memo still shows it.
/// </summary>
public static class PublicSources
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["S1"] = "21 CFR 601.12, Changes to an approved application",
        ["S3"] = "Federal Food, Drug, and Cosmetic Act, section 506A (21 U.S.C. 356a), Manufacturing changes",
        ["S5"] = "FDA Guidance for Industry: Chemistry, Manufacturing, and Controls Changes to an Approved Application: Certain Biological Products",
        ["S6"] = "FDA Guidance for Industry: CMC Postapproval Manufacturing Changes for Specified Biological Products To Be Documented in Annual Reports",
        ["S7"] = "FDA Guidance for Industry: Comparability Protocols for Postapproval Changes to the Chemistry, Manufacturing, and Controls Information in an NDA, ANDA, or BLA",
        ["S8"] = "FDA Draft Guidance for Industry: Manufacturing Changes and Comparability for Human Cellular and Gene Therapy Products",
        ["S12"] = "FDA Draft Guidance for Industry: Platform Technology Designation Program for Drug Development",
        ["S13"] = "FDA Final Rule: Biologics License Applications and Master Files (89 FR 9743)",
        ["S17"] = "EMA: Classification of changes: questions and answers",
        ["S21"] = "European Commission: Guidelines on the details of the various categories of variations (2013/C 223/01)",
        ["S23"] = "EMA: Questions and answers on comparability considerations for advanced therapy medicinal products (ATMP)",
        ["S25"] = "Regulation (EU) No 536/2014 on clinical trials on medicinal products for human use",
        ["S26"] = "EMA: Guideline on requirements for vaccine antigen master file (VAMF) certification (CPMP/BWP/3734/03)",
        ["S32"] = "MHLW notification 薬生薬審発0616第14号, 医薬品等の変更計画の確認申請等の取扱いについて",
        ["S33"] = "Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices, Article 14-7-2",
        ["S39"] = "Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices, Article 23-25",
        ["S40"] = "ICH Q12: Technical and Regulatory Considerations for Pharmaceutical Product Lifecycle Management",
        ["S41"] = "ICH Q5A(R2): Viral Safety Evaluation of Biotechnology Products Derived from Cell Lines of Human or Animal Origin",
        ["S45"] = "European Commission: Guidelines on the details of the various categories of variations (C/2025/5045)",
        ["S46"] = "CMDh: Questions and answers on the list for the submission of variations (CMDh/132/2009)",
        ["S48"] = "21 CFR 312.31, Information amendments",
        ["S49"] = "21 CFR 312.33, Annual reports",
        ["S51"] = "MHLW notification 薬食審査発0531第8号, 薬物に係る治験の計画の届出等に関する取扱いについて",
        ["S59"] = "EMA: Guideline on Active Substance Master File Procedure (CPMP/QWP/227/02)",
    };

    /// <summary>The public title of a source, or null when it is not a document Module 3 cites.</summary>
    public static string? Title(string? source) => source is null ? null : Titles.GetValueOrDefault(source);
}
