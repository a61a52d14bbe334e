import pytest

from titfortat.analysis.chains import counts, find_chains, find_links, format_chains, match_level, response_marker
from titfortat.analysis.dyad import load_dyad
from titfortat.store.db import Database

from .helpers import ev


def test_match_level_orders_code_root_plover_quad_side():
    act = ev("GBR", "RUS", "2018-03-14", "166")
    assert match_level(act, ev("RUS", "GBR", "2018-03-17", "166")) == "code"
    assert match_level(act, ev("RUS", "GBR", "2018-03-17", "161")) == "root"
    assert match_level(act, ev("RUS", "GBR", "2018-03-17", "172")) == "quad"
    assert match_level(act, ev("RUS", "GBR", "2018-03-17", "111")) == "side"
    assert match_level(act, ev("RUS", "GBR", "2018-03-17", "057")) is None


def test_counts_drops_neutral_negated_domestic_and_untargeted_events():
    assert counts(ev("GBR", "RUS", "2018-03-14"))
    assert not counts(ev("GBR", "RUS", "2018-03-14", "010"))
    assert not counts(ev("GBR", "RUS", "2018-03-14", modality="negated"))
    assert not counts(ev("RUS", "RUS", "2018-03-14"))
    assert not counts(ev("GBR", None, "2018-03-14"))


def test_response_marker_finds_the_words_of_the_text():
    assert response_marker(ev("RUS", "GBR", "2018-03-17", sentence="Russia, in a tit-for-tat move, expelled "
                                                                     "23 British diplomats.")) == "tit-for-tat"
    assert response_marker(ev("RUS", "USA", "2018-03-29", sentence="Russia expelled 60, retaliating for the US "
                                                                     "move.")) == "retaliating"
    assert response_marker(ev("RUS", "USA", "2018-03-29", sentence="Russia expelled 60 diplomats.")) is None


def test_find_links_links_act_to_response_with_lag_match_and_escalation():
    act = ev("GBR", "RUS", "2018-03-14", "166")
    resp = ev("RUS", "GBR", "2018-03-17", "166", sentence="Russia expelled 23 diplomats in retaliation for the move.")
    later = ev("GBR", "RUS", "2018-03-30", "111")  # only on the same side: not linked at min_match root
    links = find_links([later, resp, act], "GBR", "RUS")
    assert len(links) == 1
    link = links[0]
    assert (link.act, link.response, link.lag_days, link.match) == (act, resp, 3, "code")
    assert link.explicit and link.marker == "in retaliation for" and link.confidence == 1.0
    assert link.escalation == 0 and link.direction == "matches"


def test_find_links_respects_window_and_min_match():
    act = ev("USA", "RUS", "2018-01-01", "166")
    late = ev("RUS", "USA", "2018-05-01", "166")  # 120 days
    assert find_links([act, late], window=90) == []
    assert len(find_links([act, late], window=150)) == 1
    other_root = ev("RUS", "USA", "2018-01-05", "172")  # same quad class, another root
    assert find_links([act, other_root], min_match="root") == []
    assert find_links([act, other_root], min_match="quad")[0].match == "quad"
    with pytest.raises(ValueError):
        find_links([act], min_match="colour")


def test_find_links_prefers_an_explicit_response_and_uses_each_event_once():
    act = ev("USA", "RUS", "2018-03-26", "166")
    by_kind = ev("RUS", "USA", "2018-03-27", "166")
    said = ev("RUS", "USA", "2018-03-29", "161", sentence="Russia closed the consulate in response to the US order.")
    links = find_links([act, by_kind, said])
    assert [(k.response, k.explicit) for k in links] == [(said, True)]
    unmarked = find_links([act, by_kind])
    assert unmarked[0].confidence < 0.9 and not unmarked[0].explicit


def test_find_links_ignores_the_same_sentence_and_same_day_unmarked_pairs():
    joint_a = ev("IRN", "SAU", "2023-03-10", "057", doc="d", index=0, sentence="Iran and Saudi Arabia agreed.")
    joint_b = ev("SAU", "IRN", "2023-03-10", "057", doc="d", index=0, sentence="Iran and Saudi Arabia agreed.")
    assert find_links([joint_a, joint_b]) == []
    same_day = ev("SAU", "IRN", "2023-03-10", "057", doc="e")
    assert find_links([joint_a, same_day]) == []


def test_find_chains_joins_links_into_alternating_chains():
    a1 = ev("USA", "RUS", "2021-04-15", "166")
    b1 = ev("RUS", "USA", "2021-04-16", "166", sentence="Russia expelled 10 in retaliation for the US move.")
    a2 = ev("USA", "RUS", "2021-05-01", "166", n=1)
    other = ev("CHN", "USA", "2021-04-20", "166")
    chains = find_chains([a2, b1, a1, other], "RUS", "USA")
    assert len(chains) == 1
    chain = chains[0]
    assert (chain.a, chain.b, chain.start, chain.end) == ("USA", "RUS", "2021-04-15", "2021-05-01")
    assert chain.events == [a1, b1, a2]
    d = chain.as_dict()
    assert d["length"] == 2 and d["links"][0]["response"]["sentence"] == b1.sentence
    text = "\n".join(format_chains(chains))
    assert "Chain 1: USA <-> RUS" in text and "in retaliation for" in text


@pytest.mark.slow
def test_find_chains_on_the_sample_corpus_links_the_2018_expulsions(sample_db):
    db = Database(str(sample_db))
    found = {}
    for a, b in (("GBR", "RUS"), ("USA", "RUS")):
        for chain in find_chains(load_dyad(db, a, b), a, b):
            for link in chain.links:
                found[(link.act.source.country, link.act.date, link.response.source.country, link.response.date,
                       link.act.cameo_root, link.response.cameo_root)] = link
    uk = found.get(("GBR", "2018-03-14", "RUS", "2018-03-17", "16", "16"))
    assert uk is not None, "the UK expulsion of 2018-03-14 is not linked to Russia's of 2018-03-17"
    assert uk.explicit and uk.lag_days == 3
    us = found.get(("USA", "2018-03-26", "RUS", "2018-03-29", "16", "16"))
    assert us is not None, "the US expulsion of 2018-03-26 is not linked to Russia's of 2018-03-29"
    assert us.explicit and us.lag_days == 3
