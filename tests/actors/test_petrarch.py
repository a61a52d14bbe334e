from titfortat.actors.petrarch import looks_like_petrarch, parse_actors

SAMPLE = """<!-- a comment -->
# another comment
RUSSIA_ [RUS]
+RUSSIAN_FEDERATION
ARNOR_  [ARN]
ARGENTIN  [ARG]
VLADIMIR_PUTIN_ [RUSELI 000507-080507]
\t[RUSGOV >120507]
UNITED_NATIONS_ [IGOUNO]
"""


def test_petrarch_file_is_recognised():
    assert looks_like_petrarch(SAMPLE)
    assert not looks_like_petrarch("phrase\tcode\nKremlin\tRUSGOV\n")


def test_petrarch_entries_and_synonyms():
    pairs = list(parse_actors(SAMPLE))
    by_phrase = {}
    for phrase, entry in pairs:
        by_phrase.setdefault(phrase, []).append(entry)
    assert by_phrase["russia"][0].country == "RUS"
    assert by_phrase["russian federation"][0].country == "RUS"
    assert by_phrase["arnor"][0].code == "ARN"
    assert "argentina" in by_phrase and "argentine" in by_phrase  # a stem without '_' takes endings
    assert by_phrase["united nations"][0].code == "IGOUNO" and by_phrase["united nations"][0].country is None


def test_petrarch_dated_codes():
    putin = [e for p, e in parse_actors(SAMPLE) if p == "vladimir putin"]
    assert {(e.code, e.start, e.end) for e in putin} == {("RUSELI", "2000-05-07", "2008-05-07"),
                                                          ("RUSGOV", "2012-05-07", None)}
