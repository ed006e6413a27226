using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Inputs;
using DossierGen.Comparability;
using DossierGen.Rules;
using DossierGen.Templates.Comparability;
using DossierGen.Templates.Model;
using DossierGen.Templates.Regional;

namespace DossierGen.Templates;

/// <summary>
/// Builds the template models (the typed records of <see cref="Model"/>, which the template linter
/// checks templates against; a member that does not apply is null). One-line text is left raw;
/// templates escape it with the md and cell helpers. The description, the user's own Markdown, is
/// made safe here, so a template can insert it as it is. Lookups across changes go through sets
/// and dictionaries, so a file of thousands of changes is built in time linear in their number.
/// </summary>
public sealed class DossierModelBuilder(Labels labels)
{
    /// <summary>The description stands under a section's level 2 heading, so its own headings start at level 3.</summary>
    private const int DescriptionHeadingOffset = 2;

    private static readonly string[] CellModalities = ["car-t-autologous", "car-t-allogeneic", "cell-therapy-autologous", "cell-therapy-allogeneic"];

    /// <summary>The kinds that change how or where the product is made (a Japanese conformity inspection follows a partial change of them).</summary>
    private static readonly string[] ManufacturingKinds = ["site", "scale", "process", "cell-bank", "starting-material", "raw-material", "formulation", "container-closure"];

    private (string? Text, string? Safe) _description;

    /// <summary>Each study's model, built once however many markets and sections show it (shared with <see cref="WithLabels"/>' builder).</summary>
    private Dictionary<StudyAnalysis, StudyModel> _studies = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A builder with other labels (the American spelling) that shares this one's study models: they
    /// use no labels, and a study of 40 attributes of 200 lots, charts and all, is worth building once.
    /// </summary>
    public DossierModelBuilder WithLabels(Labels other)
    {
        var builder = new DossierModelBuilder(other);
        builder._studies = _studies;
        return builder;
    }

    /// <param name="plan">The market's whole plan, for the Module 3 sections a Module 1 document lists; null lists none.</param>
    public SectionModel Section(ChangeAssessment assessment, MarketAssessment market, SectionPlanner.PlannedSection planned, IReadOnlyList<SectionPlanner.PlannedSection>? plan = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(planned);
        var citations = new CitationIndex();
        var decisions = planned.Decisions;
        var regenerative = Regenerative(assessment);
        var agreements = assessment.Description.Agreements.Where(a => a.Market == market.Market).ToList();
        var changes = planned.Changes.Select((c, i) => ChangeModel(c, decisions[i], citations, planned.Evidence, agreements, regenerative)).ToList();
        var covered = planned.Changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var agreementModels = agreements.Where(a => a.Covers.Any(covered.Contains)).Select(a => new AgreementModel
        {
            Kind = a.Kind,
            Reference = a.Reference,
            Approved = a.Approved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ApprovedLong = RegionalDates.Written(a.Approved, market.Market),
            Covers = string.Join(", ", a.Covers.Where(covered.Contains)),
        }).ToList();
        var sites = planned.Changes.Select(c => EstablishmentEntries.For(c, regenerative)).OfType<SiteModel>().ToList();
        var dossierSections = (plan ?? []).Where(p => p.Section.Number.StartsWith("3.", StringComparison.Ordinal)).Select(p => new DossierSectionModel
        {
            Number = p.Section.Number,
            Title = p.Section.Title,
            Changes = string.Join(", ", p.Changes.Select(c => c.Id)),
        }).ToList();
        var evidence = planned.Evidence.Select(EvidenceModel).ToList();
        var masterFiles = assessment.Description.MasterFiles.Select(m => MasterFileModel(m, market, planned.Evidence)).ToList();
        var ids = planned.Changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rulesFired = decisions.SelectMany(d => d.AllRules).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var findings = market.Findings.Where(f => !IsVerifyFinding(f) && (f.Changes.Count == 0 ? f.Rule is not null && rulesFired.Contains(f.Rule) : f.Changes.Any(ids.Contains)))
            .Select(FindingModel).ToList();
        var verify = VerifyNotes(decisions, planned.Evidence);
        var verifyJa = VerifyNotes(decisions, planned.Evidence, japanese: true);
        var studies = assessment.Comparability.Where(s => s.Study.Covers.Any(ids.Contains)).Select(Study).ToList();
        return new SectionModel
        {
            Doc = SectionDocument(assessment, market, planned.Section),
            Changes = changes,
            Evidence = evidence,
            HasEvidence = evidence.Count > 0,
            MasterFiles = masterFiles,
            HasMasterFiles = masterFiles.Count > 0,
            Findings = findings,
            HasFindings = findings.Count > 0,
            VerifyNotes = verify,
            HasVerify = verify.Count > 0,
            VerifyNotesJa = verifyJa,
            Agreements = agreementModels,
            HasAgreements = agreementModels.Count > 0,
            Sites = sites,
            HasSites = sites.Count > 0,
            HasNewSites = sites.Any(s => s.NewSite),
            DossierSections = dossierSections,
            Grouped = changes.Count > 1,
            ConformityInspection = market.Market == Market.JP && market.Procedure == "PCA" && planned.Changes.Any(c => ManufacturingKinds.Contains(c.Kind)),
            Studies = studies,
            HasStudies = studies.Count > 0,
            Citations = citations.Footnotes(),
        };
    }

