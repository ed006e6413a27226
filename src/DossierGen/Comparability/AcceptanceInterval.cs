namespace DossierGen.Comparability;

/// <summary>The range a post-change lot must lie in, on the original scale; a side is null where the criterion sets none (limits).</summary>
public readonly record struct AcceptanceInterval(double? Lower, double? Upper)
{
    /// <summary>A value equal to a limit is inside (contract 1.5).</summary>
    public bool Contains(double value) => !(value < Lower) && !(value > Upper);
}
