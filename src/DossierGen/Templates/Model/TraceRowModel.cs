namespace DossierGen.Templates.Model;

/// <summary>A rule that fired for a change.</summary>
public sealed record TraceRowModel
{
    /// <summary>The change's id.</summary>
    public required string Change { get; init; }

    /// <summary>The rule's id.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule's title (one-line text).</summary>
    public required string Title { get; init; }

    /// <summary>The footnote mark citing the rule (<c>[^c1]</c>); insert as it is.</summary>
    public required string CiteRef { get; init; }

    /// <summary>What the rule decides: a procedure code, <c>master file usable</c> / <c>not usable</c>, or <c>evidence: </c> and the kinds.</summary>
    public required string Decides { get; init; }

    /// <summary>True when the rule rests on an unconfirmed point.</summary>
    public required bool Verify { get; init; }
}
