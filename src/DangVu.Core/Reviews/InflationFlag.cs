namespace DangVu.Core.Reviews;

/// <summary>Kinds of signs that a review's results are better than the evidence (bệnh thành tích).</summary>
public enum InflationFlagKind
{
    /// <summary>All or nearly all rated good or better while tasks are overdue or cell meetings were skipped.</summary>
    GoodWhileConductPoor = 1,

    /// <summary>A member rated two levels above last year.</summary>
    TwoLevelJump = 2,

    /// <summary>Everyone given the same points.</summary>
    IdenticalPoints = 3,

    /// <summary>Rated excellent without the evidence the rules ask.</summary>
    ExcellentWithoutEvidence = 4,
}

/// <summary>
/// One flag: advice to the committee, shown beside the decision, never a refusal. <see cref="NoData"/> flags say what
/// could not be checked ("chưa có dữ liệu") rather than pretend all is well.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Message">The explanation in Vietnamese.</param>
/// <param name="NoData">True when the check could not be made for want of data.</param>
/// <param name="MemberId">The member it concerns, for flags about one member.</param>
public sealed record InflationFlag(InflationFlagKind Kind, string Message, bool NoData = false, Guid? MemberId = null);
