"""Resolve the date of an event from the words of its clause, relative to the article's date.

The rule (docs/events.md repeats it):

- A date expression attached to the event's verb or its objects ("on Thursday", "on December 1",
  "yesterday", "last week", "on 14 March 2018") gives the event date. Weekday names and month-day
  dates without a year are taken in the past, relative to the publication date: "Thursday" in an
  article of Friday is the day before; "December 1" in an article of March is the December before.
  An intended or announced event ("will visit on Monday") takes the future instead.
- A date known only to its month or year ("in February", "in December 2018", "in 2014", "last month") is
  the first day of that month or year, never the publication's day of the month.
- A deadline ("by January 31", "until Friday", "within 72 hours") is not the event date: it is kept
  apart, in the event's `deadline` field.
- The date of what an act answers ("in retaliation for Berlin's expulsion of two staff last week") is not the
  act's.
- A time of day that names its day ("on Saturday night", "last night") is that day.
- An act told as some time after the act that governs it ("four days after a Turkish fighter shot down a Russian
  bomber") is that act's date less the time; "after" alone, that act's date.
- Durations and ages ("for three years", "27 years old") are ignored.
- Without a usable expression, the event date is the article's date.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .tree import path_to

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_PARTS = ["morning", "afternoon", "evening", "night"]  # "Saturday night": a time that names its day
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DEADLINE_PREPS = {"by", "until", "till", "before", "within"}
DURATION_PREPS = {"for", "over", "during", "throughout", "since"}
ANSWER_NOUNS = {"retaliation", "response", "reprisal", "reaction", "answer", "revenge", "riposte"}
DESCRIBING_DEPS = {"relcl"}  # a relative clause: what it tells of a thing or person is not when the act was done
_DATEWORD = re.compile(r"\b(" + "|".join(WEEKDAYS + list(MONTHS)) + r"|yesterday|today|tonight|tomorrow|"
                       r"last|next|earlier|ago)\b", re.I)

_DAY_OF_TIME = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight|last night)\b", re.I)


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def resolve_expression(text: str, base: dt.date, future: bool = False) -> dt.date | None:
    """A date for a short expression, relative to `base`; None when it is not a calendar date."""
    low = text.lower().strip()
    if not _DATEWORD.search(low) and not re.search(r"\b(1[89]|20)\d\d\b", low):
        return None
    if re.search(r"\b(years?|months?|weeks?|days?|hours?)\b", low) and not re.search(r"\b(last|next|ago|earlier|"
                                                                                   r"this|previous)\b", low):
        return None  # a duration: "three years", "72 hours"
    if low in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base
    m = re.fullmatch(r"(?:earlier )?this (week|month|year)", low)
    if m:  # a date known only to this week, month or year: its first day
        return {"week": base - dt.timedelta(days=base.weekday()), "month": base.replace(day=1),
                "year": base.replace(month=1, day=1)}[m.group(1)]
    if low in ("yesterday", "last night"):
        return base - dt.timedelta(days=1)
    if low == "tomorrow":
        return base + dt.timedelta(days=1)
    for i, day in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(last |this |next |on )?{day}( ({'|'.join(DAY_PARTS)}))?", low):
            delta = (base.weekday() - i) % 7
            ahead = (i - base.weekday()) % 7
            if low.startswith("next "):
                return base + dt.timedelta(days=ahead or 7)
            if future and not low.startswith("last "):  # (the day itself too: "talks on Wednesday", written that day)
                return base + dt.timedelta(days=ahead)
            if low.startswith("last ") and delta == 0:
                delta = 7
            return base - dt.timedelta(days=delta)
    m = re.fullmatch(r"(last|next) ([a-z]+)\.?", low)
    month = (MONTHS.get(m.group(2)[:4]) or MONTHS.get(m.group(2)[:3])) if m else None
    if month:  # "last April": the first day of the last such month before this one ("next April" after it)
        if m.group(1) == "last":
            return dt.date(base.year if month < base.month else base.year - 1, month, 1)
        return dt.date(base.year if month > base.month else base.year + 1, month, 1)
    m = re.fullmatch(r"(?:on )?(?:(\d{1,2}) ([a-z]+)|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?)(?:,? (\d{4}))?", low)
    if m:
        day = int(m.group(1) or m.group(4))
        month = MONTHS.get((m.group(2) or m.group(3) or "")[:4].rstrip(".")) or MONTHS.get(
            (m.group(2) or m.group(3) or "")[:3])
        if month:
            year = int(m.group(5)) if m.group(5) else base.year
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return None
            if not m.group(5):
                if not future and date > base + dt.timedelta(days=1):
                    date = date.replace(year=year - 1)
                elif future and date < base:
                    date = date.replace(year=year + 1)
            return date
    return _dateparser(low, base, future)


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date, future: bool) -> dt.date | None:
    import dateparser

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
                "PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "STRICT_PARSING": False, "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):  # dateparser raises these on odd input
        return None
    if parsed is None:
        return None
    date = parsed.date()
    if abs((date - base).days) > 3660:
        return None
    return date


def clause_dates(verb, tokens, article_date: str | None, future: bool = False):
    """(event date, the words it came from, deadline) for a clause whose frame tokens are `tokens`."""
    base = parse_iso(article_date)
    if base is None:
        return article_date, None, None
    ents = []
    seen = set()
    for tok in [verb, *tokens, *[c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "tmod")]]:
        for t in tok.subtree if tok.i != verb.i else [c for c in verb.children if c.dep_ in ("npadvmod", "tmod")]:
            # (not the date of a clause describing a thing or person in it: "freed a candidate who was jailed in
            # 2014"; looked for above the date only, dates being few)
            # (nor the date of what the act answers: "expelling two diplomats in retaliation for Berlin's expulsion
            # of two Russian staff last week")
            if t.ent_type_ in ("DATE", "TIME") and t.i not in seen and not any(
                    d.dep_ in DESCRIBING_DEPS for d in path_to(t, tok)) and not any(
                    d.lemma_.lower() in ANSWER_NOUNS for d in path_to(t, verb)):
                ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
                # (a time of day is a date when it names the day: "on Saturday night", "last night")
                if ent is not None and ent.start not in seen and (ent.label_ == "DATE" or _DAY_OF_TIME.search(ent.text)):
                    seen.update(range(ent.start, ent.end))
                    ents.append((ent, _own_part(ent, t, tok)))
    date = words = deadline = None
    for ent, own in sorted(ents, key=lambda e: e[0].start):
        head = ent.root.head
        prep = head.lower_ if head.dep_ == "prep" or head.pos_ == "ADP" else None
        text = ent.text
        if prep in DURATION_PREPS:
            continue
        if ent.root.like_num and ent.root.dep_ in ("nummod", "compound", "amod", "nmod") and head.pos_ == "NOUN":
            continue  # a year that names a thing, not when the act was done: "interference in the 2020 election"
        if prep in DEADLINE_PREPS:
            d = resolve_expression(text, base, future=True)
            if d is not None and deadline is None:
                deadline = d.isoformat()
            continue
        # (a past verb's own date is past, whatever it intends: "agreed on Wednesday to resume talks")
        # (nor the date the parser hung on a reported clause before its subject, which is when it was said: "said on
        # Monday it would downgrade its relations")
        said_then = verb.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and ent.end <= c.left_edge.i
                                                  for c in verb.children)
        future_here = future and not _on_past_verb(ent.root, verb) and not said_then
        d = resolve_expression(text, base, future=future_here)
        if d is None and own.text != text:
            text = own.text
            d = resolve_expression(text, base, future=future_here)
        if d is not None and date is None:
            date, words = d, text
    return (date.isoformat() if date else base.isoformat()), words, deadline


NUMBER_WORDS = {w: i for i, w in enumerate(["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                           "ten"], 0)}
NUMBER_WORDS["a"] = NUMBER_WORDS["an"] = 1
_SPAN = re.compile(r"(?:(\d+|[a-z]+) )?(day|week|hour|minute)s?", re.I)
GOVERNING_DEPS = ("advcl", "ccomp", "xcomp", "conj")  # a clause under another, whose date is its governor's


def dated_after(verb, article_date: str | None):
    """(date, words) of a clause told as coming some time after the act that governs it, which names its date
    ("signed a decree on Saturday ..., four days after a Turkish fighter shot down a Russian bomber": Saturday
    less four days; "summoned the ambassador on Wednesday after he accused London": Wednesday, at the latest);
    None when the clause says no such thing. With no date above it, the governing act is of the publication day
    ("said ..., a day after Iranian forces shot down a drone")."""
    if parse_iso(article_date) is None:
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after" and verb.head.head.lemma_.lower() in ("day", "week"):
        # "said ..., a day after accusing Britain of ...": the gerund of a phrase hung on its span
        span = verb.head.head
        governed_by = next((a for a in span.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governed_by is None:
            return None
    elif verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return None
    else:
        # (the span need not be read as a date: "a day after", with "day" left untagged)
        span = next((c for c in verb.children if c.dep_ == "npadvmod" and (
            c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in ("day", "week"))), None)
        governed_by = verb.head
    days = None
    if span is not None:
        words = " ".join(t.lower_ for t in span.subtree if t.i <= span.i)  # (not the phrase hung on it)
        m = _SPAN.fullmatch(words.removeprefix("some ").removeprefix("just "))
        if m is None:
            return None
        count = m.group(1) or ("a" if not words.endswith("s") else None)  # ("days after": how many, unsaid)
        count = int(count) if count and count.isdigit() else NUMBER_WORDS.get(count)
        if count is None:
            return None
        days = {"day": count, "week": 7 * count}.get(m.group(2).lower(), 0)
    governor, anchor = governed_by, None
    for _ in range(3):  # up through the clauses it hangs under, to the first that names its date
        found, said, _ = clause_dates(governor, [c for c in governor.children if c.dep_ in ("dobj", "attr", "oprd")],
                                      article_date)  # (its objects too: "severed relations with Iran on Sunday")
        for told in (c for c in governor.children if c.dep_ == "ccomp" and c.i < verb.i and said is None):
            # ("said on Wednesday it was examining plans ..., a day after": the date the parser gave what was said)
            found, said, _ = clause_dates(told, [], article_date)
        if said is not None:
            anchor = parse_iso(found)
            break
        if governor.dep_ not in GOVERNING_DEPS or governor.head.i == governor.i:
            break
        governor = governor.head
    if anchor is None and days is None:
        return None  # "after" alone, under an act of no known date: no better than the publication's
    anchor = anchor or parse_iso(article_date)
    words = " ".join(t.text for t in span.subtree if t.i <= span.i) + " after" if span is not None else "after"
    return (anchor - dt.timedelta(days=days or 0)).isoformat(), words


def timeline_date(sent, article_date: str | None):
    """(date, words) of the day a timeline's entry opens with ("Sept. 12 - State Councillor Dai Bingguo summons
    ..."), the date of the acts the entry tells, in its first sentence or a later one of its paragraph; None for a
    sentence of no such entry."""
    base = parse_iso(article_date)
    if base is None:
        return None
    words = timeline_words(sent)
    # (or the entry's first sentence's, in the same paragraph: "Sept. 25 - China demands ... Tokyo rejects ...";
    # stepping back a sentence at a time, not listing the whole document's for every event)
    doc, here = sent.doc, sent
    while not words and here.start > 0:
        before = doc[here.start - 1].sent
        if "\n" in doc.text[before.end_char:here.start_char]:
            break
        words, here = timeline_words(before), before
    if not words:
        return None
    text = " ".join(t.text for t in words)
    d = resolve_expression(text, base)
    return (d.isoformat(), text) if d is not None else None


def timeline_words(sent) -> list:
    """The words of the day a timeline's entry opens with, before its dash ("Sept. 7 -", "June 26 --"); empty for a
    sentence that opens otherwise."""
    toks = [t for t in sent if not t.is_space][:5]
    if len(toks) < 3 or toks[0].lower_.rstrip(".") not in MONTHS:
        return []
    k = 1 + (toks[1].text == ".")
    if k + 1 >= len(toks) or not toks[k].like_num or toks[k + 1].text not in ("-", "\u2013", "\u2014", "--"):
        return []
    return toks[:k + 1]


# ---------------------------------------------------------------------- publication dates
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=/|[-_.]|$)")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
_LONG_DATE = re.compile(rf"\b(?:(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+((?:19|20)\d\d)|({_MONTH_NAMES})\.?\s+(\d{{1,2}})"
                        rf"(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))\b", re.I)
DATELINE_CHARS = 600  # how far into a text a dateline is looked for


def _own_part(ent, tok, top):
    """The words of a date entity that hang with `tok` under `top`, read when the whole is no date: the recogniser
    runs a date into the next clause's time ("in December 2018, days after Canada arrested ...": "December 2018,
    days", a duration)."""
    under = {t.i for t in top.subtree}
    start, end = tok.i, tok.i + 1
    while start > ent.start and start - 1 in under:
        start -= 1
    while end < ent.end and end in under:
        end += 1
    while end - 1 > start and tok.doc[end - 1].is_punct:
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else tok.doc[start:end]


