"""URLs over HTTP, against a local server on 127.0.0.1: pages, feeds, failures, limits."""

from titfortat.errors import InputError
from titfortat.ingest.fetch import USER_AGENT, Fetcher, FetchSettings, read_url_list
from titfortat.ingest.readers import ReadOptions, read_inputs

FAST = FetchSettings(timeout=1.0, retries=2, backoff=0.05)


def fetch_all(*urls, settings=FAST, **kw):
    return list(read_inputs(list(urls), options=ReadOptions(fetch_settings=settings, **kw)))


def test_page_is_fetched_with_titfortat_user_agent(local_server):
    (item,) = fetch_all(local_server.url("/page/one"))
    assert item.id == local_server.url("/page/one") and item.url == item.id
    assert "expelled 60 Russian diplomats" in item.text and "donate" not in item.text.lower()
    assert item.date == "2018-03-26"
    assert local_server.agents[-1] == USER_AGENT and "titfortat" in USER_AGENT


def test_gzip_page_is_decoded(local_server):
    (item,) = fetch_all(local_server.url("/gzip"))
    assert "expelled 60 Russian diplomats" in item.text


def test_plain_text_url(local_server):
    (item,) = fetch_all(local_server.url("/text"))
    assert item.text.startswith("Germany expelled")


def test_404_is_an_error_without_retries(local_server):
    (item,) = fetch_all(local_server.url("/missing"))
    assert isinstance(item, InputError) and item.doc == local_server.url("/missing")
    assert item.reason == "HTTP 404 Not Found"
    assert local_server.hits["/missing"] == 1


def test_500_is_retried_then_an_error(local_server):
    (item,) = fetch_all(local_server.url("/error"))
    assert isinstance(item, InputError) and item.reason == "HTTP 500 Internal Server Error (3 attempts)"
    assert local_server.hits["/error"] == 3


def test_retry_succeeds_after_transient_errors(local_server):
    (item,) = fetch_all(local_server.url("/flaky"))
    assert not isinstance(item, InputError) and local_server.hits["/flaky"] == 3


def test_slow_server_times_out(local_server):
    settings = FetchSettings(timeout=0.5, retries=0)
    (item,) = fetch_all(local_server.url("/slow"), settings=settings)
    assert isinstance(item, InputError) and item.reason == "timed out after 0.5 s"


def test_body_over_the_cap_is_refused(local_server):
    settings = FetchSettings(timeout=5, retries=0, max_bytes=1024 * 1024)
    (item,) = fetch_all(local_server.url("/big"), settings=settings)
    assert isinstance(item, InputError) and "too large: over 1,048,576 bytes" in item.reason


def test_binary_content_type_is_refused(local_server):
    (item,) = fetch_all(local_server.url("/binary"))
    assert isinstance(item, InputError) and "content type 'application/octet-stream'" in item.reason


def test_unreachable_host_is_an_error():
    settings = FetchSettings(timeout=0.5, retries=1, backoff=0.01)
    (item,) = fetch_all("http://127.0.0.1:9/nothing", settings=settings)
    assert isinstance(item, InputError) and item.reason.startswith("cannot connect") and "(2 attempts)" in item.reason


def test_feed_with_summaries_fetches_each_item_page(local_server):
    items = fetch_all(local_server.url("/feed"))
    good = [i for i in items if not isinstance(i, InputError)]
    assert [i.id for i in good] == [local_server.url("/page/item1"), local_server.url("/page/item2")]
    assert all("expelled 60 Russian diplomats" in i.text for i in good)
    assert good[0].title == "Report item1"
    (bad,) = [i for i in items if isinstance(i, InputError)]
    assert bad.doc == "gone" and "HTTP 404" in bad.reason


def test_feed_without_fetching_codes_the_summaries(local_server):
    items = fetch_all(local_server.url("/feed"), fetch=False)
    assert [i.text for i in items] == ["Short summary 1.", "Short summary 2.", "Gone."]
    assert local_server.hits["/page/item1"] == 0


def test_url_list_file(local_server, tmp_path):
    path = tmp_path / "list.urls"
    path.write_text(f"# today's pages\n{local_server.url('/page/a')}\n\nnot a url\n{local_server.url('/missing')}\n",
                    encoding="utf-8")
    items = fetch_all(path)
    assert items[0].id == local_server.url("/page/a")
    assert isinstance(items[1], InputError) and items[1].doc == f"{path}:4"
    assert isinstance(items[2], InputError) and "404" in items[2].reason


def test_read_url_list_skips_comments():
    assert list(read_url_list("# c\nhttp://a.example/x\n", "l")) == ["http://a.example/x"]


def test_fetcher_article_returns_error_not_raise(local_server):
    with Fetcher(FAST) as f:
        assert isinstance(f.article(local_server.url("/missing")), InputError)
