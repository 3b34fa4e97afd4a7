using System.Runtime.InteropServices;
using System.Text;

namespace Daedalus.Shaders.Vulkan;

/// <summary>HLSL → SPIR-V through shaderc's C API (libshaderc.so.1), once per shader per process.</summary>
internal static unsafe partial class Shaderc
{
    private const int SourceLanguageHlsl = 1;
    private const int ComputeShaderKind = 2;
    private const int OptimizationPerformance = 2;
    private const int StatusSuccess = 0;

    private static readonly Dictionary<string, byte[]> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compiler_initialize")]
    private static partial nint CompilerInitialize();

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compiler_release")]
    private static partial void CompilerRelease(nint compiler);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compile_options_initialize")]
    private static partial nint OptionsInitialize();

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compile_options_release")]
    private static partial void OptionsRelease(nint options);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compile_options_set_source_language")]
    private static partial void SetSourceLanguage(nint options, int language);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compile_options_set_optimization_level")]
    private static partial void SetOptimizationLevel(nint options, int level);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_compile_into_spv")]
    private static partial nint CompileIntoSpv(nint compiler, byte* source, nuint sourceSize, int kind, byte* fileName, byte* entryPoint, nint options);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_result_release")]
    private static partial void ResultRelease(nint result);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_result_get_length")]
    private static partial nuint ResultLength(nint result);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_result_get_bytes")]
    private static partial byte* ResultBytes(nint result);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_result_get_compilation_status")]
    private static partial int ResultStatus(nint result);

    [LibraryImport(NativeLibraries.Shaderc, EntryPoint = "shaderc_result_get_error_message")]
    private static partial byte* ResultErrorMessage(nint result);

    /// <summary>Why no HLSL compiler is usable here, or null when libshaderc or glslc is.</summary>
    public static string? Unavailable()
    {
        NativeLibraries.EnsureResolver();
        if (LibraryUsable) return null;
        return GlslcCompiler.Path() is not null
            ? null
            : $"neither shaderc's library ({NativeLibraries.ShadercFile}: {_libraryError}) nor the glslc compiler is usable to compile HLSL to SPIR-V (Debian/Ubuntu: apt-get install libshaderc1 glslc)";
    }

    private static string? _libraryError;

    /// <summary>
    /// Debian 12's libshaderc.so.1 references a SPIR-V Tools symbol only glslc's executable defines, so
    /// dlopen fails there; the same compiler is then driven through glslc instead.
    /// </summary>
    private static bool LibraryUsable => _libraryUsable.Value;

    private static readonly Lazy<bool> _libraryUsable = new(() =>
    {
        if (NativeLibraries.TryLoad(NativeLibraries.ShadercFile, out var error)) return true;
        _libraryError = error;
        return false;
    });

    public static byte[] CompileCompute(string name, string hlsl)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(hlsl, out var cached)) return cached;
        }
        var spirv = LibraryUsable ? Compile(name, hlsl) : GlslcCompiler.Compile(name, hlsl);
        lock (CacheLock) Cache[hlsl] = spirv;
        return spirv;
    }

    private static byte[] Compile(string name, string hlsl)
    {
        NativeLibraries.EnsureResolver();
        var source = Encoding.UTF8.GetBytes(hlsl);
        var file = Encoding.UTF8.GetBytes(name + ".hlsl\0");
        var entry = "main\0"u8;
        var compiler = CompilerInitialize();
        var options = OptionsInitialize();
        if (compiler == 0 || options == 0) throw new GpuUnavailableException("shaderc could not create a compiler.");
        try
        {
            SetSourceLanguage(options, SourceLanguageHlsl);
            SetOptimizationLevel(options, OptimizationPerformance);
            fixed (byte* sourcePtr = source)
            fixed (byte* filePtr = file)
            fixed (byte* entryPtr = entry)
            {
                var result = CompileIntoSpv(compiler, sourcePtr, (nuint)source.Length, ComputeShaderKind, filePtr, entryPtr, options);
                try
                {
                    if (ResultStatus(result) != StatusSuccess)
                    {
                        var message = Marshal.PtrToStringUTF8((nint)ResultErrorMessage(result));
                        throw new InvalidOperationException($"shaderc rejected the HLSL of {name}: {message}\n{hlsl}");
                    }
                    return new ReadOnlySpan<byte>(ResultBytes(result), checked((int)ResultLength(result))).ToArray();
                }
                finally
                {
                    ResultRelease(result);
                }
            }
        }
        finally
        {
            OptionsRelease(options);
            CompilerRelease(compiler);
        }
    }
}
