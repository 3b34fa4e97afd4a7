namespace Daedalus.Runtime;

/// <summary>Type names as C# writes them (<c>List&lt;Int32&gt;</c>, not <c>List`1</c>), for messages.</summary>
internal static class TypeNames
{
    public static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Display(underlying) + "?";
        if (type.IsArray) return Display(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>";
    }
}
