"""The packaged actor tables are complete, match the columns and conventions their headers document, and agree
with each other."""
import datetime
import functools
import re
from collections import defaultdict
from importlib import resources

from titfortat.actors.dictionary import SECTORS, _split, read_table

TABLES = ("countries", "metonyms", "organisations", "agents", "people")

# Cells every data row fills. countries.tsv: aliases, demonyms and capitals may be empty ("Congolese" and
# "Dominican" belong to COD and DOM only). metonyms.tsv: the sector is empty for a region, which stands for its
# country as a place. people.tsv: the country is empty for officials of organisations (checked below).
REQUIRED = {
    "countries": ("iso3", "iso2", "name"),
    "metonyms": ("phrase", "country", "name"),
    "organisations": ("phrase", "code", "name"),
    "agents": ("phrase", "sector", "kind"),
    "people": ("name", "sector", "office"),
}

# The ';'-separated columns, as the headers define them.
LISTS = {
    "countries": ("aliases", "demonyms", "capitals"),
    "metonyms": ("phrase",),
    "organisations": ("phrase",),
    "agents": ("phrase",),
    "people": ("aliases",),
}

# Mirrors the code scheme in the header of organisations.tsv: the scopes of IGO and IMG codes, the fields of NGO
# codes, and the codes that are IGO + ORG alone.
IGO_SCOPES = frozenset("UNO WLD WST EUR EAS ASA SEA ARB ISL AFR WAF EAF SAF AME LAM".split())
NGO_FIELDS = frozenset("HRI HLH HUM REF MED ENV WLD".split())
BARE_CODES = frozenset({"IGOUNO", "IGOOPC"})
# Not in the header: the ORG part keeps the digits of the name for the G20, the G77 and the G5 Sahel. The loader
# reads only letters in a people.tsv office bracket, so these codes cannot be named there (checked below).
DIGIT_CODES = frozenset({"IGOWLDG20", "IGOWLDG77", "IGOWAFG5S"})

# The former states of countries.tsv, with ISO 3166-3 codes.
HISTORICAL = frozenset({"SUN", "YUG", "CSK", "DDR"})

# The loader's pattern for an organisation's code in a people.tsv office ("NATO Secretary-General [IGOWSTNAT]").
OFFICE_CODE = re.compile(r"\[((?:IGO|NGO|IMG)[A-Z]*)\]")


@functools.cache
def _text(table: str) -> str:
    return resources.files("titfortat").joinpath("data", "actors", f"{table}.tsv").read_text(encoding="utf-8")


@functools.cache
def _rows(table: str) -> tuple:
    return tuple(read_table(_text(table), f"{table}.tsv"))


def _comments(table: str) -> list[str]:
    return [line for line in _text(table).splitlines() if line.startswith("#")]


def _phrases(table: str, row: dict) -> list[tuple[str, str]]:
    """(phrase, column) pairs of a row, as packaged_entries reads them."""
    if table == "countries":
        cols = [("name", [row["name"]]), *((c, _split(row[c])) for c in ("aliases", "demonyms", "capitals"))]
    elif table == "people":
        cols = [("name", [row["name"]]), ("aliases", _split(row["aliases"]))]
    else:
        cols = [("phrase", _split(row["phrase"]))]
    return [(p, col) for col, ps in cols for p in ps]


def _agent_sectors() -> list[str]:
    """The sector codes listed under "# Sector codes" in the header of agents.tsv."""
    comments = _comments("agents")
    start = next(i for i, line in enumerate(comments) if line.startswith("# Sector codes"))
    codes = []
    for line in comments[start + 1:]:
        if not line.startswith("#   "):
            break
        codes += re.findall(r"\b[A-Z]{3}\b", line)
    return codes


def _cutoff() -> str:
    found = re.search(r"current up to (\d{4}-\d{2}-\d{2})", "\n".join(_comments("people")))
    assert found, "people.tsv: the header names no cut-off date"
    return found.group(1)


