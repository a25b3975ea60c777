using DangVu.Core.Members;
using DangVu.Core.Text;
using DangVu.Data.Members;

namespace DangVu.Data.Import;

/// <summary>Turns one spreadsheet row into a member's file, or into the problems of each of its cells.</summary>
internal sealed class MemberRowParser(SheetLayout layout, CellDirectory cells, DateOnly today)
{
    /// <summary>What a blank ethnicity means, as the template says.</summary>
    private const string DefaultEthnicity = "Kinh";

    public (PartyMember? Member, CellDirectory.Cell? Cell) Parse(IReadOnlyList<string> row, int rowNumber, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(MemberField field, string message) => problems.Add(new ImportProblem(rowNumber, MemberColumns.HeaderOf(field), message));

        string? Text(MemberField field) => layout.Cell(row, MemberColumns.HeaderOf(field));

        DateOnly? Date(MemberField field, bool required)
        {
            var text = Text(field);
            if (text is null)
            {
                if (required)
                {
                    Problem(field, "chưa ghi ngày.");
                }

                return null;
            }

            if (ImportValues.TryParseDate(text, out var date))
            {
                return date;
            }

            Problem(field, ImportValues.DateProblem(text));
            return null;
        }

        bool Flag(MemberField field)
        {
            var text = Text(field);
            if (text is null)
            {
                return false;
            }

            switch (VietnameseText.SearchKey(text))
            {
                case "x" or "co" or "1" or "true" or "yes":
                    return true;
                case "khong" or "0" or "false" or "no":
                    return false;
                default:
                    Problem(field, $"“{text}” không hiểu được: ghi x nếu có, để trống nếu không.");
                    return false;
            }
        }

        T Coded<T>(MemberField field, T fallback, Func<string, T?> parse, string expected)
            where T : struct
        {
            var text = Text(field);
            if (text is null)
            {
                return fallback;
            }

            if (parse(text) is { } value)
            {
                return value;
            }

            Problem(field, $"“{text}” không hợp lệ: {expected}.");
            return fallback;
        }

        var fullName = Text(MemberField.FullName) ?? string.Empty;
        var birth = Date(MemberField.BirthDate, required: true);
        var gender = Text(MemberField.Gender) is null
            ? Required<Gender>(MemberField.Gender, Problem)
            : Coded(MemberField.Gender, Gender.Male, MemberLabels.ParseGender, "ghi Nam hoặc Nữ");
        var admitted = Date(MemberField.AdmittedOn, required: true);
        var official = Date(MemberField.OfficialOn, required: false);
        var sector = Coded(MemberField.Sector, Sector.Administration, MemberLabels.ParseSector, "xem các ngành trong trang Hướng dẫn của tệp mẫu");
        var theory = Coded(MemberField.TheoryLevel, TheoryLevel.None, MemberLabels.ParseTheoryLevel, "ghi Sơ cấp, Trung cấp hoặc Cao cấp");
        var texts = new MemberFileRules.Texts(
            fullName, Text(MemberField.Ethnicity) ?? DefaultEthnicity, Text(MemberField.Religion), Text(MemberField.Hometown), Text(MemberField.Education),
            Text(MemberField.Profession), Text(MemberField.Position), Text(MemberField.CardNumber), Text(MemberField.CitizenId));
        var youth = Flag(MemberField.YouthUnionMember);
        var tradeUnion = Flag(MemberField.TradeUnionMember);
        var core = Flag(MemberField.PoliticalCore);
        var organizationId = layout.Cell(row, MemberColumns.OrganizationIdHeader);
        var (cell, cellProblem) = cells.Find(organizationId, Text(MemberField.Organization));
        if (cellProblem is not null)
        {
            Problem(MemberField.Organization, cellProblem);
        }

        if (birth is { } birthDate && admitted is { } admittedOn)
        {
            foreach (var problem in MemberFileRules.Check(texts, birthDate, admittedOn, official, today))
            {
                Problem(problem.Field, problem.Message);
            }
        }

        if (problems.Count > before)
        {
            return (null, null);
        }

        var member = new PartyMember
        {
            FullName = fullName,
            BirthDate = birth!.Value,
            Gender = gender,
            Ethnicity = texts.Ethnicity!,
            Religion = texts.Religion,
            Hometown = texts.Hometown,
            Education = texts.Education,
            Profession = texts.Profession,
            Sector = sector,
            TheoryLevel = theory,
            Position = texts.Position,
            YouthUnionMember = youth,
            TradeUnionMember = tradeUnion,
            PoliticalCore = core,
            AdmittedOn = admitted!.Value,
            OfficialOn = official,
            CardNumber = texts.CardNumber,
            CitizenId = texts.CitizenId,
            OrganizationId = cell!.Id,
            OrganizationPath = cell.Path,
        };
        return (member, cell);
    }

    private static T Required<T>(MemberField field, Action<MemberField, string> problem)
        where T : struct
    {
        problem(field, "chưa ghi.");
        return default;
    }
}
