using DossierGen.Generation.Ectd;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation.Ectd;

/// <summary>
/// Module 3 headings and file names follow ICH M4Q and the eCTD v3.2.2 Appendix 4 names (fact
/// base 11), one document per eCTD leaf: the list below is the ICH one, kept apart from the code.
/// </summary>
public sealed class IchSectionTests
{
    /// <summary>ICH M4Q titles of the leaves a CMC change can touch (number, title).</summary>
    public static TheoryData<string, string> M4QTitles => new()
    {
        { "3.2.S.2.1", "Manufacturer(s)" },
        { "3.2.S.2.2", "Description of Manufacturing Process and Process Controls" },
        { "3.2.S.2.3", "Control of Materials" },
        { "3.2.S.2.4", "Controls of Critical Steps and Intermediates" },
        { "3.2.S.2.5", "Process Validation and/or Evaluation" },
        { "3.2.S.2.6", "Manufacturing Process Development" },
        { "3.2.S.3.1", "Elucidation of Structure and Other Characteristics" },
        { "3.2.S.3.2", "Impurities" },
        { "3.2.S.4.1", "Specification" },
        { "3.2.S.4.2", "Analytical Procedures" },
        { "3.2.S.4.3", "Validation of Analytical Procedures" },
        { "3.2.S.4.4", "Batch Analyses" },
        { "3.2.S.4.5", "Justification of Specification" },
        { "3.2.S.5", "Reference Standards or Materials" },
        { "3.2.S.6", "Container Closure System" },
        { "3.2.S.7.1", "Stability Summary and Conclusions" },
        { "3.2.S.7.2", "Post-approval Stability Protocol and Stability Commitment" },
        { "3.2.S.7.3", "Stability Data" },
        { "3.2.P.1", "Description and Composition of the Drug Product" },
        { "3.2.P.2.3", "Manufacturing Process Development" },
        { "3.2.P.3.1", "Manufacturer(s)" },
        { "3.2.P.3.2", "Batch Formula" },
        { "3.2.P.3.3", "Description of Manufacturing Process and Process Controls" },
        { "3.2.P.3.4", "Controls of Critical Steps and Intermediates" },
        { "3.2.P.3.5", "Process Validation and/or Evaluation" },
        { "3.2.P.5.1", "Specification(s)" },
        { "3.2.P.5.2", "Analytical Procedures" },
        { "3.2.P.5.3", "Validation of Analytical Procedures" },
        { "3.2.P.5.4", "Batch Analyses" },
        { "3.2.P.5.5", "Characterisation of Impurities" },
        { "3.2.P.5.6", "Justification of Specification(s)" },
        { "3.2.P.6", "Reference Standards or Materials" },
        { "3.2.P.7", "Container Closure System" },
        { "3.2.P.8.1", "Stability Summary and Conclusion" },
        { "3.2.P.8.2", "Post-approval Stability Protocol and Stability Commitment" },
        { "3.2.P.8.3", "Stability Data" },
        { "3.2.A.1", "Facilities and Equipment" },
        { "3.2.A.2", "Adventitious Agents Safety Evaluation" },
        { "3.2.R", "Regional Information" },
    };

    [Theory]
    [MemberData(nameof(M4QTitles))]
    public void TheCatalogueHoldsTheIchTitle(string number, string title) =>
        Assert.Equal(title, IchSections.Find(number)?.Title);

    [Fact]
    public void EveryModule3SectionOfTheOutlineIsAnIchLeafUnderItsIchTitleAndFileName()
    {
        var titles = M4QTitles.Select(row => ((string)row[0], (string)row[1])).ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
        var module3 = RepositoryTemplates.Set.Outline.Where(s => IchSections.IsModule3(s.Number)).ToList();

        Assert.NotEmpty(module3);
        Assert.All(module3, section =>
        {
            Assert.True(titles.TryGetValue(section.Number, out var title), $"{section.Number} is not in the ICH list");
            Assert.Equal(title, section.Title);
            Assert.Equal(IchSections.Find(section.Number)!.MarketFile, section.File);
        });
    }

    [Fact]
    public void ControlAndStabilityAreOneDocumentPerLeaf()
    {
        var numbers = RepositoryTemplates.Set.Outline.Select(s => s.Number).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["3.2.S.4.1", "3.2.S.4.2", "3.2.S.4.3", "3.2.S.7.1", "3.2.S.7.2", "3.2.S.7.3", "3.2.P.5.1", "3.2.P.5.2", "3.2.P.5.3", "3.2.P.5.6", "3.2.P.8.1", "3.2.P.8.2", "3.2.P.8.3"]), numbers);
        Assert.DoesNotContain("3.2.S.4", numbers);
        Assert.DoesNotContain("3.2.P.5", numbers);
        Assert.DoesNotContain("3.2.P.8", numbers);
    }

    [Fact]
    public void EveryGeneratedModule3HeadingIsItsIchTitle()
    {
        var documents = Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>()
            .SelectMany(ExampleDossiers.For)
            .Where(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal) && Path.GetFileName(f.RelativePath).StartsWith("3.", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, file =>
        {
            var heading = System.Text.Encoding.UTF8.GetString(file.Content).Split('\n')[0];
            var ich = IchSections.All.Single(s => Path.GetFileName(file.RelativePath) == s.MarketFile + ".md");
            Assert.Equal($"# {ich.Number} {ich.Title}", heading);
        });
    }
}