def test_tables_have_the_documented_columns():
    for table in TABLES:
        documented = next((line for line in _comments(table) if line.startswith("# Columns (tab-separated):")), None)
        assert documented, f"{table}.tsv: no '# Columns' line in the header"
        columns = [c.strip() for c in documented.split(":", 1)[1].strip().rstrip(".").split(",")]
        lines = [(n, line) for n, line in enumerate(_text(table).splitlines(), 1)
                 if line.strip() and not line.startswith("#")]
        header = lines[0][1].split("\t")
        assert header == columns, f"{table}.tsv:{lines[0][0]}: header {header}, documented {columns}"
        # every row has all the cells, empty ones included, so that no cell slides into the wrong column
        bad = [f"{table}.tsv:{n}: {len(line.split(chr(9)))} cells" for n, line in lines[1:]
               if len(line.split("\t")) != len(header)]
        assert not bad, bad[:10]
        assert len(_rows(table)) == len(lines) - 1


def test_tables_fill_the_required_cells():
    for table, required in REQUIRED.items():
        assert _rows(table), f"{table}.tsv: no rows"
        empty = [f"{table}.tsv:{n}: empty {col}" for n, row in _rows(table) for col in required if not row[col]]
        assert not empty, empty[:10]
        # a ';'-separated cell has no empty part and no stray spaces
        for n, row in _rows(table):
            for col in LISTS[table]:
                parts = row[col].split(";") if row[col] else []
                assert all(p and p == p.strip() for p in parts), f"{table}.tsv:{n}: {col} {row[col]!r}"


def test_countries_codes_are_well_formed_and_unique():
    seen: dict[str, int] = {}
    for n, row in _rows("countries"):
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), f"countries.tsv:{n}: iso3 {row['iso3']!r}"
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), f"countries.tsv:{n}: iso2 {row['iso2']!r}"
        for code in (row["iso3"], row["iso2"]):
            assert code not in seen, f"countries.tsv:{n}: {code} already on line {seen[code]}"
            seen[code] = n
    # the header lists the former states by their ISO 3166-3 codes, and the table has a row for each
    header = "\n".join(_comments("countries"))
    assert all(code in header for code in HISTORICAL)
    assert HISTORICAL <= seen.keys()


def test_every_country_code_is_in_countries_table():
    iso3 = {row["iso3"] for _, row in _rows("countries")}
    with_country = [t for t in TABLES if t != "countries" and "country" in _rows(t)[0][1]]
    assert {"metonyms", "people"} <= set(with_country)
    unknown = [f"{t}.tsv:{n}: country {row['country']!r}" for t in with_country for n, row in _rows(t)
               if row["country"] and row["country"] not in iso3]
    assert not unknown, unknown[:10]


def test_agents_header_lists_the_loader_sectors():
    listed = _agent_sectors()
    assert len(listed) == len(set(listed)), listed
    assert set(listed) == set(SECTORS)
    # metonyms.tsv names some of them and points to agents.tsv for the list
    line = next(line for line in _comments("metonyms") if "see agents.tsv for the list" in line)
    assert set(re.findall(r"\b[A-Z]{3}\b", line)) <= set(listed), line


def test_every_sector_is_a_documented_sector():
    sectors = set(_agent_sectors())
    bad = [f"{t}.tsv:{n}: sector {row['sector']!r}" for t in ("metonyms", "agents", "people") for n, row in _rows(t)
           if row["sector"] and row["sector"] not in sectors and not (t == "agents" and row["kind"] == "none")]
    assert not bad, bad[:10]


def test_agents_kind_is_head_modifier_or_none_with_one_sector_per_phrase():
    # the header: "A phrase may be both a head and a modifier, with one sector"; a phrase of no actor has none
    seen: dict[tuple[str, str], int] = {}
    sector_of: dict[str, tuple[str, int]] = {}
    for n, row in _rows("agents"):
        assert row["kind"] in ("head", "modifier", "none"), f"agents.tsv:{n}: kind {row['kind']!r}"
        assert (row["sector"] == "-") == (row["kind"] == "none"), f"agents.tsv:{n}: sector {row['sector']!r}"
        for phrase in _split(row["phrase"]):
            key = (phrase.lower(), row["kind"])
            assert key not in seen, f"agents.tsv:{n}: {phrase!r} already on line {seen[key]}"
            seen[key] = n
            sector, first = sector_of.setdefault(phrase.lower(), (row["sector"], n))
            assert sector == row["sector"], f"agents.tsv:{n}: {phrase!r} is {row['sector']}, {sector} on line {first}"


