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
        full_env.update(env or {})
        return subprocess.run([*titfortat_command(), *map(str, args)], input=input, capture_output=True,
                              text=not isinstance(input, bytes), cwd=cwd, env=full_env, timeout=timeout)

    return _run


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
