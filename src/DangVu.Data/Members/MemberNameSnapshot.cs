using DangVu.Core.Organizations;

namespace DangVu.Data.Members;

/// <summary>
/// Every member's names, place and what a search result shows, as read at one moment, in the database's Vietnamese
/// name order, plus the members changed since (read from <see cref="MemberNameFeed"/>). Immutable: a change makes a
/// new snapshot sharing the large arrays, so searches read without locks.
/// <para>
/// Member <c>i</c> in name order is a column of small arrays (about 50 bytes a member). Names are numbered once each:
/// a given name's members are runs of positions, a family name's members a sorted list of positions, so a query's
/// matches come out of a merge of sorted lists already in name order, and it stops after the page.
/// </para>
/// </summary>
internal sealed class MemberNameSnapshot
{
    /// <summary>Positions read (matching or not) before a query gives up and the database answers it instead.</summary>
    public const int ReadBudget = 50_000;

    /// <summary>Family names matching a query that hold one member in this many or more are read by a scan, not merged.</summary>
    private const int DenseShare = 50;

    private readonly Guid[] _ids;
    private readonly int[] _givenNameOf;
    private readonly int[] _familyNameOf;
    private readonly int[] _pathOf;
    private readonly int[] _birthDayOf;
    private readonly byte[] _genderOf;
    private readonly byte[] _statusOf;
    private readonly bool[] _isSynthetic;
    private readonly CardNumbers _cards;
    private readonly string[] _givenNames;
    private readonly string[] _familyNames;
    private readonly string[] _paths;
    private readonly Guid[] _organizationOfPath;
    private readonly NameKeys _givenNameKeys;
    private readonly NameKeys _familyNameKeys;
    private readonly int[] _familyRankOf;
    private readonly List<(int Start, int End)>[] _runsOfGivenName;
    private readonly int[][] _positionsOfFamilyName;
    private readonly Dictionary<Guid, IndexedMember> _changed;

    private MemberNameSnapshot(MemberNameSnapshot main, Dictionary<Guid, IndexedMember> changed, MemberFeedMark mark)
    {
        (_ids, _givenNameOf, _familyNameOf, _pathOf, _birthDayOf) = (main._ids, main._givenNameOf, main._familyNameOf, main._pathOf, main._birthDayOf);
        (_genderOf, _statusOf, _isSynthetic, _cards) = (main._genderOf, main._statusOf, main._isSynthetic, main._cards);
        (_givenNames, _familyNames, _paths, _organizationOfPath) = (main._givenNames, main._familyNames, main._paths, main._organizationOfPath);
        _familyRankOf = main._familyRankOf;
        (_givenNameKeys, _familyNameKeys) = (main._givenNameKeys, main._familyNameKeys);
        (_runsOfGivenName, _positionsOfFamilyName) = (main._runsOfGivenName, main._positionsOfFamilyName);
        _changed = changed;
        Mark = mark;
    }

    private MemberNameSnapshot(Builder built, MemberFeedMark mark)
    {
        _ids = [.. built.Ids];
        _givenNameOf = [.. built.GivenNameOf];
        _familyNameOf = [.. built.FamilyNameOf];
        _pathOf = [.. built.PathOf];
        _birthDayOf = [.. built.BirthDayOf];
        _genderOf = [.. built.GenderOf];
        _statusOf = [.. built.StatusOf];
        _isSynthetic = [.. built.IsSynthetic];
        _cards = built.Cards.Build();
        _givenNames = [.. built.GivenNames.Names];
        _familyNames = [.. built.FamilyNames.Names];
        _paths = [.. built.Paths.Names];
        _organizationOfPath = [.. built.OrganizationOfPath];
        _givenNameKeys = new NameKeys(_givenNames);
        _familyNameKeys = new NameKeys(_familyNames);
        _familyRankOf = _familyNameKeys.RankOfEach();
        _runsOfGivenName = new List<(int, int)>[_givenNames.Length];
        var familyCounts = new int[_familyNames.Length];
        for (var position = 0; position < _ids.Length; position++)
        {
            var runs = _runsOfGivenName[_givenNameOf[position]] ??= [];
            if (runs.Count > 0 && runs[^1].End == position)
            {
                runs[^1] = (runs[^1].Start, position + 1);
            }
            else
            {
                runs.Add((position, position + 1));
            }

            familyCounts[_familyNameOf[position]]++;
        }

        _positionsOfFamilyName = familyCounts.Select(count => new int[count]).ToArray();
        Array.Clear(familyCounts);
        for (var position = 0; position < _ids.Length; position++)
        {
            var family = _familyNameOf[position];
            _positionsOfFamilyName[family][familyCounts[family]++] = position;
        }

        _changed = [];
        Mark = mark;
    }

