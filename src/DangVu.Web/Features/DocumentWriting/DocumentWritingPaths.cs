namespace DangVu.Web.Features.DocumentWriting;

/// <summary>Where the document-writing pages and files are.</summary>
internal static class DocumentWritingPaths
{
    public const string Api = "/api/document-writing";

    public const string List = "/van-ban/soan";

    public const string New = "/van-ban/soan/moi";

    public static string Page(Guid id) => $"/van-ban/soan/{id}";

    public static string Edit(Guid id) => $"/van-ban/soan/{id}/sua";

    /// <summary>The DOCX or PDF of a document (the API serves both, to pages and clients alike).</summary>
    public static string Download(Guid id, string format) => $"{Api}/documents/{id}/{format}";
}
