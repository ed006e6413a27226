using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>
/// List numbering: two abstract definitions (bullets, decimals) and one instance per list, each
/// decimal instance restarting at 1. List formatting is not taken from the reference document
/// (pandoc does the same); the indents follow Word's defaults.
/// </summary>
internal static class Numbering
{
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    public static DocumentFormat.OpenXml.Wordprocessing.Numbering Build(IReadOnlyList<bool> instances)
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(Abstract(BulletAbstract, ordered: false), Abstract(DecimalAbstract, ordered: true));
        for (var i = 0; i < instances.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = instances[i] ? DecimalAbstract : BulletAbstract }) { NumberID = i + 1 };
            if (instances[i])
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = (360 * (level + 1)).ToString(CultureInfo.InvariantCulture);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? (level % 3 == 1 ? NumberFormatValues.LowerLetter : level % 3 == 2 ? NumberFormatValues.LowerRoman : NumberFormatValues.Decimal) : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : Bullets[level % Bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent, Hanging = "360" }))
            {
                LevelIndex = level,
            });
        }

        return definition;
    }
}
