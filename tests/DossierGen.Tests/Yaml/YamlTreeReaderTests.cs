using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    [Fact]
    public void EveryNodeKeepsItsOneBasedLineAndColumn()
    {
        var root = Read("a: 1\nb:\n  - x\n  - [y, z]\n") as YamlMapping;

        Assert.NotNull(root);
        var list = (YamlSequence)root.Get("b")!;
        Assert.Equal((3, 5), (list.Items[0].Location.Line, list.Items[0].Location.Column));
        var flow = (YamlSequence)list.Items[1];
        Assert.Equal((4, 9), (flow.Items[1].Location.Line, flow.Items[1].Location.Column));
    }

    [Theory]
    [InlineData("yes", YamlScalarKind.Text)]
    [InlineData("no", YamlScalarKind.Text)]
    [InlineData("on", YamlScalarKind.Text)]
    [InlineData("true", YamlScalarKind.Boolean)]
    [InlineData("False", YamlScalarKind.Boolean)]
    [InlineData("~", YamlScalarKind.Null)]
    [InlineData("", YamlScalarKind.Null)]
    [InlineData("3.2", YamlScalarKind.RealNumber)]
    [InlineData("0x1F", YamlScalarKind.WholeNumber)]
    [InlineData("2027-03-01", YamlScalarKind.Text)]
    [InlineData("50 L", YamlScalarKind.Text)]
    public void PlainScalarsResolveByTheYaml12CoreSchema(string text, YamlScalarKind kind)
    {
        var root = (YamlMapping)Read($"v: {text}\n")!;

        Assert.Equal(kind, ((YamlScalar)root.Get("v")!).Kind);
    }

    [Fact]
    public void QuotedScalarsAreAlwaysText()
    {
        var root = (YamlMapping)Read("v: \"true\"\nw: '3.2'\n")!;

        Assert.Equal(YamlScalarKind.Text, ((YamlScalar)root.Get("v")!).Kind);
        Assert.Equal(YamlScalarKind.Text, ((YamlScalar)root.Get("w")!).Kind);
    }

    [Fact]
    public void ADuplicateKeyIsReportedAtTheSecondOccurrenceAndTheFirstIsKept()
    {
        var diagnostics = new DiagnosticBag();
        var root = (YamlMapping)YamlTreeReader.Read("f.yaml", "a: 1\nb: 2\na: 3\n", diagnostics)!;

        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.DuplicateKey, diagnostic.Code);
        Assert.Equal(new SourceLocation("f.yaml", 3, 1), diagnostic.Location);
        Assert.Equal("1", ((YamlScalar)root.Get("a")!).Value);
    }

    [Fact]
    public void AnAliasSharesItsAnchoredNodeWithinTheLimits()
    {
        var root = (YamlMapping)Read("a: &x [1, 2]\nb: *x\n")!;

        Assert.Same(root.Get("a"), root.Get("b"));
    }

    [Fact]
    public void AnAliasToNoAnchorIsASyntaxError()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(YamlTreeReader.Read("f.yaml", "a: *nothing\n", diagnostics));
        Assert.Equal(DiagnosticCodes.YamlSyntax, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void NestingAtTheLimitIsAcceptedAndOneDeeperIsRefused()
    {
        var limits = YamlLimits.Default with { MaxDepth = 5 };
        var ok = new DiagnosticBag();
        var tooDeep = new DiagnosticBag();

        Assert.NotNull(YamlTreeReader.Read("f.yaml", "[[[[[1]]]]]", ok, limits));
        Assert.Null(YamlTreeReader.Read("f.yaml", "[[[[[[1]]]]]]", tooDeep, limits));
        Assert.False(ok.HasErrors);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, Assert.Single(tooDeep.Sorted()).Code);
    }

    [Fact]
    public void AMappingKeyThatIsAListIsRefused()
    {
        var diagnostics = new DiagnosticBag();

        YamlTreeReader.Read("f.yaml", "? [a, b]\n: 1\n", diagnostics);

        Assert.Equal(DiagnosticCodes.ComplexKey, Assert.Single(diagnostics.Sorted()).Code);
    }

    private static YamlNode? Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlTreeReader.Read("f.yaml", text, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return node;
    }
}
