"""Input files: find them (files, folders, globs), refuse what is too big or binary, decode the text."""

from __future__ import annotations

import codecs
import glob
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import charset_normalizer

from armstrack import settings
from armstrack.records import IngestFailure, IngestWarning

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
#: What browsers (and therefore page authors) mean by these labels.
_WEB_CHARSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                 "ascii": "cp1252"}
_GLOB_CHARS = re.compile(r"[*?\[]")
#: Control characters that never occur in text (tab, newline, form feed, carriage return do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
#: Decoded text with more control characters than this share is binary, not text.
MAX_CONTROL_SHARE = 0.02
_SAMPLE_CHARS = 65536
#: Legacy-encoded text with at most this share of non-ASCII bytes is taken as Western (cp1252).
MOSTLY_ASCII = 0.05
_ASCII = bytes(range(128))
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
#: Two- and three-byte UTF-8 sequences read as cp1252: "â€™" (’), "â€œ" (“), "Ã©" (é), "Â " (no-break space).
_MOJIBAKE = re.compile(r"â€[\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Ã[\x80-\xbf‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|Â[\xa0-\xbf]")
#: cp1252 bytes 0x80-0x9F by the character they decode to; the five undefined ones stand for themselves.
_SLOPPY_CP1252 = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
#: Codecs a legacy-encoded English text is expected in; any other guess is reported as a warning.
_EXPECTED_LEGACY = frozenset({"cp1252", "latin_1", "iso8859_1", "iso-8859-1", "latin-1", "ascii"})
_WESTERN_LABELS = frozenset({"utf-8", "utf8", "cp1252", "windows-1252", "latin-1", "latin1", "iso-8859-1", "ascii"})
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def supported_list() -> str:
    """The accepted file suffixes, for messages ("".txt, .html, ...")."""
    return ", ".join(settings.SUPPORTED_SUFFIXES)


def is_supported(path: Path) -> bool:
    """Whether ``path`` has a suffix armstrack can read."""
    return path.suffix.lower() in settings.SUPPORTED_SUFFIXES


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path, failures: list[IngestFailure], skipped: Counter[str] | None = None) -> list[Path]:
    """Supported, non-hidden files under ``folder``, recursively, sorted; other non-hidden files are
    counted by suffix in ``skipped``."""
    found: list[Path] = []

    def onerror(err: OSError) -> None:
        failures.append(IngestFailure(str(err.filename or folder), f"cannot read folder: {err.strerror or err}"))

    for root, dirs, names in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for n in names:
            if _hidden(n):
                continue
            if is_supported(Path(n)):
                found.append(Path(root) / n)
            elif skipped is not None:
                skipped[_suffix(n)] += 1
    return sorted(found)


def _suffix(name: str) -> str:
    return Path(name).suffix.lower() or "(no suffix)"


