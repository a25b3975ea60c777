namespace DangVu.Data.Audit;

/// <summary>Who is acting now: the signed-in user on the web, the operator on the command line.</summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>The actor outside any request: start-up, migrations, command-line verbs.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public string Name => "system";
}
