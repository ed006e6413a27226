using DossierGen.Tests.Support;
using DossierGen.Word;
using Microsoft.Playwright;

namespace DossierGen.Tests.Web;

/// <summary>
/// The workbench driven as a user drives it, in headless Chromium: from the printed URL to the
/// folder, an example's assessment, a decision's explanation, and a generated Word file.
/// </summary>
public sealed class WorkbenchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync(RepositoryPaths.Examples);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ThePrintedUrlOpensTheFolderWhichListsEveryExample()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        Assert.Equal(_server.Address.ToString(), page.Url);
        var examples = Directory.GetDirectories(RepositoryPaths.Examples).Count(d => File.Exists(Path.Combine(d, "change.yaml")));
        await Assertions.Expect(page.Locator("table.folder tbody tr")).ToHaveCountAsync(examples);
        await Assertions.Expect(page.Locator("table.folder")).ToContainTextAsync("aav-ds-site-transfer/change.yaml");
    }

    [Fact]
    public async Task AnExamplesMatrixOpensEachDecisionsExplanation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "HBG-CC-2026-031" }).ClickAsync();
        var cell = page.Locator("td[data-market=EU][data-change=C1]");
        await Assertions.Expect(cell.Locator(".procedure")).ToHaveTextAsync("II");
        await Assertions.Expect(cell).ToContainTextAsync("Q.I.a.1.d");

        await cell.GetByRole(AriaRole.Link, new() { Name = "Why II for C1 in EU" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Why II for C1 in EU");
        await Assertions.Expect(page.Locator("section.explanation")).ToContainTextAsync("EMA-SITE-DS-MANUFACTURING");
        await Assertions.Expect(page.Locator("section.explanation")).ToContainTextAsync("actual:");
    }

    [Fact]
    public async Task GeneratingFromThePageDownloadsAWordFileTheCheckerAccepts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "HBG-CC-2026-031" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate the dossier" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Documents of");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "M3/3.2.S.2.1-manufacturer.docx" }).ClickAsync());
        Assert.Equal("3.2.S.2.1-manufacturer.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.Empty(DocxChecker.Check(await File.ReadAllBytesAsync(path)));

        await page.GetByRole(AriaRole.Link, new() { Name = "Preview" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("article.preview h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheAssessmentViewIsKeyboardUsableAndFitsALaptopScreen()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        await page.GotoAsync(new Uri(_server.Address, "/assessment?path=aav-plcm-established-conditions%2Fchange.yaml").ToString());
        await Assertions.Expect(page.Locator("table.matrix")).ToBeVisibleAsync();

        // The README's screenshot, rewritten only when goldens are accepted.
        if (Environment.GetEnvironmentVariable("DOSSIERGEN_ACCEPT") == "1")
        {
            var screenshot = Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "images", "serve-assessment.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        }

        // The first Tab reaches the skip link, and Enter on it moves to the content.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);

        // Nothing wider than the 1280 px window: no sideways scrolling.
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the window");

        // Every form control is labelled.
        var unlabelled = await page.EvaluateAsync<int>("[...document.querySelectorAll('input:not([type=hidden]),select,textarea')].filter(e => !e.labels?.length && !e.getAttribute('aria-label')).length");
        Assert.Equal(0, unlabelled);
    }
}
