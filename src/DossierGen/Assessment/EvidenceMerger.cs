using DossierGen.Inputs;

namespace DossierGen.Assessment;

/// <summary>Merges evidence requests by kind, so each market gets one item per kind with the changes and rules behind it.</summary>
internal static class EvidenceMerger
{
    public static IReadOnlyList<EvidenceItem> Merge(IReadOnlyList<EvidenceRequestMade> requests, IReadOnlyList<Change> changes)
    {
        var changeOrder = changes.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. requests
            .GroupBy(r => r.Request.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var changeIds = g.Select(r => r.Change).Distinct().OrderBy(c => changeOrder[c]).ToList();
                var supplied = g.Where(r => r.SuppliedBy is not null)
                    .GroupBy(r => r.Change)
                    .ToDictionary(c => c.Key, c => c.First().SuppliedBy!, StringComparer.Ordinal);
                var suppliers = supplied.Values.Distinct().ToList();
                var satisfiedBy = suppliers.Count == 1 && changeIds.TrueForAll(supplied.ContainsKey) ? suppliers[0] : null;
                return new EvidenceItem(
                    g.Key,
                    changeIds,
                    satisfiedBy,
                    [.. g.Select(r => r.Rule.Id).Distinct().Order(StringComparer.Ordinal)],
                    [.. g.Select(r => r.Request.Purpose).Distinct()],
                    supplied,
                    g.Any(r => r.Rule.Verify));
            })];
    }
}
