using DossierGen.Tests.Support;

namespace DossierGen.Tests.Inputs;

/// <summary>
/// A path in a change file can name any file, and a pull request can add one (or a link to one): a
/// file DossierGen does not recognise by its first line's format tag is refused without showing
/// anything of it, and paths may not leave the repository unless dossiergen.yaml allows it.
/// </summary>
public sealed class PathDisclosureTests
{
    private const string Secret = "hunter2";

    /// <summary>Files that are no DossierGen file, each holding the secret somewhere a diagnostic could quote it.</summary>
    public static TheoryData<string> SecretFiles =>
    [
        $"-----BEGIN PRIVATE KEY-----\nMIIEvQ{Secret}AgEAMA0GCSqGSIb3DQEBAQUAA4IEpwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n",
        $"password: {Secret}\n",
        $"password: \"{Secret}\nuser: admin\n",
        $"user: admin\n\tpassword: {Secret}\n",
        $"{Secret}: [1, 2\nuser: admin\n",
        $"{Secret}: 1\n{Secret}: 2\n",
        $"user: *{Secret}\n",
        $"? [{Secret}]\n: x\n",
        $"user: admin\nformat: {Secret}\n",
        $"user: admin\nformat: [{Secret}]\n",
        $"aws_secret_access_key = {Secret}: x: y\n",
    ];

    public static TheoryData<string, string> SecretsInEveryPlace()
    {
        var cases = new TheoryData<string, string>();
        foreach (var place in new[] { "product", "master file", "validated file", "generated file", "dossiergen.yaml", "rules file" })
        {
            foreach (var secret in SecretFiles)
            {
                cases.Add(place, secret);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(SecretsInEveryPlace))]
    public void NothingOfAFileThatIsNotADossierGenFileOfTheExpectedKindIsShown(string place, string secret)
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Malformed("product.yaml"), scratch.File("product.yaml"));
        File.Copy(Malformed("valid-master-file.yaml"), scratch.File("valid-master-file.yaml"));
        File.Copy(Malformed("valid-change.yaml"), scratch.File("change.yaml"));
        File.WriteAllText(scratch.File("secret.yaml"), secret);
        string[] args = ["validate", scratch.File("change.yaml")];
        switch (place)
        {
            case "product":
                Replace(scratch.File("change.yaml"), "product: product.yaml", "product: secret.yaml");
                break;
            case "master file":
                Replace(scratch.File("change.yaml"), "ref: valid-master-file.yaml", "ref: secret.yaml");
                break;
            case "validated file":
                args = ["validate", scratch.File("secret.yaml")];
                break;
            case "generated file":
                args = ["generate", scratch.File("secret.yaml"), "-o", scratch.File("out")];
                break;
            case "dossiergen.yaml":
                File.Move(scratch.File("secret.yaml"), scratch.File("dossiergen.yaml"));
                break;
            default:
                Folders.Copy(RepositoryPaths.Rules, scratch.File("rules"));
                File.Move(scratch.File("secret.yaml"), scratch.File("rules/fda/zz-secret.yaml"));
                File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\n");
                args = ["assess", scratch.File("change.yaml")];
                break;
        }

        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains(": error DG10", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferencedFileThatIsNotOfItsKindIsReportedAtTheReference()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Malformed("valid-change.yaml"), scratch.File("change.yaml"));
        File.Copy(Malformed("valid-master-file.yaml"), scratch.File("valid-master-file.yaml"));
        File.WriteAllText(scratch.File("product.yaml"), $"password: {Secret}\n");

