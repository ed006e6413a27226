using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Web.Editor;

/// <summary>The editor's endpoints over real HTTP: open, check and re-assess, save with conflict detection, paste.</summary>
public sealed class EditorRoutesTests : IAsyncLifetime, IDisposable
{
    private const string ChangePath = "site-transfer/change.yaml";
    private readonly TemporaryDirectory _scratch = new();
    private WorkbenchServer _server = null!;

    private string Served => Path.Combine(_scratch.Path, "served");

    private string ChangeFile => Path.Combine(Served, "site-transfer", "change.yaml");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_scratch.Path, "outside"));
        WorkbenchServer.CopySiteTransfer(Served);

        _server = await WorkbenchServer.StartAsync(Served);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task OpeningAChangeGivesItsFormValuesHashAndAssessment()
    {
        using var client = _server.WithToken();

        var opened = await OpenAsync(client);

        Assert.Equal("dossiergen/change@1", opened["format"]!.GetValue<string>());
        Assert.Equal("HBG-CC-2026-031", opened["values"]!["id"]!.GetValue<string>());
        Assert.Equal(64, opened["hash"]!.GetValue<string>().Length);
        Assert.Equal("group", opened["form"]!["kind"]!.GetValue<string>());
        Assert.Empty(opened["diagnostics"]!.AsArray());
        Assert.Equal("PAS", Procedure(opened, "US"));
    }

    [Fact]
    public async Task ChangingAFactReassessesTheChangeWithoutWritingIt()
    {
        using var client = _server.WithToken();
        var before = File.ReadAllBytes(ChangeFile);
        var values = (await OpenAsync(client))["values"]!.AsObject();
        values["changes"]![0]!["action"] = "address-only";

        var checkedValues = await PostAsync(client, "/api/editor/check", new JsonObject { ["path"] = ChangePath, ["values"] = values.DeepClone() });

        Assert.Equal("AR", Procedure(checkedValues, "US"));
        Assert.Contains("    action: address-only\n", checkedValues["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(ChangeFile));
    }

    [Fact]
    public async Task APlantedErrorComesBackWithTheFieldItConcerns()
    {
        using var client = _server.WithToken();
        var values = (await OpenAsync(client))["values"]!.AsObject();
        values["changes"]![0]!["operation"] = "manufacture";

        var result = await PostAsync(client, "/api/editor/check", new JsonObject { ["path"] = ChangePath, ["values"] = values.DeepClone() });

        var fault = Assert.Single(result["diagnostics"]!.AsArray());
        Assert.Equal(DiagnosticCodes.ValueNotAllowed, fault!["code"]!.GetValue<string>());
        Assert.Equal("changes[0].operation", fault["keyPath"]!.GetValue<string>());
        Assert.StartsWith("site-transfer/change.yaml(", fault["place"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(result["assessment"]);
    }

    [Fact]
    public async Task SavingWritesTheEditKeepingCommentsAndAStaleSaveIsAConflict()
    {
        using var client = _server.WithToken();
        var opened = await OpenAsync(client);
        var values = opened["values"]!.AsObject();
        values["changes"]![0]!["action"] = "address-only";
        var request = new JsonObject { ["path"] = ChangePath, ["hash"] = opened["hash"]!.GetValue<string>(), ["values"] = values.DeepClone() };
        var original = File.ReadAllText(ChangeFile);

        using var saved = await client.PostAsJsonAsync(new Uri("/api/editor/save", UriKind.Relative), request);
        using var stale = await client.PostAsJsonAsync(new Uri("/api/editor/save", UriKind.Relative), request);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(original.Replace("    action: replace\n", "    action: address-only\n", StringComparison.Ordinal), File.ReadAllText(ChangeFile));
        Assert.StartsWith("# yaml-language-server:", File.ReadAllText(ChangeFile), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(DiagnosticCodes.EditorConflict, await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APathLeavingTheServedFolderIsRefusedAndNothingIsWritten()
    {
        using var client = _server.WithToken();
        var before = FolderSnapshot.Of(_scratch.Path);
        var values = new JsonObject { ["format"] = "dossiergen/change@1", ["id"] = "X" };

        foreach (var path in new[] { "../outside/change.yaml", "/etc/passwd.yaml", "site-transfer/../../outside/x.yaml", "site-transfer/product.txt" })
        {
            using var save = await client.PostAsJsonAsync(new Uri("/api/editor/save", UriKind.Relative), new JsonObject { ["path"] = path, ["hash"] = "absent", ["values"] = values.DeepClone() });
            using var open = await client.GetAsync(new Uri("/api/editor/open?path=" + Uri.EscapeDataString(path), UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, open.StatusCode);
        }

        Assert.Equal(before, FolderSnapshot.Of(_scratch.Path));
    }

    [Fact]
    public async Task ASaveFromAnotherSiteIsRefused()
    {
        using var client = _server.WithCookie();
        var opened = await OpenAsync(client);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/editor/save", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["path"] = ChangePath, ["hash"] = opened["hash"]!.GetValue<string>(), ["values"] = opened["values"]!.DeepClone() }),
        };
        message.Headers.Add("Origin", "http://evil.example");
        var before = File.ReadAllBytes(ChangeFile);

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, File.ReadAllBytes(ChangeFile));
    }

    [Fact]
    public async Task PastedCellsBecomeTheStudysResults()
    {
        using var client = _server.WithToken();
        var study = JsonNode.Parse("""{"lots": [{"id": "A1"}, {"id": "B1"}], "attributes": [{"name": "Titre", "results": {"A1": 1}}]}""")!;

        var result = await PostAsync(client, "/api/editor/paste", new JsonObject { ["values"] = study, ["pasted"] = "Lot\tTitre\nA1\t2.5\nB1\t3e13\n" });
        using var refused = await client.PostAsJsonAsync(new Uri("/api/editor/paste", UriKind.Relative), new JsonObject { ["values"] = study.DeepClone(), ["pasted"] = "Lot\tTitre\nA1\t2,5\n" });

        Assert.Equal("""{"A1":2.5,"B1":30000000000000}""", result["values"]!["attributes"]![0]!["results"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(DiagnosticCodes.EditorPasteBadNumber, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewFileOpensEmptyAndIsCreatedByItsFirstSave()
    {
        using var client = _server.WithToken();
        using var response = await client.GetAsync(new Uri("/api/editor/open?path=site-transfer/new-product.yaml&format=dossiergen/product@1", UriKind.Relative));
        var opened = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var values = new JsonObject { ["format"] = "dossiergen/product@1", ["name"] = "New product", ["modality"] = "aav", ["markets"] = new JsonObject { ["US"] = new JsonObject { ["stage"] = "clinical" } } };

        var checkedValues = await PostAsync(client, "/api/editor/check", new JsonObject { ["path"] = "site-transfer/new-product.yaml", ["values"] = values.DeepClone() });
        using var saved = await client.PostAsJsonAsync(new Uri("/api/editor/save", UriKind.Relative), new JsonObject { ["path"] = "site-transfer/new-product.yaml", ["hash"] = opened["hash"]!.GetValue<string>(), ["values"] = values.DeepClone() });

        Assert.True(opened["isNew"]!.GetValue<bool>());
        Assert.Equal("dossiergen/product@1", opened["form"]!["fields"]![0]!["options"]![0]!.GetValue<string>());
        Assert.Empty(checkedValues["diagnostics"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("format: dossiergen/product@1\nname: New product\nmodality: aav\nmarkets:\n  US:\n    stage: clinical\n", File.ReadAllText(Path.Combine(Served, "site-transfer", "new-product.yaml")));
    }

    [Fact]
    public async Task AFileTheFormDoesNotEditIsRefusedWithAReason()
    {
        File.WriteAllText(Path.Combine(Served, "site-transfer", "rules.yaml"), "format: dossiergen/rules@1\nmarket: US\nrules: []\n");
        using var client = _server.WithToken();

        using var response = await client.GetAsync(new Uri("/api/editor/open?path=site-transfer/rules.yaml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(DiagnosticCodes.EditorNotRoundTrippable, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Procedure(JsonNode answer, string market) =>
        answer["assessment"]!["markets"]!.AsArray().Single(m => m!["market"]!.GetValue<string>() == market)!["procedure"]!.GetValue<string>();

    private static async Task<JsonNode> OpenAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/editor/open?path=" + Uri.EscapeDataString(ChangePath), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }
}
