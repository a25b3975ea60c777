namespace DangVu.Core.Documents;

/// <summary>The Vietnamese sentences a <see cref="ParsedDocument"/> carries for what could not be read.</summary>
internal static class DocumentWarnings
{
    public const string Empty = "Văn bản trống: không có chữ nào để đọc.";
    public const string Failure = "DangVu gặp lỗi khi đọc văn bản này; các phần chưa đọc được cần nhập tay.";
    public const string NoSymbol = "Không đọc được số và ký hiệu văn bản.";
    public const string NoDate = "Không đọc được ngày ban hành.";
    public const string NoPlace = "Không đọc được địa danh nơi ban hành.";
    public const string NoIssuer = "Không đọc được cơ quan ban hành.";
    public const string NoType = "Không đọc được tên loại văn bản.";
    public const string NoTitle = "Không đọc được trích yếu.";
    public const string NoRecipients = "Không thấy nơi nhận.";
    public const string NoSigner = "Không đọc được họ tên người ký.";
    public const string NoSignerTitle = "Không đọc được chức vụ người ký.";

    public static string BlankSerial(string symbol) => $"Số văn bản để trống ({symbol}): có thể là bản dự thảo; chưa có số.";

    public static string BlankDate(string written) => $"Ngày ban hành để trống ({written}): chưa ghi ngày.";

    public static string InvalidDate(string written) => $"Ngày ban hành không hợp lệ: {written}.";

    public static string TypeMismatch(string heading, string code) => $"Tên loại “{heading}” không khớp ký hiệu {code}.";
}
