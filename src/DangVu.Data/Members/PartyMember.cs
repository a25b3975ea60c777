using DangVu.Core.Members;
using DangVu.Core.Text;

namespace DangVu.Data.Members;

public enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>Ngành, lĩnh vực: the notice asks for admissions among health workers in particular.</summary>
public enum Sector
{
    Administration = 1,
    Health = 2,
    Education = 3,
    Enterprise = 4,
    ArmedForces = 5,
    Other = 6,
}

/// <summary>Trình độ lý luận chính trị.</summary>
public enum TheoryLevel
{
    None = 0,
    Elementary = 1,
    Intermediate = 2,
    Advanced = 3,
}

/// <summary>A party member's file: identity, placement and the dated events its status follows from.</summary>
public sealed class PartyMember
{
    private string _fullName = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string FullName
    {
        get => _fullName;
        set
        {
            var keys = PersonNames.Keys(value);
            (_fullName, GivenName, SortName, SearchKey, GivenNameKey, FamilyKey) =
                (keys.FullName, keys.GivenName, keys.SortName, keys.SearchKey, keys.GivenNameKey, keys.FamilyKey);
        }
    }

    /// <summary>The folded given name: "hoa" finds every Hoà, Hòa and Hoa on an index, as the full key does for "nguyen van".</summary>
    public string GivenNameKey { get; private set; } = string.Empty;

    public string GivenName { get; private set; } = string.Empty;

    public string SortName { get; private set; } = string.Empty;

    public string SearchKey { get; private set; } = string.Empty;

    /// <summary>The folded family and middle names ("nguyen van"): what a typed full name is matched against, on an index.</summary>
    public string FamilyKey { get; private set; } = string.Empty;

    public DateOnly BirthDate { get; set; }

    public Gender Gender { get; set; }

    public string Ethnicity { get; set; } = MemberLimits.DefaultEthnicity;

    public string? Religion { get; set; }

    public string? Hometown { get; set; }

    /// <summary>Trình độ giáo dục phổ thông ("12/12").</summary>
    public string? Education { get; set; }

    /// <summary>Chuyên môn, nghiệp vụ.</summary>
    public string? Profession { get; set; }

    public Sector Sector { get; set; } = Sector.Administration;

    public TheoryLevel TheoryLevel { get; set; }

    /// <summary>Chức vụ.</summary>
    public string? Position { get; set; }

    public bool YouthUnionMember { get; set; }

    public bool TradeUnionMember { get; set; }

    /// <summary>Cốt cán chính trị.</summary>
    public bool PoliticalCore { get; set; }

    public DateOnly AdmittedOn { get; set; }

    public DateOnly? OfficialOn { get; set; }

    /// <summary>Số thẻ đảng viên: masked unless the viewer may see it.</summary>
    public string? CardNumber { get; set; }

    /// <summary>Số căn cước công dân: masked unless the viewer may see it; every unmasked view is audited.</summary>
    public string? CitizenId { get; set; }

    /// <summary>The cell (or grassroots cell) the member belongs to now.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The organization's materialized path, copied so "members under X" is one index range.</summary>
    public string OrganizationPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    /// <summary>Status today, kept in step with <see cref="Events"/> for listing and counting.</summary>
    public MemberStatus Status { get; set; }

    /// <summary>Made up for the demo; shown with a "dữ liệu mẫu" badge.</summary>
    public bool IsSynthetic { get; set; }

    public int Version { get; set; }

    public List<MemberEventRecord> Events { get; } = [];

    /// <summary>Opens a new file's history from its admission and official dates, and sets today's status from it.</summary>
    public void OpenHistory(DateOnly today)
    {
        Events.Add(new MemberEventRecord { MemberId = Id, Kind = MemberEventKind.Admitted, On = AdmittedOn, OrganizationId = OrganizationId });
        if (OfficialOn is { } recognized)
        {
            Events.Add(new MemberEventRecord { MemberId = Id, Kind = MemberEventKind.RecognizedOfficial, On = recognized });
        }

        Status = StatusOn(today);
    }

    public MemberStatus StatusOn(DateOnly date) => MemberLifecycle.StatusOn(Events.Select(e => new MemberEvent(e.Kind, e.On)), date);

    /// <summary>Which organization the member belonged to on <paramref name="date"/>: the latest placing event by then.</summary>
    public Guid? OrganizationOn(DateOnly date) =>
        Events.Where(e => e.On <= date && e.OrganizationId is not null).OrderBy(e => e.On).ThenBy(e => e.Id).LastOrDefault()?.OrganizationId;
}

/// <summary>A stored event of a member's file.</summary>
public sealed class MemberEventRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MemberId { get; set; }

    public MemberEventKind Kind { get; set; }

    public DateOnly On { get; set; }

    /// <summary>Where the member was placed by this event (admission, transfer in), if it placed them.</summary>
    public Guid? OrganizationId { get; set; }

    public string? Note { get; set; }
}
