using DangVu.Data.Infrastructure;

namespace DangVu.Web.Cli;

/// <summary>
/// Runs a verb and turns the failures a user can cause (a wrong --db, an unreachable server, an
/// unwritable folder, a port in use) into one Vietnamese line on stderr and a non-zero exit code.
/// </summary>
internal static class CliFailure
{
    public const int UserError = 2;
    public const int Unexpected = 70;

    public static async Task<int> RunAsync(Func<DatabaseTarget, Task<int>> verb, string? database)
    {
        DatabaseTarget? target = null;
        try
        {
            target = DatabaseTarget.Parse(database);
            return await verb(target);
        }
        catch (Exception exception) when (!IsHostingHandOff(exception))
        {
            var line = Describe(exception, target);
            await Console.Error.WriteLineAsync($"dangvu: {line ?? $"lỗi không mong đợi: {exception.Message}"}");
            return line is null ? Unexpected : UserError;
        }
    }

    private static string? Describe(Exception exception, DatabaseTarget? target)
    {
        if (exception is DatabaseTargetException)
        {
            return exception.Message;
        }

        if (target is not null && DatabaseErrors.Describe(exception, target) is { } databaseLine)
        {
            return databaseLine;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is IOException && current.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                return $"Không mở được cổng web: địa chỉ đã có chương trình khác dùng ({current.Message}). Hãy chọn --urls khác.";
            }

            if (current is UnauthorizedAccessException)
            {
                return $"Không đủ quyền ghi: {current.Message}";
            }
        }

        return null;
    }

    // WebApplicationFactory stops the entry point with its own exception once the host is built.
    private static bool IsHostingHandOff(Exception exception) =>
        exception.GetType().Name == "StopTheHostException";
}
