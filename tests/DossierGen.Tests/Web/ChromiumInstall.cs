using System.Diagnostics;

namespace DossierGen.Tests.Web;

/// <summary>
/// Debian's Chromium, which the browser tests drive through Playwright's driver (the package's own
/// browser download is not used). Installed with apt-get when missing and the tests run as root,
/// as CI does; otherwise the tests fail naming the package to install.
/// </summary>
internal static class ChromiumInstall
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly Lazy<string?> Problem = new(Install);

    public static void Ensure()
    {
        if (Problem.Value is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    private static string? Install()
    {
        if (File.Exists(Executable))
        {
            return null;
        }

        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            return $"{Executable} is missing: apt-get install chromium";
        }

        foreach (var arguments in new[] { "update -qq", "install -y -qq chromium" })
        {
            using var process = Process.Start(new ProcessStartInfo("apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" } })!;
            process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return $"apt-get {arguments} failed: {error}";
            }
        }

        return File.Exists(Executable) ? null : $"apt-get installed chromium, but {Executable} is still missing";
    }
}
