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

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnameseDates.VietnamTime).DateTime);
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
        member.Events.Add(new MemberEventRecord { MemberId = member.Id, Kind = MemberEventKind.Admitted, On = request.AdmittedOn, OrganizationId = organization.Id });
        if (request.OfficialOn is { } recognized)
        {
            member.Events.Add(new MemberEventRecord { MemberId = member.Id, Kind = MemberEventKind.RecognizedOfficial, On = recognized });
        }

        member.Status = member.StatusOn(today);
        context.Members.Add(member);
        if (save)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return (member, []);
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex CitizenIdFormat();
}
