import datetime as dt

import pytest

from titfortat.nlp.dates import resolve_expression

WED = dt.date(2021, 12, 1)  # a Wednesday


@pytest.mark.parametrize("text,expected", [
    ("Wednesday", "2021-12-01"),
    ("on Tuesday", "2021-11-30"),
    ("Thursday", "2021-11-25"),
    ("last Wednesday", "2021-11-24"),
    ("yesterday", "2021-11-30"),
    ("today", "2021-12-01"),
    ("December 1", "2021-12-01"),
    ("November 29", "2021-11-29"),
    ("December 2", "2021-12-02"),  # one day of slack for time zones
    ("December 25", "2020-12-25"),  # a month-day later than the article is last year's
    ("14 March 2018", "2018-03-14"),
    ("March 14, 2018", "2018-03-14"),
])
def test_expression_resolves_in_the_past(text, expected):
    assert resolve_expression(text, WED).isoformat() == expected


@pytest.mark.parametrize("text,expected", [
    ("January 31", "2022-01-31"),
    ("Friday", "2021-12-03"),
    ("next Wednesday", "2021-12-08"),
])
def test_expression_resolves_in_the_future_for_deadlines_and_plans(text, expected):
    assert resolve_expression(text, WED, future=True).isoformat() == expected


@pytest.mark.parametrize("text", ["three years", "72 hours", "the 1990s era", "decades"])
def test_durations_are_not_dates(text):
    assert resolve_expression(text, WED) is None


def test_last_week_is_before_the_article():
    d = resolve_expression("last week", WED)
    assert d is not None and dt.timedelta(days=1) <= WED - d <= dt.timedelta(days=14)
