using System.Text.Json.Nodes;

namespace DossierGen.Editing;

/// <summary>
/// Results pasted as a lots x attributes table: per lot (row) and attribute (column) a number, a
/// text (conforms), or nothing for an empty cell.
/// </summary>
public sealed record PastedResults(IReadOnlyList<string> Attributes, IReadOnlyList<PastedRow> Rows)
{
    /// <summary>
    /// Writes the pasted results into a study's values (its <c>attributes[].results</c>), replacing
    /// the results of the pasted lots and attributes and leaving every other result as it was.
    /// </summary>
    public void Into(JsonObject study)
    {
        ArgumentNullException.ThrowIfNull(study);
        if (study["attributes"] is not JsonArray attributes)
        {
            return;
        }

        foreach (var attribute in attributes.OfType<JsonObject>())
        {
            var column = Attributes.ToList().IndexOf(attribute["name"]?.GetValue<string>() ?? "");
            if (column < 0)
            {
                continue;
            }

            if (attribute["results"] is not JsonObject results)
            {
                results = [];
                attribute["results"] = results;
            }

            foreach (var row in Rows)
            {
                // A result already there is replaced where it stands, so the file's order of lots stays.
                if (row.Values[column] is { } value)
                {
                    results[row.Lot] = value.Number is { } number ? JsonValue.Create(number) : JsonValue.Create(value.Text);
                }
                else
                {
                    results.Remove(row.Lot);
                }
            }
        }
    }
}
