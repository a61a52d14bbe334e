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
    ("last April", "2021-04-01"),  # the last such month before this one: its first day
    ("last December", "2020-12-01"),
])
def test_expression_resolves_in_the_past(text, expected):
    assert resolve_expression(text, WED).isoformat() == expected


@pytest.mark.parametrize("text,expected", [
    ("January 31", "2022-01-31"),
    ("Friday", "2021-12-03"),
    ("next Wednesday", "2021-12-08"),
    ("on Wednesday", "2021-12-01"),  # the day itself: "will hold talks on Wednesday", written that day
])
def test_expression_resolves_in_the_future_for_deadlines_and_plans(text, expected):
    assert resolve_expression(text, WED, future=True).isoformat() == expected


@pytest.mark.parametrize("text", ["three years", "72 hours", "the 1990s era", "decades"])
def test_durations_are_not_dates(text):
    assert resolve_expression(text, WED) is None


@pytest.mark.parametrize("text,expected", [
    ("February", "2021-02-01"),
    ("in February", "2021-02-01"),
    ("December 2018", "2018-12-01"),
    ("in 2014", "2014-01-01"),
    ("last month", "2021-11-01"),
    ("earlier this month", "2021-12-01"),
    ("earlier this year", "2021-01-01"),
    ("earlier this week", "2021-12-06"),
])
def test_a_month_or_year_alone_is_its_first_day_not_the_articles_day(text, expected):
    # (an arrest "in February" told on December 9 is not of February 9)
    assert resolve_expression(text, dt.date(2021, 12, 9)).isoformat() == expected


def test_last_friday_is_past_even_for_a_plan():
    # ("said they will lay down their weapons ... last Friday": the saying was last Friday)
    assert resolve_expression("last Friday", WED, future=True).isoformat() == "2021-11-26"


def test_last_week_is_before_the_article():
    d = resolve_expression("last week", WED)
    assert d is not None and dt.timedelta(days=1) <= WED - d <= dt.timedelta(days=14)


# ---------------------------------------------------------------- publication dates and clause dates
from titfortat.nlp.dates import clause_dates, date_from_text, date_from_url, dated_after  # noqa: E402


@pytest.mark.parametrize("url,expected", [
    ("https://wire.example.org/world/2021/12/01/russia-orders", "2021-12-01"),
    ("https://x.example/news/2018-03-14-britain-expels", "2018-03-14"),
    ("https://x.example/20200722/houston.html", "2020-07-22"),
    ("https://x.example/2021/13/45/not-a-date", None),
    ("https://x.example/world/russia", None),
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("text,expected", [
    ("WASHINGTON, December 29, 2016 - The United States expelled 35 diplomats.", "2016-12-29"),
    ("By a staff reporter, 1 Dec. 2021\nRussia ordered...", "2021-12-01"),
    ("Posted 2020-07-22. China closed a consulate.", "2020-07-22"),
    ("Russia expelled diplomats on Monday.", None),  # a weekday alone is not a publication date
    ("Russia expelled diplomats on December 1.", None),  # nor a month-day without its year
])
def test_date_from_text(text, expected):
    assert date_from_text(text) == expected


def _clause(nlp, text, verb_text):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == verb_text)
    return verb, [c for c in verb.children if c.dep_ in ("dobj", "prep", "npadvmod", "advmod", "ccomp", "xcomp")]


@pytest.fixture(scope="module")
def nlp():
    from titfortat.nlp.parse import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text,verb,expected", [
    ("Russia expelled 23 British diplomats on Thursday.", "expelled", ("2021-11-25", "Thursday", None)),
    ("Russia expelled 23 British diplomats yesterday.", "expelled", ("2021-11-30", "yesterday", None)),
    ("Russia ordered U.S. diplomats to leave by January 31.", "ordered", ("2021-12-01", None, "2022-01-31")),
    ("Russia expelled 23 British diplomats.", "expelled", ("2021-12-01", None, None)),
    ("Russia has expelled diplomats for three years.", "expelled", ("2021-12-01", None, None)),
    # a time of day that names its day ("Saturday night" is one TIME entity for the recogniser)
    ("On Saturday night, a junta spokesman accused ECOWAS of preparing an invasion.", "accused",
     ("2021-11-27", "Saturday night", None)),
    ("Russia expelled two Estonian diplomats last night.", "expelled", ("2021-11-30", "last night", None)),
    ("Russia expelled two Estonian diplomats at 10 p.m.", "expelled", ("2021-12-01", None, None)),
    # not the date of what the act answers
    ("Russia expelled two German diplomats in retaliation for Berlin's expulsion of two Russians last week.",
     "expelled", ("2021-12-01", None, None)),
])
def test_clause_dates_event_date_and_deadline_apart(nlp, text, verb, expected):
    v, tokens = _clause(nlp, text, verb)
    assert clause_dates(v, tokens, "2021-12-01") == expected