def test_organisation_codes_follow_the_scheme():
    header = "\n".join(_comments("organisations"))
    # the constants mirror the header
    assert all(re.search(rf"\b{s}\b", header) for s in IGO_SCOPES | NGO_FIELDS)
    assert all(code in header for code in BARE_CODES)
    for n, row in _rows("organisations"):
        code = row["code"]
        if code in BARE_CODES or code in DIGIT_CODES:
            continue
        parts = re.fullmatch(r"(IGO|NGO|IMG)([A-Z]{3})([A-Z]{3})", code)
        assert parts, f"organisations.tsv:{n}: code {code!r} is not TYPE + SCOPE + ORG"
        scopes = NGO_FIELDS if parts.group(1) == "NGO" else IGO_SCOPES
        assert parts.group(2) in scopes, f"organisations.tsv:{n}: code {code!r} has an undocumented scope"


def test_people_office_brackets_name_an_organisation():
    codes = {row["code"] for _, row in _rows("organisations")}
    for n, row in _rows("people"):
        brackets = re.findall(r"\[([^\]]*)\]", row["office"])
        for code in brackets:
            assert code in codes, f"people.tsv:{n}: office {row['office']!r}: {code} is not in organisations.tsv"
            found = OFFICE_CODE.search(row["office"])
            assert found and found.group(1) == code, f"people.tsv:{n}: the loader does not read [{code}]"
            # IGO for officials of international organisations, REB for leaders of transnational militant groups
            sector = "REB" if code.startswith("IMG") else "IGO"
            assert row["sector"] == sector, f"people.tsv:{n}: [{code}] with sector {row['sector']}"
        # the country is empty exactly for the people of an organisation
        assert bool(brackets) != bool(row["country"]), f"people.tsv:{n}: country {row['country']!r}, {brackets}"


def test_people_dates_are_valid_and_ordered():
    for n, row in _rows("people"):
        for col in ("start", "end"):
            value = row[col]
            if value:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"people.tsv:{n}: {col} {value!r}"
                try:
                    datetime.date.fromisoformat(value)
                except ValueError:
                    raise AssertionError(f"people.tsv:{n}: {col} {value!r} is no date") from None
        if row["start"] and row["end"]:
            assert row["start"] <= row["end"], f"people.tsv:{n}: {row['name']} starts {row['start']}, ends {row['end']}"


def test_people_dates_do_not_pass_the_cutoff():
    # the header: end is "empty if still in office as of" the cut-off, and later changes are not reflected
    cutoff = _cutoff()
    late = [f"people.tsv:{n}: {row['name']} {col} {row[col]}" for n, row in _rows("people")
            for col in ("start", "end") if row[col] > cutoff]
    assert not late, late


def test_phrases_have_one_meaning_across_countries_metonyms_organisations():
    # the loader gives a phrase every entry that lists it and takes the first undated one: two countries or codes
    # for one phrase could not be told apart. A city-state's name that is also its capital has one meaning.
    meanings: dict[str, dict[str, str]] = defaultdict(dict)
    for table, column in (("countries", "iso3"), ("metonyms", "country"), ("organisations", "code")):
        for n, row in _rows(table):
            if row.get("start") or row.get("end"):
                continue  # a dated row holds on its dates only (test_dated_metonyms_follow_an_undated_row)
            for phrase, _ in _phrases(table, row):
                meanings[phrase.lower()].setdefault(row[column], f"{table}.tsv:{n}")
    clashes = [f"{phrase!r}: " + ", ".join(f"{where} {meaning}" for meaning, where in found.items())
               for phrase, found in meanings.items() if len(found) > 1]
    assert not clashes, clashes[:10]


def test_phrases_are_listed_in_one_row_of_each_table():
    for table in ("countries", "metonyms", "organisations"):
        first: dict[str, int] = {}
        for n, row in _rows(table):
            if row.get("start") or row.get("end"):
                continue  # a dated row restates a phrase for a spell of time
            for phrase, _ in _phrases(table, row):
                line = first.setdefault(phrase.lower(), n)
                assert line == n, f"{table}.tsv:{n}: {phrase!r} already on line {line}"


