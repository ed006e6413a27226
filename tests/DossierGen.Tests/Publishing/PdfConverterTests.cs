using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Publishing;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Publishing;

public sealed class PdfConverterTests
{
    private static readonly SourceLocation Where = SourceLocation.StartOf("out/CC-1");

    private static PdfJob Job(string name, string content) => new($"out/CC-1/US/{name}.pdf", Encoding.UTF8.GetBytes(content), new DateOnly(2027, 3, 1));

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void WithoutLibreOfficeOnThePathTheRunFailsWithALocatedDiagnostic()
    {
        using var empty = new TemporaryDirectory();
        var diagnostics = new DiagnosticBag();

        var pdfs = new PdfConverter(Environment(("PATH", empty.Path))).Convert([Job("a", "a")], Where, diagnostics);

        Assert.Null(pdfs);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.LibreOfficeNotFound, error.Code);
        Assert.StartsWith("out/CC-1(1,1): error DG3035: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-writer-nogui", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADossiergenSofficeVariableThatNamesNoFileIsSaidToBeTheFault()
    {
        var diagnostics = new DiagnosticBag();

        var pdfs = new PdfConverter(Environment((LibreOfficeLocator.Variable, "/nonexistent/soffice"), ("PATH", "/usr/bin"))).Convert([Job("a", "a")], Where, diagnostics);

        Assert.Null(pdfs);
        Assert.Contains("DOSSIERGEN_SOFFICE names '/nonexistent/soffice', which is not a file", Assert.Single(diagnostics.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDocumentComesBackAsAPdfInOrderAndTheSameOnEveryRun()
    {
        using var tools = new TemporaryDirectory();
        var converter = new PdfConverter(Environment(("PATH", tools.Path)));
        FakeLibreOffice.Write(tools.Path, FakeLibreOffice.Converts);
        var jobs = new[] { Job("a", "first document"), Job("b", "second document"), Job("c", "first document") };

        var first = converter.Convert(jobs, Where, new DiagnosticBag());
        var second = converter.Convert(jobs, Where, new DiagnosticBag());

        Assert.NotNull(first);
        Assert.Equal(3, first.Count);
        Assert.All(first, pdf => Assert.StartsWith("%PDF-1.6", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal));
        Assert.Contains("/CreationDate(D:20270301000000Z)", Encoding.Latin1.GetString(first[0]), StringComparison.Ordinal);
        Assert.Equal(first[0], first[2]);
        Assert.NotEqual(first[0], first[1]);
        Assert.Equal(first, second!);
    }

    [Fact]
    public void MoreDocumentsThanOneBatchGoToSeveralLibreOfficeProcesses()
    {
        using var tools = new TemporaryDirectory();
        var calls = tools.File("calls");
        FakeLibreOffice.Write(tools.Path, $"echo run >> '{calls}'\n" + FakeLibreOffice.Converts);
        var jobs = Enumerable.Range(0, PdfConverter.BatchSize + 1).Select(i => Job($"d{i}", $"document {i}")).ToList();

        var pdfs = new PdfConverter(Environment(("PATH", tools.Path))).Convert(jobs, Where, new DiagnosticBag());

        Assert.Equal(PdfConverter.BatchSize + 1, pdfs!.Count);
        Assert.Equal(2, File.ReadAllLines(calls).Length);
    }

    [Fact]
    public void ALibreOfficeThatHangsIsStoppedWithEverythingItStartedAfterTheTimeLimit()
    {
        using var tools = new TemporaryDirectory();
        var pids = tools.File("pids");
        FakeLibreOffice.Write(tools.Path, $"sleep 300 &\necho $! >> '{pids}'\necho $$ >> '{pids}'\nwait");
        var converter = new PdfConverter(Environment(("PATH", tools.Path))) { StartTime = TimeSpan.FromSeconds(2), PerDocument = TimeSpan.Zero };
        var diagnostics = new DiagnosticBag();

        var pdfs = converter.Convert([Job("a", "a")], Where, diagnostics);

        Assert.Null(pdfs);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.PdfConversionTimedOut, error.Code);
        Assert.Equal("out/CC-1/US/a.pdf", error.Location.Path);
        var started = File.ReadAllLines(pids);
        Assert.Equal(2, started.Length);
        Assert.All(started, pid => Assert.False(Running(pid), $"process {pid} is still running"));
    }

    /// <summary>Whether a process runs; a zombie (killed, its parent gone, not yet reaped by init) does not.</summary>
    private static bool Running(string pid)
    {
        var stat = "/proc/" + pid + "/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Fact]
    public void ALibreOfficeThatFailsIsReportedWithWhatItSaid()
    {
        using var tools = new TemporaryDirectory();
        FakeLibreOffice.Write(tools.Path, "echo 'Warning: failed to launch javaldx' >&2\necho 'Error: source file could not be loaded' >&2\nexit 3");
        var diagnostics = new DiagnosticBag();

        var pdfs = new PdfConverter(Environment(("PATH", tools.Path))).Convert([Job("a", "a")], Where, diagnostics);

        Assert.Null(pdfs);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.PdfConversionFailed, error.Code);
        Assert.Contains("exit code 3: Error: source file could not be loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentLibreOfficeWroteNoPdfForIsNamed()
    {
        using var tools = new TemporaryDirectory();
        FakeLibreOffice.Write(tools.Path, FakeLibreOffice.Converts + "\nrm \"$folder/2.pdf\"\nprintf 'not a pdf' > \"$folder/3.pdf\"");
        var diagnostics = new DiagnosticBag();

        var pdfs = new PdfConverter(Environment(("PATH", tools.Path))).Convert([Job("a", "a"), Job("b", "b"), Job("c", "c")], Where, diagnostics);

        Assert.Null(pdfs);
        Assert.Equal(["out/CC-1/US/b.pdf", "out/CC-1/US/c.pdf"], diagnostics.Sorted().Select(d => d.Location.Path));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(DiagnosticCodes.PdfConversionFailed, d.Code));
    }

    [Fact]
    public void TheTemporaryFilesAreRemovedAfterwards()
    {
        using var tools = new TemporaryDirectory();
        var seen = tools.File("seen");
        FakeLibreOffice.Write(tools.Path, $"for a in \"$@\"; do echo \"$a\" >> '{seen}'; done\n" + FakeLibreOffice.Converts);

        new PdfConverter(Environment(("PATH", tools.Path))).Convert([Job("a", "a")], Where, new DiagnosticBag());

        var profile = File.ReadAllLines(seen).Single(a => a.StartsWith("-env:UserInstallation=file://", StringComparison.Ordinal))["-env:UserInstallation=file://".Length..];
        Assert.Contains("--headless", File.ReadAllLines(seen));
        Assert.False(Directory.Exists(profile));
        Assert.False(Directory.Exists(Path.GetDirectoryName(Path.GetDirectoryName(profile))));
    }
}
