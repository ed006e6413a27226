namespace DossierGen.Registration;

/// <summary>How a proposed value stands to what a market registered, as derived facts name it.</summary>
public static class Directions
{
    public const string WithinRange = "within-range";
    public const string Unchanged = "unchanged";
    public const string Tightened = "tightened";
    public const string Widened = "widened";
    public const string Replaced = "replaced";
    public const string Added = "added";
    public const string Deleted = "deleted";

    public static IReadOnlyList<string> All { get; } = [WithinRange, Unchanged, Tightened, Widened, Replaced, Added, Deleted];
}
