using System.Globalization;
using System.Text.Json;
using DossierGen.Tests.Support;
using Xunit.Abstractions;

namespace DossierGen.Tests.Web;

/// <summary>
/// The edit → re-assessment round trip as the page makes it: the browser posts the edited change
/// text to <c>/api/assess</c> and reads the assessment back. Measured for every example (median
/// of several edits after one warm-up) and written to the test output; no time is asserted.
/// </summary>
public sealed class WorkbenchRoundTripTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Edits = 7;

    private const string Measure = """
        async ({ path, edits }) => {
          const text = await (await fetch('/documents/change.yaml?path=' + encodeURIComponent(path))).text();
          const post = async (body) => {
            const started = performance.now();
            const response = await fetch('/api/assess?path=' + encodeURIComponent(path), { method: 'POST', body, headers: { 'Content-Type': 'text/yaml' } });
            const json = await response.json();
            return { ms: performance.now() - started, ok: response.ok, markets: (json.markets || []).map(m => m.market + ' ' + m.procedure).join(', '), error: response.ok ? null : JSON.stringify(json) };
          };
          const edit = (i) => /^title: [^>|].*$/m.test(text) ? text.replace(/^title: .*$/m, 'title: Edited title ' + i) : text + '\n# edit ' + i + '\n';
          const warm = await post(edit(-1));
          if (!warm.ok) return { error: warm.error };
          const times = [];
          for (let i = 0; i < edits; i++) {
            const result = await post(edit(i));
            if (!result.ok) return { error: result.error };
            times.push(result.ms);
          }
          return { times, markets: warm.markets };
        }
        """;

    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync(RepositoryPaths.Examples);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task EveryExampleIsReassessedFromTheEditedTextInTheBrowser()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.Workbench.Url.ToString());
        var medians = new List<double>();
        foreach (var example in Directory.GetDirectories(RepositoryPaths.Examples).Where(d => File.Exists(Path.Combine(d, "change.yaml"))).Order(StringComparer.Ordinal))
        {
            var path = $"{Path.GetFileName(example)}/change.yaml";
            var result = await page.EvaluateAsync<JsonElement>(Measure, new { path, edits = Edits });
            Assert.False(result.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String, $"{path}: {error}");
            var times = result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble()).Order().ToList();
            Assert.Equal(Edits, times.Count);
            Assert.NotEmpty(result.GetProperty("markets").GetString()!);
            medians.Add(times[Edits / 2]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-60} median {times[Edits / 2],6:0.0} ms  (min {times[0]:0.0}, max {times[^1]:0.0})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{medians.Count} examples: median of medians {medians.Order().ElementAt(medians.Count / 2):0.0} ms, slowest example {medians.Max():0.0} ms"));
    }
}
