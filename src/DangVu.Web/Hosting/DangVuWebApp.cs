using DangVu.Data.Infrastructure;

namespace DangVu.Web.Hosting;

/// <summary>Builds the web application: services in <see cref="WebServices"/>, pipeline in <see cref="WebPipeline"/>.</summary>
internal static class DangVuWebApp
{
    /// <summary>Arguments the command line did not claim go on to the host as configuration (--key=value).</summary>
    public static WebApplication Build(string[] args, DatabaseTarget target, WebRunOptions options)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(options.Urls);
        builder.AddDangVu(target, options);
        var app = builder.Build();
        app.UseDangVu();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"DangVu đang chạy: mở {url} trong trình duyệt. Dừng bằng Ctrl+C.");
            }
        });
        return app;
    }
}
