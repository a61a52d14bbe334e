"""The packaged CAMEO table is complete and consistent, and the loader behaves as documented."""
from importlib import resources

import pytest

from titfortat.coding.ontology import (
    PLOVER_CATEGORIES,
    CameoCode,
    Ontology,
    OntologyFileError,
    UnknownCode,
    load_ontology,
)

# Mirrors the "Unmapped codes" comment of data/cameo.tsv: roots 01 and 02 and everything below them.
UNMAPPED = frozenset("01 010 011 012 013 014 015 016 017 018 019".split())

# Sub-code families of CAMEO 1.1b3 that a complete table must hold.
FAMILIES = {
    "021": 4, "023": 4, "024": 4, "025": 6, "031": 4, "033": 4, "034": 4, "035": 6,
    "081": 4, "083": 4, "084": 2, "086": 3, "087": 4, "101": 4, "103": 4, "104": 4, "105": 6,
    "112": 5, "121": 2, "122": 4, "123": 4, "124": 6, "131": 3, "132": 4, "138": 5,
    "141": 4, "142": 4, "143": 4, "144": 4, "145": 4, "162": 3, "166": 3, "171": 2, "172": 4,
    "182": 3, "183": 3, "204": 2,
}

HEADER = "code\tname\troot\tquad_class\tgoldstein\tplover\tplover_mode\tplover_context\n"


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _expected_quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def _table_comment_unmapped() -> set[str]:
    text = (resources.files("titfortat") / "data" / "cameo.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("# Unmapped codes"):
            return set(line.split(":", 1)[1].split())
    return set()


def test_table_has_all_twenty_roots(onto):
    assert [c.code for c in onto.roots()] == [f"{r:02d}" for r in range(1, 21)]


def test_table_has_at_least_290_codes(onto):
    assert len(onto) >= 290
    assert len(list(onto)) == len(onto)


def test_table_has_every_subcode_family(onto):
    for parent, n in FAMILIES.items():
        assert [c.code for c in onto.children(parent)] == [f"{parent}{i}" for i in range(1, n + 1)], parent


def test_table_every_parent_exists(onto):
    for c in onto:
        if c.parent is not None:
            assert c.parent in onto, c.code


def test_table_root_column_matches_code(onto):
    for c in onto:
        assert c.root == c.code[:2]
        assert c.code.isdigit() and 2 <= len(c.code) <= 4


def test_table_quad_class_follows_root(onto):
    for root in onto.roots():
        assert root.quad_class == _expected_quad(root.code), root.code
    for c in onto:
        assert c.quad_class == onto[c.root].quad_class, c.code


def test_table_goldstein_within_scale(onto):
    for c in onto:
        assert isinstance(c.goldstein, float)
        assert -10.0 <= c.goldstein <= 10.0, c.code


def test_table_plover_is_known_or_documented_unmapped(onto):
    for c in onto:
        if c.code in UNMAPPED:
            assert c.plover is None, c.code
            assert c.plover_mode is None and c.plover_context is None, c.code
        else:
            assert c.plover in PLOVER_CATEGORIES, c.code


def test_table_unmapped_comment_matches_constant():
    assert _table_comment_unmapped() == UNMAPPED


def test_table_names_are_short_and_unique(onto):
    names = [c.name for c in onto]
    assert all(0 < len(n) <= 60 for n in names)
    assert len(set(names)) == len(names)


def test_code_166_is_sanction_expel(onto):
    c = onto["166"]
    assert (c.plover, c.plover_mode, c.plover_context) == ("SANCTION", "expel", "diplomatic")
    assert c.goldstein == -7.0
    assert c.quad_class == 4
    assert c.penta == 3


def test_code_174_is_coerce_deport(onto):
    c = onto["174"]
    assert (c.plover, c.plover_mode) == ("COERCE", "deport")
    assert c.goldstein == -5.0


def test_code_1384_is_threaten_violence(onto):
    c = onto["1384"]
    assert (c.plover, c.plover_mode, c.plover_context) == ("THREATEN", "violence", "military")
    assert c.goldstein == -7.0
    assert c.quad_class == 3
    assert c.parent == "138"


def test_code_190_is_material_conflict(onto):
    c = onto["190"]
    assert c.quad_class == 4
    assert c.plover == "ASSAULT"
    assert c.goldstein == -10.0


def test_code_042_is_consult_visit(onto):
    c = onto["042"]
    assert (c.plover, c.plover_mode) == ("CONSULT", "visit")
    assert c.goldstein == 1.9
    assert c.quad_class == 1


def test_code_036_is_agree(onto):
    c = onto["036"]
    assert c.plover == "AGREE"
    assert c.goldstein == 4.0
    assert c.penta == 1


def test_code_crossovers_follow_plover(onto):
    assert onto["163"].plover == "COERCE"
    assert onto["1712"].plover == "ASSAULT"
    assert onto["191"].plover == "COERCE"
    assert onto["0813"].plover == "RETREAT"
    assert onto["082"].plover == "CONCEDE"
    assert onto["091"].plover_context == "crime;corruption"


def test_penta_follows_root():
    def make(code):
        return CameoCode(code, "x", code[:2], _expected_quad(code[:2]), 0.0, None, None, None)

    expected = {"010": 0, "0211": 0, "036": 1, "057": 1, "064": 2, "0874": 2, "091": 3,
                "1384": 3, "166": 3, "141": 4, "154": 4, "173": 4, "190": 4, "2042": 4}
    assert {code: make(code).penta for code in expected} == expected


def test_parent_walks_one_level_up(onto):
    assert onto["1662"].parent == "166"
    assert onto["166"].parent == "16"
    assert onto["16"].parent is None


def test_ontology_unknown_code_raises(onto):
    with pytest.raises(UnknownCode):
        onto["999"]
    with pytest.raises(KeyError):
        onto["1834"]
    assert "unknown" in str(UnknownCode("999"))


def test_ontology_get_and_contains(onto):
    assert onto.get("999") is None
    assert onto.get("999", "x") == "x"
    assert onto.get("042").code == "042"
    assert "042" in onto and "999" not in onto and 42 not in onto


def test_ontology_iterates_in_code_order(onto):
    codes = [c.code for c in onto]
    assert codes == sorted(codes)
    assert codes[:3] == ["01", "010", "011"]
    assert codes.index("0211") == codes.index("021") + 1


def test_ontology_children_are_direct(onto):
    assert [c.code for c in onto.children("16")] == [f"16{i}" for i in range(7)]
    assert onto.children("1662") == []
    with pytest.raises(UnknownCode):
        onto.children("999")


def test_ontology_plover_of_walks_up():
    codes = [
        CameoCode("18", "a", "18", 4, -9.0, "ASSAULT", None, None),
        CameoCode("180", "b", "18", 4, -9.0, None, None, None),
        CameoCode("1801", "c", "18", 4, -9.0, None, None, None),
        CameoCode("01", "d", "01", 1, 0.0, None, None, None),
    ]
    small = Ontology(codes)
    assert small.plover_of("1801") == "ASSAULT"
    assert small.plover_of("01") is None
    with pytest.raises(UnknownCode):
        small.plover_of("999")


def test_ontology_plover_of_packaged(onto):
    assert onto.plover_of("1662") == "SANCTION"
    assert onto.plover_of("0211") == "REQUEST"
    assert onto.plover_of("013") is None


def test_ontology_rejects_duplicates():
    c = CameoCode("01", "a", "01", 1, 0.0, None, None, None)
    with pytest.raises(ValueError):
        Ontology([c, c])


def test_load_ontology_default_is_cached():
    assert load_ontology() is load_ontology()


def test_load_ontology_reads_a_given_file(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text("# a comment\n" + HEADER + "01\tSay something\t01\t1\t0.0\t\t\t\n"
                    "04\tTalk\t04\t1\t1.0\tCONSULT\n", encoding="utf-8")
    mini = load_ontology(path)
    assert len(mini) == 2
    assert mini["04"].plover == "CONSULT" and mini["04"].plover_mode is None
    assert mini["01"].plover is None


@pytest.mark.parametrize("row", [
    "1x\tBad code\t1x\t1\t0.0\t\t\t",
    "042\tVisit\t04\t1\tabc\tCONSULT\t\t",
    "042\tVisit\t04\t7\t1.9\tCONSULT\t\t",
    "042\tVisit\t05\t1\t1.9\tCONSULT\t\t",
    "042\tVisit\t04\t1\t11.0\tCONSULT\t\t",
    "042\tVisit\t04\t1\t1.9\tCHAT\t\t",
    "042\tVisit",
])
def test_load_ontology_malformed_row_names_file_and_line(tmp_path, row):
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\n" + HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_ontology(path)
    assert isinstance(err.value, OntologyFileError)
    assert f"{path}:3" in str(err.value)


def test_load_ontology_missing_header_is_an_error(tmp_path):
    path = tmp_path / "noheader.tsv"
    path.write_text("01\tSay\t01\t1\t0.0\t\t\t\n", encoding="utf-8")
    with pytest.raises(OntologyFileError, match="header"):
        load_ontology(path)


def test_every_pattern_code_is_in_the_table(onto):
    from titfortat.coding.patterns import load_patterns

    patterns = load_patterns()
    known = {c.code for c in onto}
    # verbs.tsv names a few sub-codes of later CAMEO versions (1951 precision-guided, 1952 drones); the coder
    # codes them as their parent
    # ("-" marks a wording that names no event: "fight the epidemic")
    assert not {p.code for plist in patterns.by_verb.values() for p in plist if p.code[:3] not in known} - {"-"}
    assert not {p.code for plist in patterns.nouns.by_verb.values() for p in plist} - known
    # every root has patterns, and the noun table adds support-verb lines and nouns standing alone
    assert {c[:2] for c in patterns.codes()} == {f"{r:02d}" for r in range(1, 21)}
    assert any(p.head is not None for p in patterns.by_verb["launch"]) and "expulsion" in patterns.nouns


def test_noun_table_rejects_a_bad_code():
    from titfortat.coding.patterns import parse_nouns
    from titfortat.errors import DataFileError

    with pytest.raises(DataFileError, match="mine.tsv:2"):
        parse_nouns("set\tact\tlaunch\n999\toffensive\t\tact\tyes\n", "mine.tsv")


def test_pattern_verb_is_one_lemma():
    from titfortat.coding.patterns import parse_patterns
    from titfortat.errors import DataFileError

    with pytest.raises(DataFileError, match="mine.tsv:1: the verb is one lemma"):
        parse_patterns("152\tremain|stay on alert\n", "mine.tsv")
