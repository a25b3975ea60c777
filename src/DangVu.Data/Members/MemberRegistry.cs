using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Members;

/// <summary>What is needed to put a member on the rolls: every field of the file and the cell they join.</summary>
public sealed record NewMember(
    string FullName, DateOnly BirthDate, Gender Gender, Guid OrganizationId, DateOnly AdmittedOn, DateOnly? OfficialOn,
    Sector Sector = Sector.Administration, string? CardNumber = null, string? CitizenId = null, string Ethnicity = MemberLimits.DefaultEthnicity,
    string? Hometown = null, bool YouthUnionMember = false, bool PoliticalCore = false, bool IsSynthetic = false,
    string? Religion = null, string? Education = null, string? Profession = null, TheoryLevel TheoryLevel = TheoryLevel.None,
    string? Position = null, bool TradeUnionMember = false)
{
    /// <summary>A new member with the fields of <paramref name="file"/>, joining the cell <paramref name="organizationId"/>.</summary>
    public static NewMember From(MemberFileChanges file, Guid organizationId) => new(
        file.FullName, file.BirthDate, file.Gender, organizationId, file.AdmittedOn, file.OfficialOn, file.Sector, file.CardNumber,
        file.CitizenId, file.Ethnicity ?? string.Empty, file.Hometown, file.YouthUnionMember, file.PoliticalCore, IsSynthetic: false,
        file.Religion, file.Education, file.Profession, file.TheoryLevel, file.Position, file.TradeUnionMember);

    public MemberFileChanges ToFile() => new(
        FullName, BirthDate, Gender, Ethnicity, Religion, Hometown, Education, Profession, Sector, TheoryLevel, Position,
        YouthUnionMember, TradeUnionMember, PoliticalCore, AdmittedOn, OfficialOn, CardNumber, CitizenId);
}

/// <summary>
/// The new state of the fields of a member's file a form edits: everything but placement and status, which change
/// only through dated events. The admission and official dates may be corrected (the matching events move with
/// them) but not added or removed. Identity numbers are as given: null clears them.
/// </summary>
public sealed record MemberFileChanges(
    string FullName, DateOnly BirthDate, Gender Gender, string? Ethnicity, string? Religion, string? Hometown,
    string? Education, string? Profession, Sector Sector, TheoryLevel TheoryLevel, string? Position,
    bool YouthUnionMember, bool TradeUnionMember, bool PoliticalCore, DateOnly AdmittedOn, DateOnly? OfficialOn,
    string? CardNumber, string? CitizenId);

/// <summary>Why a member's file was refused, for one field (named as on <see cref="PartyMember"/>; empty for the file as a whole).</summary>
public sealed record MemberFileError(string Field, string Message)
{
    public override string ToString() => Message;
}