        var run = CliRun.Invoke("validate", scratch.File("change.yaml"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{scratch.File("change.yaml")}(3,10): error DG1012: ", line, StringComparison.Ordinal);
        Assert.Contains("not a DossierGen product file", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecognisedFileStillGetsEveryFaultShown()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Malformed("valid-change.yaml"), scratch.File("change.yaml"));
        File.Copy(Malformed("valid-master-file.yaml"), scratch.File("valid-master-file.yaml"));
        File.WriteAllText(scratch.File("product.yaml"), "# a comment first\nformat: dossiergen/product@1\nname: Testvec\nmodality: aav\ncolour: blue\nmarkets:\n  US: { stage: marketed }\n");

        var run = CliRun.Invoke("validate", scratch.File("change.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{scratch.File("product.yaml")}(5,1): error DG1101: unknown key 'colour'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("product: /etc/passwd", "(3,10)")]
    [InlineData("product: ../elsewhere/product.yaml", "(3,10)")]
    [InlineData("ref: ../elsewhere/valid-master-file.yaml", "(11,10)")]
    [InlineData("ref: ABSOLUTE/valid-master-file.yaml", "(11,10)")]
    public void APathThatLeavesTheRepositoryIsRefused(string reference, string place)
    {
        using var scratch = new TemporaryDirectory();
        WriteRepository(scratch, reference, configuration: "format: dossiergen/config@1\n");

        var run = CliRun.Invoke("validate", scratch.File("repo/change.yaml"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{scratch.File("repo/change.yaml")}{place}: error DG1013: ", line, StringComparison.Ordinal);
        Assert.Contains("allow-paths-outside", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("product: ../elsewhere/product.yaml")]
    [InlineData("ref: ../elsewhere/valid-master-file.yaml")]
    public void DossierGenYamlCanAllowPathsOutsideTheRepository(string reference)
    {
        using var scratch = new TemporaryDirectory();
        WriteRepository(scratch, reference, configuration: "format: dossiergen/config@1\nallow-paths-outside: true\n");

        var run = CliRun.Invoke("validate", scratch.File("repo/change.yaml"));

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void WithoutDossierGenYamlTheRepositoryIsTheNearestFolderWithGit()
    {
        using var scratch = new TemporaryDirectory();
        WriteRepository(scratch, "product: ../../product.yaml", configuration: null, changeFolder: "repo/changes/CC-1");
        Directory.CreateDirectory(scratch.File("repo/.git"));
        File.Copy(Malformed("product.yaml"), scratch.File("repo/product.yaml"));

        var inside = CliRun.Invoke("validate", scratch.File("repo/changes/CC-1/change.yaml"));
        Directory.Delete(scratch.File("repo/.git"));
        var withoutGit = CliRun.Invoke("validate", scratch.File("repo/changes/CC-1/change.yaml"));

        Assert.True(inside.ExitCode == 0, inside.Error);
        Assert.Equal(2, withoutGit.ExitCode);
        Assert.Contains("error DG1013: ", withoutGit.Error, StringComparison.Ordinal);
    }

    /// <summary>A repository folder with a change (and dossiergen.yaml), and product and master file also outside it in 'elsewhere'.</summary>
    private static void WriteRepository(TemporaryDirectory scratch, string reference, string? configuration, string changeFolder = "repo")
    {
        Directory.CreateDirectory(scratch.File(changeFolder));
        Directory.CreateDirectory(scratch.File("elsewhere"));
        foreach (var folder in new[] { changeFolder, "elsewhere" })
        {
            File.Copy(Malformed("product.yaml"), scratch.File($"{folder}/product.yaml"));
            File.Copy(Malformed("valid-master-file.yaml"), scratch.File($"{folder}/valid-master-file.yaml"));
        }

        var change = File.ReadAllText(Malformed("valid-change.yaml"));
        var key = reference.Split(':')[0];
        reference = reference.Replace("ABSOLUTE", scratch.File("elsewhere"), StringComparison.Ordinal);
        change = change.Replace(key == "product" ? "product: product.yaml" : "ref: valid-master-file.yaml", reference, StringComparison.Ordinal);
        File.WriteAllText(scratch.File($"{changeFolder}/change.yaml"), change);
        if (configuration is not null)
        {
            File.WriteAllText(scratch.File("repo/dossiergen.yaml"), configuration);
        }
    }

    private static string Malformed(string file) => Path.Combine(RepositoryPaths.TestInputs, "Malformed", file);

    private static void Replace(string path, string from, string to) =>
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
}