def test_clause_dates_without_article_date_keeps_none(nlp):
    v, tokens = _clause(nlp, "Russia expelled diplomats on Thursday.", "expelled")
    assert clause_dates(v, tokens, None) == (None, None, None)


def test_a_past_verbs_own_date_is_past_whatever_the_act_intends(nlp):
    # "agreed on Monday to resume talks": agreed on the last Monday; the talks' own date is ahead
    v, tokens = _clause(nlp, "Russia agreed on Monday to resume talks.", "agreed")
    assert clause_dates(v, tokens, "2021-12-01", future=True)[:2] == ("2021-11-29", "Monday")
    v, tokens = _clause(nlp, "Russia agreed to resume talks on Monday.", "agreed")
    assert clause_dates(v, tokens, "2021-12-01", future=True)[:2] == ("2021-12-06", "Monday")


@pytest.mark.parametrize("text,verb,date,expected", [
    # some time after the act that governs it, which names its date
    ("President Vladimir Putin signed a decree on Saturday imposing economic sanctions on Turkey, four days after a "
     "Turkish fighter shot down a Russian bomber.", "shot", "2015-11-28", ("2015-11-24", "four days after")),
    # its governor's date found higher up, through the clause it hangs under
    ("President Donald Trump said on Friday he had called off strikes on Iran, a day after Iranian forces shot down "
     "a U.S. drone.", "shot", "2019-06-22", ("2019-06-20", "a day after")),
    # "after" alone: at the latest the governing act's day
    ("Britain summoned China's ambassador on Wednesday after he accused the British government of interfering in "
     "Hong Kong.", "accused", "2019-07-04", ("2019-07-03", "after")),
    # (the governing act's date hung on its object: "severed relations with Iran on Sunday")
    ("Saudi Arabia severed relations with Iran on Sunday after protesters stormed its embassy in Tehran.", "stormed",
     "2016-01-04", ("2016-01-03", "after")),
    # (the governing report's date hung on what it says; "a day" not tagged as a date)
    ("North Korea said on Wednesday it was examining plans to strike the US Pacific territory of Guam with missiles, "
     "a day after President Donald Trump warned Pyongyang it would face 'fire and fury'.", "warned", "2017-08-10",
     ("2017-08-08", "a day after")),
    # a period since a date is no date of the act
    ("Boko Haram suicide bombers have killed at least 81 people in Nigeria since April.", "killed", "2015-06-30",
     ("2015-06-30", None)),
    # how many days, unsaid: no date but the publication's
    ("Two Canadians were detained by Chinese authorities in December 2018, days after Canada arrested a Huawei "
     "executive.", "arrested", "2021-09-25", ("2021-09-25", None)),
])
def test_an_act_told_as_some_time_after_another_is_dated_from_it(nlp, text, verb, date, expected):
    v, tokens = _clause(nlp, text, verb)
    assert (dated_after(v, date) or clause_dates(v, tokens, date)[:2]) == expected


def test_a_timeline_entry_dates_its_acts_by_the_day_it_opens_with(code):
    text = ("Beijing protested for weeks.\n\nSept. 12 - State Councillor Dai Bingguo summons Japan's ambassador to "
            "protest against the detention.\n\nSept. 25 - China's Foreign Ministry demands that Japan apologise. "
            "Tokyo rejects the demand within hours as groundless.")
    evs = code(text, date="2010-09-26")
    assert [(e.cameo, e.date) for e in evs if e.sentence_index > 0] == [
        ("114", "2010-09-12"), ("100", "2010-09-25"), ("120", "2010-09-25")]
    # and the day is no part of who acts
    assert [e.source.text for e in evs if e.cameo == "114" and e.sentence_index > 0] == ["State Councillor Dai Bingguo"]


def test_a_past_act_told_right_after_one_dated_this_week_is_its_sequel(code):
    text = ("SUVA - Fiji's military seized power on Tuesday. Canberra suspended defence cooperation with Fiji.\n\n"
            "Australia condemned the coup.")
    evs = code(text, date="2006-12-09")
    dates = {e.evidence.text.split()[0]: e.date for e in evs}
    assert dates["suspended"] == "2006-12-05"
    # (not across a paragraph: its own news is of the publication day)
    assert dates["condemned"] == "2006-12-09"

