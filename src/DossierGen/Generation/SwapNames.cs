using System.Globalization;
using System.Text.RegularExpressions;
using DossierGen.Inputs;

namespace DossierGen.Generation;

/// <summary>
/// The hidden names DossierGen reserves beside the dossier folders in an output folder: a change's
/// staging folder (<c>.ID.staging-OWNER</c>), its old folder set aside during a swap
/// (<c>.ID.previous-OWNER</c>) and the journal of a swap (<c>.dossiergen-swap.OWNER.N.json</c>).
/// The owner in each name lets a later run tell the leftovers of a dead run from a live one's.
/// </summary>
public static partial class SwapNames
{
    public const string StagingKind = "staging";
    public const string PreviousKind = "previous";

    public static string Staging(string directory, string changeId, RunOwner owner) => Path.Combine(directory, $".{changeId}.{StagingKind}-{owner.Token}");

    public static string Previous(string directory, string changeId, RunOwner owner) => Path.Combine(directory, $".{changeId}.{PreviousKind}-{owner.Token}");

    public static string Journal(string directory, RunOwner owner, int sequence) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".dossiergen-swap.{owner.Token}.{sequence}.json"));

    /// <summary>A staging or set-aside folder's change id, kind and owner; null for any other name.</summary>
    public static (string ChangeId, string Kind, RunOwner Owner)? ParseFolder(string name)
    {
        var match = FolderName().Match(name);
        return match.Success && Ids.IsValid(match.Groups["id"].Value) && RunOwner.Parse(match.Groups["owner"].Value) is { } owner
            ? (match.Groups["id"].Value, match.Groups["kind"].Value, owner)
            : null;
    }

    /// <summary>A journal's owner, also for the temporary file a journal is written through (<c>.tmp</c>); null for any other name.</summary>
    public static (RunOwner Owner, bool Temporary)? ParseJournal(string name)
    {
        var match = JournalName().Match(name);
        return match.Success && RunOwner.Parse(match.Groups["owner"].Value) is { } owner ? (owner, match.Groups["tmp"].Success) : null;
    }

    [GeneratedRegex(@"^\.(?<id>.+)\.(?<kind>staging|previous)-(?<owner>[0-9]+(?:-[0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderName();

    [GeneratedRegex(@"^\.dossiergen-swap\.(?<owner>[0-9]+-[0-9]+)\.[0-9]+\.json(?<tmp>\.tmp)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JournalName();
}
