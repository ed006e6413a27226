using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Templates;

/// <summary>
/// Builds the template models: plain dictionaries and lists (fast to render, and strict mode sees
/// every key; a key that does not apply is present with null). One-line text is left raw;
/// templates escape it with the md and cell helpers. The description, the user's own Markdown, is
/// made safe here, so a template can insert it as it is. Lookups across changes go through sets
/// and dictionaries, so a file of thousands of changes is built in time linear in their number.
/// </summary>
public sealed class DossierModelBuilder(Labels labels)
{
    /// <summary>The description stands under a section's level 2 heading, so its own headings start at level 3.</summary>
    private const int DescriptionHeadingOffset = 2;

    private static readonly string[] CellModalities = ["car-t-autologous", "car-t-allogeneic", "cell-therapy-autologous", "cell-therapy-allogeneic"];

    private (string? Text, string? Safe) _description;

    public Dictionary<string, object?> Section(ChangeAssessment assessment, MarketAssessment market, SectionPlanner.PlannedSection planned)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(planned);
        var citations = new CitationIndex();
        var decisions = planned.Decisions;
        var changes = planned.Changes.Select((c, i) => ChangeModel(c, decisions[i], citations)).ToList();
        var evidence = planned.Evidence.Select(EvidenceModel).ToList();
        var masterFiles = assessment.Description.MasterFiles.Select(m => MasterFileModel(m, market, planned.Evidence)).ToList();
        var ids = planned.Changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rulesFired = decisions.SelectMany(d => d.AllRules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var findings = market.Findings.Where(f => !IsVerifyFinding(f) && (f.Changes.Count == 0 ? f.Rule is not null && rulesFired.Contains(f.Rule) : f.Changes.Any(ids.Contains)))
            .Select(FindingModel).ToList();
        var verify = VerifyNotes(decisions, planned.Evidence);
        var verifyJa = VerifyNotes(decisions, planned.Evidence, japanese: true);
        return new Dictionary<string, object?>
        {
            ["doc"] = Document(assessment, market, planned.Section),
            ["changes"] = changes,
            ["evidence"] = evidence,
            ["hasEvidence"] = evidence.Count > 0,
            ["masterFiles"] = masterFiles,
            ["hasMasterFiles"] = masterFiles.Count > 0,
            ["findings"] = findings,
            ["hasFindings"] = findings.Count > 0,
            ["verifyNotes"] = verify,
            ["hasVerify"] = verify.Count > 0,
            ["verifyNotesJa"] = verifyJa,
            ["citations"] = citations.Footnotes(),
        };
    }

