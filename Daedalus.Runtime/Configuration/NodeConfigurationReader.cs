using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Daedalus.Runtime;

/// <summary>
/// The configuration a <see cref="NodeFactory"/> creates a node from: (name, value) pairs of invariant strings,
/// found by name without regard to case. The generated factories read it through the members below; every name they
/// ask for is one of the node type's members, and <see cref="NodeCatalog.Create"/> rejects the keys no factory asked for.
/// </summary>
public sealed class NodeConfigurationReader
{
    private readonly Dictionary<string, string?> _values;
    private readonly HashSet<string> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _memberOrder = [];

    /// <summary>Creates the reader of <paramref name="configuration"/> for a node of type <paramref name="typeName"/>.</summary>
    /// <exception cref="ArgumentException">Two keys differ only in case.</exception>
    public NodeConfigurationReader(string typeName, IReadOnlyDictionary<string, string?>? configuration)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        TypeName = typeName;
        _values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            if (!_values.TryAdd(key, value))
                throw new ArgumentException($"The configuration of node type '{typeName}' names '{key}' twice (keys are compared without regard to case).", nameof(configuration));
        }
    }

    /// <summary>The node's type, as <see cref="NodeAdapter.TypeName"/> writes it.</summary>
    public string TypeName { get; }

    /// <summary>The members the factory asked for so far, in order: the configuration keys the node type has.</summary>
    public IReadOnlyList<string> Members => _memberOrder;

    /// <summary>Finds the value of member <paramref name="name"/>; records the name as one of the type's members.</summary>
    /// <returns>Whether the configuration has the member (its value may be null).</returns>
    public bool TryGet(string name, out string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_members.Add(name)) _memberOrder.Add(name);
        return _values.TryGetValue(name, out value);
    }

    /// <summary>Reads member <paramref name="name"/> with <c>T.Parse(value, CultureInfo.InvariantCulture)</c>.</summary>
    /// <exception cref="ArgumentException">The value is null or does not parse as a <typeparamref name="T"/>.</exception>
    public bool TryRead<T>(string name, out T value) where T : IParsable<T>
    {
        value = default!;
        if (!TryGet(name, out var text)) return false;
        value = Parse(name, text, static text => T.Parse(text, CultureInfo.InvariantCulture), ExpectedName(typeof(T)));
        return true;
    }

    /// <summary>Reads member <paramref name="name"/> of a nullable type; a null value reads as null.</summary>
    /// <exception cref="ArgumentException">The value does not parse as a <typeparamref name="T"/>.</exception>
    public bool TryReadNullable<T>(string name, out T? value) where T : struct, IParsable<T>
    {
        value = null;
        if (!TryGet(name, out var text)) return false;
        if (text is not null) value = Parse(name, text, static text => T.Parse(text, CultureInfo.InvariantCulture), ExpectedName(typeof(T)) + "?");
        return true;
    }

    /// <summary>Reads member <paramref name="name"/> with <see cref="Enum.Parse{TEnum}(string)"/>: a name (or several, separated by commas) or a number.</summary>
    /// <exception cref="ArgumentException">The value is null or not one of <typeparamref name="T"/>'s values.</exception>
    public bool TryReadEnum<T>(string name, out T value) where T : struct, Enum
    {
        value = default;
        if (!TryGet(name, out var text)) return false;
        value = Parse(name, text, static text => Enum.Parse<T>(text), ExpectedName(typeof(T)));
        return true;
    }

    /// <summary>Reads member <paramref name="name"/> of a nullable enum type; a null value reads as null.</summary>
    /// <exception cref="ArgumentException">The value is not one of <typeparamref name="T"/>'s values.</exception>
    public bool TryReadNullableEnum<T>(string name, out T? value) where T : struct, Enum
    {
        value = null;
        if (!TryGet(name, out var text)) return false;
        if (text is not null) value = Parse(name, text, static text => Enum.Parse<T>(text), ExpectedName(typeof(T)) + "?");
        return true;
    }

    /// <summary>
    /// Records <paramref name="name"/> as a member the node type describes but that cannot be set from configuration
    /// (a get-only property, a read-only field, a type that cannot be parsed): its key is accepted and its value ignored.
    /// </summary>
    public void Accept(string name) => TryGet(name, out _);

    /// <summary>Fails for a constructor parameter that has no value in the configuration and no default.</summary>
    /// <exception cref="ArgumentException">Always.</exception>
    [DoesNotReturn]
    public T Missing<T>(string parameter) =>
        throw new ArgumentException($"Node type '{TypeName}' needs a value for constructor parameter '{parameter}' ({ExpectedName(typeof(T))}); the configuration has none.", parameter);

    /// <summary>Gets a <typeparamref name="T"/> from <paramref name="services"/> for a constructor parameter that needs one.</summary>
    /// <exception cref="InvalidOperationException">There are no services, or they have no <typeparamref name="T"/>.</exception>
    public T Service<T>(IServiceProvider? services) =>
        TryService<T>(services, out var service)
            ? service
            : throw new InvalidOperationException($"Node type '{TypeName}' needs a service of type '{TypeNames.Display(typeof(T))}'" +
                (services is null ? ", but no service provider was given." : ", which the service provider does not have."));

    /// <summary>Gets a <typeparamref name="T"/> from <paramref name="services"/>, if there are services and they have one.</summary>
    public static bool TryService<T>(IServiceProvider? services, [MaybeNullWhen(false)] out T service)
    {
        if (services?.GetService(typeof(T)) is T found)
        {
            service = found;
            return true;
        }
        service = default;
        return false;
    }

    /// <summary>Throws for the keys no member took.</summary>
    internal void CheckEveryKeyRead()
    {
        foreach (var key in _values.Keys)
        {
            if (_members.Contains(key)) continue;
            var members = _memberOrder.Count == 0 ? "it has no configuration members" : "its members are " + string.Join(", ", _memberOrder);
            throw new ArgumentException($"Node type '{TypeName}' has no configuration member '{key}'; {members}.", "configuration");
        }
    }

    private T Parse<T>(string name, string? text, Func<string, T> parse, string expected)
    {
        if (text is null) throw Unparseable(name, "null", expected, inner: null);
        try
        {
            return parse(text);
        }
        catch (Exception error) when (error is FormatException or OverflowException or ArgumentException)
        {
            throw Unparseable(name, $"'{text}'", expected, error);
        }
    }

    private ArgumentException Unparseable(string name, string value, string expected, Exception? inner) =>
        new($"The configuration value {value} of '{TypeName}.{name}' is not a valid {expected}.", name, inner);

    private static string ExpectedName(Type type) =>
        type.IsEnum ? TypeNames.Display(type) : Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => "bool",
            TypeCode.Byte => "byte",
            TypeCode.SByte => "sbyte",
            TypeCode.Int16 => "short",
            TypeCode.UInt16 => "ushort",
            TypeCode.Int32 => "int",
            TypeCode.UInt32 => "uint",
            TypeCode.Int64 => "long",
            TypeCode.UInt64 => "ulong",
            TypeCode.Single => "float",
            TypeCode.Double => "double",
            TypeCode.Decimal => "decimal",
            TypeCode.String => "string",
            TypeCode.Char => "char",
            _ => TypeNames.Display(type),
        };
}
