using System.Text;

namespace DossierGen.Word.Xml;

/// <summary>
/// One WordprocessingML element as DossierGen writes it: a qualified name, attributes in the order
/// given, children, and text for <c>w:t</c> / <c>w:instrText</c>. The renderer builds these instead
/// of Open XML SDK elements because building and walking the SDK's typed tree was two thirds of the
/// time to render a long section; the SDK still opens and validates every document we write.
/// </summary>
public sealed class WordElement
{
    private List<WordElement>? _children;
    private List<KeyValuePair<string, string>>? _attributes;

    public WordElement(string name, string? text = null)
    {
        Name = name;
        Text = text;
    }

    private WordElement(string rawXml, bool raw)
    {
        Name = "";
        RawXml = raw ? rawXml : null;
    }

    /// <summary>The qualified name, such as <c>w:p</c>.</summary>
    public string Name { get; }

    /// <summary>Text content; an element with text (even empty) is written with an end tag, as the SDK does.</summary>
    public string? Text { get; }

    /// <summary>Markup already serialised elsewhere (the reference document's page set-up), written as is.</summary>
    public string? RawXml { get; }

    public IReadOnlyList<WordElement> Children => (IReadOnlyList<WordElement>?)_children ?? [];

    public WordElement? FirstChild => _children is { Count: > 0 } children ? children[0] : null;

    public WordElement? LastChild => _children is { Count: > 0 } children ? children[^1] : null;

    /// <summary>An element standing for markup that is already XML in the part's namespace context.</summary>
    public static WordElement Raw(string xml) => new(xml, raw: true);

    /// <summary>Adds an attribute (qualified name, unescaped value) after those already set.</summary>
    public WordElement With(string name, string value)
    {
        (_attributes ??= []).Add(new(name, value));
        return this;
    }

    public string? Attribute(string name)
    {
        foreach (var (key, value) in _attributes ?? [])
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    public WordElement Add(WordElement child)
    {
        ArgumentNullException.ThrowIfNull(child);
        (_children ??= []).Add(child);
        return this;
    }

    public WordElement Add(params ReadOnlySpan<WordElement> children)
    {
        foreach (var child in children)
        {
            Add(child);
        }

        return this;
    }

    public WordElement AddRange(IEnumerable<WordElement> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var child in children)
        {
            Add(child);
        }

        return this;
    }

    public void Insert(int index, WordElement child)
    {
        ArgumentNullException.ThrowIfNull(child);
        (_children ??= []).Insert(index, child);
    }

    /// <summary>The first child with this name, or null.</summary>
    public WordElement? Child(string name)
    {
        foreach (var child in Children)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>
    /// Every element below this one, depth first in document order. Walked with one stack of
    /// (parent, next child) rather than nested iterators, which cost a 40-chart section's body of
    /// some 100,000 elements an iterator per element and a step per level for each.
    /// </summary>
    public IEnumerable<WordElement> Descendants()
    {
        var pending = new Stack<(WordElement Parent, int Next)>();
        var (parent, next) = (this, 0);
        while (true)
        {
            if (parent._children is { } children && next < children.Count)
            {
                var child = children[next];
                yield return child;
                pending.Push((parent, next + 1));
                (parent, next) = (child, 0);
            }
            else if (pending.Count > 0)
            {
                (parent, next) = pending.Pop();
            }
            else
            {
                yield break;
            }
        }
    }

    /// <summary>Appends the element's markup: attributes with double quotes, empty elements as <c>&lt;w:b /&gt;</c>.</summary>
    public void WriteTo(StringBuilder xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (RawXml is not null)
        {
            xml.Append(RawXml);
            return;
        }

        xml.Append('<').Append(Name);
        if (_attributes is not null)
        {
            foreach (var (key, value) in _attributes)
            {
                xml.Append(' ').Append(key).Append("=\"");
                XmlEscape.Attribute(xml, value);
                xml.Append('"');
            }
        }

        if (Text is null && _children is null)
        {
            xml.Append(" />");
            return;
        }

        xml.Append('>');
        if (Text is not null)
        {
            XmlEscape.Text(xml, Text);
        }

        if (_children is not null)
        {
            foreach (var child in _children)
            {
                child.WriteTo(xml);
            }
        }

        xml.Append("</").Append(Name).Append('>');
    }
}
