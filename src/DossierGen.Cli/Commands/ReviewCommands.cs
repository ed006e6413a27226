using System.CommandLine;
using System.Text;
using DossierGen.Diagnostics;
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
        Directory.CreateDirectory(directory);
        var attributes = Path.Combine(directory, ".gitattributes");
        var existing = File.Exists(attributes) ? File.ReadAllLines(attributes) : [];
        if (existing.Contains(Starter.GitAttributesLine))
        {
            context.Out.WriteLine($"{attributes}: already has '{Starter.GitAttributesLine}'");
        }
        else
        {
            var text = File.Exists(attributes) ? File.ReadAllText(attributes) : "";
            AtomicFile.Write(attributes, Encoding.UTF8.GetBytes(text + (text.Length > 0 && !text.EndsWith('\n') ? "\n" : "") + Starter.GitAttributesLine + "\n"));
            context.Out.WriteLine($"{attributes}: added '{Starter.GitAttributesLine}'");
        }

        foreach (var (relative, content) in Starter.Files(Path.Combine(context.Defaults.RulesDirectory, "schema")))
        {
            var path = Path.Combine(directory, relative);
            if (File.Exists(path))
            {
                context.Out.WriteLine($"{path}: exists, left as it is");
                continue;
            }

            AtomicFile.Write(path, Encoding.UTF8.GetBytes(content + "\n"));
            context.Out.WriteLine($"{path}: written");
        }

        context.Out.WriteLine();
        context.Out.WriteLine("Run these once in the repository so git diff shows Word documents as text:");
        foreach (var line in Starter.GitConfigCommands)
        {
            context.Out.WriteLine("  " + line);
        }

        return ExitCodes.Success;
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
