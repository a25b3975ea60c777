namespace DangVu.Web.Hosting;

/// <summary>How the web app was asked to run from the command line.</summary>
/// <param name="Urls">Where Kestrel listens.</param>
/// <param name="Demo">Whether to add the demo data at start.</param>
internal sealed record WebRunOptions(string Urls = "http://127.0.0.1:5080", bool Demo = false);
