"""Reciprocity statistics of a dyad, and a VAR / Granger test on its weekly Goldstein series.

    stats = reciprocity_stats(events, "USA", "RUS")        # response rate, lags, in-kind share ...
    test = granger(events, "USA", "RUS", maxlags=4)        # needs statsmodels (the `web` extra)

docs/analysis.md states what each figure means and what the Granger test assumes.
"""
from __future__ import annotations

import logging
import statistics
import warnings
from typing import Iterable

from ..errors import MissingExtra, TitfortatError
from ..model import Event
from .chains import MATCH_LEVELS, counts, find_links
from .dyad import country, dyad_events, weekly_goldstein

log = logging.getLogger(__name__)

IN_KIND = ("code", "root")  # a response "in kind": the same CAMEO code or root


class NotEnoughData(TitfortatError):
    """The events do not support the statistic asked for (too few weeks, a constant series)."""


def reciprocity_stats(events: Iterable[Event], a: str, b: str, window: int = 90, min_match: str = "root",
                      since: str | None = None, until: str | None = None) -> dict:
    """Per direction (the responder's view: how `b` answers `a`'s acts, and how `a` answers `b`'s):
    acts, responses, response rate, median and mean lag, in-kind share, escalation share; and the
    asymmetry between the two directions."""
    a, b = country(a), country(b)
    evs = dyad_events(events, a, b, since, until)
    links = find_links(evs, a, b, window=window, min_match=min_match)
    out = {"a": a, "b": b, "window": window, "min_match": min_match, "events": len(evs), "directions": {}}
    for src, tgt in ((a, b), (b, a)):
        acts = [e for e in evs if counts(e) and e.source.country == src]
        answered = [k for k in links if k.act.source.country == src]
        lags = [k.lag_days for k in answered]
        gold = [e.goldstein for e in evs if e.source.country == src]
        out["directions"][f"{src}->{tgt}"] = {
            "events": len(gold), "goldstein_sum": round(sum(gold), 2),
            "goldstein_mean": round(statistics.fmean(gold), 2) if gold else None,
            "acts": len(acts), "answered": len(answered),
            "response_rate": _share(len(answered), len(acts)),
            "median_lag_days": statistics.median(lags) if lags else None,
            "mean_lag_days": round(statistics.fmean(lags), 1) if lags else None,
            "in_kind_share": _share(sum(k.match in IN_KIND for k in answered), len(answered)),
            "explicit_share": _share(sum(k.explicit for k in answered), len(answered)),
            "escalation_share": _share(sum(k.escalation > 0 for k in answered), len(answered)),
            "deescalation_share": _share(sum(k.escalation < 0 for k in answered), len(answered)),
            "match": {level: sum(k.match == level for k in answered) for level in MATCH_LEVELS},
        }
    ab, ba = out["directions"][f"{a}->{b}"], out["directions"][f"{b}->{a}"]
    out["asymmetry"] = {
        # > 0: a acts on b more than b on a / a is more cooperative toward b than b toward a.
        "acts": _share(ab["acts"] - ba["acts"], ab["acts"] + ba["acts"]),
        "goldstein_mean": None if ab["goldstein_mean"] is None or ba["goldstein_mean"] is None
        else round(ab["goldstein_mean"] - ba["goldstein_mean"], 2),
        # > 0: b answers a's acts more readily than a answers b's.
        "response_rate": None if ab["response_rate"] is None or ba["response_rate"] is None
        else round(ab["response_rate"] - ba["response_rate"], 3),
    }
    return out


def _share(n: float, d: float) -> float | None:
    return round(n / d, 3) if d else None


GRANGER_ASSUMPTIONS = (
    "weekly sums of Goldstein values per direction, weeks without events counted as 0",
    "both series stationary (ADF p-values reported; differencing is not applied)",
    "a linear VAR with a constant; lag order chosen by AIC up to maxlags",
    "Granger causality is predictive precedence, not causation; coding errors and news coverage bias both series",
)