/// <summary>Putting members on the rolls, correcting their files and recording the dated events of their files, with the checks a file needs.</summary>
public sealed partial class MemberRegistry(DangVuDbContext context, TimeProvider clock)
{
    /// <summary>Adds a member, or returns every reason (Vietnamese, by field) the request is refused. Does not save when <paramref name="save"/> is false (bulk loads).</summary>
    public async Task<(PartyMember? Member, IReadOnlyList<MemberFileError> Errors)> AddAsync(
        NewMember request, bool save = true, CancellationToken cancellationToken = default)
    {
        var file = Clean(request.ToFile());
        var errors = await ValidateAsync(file, memberId: null, cancellationToken);
        var organization = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken);
        if (organization is null || !organization.IsActive || organization.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
        {
            errors.Add(new(nameof(PartyMember.OrganizationId), "Đảng viên phải sinh hoạt ở một chi bộ còn hoạt động."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var member = new PartyMember
        {
            OrganizationId = organization!.Id,
            OrganizationPath = organization.Path,
            IsSynthetic = request.IsSynthetic,
        };
        Apply(member, file);
        member.OpenHistory(Today());
        context.Members.Add(member);
        if (save)
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
            {
                // Another request took the card number between the check and the save.
                member.Events.ForEach(e => context.Entry(e).State = EntityState.Detached);
                context.Entry(member).State = EntityState.Detached;
                return (null, [CardNumberTaken(file.CardNumber)]);
            }
        }

        return (member, []);
    }

    /// <summary>
    /// Corrects the fields of a member's file (not placement or status), checked as <see cref="AddAsync"/> checks a new
    /// one. Refused with <c>Conflict</c> when the file changed since the caller read <paramref name="expectedVersion"/>,
    /// so two people editing the same file cannot silently overwrite each other. Saving nothing new changes nothing.
    /// </summary>
    public async Task<(PartyMember? Member, IReadOnlyList<MemberFileError> Errors, bool Conflict)> UpdateAsync(
        Guid memberId, int expectedVersion, MemberFileChanges changes, CancellationToken cancellationToken = default)
    {
        var member = await context.Members.Include(m => m.Events).SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return (null, [new(string.Empty, "Không tìm thấy đảng viên.")], false);
        }

        if (member.Version != expectedVersion)
        {
            return (null, [Conflict(member)], true);
        }

        var file = Clean(changes);
        var errors = await ValidateAsync(file, member.Id, cancellationToken);
        var admitted = member.Events.Where(e => e.Kind == MemberEventKind.Admitted).ToList();
        var recognized = member.Events.Where(e => e.Kind == MemberEventKind.RecognizedOfficial).ToList();
        if (errors.All(error => error.Field != nameof(PartyMember.OfficialOn)))
        {
            if (file.OfficialOn is not null && recognized.Count == 0)
            {
                errors.Add(new(nameof(PartyMember.OfficialOn),
                    "Hồ sơ chưa có sự kiện công nhận chính thức: hãy ghi sự kiện “Công nhận chính thức” thay vì nhập ngày."));
            }
            else if (file.OfficialOn is null && recognized.Count > 0)
            {
                errors.Add(new(nameof(PartyMember.OfficialOn),
                    "Đảng viên đã được công nhận chính thức: chỉ sửa được ngày chính thức, không xoá được."));
            }
        }

        if (errors.Count == 0 && (file.AdmittedOn != member.AdmittedOn || file.OfficialOn != member.OfficialOn))
        {
            // A corrected date moves its event; the whole history must still be possible in its new order.
            var history = member.Events.Select(e => new MemberEvent(
                e.Kind, e.Kind switch
                {
                    MemberEventKind.Admitted => file.AdmittedOn,
                    MemberEventKind.RecognizedOfficial => file.OfficialOn ?? e.On,
                    _ => e.On,
                }));
            if (MemberLifecycle.RefuseHistory(history) is { } refusal)
            {
                var field = file.AdmittedOn != member.AdmittedOn ? nameof(PartyMember.AdmittedOn) : nameof(PartyMember.OfficialOn);
                errors.Add(new(field, $"Ngày này không khớp với quá trình trong hồ sơ: {refusal}"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors, false);
        }

        Apply(member, file);
        admitted.ForEach(e => e.On = file.AdmittedOn);
        if (file.OfficialOn is { } official)
        {
            recognized.ForEach(e => e.On = official);
        }

        member.Status = member.StatusOn(Today());
        context.ChangeTracker.DetectChanges();
        if (context.Entry(member).State == EntityState.Unchanged && member.Events.All(e => context.Entry(e).State == EntityState.Unchanged))
        {
            return (member, [], false);
        }

        member.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, [Conflict(member)], true);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return (null, [CardNumberTaken(file.CardNumber)], false);
        }

        return (member, [], false);
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
            return (null, Conflict(member).Message, true);
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

        if (kind == MemberEventKind.RecognizedOfficial)
        {
            // The file's official date is the recognition's, so the form and the profile show it.
            member.OfficialOn = on;
        }

        member.Status = member.StatusOn(Today());
        member.Version++;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, Conflict(member).Message, true);
        }

