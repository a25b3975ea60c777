using DangVu.Core.Documents;
using DangVu.Core.Organizations;
using DangVu.Data.Documents;
using DangVu.Data.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.Documents;

/// <summary>The sample documents and a small tree to register them in.</summary>
internal static class RegisterFixture
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Documents", name));

    /// <summary>A province with a bloc committee under it; returns both.</summary>
    public static async Task<(PartyOrganization Province, PartyOrganization Bloc)> TreeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2000, 1, 1));
        var province = (await restructuring.CreateAsync(new("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded)).Organization!;
        var bloc = (await restructuring.CreateAsync(new("Đảng uỷ khối cơ quan Dân Chính Đảng", OrganizationKind.BlocCommittee, OrganizationType.Agency, null, province.Id), founded)).Organization!;
        return (province, bloc);
    }

    /// <summary>Registers a sample as read, in a scope of its own.</summary>
    public static async Task<DocumentOutcome> RegisterAsync(IServiceProvider services, Guid organizationId, string sample, Func<ParsedDocument, ParsedDocument>? correct = null)
    {
        var bytes = Sample(sample);
        var parts = DocumentParser.Parse(DocumentFile.ReadText(bytes, sample));
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentRegister>()
            .RegisterAsync(new DocumentEntry(organizationId, correct is null ? parts : correct(parts)), new DocumentUpload(sample, bytes), Cancel);
    }

    public static async Task<DocumentView> ViewAsync(IServiceProvider services, Guid id, string scope = OrganizationPath.Root)
    {
        await using var serviceScope = services.CreateAsyncScope();
        return (await serviceScope.ServiceProvider.GetRequiredService<DocumentQueries>().FindAsync(id, [scope], Cancel))!;
    }
}
