namespace DossierGen.Rules;

public enum RuleSubject
{
    /// <summary>Evaluated once per change and market.</summary>
    Change,

    /// <summary>Evaluated per change, market and referenced master file; decides whether the file can supply evidence.</summary>
    MasterFile,

    /// <summary>
    /// Evaluated per programme (change file) referencing a master file that its holder changes, and
    /// market: what the programme must now file (<c>dossiergen impact --change</c>).
    /// </summary>
    MasterFileChange,
}
