namespace DossierGen.Formats;

/// <param name="UnlessPresent">A required key that may be left out when this other key is present (a nature the registration derives).</param>
public sealed record PropertyShape(string Name, Shape Shape, bool Required = false, string? UnlessPresent = null);
