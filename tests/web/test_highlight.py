from titfortat.model import Actor, Event, Evidence
from titfortat.web.highlight import role_spans, segments


def _event(doc_text: str, sentence: str, source: str, evidence: str, target: str) -> Event:
    def span(part, after=0):
        i = doc_text.index(part, after)
        return (i, i + len(part))

    s0 = doc_text.index(sentence)
    return Event(event_id="e", doc_id="d", sentence_index=1, sentence=sentence, date="2018-03-17",
                 source=Actor(text=source, span=span(source, s0), code="RUS", country="RUS"),
                 target=Actor(text=target, span=span(target, s0), code="GBRDIP", country="GBR"), cameo="166",
                 cameo_root="16", cameo_name="Expel", quad_class=4, goldstein=-7.0, plover="SANCTION",
                 plover_mode="expel", modality="asserted", confidence=0.8,
                 evidence=Evidence(text=evidence, span=span(evidence, s0)))


def test_segments_place_spans_by_document_offsets_and_nest_target_in_action():
    doc = "Russia was angry.\nRussia ordered 23 British diplomats to leave, Russia said."
    e = _event(doc, "Russia ordered 23 British diplomats to leave, Russia said.", "Russia",
               "ordered 23 British diplomats to leave", "23 British diplomats")
    pieces = segments(e)
    assert "".join(t for t, _ in pieces) == e.sentence
    assert pieces[0] == ("Russia", "source")
    assert ("23 British diplomats", "action target") in pieces
    assert pieces[-1] == (", Russia said.", "")  # the second "Russia" is not the source
    assert [r for r, _s, _e in role_spans(e)] == ["source", "action", "target"]


def test_segments_fall_back_to_the_text_when_offsets_do_not_fit():
    e = _event("Russia expelled 23 British diplomats.", "Russia expelled 23 British diplomats.", "Russia",
               "expelled 23 British diplomats", "23 British diplomats")
    e.source.span = None
    e.evidence.span = (900, 929)
    e.target.span = (950, 970)
    pieces = dict((r, t) for t, r in segments(e) if r)
    assert pieces["source"] == "Russia" and pieces["action target"] == "23 British diplomats"
