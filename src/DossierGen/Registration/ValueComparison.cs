namespace DossierGen.Registration;

/// <summary>
/// Compares a proposed value with a registered one (fact base 8.5). Where the comparison cannot
/// tell a lighter from a heavier reading (a range shifted partly outside), it takes the heavier one.
/// </summary>
public static class ValueComparison
{
    /// <summary>Why two values cannot be compared (a number against a text, different units), or null.</summary>
    public static string? Incomparable(RegisteredValue registered, RegisteredValue proposed)
    {
        if (registered.Absent || proposed.Absent)
        {
            return null;
        }

        if (registered.IsNumeric != proposed.IsNumeric)
        {
            return registered.IsNumeric
                ? $"the registered value is a number or range ({registered.Describe()}), the proposed one is not"
                : $"the registered value is a text ({registered.Describe()}), the proposed one is a number or range";
        }

        if (registered.IsNumeric && registered.Unit is { } a && proposed.Unit is { } b && !string.Equals(a, b, StringComparison.Ordinal))
        {
            return $"the registered value is in {a}, the proposed one in {b}";
        }

        return null;
    }

    public static string Compare(RegisteredValue registered, RegisteredValue proposed, string type)
    {
        if (registered.Absent || proposed.Absent)
        {
            return registered.Absent && proposed.Absent ? Directions.Unchanged : registered.Absent ? Directions.Added : Directions.Deleted;
        }

        if (!registered.IsNumeric || !proposed.IsNumeric)
        {
            return Same(registered.Text, proposed.Text) ? Directions.Unchanged : Directions.Replaced;
        }

        if (registered.IsRange && !proposed.IsRange)
        {
            // A set point moved inside the registered range is no change to the registration.
            var point = proposed.SetPoint!.Value;
            return Inside(point, registered.Low, registered.High)
                ? registered.SetPoint == point ? Directions.Unchanged : Directions.WithinRange
                : Directions.Widened;
        }

        if (registered.IsRange)
        {
            return CompareRanges(registered, proposed);
        }

        if (proposed.IsRange)
        {
            return Directions.Widened;
        }

        return registered.SetPoint == proposed.SetPoint
            ? Directions.Unchanged
            : type == "shelf-life"
                ? proposed.SetPoint > registered.SetPoint ? Directions.Widened : Directions.Tightened
                : Directions.Replaced;
    }

    private static string CompareRanges(RegisteredValue registered, RegisteredValue proposed)
    {
        if (registered.Low == proposed.Low && registered.High == proposed.High)
        {
            return Directions.Unchanged;
        }

        // A side the proposal leaves open is wider than any registered limit on that side.
        var lowInside = registered.Low is null || (proposed.Low is { } pl && pl >= registered.Low);
        var highInside = registered.High is null || (proposed.High is { } ph && ph <= registered.High);
        return lowInside && highInside ? Directions.Tightened : Directions.Widened;
    }

    private static bool Inside(decimal point, decimal? low, decimal? high) => (low is null || point >= low) && (high is null || point <= high);

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal);
}
