using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Exports;
using DossierGen.Impact;
using DossierGen.Pipeline;
using DossierGen.Review;
using Spectre.Console;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen impact --master-file ID [PORTFOLIO_DIR] [--registry CUSTOMERS.csv] [--change MF-CHANGE.yaml] [--format table|json|csv]</c>:
/// for a CDMO platform team, which programmes reference a master file, what it supplies to each per
/// market, and what each must file when the holder changes it.
/// </summary>
internal static class ImpactCommand
{
    public static Command Create(CliContext context)
    {
        var masterFile = new Option<string>("--master-file") { Description = "The master file's id", Required = true };
        var portfolio = new Argument<string?>("portfolio") { Description = "The folder of programmes to search (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
        var registry = new Option<string?>("--registry") { Description = "A CDMO's customer registry (CSV: customer,product,modality,master-file,market,stage,authorised) instead of a folder of change files" };
        var change = new Option<string?>("--change") { Description = "A master-file change (dossiergen/master-file-change@1): show what each programme must file" };
        var format = new Option<string>("--format") { Description = "table, json or csv (one row per programme and market, for customer notifications)", DefaultValueFactory = _ => "table" };
        OptionChecks.OneOf(format, "table", "json", "csv");
        var allowEmpty = CommonOptions.AllowEmpty();
        var command = new Command("impact", "Which programmes reference a master file, what it supplies to each, and what each files when it changes") { masterFile, portfolio, registry, change, format, allowEmpty };
        command.SetAction(parse =>
        {
            if (parse.GetValue(registry) is { } registryPath)
            {
                if (parse.GetValue(portfolio) is not null)
                {
                    context.Usage(DiagnosticCodes.InvalidArgument, "impact reads either a folder of change files or --registry, not both");
                    return ExitCodes.InvalidInput;
                }

                return RegistryImpact.Run(context, parse.GetValue(masterFile)!, registryPath, parse.GetValue(change), parse.GetValue(format)!);
            }

            return Run(context, parse.GetValue(masterFile)!, parse.GetValue(portfolio) ?? ".", parse.GetValue(change), parse.GetValue(format)!, parse.GetValue(allowEmpty));
        });
        return command;
    }

    internal static int Run(CliContext context, string masterFileId, string portfolio, string? changePath, string format, bool allowEmpty)
    {
        var diagnostics = new DiagnosticBag();
        var change = ReadChange(changePath, masterFileId, diagnostics);

        if (!Directory.Exists(portfolio))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(portfolio), $"folder '{portfolio}' does not exist");
        }

        if (diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var paths = ChangeFileFinder.Find(portfolio, diagnostics);
        if (paths.Count == 0 && !allowEmpty)
        {
            context.Report(diagnostics);
            context.NoChangeFiles(portfolio);
            return ExitCodes.InvalidInput;
        }

        var loader = new ChangeLoader(context.Defaults);
        var programmes = new List<ProgrammeImpact>();
        var known = new KnownMasterFiles();
        known.AddFolder(context.Defaults.MasterFilesDirectory);
        foreach (var path in paths)
        {
            var loaded = loader.Load(path, diagnostics);
            if (loaded is null)
            {
                continue;
            }

            known.Add(loaded);

            var asOf = change?.Date ?? AssessmentEngine.EvaluationDate(null, loaded.Description, CommonOptions.Today());
            if (ImpactAssessor.Assess(path, loaded.Description, loaded.Rules, masterFileId, change, asOf) is { } impact)
            {
                programmes.Add(impact);
            }
        }

        context.Report(diagnostics);
        if (diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        if (!known.Contains(masterFileId))
        {
            context.Usage(DiagnosticCodes.UnknownIdArgument, $"--master-file '{masterFileId}': no master file has this id{NearMiss.Hint(masterFileId, known.Ids)}");
            return ExitCodes.InvalidInput;
        }

        Write(context, masterFileId, change, programmes, format);
        return ExitCodes.Success;
    }

    internal static MasterFileChange? ReadChange(string? changePath, string masterFileId, DiagnosticBag diagnostics)
    {
        var change = changePath is null ? null : MasterFileChangeReader.Read(changePath, diagnostics);
        if (change is not null && change.MasterFileId != masterFileId)
        {
            diagnostics.Error(DiagnosticCodes.MasterFileIdMismatch, SourceLocation.StartOf(changePath!), $"the change is to master file '{change.MasterFileId}', not '{masterFileId}'");
        }

        return change;
    }

    internal static void Write(CliContext context, string masterFileId, MasterFileChange? change, IReadOnlyList<ProgrammeImpact> programmes, string format)
    {
        switch (format)
        {
            case "json":
                context.Out.Write(ImpactJsonWriter.Write(masterFileId, change, programmes));
                break;
            case "csv":
                context.Out.Write(CsvExport.Write(ImpactExport.Write(masterFileId, change, programmes)));
                break;
            default:
                WriteTable(context.Out, masterFileId, change, programmes);
                break;
        }
    }

    private static void WriteTable(TextWriter output, string masterFileId, MasterFileChange? change, IReadOnlyList<ProgrammeImpact> programmes)
    {
        var console = AssessmentTable.ConsoleFor(output);
        console.MarkupLine($"[bold]{AssessmentTable.Shown(masterFileId)}[/]: {programmes.Count} programme(s) reference it{(change is null ? "" : AssessmentTable.Shown($"; change {change.Id}: {change.Summary} ({change.Significance})"))}");
        var table = new Table().Border(TableBorder.Simple).AddColumns("Programme", "Market", "Filed / authorized", "Supplies", change is null ? "" : "Files");
        foreach (var programme in programmes)
        {
            foreach (var market in programme.Markets)
            {
                table.AddRow(
                    AssessmentTable.Shown($"{programme.Name} ({programme.Product})"),
                    $"{market.Market} {(market.Stage == Inputs.Stage.Marketed ? "marketed" : "clinical")}",
                    $"{(market.Filed ? "filed" : "not filed")}, {(market.Authorized ? "authorized" : "no authorization")}",
                    AssessmentTable.Shown(market.Supplies.Count == 0 ? "nothing" : string.Join(", ", market.Supplies)),
                    AssessmentTable.Shown(market.Procedure is null ? "" : market.Procedure + (market.Codes.Count > 0 ? $" ({string.Join(", ", market.Codes)})" : "")));
            }
        }

        console.Write(table);
        foreach (var finding in programmes.SelectMany(p => p.Markets.SelectMany(m => m.Findings.Select(f => (p, m, f)))))
        {
            console.MarkupLine(AssessmentTable.Shown($"  {finding.p.Name} {finding.m.Market}: {finding.f.Message}" + (finding.f.Rule is null ? "" : $" [{finding.f.Rule}]")));
        }
    }
}
