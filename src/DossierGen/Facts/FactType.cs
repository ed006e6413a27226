namespace DossierGen.Facts;

public enum FactType
{
    /// <summary>Text, usually from a closed list of values.</summary>
    Text,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A number, compared with at-least / at-most.</summary>
    Number,
}
