using DossierGen.Diagnostics;

namespace DossierGen.Tests.Diagnostics;

public sealed class SourceExcerptTests
{
    [Fact]
    public void ControlCharactersShowAsOneColumnMarksSoTheCaretStaysUnderItsPlace()
    {
        var excerpt = SourceExcerpt.At("a: 1\n\tb:\u001b[2Jx\n", line: 2, column: 6);

        Assert.Equal("→b:␛[2Jx\n     ^", excerpt);
    }

    [Fact]
    public void ALongLineIsCutAroundTheCaret()
    {
        var line = new string('a', 100) + "X" + new string('b', 100);

        var excerpt = SourceExcerpt.At(line, line: 1, column: 101)!.Split('\n');

        Assert.Equal("…" + new string('a', 60) + "X" + new string('b', 59) + "…", excerpt[0]);
        Assert.Equal(new string(' ', 61) + "^", excerpt[1]);
    }

    [Fact]
    public void ALineBeyondTheTextHasNoExcerpt() =>
        Assert.Null(SourceExcerpt.At("a: 1\n", line: 5, column: 1));
}