    /// <summary>Where in the database's change feed this snapshot has read up to.</summary>
    public MemberFeedMark Mark { get; }

    public int Count => _ids.Length;

    /// <summary>Members changed since the arrays were built, answered by a scan: a rebuild is due past a few thousand.</summary>
    public int ChangedCount => _changed.Count;

    /// <summary>Collects members given in name order, then builds the snapshot.</summary>
    public sealed class Builder
    {
        internal List<Guid> Ids { get; } = [];

        internal List<int> GivenNameOf { get; } = [];

        internal List<int> FamilyNameOf { get; } = [];

        internal List<int> PathOf { get; } = [];

        internal List<int> BirthDayOf { get; } = [];

        internal List<byte> GenderOf { get; } = [];

        internal List<byte> StatusOf { get; } = [];

        internal List<bool> IsSynthetic { get; } = [];

        internal CardNumbers.Builder Cards { get; } = new();

        internal List<Guid> OrganizationOfPath { get; } = [];

        internal NameNumbering GivenNames { get; } = new();

        internal NameNumbering FamilyNames { get; } = new();

        internal NameNumbering Paths { get; } = new();

        public void Add(IndexedMember member)
        {
            Ids.Add(member.Id);
            GivenNameOf.Add(GivenNames.NumberOf(member.GivenName));
            FamilyNameOf.Add(FamilyNames.NumberOf(member.FamilyName));
            var path = Paths.NumberOf(member.OrganizationPath);
            if (path == OrganizationOfPath.Count)
            {
                OrganizationOfPath.Add(member.OrganizationId);
            }

            PathOf.Add(path);
            BirthDayOf.Add(member.BirthDate.DayNumber);
            GenderOf.Add((byte)member.Gender);
            StatusOf.Add((byte)member.Status);
            IsSynthetic.Add(member.IsSynthetic);
            Cards.Add(member.CardNumber);
        }

        public MemberNameSnapshot Build(MemberFeedMark mark) => new(this, mark);
    }

    /// <summary>This snapshot with <paramref name="members"/> as they now are, read up to <paramref name="mark"/>.</summary>
    public MemberNameSnapshot With(IReadOnlyCollection<IndexedMember> members, MemberFeedMark mark)
    {
        if (members.Count == 0)
        {
            return new MemberNameSnapshot(this, _changed, mark);
        }

        var changed = new Dictionary<Guid, IndexedMember>(_changed);
        foreach (var member in members)
        {
            changed[member.Id] = member;
        }

        return new MemberNameSnapshot(this, changed, mark);
    }

    /// <summary>
    /// The first <paramref name="take"/> members under <paramref name="scopePaths"/> matching <paramref name="query"/>,
    /// in name order; null when finding them would read more than <see cref="ReadBudget"/> positions (matches too rare
    /// within the scope), for the database to answer.
    /// </summary>
    public List<MemberSearchHit>? FirstHits(NameQuery query, IReadOnlyCollection<string> scopePaths, int take)
    {
        var everywhere = scopePaths.Contains(OrganizationPath.Root);
        var found = new List<(string GivenName, string FamilyName, Guid Id, int Position)>(take);
        var read = new ReadCount();
        foreach (var position in Merged(Sources(query, read)))
        {
            if (++read.Value > ReadBudget)
            {
                break;
            }

            if ((_changed.Count > 0 && _changed.ContainsKey(_ids[position])) || !(everywhere || Within(_paths[_pathOf[position]], scopePaths)))
            {
                continue;
            }

            found.Add((_givenNames[_givenNameOf[position]], _familyNames[_familyNameOf[position]], _ids[position], position));
            if (found.Count == take)
            {
                break;
            }
        }

        if (read.Value > ReadBudget)
        {
            return null;
        }

        var hits = new List<MemberSearchHit>(take);
        var changed = _changed.Count == 0 ? [] : _changed.Values
            .Where(member => query.Matches(member) && (everywhere || Within(member.OrganizationPath, scopePaths)))
            .Order(Comparer<IndexedMember>.Create((left, right) =>
                IndexedMember.CompareNames(left.GivenName, left.FamilyName, left.Id, right.GivenName, right.FamilyName, right.Id)))
            .Take(take)
            .ToList();

        // The array's members keep the database's order; the changed ones are slotted in between.
        var next = 0;
        foreach (var (givenName, familyName, id, position) in found)
        {
            while (next < changed.Count && IndexedMember.CompareNames(changed[next].GivenName, changed[next].FamilyName, changed[next].Id, givenName, familyName, id) < 0)
            {
                hits.Add(changed[next++].Hit);
            }

            hits.Add(HitAt(position));
        }

        hits.AddRange(changed.Skip(next).Select(member => member.Hit));
        return hits.Count > take ? hits[..take] : hits;
    }

