using System.Collections.Concurrent;
using System.Reflection;
using DossierGen.Templates.Engine;

namespace DossierGen.Templates.Lint;

/// <summary>
/// What the linter knows of a model type: its members under the names templates use, whether it is a
/// list (and of what), and how to name it in a message. <c>object</c> stands for "not known"
/// (a local variable, a function's result), which the linter does not check further.
/// </summary>
internal static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Type>> MemberCache = new();

    public static bool IsUnknown(Type type) => type == typeof(object);

    /// <summary>The item type of a list (never of text, which Scriban does not loop over), else null.</summary>
    public static Type? ElementOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(string))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>The members of a model record by template name; empty for text, numbers, flags and lists.</summary>
    public static IReadOnlyDictionary<string, Type> Members(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return MemberCache.GetOrAdd(type, t => IsRecord(t)
            ? t.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(ModelNames.Of, p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, StringComparer.Ordinal)
            : new Dictionary<string, Type>(StringComparer.Ordinal));
    }

    /// <summary>How a message names a value of the type: "text", "true/false", "a number", "a list", or the record's name.</summary>
    public static string Describe(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type == typeof(string) ? "text"
            : type == typeof(bool) ? "true/false"
            : type.IsPrimitive ? "a number"
            : ElementOf(type) is not null ? "a list"
            : type.Name;
    }

    /// <summary>A model record (or the loop object), whose members templates may use; text and numbers have none.</summary>
    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && ElementOf(type) is null;
}
