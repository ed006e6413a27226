using System.Runtime.InteropServices;
using System.Text;

namespace DossierGen.FileSystem;

/// <summary>
/// The file type from stat(2) or lstat(2), which .NET does not expose (FileAttributes shows a FIFO or
/// a device as Normal). It calls the System.Native library that ships with every .NET runtime on Unix
/// (the one File and Directory use), whose FileStatus starts with two 32-bit fields, Flags and Mode,
/// on every platform; that keeps this free of the C library's per-architecture struct stat layouts.
/// </summary>
internal static class NativeStatus
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int LinkType = 0xA000;
    private const int SocketType = 0xC000;

    // Generously larger than System.Native's FileStatus (about 130 bytes), which has only grown at its end.
    private const int StatusBytes = 512;

    /// <summary>The kind, or null where the runtime has no System.Native (Windows, or an unusual runtime).</summary>
    public static EntryKind? KindOf(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new byte[StatusBytes];
        var name = Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
        try
        {
            // ENOENT and ENOTDIR mean nothing is there; anything else (EACCES) is left to the operation
            // that follows, which reports it as the I/O error it is.
            if ((followLinks ? Stat(name, status) : LStat(name, status)) != 0)
            {
                return EntryKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => EntryKind.RegularFile,
            DirectoryType => EntryKind.Directory,
            LinkType => EntryKind.SymbolicLink,
            Fifo => EntryKind.Pipe,
            CharacterDevice or BlockDevice => EntryKind.Device,
            SocketType => EntryKind.Socket,
            _ => EntryKind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat(byte[] path, [Out] byte[] status);
}
