using System.Globalization;
using DossierGen.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DossierGen.Tests.Web.Editor;

/// <summary>
/// The change editor driven as a user drives it, in headless Chromium: open an example, see a planted
/// error beside its field and fix it, change a fact and see a market's procedure change, save (the file
/// then holds the edit and keeps its comments), be refused when the file changed on disk meanwhile,
/// paste results from a spreadsheet into a study.
/// </summary>
public sealed class EditorBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime, IDisposable
{
    private const string ChangePath = "site-transfer/change.yaml";
    private const string StudyPath = "scale-up/comparability-500l-ppq.yaml";
    private readonly TemporaryDirectory _scratch = new();
    private WorkbenchServer _server = null!;

    private string ChangeFile => Path.Combine(_scratch.Path, "site-transfer", "change.yaml");

    private static string Example => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml"));

    public async Task InitializeAsync()
    {
        FolderSnapshot.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer"), Path.Combine(_scratch.Path, "site-transfer"));
        FolderSnapshot.Copy(Path.Combine(RepositoryPaths.Examples, "aav-upstream-scale-up"), Path.Combine(_scratch.Path, "scale-up"));
        _server = await WorkbenchServer.StartAsync(_scratch.Path);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task APlantedErrorIsFixedBesideItsFieldAFactChangesTheProcedureAndTheSaveKeepsTheComments()
    {
        File.WriteAllText(ChangeFile, Example.Replace("operation: manufacturing", "operation: manufacture", StringComparison.Ordinal));
        var page = await OpenAsync(ChangePath);

        var operation = page.Locator("[data-path='changes[0].operation']");
        await Assertions.Expect(operation.Locator(".diag")).ToContainTextAsync("DG1104");
        await Assertions.Expect(operation.Locator("select")).ToHaveAttributeAsync("aria-invalid", "true");
        await operation.Locator("select").FocusAsync();
        await operation.Locator("select").SelectOptionAsync("manufacturing");
        await Assertions.Expect(page.Locator(".diag")).ToHaveCountAsync(0);
        await Assertions.Expect(Procedure(page, "US")).ToHaveTextAsync("PAS");

        await page.Locator("[data-path='changes[0].action'] select").SelectOptionAsync("address-only");
        await Assertions.Expect(Procedure(page, "US")).ToHaveTextAsync("AR");
        var roundTrip = await page.Locator("#editor").GetAttributeAsync("data-last-round-trip-ms");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit -> re-assessment round trip in the editor: {roundTrip} ms"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-saved", "saved");
        Assert.Equal(Example.Replace("    action: replace\n", "    action: address-only\n", StringComparison.Ordinal), File.ReadAllText(ChangeFile));
    }

    [Fact]
    public async Task AChangeOnDiskSinceTheFileWasOpenedIsNotOverwritten()
    {
        var page = await OpenAsync(ChangePath);
        File.AppendAllText(ChangeFile, "# edited elsewhere\n");

        await page.Locator("[data-path='title'] input").FillAsync("A new title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-saved", "conflict");
        await Assertions.Expect(page.Locator("#editor-status")).ToContainTextAsync("DG1701");
        Assert.Equal(Example + "# edited elsewhere\n", File.ReadAllText(ChangeFile));
    }

    [Fact]
    public async Task ResultsPastedFromASpreadsheetFillTheStudysTableAndAreSaved()
    {
        var studyFile = Path.Combine(_scratch.Path, StudyPath);
        var before = File.ReadAllText(studyFile);
        var page = await OpenAsync(StudyPath);

        await page.GetByLabel("Paste from a spreadsheet").FillAsync("Lot\tVector genome titre\tFull capsids\nFR500-26-001\t1.35e13\t39.9\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply pasted cells" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Full capsids of lot FR500-26-001")).ToHaveValueAsync("39.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-saved", "saved");
        Assert.Equal(
            before.Replace("FR500-26-001: 1.33e13", "FR500-26-001: 1.35e13", StringComparison.Ordinal).Replace("FR500-26-001: 39.5", "FR500-26-001: 39.9", StringComparison.Ordinal),
            File.ReadAllText(studyFile));
    }

    [Fact]
    public async Task EveryControlHasALabelAndChoosingAKindShowsItsFacts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        await page.GotoAsync(new Uri(_server.Address, "assessment?path=" + Uri.EscapeDataString(ChangePath)).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this change" }).ClickAsync();
        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-checks", "1");

        var unlabelled = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#editor-form input, #editor-form select, #editor-form textarea')].filter(c => !c.labels || c.labels.length === 0).map(c => c.id)");
        await page.Locator("[data-path='changes[0].kind'] select").SelectOptionAsync("scale");

        Assert.Empty(unlabelled);
        await Assertions.Expect(page.Locator("fieldset.facts legend")).ToHaveTextAsync("Facts of a scale change");
        await Assertions.Expect(page.Locator("[data-path='changes[0].equipment'] .diag")).ToContainTextAsync("DG1102");
        await Assertions.Expect(page.Locator("[data-path='changes[0].operation']")).ToHaveCountAsync(0);

        // The referenced product opens in the editor from its path.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit product.yaml" }).ClickAsync();
        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-checks", "1");
        await Assertions.Expect(page.Locator("[data-path='modality'] select")).ToHaveValueAsync("aav");
    }

    private async Task<IPage> OpenAsync(string relativePath)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        await page.GotoAsync(new Uri(_server.Address, "edit?path=" + Uri.EscapeDataString(relativePath)).ToString());
        await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-checks", "1");
        return page;
    }

    private static ILocator Procedure(IPage page, string market) => page.Locator($"#assessment-table tr[data-market={market}] .procedure");
}
