using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangVu.Bench.Search;

/// <summary>
/// While <see cref="Enabled"/>, prints every statement EF Core runs with its duration and the database's plan for it
/// (<c>EXPLAIN (ANALYZE, BUFFERS)</c> on PostgreSQL, <c>EXPLAIN QUERY PLAN</c> on SQLite), run with the same parameters.
/// </summary>
internal sealed class PlanDump : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public bool Enabled { get; set; }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public static int Compilations;

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key.EndsWith("QueryCompilationStarting", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref Compilations);
        }

        if (!Enabled || value.Value is not CommandExecutedEventData executed)
        {
            return;
        }

        Console.WriteLine($"--- {executed.Duration.TotalMilliseconds:F2} ms\n{executed.Command.CommandText}");
        Enabled = false;
        try
        {
            // PostgreSQL runs one command at a time on a connection, and the search's reader is still open on it.
            using var separate = executed.Command.Connection is Npgsql.NpgsqlConnection npgsql ? npgsql.CloneWith(npgsql.ConnectionString) : null;
            separate?.Open();
            using var explain = Explain(executed.Command, separate ?? executed.Command.Connection!);
            using var plan = explain.ExecuteReader();
            while (plan.Read())
            {
                Console.WriteLine($"   {plan.GetValue(plan.FieldCount - 1)}");
            }
        }
        finally
        {
            Enabled = true;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private static DbCommand Explain(DbCommand command, DbConnection connection)
    {
        var explain = connection.CreateCommand();
        var isPostgres = connection is Npgsql.NpgsqlConnection;
        explain.CommandText = (isPostgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            (copy.ParameterName, copy.Value, copy.DbType) = (parameter.ParameterName, parameter.Value, parameter.DbType);
            explain.Parameters.Add(copy);
        }

        return explain;
    }
}
