namespace DangVu.Data.Members;

/// <summary>How identity numbers look to someone who may not read them: only the last four characters.</summary>
public static class MemberMasking
{
    public static string? Mask(string? value) =>
        value is null ? null : value.Length <= 4 ? new string('•', value.Length) : new string('•', value.Length - 4) + value[^4..];
}
