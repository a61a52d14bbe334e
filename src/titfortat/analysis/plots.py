"""Dyad timelines: both directions, cooperation above zero and conflict below, chain links drawn from
each act to its response. A PNG (matplotlib, Agg backend) and an interactive HTML page (plotly, its
JavaScript written next to the page from the installed package, never taken from a CDN).

    evs = load_dyad(db, "USA", "RUS")
    write_plot(evs, find_chains(evs, "USA", "RUS"), "USA", "RUS", "usa-rus.png")   # or .html
"""
from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path
from typing import Sequence

from ..errors import MissingExtra, TitfortatError
from ..model import Event
from .chains import Chain
from .dyad import country

log = logging.getLogger(__name__)

COLOURS = ("#1f5fa8", "#c8401e")  # a -> b, b -> a
LINK_COLOUR = "#333333"
COOP_SHADE, CONFLICT_SHADE = "#e5f3e5", "#f8e4e1"
MARKERS = ("o", "s")


class PlotError(TitfortatError):
    """A plot cannot be made: nothing to draw, or an unknown file type."""


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def pick_chains(chains: Sequence[Chain], n: int = 3) -> list[Chain]:
    """The chains best worth a close-up: those with explicit links, then the longest and surest; by date."""
    ranked = sorted(chains, key=lambda c: (-sum(k.explicit for k in c.links), -len(c.links),
                                           -max(k.confidence for k in c.links), c.start))
    return sorted(ranked[:n], key=lambda c: (c.start, c.a))


