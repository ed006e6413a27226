namespace DossierGen.Inputs;

/// <summary>The value of one fact of a change: text, a flag or a volume. Rules compare facts by name.</summary>
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
}
