namespace DossierGen.Templates.Model;

/// <summary>A classification rule that did not apply to a change because exactly one of its conditions failed.</summary>
public sealed record NearMissRowModel
{
    /// <summary>The change's id.</summary>
    public required string Change { get; init; }

    /// <summary>The rule's id.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule's title (one-line text).</summary>
    public required string Title { get; init; }

    /// <summary>The footnote mark citing the rule (<c>[^c1]</c>); insert as it is.</summary>
    public required string CiteRef { get; init; }

    /// <summary>The procedure code the rule would have decided.</summary>
    public required string WouldDecide { get; init; }

    /// <summary>The procedure code the change got in this market, to compare with.</summary>
    public required string Decided { get; init; }

    /// <summary>The condition that failed with the actual value, one line (<c>site.new equals true (actual: false)</c>).</summary>
    public required string Failed { get; init; }
}
