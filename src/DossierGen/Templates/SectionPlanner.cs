using DossierGen.Assessment;
using DossierGen.Inputs;

namespace DossierGen.Templates;

/// <summary>Decides which outline sections a market gets, and which of its changes and evidence each section covers.</summary>
/// <remarks>
/// Every lookup here is by set or dictionary: a change file may hold thousands of changes, and a
/// scan of the market's changes or of an evidence item's change list per change made generation
/// quadratic in their number.
/// </remarks>
public static class SectionPlanner
{
    /// <param name="Decisions">The market's decision for each of <paramref name="Changes"/>, in the same order.</param>
    public sealed record PlannedSection(OutlineSection Section, IReadOnlyList<Change> Changes, IReadOnlyList<ChangeDecision> Decisions, IReadOnlyList<EvidenceItem> Evidence);

    public static IReadOnlyList<PlannedSection> Plan(IReadOnlyList<OutlineSection> outline, ChangeDescription description, MarketAssessment market)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(market);
        var decisions = market.Changes.ToDictionary(d => d.Change, StringComparer.Ordinal);
        var planned = new List<PlannedSection>();
        var stage = market.Stage == Stage.Marketed ? "marketed" : "clinical";
        foreach (var section in outline.Where(s => (s.Markets is null || s.Markets.Contains(market.Market))
            && (s.Stages is null || s.Stages.Contains(stage)) && (s.Procedures is null || s.Procedures.Contains(market.Procedure))))
        {
            var evidenced = market.Evidence.Where(e => section.Evidence.Contains(e.Kind)).SelectMany(e => e.Changes).ToHashSet(StringComparer.Ordinal);
            var changes = description.Changes.Where(c => section.Always || Covers(section, c, evidenced)).ToList();
            if (changes.Count == 0 && !section.Always)
            {
                continue;
            }

            var ids = changes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var evidence = market.Evidence
                .Where(e => e.Changes.Any(ids.Contains) && (section.Evidence.Count == 0 || section.Evidence.Contains(e.Kind)))
                .Select(e => e with { Changes = [.. e.Changes.Where(ids.Contains)] })
                .ToList();
            planned.Add(new PlannedSection(section, changes, [.. changes.Select(c => decisions[c.Id])], evidence));
        }

        return planned;
    }

    /// <param name="evidenced">The changes that asked, in this market, for evidence the section holds.</param>
    private static bool Covers(OutlineSection section, Change change, HashSet<string> evidenced)
    {
        if (section.Material is not null && (change.Material ?? "drug-substance") != section.Material)
        {
            return false;
        }

        return section.Kinds.Contains(change.Kind) || evidenced.Contains(change.Id);
    }
}
