using DangVu.Core.Admission;

namespace DangVu.Core.Training;

/// <summary>The kinds of class a party organization opens.</summary>
public enum TrainingKind
{
    /// <summary>Lớp bồi dưỡng nhận thức về Đảng: for candidates; its certificate is checked when the cell considers admission.</summary>
    Awareness = 1,

    /// <summary>Lớp bồi dưỡng lý luận chính trị cho đảng viên mới: during probation, before recognition.</summary>
    NewMemberTheory = 2,

    /// <summary>Học tập, quán triệt nghị quyết (e.g. Nghị quyết Hội nghị Trung ương 6 khoá X).</summary>
    ResolutionStudy = 3,

    /// <summary>Bồi dưỡng, cập nhật kiến thức cho báo cáo viên.</summary>
    ReporterRefresher = 4,
}

/// <summary>Names of the kinds and what each kind enrols.</summary>
public static class TrainingKinds
{
    /// <summary>Every kind, in the order forms list them.</summary>
    public static IReadOnlyList<TrainingKind> All { get; } = Enum.GetValues<TrainingKind>();

    /// <summary>The Vietnamese name of the kind.</summary>
    public static string Title(TrainingKind kind) => kind switch
    {
        TrainingKind.Awareness => "Bồi dưỡng nhận thức về Đảng",
        TrainingKind.NewMemberTheory => "Lý luận chính trị cho đảng viên mới",
        TrainingKind.ResolutionStudy => "Học tập, quán triệt nghị quyết",
        TrainingKind.ReporterRefresher => "Bồi dưỡng báo cáo viên",
        _ => kind.ToString(),
    };

    /// <summary>True for the awareness class, which enrols candidates (quần chúng ưu tú) rather than members.</summary>
    public static bool EnrolsCandidates(TrainingKind kind) => kind == TrainingKind.Awareness;

    /// <summary>True for a study of a resolution, whose topic names the resolution and groups the classes that study it.</summary>
    public static bool NeedsTopic(TrainingKind kind) => kind == TrainingKind.ResolutionStudy;

    /// <summary>The admission step a certificate of this kind may stand for; null for the other kinds.</summary>
    public static AdmissionStep? AdmissionStep(TrainingKind kind) => kind switch
    {
        TrainingKind.Awareness => Admission.AdmissionStep.AwarenessClass,
        TrainingKind.NewMemberTheory => Admission.AdmissionStep.NewMemberClass,
        _ => null,
    };
}
