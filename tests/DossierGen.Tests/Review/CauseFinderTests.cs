using DossierGen.Generation;
using DossierGen.Review;

namespace DossierGen.Tests.Review;

public sealed class CauseFinderTests
{
    private static Dictionary<string, string> Properties(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void InputsRulesAndTemplatesThatChangedBecomeCausesAndUnchangedOnesDoNot()
    {
        var before = Properties(
            ("DossierGen.Input.C1.proposed", "Site B, Cork"),
            ("DossierGen.Input.title", "Same title"),
            ("DossierGen.Rule.EMA-SITE-1", "aaaa"),
            ("DossierGen.Rule.EMA-OLD", "bbbb"),
            ("DossierGen.Template", "sections/manufacturers@1111"));
        var after = Properties(
            ("DossierGen.Input.C1.proposed", "Site C, Cork"),
            ("DossierGen.Input.title", "Same title"),
            ("DossierGen.Rule.EMA-SITE-1", "cccc"),
            ("DossierGen.Rule.EMA-NEW", "dddd"),
            ("DossierGen.Template", "sections/manufacturers@2222"));

        var causes = CauseFinder.Compare(before, after).Select(c => c.Description).ToList();

        Assert.Equal(
            [
                "input C1.proposed changed from 'Site B, Cork' to 'Site C, Cork'",
                "rule EMA-NEW now applies",
                "rule EMA-OLD no longer applies",
                "rule EMA-SITE-1 was edited",
                "template sections/manufacturers was edited",
            ],
            causes);
    }

    [Fact]
    public void ARevisionIsExplainedByTheInputWhoseChangedWordsItContainsOtherwiseByRulesAndTemplates()
    {
        var causes = CauseFinder.Compare(
            Properties(("DossierGen.Input.C1.proposed", "Site B, Cork"), ("DossierGen.Rule.R1", "1")),
            Properties(("DossierGen.Input.C1.proposed", "Site C, Cork"), ("DossierGen.Rule.R1", "2")));

        Assert.Equal("input C1.proposed changed from 'Site B, Cork' to 'Site C, Cork'", Assert.Single(CauseFinder.Explain(causes, " C,")).Description);
        Assert.Equal("rule R1 was edited", Assert.Single(CauseFinder.Explain(causes, " Type II variation")).Description);
        Assert.Empty(CauseFinder.Explain([], "anything"));
    }

    [Fact]
    public void LongValuesAreSplitIntoWordSizedPiecesAndComparedWhole()
    {
        var text = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"word{i}"));

        var pieces = Provenance.Pieces(text);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, Provenance.MaximumLength));
        Assert.Equal(text, string.Concat(pieces));
        var split = pieces.Select((p, i) => ($"DossierGen.Input.description.{i + 1}", p)).Append(("DossierGen.Input.C1.kind", "site")).ToArray();
        var joined = Provenance.Joined(Properties(split));
        Assert.Equal(text, joined["DossierGen.Input.description"]);
        Assert.Equal("site", joined["DossierGen.Input.C1.kind"]);
    }

    [Fact]
    public void AnEditEarlyInALongValueIsOneCauseNotOnePerShiftedPiece()
    {
        var text = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"word{i}"));
        static Dictionary<string, string> Split(string value) =>
            Provenance.Pieces(value).Select((p, i) => ($"DossierGen.Input.description.{i + 1}", p)).ToDictionary(p => p.Item1, p => p.p, StringComparer.Ordinal);

        var cause = Assert.Single(CauseFinder.Compare(Split(text), Split(text.Replace("word3 ", "word3 inserted ", StringComparison.Ordinal))));

        Assert.Equal(["inserted"], cause.Words);
        Assert.Equal("input description changed from '…word3 word4…' to '…word3 inserted word4…'", cause.Description);
    }
}
