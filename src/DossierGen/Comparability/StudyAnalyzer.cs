using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>Judges a study (contract 1.5): every attribute by its criterion, the study by its CQAs.</summary>
public static class StudyAnalyzer
{
    public static StudyAnalysis Analyze(ComparabilityStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var attributes = study.Attributes.Select(a => AttributeAnalyzer.Analyze(study, a)).ToList();
        var cqas = attributes.Where(a => a.Attribute.Cqa).Select(a => a.Verdict).ToList();
        var verdict = cqas.Contains(Verdict.NotComparable) ? Verdict.NotComparable
            : cqas.TrueForAll(v => v == Verdict.Comparable) ? Verdict.Comparable
            : Verdict.InsufficientData;
        return new StudyAnalysis(study, attributes, verdict);
    }
}
