namespace DossierGen.Templates.Model;

/// <summary>An approved comparability protocol, PACMP or confirmed change plan of the section's market that covers some of its changes.</summary>
public sealed record AgreementModel
{
    /// <summary><c>comparability-protocol</c>, <c>pacmp</c> or <c>change-plan</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The approval's reference, such as <c>BLA 125999/S-012</c> (one-line user text).</summary>
    public required string Reference { get; init; }

    /// <summary>The date it was approved or confirmed, YYYY-MM-DD.</summary>
    public required string Approved { get; init; }

    /// <summary>The same date written out in the market's style: <c>March 1, 2027</c> (US), <c>1 March 2027</c> (EU), <c>2027年3月1日</c> (JP).</summary>
    public required string ApprovedLong { get; init; }

    /// <summary>The ids of the section's changes it covers, comma-separated.</summary>
    public required string Covers { get; init; }
}
