using DangVu.Core.Organizations;

namespace DangVu.Data.Members;

/// <summary>
/// Every member's names, place and birth year as read at one moment, in the database's Vietnamese name order, plus the
/// members changed since (read from <see cref="MemberNameFeed"/>). Immutable: a change makes a new snapshot sharing the
/// large arrays, so searches read without locks.
/// <para>
/// Member <c>i</c> in name order is a column of small arrays (about 30 bytes a member). Names are numbered once each:
/// a given name's members are runs of positions, a family name's members a sorted list of positions, so a query's
/// matches come out of a merge of sorted lists already in name order, and it stops after the page.
/// </para>
/// </summary>
internal sealed class MemberNameSnapshot
{
    /// <summary>Positions read (matching or not) before a query gives up and the database answers it instead.</summary>
    public const int ReadBudget = 50_000;

    private readonly Guid[] _ids;
    private readonly int[] _givenNameOf;
    private readonly int[] _familyNameOf;
    private readonly int[] _pathOf;
    private readonly short[] _birthYearOf;
    private readonly string[] _givenNames;
    private readonly string[] _familyNames;
    private readonly string[] _paths;
    private readonly NameKeys _givenNameKeys;
    private readonly NameKeys _familyNameKeys;
    private readonly List<(int Start, int End)>[] _runsOfGivenName;
    private readonly int[][] _positionsOfFamilyName;
    private readonly Dictionary<Guid, IndexedMember> _changed;

    private MemberNameSnapshot(MemberNameSnapshot main, Dictionary<Guid, IndexedMember> changed, MemberFeedMark mark)
    {
        (_ids, _givenNameOf, _familyNameOf, _pathOf, _birthYearOf) = (main._ids, main._givenNameOf, main._familyNameOf, main._pathOf, main._birthYearOf);
        (_givenNames, _familyNames, _paths) = (main._givenNames, main._familyNames, main._paths);
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
        _birthYearOf = [.. built.BirthYearOf];
        _givenNames = [.. built.GivenNames.Names];
        _familyNames = [.. built.FamilyNames.Names];
        _paths = [.. built.Paths.Names];
        _givenNameKeys = new NameKeys(_givenNames);
        _familyNameKeys = new NameKeys(_familyNames);
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

        internal List<short> BirthYearOf { get; } = [];

        internal Numbering GivenNames { get; } = new();

        internal Numbering FamilyNames { get; } = new();

        internal Numbering Paths { get; } = new();

        public void Add(Guid id, string givenName, string sortName, string organizationPath, DateOnly birthDate)
        {
            Ids.Add(id);
            GivenNameOf.Add(GivenNames.NumberOf(givenName));
            FamilyNameOf.Add(FamilyNames.NumberOf(IndexedMember.FamilyNameOf(givenName, sortName)));
            PathOf.Add(Paths.NumberOf(organizationPath));
            BirthYearOf.Add((short)birthDate.Year);
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
    /// The ids of the first <paramref name="take"/> members under <paramref name="scopePaths"/> matching
    /// <paramref name="query"/>, in name order; null when finding them would read more than <see cref="ReadBudget"/>
    /// positions (matches too rare within the scope), for the database to answer.
    /// </summary>
    public IReadOnlyList<Guid>? FirstIds(NameQuery query, IReadOnlyCollection<string> scopePaths, int take)
    {
        var everywhere = scopePaths.Contains(OrganizationPath.Root);
        var found = new List<(string GivenName, string FamilyName, Guid Id)>(take);
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

            found.Add((_givenNames[_givenNameOf[position]], _familyNames[_familyNameOf[position]], _ids[position]));
            if (found.Count == take)
            {
                break;
            }
        }

        if (read.Value > ReadBudget)
        {
            return null;
        }

        if (_changed.Count > 0)
        {
            found.AddRange(_changed.Values
                .Where(member => query.Matches(member) && (everywhere || Within(member.OrganizationPath, scopePaths)))
                .Select(member => (member.GivenName, member.FamilyName, member.Id)));
            found.Sort((left, right) => IndexedMember.CompareNames(left.GivenName, left.FamilyName, left.Id, right.GivenName, right.FamilyName, right.Id));
        }

        return found.Take(take).Select(member => member.Id).ToList();
    }

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
        foreach (var family in _familyNameKeys.StartingWith(query.Key))
        {
            sources.Add(_positionsOfFamilyName[family]);
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
            sources.Add(BornIn(year, read));
        }

        return sources;
    }

    // Birth years are spread over every name: a scan, each position read counted against the budget.
    private IEnumerable<int> BornIn(int year, ReadCount read)
    {
        for (var position = 0; position < _birthYearOf.Length && read.Value <= ReadBudget; position++, read.Value++)
        {
            if (_birthYearOf[position] == year)
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

    /// <summary>Distinct names numbered in the order first seen.</summary>
    internal sealed class Numbering
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public List<string> Names { get; } = [];

        public int NumberOf(string name)
        {
            if (!_numbers.TryGetValue(name, out var number))
            {
                number = Names.Count;
                _numbers.Add(name, number);
                Names.Add(name);
            }

            return number;
        }
    }

    /// <summary>Names' folded keys, sorted, for the numbers of those starting with or equal to a typed key.</summary>
    private sealed class NameKeys
    {
        private readonly string[] _keys;
        private readonly int[] _numbers;

        public NameKeys(string[] names)
        {
            _keys = names.Select(name => Core.Text.VietnameseText.SearchKey(name)).ToArray();
            _numbers = Enumerable.Range(0, names.Length).ToArray();
            Array.Sort(_keys, _numbers, StringComparer.Ordinal);
        }

        public IEnumerable<int> StartingWith(string prefix)
        {
            for (var index = From(prefix); index < _keys.Length && _keys[index].StartsWith(prefix, StringComparison.Ordinal); index++)
            {
                yield return _numbers[index];
            }
        }

        public IEnumerable<int> Exactly(string key)
        {
            for (var index = From(key); index < _keys.Length && _keys[index] == key; index++)
            {
                yield return _numbers[index];
            }
        }

        private int From(string prefix)
        {
            var index = Array.BinarySearch(_keys, prefix, StringComparer.Ordinal);
            if (index < 0)
            {
                return ~index;
            }

            // Equal keys (two spellings folding alike) are adjacent; start at the first.
            while (index > 0 && _keys[index - 1] == prefix)
            {
                index--;
            }

            return index;
        }
    }
}
