using System.CommandLine;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Generation;
using DossierGen.Review;
using DossierGen.Review.Reading;

namespace DossierGen.Cli.Commands;

/// <summary><c>textconv</c>, <c>diff</c> and <c>init</c>: reading Word dossiers in git.</summary>
internal static class ReviewCommands
{
    public static Command Textconv(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A .docx file" };
        var command = new Command("textconv", "Print a .docx as stable text, one line per paragraph, for git diff (diff.<driver>.textconv)") { file };
        command.SetAction(parse =>
        {
            var text = Read(context, parse.GetValue(file)!);
            if (text is null)
            {
                return ExitCodes.InvalidInput;
            }

            context.Out.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Diff(CliContext context)
    {
        var before = new Argument<string>("old") { Description = "The earlier .docx" };
        var after = new Argument<string>("new") { Description = "The later .docx" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the documents differ (as git diff --exit-code)" };
        var command = new Command("diff", "Show what changed between two .docx files, as text") { before, after, exitCode };
        command.SetAction(parse =>
        {
            var (a, b) = (parse.GetValue(before)!, parse.GetValue(after)!);
            var (oldText, newText) = (Read(context, a), Read(context, b));
            if (oldText is null || newText is null)
            {
                return ExitCodes.InvalidInput;
            }

            var diff = TextDiff.Unified(oldText, newText, a, b);
            context.Out.Write(diff.Length == 0 ? "no differences in the text\n" : diff);
            return diff.Length > 0 && parse.GetValue(exitCode) ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }

    public static Command Init(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to set up (default: the current folder)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var command = new Command("init", "Set up a folder for DossierGen: git wiring for Word diffs, a dossiergen.yaml and a starter change") { directory };
        command.SetAction(parse => RunInit(context, parse.GetValue(directory)!));
        return command;
    }

    internal static int RunInit(CliContext context, string directory)
    {
        var diagnostics = new DiagnosticBag();
        var writes = InitWrites(context, directory, diagnostics);

        // Every target is checked (and each refusal reported) before the first is written, so a
        // link, folder or device in the way means nothing is written; an I/O error part-way stops
        // at that file.
        if (writes is null || writes.Where(w => !AtomicFile.CanWrite(w.Path, diagnostics)).ToList() is not [])
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        foreach (var (path, content, said) in writes)
        {
            if (!AtomicFile.Write(path, content, diagnostics))
            {
                context.Report(diagnostics);
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine(said);
        }

        context.Out.WriteLine();
        context.Out.WriteLine("Run these once in the repository so git diff shows Word documents as text:");
        foreach (var line in Starter.GitConfigCommands)
        {
            context.Out.WriteLine("  " + line);
        }

        return ExitCodes.Success;
    }

    /// <summary>What init writes into <paramref name="directory"/>, saying what it leaves alone; null with a DG3007 diagnostic when the folder cannot be set up.</summary>
    private static List<(string Path, byte[] Content, string Said)>? InitWrites(CliContext context, string directory, DiagnosticBag diagnostics)
    {
        var writes = new List<(string Path, byte[] Content, string Said)>();
        try
        {
            Directory.CreateDirectory(directory);
            var attributes = Path.Combine(directory, ".gitattributes");
            var text = File.Exists(attributes) ? File.ReadAllText(attributes) : "";
            if (text.Split('\n').Select(l => l.TrimEnd('\r')).Contains(Starter.GitAttributesLine))
            {
                context.Out.WriteLine($"{DisplayText.Escape(attributes)}: already has '{Starter.GitAttributesLine}'");
            }
            else
            {
                writes.Add((attributes, Encoding.UTF8.GetBytes(text + (text.Length > 0 && !text.EndsWith('\n') ? "\n" : "") + Starter.GitAttributesLine + "\n"), $"{DisplayText.Escape(attributes)}: added '{Starter.GitAttributesLine}'"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(directory), $"cannot set up '{directory}': {e.Message}");
            return null;
        }

        foreach (var (path, content) in SchemaExport.Files(Path.Combine(directory, Starter.SchemaFolder)))
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                continue;
            }

            writes.Add((path, content, $"{DisplayText.Escape(path)}: {(File.Exists(path) ? "refreshed" : "written")}"));
        }

        foreach (var (relative, content) in Starter.Files())
        {
            var path = Path.Combine(directory, relative);
            if (File.Exists(path))
            {
                context.Out.WriteLine($"{DisplayText.Escape(path)}: exists, left as it is");
                continue;
            }

            writes.Add((path, Encoding.UTF8.GetBytes(content + "\n"), $"{DisplayText.Escape(path)}: written"));
        }

        return writes;
    }

    private static string? Read(CliContext context, string path)
    {
        var diagnostics = new DiagnosticBag();
        var text = ReadDocument(path, diagnostics) is { } document ? Extract(path, document, diagnostics) : null;
        context.Report(diagnostics);
        return text;
    }

    private static string? Extract(string path, CheckedDocx document, DiagnosticBag diagnostics)
    {
        try
        {
            return DocxText.Extract(document);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.NotAWordDocument, SourceLocation.StartOf(path), $"cannot read '{path}' as a Word document: {e.Message}");
            return null;
        }
    }

    /// <summary>A Word document, proven readable as one; null with a DG3008 diagnostic otherwise.</summary>
    internal static CheckedDocx? ReadDocument(string path, DiagnosticBag diagnostics) => WordDocumentFile.Read(path, diagnostics);
}
