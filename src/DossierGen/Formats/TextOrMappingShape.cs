namespace DossierGen.Formats;

/// <summary>Either a text (a relative path) or a mapping written inline, as a change's <c>product</c>.</summary>
public sealed record TextOrMappingShape(TextShape Text, MappingShape Mapping) : Shape;