    public Dictionary<string, object?> Assessment(ChangeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var description = assessment.Description;
        var citations = new CitationIndex();
        var markets = assessment.Markets.Select(m => new Dictionary<string, object?>
        {
            ["code"] = m.Market.ToString(),
            ["name"] = labels.En("markets", m.Market.ToString()),
            ["stage"] = Stage(m.Stage),
            ["procedureLabel"] = labels.En("procedures", m.Procedure),
        }).ToList();
        var decisions = assessment.Markets.Select(m => m.Changes.ToDictionary(d => d.Change, StringComparer.Ordinal)).ToList();
        var matrix = description.Changes.Select(c => new Dictionary<string, object?>
        {
            ["id"] = c.Id,
            ["summary"] = c.Summary,
            ["cells"] = decisions.Select(byChange => byChange[c.Id]).Select(d => new Dictionary<string, object?>
            {
                ["procedure"] = d.Procedure,
                ["codes"] = d.Codes.Count == 0 ? null : string.Join(", ", d.Codes.Select(x => x.Code)),
                ["verify"] = d.Verify,
            }).ToList(),
        }).ToList();
        var kinds = assessment.Markets.SelectMany(m => m.Evidence.Select(e => e.Kind)).Distinct().Order(StringComparer.Ordinal).ToList();
        var askedFor = kinds.ToDictionary(
            kind => kind,
            kind => assessment.Markets.SelectMany(m => m.Evidence.Where(e => e.Kind == kind).SelectMany(e => e.Changes)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var evidencePlan = kinds.Select(kind => new Dictionary<string, object?>
        {
            ["label"] = labels.En("evidence", kind),
            ["changes"] = string.Join(", ", description.Changes.Select(c => c.Id).Where(askedFor[kind].Contains)),
            ["cells"] = assessment.Markets.Select(m => m.Evidence.FirstOrDefault(e => e.Kind == kind)).Select(e => new Dictionary<string, object?>
            {
                ["value"] = e is null ? "-" : e.SatisfiedBy is { } by ? $"needed; {by}" : e.SuppliedFor.Count > 0 ? $"needed; {string.Join(", ", e.SuppliedFor.Select(s => $"{s.Value} for {s.Key}"))}" : "needed",
            }).ToList(),
        }).ToList();
        var masterFileUse = description.MasterFiles.Select(use => new Dictionary<string, object?>
        {
            ["id"] = use.File.Id,
            ["holder"] = use.File.Holder,
            ["cells"] = assessment.Markets.Select(m => new Dictionary<string, object?> { ["value"] = MasterFileCell(use, m) }).ToList(),
        }).ToList();
        var trace = assessment.Markets.Select(m => new Dictionary<string, object?>
        {
            ["marketName"] = labels.En("markets", m.Market.ToString()),
            ["rows"] = m.Changes.SelectMany(d => d.AllRules.Select(r => new Dictionary<string, object?>
            {
                ["change"] = d.Change,
                ["rule"] = r.Id,
                ["title"] = r.Title,
                ["citeRef"] = citations.Reference(r),
                ["decides"] = r.Then.Procedure ?? r.Then.MasterFile switch
                {
                    "usable" => "master file usable",
                    "not-usable" => "master file not usable",
                    _ => "evidence: " + string.Join(", ", r.Then.Evidence.Select(e => e.Kind)),
                },
                ["verify"] = r.Verify,
            })).ToList(),
        }).ToList();
        var findingsByMarket = assessment.Markets.Select(m => new Dictionary<string, object?>
        {
            ["marketName"] = labels.En("markets", m.Market.ToString()),
            ["findings"] = m.Findings.Where(f => !IsVerifyFinding(f)).Select(FindingModel).ToList(),
            ["hasFindings"] = m.Findings.Any(f => !IsVerifyFinding(f)),
        }).ToList();
        var verify = assessment.Markets.SelectMany(m => VerifyNotes(m.Changes, m.Evidence)).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["doc"] = Document(assessment, null, null),
            ["markets"] = markets,
            ["matrix"] = matrix,
            ["evidencePlan"] = evidencePlan,
            ["masterFileUse"] = masterFileUse,
            ["hasMasterFiles"] = masterFileUse.Count > 0,
            ["trace"] = trace,
            ["findingsByMarket"] = findingsByMarket,
            ["verifyNotes"] = verify,
            ["hasVerify"] = verify.Count > 0,
            ["citations"] = citations.Footnotes(),
        };
    }

    private Dictionary<string, object?> Document(ChangeAssessment assessment, MarketAssessment? market, OutlineSection? section)
    {
        var description = assessment.Description;
        var productMarket = market is null ? null : description.Product.In(market.Market);
        return new Dictionary<string, object?>
        {
            ["date"] = assessment.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["changeId"] = description.Id,
            ["changeTitle"] = description.Title,
            ["description"] = SafeDescription(description.Description),
            ["product"] = new Dictionary<string, object?>
            {
                ["name"] = description.Product.Name,
                ["modality"] = description.Product.Modality,
                ["application"] = productMarket?.Application,
                ["cellBased"] = CellModalities.Contains(description.Product.Modality),
                ["autologous"] = description.Product.Modality.EndsWith("-autologous", StringComparison.Ordinal),
            },
            ["market"] = market is null ? null : new Dictionary<string, object?>
            {
                ["code"] = market.Market.ToString(),
                ["name"] = labels.En("markets", market.Market.ToString()),
                ["nameJa"] = labels.Ja("markets", market.Market.ToString()),
                ["stage"] = Stage(market.Stage),
                ["stageJa"] = labels.Ja("stages", Stage(market.Stage)),
                ["clinical"] = market.Stage == Inputs.Stage.Clinical,
                ["procedure"] = market.Procedure,
                ["procedureLabel"] = labels.En("procedures", market.Procedure),
                ["procedureLabelJa"] = labels.Ja("procedures", market.Procedure),
            },
            ["section"] = section is null ? null : new Dictionary<string, object?>
            {
                ["number"] = section.Number,
                ["title"] = section.Title,
                ["purpose"] = section.Purpose,
            },
        };
    }

    /// <summary>
    /// The user's Markdown as its own block (see <see cref="Markdown.UserMarkdown"/>): templates insert
    /// it raw, and it cannot reach beyond its end. Made once per change, not per section.
    /// </summary>
    private string? SafeDescription(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!ReferenceEquals(_description.Text, text))
        {
            _description = (text, Markdown.UserMarkdown.SafeMarkdown(text, DescriptionHeadingOffset));
        }

        return _description.Safe;
    }

    private Dictionary<string, object?> ChangeModel(Change change, ChangeDecision decision, CitationIndex citations) => new()
    {
        ["id"] = change.Id,
        ["kind"] = change.Kind,
        ["kindLabel"] = labels.En("kinds", change.Kind),
        ["kindLabelJa"] = labels.Ja("kinds", change.Kind),
        ["summary"] = change.Summary,
        ["material"] = change.Material is null ? null : labels.En("materials", change.Material),
        ["present"] = change.Present,
        ["proposed"] = change.Proposed,
        ["procedure"] = decision.Procedure,
        ["procedureLabel"] = labels.En("procedures", decision.Procedure),
        ["procedureLabelJa"] = labels.Ja("procedures", decision.Procedure),
        ["codes"] = decision.Codes.Count == 0 ? null : string.Join(", ", decision.Codes.Select(c => c.Code)),
        ["verify"] = decision.Verify,
        ["cqaImpact"] = change.Risk.CqaImpact,
        ["affectedCqas"] = change.Risk.AffectedCqas.Count == 0 ? null : string.Join(", ", change.Risk.AffectedCqas),
        ["jpFormJa"] = change.JapanApprovalForm switch
        {
            "partial-change-item" => "一部変更承認事項（《》）",
            "minor-change-item" => "軽微変更届出事項（『』）",
            _ => "承認書に記載なし",
        },
        ["citeRefs"] = citations.References(decision.Rules.Where(r => r.Then.Procedure is not null)),
    };

