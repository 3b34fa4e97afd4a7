using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Daedalus.Runtime;

/// <summary>Fixed binary forms of the common primitive types, for <see cref="ItemSerializers"/>.</summary>
internal static class BuiltInSerializers
{
    public static IItemSerializer<T>? Find<T>() => (IItemSerializer<T>?)Cache<T>.Serializer;

    private static class Cache<T>
    {
        public static readonly object? Serializer = Create(typeof(T));
    }

    private static object? Create(Type type)
    {
        if (type == typeof(long)) return Fixed<long>(8, (s, v) => BinaryPrimitives.WriteInt64LittleEndian(s, v), BinaryPrimitives.ReadInt64LittleEndian);
        if (type == typeof(int)) return Fixed<int>(4, (s, v) => BinaryPrimitives.WriteInt32LittleEndian(s, v), BinaryPrimitives.ReadInt32LittleEndian);
        if (type == typeof(short)) return Fixed<short>(2, (s, v) => BinaryPrimitives.WriteInt16LittleEndian(s, v), BinaryPrimitives.ReadInt16LittleEndian);
        if (type == typeof(sbyte)) return Fixed<sbyte>(1, (s, v) => s[0] = (byte)v, s => (sbyte)s[0]);
        if (type == typeof(ulong)) return Fixed<ulong>(8, (s, v) => BinaryPrimitives.WriteUInt64LittleEndian(s, v), BinaryPrimitives.ReadUInt64LittleEndian);
        if (type == typeof(uint)) return Fixed<uint>(4, (s, v) => BinaryPrimitives.WriteUInt32LittleEndian(s, v), BinaryPrimitives.ReadUInt32LittleEndian);
        if (type == typeof(ushort)) return Fixed<ushort>(2, (s, v) => BinaryPrimitives.WriteUInt16LittleEndian(s, v), BinaryPrimitives.ReadUInt16LittleEndian);
        if (type == typeof(byte)) return Fixed<byte>(1, (s, v) => s[0] = v, s => s[0]);
        if (type == typeof(bool)) return Fixed<bool>(1, (s, v) => s[0] = v ? (byte)1 : (byte)0, s => s[0] switch { 0 => false, 1 => true, _ => throw Malformed("bool") });
        if (type == typeof(char)) return Fixed<char>(2, (s, v) => BinaryPrimitives.WriteUInt16LittleEndian(s, v), s => (char)BinaryPrimitives.ReadUInt16LittleEndian(s));
        if (type == typeof(double)) return Fixed<double>(8, (s, v) => BinaryPrimitives.WriteDoubleLittleEndian(s, v), BinaryPrimitives.ReadDoubleLittleEndian);
        if (type == typeof(float)) return Fixed<float>(4, (s, v) => BinaryPrimitives.WriteSingleLittleEndian(s, v), BinaryPrimitives.ReadSingleLittleEndian);
        if (type == typeof(decimal)) return Fixed<decimal>(16, WriteDecimal, ReadDecimal);
        if (type == typeof(Guid)) return Fixed<Guid>(16, (s, v) => v.TryWriteBytes(s), s => new Guid(s));
        if (type == typeof(TimeSpan)) return Fixed<TimeSpan>(8, (s, v) => BinaryPrimitives.WriteInt64LittleEndian(s, v.Ticks), s => new TimeSpan(BinaryPrimitives.ReadInt64LittleEndian(s)));
        if (type == typeof(DateTime)) return Fixed<DateTime>(8, (s, v) => BinaryPrimitives.WriteInt64LittleEndian(s, v.ToBinary()), s => DateTime.FromBinary(BinaryPrimitives.ReadInt64LittleEndian(s)));
        if (type == typeof(DateTimeOffset)) return Fixed<DateTimeOffset>(10, WriteOffset, ReadOffset);
        if (type == typeof(string)) return new StringSerializer();
        if (type == typeof(byte[])) return new BytesSerializer();
        return null;
    }

    private static FixedSerializer<T> Fixed<T>(int size, SpanWriter<T> write, SpanReader<T> read) => new(size, write, read);

    private static InvalidDataException Malformed(string type) => new($"The stored bytes are not a {type}.");

    private static void WriteDecimal(Span<byte> span, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        for (var i = 0; i < 4; i++) BinaryPrimitives.WriteInt32LittleEndian(span[(i * 4)..], bits[i]);
    }

    private static decimal ReadDecimal(ReadOnlySpan<byte> span)
    {
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < 4; i++) bits[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]);
        return new decimal(bits);
    }

    private static void WriteOffset(Span<byte> span, DateTimeOffset value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(span, value.Ticks);
        BinaryPrimitives.WriteInt16LittleEndian(span[8..], (short)value.TotalOffsetMinutes);
    }

    private static DateTimeOffset ReadOffset(ReadOnlySpan<byte> span) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(span), TimeSpan.FromMinutes(BinaryPrimitives.ReadInt16LittleEndian(span[8..])));

    private delegate void SpanWriter<in T>(Span<byte> destination, T value);

    private delegate T SpanReader<out T>(ReadOnlySpan<byte> source);

    private sealed class FixedSerializer<T>(int size, SpanWriter<T> write, SpanReader<T> read) : IItemSerializer<T>
    {
        public void Write(T item, IBufferWriter<byte> output)
        {
            write(output.GetSpan(size), item);
            output.Advance(size);
        }

        public T Read(ReadOnlySpan<byte> data) => data.Length == size ? read(data) : throw Malformed(typeof(T).Name);
    }

    private sealed class StringSerializer : IItemSerializer<string>
    {
        // A leading byte tells null (0) from a string (1), so null items survive the store.
        public void Write(string item, IBufferWriter<byte> output)
        {
            if (item is null)
            {
                output.GetSpan(1)[0] = 0;
                output.Advance(1);
                return;
            }
            var span = output.GetSpan(1 + Encoding.UTF8.GetMaxByteCount(item.Length));
            span[0] = 1;
            output.Advance(1 + Encoding.UTF8.GetBytes(item, span[1..]));
        }

        public string Read(ReadOnlySpan<byte> data) => data.Length == 0 ? throw Malformed("string")
            : data[0] == 0 ? null! : Encoding.UTF8.GetString(data[1..]);
    }

    private sealed class BytesSerializer : IItemSerializer<byte[]>
    {
        public void Write(byte[] item, IBufferWriter<byte> output)
        {
            if (item is null)
            {
                output.GetSpan(1)[0] = 0;
                output.Advance(1);
                return;
            }
            var span = output.GetSpan(1 + item.Length);
            span[0] = 1;
            item.CopyTo(span[1..]);
            output.Advance(1 + item.Length);
        }

        public byte[] Read(ReadOnlySpan<byte> data) => data.Length == 0 ? throw Malformed("byte[]")
            : data[0] == 0 ? null! : data[1..].ToArray();
    }
}
