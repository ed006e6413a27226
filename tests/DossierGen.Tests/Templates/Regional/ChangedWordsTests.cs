using DossierGen.Templates.Regional;

namespace DossierGen.Tests.Templates.Regional;

public sealed class ChangedWordsTests
{
    [Fact]
    public void ANumberChangesAsOneWord()
    {
        Assert.Equal(("++500++ L", "++2000++ L"), ChangedWords.Mark("500 L", "2000 L"));
    }

    [Fact]
    public void KatakanaNamesChangeAsWholeWordsAndTheMarksAreKept()
    {
        var (present, proposed) = ChangedWords.Mark("《製造所：フレーミングハム》", "《製造所：コーク》");

        Assert.Equal("《製造所：++フレーミングハム++》", present);
        Assert.Equal("《製造所：++コーク++》", proposed);
    }

    [Fact]
    public void AnUnderlineNeverStartsOrEndsOnPunctuation()
    {
        var (present, proposed) = ChangedWords.Mark("保存：−80℃以下", "保存：−60℃以下、遮光");

        Assert.Equal("保存：−++80++℃以下", present);
        Assert.Equal("保存：−++60++℃以下、++遮光++", proposed);
    }

    [Fact]
    public void UserTextCannotOpenAnUnderlineOrOtherMarkup()
    {
        var (present, proposed) = ChangedWords.Mark("a ++b++ *c*", "a ++b++ *d*");

        Assert.Equal(@"a \+\+b\+\+ \*++c++\*", present);
        Assert.Equal(@"a \+\+b\+\+ \*++d++\*", proposed);
    }

    [Fact]
    public void APlusBesideAnUnderlineStaysText()
    {
        Assert.Equal((@"++CD4++\+ T cells", @"++CD8++\+ T cells"), ChangedWords.Mark("CD4+ T cells", "CD8+ T cells"));
        Assert.Equal((@"x\+++a++", @"x\+++b++"), ChangedWords.Mark("x+a", "x+b"));
    }

    [Fact]
    public void IdenticalTextsHaveNoUnderline()
    {
        Assert.Equal(("同じ", "同じ"), ChangedWords.Mark("同じ", "同じ"));
    }
}
