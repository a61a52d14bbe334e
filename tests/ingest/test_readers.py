import io
import json

import pytest

from titfortat.errors import InputError
from titfortat.ingest.readers import normalise_date, read_inputs, read_jsonl
from titfortat.model import Article

from ..conftest import FIXTURES


def items_of(data: bytes):
    return list(read_jsonl(io.BytesIO(data), "in.jsonl"))


def test_jsonl_reads_documents_with_optional_fields():
    data = (json.dumps({"id": "a", "text": "Russia expelled diplomats.", "date": "2018-03-17", "url": "http://x"}) +
            "\n\n" + json.dumps({"id": 7, "text": "Text two."}) + "\n").encode()
    a, b = items_of(data)
    assert a == Article(id="a", text="Russia expelled diplomats.", date="2018-03-17", url="http://x",
                        source="in.jsonl:1")
    assert b.id == "7" and b.date is None


@pytest.mark.parametrize("line,doc,reason", [
    (b"{not json", "in.jsonl:1", "not JSON"),
    (b'{"id": "x"}', "x", "missing 'text'"),
    (b'{"id": "x", "text": "   "}', "x", "empty document"),
    (b'{"id": "x", "text": 5}', "x", "'text' must be a string"),
    (b'["a list"]', "in.jsonl:1", "expected a JSON object"),
    (b'{"id": "x", "text": "ok", "date": "last Tuesday"}', "x", "bad date"),
    (b'{"id": "x", "text": "caf\xe9"}', "in.jsonl:1", "undecodable bytes"),
])
def test_jsonl_bad_lines_are_named_errors(line, doc, reason):
    (item,) = items_of(line + b"\n")
    assert isinstance(item, InputError)
    assert item.doc == doc
    assert reason in item.reason


def test_jsonl_goes_on_after_a_bad_line():
    data = b'{"id": "a", "text": "One."}\nnot json\n{"id": "c", "text": "Three."}\n'
    kinds = [type(i).__name__ for i in items_of(data)]
    assert kinds == ["Article", "InputError", "Article"]


def test_normalise_date_accepts_compact_and_datetime():
    assert normalise_date("20180317", "d") == "2018-03-17"
    assert normalise_date("2018-03-17T10:00:00Z", "d") == "2018-03-17"
    assert normalise_date(None, "d") is None


def test_text_file_is_one_document_named_by_file(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("Britain expelled 23 Russian diplomats.", encoding="utf-8")
    (item,) = read_inputs([str(p)], date="2018-03-14")
    assert item.id == "report.txt" and item.date == "2018-03-14"


def test_empty_and_binary_files_are_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 4)
    items = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(i, InputError) for i in items)
    assert {i.doc for i in items} == {"empty.txt", "junk.txt"}


def test_missing_path_is_an_error():
    (item,) = read_inputs(["/no/such/file.jsonl"])
    assert isinstance(item, InputError) and "no such file" in item.reason


def test_html_page_gives_main_text_title_and_date():
    (item,) = read_inputs([str(FIXTURES / "article.html")])
    assert isinstance(item, Article)
    assert item.title.startswith("Russia orders U.S. diplomats")
    assert item.date == "2021-12-01"
    assert "ordered" in item.text and "Subscribe to our newsletter" not in item.text


def test_folder_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    assert [i.id for i in read_inputs([str(tmp_path)])] == ["two.txt", "one.txt"]
