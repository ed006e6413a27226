namespace DossierGen.Formats;

/// <summary>"<see cref="Required"/> is required when <see cref="Key"/> is <see cref="Value"/>".</summary>
public sealed record ConditionalRequirement(string Key, string Value, string Required);
