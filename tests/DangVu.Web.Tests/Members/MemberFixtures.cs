using DangVu.Core.Organizations;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Members;

/// <summary>Member files the member tests share an app database with, kept apart by a tag.</summary>
internal static class MemberFixtures
{
    private static int _citizenIds;

    /// <summary>
    /// Two cells (a hospital's, a school's) under a new province, a nurse in the first and a teacher in the second.
    /// Citizen numbers are unique per call (one person, one file) and end in 5678 and 4321.
    /// </summary>
    public static async Task<(PartyOrganization Hospital, PartyOrganization School, PartyMember Nurse, PartyMember Teacher)> TwoOrganizationsAsync(
        DangVuAppFactory factory, string tag)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var cancel = TestContext.Current.CancellationToken;
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ {tag}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, cancel)).Organization!;
        var hospital = (await restructuring.CreateAsync(new($"Chi bộ Bệnh viện {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, cancel)).Organization!;
        var school = (await restructuring.CreateAsync(new($"Chi bộ Trường {tag}", OrganizationKind.GrassrootsCell, OrganizationType.PublicServiceUnit, null, province.Id), founded, cancel)).Organization!;
        var citizen = Interlocked.Increment(ref _citizenIds);
        var nurse = (await registry.AddAsync(new NewMember($"Nguyễn Thị Y Tá {tag}", new DateOnly(1990, 2, 3), Gender.Female, hospital.Id,
            new DateOnly(2015, 5, 19), new DateOnly(2016, 5, 19), Sector.Health, $"N{tag}01", $"0600{citizen:D4}5678"), cancellationToken: cancel)).Member!;
        var teacher = (await registry.AddAsync(new NewMember($"Nguyễn Văn Giáo {tag}", new DateOnly(1985, 9, 5), Gender.Male, school.Id,
            new DateOnly(2010, 3, 26), new DateOnly(2011, 3, 26), Sector.Education, $"T{tag}01", $"0608{citizen:D4}4321"), cancellationToken: cancel)).Member!;
        return (hospital, school, nurse, teacher);
    }
}
