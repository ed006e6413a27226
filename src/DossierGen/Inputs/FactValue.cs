using System.Globalization;

namespace DossierGen.Inputs;

/// <summary>The value of one fact: text, a flag, a volume or a number. Rules compare facts by name.</summary>
public abstract record FactValue
{
    public sealed record Text(string Value) : FactValue
    {
        public override string ToString() => Value;
    }

    public sealed record Flag(bool Value) : FactValue
    {
        public override string ToString() => Value ? "true" : "false";
    }

    public sealed record Quantity(Volume Value) : FactValue
    {
        public override string ToString() => Value.Text;
    }

    /// <summary>A derived number, such as the scale factor.</summary>
    public sealed record Number(decimal Value) : FactValue
    {
        public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