    /// <summary>
    /// The model of a Module 3 section shared by every market: the changes and supporting data of
    /// all markets, in the sponsor's voice. No procedure, rule, verify flag or finding reaches it
    /// (those are the assessment memo's); guidances are cited by public title and date.
    /// </summary>
    public SectionModel Module3Section(ChangeAssessment assessment, Module3Planner.SharedSection shared)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(shared);
        var guidance = new GuidanceIndex();
        var rules = shared.PerMarket.SelectMany(p => p.Planned.Decisions).SelectMany(d => d.Rules).DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var changes = shared.Changes.Select(c => NeutralChangeModel(c)).ToList();
        var order = shared.Changes.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        // British spelling first (ICH's, and the EU and PMDA rules'), so an American duplicate of the same purpose is dropped.
        var evidence = shared.PerMarket.OrderBy(p => p.Market.Market == Market.US).SelectMany(p => p.Planned.Evidence)
            .Where(e => !RegionalEvidence.Contains(e.Kind))
            .GroupBy(e => e.Kind, StringComparer.Ordinal).Select(group => new EvidenceModel
        {
            Kind = group.Key,
            Label = labels.En("evidence", group.Key),
            LabelJa = labels.Ja("evidence", group.Key),
            Purpose = string.Join(" ", group.SelectMany(e => e.Purposes).DistinctBy(SpellingKey, StringComparer.Ordinal)),
            Changes = string.Join(", ", group.SelectMany(e => e.Changes).Distinct(StringComparer.Ordinal).OrderBy(c => order.GetValueOrDefault(c, int.MaxValue))),
            SuppliedBy = SharedSupplier(group.ToList()),
            Verify = false,
            CiteRefs = guidance.References(group.SelectMany(e => e.Rules).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => rules.GetValueOrDefault(id)).OfType<Rule>()),
        }).OrderBy(e => e.Label, StringComparer.Ordinal).ToList();
        var markets = shared.PerMarket.Select(p => p.Market).ToList();
        var masterFiles = assessment.Description.MasterFiles.Select(use => new MasterFileModel
        {
            Id = use.File.Id,
            Title = use.File.Title,
            Holder = use.File.Holder,
            Number = markets.Select(m => use.File.FilingIn(m.Market)?.Number).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } numbers ? string.Join("; ", numbers) : null,
            Authorized = null,
            Supplies = shared.PerMarket.SelectMany(p => p.Planned.Evidence).Where(e => e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => labels.En("evidence", e.Kind)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } supplied ? string.Join(", ", supplied) : null,
        }).ToList();
        var ids = shared.Changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var studies = assessment.Comparability.Where(s => s.Study.Covers.Any(ids.Contains)).Select(Study).ToList();
        var clinical = markets.All(m => m.Stage == Inputs.Stage.Clinical);
        var document = new SectionDocumentModel(
            Document(assessment),
            new MarketModel
            {
                Code = "",
                Name = "",
                NameJa = "",
                Stage = clinical ? "clinical" : "marketed",
                StageJa = labels.Ja("stages", clinical ? "clinical" : "marketed"),
                Clinical = clinical,
                Procedure = "",
                ProcedureLabel = "",
                ProcedureLabelJa = "",
            },
            new SectionInfoModel { Number = shared.Section.Number, Title = shared.Section.Title, Purpose = shared.Section.Purpose });
        return new SectionModel
        {
            Doc = document,
            Changes = changes,
            Evidence = evidence,
            HasEvidence = evidence.Count > 0,
            MasterFiles = masterFiles,
            HasMasterFiles = masterFiles.Count > 0,
            Findings = [],
            HasFindings = false,
            VerifyNotes = [],
            HasVerify = false,
            VerifyNotesJa = [],
            Agreements = [],
            HasAgreements = false,
            Sites = [],
            HasSites = false,
            HasNewSites = false,
            DossierSections = [],
            Grouped = changes.Count > 1,
            ConformityInspection = false,
            Studies = studies,
            HasStudies = studies.Count > 0,
            Citations = guidance.Footnotes(),
        };
    }

    /// <summary>
    /// Evidence that is a regional document, not Module 3 data: GMP certificates and QP declarations,
    /// letters of authorization and administrative documents go in each market's Module 1.
    /// </summary>
    private static readonly HashSet<string> RegionalEvidence = new(["gmp-certificate", "letter-of-authorization", "administrative-document"], StringComparer.Ordinal);

    /// <summary>A purpose with American spellings folded into British ones, so the two spellings of one text count once.</summary>
    private static string SpellingKey(string purpose) =>
        purpose.Replace("iz", "is", StringComparison.Ordinal).Replace("yz", "ys", StringComparison.Ordinal).Replace("titer", "titre", StringComparison.Ordinal).Replace("center", "centre", StringComparison.Ordinal);

    /// <summary>The master file that supplies an item wherever it is asked for, or null where this submission holds it somewhere.</summary>
    private static string? SharedSupplier(List<EvidenceItem> items)
    {
        var suppliers = items.Select(e => e.SatisfiedBy).Distinct(StringComparer.Ordinal).ToList();
        return suppliers is [{ } only] ? only : null;
    }

    /// <summary>A change without any market's decision: what Module 3 may say about it (and what a market's model adds its decision to).</summary>
    private ChangeModel NeutralChangeModel(Change change) => new()
    {
        Id = change.Id,
        Kind = change.Kind,
        KindLabel = labels.En("kinds", change.Kind),
        KindLabelJa = labels.Ja("kinds", change.Kind),
        Summary = change.Summary,
        Material = change.Material is null ? null : labels.En("materials", change.Material),
        Present = change.Present,
        Proposed = change.Proposed,
        Procedure = "",
        ProcedureLabel = "",
        ProcedureLabelJa = "",
        Codes = null,
        Verify = false,
        CqaImpact = change.Risk.CqaImpact,
        AffectedCqas = change.Risk.AffectedCqas.Count == 0 ? null : string.Join(", ", change.Risk.AffectedCqas),
        JpFormJa = "",
        CiteRefs = "",
        SummaryJa = change.SummaryJa,
        PresentJa = change.PresentJa,
        ProposedJa = change.ProposedJa,
        PresentJaMarked = null,
        ProposedJaMarked = null,
        JpFormSectionJa = ApprovalFormSections.For(change.Kind, regenerative: true),
        EvidenceLabels = null,
        EvidenceLabelsJa = null,
        ProductInformation = ProductInformationImpact.For(change),
        CoveredBy = null,
    };

    /// <param name="placeholders">The entries the market's Module 1 documents leave open, as the generator read them from their text.</param>
    public AssessmentModel Assessment(ChangeAssessment assessment, IReadOnlyList<PlaceholderModel>? placeholders = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var description = assessment.Description;
        var citations = new CitationIndex();
        var markets = assessment.Markets.Select(m => new AssessmentMarketModel
        {
            Code = m.Market.ToString(),
            Name = labels.En("markets", m.Market.ToString()),
            Stage = Stage(m.Stage),
            ProcedureLabel = labels.En("procedures", m.Procedure),
        }).ToList();
        var decisions = assessment.Markets.Select(m => m.Changes.ToDictionary(d => d.Change, StringComparer.Ordinal)).ToList();
        var matrix = description.Changes.Select(c => new MatrixRowModel
        {
            Id = c.Id,
            Summary = c.Summary,
            Cells = [.. decisions.Select(byChange => byChange[c.Id]).Select(d => new MatrixCellModel
            {
                Procedure = d.Procedure,
                Codes = d.Codes.Count == 0 ? null : string.Join(", ", d.Codes.Select(x => x.Code)),
                Verify = d.Verify,
            })],
        }).ToList();
        var kinds = assessment.Markets.SelectMany(m => m.Evidence.Select(e => e.Kind)).Distinct().Order(StringComparer.Ordinal).ToList();
        var askedFor = kinds.ToDictionary(
            kind => kind,
            kind => assessment.Markets.SelectMany(m => m.Evidence.Where(e => e.Kind == kind).SelectMany(e => e.Changes)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var evidencePlan = kinds.Select(kind => new EvidencePlanRowModel
        {
            Label = labels.En("evidence", kind),
            Changes = string.Join(", ", description.Changes.Select(c => c.Id).Where(askedFor[kind].Contains)),
            Cells = [.. assessment.Markets.Select(m => m.Evidence.FirstOrDefault(e => e.Kind == kind)).Select(e =>
                e is null ? "-" : e.SatisfiedBy is { } by ? $"needed; {by}" : e.SuppliedFor.Count > 0 ? $"needed; {string.Join(", ", e.SuppliedFor.Select(s => $"{s.Value} for {s.Key}"))}" : "needed")],
        }).ToList();
        var masterFileUse = description.MasterFiles.Select(use => new MasterFileUseModel
        {
            Id = use.File.Id,
            Holder = use.File.Holder,
            Cells = [.. assessment.Markets.Select(m => MasterFileCell(use, m))],
        }).ToList();
        var trace = assessment.Markets.Select(m => new TraceMarketModel
        {
            MarketName = labels.En("markets", m.Market.ToString()),
            Rows = [.. m.Changes.SelectMany(d => d.AllRules.Select(r => new TraceRowModel
            {
                Change = d.Change,
                Rule = r.Id,
                Title = r.Title,
                CiteRef = citations.Reference(r),
                Decides = r.Then.Procedure ?? r.Then.MasterFile switch
                {
                    "usable" => "master file usable",
                    "not-usable" => "master file not usable",
                    _ => "evidence: " + string.Join(", ", r.Then.Evidence.Select(e => e.Kind)),
                },
                Verify = r.Verify,
            }))],
        }).ToList();
        // After the trace, so the trace's footnotes keep their numbers.
        var nearMisses = NearMisses(assessment, citations);
        var findingsByMarket = assessment.Markets.Select(m => new MarketFindingsModel
        {
            MarketName = labels.En("markets", m.Market.ToString()),
            Findings = [.. m.Findings.Where(f => !IsVerifyFinding(f)).Select(FindingModel)],
            HasFindings = m.Findings.Any(f => !IsVerifyFinding(f)),
        }).ToList();
        var verify = assessment.Markets.SelectMany(m => VerifyNotes(m.Changes, m.Evidence)).Distinct().ToList();
        var registered = RegisteredRows.Build(assessment);
        return new AssessmentModel
        {
            Doc = Document(assessment),
            Placeholders = placeholders ?? [],
            HasPlaceholders = placeholders is { Count: > 0 },
            Markets = markets,
            Matrix = matrix,
            EvidencePlan = evidencePlan,
            MasterFileUse = masterFileUse,
            HasMasterFiles = masterFileUse.Count > 0,
            Registered = registered,
            HasRegistered = registered.Count > 0,
            Trace = trace,
            NearMisses = nearMisses,
            HasNearMisses = nearMisses.Count > 0,
            FindingsByMarket = findingsByMarket,
            VerifyNotes = verify,
            HasVerify = verify.Count > 0,
            Studies = [.. assessment.Comparability.Select(Study)],
            HasStudies = assessment.Comparability.Count > 0,
            Citations = citations.Footnotes(),
        };
    }

    /// <summary>
    /// The near misses <c>explain</c> reports, per market that has any: every rule with a procedure
    /// that one failed condition kept from a change, leaving out those that would decide the
    /// procedure the change has anyway (they would not change the answer), with the failed
    /// condition cut to what bears on the change's kind. None without the rule set the assessment was made with.
    /// </summary>
    private List<NearMissMarketModel> NearMisses(ChangeAssessment assessment, CitationIndex citations)
    {
        if (assessment.Rules is not { } rules)
        {
            return [];
        }

        return [.. Explain.Explainer.Explain(assessment, rules)
            .GroupBy(e => e.Market)
            .Select(market => new NearMissMarketModel
            {
                MarketName = labels.En("markets", market.Key.ToString()),
                Rows = [.. market.SelectMany(e => e.NearMisses.Where(m => m.Rule.Then.Procedure != e.Decision.Procedure).Select(miss => new NearMissRowModel
                {
                    Change = e.Decision.Change,
                    Rule = miss.Rule.Id,
                    Title = miss.Rule.Title,
                    CiteRef = citations.Reference(miss.Rule),
                    WouldDecide = miss.Rule.Then.Procedure!,
                    Decided = e.Decision.Procedure,
                    Failed = Explain.ConditionTraceText.Of(Explain.KindRelevance.Relevant(miss.Failed)),
                }))],
            })
            .Where(m => m.Rows.Count > 0)];
    }

    private static bool Regenerative(ChangeAssessment assessment) =>
        (assessment.Description.Product.In(Market.JP)?.JapanCategory ?? "regenerative-medical-product") == "regenerative-medical-product";

    private StudyModel Study(StudyAnalysis analysis)
    {
        if (!_studies.TryGetValue(analysis, out var model))
        {
            model = _studies[analysis] = StudyModelBuilder.Build(analysis);
        }

        return model;
    }

    private DocumentModel Document(ChangeAssessment assessment, string? application = null, Market? market = null)
    {
        var description = assessment.Description;
        return new DocumentModel
        {
            Date = assessment.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateLong = RegionalDates.Written(assessment.AsOf, market == Market.JP ? null : market),
            DateJa = RegionalDates.Japanese(assessment.AsOf),
            ChangeId = description.Id,
            ChangeTitle = description.Title,
            Description = SafeDescription(description.Description),
            Product = new ProductModel
            {
                Name = description.Product.Name,
                Modality = description.Product.Modality,
                Application = application,
                Sponsor = description.Product.Sponsor is null ? null : MarkdownText.OneLine(description.Product.Sponsor),
                JpRegenerative = Regenerative(assessment),
                Centralised = application is not null && application.StartsWith("EU/", StringComparison.Ordinal),
                CellBased = CellModalities.Contains(description.Product.Modality),
                Autologous = description.Product.Modality.EndsWith("-autologous", StringComparison.Ordinal),
            },
        };
    }

    private SectionDocumentModel SectionDocument(ChangeAssessment assessment, MarketAssessment market, OutlineSection section) => new(
        Document(assessment, assessment.Description.Product.In(market.Market)?.Application, market.Market),
        new MarketModel
        {
            Code = market.Market.ToString(),
            Name = labels.En("markets", market.Market.ToString()),
            NameJa = labels.Ja("markets", market.Market.ToString()),
            Stage = Stage(market.Stage),
            StageJa = labels.Ja("stages", Stage(market.Stage)),
            Clinical = market.Stage == Inputs.Stage.Clinical,
            Procedure = market.Procedure,
            ProcedureLabel = labels.En("procedures", market.Procedure),
            ProcedureLabelJa = labels.Ja("procedures", market.Procedure),
        },
        new SectionInfoModel { Number = section.Number, Title = section.Title, Purpose = section.Purpose });

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

    private ChangeModel ChangeModel(Change change, ChangeDecision decision, CitationIndex citations, IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<Agreement> agreements, bool regenerative)
    {
        var (presentJa, proposedJa) = (change.PresentJa, change.ProposedJa) switch
        {
            ({ } present, { } proposed) => ChangedWords.Mark(present, proposed),
            var (present, proposed) => (present is null ? null : ChangedWords.Plain(present), proposed is null ? null : ChangedWords.Plain(proposed)),
        };
        var asked = evidence.Where(e => e.Changes.Contains(change.Id)).Select(e => e.Kind).ToList();
        return ChangeModel(change, decision, citations) with
        {
            PresentJaMarked = presentJa,
            ProposedJaMarked = proposedJa,
            JpFormSectionJa = ApprovalFormSections.For(change.Kind, regenerative),
            EvidenceLabels = asked.Count == 0 ? null : string.Join(", ", asked.Select(k => labels.En("evidence", k))),
            EvidenceLabelsJa = asked.Count == 0 ? null : string.Join("、", asked.Select(k => labels.Ja("evidence", k))),
            CoveredBy = agreements.FirstOrDefault(a => a.Covers.Contains(change.Id))?.Reference,
        };
    }

    private ChangeModel ChangeModel(Change change, ChangeDecision decision, CitationIndex citations) => NeutralChangeModel(change) with
    {
        Procedure = decision.Procedure,
        ProcedureLabel = labels.En("procedures", decision.Procedure),
        ProcedureLabelJa = labels.Ja("procedures", decision.Procedure),
        Codes = decision.Codes.Count == 0 ? null : string.Join(", ", decision.Codes.Select(c => c.Code)),
        Verify = decision.Verify,
        JpFormJa = change.JapanApprovalForm switch
        {
            "partial-change-item" => "一部変更承認事項（《》）",
            "minor-change-item" => "軽微変更届出事項（『』）",
            _ => "承認書に記載なし",
        },
        CiteRefs = citations.References(decision.Rules.Where(r => r.Then.Procedure is not null)),
    };

    private EvidenceModel EvidenceModel(EvidenceItem item) => new()
    {
        Kind = item.Kind,
        Label = labels.En("evidence", item.Kind),
        LabelJa = labels.Ja("evidence", item.Kind),
        Purpose = string.Join(" ", item.Purposes),
        Changes = string.Join(", ", item.Changes),
        SuppliedBy = item.SatisfiedBy ?? (item.SuppliedFor.Count == 0 ? null : SuppliedFor(item)),
        Verify = item.Verify,
        CiteRefs = "",
    };

    /// <summary>"LENTIPLAT-3 for C1, ..." for the item's changes (a section's item holds only the section's changes).</summary>
    private static string SuppliedFor(EvidenceItem item)
    {
        var changes = item.Changes.ToHashSet(StringComparer.Ordinal);
        return string.Join(", ", item.SuppliedFor.Where(s => changes.Contains(s.Key)).Select(s => $"{s.Value} for {s.Key}"));
    }

    private MasterFileModel MasterFileModel(MasterFileUse use, MarketAssessment market, IReadOnlyList<EvidenceItem> evidence)
    {
        var supplied = evidence.Where(e => e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => labels.En("evidence", e.Kind)).ToList();
        return new MasterFileModel
        {
            Id = use.File.Id,
            Title = use.File.Title,
            Holder = use.File.Holder,
            Number = use.File.FilingIn(market.Market)?.Number,
            Authorized = use.Authorizations.TryGetValue(market.Market, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Supplies = supplied.Count == 0 ? null : string.Join(", ", supplied),
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

    private FindingModel FindingModel(Finding finding) => new()
    {
        Severity = finding.Severity,
        SeverityJa = labels.JaOrCode("severities", finding.Severity),
        Message = finding.Message,
        MessageJa = finding.MessageJa ?? finding.Message,
        Change = finding.Changes.Count == 0 ? null : string.Join(", ", finding.Changes),
        Rule = finding.Rule,
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
