namespace DangVu.Core.DocumentWriting;

/// <summary>How the signer signs (domain.md: thẩm quyền ký).</summary>
public enum SigningAuthorityKind
{
    /// <summary>T/M — on behalf of a collective body ("T/M BAN THƯỜNG VỤ", signed by the secretary).</summary>
    OnBehalfOf = 1,

    /// <summary>T/L — by order of the body ("T/L BAN THƯỜNG VỤ", signed by the head of the office).</summary>
    ByOrderOf = 2,

    /// <summary>K/T — as deputy of the head ("K/T BÍ THƯ", signed by a deputy secretary).</summary>
    Deputy = 3,
}