    private Dictionary<string, object?> EvidenceModel(EvidenceItem item) => new()
    {
        ["kind"] = item.Kind,
        ["label"] = labels.En("evidence", item.Kind),
        ["labelJa"] = labels.Ja("evidence", item.Kind),
        ["purpose"] = string.Join(" ", item.Purposes),
        ["changes"] = string.Join(", ", item.Changes),
        ["suppliedBy"] = item.SatisfiedBy ?? (item.SuppliedFor.Count == 0 ? null : SuppliedFor(item)),
        ["verify"] = item.Verify,
    };

    /// <summary>"LENTIPLAT-3 for C1, ..." for the item's changes (a section's item holds only the section's changes).</summary>
    private static string SuppliedFor(EvidenceItem item)
    {
        var changes = item.Changes.ToHashSet(StringComparer.Ordinal);
        return string.Join(", ", item.SuppliedFor.Where(s => changes.Contains(s.Key)).Select(s => $"{s.Value} for {s.Key}"));
    }

    private Dictionary<string, object?> MasterFileModel(MasterFileUse use, MarketAssessment market, IReadOnlyList<EvidenceItem> evidence)
    {
        var supplied = evidence.Where(e => e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => labels.En("evidence", e.Kind)).ToList();
        return new Dictionary<string, object?>
        {
            ["id"] = use.File.Id,
            ["title"] = use.File.Title,
            ["holder"] = use.File.Holder,
            ["number"] = use.File.FilingIn(market.Market)?.Number,
            ["authorized"] = use.Authorizations.TryGetValue(market.Market, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["supplies"] = supplied.Count == 0 ? null : string.Join(", ", supplied),
        };
    }

    private string MasterFileCell(MasterFileUse use, MarketAssessment market)
    {
        var filing = use.File.FilingIn(market.Market);
        if (filing is null)
        {
            return "not filed";
        }

        var authorization = use.Authorizations.TryGetValue(market.Market, out var date) ? $", authorization {date:yyyy-MM-dd}" : ", no authorization";
        var supplied = market.Evidence.Where(e => e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => labels.En("evidence", e.Kind)).ToList();
        return $"{filing.Number}{authorization}; " + (supplied.Count == 0 ? "supplies nothing here" : "supplies " + string.Join(", ", supplied));
    }

    /// <summary>The engine's "verify:" findings are shown in the document's verify box instead.</summary>
    private static bool IsVerifyFinding(Finding finding) => finding.Message.StartsWith("verify:", StringComparison.Ordinal);

    private Dictionary<string, object?> FindingModel(Finding finding) => new()
    {
        ["severity"] = finding.Severity,
        ["severityJa"] = labels.JaOrCode("severities", finding.Severity),
        ["message"] = finding.Message,
        ["messageJa"] = finding.MessageJa ?? finding.Message,
        ["change"] = finding.Changes.Count == 0 ? null : string.Join(", ", finding.Changes),
        ["rule"] = finding.Rule,
    };

    /// <summary>
    /// The verify box's lines: deciding rules resting on unconfirmed points, unconfirmed EU codes,
    /// evidence expectations from unconfirmed sources. In Japanese for the Japanese summary (rule
    /// titles without title-ja stay English).
    /// </summary>
    private List<string> VerifyNotes(IEnumerable<ChangeDecision> decisions, IEnumerable<EvidenceItem> evidence, bool japanese = false)
    {
        var list = decisions.ToList();
        var rules = list.SelectMany(d => d.AllRules).Where(r => r.NamedInVerifyBox).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal);
        var notes = rules.Select(r => japanese
            ? $"{r.Id}（{r.TitleJa ?? r.Title}）：{r.Citations[0]} に照らして確認すること。"
            : $"{r.Id} ({r.Title}): check against {r.Citations[0]}.").ToList();
        notes.AddRange(list.SelectMany(d => d.Codes.Where(c => c.Verify).Select(c => japanese
            ? $"分類コード {c.Code}（{d.Change}）：新ガイドラインにおける細目及び区分は未確認。"
            : $"Classification code {c.Code} ({d.Change}): the sub-item and its type under the new guidelines are not confirmed.")).Distinct());
        notes.AddRange(evidence.Where(e => e.Verify).Select(e => japanese
            ? $"{labels.Ja("evidence", e.Kind)}（{string.Join(", ", e.Changes)}）の要求は、未確認の情報源に基づく。"
            : $"The expectation for {e.Kind} ({string.Join(", ", e.Changes)}) rests on an unconfirmed source."));
        return notes;
    }

    private static string Stage(Inputs.Stage stage) => stage == Inputs.Stage.Marketed ? "marketed" : "clinical";
}
