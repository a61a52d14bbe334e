import datetime as dt
import random

import pytest

from titfortat.analysis.reciprocity import NotEnoughData, format_stats, granger, reciprocity_stats

from .helpers import ev


def _exchange(seed: int = 7):
    """In a random third of the weeks the USA acts and Russia mostly answers in kind a week later; now and
    then Russia also pays a visit, unprompted."""
    rng = random.Random(seed)
    evs = []
    start = dt.date(2019, 1, 7)
    for i in range(120):
        if rng.random() < 0.35:
            d = start + dt.timedelta(weeks=i)
            code = rng.choice(["166", "111", "163"])
            evs.append(ev("USA", "RUS", d.isoformat(), code, n=i))
            if rng.random() < 0.85:
                evs.append(ev("RUS", "USA", (d + dt.timedelta(days=7)).isoformat(), code, n=i,
                              sentence="Moscow answered in kind."))
        if rng.random() < 0.2:
            evs.append(ev("RUS", "USA", (start + dt.timedelta(weeks=i, days=2)).isoformat(), "042", n=i))
    return evs


def test_reciprocity_stats_response_rate_lag_and_in_kind_share():
    stats = reciprocity_stats(_exchange(), "USA", "RUS")
    usa = stats["directions"]["USA->RUS"]
    assert usa["acts"] > 30 and 0.75 < usa["response_rate"] < 0.95
    assert usa["median_lag_days"] == 7
    assert usa["in_kind_share"] == 1.0 and usa["escalation_share"] == 0.0
    assert usa["explicit_share"] > 0.9  # "in kind"; a later same-code act may answer an unanswered one
    rus = stats["directions"]["RUS->USA"]
    assert rus["answered"] < rus["acts"]  # a later US act "answers" only when it matches in kind
    assert stats["asymmetry"]["response_rate"] > 0
    lines = format_stats(stats)
    assert any("response rate" in line for line in lines)


def test_granger_finds_that_the_leading_series_predicts_the_other():
    test = granger(_exchange(), "USA", "RUS", maxlags=3)
    assert test["weeks"] > 80 and set(test["adf_p"]) == {"USA->RUS", "RUS->USA"}
    leads = test["tests"]["USA->RUS => RUS->USA"]["p"]
    follows = test["tests"]["RUS->USA => USA->RUS"]["p"]
    assert leads < 0.01 < follows
    assert any("stationary" in a for a in test["assumptions"])


def test_granger_refuses_too_few_weeks():
    with pytest.raises(NotEnoughData):
        granger([ev("USA", "RUS", "2018-03-26"), ev("RUS", "USA", "2018-03-29")], "USA", "RUS")
