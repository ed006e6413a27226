using DossierGen.Assessment;
using DossierGen.Inputs;

namespace DossierGen.Templates;

/// <summary>Decides which outline sections a market gets, and which of its changes and evidence each section covers.</summary>
public static class SectionPlanner
{
    public sealed record PlannedSection(OutlineSection Section, IReadOnlyList<Change> Changes, IReadOnlyList<EvidenceItem> Evidence);

    public static IReadOnlyList<PlannedSection> Plan(IReadOnlyList<OutlineSection> outline, ChangeDescription description, MarketAssessment market)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(market);
        var planned = new List<PlannedSection>();
        foreach (var section in outline.Where(s => s.Markets is null || s.Markets.Contains(market.Market)))
        {
            var changes = description.Changes.Where(c => section.Always || Covers(section, c, market)).ToList();
            if (changes.Count == 0 && !section.Always)
            {
                continue;
            }

            var ids = changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var evidence = market.Evidence
                .Where(e => e.Changes.Any(ids.Contains) && (section.Evidence.Count == 0 || section.Evidence.Contains(e.Kind)))
                .Select(e => e with { Changes = [.. e.Changes.Where(ids.Contains)] })
                .ToList();
            planned.Add(new PlannedSection(section, changes, evidence));
        }

        return planned;
    }

    private static bool Covers(OutlineSection section, Change change, MarketAssessment market)
    {
        if (section.Material is not null && (change.Material ?? "drug-substance") != section.Material)
        {
            return false;
        }

        return section.Kinds.Contains(change.Kind)
            || market.Evidence.Any(e => section.Evidence.Contains(e.Kind) && e.Changes.Contains(change.Id));
    }
}
