using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Markdown;

/// <summary>How deeply a parsed document nests (blocks and inlines together), found without recursion so any depth can be measured.</summary>
internal static class MarkdownNesting
{
    /// <summary>The deepest nesting and the 0-based line of the node where it is reached.</summary>
    public static (int Depth, int Line) Deepest(MarkdownDocument document)
    {
        var deepest = (Depth: 0, Line: 0);
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest.Depth)
            {
                deepest = (depth, node.Line);
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                default:
                    break;
            }
        }

        return deepest;
    }
}
