using DossierGen.Diagnostics;
using DossierGen.Markdown;
using DossierGen.Templates;
using DossierGen.Tests.Support;
using DossierGen.Word;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Tests.Markdown;

/// <summary>
/// Each of the CommonMark spec's 652 examples, as a change's description, leaves the comparability
/// section that quotes it whole: the same level 1 and 2 headings after it, every citation kept.
/// (The generated documents themselves are checked by the fuzz test, which uses the examples too.)
/// </summary>
public sealed class CommonMarkExampleTests
{
    [Fact]
    public void EveryCommonMarkExampleAsTheDescriptionLeavesTheSectionWhole()
    {
        var templates = RepositoryTemplates.Set;
        var assessment = new UserTextChange { Markets = ["US"] }.Assess();
        var market = assessment.Markets.Single();
        var planned = SectionPlanner.Plan(templates.Outline, assessment.Description, market).Single(p => p.Section.Template == "sections/comparability.md.sbn");
        string Section(string? description)
        {
            var diagnostics = new DiagnosticBag();
            var described = assessment with { Description = assessment.Description with { Description = description } };
            var markdown = templates.Render(planned.Section.Template, new DossierModelBuilder(templates.Labels).Section(described, market, planned), diagnostics);
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
            return markdown!;
        }

        var expected = Skeleton(DossierMarkdown.Parse(Section(null)));
        var failures = new List<string>();
        foreach (var example in CommonMarkSpec.Examples)
        {
            var markdown = Section(example.Markdown);
            var document = DossierMarkdown.Parse(markdown);
            var skeleton = Skeleton(document);
            new WordRenderer(new WordContent()).Render(document);
            if (skeleton != expected)
            {
                failures.Add($"example {example.Number} ({example.Section}):\n{markdown}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} examples broke the section:\n" + string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public void TheWriterNeverFallsBackToPlainTextForACommonMarkExample()
    {
        // The plain-text fallback is a safety net for a writer fault, not a path real Markdown takes.
        var fallbacks = CommonMarkSpec.Examples.Where(e => !UserMarkdown.Write(e.Markdown, headingOffset: 2).Verified).Select(e => e.Number).ToList();

        Assert.Empty(fallbacks);
    }

    /// <summary>The template's own structure in the rendered Markdown: its level 1 and 2 headings in order, and its citations.</summary>
    private static string Skeleton(MarkdownDocument document)
    {
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level <= 2).Select(h => h.Level + " " + Text(h));
        var citations = document.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()).Select(f => f.Label).Where(l => l is not null && !l.StartsWith("^user-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        return string.Join("\n", headings) + "\n" + string.Join(",", citations);
    }

    private static string Text(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
}
