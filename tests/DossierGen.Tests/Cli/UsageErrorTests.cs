using DossierGen.Tests.Support;

namespace DossierGen.Tests.Cli;

/// <summary>A usage mistake is one clear line naming the mistake, with the nearest command or option; exit 2, nothing run.</summary>
public sealed class UsageErrorTests
{
    private static readonly string ValidChange = Path.Combine(RepositoryPaths.TestInputs, "Valid", "change.yaml");

    private static void AssertOneLine(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal([expected], run.ErrorLines);
    }

    [Fact]
    public void AMistypedCommandIsOneLineWithTheNearestCommand()
    {
        AssertOneLine(CliRun.Invoke("genrate", "x.yaml"), "dossiergen: error DG9003: 'genrate' is not a dossiergen command (did you mean 'generate'?)");
    }

    [Fact]
    public void AMistypedSubcommandIsOneLineWithTheNearestSubcommand()
    {
        AssertOneLine(CliRun.Invoke("rules", "lnt"), "dossiergen: error DG9003: 'lnt' is not a 'dossiergen rules' command (did you mean 'lint'?)");
    }

    [Fact]
    public void AnUnrelatedWordListsTheCommands()
    {
        var run = CliRun.Invoke("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("dossiergen: error DG9003: 'frobnicate' is not a dossiergen command; the commands are validate, assess, explain, generate, batch, impact, rules, templates, check, textconv, diff, init, schemas, redline, review", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommandAtAllIsOneLine()
    {
        var run = CliRun.Invoke();

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("dossiergen: error DG9004: no command given; the commands are validate, ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("explain")]
    [InlineData("generate")]
    public void AWrongDateNamesTheOptionAndTheValueNotAFile(string command)
    {
        AssertOneLine(CliRun.Invoke(command, "--as-of", "2026-13-01", ValidChange), "dossiergen: error DG9002: --as-of '2026-13-01' is not a date written YYYY-MM-DD");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2x")]
    [InlineData("99999999999")]
    [InlineData("1.5")]
    [InlineData("")]
    public void ABatchJobCountThatIsNotANumberIsAUsageErrorNotACrash(string jobs)
    {
        using var scratch = new TemporaryDirectory();

        AssertOneLine(CliRun.Invoke("batch", scratch.Path, "--jobs", jobs), $"dossiergen: error DG9004: --jobs must be a whole number from 1 to 256, not '{jobs}'");
    }

    [Theory]
    [InlineData("assess", "--format", "tabel", "--format 'tabel' is not one of table, json, csv, xlsx (did you mean 'table'?)")]
    [InlineData("explain", "--market", "us", "--market 'us' is not one of US, EU, JP (did you mean 'US'?)")]
    [InlineData("explain", "--market", "Mars", "--market 'Mars' is not one of US, EU, JP")]
    public void AValueOutsideAnOptionsChoicesNamesThemAndTheNearest(string command, string option, string value, string message)
    {
        AssertOneLine(CliRun.Invoke(command, ValidChange, option, value), "dossiergen: error DG9004: " + message);
    }

    [Fact]
    public void AMissingArgumentNamesIt()
    {
        AssertOneLine(CliRun.Invoke("assess"), "dossiergen: error DG9004: 'dossiergen assess' needs CHANGE (the change file); see 'dossiergen assess --help'");
    }

    [Fact]
    public void AnArgumentTooManyIsNamed()
    {
        AssertOneLine(CliRun.Invoke("assess", ValidChange, "other.yaml"), "dossiergen: error DG9004: 'other.yaml' is one argument too many: 'dossiergen assess' takes CHANGE");
    }

    [Fact]
    public void AMissingRequiredOptionIsNamed()
    {
        AssertOneLine(CliRun.Invoke("impact", RepositoryPaths.Examples), "dossiergen: error DG9004: 'dossiergen impact' needs --master-file (the master file's id)");
    }

    [Fact]
    public void AnOptionWithoutItsValueIsNamed()
    {
        AssertOneLine(CliRun.Invoke("assess", ValidChange, "--as-of"), "dossiergen: error DG9004: --as-of needs a value");
    }

    [Fact]
    public void AnOptionGivenTwiceIsNamed()
    {
        AssertOneLine(CliRun.Invoke("assess", ValidChange, "--format", "json", "--format", "table"), "dossiergen: error DG9004: --format is given more than once");
    }

    [Fact]
    public void AnUnknownOptionAfterTheArgumentIsNamedWithTheNearest()
    {
        AssertOneLine(CliRun.Invoke("assess", ValidChange, "--fromat", "json"), "dossiergen: error DG9003: '--fromat' is not an option of 'dossiergen assess' (did you mean '--format'?)");
    }

    [Fact]
    public void AnUnknownOptionBeforeTheArgumentIsOneLine()
    {
        AssertOneLine(CliRun.Invoke("generate", "--as-off", "2027-01-01", ValidChange),
            "dossiergen: error DG9003: '--as-off' is not an option of 'dossiergen generate' (did you mean '--as-of'?); to name a file that starts with '-', put '--' before it");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    public void ATrueOrFalseOptionWithAnotherValueIsAUsageError(string value)
    {
        AssertOneLine(CliRun.Invoke("diff", "a.docx", "b.docx", "--exit-code", value), $"dossiergen: error DG9004: '{value}' is one argument too many: 'dossiergen diff' takes OLD NEW");
    }

    [Theory]
    [InlineData("assess", "--help")]
    [InlineData("rules", "-h")]
    [InlineData("--version")]
    public void HelpAndVersionAnswerEvenWhenTheCommandLacksItsArguments(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.NotEqual("", run.Out);
    }

    [Theory]
    [InlineData("generate", "-o")]
    [InlineData("generate", "--output")]
    [InlineData("batch", "-o")]
    public void StandardOutputIsNoOutputFolder(string command, string option)
    {
        using var scratch = new TemporaryDirectory();
        var input = command == "generate" ? ValidChange : scratch.Path;

        var run = CliRun.InvokeIn(scratch.Path, command, input, option, "-");

        AssertOneLine(run, $"dossiergen: error DG9004: {option} '-' would be a folder named '-': DossierGen writes a folder of files, not standard output (write ./- for such a folder)");
        Assert.False(Directory.Exists(scratch.File("-")));
    }

    [Fact]
    public void AnEmptyOutputFolderIsRefused()
    {
        AssertOneLine(CliRun.Invoke("generate", ValidChange, "-o", ""), "dossiergen: error DG9004: -o needs a folder name");
    }

    [Fact]
    public void StandardOutputIsNoRedlineFile()
    {
        AssertOneLine(CliRun.Invoke("redline", "a.docx", "b.docx", "-o", "-"),
            "dossiergen: error DG9004: -o '-' would be a file named '-': redline writes a Word document, not standard output (write ./- for such a file)");
    }

    [Fact]
    public void ControlCharactersInAMistypedCommandAreEscaped()
    {
        AssertOneLine(CliRun.Invoke("gen\u001Berate"), "dossiergen: error DG9003: 'gen\\eerate' is not a dossiergen command (did you mean 'generate'?)");
    }
}
