namespace DossierGen.Templates.Model;

/// <summary>A manufacturing, testing, release, packaging or storage site a <c>site</c> or <c>administrative</c> change adds, replaces or renames: a Module 1 establishment entry.</summary>
public sealed record SiteModel
{
    /// <summary>The id of the change naming it.</summary>
    public required string Change { get; init; }

    /// <summary>The site's name and address as the change's <c>proposed</c> gives it (one-line user text), or null (the documents show a placeholder).</summary>
    public required string? NameAddress { get; init; }

    /// <summary>The site it replaces or the old name and address, from <c>present</c> (one-line user text), or null.</summary>
    public required string? Previous { get; init; }

    /// <summary>What the site does, in English words, such as <c>manufacture of the drug substance</c>.</summary>
    public required string Operations { get; init; }

    /// <summary>The same in Japanese.</summary>
    public required string OperationsJa { get; init; }

    /// <summary><c>add</c>, <c>replace</c> or <c>address-only</c> (a renamed site).</summary>
    public required string Action { get; init; }

    /// <summary><c>new</c>, <c>licensed-other-product</c> or <c>licensed-same-product</c>; <c>licensed-same-product</c> for a renamed site.</summary>
    public required string Status { get; init; }

    /// <summary>True when the site has never been inspected for any product (<c>site-status: new</c>): the cover letter states its readiness for inspection.</summary>
    public required bool NewSite { get; init; }

    /// <summary>True when the address does not read as one in Japan: a foreign manufacturer needing 外国製造業者認定.</summary>
    public required bool Foreign { get; init; }

    /// <summary>The accreditation (or licence) category the site needs in Japan, in Japanese.</summary>
    public required string AccreditationJa { get; init; }
}
