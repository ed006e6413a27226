using System.IO.Compression;
using System.Text;
using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>
/// The documents a sponsor submits (Module 1 and Module 3) carry nothing internal in any part, the
/// hidden ones included: no rule id, no custom properties and not the tool's name (the author is the sponsor). What each came from (the provenance
/// check, review and redline name causes from) is in the dossier's manifest instead.
/// </summary>
public sealed class SubmittedDocumentPartsTests
{
    public static TheoryData<string> Examples => Module3VoiceTests.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoPartOfAModule1Or3DocumentHoldsARuleIdCustomPropertiesOrTheToolsName(string example)
    {
        var ruleIds = RepositoryRules.Set.All.Select(r => r.Id).Distinct().ToList();
        var submitted = ExampleDossiers.For(example).Where(IsSubmittedDocument).ToList();
        Assert.NotEmpty(submitted);
        var problems = new List<string>();
        foreach (var file in submitted)
        {
            using var zip = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                problems.AddRange(ruleIds.Where(id => text.Contains(id, StringComparison.Ordinal)).Select(id => $"{file.RelativePath} {entry.FullName}: rule id {id}"));
                if (text.Contains("DossierGen", StringComparison.Ordinal))
                {
                    problems.Add($"{file.RelativePath} {entry.FullName}: the tool's name");
                }

                if (entry.FullName == "docProps/custom.xml")
                {
                    problems.Add($"{file.RelativePath}: custom properties");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void TheManifestRecordsEveryWordDocumentsProvenanceWithItsRules()
    {
        var files = ExampleDossiers.For("aav-ds-site-transfer");
        var provenance = DossierManifest.ProvenanceOf(files.Single(f => f.RelativePath.EndsWith("/" + DossierManifest.FileName, StringComparison.Ordinal)).Content);

        var documents = files.Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).Select(f => f.RelativePath[(f.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(documents.Order(StringComparer.Ordinal), provenance.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(Provenance.RulePrefix + "FDA-SITE-MFG-NEW", provenance["US/1.2-cover-letter.docx"].Keys);
        Assert.Contains(Provenance.InputPrefix + "C1.proposed", provenance["M3/3.2.S.2.1-manufacturer.docx"].Keys);
        Assert.StartsWith("sections/", provenance["M3/3.2.S.2.1-manufacturer.docx"][Provenance.TemplateKey], StringComparison.Ordinal);
    }

    private static bool IsSubmittedDocument(GeneratedFile file) =>
        file.RelativePath.EndsWith(".docx", StringComparison.Ordinal) && !file.RelativePath.EndsWith("/assessment.docx", StringComparison.Ordinal);
}
