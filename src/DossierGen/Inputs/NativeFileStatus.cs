using System.Runtime.InteropServices;

namespace DossierGen.Inputs;

/// <summary>
/// The file type from stat(2), which .NET does not expose (FileAttributes shows a FIFO or a device as
/// Normal). It calls the System.Native library that ships with every .NET runtime on Unix, whose
/// FileStatus starts with two 32-bit fields, Flags and Mode, on every platform; that keeps this free
/// of the C library's per-architecture struct stat layouts.
/// </summary>
internal static class NativeFileStatus
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int SocketType = 0xC000;

    // Generously larger than System.Native's FileStatus (about 130 bytes), which has only grown at its end.
    private const int StatusBytes = 512;

    public static EntryKind KindOf(string path)
    {
        var status = new byte[StatusBytes];
        try
        {
            if (Stat(path, status) != 0)
            {
                return EntryKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without System.Native: no FIFO check is possible; the size bound still holds.
            return EntryKind.RegularFile;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => EntryKind.RegularFile,
            DirectoryType => EntryKind.Directory,
            Fifo => EntryKind.Pipe,
            CharacterDevice or BlockDevice => EntryKind.Device,
            SocketType => EntryKind.Socket,
            _ => EntryKind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(string path, [Out] byte[] status);
}
