namespace DangVu.Data.Import;

/// <summary>How an import runs (members or organizations): whose reach it is limited to, and whether to keep the result or only preview it.</summary>
public sealed record ImportRequest(string FileName, IReadOnlyCollection<string> ScopePaths, bool Commit, IProgress<ImportProgress>? Progress = null);

/// <summary>Rows read so far and the share of the file they are (null when the file does not say how long it is).</summary>
public readonly record struct ImportProgress(int Rows, double? Fraction);

/// <summary>One problem in an imported file: the file's row and column (null when it is about the whole file).</summary>
public sealed record ImportProblem(int? Row, string? Column, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        (null, _) => Message,
        (_, null) => $"Dòng {Row}: {Message}",
        _ => $"Dòng {Row}, cột “{Column}”: {Message}",
    };
}

/// <summary>A line of the preview: a member (name, birth date, cell) or an organization (name, founding date, kind) as DangVu read it.</summary>
public sealed record ImportedRow(int Row, string Name, DateOnly Date, string Group);

/// <summary>
/// What an import found and did. <see cref="Saved"/> is true only when every row was good and the caller asked to
/// commit; otherwise nothing was written. At most <see cref="MaxProblemsListed"/> problems are kept.
/// </summary>
public sealed class ImportReport
{
    public const int MaxProblemsListed = 1000;
    public const int PreviewRows = 20;

    private readonly List<ImportProblem> _problems = [];
    private readonly List<ImportedRow> _preview = [];
    private readonly Dictionary<string, int> _byOrganization = new(StringComparer.Ordinal);

    public int RowsRead { get; internal set; }

    public int ProblemCount { get; private set; }

    public bool Saved { get; internal set; }

    public string? FileSha256 { get; internal set; }

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public IReadOnlyList<ImportedRow> Preview => _preview;

    /// <summary>How many good rows go to each cell, by the cell's name.</summary>
    public IReadOnlyDictionary<string, int> ByOrganization => _byOrganization;

    public bool HasProblems => ProblemCount > 0;

    internal void Add(ImportProblem problem)
    {
        ProblemCount++;
        if (_problems.Count < MaxProblemsListed)
        {
            _problems.Add(problem);
        }
    }

    internal void Accept(ImportedRow member)
    {
        if (_preview.Count < PreviewRows)
        {
            _preview.Add(member);
        }

        _byOrganization[member.Group] = _byOrganization.GetValueOrDefault(member.Group) + 1;
    }

    /// <summary>Row order: problems of a batch's duplicates are found after later rows were read.</summary>
    internal void SortProblems()
    {
        var sorted = _problems.OrderBy(problem => problem.Row ?? 0).ToList();
        _problems.Clear();
        _problems.AddRange(sorted);
    }

    internal static ImportReport OfFile(string message)
    {
        var report = new ImportReport();
        report.Add(new ImportProblem(null, null, message));
        return report;
    }
}
