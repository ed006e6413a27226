using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace DossierGen.Tests.Support;

/// <summary>
/// The YAML language server editors run (Red Hat's, behind VS Code's YAML extension), installed from
/// npm into a cache folder on first use and spoken to over stdio as an editor would: open a document,
/// ask for completion, collect the diagnostics it publishes.
/// </summary>
internal sealed class YamlLanguageServer : IDisposable
{
    public const string Version = "1.19.2";
    private static readonly Lock InstallGate = new();
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private int _nextId;

    public YamlLanguageServer(string workspace)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Install());
        start.ArgumentList.Add("--stdio");
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _output = _process.StandardOutput.BaseStream;
        Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(workspace).AbsoluteUri, ["capabilities"] = new JsonObject() });
        Notify("initialized", new JsonObject());
    }

    /// <summary>The labels the server offers at the start of <paramref name="line"/> (0-based), and every diagnostic it publishes for the document.</summary>
    public (IReadOnlyList<string> Completions, IReadOnlyList<(int Line, string Message)> Diagnostics) Open(string path, int line)
    {
        var uri = new Uri(path).AbsoluteUri;
        Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = File.ReadAllText(path) } });
        var diagnostics = new List<(int, string)>();
        var completion = Request(
            "textDocument/completion",
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = line, ["character"] = 0 } },
            diagnostics);
        var items = completion is JsonObject list ? list["items"]!.AsArray() : completion!.AsArray();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (diagnostics.Count == 0 && DateTime.UtcNow < deadline)
        {
            Collect(Read(), diagnostics);
        }

        return ([.. items.Select(i => i!["label"]!.GetValue<string>())], diagnostics);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    /// <summary>The server's entry script, installed with npm into a folder shared by test runs.</summary>
    private static string Install()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "dossiergen-tests-tools", "yaml-language-server-" + Version);
        var script = Path.Combine(prefix, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
        lock (InstallGate)
        {
            if (!File.Exists(script))
            {
                var npm = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { "install", "--no-audit", "--no-fund", "--prefix", prefix, "yaml-language-server@" + Version })
                {
                    npm.ArgumentList.Add(arg);
                }

                using var process = Process.Start(npm)!;
                var error = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "npm install did not finish in five minutes");
                Assert.True(process.ExitCode == 0, $"npm install yaml-language-server failed: {error.Result}");
            }
        }

        return script;
    }

    private JsonNode? Request(string method, JsonObject parameters, List<(int, string)>? diagnostics = null)
    {
        var id = ++_nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        while (true)
        {
            var message = Read();
            if (message["id"] is { } answered && message["method"] is null && answered.GetValue<int>() == id)
            {
                return message["result"];
            }

            if (diagnostics is not null)
            {
                Collect(message, diagnostics);
            }
        }
    }

    private static void Collect(JsonObject message, List<(int, string)> diagnostics)
    {
        if (message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics")
        {
            diagnostics.AddRange(message["params"]!["diagnostics"]!.AsArray().Select(d => (d!["range"]!["start"]!["line"]!.GetValue<int>(), d["message"]!.GetValue<string>())));
        }
    }

    private void Notify(string method, JsonObject parameters) => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _input.Write(body);
        _input.Flush();
    }

    private JsonObject Read()
    {
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var b = _output.ReadByte();
            Assert.True(b >= 0, "the YAML language server stopped");
            header.Append((char)b);
        }

        var length = int.Parse(header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        _output.ReadExactly(body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