def skipped_summary(skipped: Counter[str]) -> str:
    """ "skipped 3 files: .xlsx 2, .png 1" (most frequent suffix first)."""
    total = sum(skipped.values())
    parts = ", ".join(f"{suffix} {n}" for suffix, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {total} file{'s' if total != 1 else ''}: {parts}"


def discover(paths: Iterable[str | Path],
             notes: list[IngestWarning] | None = None) -> tuple[list[Path], list[IngestFailure]]:
    """The supported files named by ``paths`` (files, folders searched recursively, glob patterns).

    Each file appears once, in argument order (sorted within a folder or glob). Problems are returned as
    IngestFailure: a path that does not exist, an explicit file with an unsupported suffix, a folder or
    pattern without supported files. Hidden files inside folders are skipped silently; unsupported ones
    are counted, one line per folder or pattern in ``notes`` ("skipped 3 files: .xlsx 2, .png 1").
    """
    notes = notes if notes is not None else []
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path given on its own, not a list of them
    files: list[Path] = []
    failures: list[IngestFailure] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        try:
            key = os.path.realpath(p)
        except (OSError, ValueError):
            key = str(p)
        if key not in seen:
            seen.add(key)
            files.append(p)

    for raw in paths:
        name = str(raw)
        try:
            p = Path(os.path.expanduser(name))
            if p.is_dir():
                skipped: Counter[str] = Counter()
                found = _walk(p, failures, skipped)
                if skipped:
                    notes.append(IngestWarning(name, skipped_summary(skipped)))
                if not found:
                    failures.append(IngestFailure(name, f"no supported files ({supported_list()}) in this folder"))
                for f in found:
                    add(f)
            elif p.exists():
                if not is_supported(p):
                    suffix = p.suffix or "(no suffix)"
                    failures.append(IngestFailure(name, f"unsupported file type {suffix}; supported: {supported_list()}"))
                else:
                    add(p)
            elif _GLOB_CHARS.search(name):
                _add_glob(name, add, failures, notes)
            else:
                failures.append(IngestFailure(name, "does not exist"))
        except (OSError, ValueError) as e:  # unreadable folder, a NUL byte or other invalid path
            failures.append(IngestFailure(name, f"cannot use this path: {getattr(e, 'strerror', None) or e}"))
    return files, failures


def _add_glob(pattern: str, add: Callable[[Path], None], failures: list[IngestFailure],
              notes: list[IngestWarning]) -> None:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        failures.append(IngestFailure(pattern, "no files match this pattern"))
        return
    before = len(failures)
    found: list[Path] = []
    skipped: Counter[str] = Counter()
    for m in matches:
        mp = Path(m)
        if mp.is_dir():
            found.extend(_walk(mp, failures, skipped))
        elif _hidden(mp.name):
            continue
        elif is_supported(mp):
            found.append(mp)
        else:
            skipped[_suffix(mp.name)] += 1
    if skipped:
        notes.append(IngestWarning(pattern, skipped_summary(skipped)))
    if not found and len(failures) == before:
        failures.append(IngestFailure(pattern, f"no supported files ({supported_list()}) match this pattern"))
    for f in found:
        add(f)


def read_bytes(path: Path) -> bytes | IngestFailure:
    """The file's bytes; IngestFailure if it is missing, not a file, unreadable, empty or over MAX_FILE_BYTES."""
    where = str(path)
    limit = settings.current().max_file_bytes
    try:
        if not path.exists():
            return IngestFailure(where, "does not exist")
        if not path.is_file():
            return IngestFailure(where, "not a regular file")
        size = path.stat().st_size
        if size > limit:
            return IngestFailure(where, f"file too large: {_mb(size)} (limit {_mb(limit)})")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)  # never more than the limit, even if the file grew
    except PermissionError:
        return IngestFailure(where, "cannot read file: permission denied")
    except (OSError, ValueError) as e:
        return IngestFailure(where, f"cannot read file: {getattr(e, 'strerror', None) or e}")
    if len(data) > limit:
        return IngestFailure(where, f"file too large: more than {_mb(limit)}")
    if not data:
        return IngestFailure(where, "empty file")
    return data


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 4 KB, else None."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    return _WEB_CHARSETS.get(name, name)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    if "\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text (every other byte NUL), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def decode(data: bytes, where: str = "<bytes>", declared: str | None = None,
           notes: list[IngestWarning] | None = None) -> tuple[str, str] | IngestFailure:
    """(text, encoding) for file bytes: a BOM, else UTF-8, else ``declared`` (an HTML page's charset),
    else detected with charset-normalizer (Latin-1, cp1252, ...). Binary data is refused.

    Text that is partly UTF-8 (a file with lines pasted from a Latin-1 source) is decoded as UTF-8 with
    only its invalid bytes read as cp1252 (encoding "utf-8+cp1252"), never as one exotic code page; that,
    and a guessed code page other than cp1252, is reported in ``notes`` naming the file (and lines).
    """
    notes = notes if notes is not None else []
    if declared and declared.replace("-", "").startswith(("utf16", "utf32")) and b"\x00" not in data:
        declared = None  # a page re-saved as 8-bit text keeps its old declaration
    encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], codec
            break
    if encoding is None and b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            return IngestFailure(where, "binary file, not text (contains NUL bytes)")
    if encoding is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if _partly_utf8(data, declared):
                text, encoding = _mixed_utf8(data, where, notes)
                return (text, encoding) if not _looks_binary(text) else _binary(where)
            text = _try_codec(data, declared)
            if text is not None:
                return (text, declared) if not _looks_binary(text) else _binary(where)
            detected = _detect(data)
            if detected is None:
                return IngestFailure(where, "binary file, not text (no text encoding fits)")
            text, encoding = detected
            if encoding.lower() not in _EXPECTED_LEGACY and not _looks_binary(text):
                notes.append(IngestWarning(where, f"not UTF-8: decoded as {encoding} (a guess); check the text "
                                                  f"or save the file as UTF-8"))
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return IngestFailure(where, f"cannot decode file as {encoding}")
    if _looks_binary(text):
        return _binary(where)
    return text, encoding


