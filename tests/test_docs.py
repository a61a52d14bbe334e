"""The documentation says what the code does: every command has an example, every event field a row."""
import re
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from titfortat.cli import cli
from titfortat.model import Actor, Event

DOCS = Path(__file__).resolve().parent.parent / "docs" / "events.md"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_help_has_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def _table_fields(section: str) -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    part = text.split(section, 1)[1]
    rows = []
    for line in part.splitlines()[1:]:
        if line.startswith("## ") or line.startswith("### "):
            break
        m = re.match(r"\| `([a-z_]+)` \|", line)
        if m:
            rows.append(m.group(1))
    return rows


def test_events_md_documents_every_event_field():
    assert _table_fields("## Fields") == [f.name for f in fields(Event)]


def test_events_md_documents_every_actor_field():
    assert _table_fields("### Actor") == [f.name for f in fields(Actor)]
