using DossierGen.Diagnostics;

namespace DossierGen.Tests.Diagnostics;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("\u001B[31mred", "\\e[31mred")]
    [InlineData("\u001B]0;title\u0007", "\\e]0;title\\u0007")]
    [InlineData("\u0000", "\\u0000")]
    [InlineData("\u007F", "\\u007F")]
    [InlineData("\u0085\u009B", "\\u0085\\u009B")]
    [InlineData("\u202Eevil\u202C", "\\u202Eevil\\u202C")]
    [InlineData("\u2066x\u2069", "\\u2066x\\u2069")]
    [InlineData("a\u200Bb\u200D", "a\\u200Bb\\u200D")]
    [InlineData("\uFEFFsoft\u00ADhyphen", "\\uFEFFsoft\\u00ADhyphen")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("tag \uDB40\uDC41", "tag \\U000E0041")]
    public void CharactersThatAreNotShownAsThemselvesAreEscaped(string text, string shown)
    {
        Assert.Equal(shown, DisplayText.Escape(text));
    }

    [Fact]
    public void ALoneSurrogateIsEscaped()
    {
        // Built at run time: a lone surrogate cannot survive in an attribute's UTF-8 metadata.
        Assert.Equal("\\uD800", DisplayText.Escape(((char)0xD800).ToString()));
        Assert.Equal("x\\uDC00y", DisplayText.Escape("x" + (char)0xDC00 + "y"));
        Assert.Equal("\\uD83D\uD83D\uDE00", DisplayText.Escape(new string([(char)0xD83D, (char)0xD83D, (char)0xDE00])));
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("C:\\dossiers\\change.yaml")]
    [InlineData("変更管理 – naïve 😀 \u00A0\u3000")]
    [InlineData("")]
    public void VisibleTextIsLeftAsItIs(string text)
    {
        Assert.Same(text, DisplayText.Escape(text));
    }

    [Fact]
    public void ADiagnosticIsOneLineWhateverItsPathAndMessageHold()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "DG1101", "unknown key 'a\nerror DG0000: forged'", new SourceLocation("dir\u001B]8;;x\u0007/c\nd.yaml", 3, 5));

        Assert.Equal("dir\\e]8;;x\\u0007/c\\nd.yaml(3,5): error DG1101: unknown key 'a\\nerror DG0000: forged'", diagnostic.ToString());
    }
}
