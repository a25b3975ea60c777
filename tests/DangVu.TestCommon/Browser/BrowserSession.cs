using Microsoft.Playwright;

namespace DangVu.TestCommon.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (its driver ships in the NuGet package; no browser download).
/// Background networking is off: the test machines have no network beyond loopback.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>A phone held upright: the width the UI must work at.</summary>
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    public static async Task<BrowserSession> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) — the README's test command does.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies), optionally restoring a signed-in state.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string? storageState = null, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            StorageState = storageState,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
