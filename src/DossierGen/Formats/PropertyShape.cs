namespace DossierGen.Formats;

public sealed record PropertyShape(string Name, Shape Shape, bool Required = false);
