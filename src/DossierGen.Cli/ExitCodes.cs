namespace DossierGen.Cli;

/// <summary>The exit codes of the contract. Any other code means a defect in DossierGen.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check or test ran and found a failure (rules test, check).</summary>
    public const int CheckFailed = 1;

    /// <summary>Invalid input or usage; diagnostics were printed and nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>A defect: DossierGen itself failed. Reported without a stack trace unless DOSSIERGEN_DEBUG is set.</summary>
    public const int InternalError = 70;
}
