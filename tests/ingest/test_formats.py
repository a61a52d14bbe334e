"""Every input format, and every broken input: read_inputs yields Articles and named InputErrors."""
import gzip
import json
import random

import pytest

from titfortat.errors import InputError
from titfortat.ingest.feeds import check_xml, read_feed
from titfortat.ingest.readers import ReadOptions, detect_format, read_inputs, sniff_format

from ..conftest import FIXTURES
from ..fixtures.corpus import WARC_PAGES, write_warc


def read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], options=ReadOptions(**kw)))


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_feed_rss_items_become_documents_with_dates_and_authors():
    items = read(FIXTURES / "feed.rss")
    assert [i.id for i in items] == ["https://wire.example.org/world/2018/03/14/britain-expels-diplomats",
                                     "https://wire.example.org/world/2018/03/17/russia-answers"]
    first = items[0]
    assert first.date == "2018-03-14" and first.author == "A staff reporter"
    assert first.text.splitlines()[0].startswith("LONDON — Britain expelled 23 Russian diplomats")
    assert first.title == "Britain expels Russian diplomats"


def test_feed_atom_entry_is_read():
    (item,) = read(FIXTURES / "atom.xml")
    assert item.id == "urn:example:monitor:2020-07-24-chengdu" and item.date == "2020-07-24"
    assert item.url == "https://monitor.example.net/2020/07/24/chengdu"
    assert "consulate in Chengdu" in item.text and "<p>" not in item.text


def test_feed_that_is_not_xml_is_one_named_error():
    (item,) = read(FIXTURES / "not_a_feed.rss")
    assert isinstance(item, InputError) and item.doc.endswith("not_a_feed.rss")
    assert "not a feed" in item.reason


def test_xml_bomb_is_refused_without_expanding():
    (item,) = read(FIXTURES / "bomb.xml")
    assert isinstance(item, InputError) and "XML bomb" in item.reason
    with pytest.raises(InputError, match="entities"):
        check_xml((FIXTURES / "bomb.xml").read_bytes(), "bomb.xml")


def test_xml_external_entity_is_refused():
    data = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>&x;</channel></rss>'
    (item,) = read_feed(data, "xxe.rss")
    assert isinstance(item, InputError) and "refused" in item.reason


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_become_documents(tmp_path, gz):
    path = write_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), gz=gz)
    items = read(path)
    assert [i.id for i in items] == [url for url, _, _ in WARC_PAGES]  # the request and the image are passed over
    assert [i.date for i in items] == [date for _, date, _ in WARC_PAGES]
    assert "consulate in Houston" in items[0].text and "Donate" not in items[0].text


def test_truncated_warc_gz_keeps_the_records_before_and_names_the_file(tmp_path):
    data = write_warc(tmp_path / "w.warc.gz", gz=True).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.75)])
    items = read(cut)
    assert items[0].id == WARC_PAGES[0][0]
    (err,) = errors(items)
    assert err.doc.startswith(str(cut)) and "truncated or corrupt WARC" in err.reason


