namespace DossierGen.Formats;

/// <summary>Short constructors that keep the format definitions readable as tables.</summary>
internal static class ShapeBuilders
{
    public static PropertyShape Required(string name, Shape shape) => new(name, shape, Required: true);

    public static PropertyShape Optional(string name, Shape shape) => new(name, shape);

    public static TextShape Text(string description) => new() { Description = description };

    public static TextShape Id(string description) => new() { Description = description, Format = TextFormat.Id };

    public static TextShape Date(string description) => new() { Description = description, Format = TextFormat.Date };

    public static TextShape Volume(string description) => new() { Description = description, Format = TextFormat.Volume };

    public static TextShape OneOf(string description, IReadOnlyList<string> allowed, string? @default = null) =>
        new() { Description = description, Allowed = allowed, Default = @default };

    public static NumberShape Number(string description, double? exclusiveMinimum = null, double? exclusiveMaximum = null, double? @default = null) =>
        new() { Description = description, ExclusiveMinimum = exclusiveMinimum, ExclusiveMaximum = exclusiveMaximum, Default = @default };

    public static BooleanShape Flag(string description, bool? @default = null) => new() { Description = description, Default = @default };

    public static ListShape ListOf(Shape items, string description, int minItems = 0, bool unique = true) =>
        new(items) { Description = description, MinItems = minItems, UniqueItems = unique };
}
