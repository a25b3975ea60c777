using DangVu.Data.Infrastructure;
using Npgsql;

namespace DangVu.Data.Tests.Infrastructure;

public sealed class DatabaseTargetTests
{
    [Fact]
    public void Parse_Nothing_IsDefaultSqliteFile()
    {
        var target = DatabaseTarget.Parse(null);

        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal(Path.GetFullPath(DatabaseTarget.DefaultSqlitePath), target.Display);
    }

    [Theory]
    [InlineData("postgres://dv:s%40cret@db.example:5433/party?Pooling=false", "db.example", 5433, "party", "dv", "s@cret")]
    [InlineData("postgresql://dv@localhost/dangvu", "localhost", 5432, "dangvu", "dv", null)]
    [InlineData("Host=10.0.0.5;Port=6000;Database=dv;Username=u;Password=Pw-9x", "10.0.0.5", 6000, "dv", "u", "Pw-9x")]
    public void Parse_PostgresForms_GiveTheSameConnectionParts(
        string value, string host, int port, string databaseName, string user, string? password)
    {
        var target = DatabaseTarget.Parse(value);

        Assert.Equal(DatabaseProvider.Postgres, target.Provider);
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(host, builder.Host);
        Assert.Equal(port, builder.Port);
        Assert.Equal(databaseName, builder.Database);
        Assert.Equal(user, builder.Username);
        Assert.Equal(password, builder.Password);
        Assert.DoesNotContain(password ?? "\u0000", target.Display, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://dv@localhost/dangvu", DatabaseTarget.AutoPreparedStatements)]
    [InlineData("Host=localhost;Database=dv", DatabaseTarget.AutoPreparedStatements)]
    [InlineData("Host=localhost;Database=dv;Max Auto Prepare=5", 5)]
    [InlineData("Host=localhost;Database=dv;maxautoprepare=0", 0)]
    [InlineData("postgres://dv@localhost/dangvu?Max%20Auto%20Prepare=7", 7)]
    public void Parse_Postgres_PreparesRepeatedStatementsUnlessToldOtherwise(string value, int prepared)
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseTarget.Parse(value).ConnectionString);

        Assert.Equal(prepared, builder.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("mysql://root@localhost/dangvu")]
    [InlineData("Database=dangvu")]
    [InlineData("Host=x;Nonsense Key=1")]
    [InlineData("postgres://:5432")]
    public void Parse_UnknownForm_ThrowsWithVietnameseMessage(string value)
    {
        var exception = Assert.Throws<DatabaseTargetException>(() => DatabaseTarget.Parse(value));

        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", exception.Message.ToLowerInvariant());
    }
}
