using System.Runtime.InteropServices;
using System.Text;

namespace DossierGen.Generation;

/// <summary>
/// Tells a regular file from a symbolic link, a folder and a device, FIFO or socket, as lstat does.
/// .NET reports a device node or FIFO as an ordinary file, so on Unix this asks the runtime's own
/// native helper (the one File and Directory use), whose status layout starts with flags and the
/// st_mode bits on every Unix .NET runs on.
/// </summary>
public static class EntryKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    // Larger than the runtime's FileStatus structure, whose size has grown between versions.
    private const int StatusBufferSize = 512;

    public static EntryKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return UnixKind(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A runtime without the helper: links and folders are still told apart below.
            }
        }

        return AttributeKind(path);
    }

    private static EntryKind UnixKind(string path)
    {
        var status = new byte[StatusBufferSize];
        var name = Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
        if (LStat(name, status) != 0)
        {
            // ENOENT and ENOTDIR mean nothing is there; anything else (EACCES) is left to the
            // operation that follows, which reports it as the I/O error it is.
            return EntryKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => EntryKind.RegularFile,
            DirectoryType => EntryKind.Directory,
            LinkType => EntryKind.SymbolicLink,
            _ => EntryKind.Other,
        };
    }

    private static EntryKind AttributeKind(string path)
    {
        var info = new FileInfo(path);
        var attributes = (int)info.Attributes;
        if (attributes == -1)
        {
            return info.LinkTarget is null ? EntryKind.Missing : EntryKind.SymbolicLink;
        }

        var flags = (FileAttributes)attributes;
        return flags.HasFlag(FileAttributes.ReparsePoint) ? EntryKind.SymbolicLink
            : flags.HasFlag(FileAttributes.Directory) ? EntryKind.Directory
            : flags.HasFlag(FileAttributes.Device) ? EntryKind.Other
            : EntryKind.RegularFile;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat(byte[] path, [Out] byte[] status);
}
