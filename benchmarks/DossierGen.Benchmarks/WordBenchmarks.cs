using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DossierGen.Diagnostics;
using DossierGen.Word;

namespace DossierGen.Benchmarks;

/// <summary>In-process rendering of one long section (about 20 pages) from Markdown to .docx bytes, after warm-up.</summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private string _markdown = "";
    private ReferenceDocument _reference = null!;
    private readonly DocumentInfo _info = new("3.2.S.2.6 Manufacturing process development", "Benchmark", "Product · BENCH · US · 3.2.S.2.6", new DateOnly(2026, 9, 1), "en-GB");

    [GlobalSetup]
    public void Setup()
    {
        _reference = ReferenceDocument.Load(Path.Combine(RepositoryRoot.Find(), "templates", "reference.docx"), new DiagnosticBag())
            ?? throw new InvalidOperationException("reference.docx does not load");
        _markdown = TwentyPageSection();
    }

    [Benchmark(Description = "render a ~20-page section to .docx")]
    public byte[] RenderTwentyPages() => MarkdownToDocx.Convert(_markdown, _info, _reference);

    [Benchmark(Description = "  of which: parse Markdown")]
    public object Parse() => DossierGen.Markdown.DossierMarkdown.Parse(_markdown);

    [Benchmark(Description = "  of which: parse + render to WordprocessingML elements")]
    public WordContent ParseAndRender()
    {
        var content = new WordContent();
        new WordRenderer(content).Render(DossierGen.Markdown.DossierMarkdown.Parse(_markdown));
        return content;
    }

    private DossierGen.Word.Xml.WordElement? _body;

    [Benchmark(Description = "  of which: serialise the body's markup (no zip)")]
    public int Serialise()
    {
        _body ??= new DossierGen.Word.Xml.WordElement("w:body").AddRange(ParseAndRender().Body);
        var xml = new StringBuilder();
        _body.WriteTo(xml);
        return xml.Length;
    }

    /// <summary>About 20 A4 pages (22 parts; LibreOffice lays it out on 20): headings, paragraphs with footnotes, lists and a table per subsection.</summary>
    public static string TwentyPageSection()
    {
        var text = new StringBuilder("# 3.2.S.2.6 Manufacturing process development\n\n");
        for (var part = 1; part <= 22; part++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Part {part}: comparability of lot series {part}\n\n");
            for (var paragraph = 0; paragraph < 4; paragraph++)
            {
                text.Append("Pre- and post-change lots were compared side by side for **capsid titre**, vector-genome titre, full/empty ratio, ")
                    .Append("infectivity and potency, host-cell protein, residual DNA and aggregates, against acceptance criteria set before the data were seen")
                    .Append(CultureInfo.InvariantCulture, $"[^n{part}_{paragraph}]. The results support the conclusion that the change has no adverse effect on *identity, strength, quality, purity or potency*.\n\n");
            }

            text.Append("1. Release testing of three consecutive lots\n2. Extended characterisation\n   - orthogonal potency\n   - particle analysis\n3. Real-time stability\n\n");
            text.Append("| Attribute | Method | Pre-change | Post-change | Criterion |\n|:----------|:-------|-----:|-----:|:----------|\n");
            for (var row = 0; row < 8; row++)
            {
                text.Append(CultureInfo.InvariantCulture, $"| Attribute {row} | Method {row} | {row * 1.5:0.0} | {row * 1.6:0.0} | within quality range |\n");
            }

            text.Append('\n');
            for (var paragraph = 0; paragraph < 4; paragraph++)
            {
                text.Append(CultureInfo.InvariantCulture, $"[^n{part}_{paragraph}]: Internal report CMP-{part:000}-{paragraph}, statistical analysis plan version 2.\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
