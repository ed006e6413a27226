using DossierGen.Assessment;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Impact;
using DossierGen.Inputs;
using DossierGen.Inputs.Registry;
using DossierGen.Rules;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen impact --master-file ID --registry CUSTOMERS.csv</c>: the impact for a CDMO, from
/// the registry it keeps of its customers' products instead of their change files. The rules and
/// master files are those the dossiergen.yaml nearest the registry names, else the built-in ones.
/// </summary>
internal static class RegistryImpact
{
    public static int Run(CliContext context, string masterFileId, string registryPath, string? changePath, string format)
    {
        var diagnostics = new DiagnosticBag();
        var change = ImpactCommand.ReadChange(changePath, masterFileId, diagnostics);
        var registry = CustomerRegistryReader.Read(registryPath, diagnostics);
        // The registry is the input here, as a change file is for generate: its nearest dossiergen.yaml names the rules.
        var workspace = WorkspaceLocator.Locate(registryPath, context.Defaults, diagnostics);
        var rules = workspace is null ? null : RuleSetLoader.Load(workspace.RulesDirectory, diagnostics);
        if (diagnostics.HasErrors || registry is null || workspace is null || rules is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var known = new KnownMasterFiles();
        known.AddFolder(workspace.MasterFilesDirectory);
        if (!known.Contains(masterFileId))
        {
            context.Usage(DiagnosticCodes.UnknownIdArgument, $"--master-file '{masterFileId}': no master file has this id{NearMiss.Hint(masterFileId, known.Ids)}");
            return ExitCodes.InvalidInput;
        }

        var masterFile = MasterFileReader.ReadFile(Path.Combine(workspace.MasterFilesDirectory, masterFileId + ".yaml"), diagnostics);
        context.Report(diagnostics);
        if (masterFile is null || diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        var asOf = change?.Date ?? CommonOptions.Today();
        ImpactCommand.Write(context, masterFileId, change, RegistryImpactAssessor.Assess(registry, masterFile, rules, change, asOf), format);
        return ExitCodes.Success;
    }
}
