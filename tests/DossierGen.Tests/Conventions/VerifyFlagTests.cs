using System.Globalization;
using System.Text.RegularExpressions;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Conventions;

/// <summary>
/// A verify flag must mean something: every rule that keeps one says in its note what exactly is
/// unconfirmed, and the README's share of flagged rules is counted here, never by hand.
/// </summary>
public sealed partial class VerifyFlagTests
{
    /// <summary>The share before the 2026-12 fact-base revision was applied (issue 13 item 5), counted with this test's method on that commit.</summary>
    private const string Before = "130 of 259 rules (50.2 %)";

    [GeneratedRegex(@"\bun(confirmed|verified)\b|not confirmed|open point", RegexOptions.IgnoreCase)]
    private static partial Regex SaysWhatIsUnconfirmed();

    [Fact]
    public void EveryRuleThatKeepsVerifySaysWhatIsUnconfirmed()
    {
        var vague = RepositoryRules.Set.All
            .Where(r => r.Verify && (r.Note is null || !SaysWhatIsUnconfirmed().IsMatch(r.Note)))
            .Select(r => $"{r.Id} ({r.Location})")
            .ToList();

        Assert.True(vague.Count == 0, "these rules carry verify without a note naming what is unconfirmed (write 'Unconfirmed: ...'):\n" + string.Join("\n", vague));
    }

    [Fact]
    public void TheReadmeStatesTheVerifyShareBeforeAndAfter()
    {
        var rules = RepositoryRules.Set.All.ToList();
        var flagged = rules.Count(r => r.Verify);
        var after = string.Create(CultureInfo.InvariantCulture, $"{flagged} of {rules.Count} rules ({100.0 * flagged / rules.Count:0.0} %)");
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "README.md"));

        Assert.Contains($"before: {Before}", readme, StringComparison.Ordinal);
        Assert.Contains($"after: {after}", readme, StringComparison.Ordinal);
    }
}
