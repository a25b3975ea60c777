using DangVu.Core.DocumentWriting;
using Xunit;

namespace DangVu.TestCommon.Documents;

/// <summary>
/// A document for each kind as an office would compose it, modelled on notice 509-TB/TU: issuer, bodies above it,
/// sections and numbered tasks, recipients and a signature of each authority in turn.
/// </summary>
public static class DocumentSamples
{
    /// <summary>Every kind's code, for theories.</summary>
    public static TheoryData<string> KindCodes()
    {
        var data = new TheoryData<string>();
        foreach (var kind in DocumentKinds.All)
        {
            data.Add(kind.Code);
        }

        return data;
    }

    /// <summary>What the form would send for a document of <paramref name="typeCode"/>.</summary>
    public static DocumentInput Input(string typeCode)
    {
        var kind = DocumentKinds.Find(typeCode) ?? throw new ArgumentException($"No kind {typeCode}.", nameof(typeCode));
        var index = DocumentKinds.All.ToList().IndexOf(kind);
        var signing = (SigningAuthorityKind)(index % 3 + 1);
        return new DocumentInput
        {
            TypeCode = typeCode,
            Issuer = "Tỉnh uỷ Bình Thuận",
            IssuerParents = index % 2 == 0 ? null : "Đảng bộ tỉnh Bình Thuận",
            IssuerCode = "TU",
            Place = "Phan Thiết",
            Date = "22/05/2008",
            Title = kind.IsLetter
                ? "V/v triển khai Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ"
                : "Ý kiến kết luận của Thường trực Tỉnh uỷ tại buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng",
            Body = string.Join('\n', Body(kind)),
            Recipients = "- Thường trực Tỉnh uỷ,\n- Các Ban Đảng của Tỉnh uỷ,\nĐảng uỷ khối cơ quan Dân Chính Đảng;\n- Lưu Văn phòng Tỉnh uỷ.",
            SigningKind = signing,
            SigningBody = signing switch
            {
                SigningAuthorityKind.Deputy => "Bí thư",
                _ => "Ban Thường vụ",
            },
            SigningCollective = signing == SigningAuthorityKind.Deputy ? "Ban Thường vụ" : null,
            SignerTitle = signing switch
            {
                SigningAuthorityKind.OnBehalfOf => "Bí thư",
                SigningAuthorityKind.ByOrderOf => "Phó Chánh Văn phòng",
                _ => "Phó Bí thư",
            },
            SignerName = "Huỳnh Đa Trung",
        };
    }

    /// <summary>The document <see cref="Input"/> describes, composed; throws if the composer refuses it.</summary>
    public static ComposedDocument Composed(string typeCode, int? serial)
    {
        var (document, errors) = DocumentComposer.Compose(Input(typeCode), serial);
        return document ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
    }

    private static IEnumerable<string> Body(DocumentKind kind)
    {
        if (kind.IsLetter)
        {
            yield return "Kính gửi: Các đảng uỷ, chi bộ trực thuộc.";
        }

        yield return "Ngày 22/5/2008, đồng chí Lê Tiến Phương – Phó Bí thư Thường trực Tỉnh uỷ đã có buổi làm việc với Đảng uỷ khối cơ quan Dân Chính Đảng.";
        yield return "I- Đánh giá tình hình thực hiện nhiệm vụ 4 tháng đầu năm 2008:";
        yield return "Tuy còn nhiều khó khăn nhưng Đảng uỷ khối đã tập trung lãnh đạo công tác xây dựng Đảng trên cả 3 mặt: chính trị, tư tưởng và tổ chức.";
        yield return "II- Nhiệm vụ trọng tâm từ nay đến cuối năm 2008:";
        yield return "1- Tiếp tục thực hiện Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.";
        yield return "2- Chỉ đạo các tổ chức cơ sở đảng làm tốt công tác phát triển đảng viên, chú ý đội ngũ y, bác sĩ.";
        yield return "3- Phát huy vai trò trách nhiệm của Đảng uỷ khối trong công tác kiểm tra, giám sát.";
        yield return "Văn phòng Tỉnh uỷ xin thông báo ý kiến kết luận của Thường trực Tỉnh uỷ để các cơ quan, đơn vị biết và triển khai thực hiện./.";
    }
}
