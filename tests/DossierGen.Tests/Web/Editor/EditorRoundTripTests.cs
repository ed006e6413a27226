using System.Globalization;
using DossierGen.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DossierGen.Tests.Web.Editor;

/// <summary>
/// The editor page's own edit → check → re-assessment round trip, as the browser measures it
/// (from the post of the form's values to the diagnostics and procedures shown), for every example.
/// Written to the test output for the README; no time is asserted.
/// </summary>
public sealed class EditorRoundTripTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Edits = 5;

    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync(RepositoryPaths.Examples);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task EveryExampleIsCheckedAndReassessedAfterAnEditInTheEditor()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        var medians = new List<double>();
        foreach (var example in Directory.GetDirectories(RepositoryPaths.Examples).Where(d => File.Exists(Path.Combine(d, "change.yaml"))).Order(StringComparer.Ordinal))
        {
            var path = $"{Path.GetFileName(example)}/change.yaml";
            await page.GotoAsync(new Uri(_server.Address, "edit?path=" + Uri.EscapeDataString(path)).ToString());
            await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-checks", "1");
            var times = new List<double>();
            for (var i = 0; i <= Edits; i++)
            {
                await page.Locator("[data-path='title'] input").FillAsync($"Edited title {i}");
                await Assertions.Expect(page.Locator("#editor")).ToHaveAttributeAsync("data-checks", (i + 2).ToString(CultureInfo.InvariantCulture));
                var ms = double.Parse((await page.Locator("#editor").GetAttributeAsync("data-last-round-trip-ms"))!, CultureInfo.InvariantCulture);
                if (i > 0)
                {
                    // The first edit warms the page's path through the server; the user's next edits are the ones measured.
                    times.Add(ms);
                }
            }

            await Assertions.Expect(page.Locator("#assessment-table tbody tr").First).ToBeVisibleAsync();
            times.Sort();
            medians.Add(times[Edits / 2]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-60} median {times[Edits / 2],6:0.0} ms  (min {times[0]:0.0}, max {times[^1]:0.0})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{medians.Count} examples: median of medians {medians.Order().ElementAt(medians.Count / 2):0.0} ms, slowest example {medians.Max():0.0} ms"));
    }
}
