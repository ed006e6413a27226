namespace DossierGen.Inputs.Comparability;

public enum LotGroup
{
    /// <summary>Made before the change: the reference.</summary>
    Pre,

    /// <summary>Made after the change.</summary>
    Post,
}
