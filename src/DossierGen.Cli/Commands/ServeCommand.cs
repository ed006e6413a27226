using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using DossierGen.Diagnostics;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen serve [DIR] [--port N]</c>: the local web workbench over a folder of change files,
/// on 127.0.0.1 only, until Ctrl+C. Prints the one URL (with the run's token) to open.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder of change files to serve (default: the current folder); nothing outside it is read or written", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The loopback port, 1 to 65535 (default: a free one)",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535)
                {
                    return value;
                }

                OptionChecks.Fail(result, DiagnosticCodes.InvalidArgument, $"{OptionChecks.Written(result)} must be a port number from 1 to 65535, not '{text}'");
                return 0;
            },
        };
        var command = new Command("serve", "Start the local web workbench over a folder of change files (127.0.0.1 only; the printed URL carries the access token)") { directory, port };
        command.SetAction(parse => Run(context, parse.GetValue(directory)!, parse.GetValue(port)));
        return command;
    }

    // ASP.NET Core is loaded only when serve runs: the other commands keep their start-up time.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int Run(CliContext context, string directory, int port) => ServeHost.Run(context, directory, port);
}
