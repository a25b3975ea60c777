using System.Text.RegularExpressions;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>What is needed to put a member on the rolls.</summary>
public sealed record NewMember(
    string FullName, DateOnly BirthDate, Gender Gender, Guid OrganizationId, DateOnly AdmittedOn, DateOnly? OfficialOn,
    Sector Sector = Sector.Administration, string? CardNumber = null, string? CitizenId = null, string Ethnicity = "Kinh",
    string? Hometown = null, bool YouthUnionMember = false, bool PoliticalCore = false, bool IsSynthetic = false);

/// <summary>Putting members on the rolls and recording the dated events of their files, with the checks a file needs.</summary>
public sealed partial class MemberRegistry(DangVuDbContext context, TimeProvider clock)
{
    /// <summary>Adds a member, or returns every reason (Vietnamese) the request is refused. Does not save when <paramref name="save"/> is false (bulk loads).</summary>
    public async Task<(PartyMember? Member, IReadOnlyList<string> Errors)> AddAsync(
        NewMember request, bool save = true, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        var name = VietnameseText.Normalize(request.FullName);
        if (name.Length is 0 or > 200)
        {
            errors.Add(name.Length == 0 ? "Họ và tên không được để trống." : "Họ và tên dài quá 200 ký tự.");
        }

        var today = Today();
        if (request.BirthDate >= request.AdmittedOn || request.BirthDate.Year < 1900)
        {
            errors.Add("Ngày sinh phải trước ngày vào Đảng.");
        }

        if (request.AdmittedOn > today || request.OfficialOn > today)
        {
            errors.Add("Ngày vào Đảng và ngày chính thức không được ở tương lai.");
        }

        if (request.OfficialOn is { } official && official <= request.AdmittedOn)
        {
            errors.Add("Ngày chính thức phải sau ngày vào Đảng.");
        }

        if (request.CitizenId is { } citizenId && !CitizenIdFormat().IsMatch(citizenId))
        {
            errors.Add("Số căn cước công dân phải gồm đúng 12 chữ số.");
        }

        if (request.CardNumber is { } card && (card.Length > 32 || await context.Members.AnyAsync(m => m.CardNumber == card, cancellationToken)))
        {
            errors.Add($"Số thẻ đảng viên {card} đã có trong hồ sơ khác hoặc không hợp lệ.");
        }

        var organization = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken);
        if (organization is null || !organization.IsActive || organization.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
        {
            errors.Add("Đảng viên phải sinh hoạt ở một chi bộ còn hoạt động.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var member = new PartyMember
        {
            FullName = name,
            BirthDate = request.BirthDate,
            Gender = request.Gender,
            Ethnicity = VietnameseText.Normalize(request.Ethnicity),
            Hometown = request.Hometown is null ? null : VietnameseText.Normalize(request.Hometown),
            Sector = request.Sector,
            YouthUnionMember = request.YouthUnionMember,
            PoliticalCore = request.PoliticalCore,
            AdmittedOn = request.AdmittedOn,
            OfficialOn = request.OfficialOn,
            CardNumber = request.CardNumber,
            CitizenId = request.CitizenId,
            OrganizationId = organization!.Id,
            OrganizationPath = organization.Path,
            IsSynthetic = request.IsSynthetic,
        };
        member.OpenHistory(today);
        context.Members.Add(member);
        if (save)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return (member, []);
    }

    /// <summary>
    /// Records a dated event in a member's file (transfer, exemption, removal …), checked against the status on that
    /// date; an event that places the member (reassignment, transfer in) needs a cell. Refused with a Vietnamese reason.
    /// </summary>
    public async Task<(PartyMember? Member, string? Error, bool Conflict)> RecordEventAsync(
        Guid memberId, int expectedVersion, MemberEventKind kind, DateOnly on, Guid? organizationId, string? note,
        CancellationToken cancellationToken = default)
    {
        var member = await context.Members.Include(m => m.Events).SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return (null, "Không tìm thấy đảng viên.", false);
        }

        if (member.Version != expectedVersion)
        {
            return (null, $"Hồ sơ của {member.FullName} vừa được người khác thay đổi; hãy tải lại rồi làm lại.", true);
        }

        if (member.Events.Count > 0 && on < member.Events.Max(e => e.On))
        {
            return (null, "Ngày của sự kiện sớm hơn sự kiện gần nhất trong hồ sơ: hãy ghi theo đúng thứ tự thời gian.", false);
        }

        if (MemberLifecycle.Refuse(member.StatusOn(on), kind) is { } refusal)
        {
            return (null, refusal, false);
        }

        var places = kind is MemberEventKind.Reassigned or MemberEventKind.PermanentTransferIn;
        Organizations.PartyOrganization? organization = null;
        if (places)
        {
            organization = await context.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
            if (organization is null || !organization.IsActive || organization.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
            {
                return (null, "Hãy chọn một chi bộ còn hoạt động để chuyển đến.", false);
            }
        }

        // Added explicitly: a new row with a client-made key put in a tracked collection would be taken for an existing one.
        context.Add(new MemberEventRecord
        {
            MemberId = member.Id,
            Kind = kind,
            On = on,
            OrganizationId = organization?.Id,
            Note = string.IsNullOrWhiteSpace(note) ? null : VietnameseText.Normalize(note),
        });
        if (organization is not null)
        {
            member.OrganizationId = organization.Id;
            member.OrganizationPath = organization.Path;
        }

        member.Status = member.StatusOn(Today());
        member.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, $"Hồ sơ của {member.FullName} vừa được người khác thay đổi; hãy tải lại rồi làm lại.", true);
        }

        return (member, null, false);
    }

    private DateOnly Today() => VietnameseDates.Today(clock);

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CitizenIdFormat();
}