    /// <summary>Whether some member may have <paramref name="text"/> as card number (false: surely none has).</summary>
    public bool MayHaveCard(string text) =>
        _cards.MayContain(text) || _changed.Values.Any(member => member.CardNumber == text);

    private MemberSearchHit HitAt(int position) => new(
        _ids[position],
        IndexedMember.FullNameOf(_givenNames[_givenNameOf[position]], _familyNames[_familyNameOf[position]]),
        DateOnly.FromDayNumber(_birthDayOf[position]),
        (Gender)_genderOf[position],
        (Core.Members.MemberStatus)_statusOf[position],
        _cards[position],
        _organizationOfPath[_pathOf[position]],
        _isSynthetic[position]);

    private static bool Within(string path, IReadOnlyCollection<string> scopePaths)
    {
        foreach (var scope in scopePaths)
        {
            if (OrganizationPath.IsWithin(path, scope))
            {
                return true;
            }
        }

        return false;
    }

    // Each kind of match as lists of positions in name order.
    private List<IEnumerable<int>> Sources(NameQuery query, ReadCount read)
    {
        var sources = new List<IEnumerable<int>>();
        var (firstRank, endRank) = _familyNameKeys.RanksStartingWith(query.Key);
        if (_familyNameKeys.MembersRanked(firstRank, endRank, _positionsOfFamilyName) * DenseShare >= _ids.Length)
        {
            // Common ("le": thousands of family names, one member in twelve): the next match is a few positions on, so
            // reading in order beats merging thousands of lists.
            sources.Add(Scan(position => (uint)(_familyRankOf[_familyNameOf[position]] - firstRank) < (uint)(endRank - firstRank), read));
        }
        else
        {
            for (var rank = firstRank; rank < endRank; rank++)
            {
                sources.Add(_positionsOfFamilyName[_familyNameKeys.NumberAt(rank)]);
            }
        }

        var exactFamilies = query.ExactFamily is { } exact ? _familyNameKeys.Exactly(exact).ToList() : null;
        foreach (var givenName in _givenNameKeys.StartingWith(query.GivenNamePrefix))
        {
            foreach (var (start, end) in _runsOfGivenName[givenName])
            {
                if (exactFamilies is null)
                {
                    sources.Add(Enumerable.Range(start, end - start));
                    continue;
                }

                // A family's positions are sorted, so its members with this given name are one slice of them.
                foreach (var family in exactFamilies)
                {
                    var positions = _positionsOfFamilyName[family];
                    var from = LowerBound(positions, start);
                    sources.Add(new ArraySegment<int>(positions, from, LowerBound(positions, end) - from));
                }
            }
        }

        if (query.BirthYear is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber);
            sources.Add(Scan(position => _birthDayOf[position] >= from && _birthDayOf[position] <= to, read));
        }

        return sources;
    }

    // Matches spread over every name (a birth year, a common family name): positions in order, each read counted.
    private IEnumerable<int> Scan(Func<int, bool> matches, ReadCount read)
    {
        for (var position = 0; position < _ids.Length && read.Value <= ReadBudget; position++, read.Value++)
        {
            if (matches(position))
            {
                yield return position;
            }
        }
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }

    // The union of sorted lists, sorted, each position once.
    private static IEnumerable<int> Merged(List<IEnumerable<int>> sources)
    {
        var heads = new PriorityQueue<IEnumerator<int>, int>(sources.Count);
        foreach (var source in sources)
        {
            var head = source.GetEnumerator();
            if (head.MoveNext())
            {
                heads.Enqueue(head, head.Current);
            }
        }

        var last = -1;
        while (heads.TryDequeue(out var head, out var position))
        {
            if (position != last)
            {
                yield return position;
                last = position;
            }

            if (head.MoveNext())
            {
                heads.Enqueue(head, head.Current);
            }
            else
            {
                head.Dispose();
            }
        }
    }

    private sealed class ReadCount
    {
        public int Value { get; set; }
    }
}