def granger(events: Iterable[Event], a: str, b: str, maxlags: int = 4, since: str | None = None,
            until: str | None = None, min_weeks: int = 20) -> dict:
    """A VAR on the weekly Goldstein sums of a->b and b->a, and F tests of Granger causality both ways:
    does a's past behaviour toward b help predict b's behaviour toward a, and the reverse."""
    try:
        import numpy as np
        import pandas as pd
        from statsmodels.tsa.api import VAR
        from statsmodels.tsa.stattools import adfuller
    except ImportError as exc:  # pragma: no cover - the extra is installed in tests
        raise MissingExtra("the Granger test", "web") from exc
    a, b = country(a), country(b)
    weeks, ab, ba = weekly_goldstein(events, a, b, since, until)
    name_ab, name_ba = f"{a}->{b}", f"{b}->{a}"
    if len(weeks) < max(min_weeks, 3 * maxlags + 2):
        raise NotEnoughData(f"{name_ab}/{name_ba}: {len(weeks)} weeks of events, the Granger test needs at least "
                            f"{max(min_weeks, 3 * maxlags + 2)}")
    data = pd.DataFrame({name_ab: ab, name_ba: ba}, index=pd.to_datetime(weeks))
    for name in data.columns:
        if float(np.ptp(data[name].to_numpy())) == 0.0:
            raise NotEnoughData(f"{name}: the weekly Goldstein series is constant, the Granger test cannot run")
    adf = {}
    for name in data.columns:
        try:
            with warnings.catch_warnings():  # a future change of return type; rank warnings on sparse weeks
                warnings.simplefilter("ignore")
                adf[name] = round(float(adfuller(data[name], autolag="AIC")[1]), 4)
        except (ValueError, np.linalg.LinAlgError) as exc:
            log.debug("ADF test failed on %s: %s", name, exc)
            adf[name] = None
    try:
        model = VAR(data.asfreq("W-MON"))
        order = model.select_order(maxlags=maxlags)
        lags = max(1, int(order.aic))
        result = model.fit(lags)
        tests = {}
        for caused, causing in ((name_ba, name_ab), (name_ab, name_ba)):
            t = result.test_causality(caused, [causing], kind="f")
            tests[f"{causing} => {caused}"] = {"f": round(float(t.test_statistic), 4), "p": round(float(t.pvalue), 4),
                                               "df": [int(x) for x in t.df]}
    except (ValueError, np.linalg.LinAlgError) as exc:
        raise NotEnoughData(f"{name_ab}/{name_ba}: the VAR could not be fitted ({exc})") from exc
    return {"a": a, "b": b, "weeks": len(weeks), "first_week": weeks[0], "last_week": weeks[-1], "lags": lags,
            "adf_p": adf, "tests": tests, "assumptions": list(GRANGER_ASSUMPTIONS)}


def format_stats(stats: dict, test: dict | None = None, test_error: str | None = None) -> list[str]:
    """The statistics (and the Granger test) as readable lines."""
    lines = [f"Reciprocity {stats['a']} <-> {stats['b']} ({stats['events']} events; window {stats['window']} days, "
             f"min match {stats['min_match']})", ""]
    rows = [("events", "events"), ("Goldstein sum", "goldstein_sum"), ("Goldstein mean", "goldstein_mean"),
            ("acts (cooperative/conflictual)", "acts"), ("answered by the other", "answered"),
            ("response rate", "response_rate"), ("median lag (days)", "median_lag_days"),
            ("in-kind share (code/root)", "in_kind_share"), ("explicit share", "explicit_share"),
            ("escalation share", "escalation_share"), ("de-escalation share", "deescalation_share")]
    dirs = list(stats["directions"])
    lines.append(f"  {'':<32}{dirs[0]:>12}{dirs[1]:>12}")
    for label, key in rows:
        vals = ["-" if stats["directions"][d][key] is None else str(stats["directions"][d][key]) for d in dirs]
        lines.append(f"  {label:<32}{vals[0]:>12}{vals[1]:>12}")
    asym = stats["asymmetry"]
    lines += ["", f"  asymmetry (first minus second): acts {asym['acts']}, Goldstein mean {asym['goldstein_mean']}, "
                  f"response rate {asym['response_rate']}"]
    if test is not None:
        lines += ["", f"Granger test on weekly Goldstein sums, {test['first_week']} to {test['last_week']} "
                      f"({test['weeks']} weeks, VAR lag {test['lags']} by AIC):"]
        for name, t in test["tests"].items():
            lines.append(f"  {name:<22} F = {t['f']:.3f}  p = {t['p']:.4f}")
        lines.append("  ADF p-values (stationarity): " + ", ".join(f"{k} {v}" for k, v in test["adf_p"].items()))
        lines.append("  Assumptions: " + "; ".join(test["assumptions"]) + ".")
    elif test_error:
        lines += ["", f"Granger test not run: {test_error}"]
    return lines
