using System.CommandLine;

namespace DossierGen.Cli.Commands;

/// <summary>Builds the root command and runs it, turning usage errors into one line each and exit code 2, and defects into a short report.</summary>
internal static class DossierGenCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("DossierGen: decides how a manufacturing change to a cell or gene therapy is filed with FDA, EMA and PMDA, and writes the CMC dossier sections.")
        {
            ValidateCommand.Create(context),
            AssessCommand.Create(context),
            ExplainCommand.Create(context),
            GenerateCommand.Create(context),
            BatchCommand.Create(context),
            ImpactCommand.Create(context),
            RulesCommand.Create(context),
            TemplatesCommand.Create(context),
            CheckCommand.Create(context),
            ReviewCommands.Textconv(context),
            ReviewCommands.Diff(context),
            ReviewCommands.Init(context),
            SchemasCommand.Create(context),
            RedlineCommand.Create(context),
            ReviewPackCommand.Create(context),
            ServeCommand.Create(context),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, FaultInjection.FromEnvironment());

    /// <param name="writeStep">Observes each step of writing dossiers (see <see cref="FaultInjection"/>).</param>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Action<string>? writeStep)
    {
        var context = new CliContext(output, error, CliContext.BuiltInWorkspace()) { WriteStep = writeStep };
        try
        {
            var parse = Create(context).Parse(args);
            var usageErrors = UsageErrors.Find(parse);
            if (usageErrors.Count > 0)
            {
                foreach (var usage in usageErrors)
                {
                    context.Usage(usage.Code, usage.Message);
                }

                return ExitCodes.InvalidInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last line of defence: a defect must not print a stack trace at a user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"dossiergen: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a defect in DossierGen, not in your files. Set DOSSIERGEN_DEBUG=1 to see the details, and please report it.");
            if (Environment.GetEnvironmentVariable("DOSSIERGEN_DEBUG") is { Length: > 0 })
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.InternalError;
        }
    }
}
