using DossierGen.Templates.Regional;

namespace DossierGen.Tests.Templates.Regional;

public sealed class PlaceholdersTests
{
    [Fact]
    public void PlaceholdersAreBracketedEntriesButNotLinksFootnotesOrTheUsersOwnBrackets()
    {
        const string Markdown = "| 7 | [FEI number] | \\[user text\\] | [3.2.S.2.1](#sec:3.2.S.2.1) | see[^c1] | ［承認年月日］ | [FEI number] |\n";

        Assert.Equal(["[FEI number]", "［承認年月日］"], Placeholders.In(Markdown));
    }
}
