"""The JSON API and the pages, through FastAPI's TestClient, on the sample corpus database."""
import pytest
from fastapi.testclient import TestClient

from titfortat.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(str(web_db))) as c:
        yield c


def test_api_events_filters_and_pages(client):
    r = client.get("/api/events", params={"source": "RUS", "target": "GBR", "code": "16", "per_page": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 2 and len(body["events"]) == 2
    assert all(e["source"]["country"] == "RUS" and e["target"]["country"] == "GBR" and e["cameo"].startswith("16")
               for e in body["events"])
    page2 = client.get("/api/events", params={"source": "RUS", "target": "GBR", "code": "16", "per_page": 2,
                                              "page": 2}).json()
    assert {e["event_id"] for e in page2["events"]}.isdisjoint({e["event_id"] for e in body["events"]})


def test_api_events_text_and_plover_filters_treat_input_as_data(client):
    hit = client.get("/api/events", params={"q": "tit-for-tat", "plover": "SANCTION"}).json()
    assert hit["total"] >= 1 and all("tit-for-tat" in e["sentence"].lower() for e in hit["events"])
    for hostile in ("zq%", "z_q", "' OR 1=1 --", "\"; DROP TABLE events; --"):
        assert client.get("/api/events", params={"q": hostile}).json()["total"] == 0
    assert client.get("/api/events").json()["total"] > 200  # the table is still there


def test_api_event_and_article(client):
    first = client.get("/api/events", params={"code": "166", "per_page": 1}).json()["events"][0]
    assert client.get(f"/api/events/{first['event_id']}").json() == first
    assert client.get("/api/events/no-such-event").status_code == 404
    art = client.get(f"/api/articles/{first['doc_id']}").json()
    assert art["document"]["doc_id"] == first["doc_id"] and first in art["events"]


def test_api_dyad_and_chains(client):
    d = client.get("/api/dyad/gbr/rus").json()
    assert d["a"] == "GBR" and d["series"] and d["stats"]["directions"]["GBR->RUS"]["acts"] >= 1
    links = [(k["act"]["date"], k["response"]["date"]) for c in d["chains"] for k in c["links"]]
    assert ("2018-03-14", "2018-03-17") in links
    chains = client.get("/api/chains", params={"a": "USA", "b": "RUS"}).json()["chains"]
    assert any(k["act"]["date"] == "2018-03-26" and k["response"]["date"] == "2018-03-29"
               for c in chains for k in c["links"])
    assert client.get("/api/dyad/US/RUS").status_code == 422
    assert client.get("/api/chains", params={"a": "USA", "min_match": "nope"}).status_code == 422


def test_openapi_schema_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/dyad/{a}/{b}", "/api/chains"} <= set(paths)


def test_pages_render_and_escape_article_text(client):
    r = client.get("/articles/script-in-text")
    assert r.status_code == 200
    assert "<script>window.__xss" not in r.text
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in r.text
    assert 'href="javascript:' not in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/events/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404


def test_plotly_js_is_served_from_the_installed_package(client):
    r = client.get("/static/vendor/plotly.min.js")
    assert r.status_code == 200 and len(r.content) > 1_000_000
    page = client.get("/dyad/USA/RUS").text
    assert '<script src="/static/vendor/plotly.min.js"' in page and "cdn" not in page.lower()
