using DangVu.Core.Text;

namespace DangVu.Data.DocumentWriting;

/// <summary>
/// A committee term (nhiệm kỳ) of an organization, from the congress that elected the committee to the next one.
/// Document serials restart each term; a date no term covers is numbered by its calendar year.
/// </summary>
public sealed class CommitteeTerm
{
    private string _name = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    /// <summary>"2005–2010".</summary>
    public string Name
    {
        get => _name;
        set => _name = VietnameseText.Normalize(value);
    }

    public DateOnly StartsOn { get; set; }

    /// <summary>The day before the next congress; null while the term runs.</summary>
    public DateOnly? EndsOn { get; set; }

    public Core.DocumentWriting.CommitteeTermSpan ToSpan() => new(Id, Name, StartsOn, EndsOn);
}
