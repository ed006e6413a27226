using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

public sealed class ProvenanceTests
{
    [Fact]
    public void EditingOnlyARulesJapaneseTextChangesItsFingerprint()
    {
        var rule = RepositoryRules.Set.All.First(r => r.Then.Findings.Any(f => f.MessageJa is not null) && r.TitleJa is not null);
        var retitled = rule with { TitleJa = rule.TitleJa + "（改）" };
        var reworded = rule with { Then = rule.Then with { Findings = [.. rule.Then.Findings.Select(f => f with { MessageJa = f.MessageJa + "。" })] } };

        Assert.NotEqual(Provenance.Fingerprint(rule), Provenance.Fingerprint(retitled));
        Assert.NotEqual(Provenance.Fingerprint(rule), Provenance.Fingerprint(reworded));
        Assert.Equal(Provenance.Fingerprint(rule), Provenance.Fingerprint(rule with { }));
    }
}
