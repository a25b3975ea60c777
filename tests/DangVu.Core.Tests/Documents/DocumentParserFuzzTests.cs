using System.Text;
using DangVu.Core.Documents;
using FsCheck;
using FsCheck.Fluent;

namespace DangVu.Core.Tests.Documents;

/// <summary>
/// The parser must return, with warnings, whatever it is fed: real documents cut, doubled, shuffled and sprinkled with
/// the characters that matter to it, and random bytes. FsCheck runs a fixed number of cases from a fixed seed, so a run
/// is repeatable; a failure prints the case, shrunk to the fewest mutations, and the seed to replay it. For a longer
/// hunt: <c>DANGVU_FUZZ_SEED=… DANGVU_FUZZ_RUNS=100000 dotnet test … --filter-class '*DocumentParserFuzz*'</c>.
/// </summary>
public sealed class DocumentParserFuzzTests
{
    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("DANGVU_FUZZ_SEED"), out var seed) ? seed : 509_2008;
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("DANGVU_FUZZ_RUNS"), out var runs) ? runs : 3000;
    private const ulong Gamma = 22_05_2008_1;

    private static readonly string[] Corpus =
    [
        Samples.Seed, Samples.Read("12-NQ-DUK.txt"), Samples.Read("945-CV-TU.txt"), Samples.Read("KH-DU-du-thao.txt"),
        Samples.Read("14-2008-ND-CP.txt"),
    ];

    /// <summary>Pieces of the format, and characters that break naive readers.</summary>
    private static readonly string[] Fragments =
    [
        "Số", "Số:", " - ", "-", "/", "509", "TB/TU", "/2008/NĐ-CP", "ngày", "tháng", "năm", " … ", "Nơi nhận:", "T/M ",
        "K/T", "T/L BAN THƯỜNG VỤ", "I- ", "II. ", "1- ", "2. ", "./.", "của ", "V/v ", "Kính gửi:", "THÔNG BÁO", "*",
        "-------", "\t", "      ", "\r", "\r\n", "\n\n", "\f", "\u0301", "\u0323", "\uD800", "\uDC00", "\0", "\uFEFF", "\u00A0",
        "\u2028", "(", ")", "“", "”", "Ð", "𝐀", "🙂",
    ];

    [Fact]
    public void Parse_MutatedRealDocuments_AlwaysReturns()
    {
        var mutation =
            from kind in Gen.Choose(0, MutationKinds - 1)
            from at in Gen.Choose(0, int.MaxValue - 1)
            from length in Gen.Choose(0, 600)
            from value in Gen.Choose(0, 0xFFFF)
            select new Mutation(kind, at, length, value);
        var cases =
            from document in Gen.Choose(0, Corpus.Length - 1)
            from mutations in mutation.ArrayOf()
            select new FuzzCase(document, mutations);

        Prop.ForAll(Arb.From(cases, Shrink), fuzz =>
        {
            var text = fuzz.Apply();
            var document = DocumentParser.Read(text);
            CheckShape(document);
            if (!string.IsNullOrWhiteSpace(text))
            {
                Assert.Equivalent(document, DocumentParser.Parse(text), strict: true);
            }
        }).Check(Config.QuickThrowOnFailure.WithReplay(Seed, Gamma).WithMaxTest(Runs));
    }

    [Fact]
    public void Parse_RandomBytesAndCharacters_ReturnsWithWarnings()
    {
        var text = Gen.OneOf(
            Gen.Choose(0, 255).Select(value => (byte)value).ArrayOf().Select(bytes => Encoding.UTF8.GetString(bytes)),
            Gen.Choose(0, 255).Select(value => (byte)value).ArrayOf().Select(bytes => Encoding.Unicode.GetString(bytes)),
            Gen.Choose(0, 0xFFFF).Select(value => (char)value).ArrayOf().Select(characters => new string(characters)),
            Gen.Elements(Fragments).ArrayOf().Select(pieces => string.Concat(pieces)));

        Prop.ForAll(Arb.From(text), input =>
        {
            CheckShape(DocumentParser.Read(input));
            var document = DocumentParser.Parse(input);
            CheckShape(document);
            Assert.NotEmpty(document.Warnings);
        }).Check(Config.QuickThrowOnFailure.WithReplay(Seed, Gamma).WithMaxTest(Runs * 2 / 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    public void Parse_NothingToRead_SaysSo(string? text)
    {
        var document = DocumentParser.Parse(text);

        Assert.Equal(["Văn bản trống: không có chữ nào để đọc."], document.Warnings);
        Assert.Null(document.Issuer);
        Assert.Empty(document.Tasks);
    }

    [Fact]
    public void Parse_AMillionCharactersOfOneLine_Returns()
    {
        var document = DocumentParser.Parse(string.Concat(Enumerable.Repeat("Số 1-TB/TU ngày 1 tháng 1 năm 2008 I- 1- ", 25_000)));

        Assert.NotEmpty(document.Warnings);
    }

    /// <summary>
    /// Inputs that make a backtracking pattern take quadratic or worse time (a run of blanks after "Số" once took
    /// minutes); each must read in about linear time. The bound is loose so a busy machine does not fail it.
    /// </summary>
    [Theory]
    [InlineData("Số", " ", "x")]
    [InlineData("Số", " \n", "x")]
    [InlineData("Số: 12", ".", "x")]
    [InlineData("Phan Thiết, ngày", " ", "x")]
    [InlineData("ngày 1 tháng", ". ", "x")]
    [InlineData("", "1/", "")]
    [InlineData("", "12-", "")]
    [InlineData("10-CT/TW", " ", "của Ban")]
    [InlineData("10-CT/TW của ", "Ban ", "")]
    [InlineData("ĐẢNG", " ", "CỘNG")]
    [InlineData("THÔNG BÁO\n", "A\n", "")]
    [InlineData("Nơi nhận:\n", "- A;       T/M B\n", "")]
    [InlineData("", "a   ", "")]
    [InlineData("", "1- x\n", "")]
    [InlineData("", "Ab ", ", ngày 1 tháng 1 năm 2008")]
    public void Parse_PathologicalInput_ReadsInLinearTime(string before, string repeated, string after)
    {
        // No clock limit (shared machines are noisy): the time for ten times the text is compared with the time for the
        // text itself, measured now. Linear reading gives about 10; a pattern gone quadratic gives about 100.
        var small = Repeat(before, repeated, after, 4_000);
        var large = Repeat(before, repeated, after, 40_000);

        var ratio = FastestRead(large) / FastestRead(small);

        Assert.NotEmpty(DocumentParser.Read(large).Warnings);
        Assert.True(ratio < 40, $"Ten times the text took {ratio:0} times as long.");
    }

    private static string Repeat(string before, string repeated, string after, int length) =>
        before + string.Concat(Enumerable.Repeat(repeated, length / repeated.Length)) + after;

    private static double FastestRead(string text)
    {
        DocumentParser.Read(text);
        return Enumerable.Range(0, 5).Min(_ =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            DocumentParser.Read(text);
            return watch.Elapsed.TotalMilliseconds;
        });
    }

    private static void CheckShape(ParsedDocument document)
    {
        Assert.NotNull(document.IssuerParents);
        Assert.All(document.Tasks, task => Assert.NotNull(task.Text));
        Assert.Equal(Enumerable.Range(1, document.Tasks.Count), document.Tasks.Select(task => task.Number));
        Assert.All(document.References, reference => Assert.False(string.IsNullOrWhiteSpace(reference.NumberSymbol)));
        Assert.Equal(document.References.Count, document.References.Select(reference => reference.NumberSymbol).Distinct().Count());
        Assert.All(document.Recipients, recipient => Assert.False(string.IsNullOrWhiteSpace(recipient)));
        Assert.All(document.Warnings, warning => Assert.False(string.IsNullOrWhiteSpace(warning)));
        Assert.True(document.Serial is null or >= 0);
    }

    private static IEnumerable<FuzzCase> Shrink(FuzzCase fuzz) =>
        Enumerable.Range(0, fuzz.Mutations.Length).Select(skip => fuzz with { Mutations = [.. fuzz.Mutations.Where((_, index) => index != skip)] });

    private const int MutationKinds = 12;

    /// <summary>One change to a document: <see cref="Kind"/> says what, the numbers where and how much.</summary>
    public sealed record Mutation(int Kind, int At, int Length, int Value);

    /// <summary>A document of the corpus and the changes made to it, in order.</summary>
    public sealed record FuzzCase(int Document, Mutation[] Mutations)
    {
        public string Apply()
        {
            var text = Corpus[Document];
            foreach (var mutation in Mutations)
            {
                text = Apply(text, mutation);
            }

            return text;
        }

        private static string SafeNfd(string text) => HasLoneSurrogate(text) ? text : text.Normalize(NormalizationForm.FormD);

        private static bool HasLoneSurrogate(string text)
        {
            for (var index = 0; index < text.Length; index++)
            {
                if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                {
                    index++;
                }
                else if (char.IsSurrogate(text[index]))
                {
                    return true;
                }
            }

            return false;
        }

        public override string ToString() =>
            $"document {Document}, mutations [{string.Join("; ", Mutations.Select(mutation => mutation.ToString()))}]";

        private static string Apply(string text, Mutation mutation)
        {
            var lines = text.Split('\n').ToList();
            var line = mutation.At % lines.Count;
            var position = text.Length == 0 ? 0 : mutation.At % (text.Length + 1);
            var length = Math.Min(mutation.Length, text.Length - position);
            switch (mutation.Kind)
            {
                case 0:
                    lines.RemoveAt(line);
                    return string.Join('\n', lines);
                case 1:
                    lines.Insert(line, lines[line]);
                    return string.Join('\n', lines);
                case 2:
                    var other = mutation.Value % lines.Count;
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    return string.Join('\n', lines);
                case 3:
                    return text.Insert(position, ((char)mutation.Value).ToString());
                case 4:
                    return text[..position];
                case 5:
                    return text.Remove(position, length);
                case 6:
                    // NFD of a text that already holds a lone surrogate is refused by .NET; the parser gets it as it is.
                    return SafeNfd(text);
                case 7:
                    return text.Replace("\n", "\r\n", StringComparison.Ordinal);
                case 8:
                    return text.Insert(position, Fragments[mutation.Value % Fragments.Length]);
                case 9:
                    lines[line] = lines[line].ToUpperInvariant();
                    return string.Join('\n', lines);
                case 10:
                    return string.Join(mutation.Value % 2 == 0 ? " " : string.Empty, lines);
                default:
                    var garbage = new byte[Math.Min(mutation.Length, 64)];
                    new Random(mutation.Value).NextBytes(garbage);
                    return text.Remove(position, Math.Min(garbage.Length, text.Length - position)).Insert(position, Encoding.UTF8.GetString(garbage));
            }
        }
    }
}
