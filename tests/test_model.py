from titfortat.model import Actor, Article, Event, Evidence, Sentence


def make_event(**kw):
    src = Actor("Russia", (0, 6), "RUS", "RUS", None, "Russia")
    tgt = Actor("U.S. diplomats", (15, 29), "USADIP", "USA", "DIP", "United States")
    ev = Evidence("ordered U.S. diplomats to leave", (7, 38))
    base = dict(event_id=Event.make_id("d1", 0, "166", src, tgt, ev), doc_id="d1", sentence_index=0,
                sentence="Russia ordered U.S. diplomats to leave.", date="2021-12-01", source=src, target=tgt,
                cameo="166", cameo_root="16", cameo_name="Expel or withdraw", quad_class=4, goldstein=-7.0,
                plover="SANCTION", plover_mode="expel", modality="asserted", confidence=0.8, evidence=ev)
    base.update(kw)
    return Event(**base)


def test_event_roundtrip_through_dict():
    e = make_event()
    d = e.as_dict()
    assert d["source"]["span"] == [0, 6]
    assert d["target"]["code"] == "USADIP"
    assert Event.from_dict(d) == e


def test_event_roundtrip_with_location():
    from titfortat.model import Location

    e = make_event(location=Location("Antalya", (40, 47), "Antalya", "TUR", 36.9, 30.7))
    assert Event.from_dict(e.as_dict()) == e


def test_event_roundtrip_without_target():
    e = make_event(target=None)
    assert Event.from_dict(e.as_dict()).target is None


def test_event_id_is_stable_and_distinguishes_events():
    a, b = make_event(), make_event()
    assert a.event_id == b.event_id
    other = Event.make_id("d1", 1, "166", a.source, a.target, a.evidence)
    assert other != a.event_id


def test_article_roundtrip_keeps_sentences():
    art = Article(id="a", text="One. Two.", date="2020-01-01", sentences=[Sentence(0, "One.", 0, 4)])
    assert Article.from_dict(art.as_dict()) == art
    assert len(art.content_hash) == 64


def test_actor_from_dict_ignores_unknown_keys():
    a = Actor.from_dict({"text": "Moscow", "span": [3, 9], "code": "RUSGOV", "extra": 1})
    assert a.span == (3, 9) and a.code == "RUSGOV"
