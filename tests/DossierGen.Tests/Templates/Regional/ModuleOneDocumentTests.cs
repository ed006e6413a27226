using System.Text;
using System.Text.RegularExpressions;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Templates.Regional;

/// <summary>The regional Module 1 documents of the examples hold what each regional document needs (issue 11 item 4).</summary>
public sealed partial class ModuleOneDocumentTests
{
    private static string Twin(string example, string pathEnding) => Encoding.UTF8.GetString(ExampleDossiers.Document(example, pathEnding));

    private static IEnumerable<string> Paths(string example) => ExampleDossiers.For(example).Select(f => f.RelativePath[f.RelativePath.IndexOf('/', StringComparison.Ordinal)..]);

    [Fact]
    public void TheUsCoverLetterNamesTheSupplementTypeEveryChangeAndANewSitesReadinessForInspection()
    {
        var letter = Twin("aav-ds-site-transfer", "/US/1.2-cover-letter.md");

        Assert.Matches(@"\*\*Re: BLA 125871, .*: Prior Approval Supplement \(PAS\), chemistry, manufacturing and controls: ", letter);
        Assert.Contains("under 21 CFR 601.12(b)", letter, StringComparison.Ordinal);
        Assert.Contains("1. **C1**: Replace the drug-substance manufacturing site", letter, StringComparison.Ordinal);
        Assert.Contains("- [3.2.S.2.1 ", letter, StringComparison.Ordinal);
        Assert.Contains("it is ready for pre-license inspection from [date the facility is ready for inspection]", letter, StringComparison.Ordinal);
        Assert.Contains("No approved comparability protocol applies", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMemoListsTheEntriesTheModuleOneDocumentsLeaveOpen()
    {
        var memo = Twin("aav-ds-site-transfer", "/assessment.md");

        Assert.Contains("## Module 1: entries to complete", memo, StringComparison.Ordinal);
        Assert.Matches(@"\| US \| 1\.1 Form FDA 356h \(supplement\) \| .*\\\[FEI number\\\]; \\\[DUNS number\\\]", memo);
        Assert.Matches(@"\| JP \| 一部変更承認申請書 \| .*［承認年月日］", memo);
    }

    [Fact]
    public void TheUsCoverLetterCitesTheApprovedComparabilityProtocol()
    {
        var letter = Twin("aav-site-addition-under-approved-protocols", "/US/1.2-cover-letter.md");

        Assert.Contains("The comparability protocol approved on October 20, 2026 (BLA 125904/S-0031) covers C1;", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void TheForm356hFieldsHoldTheSupplementTypeAndEstablishmentInformationWithPlaceholders()
    {
        var form = Twin("aav-ds-site-transfer", "/US/1.1-form-fda-356h.md");

        Assert.Contains("| Submission type | Supplement: Prior Approval Supplement (PAS) |", form, StringComparison.Ordinal);
        Assert.Contains("| 7. Application number | BLA 125871 |", form, StringComparison.Ordinal);
        Assert.Contains("| C1 | Halden Bay Genetics Ireland Ltd, Ringaskiddy Biologics Campus, Unit C, Cork P43 XK21, IE | [FEI number] | [DUNS number] | manufacture of the drug substance; new site, not inspected by FDA |", form, StringComparison.Ordinal);
    }

    [Fact]
    public void MasterFilesAreCitedWithTheirLettersOfAuthorizationInModule141()
    {
        var letter = Twin("cart-lentiviral-vector-cdmo-change", "/US/1.2-cover-letter.md");

        Assert.Matches("letter of authorization (dated [0-9-]+, provided in Module 1.4.1|to be obtained from the holder and provided in Module 1.4.1)", letter);
    }

    [Fact]
    public void AnIndGetsAnInformationAmendmentWithForm1571ItemsAndNoSupplementDocuments()
    {
        var paths = Paths("aav-clinical-phase1-to-pivotal").ToList();
        var amendment = Twin("aav-clinical-phase1-to-pivotal", "/US/1.2-information-amendment.md");
        var form = Twin("aav-clinical-phase1-to-pivotal", "/US/1.1-form-fda-1571.md");

        Assert.Contains("INFORMATION AMENDMENT: CHEMISTRY, MANUFACTURING, AND CONTROLS", amendment, StringComparison.Ordinal);
        Assert.Contains("under 21 CFR 312.31", amendment, StringComparison.Ordinal);
        Assert.Contains("## Nature and purpose of the amendment", amendment, StringComparison.Ordinal);
        Assert.Contains("## Request for FDA comment", amendment, StringComparison.Ordinal);
        Assert.Contains("☒ Information amendment: chemistry/microbiology (21 CFR 312.31)", form, StringComparison.Ordinal);
        Assert.Contains("| Serial number | [serial number, four digits] |", form, StringComparison.Ordinal);
        Assert.DoesNotContain("/US/1.2-cover-letter.md", paths);
        Assert.DoesNotContain("/US/1.1-form-fda-356h.md", paths);
    }

    [Fact]
    public void TheEuApplicationFormHoldsTypeClassificationScopePresentProposedAndProductInformation()
    {
        var form = Twin("aav-ds-site-transfer", "/EU/1.2-application-form.md");

        Assert.Contains("| Procedure type | Centralised procedure (EMA) |", form, StringComparison.Ordinal);
        Assert.Contains("☐ Type IB, ☒ Type II", form, StringComparison.Ordinal);
        Assert.Contains("| C1 | Q.I.a.1.d | Type II variation | not applicable (Type II) | Updated Module 3; ", form, StringComparison.Ordinal);
        Assert.Contains("## Precise scope", form, StringComparison.Ordinal);
        Assert.Contains("| Change | Present | Proposed |", form, StringComparison.Ordinal);
        Assert.Contains("changes Annex II.A (manufacturer of the biological active substance)", form, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEuTypeIbFormAsksForTheConditionsMetAndGroupsSeveralChanges()
    {
        var form = Twin("aav-dp-shelf-life-extension", "/EU/1.2-application-form.md");

        Assert.Contains("☒ Type IB", form, StringComparison.Ordinal);
        Assert.Matches(@"\| \[conditions of [^\]]+ met, each ticked\] \|", form);
    }

    [Fact]
    public void AnEuClinicalTrialGetsACtisSubstantialModificationPackageNotAVariation()
    {
        var paths = Paths("aav-clinical-phase1-to-pivotal").ToList();
        var package = Twin("aav-clinical-phase1-to-pivotal", "/EU/1-ctis-substantial-modification.md");

        Assert.DoesNotContain("/EU/1.2-application-form.md", paths);
        Assert.Contains("## Cover letter", package, StringComparison.Ordinal);
        Assert.Contains("## Description and reasons", package, StringComparison.Ordinal);
        Assert.Contains("| Part I (assessed by all Member States concerned) | yes |", package, StringComparison.Ordinal);
        Assert.Contains("| Part II (each Member State) | no |", package, StringComparison.Ordinal);
        Assert.Contains("## IMPD-Q changes", package, StringComparison.Ordinal);
        Assert.DoesNotContain("variation", package, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheJapanesePartialChangeApplicationHoldsTheApprovalItemsComparisonReasonSitesAndInspection()
    {
        var application = Twin("aav-ds-site-transfer", "/JP/1-partial-change-application.md");

        Assert.StartsWith("# 一部変更承認申請書\n\n2027年3月1日\n", application, StringComparison.Ordinal);
        Assert.Contains("| 承認番号 | 30700FZX00003000 |", application, StringComparison.Ordinal);
        Assert.Contains("| 承認年月日 | ［承認年月日］ |", application, StringComparison.Ordinal);
        Assert.Contains("| 販売名 | ［販売名］", application, StringComparison.Ordinal);
        Assert.Contains("傍線の部分は変更部分である。", application, StringComparison.Ordinal);
        Assert.Contains("原薬製造所：《Halden Bay Genetics ++Ireland Ltd++（++アイルランド・コーク++）》において", application, StringComparison.Ordinal);
        Assert.Contains("「製造方法」欄（製造所）：一部変更承認事項（《》）", application, StringComparison.Ordinal);
        Assert.Contains("## 変更理由", application, StringComparison.Ordinal);
        Assert.Contains("外国製造業者認定：再生医療等製品（製造工程の全部又は一部）", application, StringComparison.Ordinal);
        Assert.Contains("## GCTP適合性調査申請", application, StringComparison.Ordinal);
        Assert.Contains("## 備考", application, StringComparison.Ordinal);
    }

    [Fact]
    public void MasterFileRegistrationNumbersStandInTheJapaneseRemarks()
    {
        var application = Paths("cart-lentiviral-vector-cdmo-change").Single(p => p.StartsWith("/JP/1-", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal));
        var text = Twin("cart-lentiviral-vector-cdmo-change", application);
        var remarks = text[text.IndexOf("## 備考", StringComparison.Ordinal)..];

        Assert.Matches("- 原薬等登録原簿：(登録番号 |［MF登録番号］)", remarks);
    }

    [Fact]
    public void MissingJapaneseTextIsSaidVisiblyInJapanese()
    {
        var application = Twin("aav-upstream-scale-up", "/JP/1-partial-change-application.md");

        Assert.Contains("（日本語の記載なし：proposed-ja を記入すること）", application, StringComparison.Ordinal);
        Assert.Contains("（日本語の概要未記入：summary-ja を記入すること）", application, StringComparison.Ordinal);
    }

    [Fact]
    public void AClinicalJapaneseProductGetsACtnChangeWithoutApprovalFormMarkings()
    {
        var paths = Paths("aav-clinical-phase1-to-pivotal").Where(p => p.StartsWith("/JP/1-", StringComparison.Ordinal)).ToList();
        var notification = Twin("aav-clinical-phase1-to-pivotal", "/JP/1-ctn-change-notification.md");

        Assert.Equal(["/JP/1-ctn-change-notification.docx", "/JP/1-ctn-change-notification.md"], paths.Order(StringComparer.Ordinal));
        Assert.Contains("治験の計画を変更したので届け出ます。", notification, StringComparison.Ordinal);
        Assert.DoesNotContain("《", notification, StringComparison.Ordinal);
        Assert.DoesNotContain("『", notification, StringComparison.Ordinal);
        Assert.DoesNotContain("承認事項", notification, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarketWithNothingToSubmitGetsNoModuleOneDocument()
    {
        Assert.DoesNotContain(Paths("cart-raw-material-not-in-dossier"), p => ModuleOnePath().IsMatch(p));
    }

    [Fact]
    public void JapaneseModuleOneDocumentsWriteJapaneseDatesAndNoSpaceAfterAFullStop()
    {
        var documents = Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>()
            .SelectMany(example => ExampleDossiers.For(example).Where(f => f.RelativePath.Contains("/JP/1-", StringComparison.Ordinal)))
            .ToList();

        Assert.True(documents.Count >= 15, $"only {documents.Count} Japanese Module 1 files");
        foreach (var document in documents)
        {
            var text = document.RelativePath.EndsWith(".md", StringComparison.Ordinal)
                ? Encoding.UTF8.GetString(document.Content)
                : string.Join("\n", Paragraphs().Matches(DocxXml.Part(document.Content)).Select(p => string.Concat(Texts().Matches(p.Value).Select(t => t.Groups[1].Value))));
            // A space after 。 that is not a table cell's edge (" |") would show in the document.
            Assert.DoesNotMatch("。[ \u3000](?!\\|)", text);
            Assert.Matches(@"\n20[0-9]{2}年[1-9][0-9]?月[1-9][0-9]?日\n", text);
        }
    }

    [Fact]
    public void TheChangedWordsOfTheComparisonTableAreUnderlinedInWord()
    {
        var xml = DocxXml.Part(ExampleDossiers.Document("aav-ds-site-transfer", "/JP/1-partial-change-application.docx"));

        Assert.Matches("<w:u w:val=\"single\" />\\s*<w:lang w:eastAsia=\"ja-JP\" />\\s*</w:rPr>\\s*<w:t[^>]*>アイルランド・コーク</w:t>", xml);
        Assert.Matches("<w:u w:val=\"single\" />\\s*</w:rPr>\\s*<w:t[^>]*>Ireland Ltd</w:t>", xml);
        Assert.Matches("<w:u w:val=\"single\" />\\s*<w:lang w:eastAsia=\"ja-JP\" />\\s*</w:rPr>\\s*<w:t[^>]*>米国マサチューセッツ州フレーミングハム</w:t>", xml);
    }

    [GeneratedRegex("^/(US|EU|JP)/1[.-]")]
    private static partial Regex ModuleOnePath();

    [GeneratedRegex("<w:p[ >].*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex Paragraphs();

    [GeneratedRegex("<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex Texts();
}
