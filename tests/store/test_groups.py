from titfortat.store.groups import assign_groups, count_groups, source_of


def row(eid, date, src="RUS", tgt="GBR", cameo="166"):
    return {"event_id": eid, "date": date, "source_country": src, "target_country": tgt, "cameo": cameo}


def test_same_dyad_code_and_nearby_dates_are_one_event():
    rows = [row("b", "2018-03-17"), row("a", "2018-03-18"), row("c", "2018-03-20"), row("d", "2018-03-17", cameo="161"),
            row("e", "2018-03-17", tgt="USA"), row("f", None)]
    g = assign_groups(rows)
    assert g["a"] == g["b"] == "b"  # within a day of the first mention
    assert g["c"] == "c"  # three days after: another event
    assert g["d"] == "d" and g["e"] == "e" and g["f"] == "f"


def test_grouping_does_not_depend_on_order():
    rows = [row(str(i), f"2018-03-{10 + i % 5:02d}") for i in range(20)]
    assert assign_groups(rows) == assign_groups(list(reversed(rows)))


def test_counts_like_gdelt_with_duplicates():
    docs = [{"doc_id": "d1", "url": "https://www.bbc.example/a", "duplicate_of": None},
            {"doc_id": "d2", "url": None, "duplicate_of": None},
            {"doc_id": "d3", "url": "https://bbc.example/copy", "duplicate_of": "d1"}]
    counts = count_groups([("e1", "g", "d1"), ("e2", "g", "d1"), ("e3", "g", "d2")], docs)
    # mentions: two in d1 (and again in its copy d3), one in d2; articles d1, d2, d3; sources bbc.example, d2
    assert counts["g"].num_mentions == 5 and counts["g"].num_articles == 3 and counts["g"].num_sources == 2


def test_source_of_is_the_host_or_the_document():
    assert source_of({"doc_id": "x", "url": "https://www.example.org/a"}) == "example.org"
    assert source_of({"doc_id": "x", "url": None}) == "doc:x"
