namespace DossierGen.Templates.Model;

/// <summary>One donor or source material of a paired design: the lot made before and the lot made after the change.</summary>
public sealed record StudyPairModel
{
    /// <summary>The donor or source material (user text).</summary>
    public required string Pair { get; init; }

    /// <summary>The pre-change lot's id.</summary>
    public required string PreLot { get; init; }

    /// <summary>The post-change lot's id.</summary>
    public required string PostLot { get; init; }
}
