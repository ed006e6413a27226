namespace DossierGen.Formats;

/// <summary>What a text value must look like beyond being text.</summary>
public enum TextFormat
{
    Any,

    /// <summary>1-64 characters of A-Z a-z 0-9 . _ - (names output folders, so it must be path-safe).</summary>
    Id,

    /// <summary>An ISO calendar date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>A volume with a unit, such as <c>50 L</c> or <c>500 mL</c>.</summary>
    Volume,
}
