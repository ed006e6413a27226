using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>An attribute's numeric results split by group, in the study's lot order, on both scales.</summary>
internal sealed class LotValues
{
    public LotValues(ComparabilityStudy study, AttributeUnderStudy attribute)
    {
        var byLot = attribute.Results.Where(r => r.Number is not null).ToDictionary(r => r.Lot, r => r.Number!.Value, StringComparer.Ordinal);
        Pre = [.. study.Lots.Where(l => l.Group == LotGroup.Pre && byLot.ContainsKey(l.Id)).Select(l => (l.Id, byLot[l.Id]))];
        Post = [.. study.Lots.Where(l => l.Group == LotGroup.Post && byLot.ContainsKey(l.Id)).Select(l => (l.Id, byLot[l.Id]))];
        Transform = attribute.Transform;
        PreAnalysis = [.. Pre.Select(p => ToAnalysis(p.Value))];
        PostAnalysis = [.. Post.Select(p => ToAnalysis(p.Value))];
        if (study.Design == StudyDesign.Paired)
        {
            // The reader has checked that every pair holds exactly one pre and one post lot.
            var postByPair = study.Lots.Where(l => l.Group == LotGroup.Post).ToDictionary(l => l.Pair!, l => l.Id, StringComparer.Ordinal);
            Differences = [.. study.Lots.Where(l => l.Group == LotGroup.Pre && byLot.ContainsKey(l.Id) && byLot.ContainsKey(postByPair[l.Pair!]))
                .Select(pre => ToAnalysis(byLot[postByPair[pre.Pair!]]) - ToAnalysis(byLot[pre.Id]))];
        }
    }

    /// <summary>Pre-change lots with their original values.</summary>
    public IReadOnlyList<(string Lot, double Value)> Pre { get; }

    public IReadOnlyList<(string Lot, double Value)> Post { get; }

    /// <summary>post − pre within each complete pair on the analysis scale, or null for an independent design.</summary>
    public IReadOnlyList<double>? Differences { get; }

    public ValueTransform Transform { get; }

    public IReadOnlyList<double> PreAnalysis { get; }

    public IReadOnlyList<double> PostAnalysis { get; }

    public double ToAnalysis(double value) => Transform == ValueTransform.Log10 ? Math.Log10(value) : value;

    public double ToOriginal(double value) => Transform == ValueTransform.Log10 ? Math.Pow(10, value) : value;
}