def _on_past_verb(tok, verb) -> bool:
    """Whether a word hangs on `verb` itself, in the past tense, not on a verb below it."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    path = list(path_to(tok.head, verb))
    top = path[-1].head if path else tok.head
    return top.i == verb.i and not any(cur.pos_ in ("VERB", "AUX") for cur in path)


def _valid(year, month, day) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_from_url(url: str | None) -> str | None:
    """A publication date written in a URL's path (/2021/12/01/, /2021-12-01-, /20211201/), or None."""
    if not url:
        return None
    m = _URL_DATE.search(url.split("?", 1)[0])
    return _valid(*m.groups()) if m else None


def date_from_text(text: str | None) -> str | None:
    """A full date (with its year) in a text's first lines, as a dateline or byline gives it, or None.

    Only complete dates count ("December 1, 2021", "1 Dec 2021", "2021-12-01"): a weekday or a month
    and day alone says nothing without a reference date."""
    if not text:
        return None
    head = text[:DATELINE_CHARS]
    found = []
    m = _ISO_DATE.search(head)
    if m:
        found.append((m.start(), _valid(*m.groups())))
    m = _LONG_DATE.search(head)
    if m:
        if m.group(1):
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            month, day, year = m.group(4), m.group(5), m.group(6)
        number = MONTHS.get(month.lower()[:4].rstrip(".")) or MONTHS.get(month.lower()[:3])
        if number:
            found.append((m.start(), _valid(year, number, day)))
    found = [f for f in found if f[1]]
    return min(found)[1] if found else None
