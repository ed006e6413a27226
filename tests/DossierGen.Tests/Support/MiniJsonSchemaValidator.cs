using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DossierGen.Yaml;

namespace DossierGen.Tests.Support;

/// <summary>
/// An independent, deliberately small JSON Schema (draft-07) checker for the keywords DossierGen's
/// schemas use. JsonSchema.Net is not available here; this exists so tests can show that the
/// published schemas and the reader accept and refuse the same files.
/// </summary>
internal static class MiniJsonSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonNode schema, YamlNode document)
    {
        var errors = new List<string>();
        Check(schema.AsObject(), ToJson(document), "$", errors);
        return errors;
    }

    /// <summary>YAML to JSON by the YAML 1.2 core schema, as yaml-language-server reads it.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { Kind: YamlScalarKind.Null } => null,
        YamlScalar { Kind: YamlScalarKind.Boolean } b => JsonValue.Create(b.Value is "true" or "True" or "TRUE"),
        YamlScalar { Kind: YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber } n when double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(),
    };

    private static void Check(JsonObject schema, JsonNode? value, string at, List<string> errors)
    {
        if (schema["type"]?.GetValue<string>() is { } type && !HasType(value, type))
        {
            errors.Add($"{at}: expected {type}");
            return;
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{at}: expected const {constant}");
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{at}: not in enum");
        }

        if (value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            CheckText(schema, text, at, errors);
        }

        if (value is JsonValue number && number.TryGetValue<double>(out var n))
        {
            CheckNumber(schema, n, at, errors);
        }

        if (value is JsonObject obj)
        {
            CheckObject(schema, obj, at, errors);
        }

        if (value is JsonArray array)
        {
            CheckArray(schema, array, at, errors);
        }

        foreach (var sub in schema["allOf"]?.AsArray() ?? [])
        {
            Check(sub!.AsObject(), value, at, errors);
        }

        if (schema["if"] is JsonObject condition && schema["then"] is JsonObject then && Passes(condition, value))
        {
            Check(then, value, at, errors);
        }

        if (schema["oneOf"] is JsonArray oneOf && oneOf.Count(s => Passes(s!.AsObject(), value)) != 1)
        {
            errors.Add($"{at}: must match exactly one of oneOf");
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Passes(s!.AsObject(), value)))
        {
            errors.Add($"{at}: must match at least one of anyOf");
        }
    }

    private static void CheckText(JsonObject schema, string text, string at, List<string> errors)
    {
        if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern))
        {
            errors.Add($"{at}: does not match {pattern}");
        }

        if (schema["minLength"]?.GetValue<int>() is { } min && text.Length < min)
        {
            errors.Add($"{at}: shorter than {min}");
        }

        if (schema["format"]?.GetValue<string>() == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add($"{at}: not a date");
        }
    }

    private static void CheckNumber(JsonObject schema, double value, string at, List<string> errors)
    {
        if (schema["exclusiveMinimum"]?.GetValue<double>() is { } low && value <= low)
        {
            errors.Add($"{at}: not above {low}");
        }

        if (schema["exclusiveMaximum"]?.GetValue<double>() is { } high && value >= high)
        {
            errors.Add($"{at}: not below {high}");
        }
    }

    private static void CheckObject(JsonObject schema, JsonObject obj, string at, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey(required!.GetValue<string>()))
            {
                errors.Add($"{at}: missing {required}");
            }
        }

        foreach (var (key, child) in obj)
        {
            var sub = properties?[key];
            if (sub is JsonObject subSchema)
            {
                Check(subSchema, child, $"{at}.{key}", errors);
            }
            else if (sub is null && schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, $"{at}.{key}", errors);
            }
            else if (sub is null && schema["additionalProperties"]?.GetValue<bool>() == false)
            {
                errors.Add($"{at}: unknown {key}");
            }
        }

        if (schema["minProperties"]?.GetValue<int>() is { } min && obj.Count < min)
        {
            errors.Add($"{at}: fewer than {min} properties");
        }
    }

    private static void CheckArray(JsonObject schema, JsonArray array, string at, List<string> errors)
    {
        if (schema["minItems"]?.GetValue<int>() is { } min && array.Count < min)
        {
            errors.Add($"{at}: fewer than {min} items");
        }

        if (schema["uniqueItems"]?.GetValue<bool>() == true && array.Select(i => i?.ToJsonString()).Distinct().Count() != array.Count)
        {
            errors.Add($"{at}: items not unique");
        }

        if (schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{at}[{i}]", errors);
            }
        }
    }

    private static bool Passes(JsonObject schema, JsonNode? value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors.Count == 0;
    }

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue s && s.TryGetValue<string>(out _),
        "boolean" => value is JsonValue b && b.TryGetValue<bool>(out _),
        "number" => value is JsonValue n && n.TryGetValue<double>(out _),
        _ => throw new InvalidOperationException("type " + type),
    };
}
