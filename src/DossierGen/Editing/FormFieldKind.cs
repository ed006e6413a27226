namespace DossierGen.Editing;

/// <summary>What input a form field needs: the page picks its control from this alone.</summary>
public enum FormFieldKind
{
    Text,
    Number,
    Boolean,

    /// <summary>One of a closed word list: a drop-down.</summary>
    Choice,

    /// <summary>A number, or a text such as <c>conforms</c> (a lot's result).</summary>
    NumberOrText,

    /// <summary>Repeated items of one shape (<see cref="FormField.Item"/>).</summary>
    List,

    /// <summary>A fixed set of keys (<see cref="FormField.Fields"/>), perhaps with variants chosen by a discriminator key.</summary>
    Group,

    /// <summary>Keys the user chooses (lot ids), each with a value of one shape (<see cref="FormField.Item"/>).</summary>
    Dictionary,

    /// <summary>Either a text (a relative path) or a group written inline (a change's product).</summary>
    TextOrGroup,

    /// <summary>A rule condition, edited as YAML text: it is recursive and no change-file form needs it.</summary>
    Condition,
}