def test_dated_metonyms_follow_an_undated_row():
    # a dated row changes a body's role from its start; before it, the undated row of the same phrase holds
    undated = {p.lower() for n, row in _rows("metonyms") if not (row["start"] or row["end"])
               for p, _ in _phrases("metonyms", row)}
    spells: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for n, row in _rows("metonyms"):
        if not (row["start"] or row["end"]):
            continue
        for col in ("start", "end"):
            if row[col]:
                datetime.date.fromisoformat(row[col])
        assert not row["end"] or row["start"] <= row["end"], f"metonyms.tsv:{n}: start after end"
        for p, _ in _phrases("metonyms", row):
            assert p.lower() in undated, f"metonyms.tsv:{n}: {p!r} has no undated row"
            spells[p.lower()].append((row["start"], row["end"] or "9999-12-31", n))
    for phrase, found in spells.items():
        found.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(found, found[1:]):
            assert e1 <= s2, f"metonyms.tsv:{n1} and {n2}: {phrase!r} dated twice at once"


def test_agents_overlap_no_country_phrase_and_agree_with_named_actors():
    country_phrases = {p.lower(): n for n, row in _rows("countries") for p, _ in _phrases("countries", row)}
    named = {}  # the sector of a metonym or an organisation, as the loader sets it
    for n, row in _rows("metonyms"):
        for p, _ in _phrases("metonyms", row):
            named[p.lower()] = (row["sector"], f"metonyms.tsv:{n}")
    for n, row in _rows("organisations"):
        for p, _ in _phrases("organisations", row):
            named[p.lower()] = ("IGO" if row["code"].startswith("IGO") else row["code"][:3], f"organisations.tsv:{n}")
    for n, row in _rows("agents"):
        for phrase in _split(row["phrase"]):
            key = phrase.lower()
            assert key not in country_phrases, f"agents.tsv:{n}: {phrase!r} is on countries.tsv:{country_phrases[key]}"
            # a generic noun that is also a proper name ("Ministry of Defence", "Anti-balaka") keeps its sector
            if key in named:
                sector, where = named[key]
                assert sector == row["sector"], f"agents.tsv:{n}: {phrase!r} is {row['sector']}, {sector} on {where}"


def test_people_aliases_are_no_country_name_capital_or_demonym():
    countries = {p.lower(): (col, row["iso3"], n) for n, row in _rows("countries")
                 for p, col in _phrases("countries", row)}
    bad = [f"people.tsv:{n}: {p!r} is the {countries[p.lower()][0]} of {countries[p.lower()][1]} "
           f"(countries.tsv:{countries[p.lower()][2]})"
           for n, row in _rows("people") for p, _ in _phrases("people", row) if p.lower() in countries]
    assert not bad, bad[:10]


def test_people_aliases_are_no_phrase_of_the_other_tables():
    # the header: an alias is never "a country, capital or other phrase of the other actor tables"
    others = {p.lower(): f"{t}.tsv:{n}" for t in ("metonyms", "organisations", "agents") for n, row in _rows(t)
              for p, _ in _phrases(t, row)}
    bad = [f"people.tsv:{n}: {p!r} is on {others[p.lower()]}"
           for n, row in _rows("people") for p, _ in _phrases("people", row) if p.lower() in others]
    assert not bad, bad[:10]


def test_people_sharing_a_phrase_never_hold_it_at_once():
    # The header allows a surname alias "only where it is distinctive". Relatives share one ("Assad", "Kabila",
    # "Hariri"); that is distinctive only if the loader can tell them apart by date: a dated row valid on the
    # text's date wins, so no two people may have dated rows for one phrase that overlap ([start, end) as the
    # header defines them), nor both an undated row for it.
    rows: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for n, row in _rows("people"):
        for phrase, _ in _phrases("people", row):
            rows[phrase.lower()].append((n, row))
    for phrase, holders in rows.items():
        for i, (n, a) in enumerate(holders):
            for m, b in holders[i + 1:]:
                if a["name"] == b["name"]:
                    continue
                where = f"people.tsv:{n} {a['name']} and people.tsv:{m} {b['name']} share {phrase!r}"
                dated_a, dated_b = bool(a["start"] or a["end"]), bool(b["start"] or b["end"])
                if not dated_a and not dated_b:
                    raise AssertionError(f"{where}, both undated")
                if dated_a and dated_b:
                    overlap = ((a["start"] or "0000") < (b["end"] or "9999")
                               and (b["start"] or "0000") < (a["end"] or "9999"))
                    assert not overlap, f"{where} on overlapping dates"
