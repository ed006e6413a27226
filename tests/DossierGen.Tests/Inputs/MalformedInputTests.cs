using DossierGen.Tests.Support;

namespace DossierGen.Tests.Inputs;

/// <summary>
/// Every kind of fault a user can make, each in its own file under Inputs/Malformed: the command
/// exits 2, names the exact code and place, prints no stack trace, and writes nothing.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly string MalformedFolder = Path.Combine(RepositoryPaths.TestInputs, "Malformed");

    /// <summary>file, expected code, line, column, and the file the diagnostic names when it is not the one validated.</summary>
    public static TheoryData<string, string, int, int, string?> Cases => new()
    {
        { "yaml-syntax-unclosed-bracket.yaml", "DG1005", 4, 10, null },
        { "yaml-syntax-unclosed-quote.yaml", "DG1005", 4, 8, null },
        { "yaml-syntax-colon-in-plain-value.yaml", "DG1005", 4, 12, null },
        { "yaml-syntax-tab-indent.yaml", "DG1005", 5, 1, null },
        { "unknown-key.yaml", "DG1101", 11, 5, null },
        { "missing-required-key.yaml", "DG1102", 5, 5, null },
        { "inline-product-without-markets.yaml", "DG1102", 4, 3, null },
        { "shelf-life-extension-without-basis.yaml", "DG1102", 5, 5, null },
        { "wrong-type-boolean.yaml", "DG1103", 11, 22, null },
        { "wrong-type-list.yaml", "DG1103", 4, 10, null },
        { "number-where-text-expected.yaml", "DG1103", 2, 5, null },
        { "value-not-in-enumeration.yaml", "DG1104", 9, 16, null },
        { "unknown-kind.yaml", "DG1104", 6, 11, null },
        { "duplicate-key.yaml", "DG1008", 4, 1, null },
        { "duplicate-change-id.yaml", "DG1201", 9, 9, null },
        { "unsupported-format-version.yaml", "DG1011", 1, 9, null },
        { "unknown-format.yaml", "DG1011", 1, 9, null },
        { "missing-format.yaml", "DG1010", 1, 1, null },
        { "wrong-file-kind.yaml", "DG1012", 1, 9, "master-file.yaml" },
        { "invalid-date.yaml", "DG1105", 4, 22, null },
        { "invalid-date-format.yaml", "DG1105", 4, 22, null },
        { "invalid-id.yaml", "DG1106", 2, 5, null },
        { "invalid-id-too-long.yaml", "DG1106", 5, 9, null },
        { "product-not-found.yaml", "DG1202", 3, 10, null },
        { "change-with-bad-product.yaml", "DG1104", 3, 11, "bad-product.yaml" },
        { "master-file-not-found.yaml", "DG1203", 11, 10, null },
        { "master-file-path-not-found.yaml", "DG1203", 11, 10, null },
        { "agreement-covers-unknown-change.yaml", "DG1204", 16, 14, null },
        { "agreement-market-mismatch.yaml", "DG1206", 13, 13, null },
        { "market-not-in-product.yaml", "DG1205", 4, 15, null },
        { "unparsable-volume.yaml", "DG1107", 10, 9, null },
        { "empty.yaml", "DG1002", 1, 1, null },
        { "only-comments.yaml", "DG1002", 1, 1, null },
        { "not-utf8.yaml", "DG1003", 3, 11, null },
        { "utf16.yaml", "DG1003", 1, 1, null },
        { "multiple-documents.yaml", "DG1009", 3, 1, null },
        { "alias-bomb.yaml", "DG1007", 6, 29, null },
        { "deep-nesting.yaml", "DG1006", 2, 70, null },
        { "authorization-date-not-real.yaml", "DG1105", 13, 11, null },
        { "authorization-date-short.yaml", "DG1105", 13, 11, null },
        { "authorization-date-empty.yaml", "DG1105", 13, 11, null },
        { "authorization-date-null.yaml", "DG1105", 13, 11, null },
        { "product-empty.yaml", "DG1103", 3, 10, null },
        { "master-file-ref-empty.yaml", "DG1103", 11, 10, null },
        { "volume-too-large.yaml", "DG1107", 10, 9, null },
        { "description-quotes-nested-too-deeply.yaml", "DG1111", 4, 14, null },
        { "description-emphasis-nested-too-deeply.yaml", "DG1111", 4, 14, null },
        { "description-brackets-beyond-markdig.yaml", "DG1111", 5, 14, null },
        { "lone-surrogate-escape.yaml", "DG1005", 4, 8, null },
        { "product-absolute-path.yaml", "DG1013", 3, 10, null },
        { "product-outside-repository.yaml", "DG1013", 3, 10, null },
        { "product-path-with-nul.yaml", "DG1013", 3, 10, null },
        { "master-file-ref-outside-repository.yaml", "DG1013", 11, 10, null },
        { "product-not-a-dossiergen-file.yaml", "DG1012", 3, 10, null },
        { "config-rules-path-with-nul.yaml", "DG1013", 2, 8, null },
        { "config-output-path-with-nul.yaml", "DG1013", 2, 9, null },
        { "registered-duplicate-id.yaml", "DG1401", 11, 9, null },
        { "registered-unknown-element.yaml", "DG1402", 22, 17, null },
        { "registered-element-does-not-fit-kind.yaml", "DG1403", 22, 17, null },
        { "registered-no-proposed-value.yaml", "DG1404", 22, 17, null },
        { "registered-proposed-text-against-range.yaml", "DG1404", 23, 15, null },
        { "registered-stated-nature-contradicts.yaml", "DG1405", 24, 13, null },
        { "registered-stated-jp-marking-contradicts.yaml", "DG1405", 24, 23, null },
        { "registered-stated-material-contradicts.yaml", "DG1405", 21, 15, null },
        { "registered-range-reversed.yaml", "DG1406", 10, 19, null },
        { "registered-proposed-range-reversed.yaml", "DG1406", 23, 28, null },
        { "registered-category-not-procedure.yaml", "DG1407", 12, 62, null },
        { "registered-category-without-ec.yaml", "DG1408", 12, 33, null },
        { "registered-market-not-in-product.yaml", "DG1409", 12, 7, null },
        { "registered-unknown-type.yaml", "DG1104", 8, 11, null },
        { "registered-approval-form-outside-japan.yaml", "DG1101", 12, 13, null },
        { "registered-nature-missing-without-registered.yaml", "DG1102", 18, 5, null },
        { "Comparability/study-unknown-key.yaml", "DG1101", 14, 5, null },
        { "Comparability/study-wrong-type.yaml", "DG1103", 15, 27, null },
        { "Comparability/duplicate-lot-id.yaml", "DG1303", 10, 11, null },
        { "Comparability/duplicate-attribute-name.yaml", "DG1304", 17, 11, null },
        { "Comparability/result-for-undeclared-lot.yaml", "DG1305", 16, 45, null },
        { "Comparability/result-not-a-number.yaml", "DG1306", 16, 30, null },
        { "Comparability/pair-without-post-lot.yaml", "DG1308", 9, 37, null },
        { "Comparability/lot-without-pair.yaml", "DG1309", 9, 5, null },
        { "Comparability/criterion-two-kinds.yaml", "DG1302", 15, 7, null },
        { "Comparability/criterion-none.yaml", "DG1302", 14, 16, null },
        { "Comparability/coverage-outside-unit-interval.yaml", "DG1301", 15, 39, null },
        { "Comparability/alpha-outside-range.yaml", "DG1301", 15, 40, null },
        { "Comparability/k-not-positive.yaml", "DG1301", 15, 27, null },
        { "Comparability/margin-not-positive.yaml", "DG1301", 15, 30, null },
        { "Comparability/log10-of-zero.yaml", "DG1310", 21, 34, null },
        { "Comparability/limits-reversed.yaml", "DG1316", 15, 24, null },
        { "Comparability/study-covers-unknown-change.yaml", "DG1311", 4, 14, "Comparability/covers-unknown-change.study.yaml" },
        { "Comparability/study-not-found.yaml", "DG1315", 13, 5, null },
        { "Comparability/study-listed-twice.yaml", "DG1317", 14, 5, null },
        { "Comparability/csv-not-found.yaml", "DG1315", 21, 7, null },
        { "Comparability/csv-bad-header.yaml", "DG1312", 1, 15, "Comparability/csv-bad-header.csv" },
        { "Comparability/csv-not-a-number.yaml", "DG1306", 3, 14, "Comparability/csv-not-a-number.csv" },
        { "Comparability/csv-duplicate-result.yaml", "DG1307", 4, 1, "Comparability/csv-duplicate-result.csv" },
        { "Comparability/csv-unknown-lot.yaml", "DG1305", 3, 1, "Comparability/csv-unknown-lot.csv" },
        { "Comparability/csv-unknown-attribute.yaml", "DG1313", 3, 5, "Comparability/csv-unknown-attribute.csv" },
        { "Comparability/csv-malformed-row.yaml", "DG1314", 3, 1, "Comparability/csv-malformed-row.csv" },
        { "rules-unknown-key.yaml", "DG1101", 12, 5, null },
        { "rule-tests-without-rules-file.test.yaml", "DG2103", 1, 1, null },
        { "outline-unknown-kind.yaml", "DG1104", 8, 13, null },
        { "labels-missing-group.yaml", "DG1102", 1, 1, null },
        { "master-file-change-bad-significance.yaml", "DG1104", 5, 15, null },
        { "outline-template-outside.yaml", "DG3006", 7, 15, null },
        { "outline-template-absolute.yaml", "DG3006", 7, 15, null },
        { "outline-duplicate-file.yaml", "DG3006", 13, 11, null },
        { "outline-not-an-ich-section.yaml", "DG3028", 4, 13, null },
        { "outline-not-the-ich-title.yaml", "DG3029", 5, 12, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedInputIsRefusedWithTheExactCodeAndPlace(string file, string code, int line, int column, string? reportedFile)
    {
        using var scratch = CopyOfMalformedFolder();
        var before = scratch.Snapshot();

        var run = RunGuarded("validate", scratch.File(file));

        Assert.Equal(2, run.ExitCode);
        var expectedStart = $"{scratch.File(reportedFile ?? file)}({line},{column}): error {code}: ";
        Assert.True(run.ErrorLines.Any(l => l.StartsWith(expectedStart, StringComparison.Ordinal)), $"expected a line starting '{expectedStart}' in:\n{run.Error}");
        AssertNoStackTrace(run);
        Assert.DoesNotContain("valid", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
    }

    /// <summary>
    /// Entries that are not regular files, made by the test (a FIFO cannot be committed): the place the
    /// valid change's workspace uses them, what they are, and the command that reads them.
    /// </summary>
    public static TheoryData<string, string> NonRegularCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var kind in new[] { SpecialFiles.Fifo, SpecialFiles.Device, SpecialFiles.Folder })
        {
            foreach (var place in new[] { "valid-change.yaml", "product.yaml", "valid-master-file.yaml", "dossiergen.yaml", "templates/outline.yaml", "templates/labels.yaml", "templates/sections/comparability.md.sbn", "templates/reference.docx" })
            {
                cases.Add(place, kind);
            }
        }

        // A folder among the rules or partials is not a rules file or a partial, so only files that block are cases there.
        foreach (var kind in new[] { SpecialFiles.Fifo, SpecialFiles.Device })
        {
            cases.Add("rules/fda/zz-extra.yaml", kind);
            cases.Add("templates/partials/zz-extra.md.sbn", kind);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(NonRegularCases))]
    public void AFileThatIsNotARegularFileIsRefusedAtOnceNotOpened(string place, string kind)
    {
        using var scratch = CopyOfMalformedFolder();
        Folders.Copy(RepositoryPaths.Rules, scratch.File("rules"));
        Folders.Copy(RepositoryPaths.Templates, scratch.File("templates"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\ntemplates: templates\n");
        File.Delete(scratch.File(place));
        if (Directory.Exists(scratch.File(place)))
        {
            Directory.Delete(scratch.File(place), recursive: true);
        }

        SpecialFiles.Make(scratch.File(place), kind);
        var output = scratch.File("out");

        var run = RunGuarded(TimeSpan.FromSeconds(20), "generate", scratch.File("valid-change.yaml"), "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error DG1001: ", StringComparison.Ordinal) && l.Contains($"is not a regular file (it is {ExpectedKind(kind)})", StringComparison.Ordinal));
        AssertNoStackTrace(run);
        Assert.False(Directory.Exists(output));
    }

    private static string ExpectedKind(string kind) => kind switch
    {
        SpecialFiles.Fifo => "a named pipe",
        SpecialFiles.Device => "a device",
        _ => "a folder",
    };

    [Fact]
    public void EveryMalformedFileHasARowInTheTable()
    {
        var inTable = Cases.SelectMany(row => new[] { (string)row[0], (string?)row[4] }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var helpers = new[] { "product.yaml", "bad-product.yaml", "master-file.yaml", "valid-master-file.yaml", "valid-change.yaml", "not-dossiergen.txt", "Comparability/product.yaml", "Comparability/valid-study.yaml", "Comparability/valid-study.csv" };
        var untested = Directory.EnumerateFiles(MalformedFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(MalformedFolder, f).Replace('\\', '/'))
            .Where(f => !inTable.Contains(f) && !helpers.Contains(f))
            .ToList();
        Assert.Empty(untested);
    }

    [Theory]
    [InlineData("yaml-syntax-tab-indent.yaml", "replace the tab with spaces", "→- id: C1", 1)]
    [InlineData("yaml-syntax-unclosed-bracket.yaml", "the [ that opens here is not closed", "markets: [US, EU", 10)]
    [InlineData("yaml-syntax-unclosed-quote.yaml", "is not closed; add the closing quote", "title: \"Site renamed", 8)]
    [InlineData("yaml-syntax-colon-in-plain-value.yaml", "put the whole value in quotes", "title: Site: renamed", 12)]
    public void AYamlSyntaxErrorShowsItsLineWithACaretAndAPlainHint(string file, string hint, string shownLine, int caretColumn)
    {
        using var scratch = CopyOfMalformedFolder();

        var run = RunGuarded("validate", scratch.File(file));

        var lines = run.Error.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("error DG1005: ", StringComparison.Ordinal));
        Assert.True(at >= 0, run.Error);
        Assert.Contains(hint, lines[at], StringComparison.Ordinal);
        Assert.DoesNotContain("while scanning", lines[at], StringComparison.Ordinal);
        Assert.Equal("    " + shownLine, lines[at + 1]);
        Assert.Equal("    " + new string(' ', caretColumn - 1) + "^", lines[at + 2]);
    }

    [Theory]
    [InlineData("product-empty.yaml")]
    [InlineData("master-file-ref-empty.yaml")]
    public void AnEmptyPathIsOneFaultAtItsPlace(string file)
    {
        using var scratch = CopyOfMalformedFolder();

        var run = RunGuarded("validate", scratch.File(file));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void AVolumeTooLargeToCompareIsRefusedByEveryCommandNotOverflowed()
    {
        using var scratch = CopyOfMalformedFolder();

        var run = RunGuarded("assess", scratch.File("volume-too-large.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{scratch.File("volume-too-large.yaml")}(10,9): error DG1107: ", run.ErrorLines[0], StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedBeforeItIsRead()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("huge.yaml");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine("format: dossiergen/change@1");
            writer.WriteLine("description: |");
            var line = "  " + new string('x', 1000);
            for (var i = 0; i < 2000; i++)
            {
                writer.WriteLine(line);
            }
        }

        var run = RunGuarded("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}(1,1): error DG1004: ", run.ErrorLines[0], StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void AllFaultsOfAFileAreReportedInOneRun()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(MalformedFolder, "product.yaml"), scratch.File("product.yaml"));
        File.WriteAllText(scratch.File("change.yaml"), """
            format: dossiergen/change@1
            id: CC-1
            product: product.yaml
            implementation-date: 2027-13-01
            changes:
              - id: C1
                kind: scale
                material: drug-substance
                summary: Scale-up
                from: fifty litres
                to: 500 L
                equipment: bigger
                colour: blue
            """);

        var run = CliRun.Invoke("validate", scratch.File("change.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["DG1105", "DG1107", "DG1104", "DG1101"], run.ErrorLines.Select(l => l.Split(": ")[1].Split(' ')[1]));
    }

    /// <summary>Runs the command on a worker thread so a hang fails the test instead of stalling the suite.</summary>
    private static CliRun RunGuarded(params string[] args) => RunGuarded(TimeSpan.FromSeconds(60), args);

    private static CliRun RunGuarded(TimeSpan limit, params string[] args)
    {
        var task = Task.Run(() => CliRun.Invoke(args));
        Assert.True(task.Wait(limit), "the command did not finish: hostile input must be refused, not processed");
        return task.Result;
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    private static TemporaryDirectory CopyOfMalformedFolder()
    {
        var scratch = new TemporaryDirectory();
        Folders.Copy(MalformedFolder, scratch.Path);
        return scratch;
    }
}