        return (member, null, false);
    }

    /// <summary>Text as stored: Vietnamese-normalized, blank optional fields as null, identity numbers without spaces.</summary>
    private static MemberFileChanges Clean(MemberFileChanges file) => file with
    {
        FullName = VietnameseText.Normalize(file.FullName),
        Ethnicity = VietnameseText.Normalize(file.Ethnicity),
        Religion = Optional(file.Religion),
        Hometown = Optional(file.Hometown),
        Education = Optional(file.Education),
        Profession = Optional(file.Profession),
        Position = Optional(file.Position),
        CardNumber = IdentityNumber(file.CardNumber),
        CitizenId = IdentityNumber(file.CitizenId),
    };

    private static string? Optional(string? text) => VietnameseText.Normalize(text) is { Length: > 0 } normalized ? normalized : null;

    private static string? IdentityNumber(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Concat(text.Where(character => !char.IsWhiteSpace(character)));

    /// <summary>Every reason the file is refused, at most one per field (the first that applies).</summary>
    private async Task<List<MemberFileError>> ValidateAsync(MemberFileChanges file, Guid? memberId, CancellationToken cancellationToken)
    {
        var errors = new List<MemberFileError>();
        void Refuse(string field, string message)
        {
            if (errors.All(error => error.Field != field))
            {
                errors.Add(new(field, message));
            }
        }

        var texts = new MemberFileRules.Texts(
            file.FullName, file.Ethnicity, file.Religion, file.Hometown, file.Education, file.Profession, file.Position, file.CardNumber, file.CitizenId);
        foreach (var problem in MemberFileRules.Check(texts, file.BirthDate, file.AdmittedOn, file.OfficialOn, Today()))
        {
            Refuse(problem.Field.ToString(), problem.Message);
        }

        if (!Enum.IsDefined(file.Gender))
        {
            Refuse(nameof(PartyMember.Gender), "Hãy chọn giới tính.");
        }

        if (!Enum.IsDefined(file.Sector))
        {
            Refuse(nameof(PartyMember.Sector), "Ngành, lĩnh vực không hợp lệ.");
        }

        if (!Enum.IsDefined(file.TheoryLevel))
        {
            Refuse(nameof(PartyMember.TheoryLevel), "Trình độ lý luận chính trị không hợp lệ.");
        }

        if (file.CardNumber is { } card && errors.TrueForAll(error => error.Field != nameof(PartyMember.CardNumber))
            && await context.Members.AnyAsync(m => m.CardNumber == card && m.Id != memberId, cancellationToken))
        {
            errors.Add(CardNumberTaken(card));
        }

        // As imports do: one person, one file. The other file is not named — the caller may not be allowed to read it.
        if (file.CitizenId is { } citizenId && errors.TrueForAll(error => error.Field != nameof(PartyMember.CitizenId))
            && await context.Members.AnyAsync(m => m.CitizenId == citizenId && m.Id != memberId, cancellationToken))
        {
            errors.Add(new(nameof(PartyMember.CitizenId), "Số căn cước công dân này đã có trong hồ sơ khác."));
        }

        return errors;
    }

    private static void Apply(PartyMember member, MemberFileChanges file)
    {
        member.FullName = file.FullName;
        member.BirthDate = file.BirthDate;
        member.Gender = file.Gender;
        member.Ethnicity = file.Ethnicity ?? string.Empty;
        member.Religion = file.Religion;
        member.Hometown = file.Hometown;
        member.Education = file.Education;
        member.Profession = file.Profession;
        member.Sector = file.Sector;
        member.TheoryLevel = file.TheoryLevel;
        member.Position = file.Position;
        member.YouthUnionMember = file.YouthUnionMember;
        member.TradeUnionMember = file.TradeUnionMember;
        member.PoliticalCore = file.PoliticalCore;
        member.AdmittedOn = file.AdmittedOn;
        member.OfficialOn = file.OfficialOn;
        member.CardNumber = file.CardNumber;
        member.CitizenId = file.CitizenId;
    }

    private static MemberFileError CardNumberTaken(string? card) =>
        new(nameof(PartyMember.CardNumber), $"Số thẻ đảng viên {card} đã có trong hồ sơ khác.");

    private static MemberFileError Conflict(PartyMember member) =>
        new(string.Empty, $"Hồ sơ của {member.FullName} vừa được người khác thay đổi; hãy tải lại rồi làm lại.");

    private DateOnly Today() => VietnameseDates.Today(clock);
}
