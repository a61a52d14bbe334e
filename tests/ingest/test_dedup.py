from titfortat.ingest.dedup import MIN_SHINGLES, Deduplicator, shingles
from titfortat.model import Article
from titfortat.store.db import Database

TEXT = ("Russia on Wednesday ordered U.S. embassy staff who have served in the country for more than three years "
        "to leave by January 31, the Foreign Ministry said, calling the move a response to Washington's refusal "
        "to extend the visas of Russian diplomats. The ministry said Washington had declined to renew the visas "
        "of 27 Russian diplomats and their families.")


def art(doc_id, text=TEXT):
    return Article(id=doc_id, text=text, date="2021-12-01")


def test_exact_duplicate_is_found():
    d = Deduplicator()
    assert d.check(art("a")) is None
    d.keep(art("a"))
    found = d.check(art("b"))
    assert found.kept_id == "a" and found.kind == "exact" and found.reason == "same text as a"


def test_near_duplicate_syndicated_copy_is_found():
    d = Deduplicator()
    d.keep(art("a"))
    copy = art("b", "MOSCOW (Example Wire) - " + TEXT + " Reporting by the Example Wire.")
    found = d.check(copy)
    assert found is not None and found.kind == "near" and found.kept_id == "a" and found.similarity >= 0.8


def test_different_report_is_not_a_duplicate():
    d = Deduplicator()
    d.keep(art("a"))
    other = ("Britain expelled 23 Russian diplomats on Wednesday, the prime minister told Parliament, and "
             "suspended high-level contacts with Moscow after the poisoning in Salisbury earlier this month.")
    assert d.check(art("b", other)) is None


def test_short_texts_are_compared_exactly_only():
    d = Deduplicator()
    d.keep(art("a", "Russia expelled 23 British diplomats."))
    assert len(shingles("Russia expelled 23 British diplomats today.")) < MIN_SHINGLES
    assert d.check(art("b", "Russia expelled 23 British diplomats today.")) is None


def test_signatures_survive_the_database(tmp_path):
    db = Database(str(tmp_path / "d.db"))
    d = Deduplicator(db)
    sig = d.keep(art("a"))
    db.save_document(art("a"), [], minhash=sig)
    again = Deduplicator(db)  # a later run
    found = again.check(art("b", TEXT + " Officials gave no further detail."))
    assert found is not None and found.kept_id == "a" and found.kind == "near"
    assert again.check(art("c")).kind == "exact"


def test_same_document_updated_is_not_its_own_duplicate():
    d = Deduplicator()
    d.keep(art("a"))
    assert d.check(art("a", TEXT + " Updated with a new paragraph.")) is None
