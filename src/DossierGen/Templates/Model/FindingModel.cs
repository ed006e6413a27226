namespace DossierGen.Templates.Model;

/// <summary>A finding of the rules or the engine.</summary>
public sealed record FindingModel
{
    /// <summary><c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The severity in Japanese (labels.yaml <c>severities</c>, else the code).</summary>
    public required string SeverityJa { get; init; }

    /// <summary>The message (one-line text).</summary>
    public required string Message { get; init; }

    /// <summary>The rule's <c>message-ja</c>, else the English message.</summary>
    public required string MessageJa { get; init; }

    /// <summary>The ids of the changes it is about, comma-separated, or null for the whole market.</summary>
    public required string? Change { get; init; }

    /// <summary>The rule id, or null for the engine's own findings.</summary>
    public required string? Rule { get; init; }
}
