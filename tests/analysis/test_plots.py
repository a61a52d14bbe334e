import pytest

from titfortat.analysis.chains import find_chains
from titfortat.analysis.plots import PlotError, plotly_figure, write_plot

from .helpers import ev


def _dyad():
    return [ev("USA", "RUS", "2018-03-26", "166"),
            ev("RUS", "USA", "2018-03-29", "166", sentence="Russia expelled 60 <b>US</b> diplomats in response to it."),
            ev("USA", "RUS", "2018-06-01", "042")]


def test_write_plot_png_is_a_png_image(tmp_path):
    evs = _dyad()
    path = write_plot(evs, find_chains(evs, "USA", "RUS"), "USA", "RUS", tmp_path / "d.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_write_plot_html_uses_the_local_plotly_file_not_a_cdn(tmp_path):
    evs = _dyad()
    path = write_plot(evs, find_chains(evs, "USA", "RUS"), "USA", "RUS", tmp_path / "d.html")
    page = path.read_text(encoding="utf-8")
    assert '<script src="plotly.min.js"' in page or "src=\"plotly.min.js\"" in page
    assert "cdn" not in page.lower()
    assert (tmp_path / "plotly.min.js").stat().st_size > 1_000_000


def test_plotly_figure_draws_both_directions_links_and_escapes_hover_text():
    evs = _dyad()
    fig = plotly_figure(evs, find_chains(evs, "USA", "RUS"), "USA", "RUS")
    names = [t.name for t in fig.data if t.name]
    assert names == ["USA \u2192 RUS", "RUS \u2192 USA", "chain link: act \u2192 response"]
    assert len(fig.layout.annotations) == 1  # one arrow, act -> response
    hover = " ".join(fig.data[3].hovertext)
    assert "&lt;b&gt;US&lt;/b&gt;" in hover and "<b>US" not in hover
    assert "Goldstein" in fig.layout.yaxis.title.text and fig.layout.xaxis.type == "date"


def test_write_plot_refuses_unknown_suffix_and_empty_dyad(tmp_path):
    with pytest.raises(PlotError):
        write_plot(_dyad(), [], "USA", "RUS", tmp_path / "d.pdf")
    with pytest.raises(PlotError):
        write_plot([], [], "USA", "RUS", tmp_path / "d.png")
