"""Shared fixtures: one Coder per test session (spaCy loads once), the real CLI, temporary databases."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def coder():
    from titfortat.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def code(coder):
    """code(text, date=...) -> events of one article."""
    from titfortat.model import Article

    def _code(text: str, date: str = "2021-12-01", doc_id: str = "t"):
        return coder.code_article(Article(id=doc_id, text=text, date=date))

    return _code


def titfortat_command() -> list[str]:
    exe = Path(sys.executable).parent / "titfortat"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "titfortat.cli"]


@pytest.fixture(scope="session")
def run_cli():
    """Run the installed `titfortat` entry point; returns CompletedProcess with text output."""

    def _run(*args, input: str | bytes | None = None, cwd=None, env=None, timeout=600):
        full_env = dict(os.environ)
        full_env.pop("TITFORTAT_DB", None)
        full_env.pop("TITFORTAT_CONFIG", None)
        full_env.update(env or {})
        return subprocess.run([*titfortat_command(), *map(str, args)], input=input, capture_output=True,
                              text=not isinstance(input, bytes), cwd=cwd, env=full_env, timeout=timeout)

    return _run


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


SAMPLE_CORPUS = ROOT / "src" / "titfortat" / "data" / "corpus" / "sample.jsonl"

# An article whose title and text carry a script: the web UI must show it as text and never run it.
SCRIPT_ARTICLE = {"id": "script-in-text", "date": "2018-03-18", "url": "javascript:window.__xss = 2",
                  "title": "Russia <script>window.__xss = 1</script> expels diplomats",
                  "text": "Russia expelled 23 British diplomats <script>window.__xss = 1</script> on Sunday."}


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, coder) -> Path:
    """A SQLite file with the sample corpus ingested, built once per session (do not write to it)."""
    from titfortat.ingest.runner import ingest
    from titfortat.store.db import Database

    path = tmp_path_factory.mktemp("sample-db") / "sample.db"
    db = Database(str(path))
    report = ingest([str(SAMPLE_CORPUS)], db, coder=coder)
    assert report.failed == 0 and report.events > 0
    db.close()
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, sample_db, coder) -> Path:
    """The sample database plus SCRIPT_ARTICLE, for the web tests (do not write to it)."""
    import shutil

    from titfortat.ingest.runner import ingest
    from titfortat.store.db import Database

    folder = tmp_path_factory.mktemp("web-db")
    path = folder / "web.db"
    shutil.copyfile(sample_db, path)
    extra = folder / "script.jsonl"
    extra.write_text(json.dumps(SCRIPT_ARTICLE) + "\n", encoding="utf-8")
    db = Database(str(path))
    ingest([str(extra)], db, coder=coder)
    db.close()
    return path


# ---------------------------------------------------------------- ingest and store (issue 5)
def postgres_url() -> str | None:
    """The test PostgreSQL server's URL: $TITFORTAT_TEST_PG, else .services/postgres.url
    (written by scripts/services/postgres.sh, which `make test` runs)."""
    url = os.environ.get("TITFORTAT_TEST_PG")
    if url:
        return url.strip()
    path = ROOT / ".services" / "postgres.url"
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


@pytest.fixture
def pg_url():
    """A clean PostgreSQL database (its tables dropped). In CI a missing server fails the test; locally it skips."""
    url = postgres_url()
    if not url:
        message = "no PostgreSQL test server: run scripts/services/postgres.sh (or set TITFORTAT_TEST_PG)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from sqlalchemy import create_engine, text

    from titfortat.store.db import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        for table in ("events", "documents", "schema_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()
    return url


@pytest.fixture
def local_server():
    """A local HTTP server on 127.0.0.1 (tests/fixtures/server.py)."""
    from .fixtures.server import LocalServer

    with LocalServer(slow_seconds=3.0) as srv:
        yield srv
