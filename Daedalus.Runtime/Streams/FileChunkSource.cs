using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>
/// A source that streams a file into a <see cref="PipeWriter"/> in chunks, asynchronously, waiting
/// whenever the edge's backpressure pauses the writer. Completes the writer when the file ends, and
/// completes it with the error when reading fails or is cancelled, so the consumer never waits forever.
/// </summary>
public sealed class FileChunkSource
{
    /// <summary>Creates a source for <paramref name="path"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="chunkSize">The most bytes read and flushed at a time.</param>
    public FileChunkSource(string path, int chunkSize = 64 * 1024)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        Path = path;
        ChunkSize = chunkSize;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The most bytes read and flushed at a time.</summary>
    public int ChunkSize { get; }

    /// <summary>Bytes read from the file so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Chunks written so far.</summary>
    public long Chunks { get; private set; }

    /// <summary>
    /// Streams the whole file into <paramref name="writer"/> and completes it. Returns the bytes written;
    /// fewer than the file's length if the consumer completed its reader early.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; the writer is completed with it.</exception>
    public async Task<long> RunAsync(PipeWriter writer, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        try
        {
            await using var file = new FileStream(Path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
                BufferSize = 0, // The pipe's buffers are the only buffering.
            });
            while (true)
            {
                var buffer = writer.GetMemory(ChunkSize)[..ChunkSize];
                var read = await file.ReadAsync(buffer, cancellation).ConfigureAwait(false);
                if (read == 0) break;
                writer.Advance(read);
                BytesRead += read;
                Chunks++;
                var flushed = await writer.FlushAsync(cancellation).ConfigureAwait(false);
                if (flushed.IsCompleted) break; // The consumer stopped reading.
            }
        }
        catch (Exception error)
        {
            await writer.CompleteAsync(error).ConfigureAwait(false);
            throw;
        }
        await writer.CompleteAsync().ConfigureAwait(false);
        return BytesRead;
    }
}
