using System.Reflection;

namespace DossierGen.Templates.Engine;

/// <summary>
/// The names templates use for model members: the C# property name with its first letter lower-cased
/// (<c>ChangeId</c> is <c>changeId</c>), the names the templates have always used. The renderer and
/// the linter both name members through here, so what lint accepts is what renders.
/// </summary>
public static class ModelNames
{
    public static string Of(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Of(member.Name);
    }

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