# --------------------------------------------------------------------------------------------- PNG
def plot_png(events: Sequence[Event], chains: Sequence[Chain], a: str, b: str, path: str | Path,
             close_ups: int = 3, dpi: int = 110) -> Path:
    """Write the dyad timeline as a PNG: the whole span on top, close-ups of the main chains below."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
    except ImportError as exc:  # pragma: no cover - the extra is installed in tests
        raise MissingExtra("the PNG plot", "web") from exc
    a, b = country(a), country(b)
    evs = [e for e in events if e.date]
    if not evs:
        raise PlotError(f"no dated events between {a} and {b} to plot")
    shown = pick_chains(chains, close_ups)
    fig = plt.figure(figsize=(13, 8.2 if shown else 5.2), dpi=dpi)
    grid = fig.add_gridspec(2 if shown else 1, max(len(shown), 1), height_ratios=[1.25, 1] if shown else [1],
                            hspace=0.38, wspace=0.12)
    top = fig.add_subplot(grid[0, :])
    _draw_timeline(top, evs, chains, a, b, mdates)
    first, last = min(_date(e.date) for e in evs), max(_date(e.date) for e in evs)
    top.set_title(f"{a} and {b}: events in each direction, {first.isoformat()} to {last.isoformat()} "
                  f"({len(evs)} events, {len(chains)} tit-for-tat chains)", fontsize=12, loc="left")
    for n, chain in enumerate(shown):
        idx = chains.index(chain) + 1 if chain in chains else n + 1
        top.annotate(str(idx), xy=(_date(chain.start), 9.2), ha="center", va="center", fontsize=8, color="white",
                     bbox=dict(boxstyle="circle,pad=0.25", fc=LINK_COLOUR, ec="none"))
        ax = fig.add_subplot(grid[1, n])
        span_days = max((_date(chain.end) - _date(chain.start)).days, 1)
        pad = dt.timedelta(days=max(2, round(span_days * 0.35)))
        lo, hi = _date(chain.start) - pad, _date(chain.end) + pad
        near = [e for e in evs if lo <= _date(e.date) <= hi]
        ax.set_xlim(lo, hi)
        _draw_timeline(ax, near, [chain], a, b, mdates, annotate=chain, xlim=(lo, hi), ylabel=n == 0)
        ax.set_xlim(lo, hi)
        lags = ", ".join(f"{k.lag_days} d" for k in chain.links)
        ax.set_title(f"Chain {idx}: from {chain.start}, lag {lags}", fontsize=9.5, loc="left")
    handles = [Line2D([], [], color=COLOURS[0], marker=MARKERS[0], ls="-", label=f"{a} \u2192 {b}"),
               Line2D([], [], color=COLOURS[1], marker=MARKERS[1], ls="-", label=f"{b} \u2192 {a}"),
               Line2D([], [], color=LINK_COLOUR, ls="--", lw=1.2, label="chain link: act \u2192 response")]
    top.legend(handles=handles, loc="lower right", fontsize=9, framealpha=0.95)
    path = Path(path)
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    log.info("wrote %s", path)
    return path


def _draw_timeline(ax, evs, chains, a, b, mdates, annotate: Chain | None = None, xlim=None,
                   ylabel: bool = True) -> None:
    from matplotlib.patches import FancyArrowPatch

    ax.axhspan(0, 10.8, color=COOP_SHADE, zorder=0)
    ax.axhspan(-10.8, 0, color=CONFLICT_SHADE, zorder=0)
    ax.axhline(0, color="#777777", lw=0.8, zorder=1)
    for i, (src, tgt) in enumerate(((a, b), (b, a))):
        mine = [e for e in evs if e.source.country == src and e.target and e.target.country == tgt]
        if not mine:
            continue
        xs = [_date(e.date) for e in mine]
        ys = [e.goldstein for e in mine]
        ax.vlines(xs, 0, ys, color=COLOURS[i], lw=1.1, alpha=0.75, zorder=2)
        ax.scatter(xs, ys, color=COLOURS[i], marker=MARKERS[i], s=26, zorder=3, edgecolor="white", linewidth=0.5)
    for chain in chains:
        for link in chain.links:
            p, q = (_date(link.act.date), link.act.goldstein), (_date(link.response.date), link.response.goldstein)
            ax.add_patch(FancyArrowPatch((mdates.date2num(p[0]), p[1]), (mdates.date2num(q[0]), q[1]),
                                         connectionstyle="arc3,rad=-0.35", arrowstyle="-|>", mutation_scale=11,
                                         color=LINK_COLOUR, lw=1.2, ls="--", zorder=4))
    if annotate is not None:
        lo, hi = ax.get_xlim() if xlim is None else (mdates.date2num(xlim[0]), mdates.date2num(xlim[1]))
        for n, e in enumerate(annotate.events):
            x = mdates.date2num(_date(e.date))
            right_half = x > (lo + hi) / 2
            name = e.cameo_name if len(e.cameo_name) <= 18 else e.cameo_name[:17] + "\u2026"
            ax.annotate(f"{e.source.country}\u2192{e.target.country} {e.cameo}\n{name}", xy=(_date(e.date), e.goldstein),
                        xytext=(-6 if right_half else 6, -26 - 20 * (n % 2) if e.goldstein > -6 else 16 + 20 * (n % 2)),
                        textcoords="offset points", fontsize=7.5, zorder=5, ha="right" if right_half else "left",
                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="#bbbbbb", lw=0.5, alpha=0.9))
    ax.set_ylim(-10.8, 10.8)
    if ylabel:
        ax.set_ylabel("Goldstein score\n(conflict < 0 < cooperation)", fontsize=9)
    ax.set_xlabel("date", fontsize=9)
    ax.text(0.005, 0.97, "cooperation", transform=ax.transAxes, va="top", fontsize=8, color="#2d6a2d")
    ax.text(0.005, 0.03, "conflict", transform=ax.transAxes, va="bottom", fontsize=8, color="#8a2b1b")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(labelsize=8)
    ax.grid(axis="x", color="#dddddd", lw=0.6)


# -------------------------------------------------------------------------------------------- HTML
def plotly_figure(events: Sequence[Event], chains: Sequence[Chain], a: str, b: str):
    """The dyad timeline as a plotly Figure (hover shows each event's code and evidence)."""
    try:
        import plotly.graph_objects as go
    except ImportError as exc:  # pragma: no cover - the extra is installed in tests
        raise MissingExtra("the HTML plot", "web") from exc
    a, b = country(a), country(b)
    evs = [e for e in events if e.date]
    fig = go.Figure()
    for i, (src, tgt) in enumerate(((a, b), (b, a))):
        mine = [e for e in evs if e.source.country == src and e.target and e.target.country == tgt]
        stems_x, stems_y = [], []
        for e in mine:
            stems_x += [e.date, e.date, None]
            stems_y += [0, e.goldstein, None]
        fig.add_trace(go.Scatter(x=stems_x, y=stems_y, mode="lines", line=dict(color=COLOURS[i], width=1),
                                 hoverinfo="skip", showlegend=False, legendgroup=f"{src}{tgt}"))
        fig.add_trace(go.Scatter(
            x=[e.date for e in mine], y=[e.goldstein for e in mine], mode="markers", name=f"{src} \u2192 {tgt}",
            legendgroup=f"{src}{tgt}", marker=dict(color=COLOURS[i], size=9, symbol="circle" if i == 0 else "square"),
            hovertext=[_hover(e) for e in mine], hoverinfo="text", customdata=[e.event_id for e in mine]))
    link_x, link_y = [], []
    for chain in chains:
        for link in chain.links:
            link_x += [link.act.date, link.response.date, None]
            link_y += [link.act.goldstein, link.response.goldstein, None]
            fig.add_annotation(x=link.response.date, y=link.response.goldstein, ax=link.act.date,
                               ay=link.act.goldstein, xref="x", yref="y", axref="x", ayref="y", showarrow=True,
                               arrowhead=3, arrowsize=1.2, arrowwidth=1.3, arrowcolor=LINK_COLOUR, text="")
    fig.add_trace(go.Scatter(x=link_x, y=link_y, mode="lines", name="chain link: act \u2192 response",
                             line=dict(color=LINK_COLOUR, width=1.3, dash="dash"), hoverinfo="skip"))
    fig.add_hrect(y0=0, y1=10.8, fillcolor=COOP_SHADE, line_width=0, layer="below")
    fig.add_hrect(y0=-10.8, y1=0, fillcolor=CONFLICT_SHADE, line_width=0, layer="below")
    fig.add_hline(y=0, line_color="#777777", line_width=1)
    span = f", {min(e.date for e in evs)} to {max(e.date for e in evs)}" if evs else ""
    fig.update_layout(
        title=f"{a} and {b}: events in each direction{span} ({len(evs)} events, {len(chains)} chains)",
        xaxis=dict(title="date", type="date", rangeslider=dict(visible=True)),
        yaxis=dict(title="Goldstein score (conflict < 0 < cooperation)", range=[-10.8, 10.8]),
        legend=dict(orientation="h", y=1.02, x=1, xanchor="right", yanchor="bottom"),
        template="plotly_white", margin=dict(l=70, r=30, t=90, b=40), height=560)
    return fig


def _hover(e: Event) -> str:
    sentence = " ".join(e.sentence.split())
    if len(sentence) > 160:
        sentence = sentence[:159] + "\u2026"
    parts = [f"{e.date}  {e.source.code} \u2192 {e.target.code if e.target else '-'}",
             f"CAMEO {e.cameo} {e.cameo_name} ({e.plover or '-'}, Goldstein {e.goldstein:+.1f})",
             f"\u201c{e.evidence.text}\u201d", sentence]
    return "<br>".join(html.escape(p, quote=False) for p in parts)


def plot_html(events: Sequence[Event], chains: Sequence[Chain], a: str, b: str, path: str | Path) -> Path:
    """Write the interactive timeline as an HTML page; plotly.min.js is written beside it."""
    path = Path(path)
    fig = plotly_figure(events, chains, a, b)
    fig.write_html(str(path), include_plotlyjs="directory", full_html=True)
    log.info("wrote %s (and plotly.min.js beside it)", path)
    return path


def write_plot(events: Sequence[Event], chains: Sequence[Chain], a: str, b: str, path: str | Path) -> Path:
    """A PNG or an HTML page by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        return plot_png(events, chains, a, b, path)
    if suffix in (".html", ".htm"):
        return plot_html(events, chains, a, b, path)
    raise PlotError(f"cannot write a plot to '{path}': use a .png or .html file name")


def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the installed plotly package."""
    try:
        import plotly
    except ImportError as exc:  # pragma: no cover
        raise MissingExtra("the HTML plot", "web") from exc
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.exists():  # pragma: no cover - every plotly release ships it there
        raise PlotError(f"plotly.min.js is missing from the plotly package ({path.parent})")
    return path
