using Microsoft.Extensions.Logging.Console;

namespace DangVu.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Structured logs: JSON lines when DangVu:LogFormat is "json" (for collectors), else one readable
    /// line each. Start-up failures are reported by the command line as one line, so the host's own
    /// stack-trace dump is silenced.
    /// </summary>
    public static void AddDangVuLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["DangVu:LogFormat"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(json => json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffK");
        }
        else
        {
            builder.Logging.AddSimpleConsole(simple =>
            {
                simple.SingleLine = true;
                simple.TimestampFormat = "HH:mm:ss ";
                simple.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }

        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // A failing statement surfaces as an exception, logged (or, at start-up, reported) where it is handled.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Keys live in the database beside the data they protect; whoever reads one reads the other (docs/decisions.md).
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    }
}
