"""Finding input files and refusing bad ones: discover(), read_file() on every kind of bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

from armstrack import settings
from armstrack.ingest import discover, files, iter_articles, read_file
from armstrack.records import Article, IngestFailure

ARTICLE = "Boats delivered\n\nThe coast guard has received three patrol boats, the ministry said.\n"


def make(root: Path, rel: str, content: str | bytes = ARTICLE) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def only(results: list) -> Article | IngestFailure:
    assert len(results) == 1, results
    return results[0]


# --- discover -----------------------------------------------------------------------------------

def test_folder_is_searched_recursively_sorted_skipping_hidden_and_unsupported(tmp_path):
    make(tmp_path, "b.txt")
    make(tmp_path, "a.jsonl", '{"text": "x"}')
    make(tmp_path, "sub/c.html", "<p>x</p>")
    make(tmp_path, "sub/deeper/d.JSON", "{}")
    make(tmp_path, "notes.md")
    make(tmp_path, "picture.png", b"\x89PNG")
    make(tmp_path, ".hidden.txt")
    make(tmp_path, ".git/e.txt")
    found, failures = discover([tmp_path])
    assert failures == []
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.jsonl", "b.txt", "sub/c.html", "sub/deeper/d.JSON"]


def test_missing_path_and_unsupported_file(tmp_path):
    sheet = make(tmp_path, "report.xlsx", b"PK")
    found, failures = discover([tmp_path / "nope.txt", sheet, str(tmp_path / "noext")])
    assert found == []
    assert [f.reason for f in failures][0] == "does not exist"
    assert failures[1].reason.startswith("unsupported file type .xlsx")
    assert all(s in failures[1].reason for s in settings.SUPPORTED_SUFFIXES)
    assert failures[2].reason == "does not exist"


def test_explicit_hidden_file_is_accepted(tmp_path):
    p = make(tmp_path, ".draft.txt")
    assert discover([p]) == ([p], [])


def test_globs(tmp_path, monkeypatch):
    make(tmp_path, "corpus/one.txt")
    make(tmp_path, "corpus/two.txt")
    make(tmp_path, "corpus/readme.md")
    make(tmp_path, "corpus/sub/three.jsonl", '{"text": "x"}')
    monkeypatch.chdir(tmp_path)
    found, failures = discover(["corpus/*.txt"])
    assert (found, failures) == ([Path("corpus/one.txt"), Path("corpus/two.txt")], [])
    found, failures = discover(["**"])
    assert [p.as_posix() for p in found] == ["corpus/one.txt", "corpus/sub/three.jsonl", "corpus/two.txt"]
    assert failures == []
    found, failures = discover(["corpus/*.md"])
    assert found == [] and "no supported files" in failures[0].reason
    found, failures = discover(["nothing/*.txt"])
    assert found == [] and failures[0].reason == "no files match this pattern"


def test_each_file_once(tmp_path):
    a = make(tmp_path, "a.txt")
    found, failures = discover([a, tmp_path, str(tmp_path / "*.txt")])
    assert found == [a] and failures == []


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    found, failures = discover([tmp_path / "empty"])
    assert found == [] and "no supported files" in failures[0].reason


def _inside(name: str) -> str:
    """Keep generated paths inside the test folder: relative, no "..", no "~"."""
    while ".." in name:
        name = name.replace("..", ".")
    return "d/" + name.lstrip("/~")


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.sampled_from("ab*?[]/.~\\\x00 -é"), max_size=12).map(_inside), max_size=4))
def test_discover_never_raises(tmp_path, monkeypatch, names):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, "d/a.txt")
    make(tmp_path, "d/b/c.json", "{}")
    found, failures = discover(names)
    assert all(isinstance(p, Path) for p in found)
    assert all(isinstance(f, IngestFailure) for f in failures)


# --- bad inputs ---------------------------------------------------------------------------------

def test_empty_file(tmp_path):
    f = only(list(read_file(make(tmp_path, "empty.txt", b""))))
    assert isinstance(f, IngestFailure) and f.reason == "empty file"


def test_whitespace_only_file(tmp_path):
    f = only(list(read_file(make(tmp_path, "blank.txt", " \n\t\r\n  \n"))))
    assert isinstance(f, IngestFailure) and f.reason == "file contains only whitespace"


def test_binary_file_with_nul_bytes(tmp_path):
    f = only(list(read_file(make(tmp_path, "blob.txt", bytes(range(256)) * 20))))
    assert isinstance(f, IngestFailure) and f.reason.startswith("binary file")


def test_binary_file_without_nul_bytes(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50 + b"some words"
    f = only(list(read_file(make(tmp_path, "ctrl.txt", data))))
    assert isinstance(f, IngestFailure) and f.reason.startswith("binary file")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_single_byte_encodings_are_detected(tmp_path, encoding):
    text = ARTICLE + "Officials in Brasília, São Paulo and Curaçao welcomed the señor’s decision — finally.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("—", "-")
    a = only(list(read_file(make(tmp_path, "old.txt", text.encode(encoding)))))
    assert isinstance(a, Article), a
    expected = text.split("\n\n", 1)[1].strip()
    assert a.text == expected
    assert a.meta["ingest"]["encoding"] == "cp1252"


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_unicode_with_bom(tmp_path, encoding, bom):
    text = ARTICLE + "The minister’s “visit” went well.\n"
    a = only(list(read_file(make(tmp_path, "u.txt", bom + text.encode(encoding)))))
    assert isinstance(a, Article), a
    assert a.title == "Boats delivered" and a.text.endswith("“visit” went well.")


def test_utf16_without_bom(tmp_path):
    a = only(list(read_file(make(tmp_path, "u16.txt", ARTICLE.encode("utf-16-le")))))
    assert isinstance(a, Article) and a.title == "Boats delivered"


def test_unsupported_extension_via_read_file(tmp_path):
    f = only(list(read_file(make(tmp_path, "doc.odt", b"PK"))))
    assert isinstance(f, IngestFailure) and ".odt" in f.reason and ".jsonl" in f.reason


def test_missing_file_via_read_file(tmp_path):
    f = only(list(read_file(tmp_path / "gone.txt")))
    assert isinstance(f, IngestFailure) and f.reason == "does not exist"


def test_folder_via_read_file(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    f = only(list(read_file(tmp_path / "dir.txt")))
    assert isinstance(f, IngestFailure) and f.reason == "not a regular file"


def test_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    p = make(tmp_path, "big.txt", ARTICLE * 10)
    monkeypatch.setattr(settings, "_active", settings.current().replace(max_file_bytes=100))
    opened = []
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self))
    f = only(list(read_file(p)))
    assert isinstance(f, IngestFailure) and f.reason.startswith("file too large") and "limit 100 bytes" in f.reason
    assert opened == []


def test_sparse_file_over_the_real_limit(tmp_path):
    p = tmp_path / "huge.jsonl"
    with p.open("wb") as fh:
        fh.truncate(settings.current().max_file_bytes + 1)  # sparse: no data written
    f = only(list(read_file(p)))
    assert isinstance(f, IngestFailure) and f.reason.startswith("file too large") and "MB" in f.reason


def test_article_over_the_char_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(max_article_chars=20))
    f = only(list(read_file(make(tmp_path, "long.txt"))))
    assert isinstance(f, IngestFailure) and "too long" in f.reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_permission(tmp_path):
    p = make(tmp_path, "secret.txt")
    p.chmod(0)
    try:
        f = only(list(read_file(p)))
    finally:
        p.chmod(0o644)
    assert isinstance(f, IngestFailure) and "permission denied" in f.reason


def test_unreadable_file_reported(tmp_path, monkeypatch):
    p = make(tmp_path, "secret.txt")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    f = only(list(read_file(p)))
    assert isinstance(f, IngestFailure) and f.reason == "cannot read file: permission denied"


def test_unexpected_error_becomes_a_failure(tmp_path, monkeypatch):
    import armstrack.ingest as ingest

    def boom(*args, **kwargs):
        raise RuntimeError("surprise")

    monkeypatch.setattr(ingest, "parse_text", boom)
    f = only(list(read_file(make(tmp_path, "a.txt"))))
    assert isinstance(f, IngestFailure) and "RuntimeError: surprise" in f.reason


def test_decode_directly():
    assert files.decode("naïve".encode()) == ("naïve", "utf-8")
    assert isinstance(files.decode(b"\x00\x01\x02\x03garbage"), IngestFailure)


# --- everything together ------------------------------------------------------------------------

def test_iter_articles_mixes_articles_and_failures(tmp_path):
    make(tmp_path, "in/a.txt")
    make(tmp_path, "in/b.jsonl", '{"text": "The navy took delivery of two boats."}\nnot json\n')
    make(tmp_path, "in/c.txt", b"")
    results = list(iter_articles([tmp_path / "in", tmp_path / "missing"]))
    kinds = [(type(r).__name__, getattr(r, "doc_id", None) or r.reason) for r in results]
    assert kinds == [
        ("IngestFailure", "does not exist"),
        ("Article", "a"),
        ("Article", "b-1"),
        ("IngestFailure", "malformed JSON: Expecting value (column 1)"),
        ("IngestFailure", "empty file"),
    ]


def test_a_single_path_string_is_one_path(tmp_path):
    a = make(tmp_path, "a.txt")
    assert discover(str(a)) == ([a], [])
    assert discover(a) == ([a], [])


def test_far_too_long_text_is_refused_before_cleaning(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "_active", settings.current().replace(max_article_chars=10))
    import armstrack.ingest.boilerplate as bp

    monkeypatch.setattr(bp, "clean", lambda text: pytest.fail("cleaned a text that can only be refused"))
    f = only(list(read_file(make(tmp_path, "long.txt"))))
    assert isinstance(f, IngestFailure) and "too long" in f.reason


def test_mojibake_is_repaired(tmp_path):
    good = "The minister’s “final” offer was accepted — at last, in São Paulo."
    garbled = "".join(
        bytes([b]).decode("cp1252") if 0x80 <= b < 0xA0 and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in good.encode("utf-8")
    )
    assert "â€" in garbled
    assert files.fix_mojibake(garbled) == good
    a = only(list(read_file(make(tmp_path, "m.txt", "Boats delivered\n\n" + garbled + "\n"))))
    assert a.text == good


def test_text_that_only_looks_like_mojibake_is_kept():
    for text in ("Plain text with Â and Ã alone.", "Prices in ÃÂ units", "A real “quote” and â€™ in one text"):
        assert files.fix_mojibake(text) == text