def test_truncated_gzip_jsonl_is_an_error_after_its_good_lines(tmp_path):
    lines = b"".join(json.dumps({"id": f"g{i}", "text": f"Text number {i} of a long file."}).encode() + b"\n"
                     for i in range(400))
    full = gzip.compress(lines)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(full[: len(full) // 2])
    items = read(path)
    assert items and all(not isinstance(i, InputError) for i in items[:-1])
    assert isinstance(items[-1], InputError) and "truncated" in items[-1].reason and items[-1].doc == str(path)


def test_gzip_text_file_is_read(tmp_path):
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(b"Spain expelled two Russian diplomats."))
    (item,) = read(path)
    assert item.id == "note.txt" and item.text.startswith("Spain")


def test_csv_with_column_mapping():
    items = read(FIXTURES / "articles.csv", columns={"text": "body", "id": "guid", "date": "published",
                                                       "title": "headline"})
    good = [i for i in items if not isinstance(i, InputError)]
    assert [(i.id, i.date, i.title) for i in good] == [("csv-1", "2016-12-29", "U.S. expels Russian diplomats"),
                                                       ("csv-2", "2016-12-30", "Moscow holds back")]
    (bad,) = errors(items)
    assert bad.doc == "csv-3" and "empty document" in bad.reason


def test_csv_without_the_mapped_column_is_one_error_naming_the_columns():
    (item,) = read(FIXTURES / "articles.csv", columns={"text": "content"})
    assert isinstance(item, InputError) and item.doc.endswith("articles.csv")
    assert "no column 'content'" in item.reason and "guid, published, headline, body" in item.reason


def test_wrong_encoding_is_detected_and_noted(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Le président a rappelé l'ambassadeur à Paris. France recalled its ambassador from Italy "
                     "on Thursday, the ministry said in a statement.".encode("cp1252"))
    (item,) = read(path)
    assert "président a rappelé" in item.text
    assert item.note.startswith("not UTF-8, decoded as")


def test_undecodable_junk_and_binary_are_errors(tmp_path):
    rng = random.Random(3)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(3000)))
    (tmp_path / "zeros.html").write_bytes(b"\x00" * 100 + b"<html>")
    items = read(tmp_path)
    assert {i.doc: i.reason.split(":")[0] for i in items} == {"noise.txt": "undecodable bytes",
                                                                "zeros.html": "binary data, not text"}


def test_huge_single_document_is_refused_from_its_size(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: refused before a byte is read
    (item,) = read(path)
    assert isinstance(item, InputError) and item.doc == "huge.html"
    assert "too large: 209,715,200 bytes" in item.reason and "20 MiB" in item.reason


def test_huge_jsonl_line_is_refused_and_the_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"id": "big", "text": "' + b"x" * 5000 + b'"}\n{"id": "ok", "text": "Fine."}\n')
    items = read(path, max_bytes=1000)
    assert isinstance(items[0], InputError) and "too large" in items[0].reason and items[0].doc == f"{path}:1"
    assert items[1].id == "ok"


def test_folder_include_and_exclude_globs(tmp_path):
    (tmp_path / "keep").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "keep" / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "keep" / "b.html").write_text("<html><body><p>B</p></body></html>", encoding="utf-8")
    (tmp_path / "drafts" / "c.txt").write_text("C text.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    assert [i.id for i in read(tmp_path, include=("*.txt",))] == ["c.txt", "a.txt"]
    assert [i.id for i in read(tmp_path, include=("*.txt",), exclude=("drafts/*",))] == ["a.txt"]


def test_format_is_sniffed_when_the_name_says_nothing(tmp_path):
    (tmp_path / "page").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "feed").write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert sniff_format((tmp_path / "page").read_bytes()[:4096]) == "html"
    assert sniff_format((tmp_path / "feed").read_bytes()[:4096]) == "feed"
    assert read(tmp_path / "page")[0].title.startswith("Russia orders U.S. diplomats")
    assert len(read(tmp_path / "feed")) == 2


@pytest.mark.parametrize("name,fmt", [("a.warc.gz", "warc"), ("a.jsonl.gz", "jsonl"), ("a.rss", "feed"),
                                      ("a.CSV", "csv"), ("a.urls", "urls"), ("a.pdf", None)])
def test_detect_format_by_name(tmp_path, name, fmt):
    assert detect_format(tmp_path / name) == fmt


def test_stdin_as_text_with_format(tmp_path):
    import io

    (item,) = read_inputs(["-"], fmt="txt", stdin=io.BytesIO(b"Norway expelled a Russian diplomat."))
    assert item.id == "<stdin>" and item.text.startswith("Norway")


def test_text_file_date_from_its_dateline(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("WASHINGTON, December 29, 2016\nThe United States expelled 35 Russian diplomats.",
                    encoding="utf-8")
    (item,) = read(path)
    assert item.date == "2016-12-29"
    (given,) = read(path, date="2017-01-02")
    assert given.date == "2017-01-02"
