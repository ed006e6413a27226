using System.Diagnostics;

namespace DossierGen.Tests.Support;

/// <summary>File system entries that are not regular files; a FIFO cannot be committed, so tests make them.</summary>
internal static class SpecialFiles
{
    public const string Fifo = "a named pipe";
    public const string Device = "a link to /dev/zero";
    public const string Folder = "a folder";

    public static void Make(string path, string kind)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case Fifo:
                using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                break;
            case Device:
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case Folder:
                Directory.CreateDirectory(path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a special file kind");
        }
    }
}
