using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Meetings;

/// <summary>Two cells under a grassroots committee, each with members; one member of the first is exempted from activity.</summary>
internal sealed record MeetingCells(PartyOrganization Committee, PartyOrganization Cell, PartyOrganization OtherCell, IReadOnlyDictionary<string, Guid> Members)
{
    private static int _cards;

    /// <summary>Today in Vietnam, by the clock the app runs on.</summary>
    public static DateOnly Today => VietnameseDates.Today(TimeProvider.System);

    public static async Task<MeetingCells> CreateAsync(DangVuAppFactory factory, string tag)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var cancel = TestContext.Current.CancellationToken;
        var founded = new Decision(new DateOnly(2005, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ {tag}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new($"Đảng bộ Bệnh viện {tag}", OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, null, province.Id), founded, cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new($"Chi bộ Khoa Nhi {tag}", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, cancel)).Organization!;
        var other = (await restructuring.CreateAsync(new($"Chi bộ Khoa Mắt {tag}", OrganizationKind.Cell, OrganizationType.PublicServiceUnit, null, committee.Id), founded, cancel)).Organization!;
        var members = new Dictionary<string, Guid>();
        foreach (var (name, cellId) in new[] { ($"Trương Văn Mạnh {tag}", cell.Id), ($"Lâm Thị Hương {tag}", cell.Id), ($"Bạch Văn Nghỉ {tag}", cell.Id), ($"Kha Thị Mắt {tag}", other.Id) })
        {
            var card = Interlocked.Increment(ref _cards);
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 4, 4), Gender.Male, cellId, new DateOnly(2005, 5, 19),
                new DateOnly(2006, 5, 19), CardNumber: $"M{tag}{card:D3}", CitizenId: $"0609{card:D4}{1234:D4}"), cancellationToken: cancel);
            members[name[..^(tag.Length + 1)]] = member?.Id ?? throw new InvalidOperationException(string.Join("; ", errors));
        }

        var (_, error, _) = await registry.RecordEventAsync(members["Bạch Văn Nghỉ"], 0, MemberEventKind.Exempted, new DateOnly(2024, 1, 1), null, null, cancel);
        return error is null ? new(committee, cell, other, members) : throw new InvalidOperationException(error);
    }
}
