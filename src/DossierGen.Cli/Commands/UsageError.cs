namespace DossierGen.Cli.Commands;

/// <summary>One mistake in how the command line was written: a diagnostic code and a one-line message.</summary>
internal sealed record UsageError(string Code, string Message);
