using DangVu.Core.Access;
using DangVu.Core.Documents;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Accounts;
using DangVu.Data.Documents;
using DangVu.Data.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.TestCommon.FollowUp;

/// <summary>
/// The notice's world in small: Tỉnh uỷ Bình Thuận (which issued 509-TB/TU) → the bloc committee → the inspection
/// commission's cell and the hospital; an office account over the whole tree, a tracking officer, and a secretary for each
/// grassroots unit — every account with an e-mail address; and, unless the test registers it itself, the notice in the
/// province's register, whose follow-up key is <see cref="SeedKey"/> (empty otherwise).
/// </summary>
public sealed record FollowUpWorld(
    PartyOrganization Province, PartyOrganization Bloc, PartyOrganization Inspection, PartyOrganization Hospital,
    AppUser Office, AppUser Officer, AppUser InspectionSecretary, AppUser HospitalSecretary, string SeedKey)
{
    private const string SeedName = "509-TB-TU.txt";

    public static async Task<FollowUpWorld> CreateAsync(IServiceProvider services, string suffix = "", bool registerSeed = true)
    {
        await using var scope = services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2005, 12, 1));
        async Task<PartyOrganization> AddAsync(string name, OrganizationKind kind, Guid? parent) =>
            (await restructuring.CreateAsync(new(name, kind, OrganizationType.Agency, null, parent), founded)).Organization
            ?? throw new InvalidOperationException($"{name} refused");
        var province = await AddAsync("Tỉnh uỷ Bình Thuận" + suffix, OrganizationKind.ProvincialCommittee, null);
        var bloc = await AddAsync("Đảng uỷ khối cơ quan Dân Chính Đảng" + suffix, OrganizationKind.BlocCommittee, province.Id);
        var inspection = await AddAsync("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ" + suffix, OrganizationKind.GrassrootsCell, bloc.Id);
        var hospital = await AddAsync("Đảng bộ Bệnh viện Đa khoa tỉnh" + suffix, OrganizationKind.GrassrootsCommittee, bloc.Id);
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        AppUser User(string name, string fullName, Role role, string scopePath)
        {
            var userName = $"{name}{suffix}{Guid.NewGuid():N}"[..Math.Min(30, name.Length + suffix.Length + 32)];
            var user = new AppUser
            {
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@dangvu.test",
                NormalizedEmail = $"{userName}@dangvu.test".ToUpperInvariant(),
                FullName = fullName,
                CreatedAt = DateTimeOffset.UnixEpoch,
            };
            user.Grants.Add(new UserGrant { UserId = user.Id, Role = role, ScopePath = scopePath });
            context.Users.Add(user);
            return user;
        }

        var office = User("vanphong", "Trần Thị Thuỷ", Role.Office, province.Path);
        var officer = User("theodoi", "Võ Văn Đôn", Role.Office, bloc.Path);
        var inspectionSecretary = User("bithukt", "Lê Đức Anh", Role.Secretary, inspection.Path);
        var hospitalSecretary = User("bithubv", "Nguyễn Văn Hoà", Role.Secretary, hospital.Path);
        await context.SaveChangesAsync();
        var seed = registerSeed ? await RegisterSeedAsync(scope.ServiceProvider.GetRequiredService<DocumentRegister>(), province.Id, suffix) : string.Empty;
        return new FollowUpWorld(province, bloc, inspection, hospital, office, officer, inspectionSecretary, hospitalSecretary, seed);
    }

    /// <summary>Registers the notice in the province's register; a suffixed world's copy names a suffixed issuer, so worlds share a database.</summary>
    private static async Task<string> RegisterSeedAsync(DocumentRegister register, Guid provinceId, string suffix)
    {
        await using var stream = typeof(FollowUpWorld).Assembly.GetManifestResourceStream($"DangVu.TestCommon.{SeedName}")
            ?? throw new InvalidOperationException("The seed notice is not embedded.");
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        var parts = DocumentParser.Parse(DocumentFile.ReadText(bytes.ToArray(), SeedName));
        var outcome = await register.RegisterAsync(
            new DocumentEntry(provinceId, parts with { Issuer = parts.Issuer + suffix.ToUpperInvariant() }), new DocumentUpload(SeedName, bytes.ToArray()));
        return RegisteredDirectiveSources.KeyOf(outcome.Document?.Id
            ?? throw new InvalidOperationException($"Seed refused: {string.Join("; ", outcome.Errors.Select(e => e.Message))}"));
    }
}
