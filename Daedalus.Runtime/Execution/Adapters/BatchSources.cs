namespace Daedalus.Runtime;

/// <summary>Checks what a batch source (<c>int Fill(Span&lt;T&gt;)</c>) returned. Called by generated code.</summary>
public static class BatchSources
{
    /// <summary>Returns <paramref name="filled"/> when it is a valid count for a buffer of <paramref name="capacity"/> items.</summary>
    /// <exception cref="InvalidOperationException">The source returned a negative count or more than the buffer holds.</exception>
    public static int Checked(int filled, int capacity, string node) =>
        filled >= 0 && filled <= capacity
            ? filled
            : throw new InvalidOperationException($"Batch source '{node}' returned {filled}, but it may write 0 to {capacity} items (the length of the span it was given).");
}
