using System.CommandLine;

namespace DangVu.Web.Cli;

/// <summary>Options every verb understands.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Tệp SQLite (mặc định ./data/dangvu.db) hoặc chuỗi kết nối PostgreSQL (postgres://… hoặc Host=…;Database=…)",
        Recursive = true,
    };
}
