from titfortat.analysis.summary import format_summary, summarise

from .test_model import make_event


def test_summary_counts_dyads_categories_and_untargeted():
    evs = [make_event(), make_event(target=None), make_event(sentence_index=3)]
    s = summarise(evs)
    assert s["events"] == 3 and s["documents"] == 1
    assert s["dyads"] == [(("RUS", "USA"), 2)]
    assert s["untargeted"] == 1
    assert dict(s["plover"]) == {"SANCTION": 3}
    text = format_summary(s)
    assert "RUS -> USA" in text and "1 events name no target" in text
    assert '"ordered U.S. diplomats to leave"' in text
