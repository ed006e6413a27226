using System.Diagnostics;

namespace DossierGen.Cli;

/// <summary>
/// Lets the tests interrupt a real run at a named step of writing dossiers (see OutputWriter):
/// DOSSIERGEN_TEST_KILL_AT=STEP kills the process there with SIGKILL, without any cleanup, as
/// kill -9, an out-of-memory kill or a CI timeout would. Unset (always, outside the tests),
/// writing is not observed at all.
/// </summary>
internal static class FaultInjection
{
    public const string KillVariable = "DOSSIERGEN_TEST_KILL_AT";

    public static Action<string>? FromEnvironment()
    {
        var kill = Environment.GetEnvironmentVariable(KillVariable);
        if (string.IsNullOrEmpty(kill))
        {
            return null;
        }

        return step =>
        {
            if (step == kill)
            {
                using var self = Process.GetCurrentProcess();
                self.Kill();
            }
        };
    }
}
