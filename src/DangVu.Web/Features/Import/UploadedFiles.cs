using System.Security.Cryptography;

namespace DangVu.Web.Features.Import;

/// <summary>
/// Holds an uploaded file between its preview and its confirmation: saved under a random name in a private temp
/// folder, readable only by the user who uploaded it, removed after use or after a day.
/// </summary>
public sealed partial class UploadedFiles(TimeProvider clock, ILogger<UploadedFiles> logger)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dangvu-uploads");

    public async Task<string> SaveAsync(Guid userId, IFormFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        RemoveExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var target = File.Create(PathOf(userId, token));
        await file.CopyToAsync(target, cancellationToken);
        return token;
    }

    /// <summary>Keeps bytes already read (an API upload), like <see cref="SaveAsync(Guid, IFormFile, CancellationToken)"/>.</summary>
    public async Task<string> SaveAsync(Guid userId, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        RemoveExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(PathOf(userId, token), bytes, cancellationToken);
        return token;
    }

    /// <summary>The saved file's bytes, or null when the token is not this user's or has expired.</summary>
    public async Task<byte[]?> ReadAsync(Guid userId, string? token, CancellationToken cancellationToken)
    {
        await using var file = Open(userId, token);
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The saved file, or null when the token is not this user's or has expired.</summary>
    public FileStream? Open(Guid userId, string? token) =>
        token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(userId, token))
            ? new FileStream(PathOf(userId, token), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous)
            : null;

    public void Remove(Guid userId, string token) => File.Delete(PathOf(userId, token));

    private string PathOf(Guid userId, string token) => Path.Combine(_folder, $"{userId:N}-{token}.upload");

    private void RemoveExpired()
    {
        foreach (var file in new DirectoryInfo(_folder).EnumerateFiles("*.upload"))
        {
            if (file.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime - Lifetime)
            {
                try
                {
                    file.Delete();
                }
                catch (IOException exception)
                {
                    CouldNotRemove(exception, file.Name);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the expired upload {File}")]
    private partial void CouldNotRemove(Exception exception, string file);
}