def _partly_utf8(data: bytes, declared: str | None) -> bool:
    """Whether bytes that are not valid UTF-8 as a whole are still partly UTF-8 (some lines in another code page).

    Some line with non-ASCII characters must be valid UTF-8 on its own: a line of Latin-1 or cp1251 text is
    that only by a rare chance (its accented letters would have to pair up as UTF-8 sequences). A page
    declaring a code page other than a Western one is left to its declaration.
    """
    if declared and declared.lower().replace("_", "-") not in _WESTERN_LABELS:
        return False
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 read as cp1252 (Latin-1 for its five undefined bytes)."""
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), err.end


codecs.register_error("armstrack-cp1252", _cp1252_fallback)


def _mixed_utf8(data: bytes, where: str, notes: list[IngestWarning]) -> tuple[str, str]:
    """UTF-8 text with some lines in cp1252/Latin-1: each invalid byte read as cp1252, the lines named."""
    lines = []
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            lines.append(n)
    shown_lines = ", ".join(map(str, lines[:10])) + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
    notes.append(IngestWarning(where, f"not valid UTF-8 on line{'s' if len(lines) > 1 else ''} {shown_lines}: "
                                      f"decoded as UTF-8 with those bytes read as cp1252 (Latin-1); check the text",
                               lines[0] if len(lines) == 1 else None))
    return data.decode("utf-8", "armstrack-cp1252"), "utf-8+cp1252"


def _binary(where: str) -> IngestFailure:
    return IngestFailure(where, "binary file, not text (control characters)")


def _try_codec(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes) -> tuple[str, str] | None:
    """Detect a legacy encoding: Western (cp1252) for mostly-ASCII text, else charset-normalizer.

    On English text with a few accented letters, detectors guess wildly (cp1250 turns "São" into "Săo",
    a CJK code page turns it into ideographs); for English news cp1252 (a superset of Latin-1's printable
    range) is by far the likeliest, so it is used whenever the text is mostly ASCII and decodes cleanly,
    and also when the detected code page decodes to Latin letters anyway.
    """
    non_ascii = len(data.translate(None, _ASCII))
    if non_ascii <= MOSTLY_ASCII * len(data):  # English with a few accents and curly quotes
        western = _try_codec(data, "cp1252")
        if western is not None and not _looks_binary(western):
            return western, "cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text, encoding = str(best), best.encoding
    if encoding != "cp1252" and not _NON_LATIN_LETTER.search(text):
        western = _try_codec(data, "cp1252")
        if western is not None and not _NON_LATIN_LETTER.search(western):
            return western, "cp1252"
    return text, encoding


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was once decoded as cp1252 and saved again ("itâ€™s" -> "it’s"); else the text as is."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        raw = bytes(_SLOPPY_CP1252.get(ch, ord(ch)) for ch in text)  # ValueError past U+00FF
        return raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return text  # not mojibake after all, or mixed with real text: leave it


def read_text(path: Path, html: bool = False,
              notes: list[IngestWarning] | None = None) -> tuple[str, str] | IngestFailure:
    """(decoded text, encoding) of a file; IngestFailure for every reason it can't be article text.

    With ``html``, a charset declared in a <meta> tag is tried before detection. Doubts about the
    encoding go into ``notes`` (see ``decode``).
    """
    data = read_bytes(path)
    if isinstance(data, IngestFailure):
        return data
    declared = declared_charset(data) if html else None
    decoded = decode(data, str(path), declared, notes)
    if isinstance(decoded, IngestFailure):
        return decoded
    text, encoding = decoded
    text = fix_mojibake(text)
    if not text.strip():
        return IngestFailure(str(path), "file contains only whitespace")
    return text, encoding
