using DangVu.Core.Documents;
using DangVu.Data;
using DangVu.Data.Documents;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// The document register of the demo: notice 509-TB/TU itself (the real text, in the Tỉnh uỷ's register) and three
/// sample texts written for the parser's tests (marked “dữ liệu mẫu”): letter 945-CV/TU and decree 14/2008/NĐ-CP,
/// which the notice cites (so their placeholders are filled in), and resolution 12-NQ/ĐUK in the bloc committee's
/// register, which cites 10-CT/TW and 20-KH/TU as the notice does (shared placeholders). Registered once, through the
/// register itself, as read by the parser.
/// </summary>
internal sealed class DemoDocuments(DocumentRegister register, DangVuDbContext context)
{
    private static readonly (string Sample, string Organization, bool Synthetic)[] Documents =
    [
        ("509-TB-TU.txt", "Tỉnh uỷ Bình Thuận", false),
        ("945-CV-TU.txt", "Tỉnh uỷ Bình Thuận", true),
        ("14-2008-ND-CP.txt", "Tỉnh uỷ Bình Thuận", true),
        ("12-NQ-DUK.txt", "Đảng uỷ khối cơ quan Dân Chính Đảng", true),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.Documents.AnyAsync(cancellationToken))
        {
            return;
        }

        var names = Documents.Select(d => d.Organization).Distinct().ToList();
        var organizations = await context.Organizations.AsNoTracking().Where(o => names.Contains(o.Name) && o.DissolvedOn == null)
            .ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        foreach (var (sample, organization, synthetic) in Documents)
        {
            if (!organizations.TryGetValue(organization, out var organizationId))
            {
                continue;
            }

            var bytes = Sample(sample);
            var parts = DocumentParser.Parse(DocumentFile.ReadText(bytes, sample));
            var outcome = await register.RegisterAsync(new DocumentEntry(organizationId, parts, synthetic), new DocumentUpload(sample, bytes), cancellationToken);
            if (outcome.Document is null)
            {
                throw new InvalidOperationException($"Demo document {sample} refused: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
            }
        }
    }

    /// <summary>A sample text as embedded in the executable.</summary>
    public static byte[] Sample(string name)
    {
        using var stream = typeof(DemoDocuments).Assembly.GetManifestResourceStream($"DangVu.Demo.Documents.{name}")
            ?? throw new InvalidOperationException($"The demo document {name} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
