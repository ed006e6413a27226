namespace DossierGen.Templates.Model;

/// <summary>The product the change is made to.</summary>
public sealed record ProductModel
{
    /// <summary>The product's name (one-line user text).</summary>
    public required string Name { get; init; }

    /// <summary>The modality code, such as <c>aav</c> or <c>car-t-autologous</c>.</summary>
    public required string Modality { get; init; }

    /// <summary>The application (BLA, MA or approval number) in the section's market, else null (always null in the assessment).</summary>
    public required string? Application { get; init; }

    /// <summary>The sponsor or applicant (the product's <c>sponsor</c>, one-line user text), or null (the documents show a placeholder).</summary>
    public required string? Sponsor { get; init; }

    /// <summary>True when the product is a regenerative medical product in Japan (再生医療等製品: GCTP, not GMP), also where it is not filed in Japan.</summary>
    public required bool JpRegenerative { get; init; }

    /// <summary>True when the section's application is a centralised EU marketing authorisation (<c>EU/1/...</c>).</summary>
    public required bool Centralised { get; init; }

    /// <summary>True for a cell-based modality (CAR-T, cell therapy).</summary>
    public required bool CellBased { get; init; }

    /// <summary>True for an autologous modality.</summary>
    public required bool Autologous { get; init; }
}
