namespace DossierGen.Rules;

/// <summary>The comparisons a rule condition may make. Kept small on purpose: rules are data, not code.</summary>
public enum ConditionOperator
{
    /// <summary>The fact has exactly this value (text or true/false).</summary>
    EqualTo,

    /// <summary>The fact's text value is one of a list.</summary>
    In,

    /// <summary>The fact's number is at least the operand.</summary>
    AtLeast,

    /// <summary>The fact's number is at most the operand.</summary>
    AtMost,

    /// <summary>The fact is present (true) or absent (false) for this change.</summary>
    Exists,
}
