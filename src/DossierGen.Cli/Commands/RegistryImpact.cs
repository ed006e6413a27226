using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Impact;
using DossierGen.Inputs;
using DossierGen.Inputs.Registry;
using DossierGen.Rules;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen impact --master-file ID --registry CUSTOMERS.csv</c>: the impact for a CDMO, from
/// the registry it keeps of its customers' products instead of their change files. The master file
/// and the rules are the built-in (or installed) ones.
/// </summary>
internal static class RegistryImpact
{
    public static int Run(CliContext context, string masterFileId, string registryPath, string? changePath, string format)
    {
        var diagnostics = new DiagnosticBag();
        var change = ImpactCommand.ReadChange(changePath, masterFileId, diagnostics);
        var registry = CustomerRegistryReader.Read(registryPath, diagnostics);
        var rules = RuleSetLoader.Load(context.Defaults.RulesDirectory, diagnostics);
        if (diagnostics.HasErrors || registry is null || rules is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var known = new KnownMasterFiles();
        known.AddFolder(context.Defaults.MasterFilesDirectory);
        if (!known.Contains(masterFileId))
        {
            context.Usage(DiagnosticCodes.UnknownIdArgument, $"--master-file '{masterFileId}': no master file has this id{NearMiss.Hint(masterFileId, known.Ids)}");
            return ExitCodes.InvalidInput;
        }

        var masterFile = MasterFileReader.ReadFile(Path.Combine(context.Defaults.MasterFilesDirectory, masterFileId + ".yaml"), diagnostics);
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
