namespace DossierGen.Assessment;

/// <summary>
/// Lists each finding once per market: the same rule saying the same thing about several changes
/// becomes one finding that names all of them, in the order they were raised.
/// </summary>
internal static class FindingMerger
{
    public static List<Finding> Merge(IEnumerable<Finding> findings)
    {
        var merged = new List<Finding>();
        var index = new Dictionary<(string Severity, string? Rule, string Message, string? MessageJa), int>();
        foreach (var finding in findings)
        {
            var key = (finding.Severity, finding.Rule, finding.Message, finding.MessageJa);
            if (!index.TryGetValue(key, out var at))
            {
                index[key] = merged.Count;
                merged.Add(finding);
                continue;
            }

            var first = merged[at];
            var changes = first.Changes.Concat(finding.Changes).Distinct(StringComparer.Ordinal).ToList();
            merged[at] = first with { Change = changes.Count > 0 ? changes[0] : null, Changes = changes };
        }

        return merged;
    }
}
