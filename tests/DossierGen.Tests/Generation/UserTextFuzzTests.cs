using System.Text;
using DossierGen.Review;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Generation;

/// <summary>
/// Seeded fuzzing of every text a user writes: random Unicode with C0 and C1 controls, line
/// separators, XML and Markdown specials in every one-line field, and the CommonMark spec's
/// examples (all of them, a few per case) in the description. Every generated document must pass
/// DocxChecker and textconv and keep the template's headings, verify box and citations. Each case
/// is first read with a lone surrogate (a YAML escape) in one of its fields, which the reader must
/// refuse with a located diagnostic. Deterministic: a failure names its case.
/// </summary>
public sealed class UserTextFuzzTests
{
    private const int Seed = 20261202;
    /// <summary>
    /// Every spec example is used (28 a case). Each case writes one market's four documents, which
    /// DocxChecker validates in full (most of the cost: about 0.4 s of CPU a case).
    /// </summary>
    private const int Cases = 24;

    private static readonly string[][] MarketSets = [["US"], ["EU"], ["JP"]];

    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "0", "7", " ", "  ", "\t", "製造所", "é", "\U0001F600", "\u200B", "\u202E", "\uFEFF", "\u00A0", "\u3000",
        "&", "<", ">", "\"", "'", "&amp;", "&#1;", "]]>", "<!--", "<script>", "<w:p>", "{{doc.date}}",
        "*", "_", "[", "]", "#", "|", "~", ":", ":::", "`", "```", "!", "-", "+", "=", ".", ")", "1.", "\\", "[^c1]", "[^c1]:", "[x](javascript:alert(1))", "<https://../>",
        "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\v", "\f",
        "\u0000", "\u0001", "\u0008", "\u001B", "\u001F", "\u007F", "\u0080", "\u009B", "\u009F",
        "\uFFFE", "\uFFFF",
    ];

    private static readonly string[] LoneSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];


    [Fact]
    public void RandomUserTextInEveryFieldNeverBreaksADocumentOrItsSections()
    {
        var random = new Random(Seed);
        var examples = CommonMarkSpec.Examples.OrderBy(_ => random.Next()).ToList();
        var perCase = (examples.Count + Cases - 1) / Cases;
        var plain = MarketSets.ToDictionary(
            m => string.Join(",", m),
            m => new UserTextChange { Markets = m, Description = "Plain." }.Generate()
                .Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal))
                .ToDictionary(f => f.RelativePath, f => TemplateSkeleton.Of(f.Content), StringComparer.Ordinal),
            StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 3; i++)
        {
            var markets = MarketSets[i % MarketSets.Length];
            var change = UserTextChange.TextFields.Aggregate(new UserTextChange { Markets = markets }, (c, field) => field.Set(c, Field(random, 10)));
            change = change with { Description = string.Join("\n\n", examples.Skip(i * perCase).Take(perCase).Select(e => e.Markdown)) + "\n\n" + change.Description };
            var lone = UserTextChange.TextFields[random.Next(UserTextChange.TextFields.Count)].Set(change with { Markets = ["US", "EU", "JP"] }, Field(random, 4) + LoneSurrogates[random.Next(LoneSurrogates.Length)] + Field(random, 4));
            var refusal = new DossierGen.Diagnostics.DiagnosticBag();
            if (lone.Read(refusal) is not null || !refusal.Sorted().Any(d => d.Code == "DG1005" && d.Location.Line > 0))
            {
                failures.Add($"case {i} (seed {Seed}): a lone surrogate was not refused with its place:\n{string.Join("\n", refusal.Sorted())}\n{lone}");
            }

            var expected = plain[string.Join(",", markets)];
            var documents = change.Generate().Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToList();
            var problems = new List<string>();
            if (!expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(documents.Select(d => d.RelativePath).Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                problems.Add("other documents than without user text: " + string.Join(", ", documents.Select(d => d.RelativePath)));
            }

            foreach (var document in documents)
            {
                problems.AddRange(DocxChecker.Check(document.Content).Select(p => $"{document.RelativePath}: {p}"));
                _ = DocxText.Extract(document.Content);
                if (expected.TryGetValue(document.RelativePath, out var skeleton))
                {
                    problems.AddRange(skeleton.Differences(TemplateSkeleton.Of(document.Content)).Select(p => $"{document.RelativePath}: {p}"));
                }
            }

            if (problems.Count > 0)
            {
                failures.Add($"case {i} (seed {Seed}):\n{string.Join("\n", problems)}\n{change}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Field(Random random, int maximumPieces)
    {
        var text = new StringBuilder();
        for (var count = random.Next(1, maximumPieces + 1); count > 0; count--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
