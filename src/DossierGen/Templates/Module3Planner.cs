using DossierGen.Assessment;
using DossierGen.Generation.Ectd;
using DossierGen.Inputs;

namespace DossierGen.Templates;

/// <summary>
/// Plans the one Module 3 set of a change, shared by every market: a Module 3 section is written
/// when any market needs it, for every change any market covers in it, so its text is the same
/// wherever it is filed (region-specific matters stay in Module 1 and the assessment memo).
/// </summary>
public static class Module3Planner
{
    /// <param name="Changes">The changes any market covers in the section, in file order.</param>
    /// <param name="PerMarket">Each market's own plan of the section, for the markets that write it.</param>
    public sealed record SharedSection(OutlineSection Section, IReadOnlyList<Change> Changes, IReadOnlyList<(MarketAssessment Market, SectionPlanner.PlannedSection Planned)> PerMarket);

    /// <summary>True for an outline section of Module 3, which is written once for all markets.</summary>
    public static bool IsShared(OutlineSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return IchSections.IsModule3(section.Number);
    }

    /// <param name="plans">Each market's plan (<see cref="SectionPlanner.Plan"/>), in market order.</param>
    public static IReadOnlyList<SharedSection> Plan(IReadOnlyList<OutlineSection> outline, ChangeDescription description, IReadOnlyList<(MarketAssessment Market, IReadOnlyList<SectionPlanner.PlannedSection> Plan)> plans)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(plans);
        var order = description.Changes.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var shared = new List<SharedSection>();
        foreach (var section in outline.Where(IsShared))
        {
            var perMarket = plans.SelectMany(p => p.Plan.Where(planned => ReferenceEquals(planned.Section, section)).Select(planned => (p.Market, planned))).ToList();
            if (perMarket.Count == 0)
            {
                continue;
            }

            var changes = perMarket.SelectMany(p => p.planned.Changes).DistinctBy(c => c.Id).OrderBy(c => order[c.Id]).ToList();
            shared.Add(new SharedSection(section, changes, perMarket));
        }

        return shared;
    }
}
