using System.Buffers;
using System.IO.Pipelines;

namespace Daedalus.Runtime;

/// <summary>A consumer's loop over a byte-stream edge, for nodes that process bytes as they arrive.</summary>
public static class PipeReaderConsumer
{
    /// <summary>
    /// Reads until the producer completes, handing each buffer of available bytes to
    /// <paramref name="process"/> and then consuming all of it; completes the reader at the end (with the
    /// error, if <paramref name="process"/> or the producer failed). Returns the bytes consumed.
    /// </summary>
    /// <remarks>The buffer is valid only during the call: copy what must outlive it.</remarks>
    public static async Task<long> ConsumeAsync(
        this PipeReader reader, Action<ReadOnlySequence<byte>> process, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(process);
        long total = 0;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellation).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (!buffer.IsEmpty) process(buffer);
                total += buffer.Length;
                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted || result.IsCanceled) break;
            }
        }
        catch (Exception error)
        {
            await reader.CompleteAsync(error).ConfigureAwait(false);
            throw;
        }
        await reader.CompleteAsync().ConfigureAwait(false);
        return total;
    }
}
