from titfortat.analysis.dyad import dyad_events, dyad_series, flat_row, format_series, period_of, weekly_goldstein

from .helpers import ev


def test_period_of_day_week_month():
    assert period_of("2018-03-17", "day") == "2018-03-17"
    assert period_of("2018-03-17", "week") == "2018-03-12"  # a Saturday: the Monday before
    assert period_of("2018-03-12", "week") == "2018-03-12"
    assert period_of("2018-03-17", "month") == "2018-03"


def test_dyad_events_keeps_both_directions_and_drops_others():
    evs = [ev("USA", "RUS", "2018-03-26"), ev("RUS", "USA", "2018-03-29"), ev("RUS", "GBR", "2018-03-17"),
           ev("RUS", "RUS", "2018-03-20"), ev("USA", None, "2018-03-01", "010")]
    got = dyad_events(evs, "usa", "rus")
    assert [(e.source.country, e.target.country) for e in got] == [("USA", "RUS"), ("RUS", "USA")]


def test_dyad_series_counts_by_quad_class_plover_and_goldstein():
    evs = [ev("USA", "RUS", "2018-03-26", "166"), ev("USA", "RUS", "2018-03-27", "042", n=1),
           ev("RUS", "USA", "2018-03-29", "166"), ev("RUS", "USA", "2018-04-02", "111")]
    rows = dyad_series(evs, "USA", "RUS", by="month")
    assert [(r["period"], r["source"], r["events"]) for r in rows] == [("2018-03", "USA", 2), ("2018-03", "RUS", 1),
                                                                      ("2018-04", "RUS", 1)]
    first = rows[0]
    assert first["material_conflict"] == 1 and first["verbal_coop"] == 1
    assert first["goldstein_sum"] == -5.1 and first["goldstein_mean"] == -2.55
    assert first["balance"] == 0.0
    assert first["plover"] == {"CONSULT": 1, "SANCTION": 1}
    assert rows[2]["balance"] == -1.0 and rows[2]["plover"] == {"ACCUSE": 1}
    assert flat_row(first)["plover_SANCTION"] == 1 and flat_row(first)["plover_AID"] == 0
    table = list(format_series(rows))
    assert table[0].startswith("period") and "USA->RUS" in table[1]


def test_weekly_goldstein_fills_empty_weeks_with_zero():
    evs = [ev("USA", "RUS", "2018-03-26", "166"), ev("RUS", "USA", "2018-04-11", "161")]
    weeks, ab, ba = weekly_goldstein(evs, "USA", "RUS")
    assert weeks == ["2018-03-26", "2018-04-02", "2018-04-09"]
    assert ab == [-7.0, 0.0, 0.0] and ba == [0.0, 0.0, -4.0]
