"""The web application: `create_app(db_url)` gives a FastAPI app that reads an event database.

Pages: `/` event search with filters and pages; `/dyad/{A}/{B}` a dyad's timeline chart, chains and
statistics; `/events/{id}` one event with its source, action and target highlighted in the sentence;
`/articles/{doc_id}` a document and all its events. The JSON API (`/api/...`) gives the same data and
FastAPI describes it at `/openapi.json`.

Read only: nothing writes to the database. Every value from the page reaches SQL as a bound
parameter (web/queries.py), and Jinja2 escapes every value it renders, article text included; a
Content-Security-Policy lets only the app's own script files run.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..analysis.chains import MATCH_LEVELS, find_chains, find_links
from ..analysis.dyad import PERIODS, dyad_series, load_dyad
from ..analysis.plots import plotly_figure, plotly_js_path
from ..analysis.reciprocity import NotEnoughData, granger, reciprocity_stats
from ..store.db import Database
from . import queries
from .highlight import segments
from .queries import Filters

HERE = Path(__file__).resolve().parent
COUNTRY = re.compile(r"^[A-Za-z]{3}$")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def _country(code: str) -> str:
    if not COUNTRY.match(code or ""):
        raise HTTPException(status_code=422, detail=f"'{code}' is not an ISO alpha-3 country code (USA, RUS ...)")
    return code.upper()


def _pair(a: str, b: str) -> tuple[str, str]:
    a, b = _country(a), _country(b)
    if a == b:
        raise HTTPException(status_code=422, detail="a dyad needs two different countries")
    return a, b


def _match(min_match: str) -> str:
    if min_match not in MATCH_LEVELS:
        raise HTTPException(status_code=422, detail=f"min_match must be one of {', '.join(MATCH_LEVELS)}")
    return min_match


def _http_url(url: str | None) -> str | None:
    """A document URL fit for a link: http(s) only, never javascript: or data:."""
    return url if url and re.match(r"^https?://", url, re.IGNORECASE) else None


def create_app(db_url: str | None = None, database: Database | None = None) -> FastAPI:
    """The app over one database (a path or URL as `Database` takes, or an open Database)."""
    db = database or Database(db_url)
    # No /docs or /redoc: FastAPI's pages load their scripts from a CDN. The schema is at /openapi.json.
    app = FastAPI(title="titfortat", version=__version__, docs_url=None, redoc_url=None,
                  description="Political events coded from the news, and the tit-for-tat chains between states. "
                              "Read only.")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)
    app.state.db = db

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js():
        return FileResponse(plotly_js_path(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status_code: int = 200, **context):
        return templates.TemplateResponse(request, name, {"version": __version__, **context}, status_code=status_code)

    def filters(actor, source, target, country, code, plover, since, until, q) -> Filters:
        return Filters(actor=actor, source=source, target=target, country=country, code=code, plover=plover,
                       since=since, until=until, q=q)

    # ------------------------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, actor: str = "", source: str = "", target: str = "", country: str = "",
                    code: str = "", plover: str = "", since: str = "", until: str = "", q: str = "",
                    page_no: int = Query(1, alias="page", ge=1), per_page: int = Query(25, ge=1, le=200)):
        f = filters(actor, source, target, country, code, plover, since, until, q)
        total, evs = queries.search_events(db, f, page_no, per_page)
        pages = max(1, -(-total // per_page))

        def link(n):
            return "/?" + urlencode({**f.params(), "page": n, "per_page": per_page})

        return page(request, "search.html", f=f, events=evs, total=total, page_no=page_no, pages=pages,
                    prev_url=link(page_no - 1) if page_no > 1 else None,
                    next_url=link(page_no + 1) if page_no < pages else None,
                    plover_options=queries.plover_categories(db), dyads=queries.top_dyads(db))

    @app.get("/dyad", include_in_schema=False)
    def dyad_form(a: str = "", b: str = ""):
        a, b = _pair(a, b)
        return RedirectResponse(f"/dyad/{a}/{b}", status_code=303)

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str, by: str = "month", since: str = "", until: str = "",
                  window: int = Query(90, ge=0, le=3650), min_match: str = "root"):
        a, b = _pair(a, b)
        data = dyad_data(a, b, by, since, until, window, _match(min_match))
        figure = json.loads(plotly_figure(data["events"], data["chains"], a, b).to_json())
        return page(request, "dyad.html", a=a, b=b, by=by, since=since, until=until, window=window,
                    min_match=min_match, match_levels=MATCH_LEVELS, series=data["series"], stats=data["stats"],
                    chains=data["chains"], granger=data["granger"], granger_error=data["granger_error"],
                    figure=figure, n_events=len(data["events"]))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        event = queries.get_event(db, event_id)
        if event is None:
            return page(request, "missing.html", status_code=404, what=f"event {event_id}")
        links = []
        if event.target is not None and event.target.country and event.source.country \
                and event.target.country != event.source.country:
            pair = load_dyad(db, event.source.country, event.target.country)
            links = [k for k in find_links(pair, event.source.country, event.target.country)
                     if event.event_id in (k.act.event_id, k.response.event_id)]
        return page(request, "event.html", e=event, pieces=segments(event), links=links,
                    doc=queries.get_document(db, event.doc_id))

    @app.get("/articles/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, doc_id: str):
        doc = queries.get_document(db, doc_id)
        if doc is None:
            return page(request, "missing.html", status_code=404, what=f"article {doc_id}")
        evs = sorted(db.events(doc_id=doc_id), key=lambda e: (e.sentence_index, e.evidence.span))
        return page(request, "article.html", doc=doc, url=_http_url(doc.get("url")),
                    items=[(e, segments(e)) for e in evs])

    # -------------------------------------------------------------------------------------- API
    def dyad_data(a, b, by, since, until, window, min_match) -> dict:
        if by not in PERIODS:
            raise HTTPException(status_code=422, detail=f"by must be one of {', '.join(PERIODS)}")
        evs = load_dyad(db, a, b, since or None, until or None)
        test, error = None, None
        try:
            test = granger(evs, a, b, since=since or None, until=until or None)
        except NotEnoughData as exc:
            error = str(exc)
        return {"events": evs, "series": dyad_series(evs, a, b, by=by),
                "stats": reciprocity_stats(evs, a, b, window=window, min_match=min_match),
                "chains": find_chains(evs, a, b, window=window, min_match=min_match),
                "granger": test, "granger_error": error}

    @app.get("/api/events", tags=["events"], summary="Search events")
    def api_events(actor: str = "", source: str = "", target: str = "", country: str = "", code: str = "",
                   plover: str = "", since: str = "", until: str = "", q: str = "",
                   page_no: int = Query(1, alias="page", ge=1), per_page: int = Query(50, ge=1, le=500)):
        """Events matching every filter given, oldest first, one page at a time."""
        total, evs = queries.search_events(db, filters(actor, source, target, country, code, plover, since,
                                                       until, q), page_no, per_page)
        return {"total": total, "page": page_no, "per_page": per_page, "events": [e.as_dict() for e in evs]}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event")
    def api_event(event_id: str):
        event = queries.get_event(db, event_id)
        if event is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return event.as_dict()

    @app.get("/api/articles/{doc_id:path}", tags=["events"], summary="A document and its events")
    def api_article(doc_id: str):
        doc = queries.get_document(db, doc_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no article {doc_id}")
        return {"document": doc, "events": [e.as_dict() for e in db.events(doc_id=doc_id)]}

    @app.get("/api/dyad/{a}/{b}", tags=["analysis"], summary="A dyad's series, statistics and chains")
    def api_dyad(a: str, b: str, by: str = "month", since: str = "", until: str = "",
                 window: int = Query(90, ge=0, le=3650), min_match: str = "root"):
        """Counts per period and direction, reciprocity statistics, the Granger test and the chains."""
        a, b = _pair(a, b)
        data = dyad_data(a, b, by, since, until, window, _match(min_match))
        return {"a": a, "b": b, "events": len(data["events"]), "series": data["series"], "stats": data["stats"],
                "granger": data["granger"], "granger_error": data["granger_error"],
                "chains": [c.as_dict() for c in data["chains"]]}

    @app.get("/api/chains", tags=["analysis"], summary="Tit-for-tat chains")
    def api_chains(a: str = "", b: str = "", since: str = "", until: str = "",
                   window: int = Query(90, ge=0, le=3650), min_match: str = "root"):
        """Chains of every dyad, of one country's dyads (a), or of one dyad (a and b)."""
        if b and not a:
            raise HTTPException(status_code=422, detail="give a before b")
        a = _country(a) if a else ""
        b = _country(b) if b else ""
        if a:
            evs = [*db.events(source=a, since=since or None, until=until or None),
                   *db.events(target=a, since=since or None, until=until or None)]
        else:
            evs = list(db.events(since=since or None, until=until or None))
        chains = find_chains(evs, a or None, b or None, window=window, min_match=_match(min_match))
        return {"chains": [c.as_dict() for c in chains]}

    return app
