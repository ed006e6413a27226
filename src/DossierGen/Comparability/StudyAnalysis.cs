using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>A study judged: each attribute in file order, and the verdict over its CQAs.</summary>
public sealed record StudyAnalysis(ComparabilityStudy Study, IReadOnlyList<AttributeAnalysis> Attributes, Verdict Verdict)
{
    /// <summary>The CQAs that failed their criterion.</summary>
    public IEnumerable<AttributeAnalysis> FailingCqas => Attributes.Where(a => a.Attribute.Cqa && a.Verdict == Verdict.NotComparable);

    /// <summary>The CQAs with too few lots to judge.</summary>
    public IEnumerable<AttributeAnalysis> UndecidedCqas => Attributes.Where(a => a.Attribute.Cqa && a.Verdict == Verdict.InsufficientData);
}
