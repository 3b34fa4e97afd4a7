using System.Reflection;
using System.Runtime.InteropServices;

namespace Daedalus.Shaders.Vulkan;

/// <summary>Maps the logical library names used by the P/Invokes to each platform's file names.</summary>
internal static class NativeLibraries
{
    public const string Vulkan = "daedalus-vulkan";
    public const string Shaderc = "daedalus-shaderc";

    private static int _installed;

    public static string VulkanFile => OperatingSystem.IsWindows() ? "vulkan-1.dll" : OperatingSystem.IsMacOS() ? "libvulkan.1.dylib" : "libvulkan.so.1";

    public static string ShadercFile => OperatingSystem.IsWindows() ? "shaderc_shared.dll" : OperatingSystem.IsMacOS() ? "libshaderc_shared.dylib" : "libshaderc.so.1";

    /// <summary>Installs the resolver once; call before the first native call.</summary>
    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
    }

    public static bool TryLoad(string file, out string? error)
    {
        if (NativeLibrary.TryLoad(file, typeof(NativeLibraries).Assembly, null, out _))
        {
            error = null;
            return true;
        }
        error = $"{file} could not be loaded";
        return false;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        var file = name switch
        {
            Vulkan => VulkanFile,
            Shaderc => ShadercFile,
            _ => null,
        };
        return file is not null && NativeLibrary.TryLoad(file, assembly, path, out var handle) ? handle : 0;
    }
}
