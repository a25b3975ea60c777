using DangVu.Core.FollowUp;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.FollowUp;
using DangVu.Data.Import;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Bench.FollowUp;

/// <summary>
/// Fills an empty, migrated database for the follow-up benchmark: one province over 50 committees of 99 cells (5,000
/// organizations), 1,000 documents of 100 tasks each led by organizations drawn at random (a quarter with one co-operating
/// organization, a third reporting monthly), and 10 reports a task (1,000,000), the task's summary columns set as the
/// reports would set them. Organizations through EF; tasks, co-operators and reports by <see cref="BulkInsert"/>.
/// </summary>
public static class FollowUpSeed
{
    public const int Documents = 1000;
    public const int TasksPerDocument = 100;
    public const int ReportsPerTask = 10;

    public static async Task<(IReadOnlyList<PartyOrganization> Organizations, int Tasks)> SeedAsync(DangVuDbContext context, DateOnly today)
    {
        var random = new Random(509);
        var organizations = new List<PartyOrganization>();
        var province = Organization("Tỉnh uỷ Mẫu", OrganizationKind.ProvincialCommittee, null);
        for (var c = 0; c < 50; c++)
        {
            var committee = Organization($"Đảng bộ Mẫu {c + 1}", OrganizationKind.GrassrootsCommittee, province);
            for (var k = 0; k < 99; k++)
            {
                Organization($"Chi bộ Mẫu {c + 1}.{k + 1}", OrganizationKind.Cell, committee);
            }
        }

        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();

        await context.Database.OpenConnectionAsync();
        await using var transaction = await context.Database.BeginTransactionAsync();
        var start = today.AddYears(-1);
        var tasks = new List<FollowUpTask>(5000);
        var cooperators = new List<TaskCooperator>();
        var reports = new List<ProgressReport>(50000);
        var count = 0;
        for (var d = 0; d < Documents; d++)
        {
            for (var t = 0; t < TasksPerDocument; t++)
            {
                var due = start.AddDays(30 + random.Next(600));
                var task = new FollowUpTask
                {
                    Title = $"Nhiệm vụ {t + 1} của văn bản mẫu {d + 1}",
                    SourceKind = TaskSourceKind.DocumentTask,
                    SourceKey = $"bench-{d + 1}",
                    SourceNumberSymbol = $"{d + 1}-KH/TU",
                    SourceDate = start,
                    SourceParagraph = (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    SourceText = "Nội dung nhiệm vụ mẫu.",
                    IssuingOrganizationId = province.Id,
                    LeadOrganizationId = organizations[random.Next(organizations.Count)].Id,
                    TermKind = TermKind.Deadline,
                    StartOn = start,
                    DueOn = due,
                    Cadence = random.Next(3) == 0 ? ReportCadence.Monthly : ReportCadence.None,
                    CreatedBy = "bench",
                    CreatedAt = DateTimeOffset.UnixEpoch,
                    IsSynthetic = true,
                };
                if (random.Next(4) == 0)
                {
                    var cooperator = organizations[random.Next(organizations.Count)].Id;
                    if (cooperator != task.LeadOrganizationId)
                    {
                        cooperators.Add(new TaskCooperator { TaskId = task.Id, OrganizationId = cooperator });
                    }
                }

                var done = random.Next(10) < 4;
                var span = Math.Max(1, Math.Min(today.DayNumber, due.DayNumber + 30) - start.DayNumber);
                var dates = Enumerable.Range(0, ReportsPerTask).Select(_ => start.AddDays(random.Next(span))).Order().ToList();
                for (var r = 0; r < ReportsPerTask; r++)
                {
                    var status = done && r == ReportsPerTask - 1 ? ReportStatus.Done : random.Next(8) == 0 ? ReportStatus.Blocked : ReportStatus.InProgress;
                    reports.Add(new ProgressReport
                    {
                        TaskId = task.Id,
                        OrganizationId = task.LeadOrganizationId,
                        ReportedOn = dates[r],
                        Status = status,
                        Text = "Báo cáo tiến độ mẫu.",
                        ReportedBy = "bench",
                        RecordedAt = DateTimeOffset.UnixEpoch,
                    });
                }

                task.LastReportOn = dates[^1];
                task.LastReportStatus = reports[^1].Status;
                task.CompletedOn = done ? dates[^1] : null;
                task.ReportCount = ReportsPerTask;
                tasks.Add(task);
                count++;
                if (tasks.Count == 5000)
                {
                    await FlushAsync();
                }
            }
        }

        await FlushAsync();
        await transaction.CommitAsync();
        await context.Database.CloseConnectionAsync();
        return (organizations, count);

        async Task FlushAsync()
        {
            await BulkInsert.RowsAsync(context, tasks, CancellationToken.None);
            await BulkInsert.RowsAsync(context, cooperators, CancellationToken.None);
            await BulkInsert.RowsAsync(context, reports, CancellationToken.None);
            tasks.Clear();
            cooperators.Clear();
            reports.Clear();
        }

        PartyOrganization Organization(string name, OrganizationKind kind, PartyOrganization? parent)
        {
            var organization = new PartyOrganization
            {
                Name = name,
                Kind = kind,
                Type = OrganizationType.Agency,
                ParentId = parent?.Id,
                EstablishedOn = new DateOnly(2000, 1, 1),
            };
            organization.Path = OrganizationPath.Child(parent?.Path ?? OrganizationPath.Root, organization.Id);
            organization.Depth = OrganizationPath.Depth(organization.Path);
            context.Organizations.Add(organization);
            organizations.Add(organization);
            return organization;
        }
    }
}
