namespace DossierGen.Tests.Support;

/// <summary>A scratch rules folder for lint and loader tests: write a few rule files, then point DossierGen at it.</summary>
internal sealed class RuleFolder : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public string Path => _directory.Path;

    public string Write(string relative, string yaml)
    {
        var file = _directory.File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        return file;
    }

    public void Dispose() => _directory.Dispose();
}
