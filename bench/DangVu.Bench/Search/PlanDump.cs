using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangVu.Bench.Search;

internal sealed class PlanDump : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public static bool Enabled;
    public void OnCompleted() { }
    public void OnError(Exception error) { }
    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) value.Subscribe(this);
    }
    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!Enabled || value.Value is not CommandExecutedEventData data) return;
        Console.WriteLine($"--- {data.Duration.TotalMilliseconds:F2} ms\n{data.Command.CommandText}");
        using var explain = data.Command.Connection!.CreateCommand();
        explain.CommandText = (data.Command.Connection.GetType().Name.Contains("Npgsql") ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + data.Command.CommandText;
        foreach (DbParameter p in data.Command.Parameters)
        {
            var c = explain.CreateParameter(); c.ParameterName = p.ParameterName; c.Value = p.Value; c.DbType = p.DbType; explain.Parameters.Add(c);
        }
        Enabled = false;
        try
        {
            using var reader = explain.ExecuteReader();
            while (reader.Read()) Console.WriteLine("   " + reader.GetValue(reader.FieldCount - 1));
        }
        finally { Enabled = true; }
    }
}
