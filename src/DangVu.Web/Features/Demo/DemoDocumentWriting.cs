using DangVu.Core.DocumentWriting;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.DocumentWriting;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// The provincial committee's terms (from the congress of late 2005, dates approximate) and notice 509-TB/TU itself,
/// written and issued through the composer: the counter stands at 508 notices of the term, as the real number implies.
/// </summary>
internal sealed class DemoDocumentWriting(DangVuDbContext context, CommitteeTerms terms, DocumentDrafts drafts, DocumentIssuing issuing)
{
    private static readonly (string Name, DateOnly StartsOn, DateOnly? EndsOn)[] ProvincialTerms =
    [
        ("2005–2010", new(2005, 12, 1), new(2010, 9, 30)),
        ("2010–2015", new(2010, 10, 1), new(2015, 9, 30)),
        ("2015–2020", new(2015, 10, 1), new(2020, 9, 30)),
        ("2020–2025", new(2020, 10, 1), new(2025, 9, 30)),
        ("2025–2030", new(2025, 10, 1), null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var province = await context.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Kind == OrganizationKind.ProvincialCommittee && o.Name == "Tỉnh uỷ Bình Thuận", cancellationToken);
        if (province is null || await context.Set<CommitteeTerm>().AnyAsync(t => t.OrganizationId == province.Id, cancellationToken))
        {
            return;
        }

        CommitteeTerm? first = null;
        foreach (var (name, startsOn, endsOn) in ProvincialTerms)
        {
            var (term, _) = await terms.AddAsync(province.Id, name, startsOn, endsOn, cancellationToken);
            first ??= term;
        }

        context.Add(new DocumentSerialCounter { OrganizationId = province.Id, TypeCode = "TB", PeriodKey = $"term:{first!.Id:N}", LastSerial = 508 });
        await context.SaveChangesAsync(cancellationToken);

        var (notice, errors) = DocumentComposer.Compose(Notice);
        if (notice is null)
        {
            throw new InvalidOperationException($"Demo notice refused: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        var draft = await drafts.CreateAsync(province.Id, notice, cancellationToken);
        await issuing.IssueAsync(draft.Id, draft.Version, cancellationToken);
    }

    private static readonly DocumentInput Notice = new()
    {
        TypeCode = "TB",
        Issuer = "TỈNH UỶ BÌNH THUẬN",
        IssuerCode = "TU",
        Place = "Phan Thiết",
        Date = "22/05/2008",
        Title = "ý kiến kết luận của Thường trực Tỉnh uỷ tại buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng",
        Body = """
            Ngày 22/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng.
            I- Đánh giá tình hình thực hiện nhiệm vụ 4 tháng đầu năm 2008:
            Tuy còn nhiều khó khăn nhưng Đảng uỷ khối cơ quan Dân Chính Đảng đã tập trung lãnh đạo công tác xây dựng Đảng trên cả 3 mặt: chính trị, tư tưởng và tổ chức.
            II- Thời gian tới, Đảng uỷ khối cơ quan Dân Chính Đảng cần tập trung thực hiện tốt một số nhiệm vụ sau:
            1- Tiếp tục quán triệt và thực hiện nghiêm túc Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.
            2- Quan tâm công tác phát triển đảng viên, nhất là trong đội ngũ y, bác sĩ.
            3- Phát huy vai trò trách nhiệm của Đảng uỷ khối trong công tác kiểm tra, giám sát.
            Văn phòng Tỉnh uỷ xin thông báo ý kiến kết luận của Thường trực Tỉnh uỷ để các cơ quan, đơn vị biết và triển khai thực hiện./.
            """,
        Recipients = "Thường trực Tỉnh uỷ\nCác Ban Đảng của Tỉnh uỷ\nĐảng uỷ khối cơ quan Dân Chính Đảng\nSở Nội vụ, LĐLĐ tỉnh, Tỉnh Đoàn\nCác đ/c uỷ viên Ban Thường vụ Tỉnh uỷ\nLưu Văn phòng Tỉnh uỷ",
        SigningKind = SigningAuthorityKind.ByOrderOf,
        SigningBody = "BAN THƯỜNG VỤ",
        SignerTitle = "PHÓ CHÁNH VĂN PHÒNG",
        SignerName = "Huỳnh Đa Trung",
    };
}
