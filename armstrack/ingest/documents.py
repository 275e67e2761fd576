"""PDF and DOCX documents (reports of UN panels, NGOs, think tanks): their text, with the page each
character is on, and their title and date from metadata or the first heading.

Both readers take bytes, so a file read from disk and a document downloaded by ``fetch`` go the same way:

    read_pdf(data, origin)  -> Article | IngestFailure
    read_docx(data, origin) -> Article | IngestFailure

Pages are kept as the character offsets in ``Article.text`` where each page starts
(``Article.meta["pages"]``, first page at 0; see ``armstrack.records.page_at``), so every record's
evidence (document offsets) maps to a page. A PDF always has pages; a DOCX has them only when Word saved
where its pages broke (``w:lastRenderedPageBreak``), since a DOCX has no fixed layout otherwise.

PDF text comes from pdfminer.six's layout analysis: one text box is one paragraph, its lines joined
(words hyphenated at a line end joined again); headers and footers repeated on most pages, and page
numbers, are dropped; a paragraph that runs on to the next page or column is joined across the break.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import statistics
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from armstrack import settings
from armstrack.records import PAGE_LABELS_KEY, PAGES_KEY, Article, IngestFailure, IngestWarning, shown

from . import boilerplate
from .dates import parse_date
from .html import split_authors
from .text import first_sentence
from .urls import source_from_url

# pdfminer reports every oddity of a PDF (a missing CropBox, a bad font width) as a logging warning;
# what matters to the user is reported by us, once, as a line about the file.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

NO_TEXT_LAYER = "no text layer (scanned PDF?); run OCR first"

#: Headers and footers are looked for in this share of the page height at its top and bottom.
MARGIN_BAND = 0.12
#: A text box in the margin band repeated (digits aside) on at least this share of the pages with text
#: (and on two pages at least) is a running header or footer.
REPEATED_SHARE = 0.5
#: A heading is set in a font at least this much larger than the body text.
HEADING_SIZE_RATIO = 1.15
MAX_TITLE_WORDS = 25
#: Text made mostly of "(cid:N)" glyph codes has fonts without a Unicode mapping: it cannot be read.
MAX_CID_SHARE = 0.3

#: Where a new page starts, while the text is assembled (removed by _pages_from_marks): a private-use
#: character, since str.split() would take a form feed for a space; _clean removes it from input text.
_PAGE_MARK = "\ue000"
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
#: Characters that never belong in article text (control characters, NUL, our page mark); tab and newline do.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000\ud800-\udfff]")
_CID = re.compile(r"\(cid:\d+\)")
_REPEATED_MARKS = re.compile(f"{_PAGE_MARK}(?=[\\s{_PAGE_MARK}]*{_PAGE_MARK})")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pg\.?)?\s*[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*(?:(?:of|/)\s*\d{1,4})?\s*[-–—]?$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•▪◦●■□–—*·-]\s|\(?[a-z0-9]{1,3}\)\s|\d{1,3}\.\s)")
_ENDS_PARAGRAPH = re.compile(r"[.!?:;…\"”’)\]]$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"^([^\W\d_]+)")
_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
_WORD = re.compile(r"[^\W\d_]+")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_FILE_NAME_TITLE = re.compile(r"\.(?:docx?|pdf|indd|qxd|rtf|odt|tmp|txt)$|^microsoft (?:word|powerpoint) - |^untitled",
                              re.IGNORECASE)
#: Author metadata that names software or an account, not a person.
_NOT_AUTHORS = frozenset({"user", "admin", "administrator", "author", "unknown", "owner", "microsoft office user",
                          "windows user", "default", "guest"})


# --- assembling text with page marks ---------------------------------------------------------------------

def _clean(text: str) -> str:
    return _CONTROL.sub("", text.translate(_LIGATURES))


def _pages_from_marks(text: str) -> tuple[str, list[int]]:
    """Text with page marks removed, and the offset where each page starts (page 1 at 0).

    A page starting at the blank space between paragraphs is moved to its first character; an empty page
    starts where the next text starts, so an offset maps to the page that holds it.
    """
    out: list[str] = []
    starts = [0]
    pos = 0
    for n, piece in enumerate(text.split(_PAGE_MARK)):
        if n:
            starts.append(pos)
        out.append(piece)
        pos += len(piece)
    joined = "".join(out)
    for i, s in enumerate(starts):
        while s < len(joined) and joined[s].isspace():
            s += 1
        starts[i] = s
    return joined, starts


def _strip_marks_and_space(text: str) -> str:
    """Collapse spaces around page marks, and leading/trailing blank space, without losing marks."""
    lead = len(text) - len(text.lstrip(" \n" + _PAGE_MARK))
    marks_before = text[:lead].count(_PAGE_MARK)
    body = text[lead:].rstrip(" \n" + _PAGE_MARK)
    marks_after = text[lead + len(body):].count(_PAGE_MARK)
    return _PAGE_MARK * marks_before + body + _PAGE_MARK * marks_after


@dataclass
class _Paragraph:
    page: int  # 0-based
    lines: list[str]
    size: float = 0.0  # mean font size
    top: float = 0.0
    bottom: float = 0.0
    height: float = 1.0  # of its page
    text: str = ""


def _vocabulary(paragraphs: list[_Paragraph]) -> tuple[set[str], set[str]]:
    """(words, hyphenated compounds) written in full somewhere in the document, lower-cased."""
    words: set[str] = set()
    compounds: set[str] = set()
    cut = False  # the previous line ended in a hyphen: this line's first word is half of a word
    for p in paragraphs:
        for line in p.lines:
            line = line.strip()
            found = _WORD.findall(line)
            if cut and found and line.startswith(found[0]):
                found = found[1:]
            cut = bool(_HYPHEN_END.search(line))
            if cut and found:
                found = found[:-1]
            words.update(w.casefold() for w in found)
            compounds.update(f"{a}-{b}".casefold() for a, b in _HYPHENATED.findall(line))
    return words, compounds


def _join(left: str, right: str, vocab: tuple[set[str], set[str]]) -> str:
    """Two pieces of one paragraph (lines, or a paragraph cut by a page or column break) joined.

    A word hyphenated at the end of ``left`` is joined again ("govern-" "ment") unless it is a compound:
    the document writes it with a hyphen elsewhere ("long-range"), or never joined while both halves
    stand alone elsewhere ("Russian-" "made"). A designation keeps its hyphen ("Mi-" "17"); a soft
    hyphen always goes.
    """
    if left.endswith("\xad"):
        return left[:-1] + right
    end = _HYPHEN_END.search(left)
    bare = right.lstrip(_PAGE_MARK)
    if end and bare[:1].isdigit():
        return left + right
    start = _WORD_START.match(bare)
    if end and start and start.group(1)[:1].islower():
        words, compounds = vocab
        head, tail = end.group(1).casefold(), start.group(1).casefold()
        if f"{head}-{tail}" in compounds or (head + tail not in words and head in words and tail in words):
            return left + right
        return left[:-1] + right
    return left + " " + right


def _paragraph_text(lines: list[str], vocab) -> str:
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
        elif _BULLET.match(line):
            out += "\n" + line  # a list item starts its own line
        else:
            out = _join(out, line, vocab)
    return out


@functools.lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    return boilerplate.load_function_words().get("en", frozenset())


def _ends_mid_sentence(prev: str) -> bool:
    """Whether ``prev`` stops on a comma or a function word ("the port of"): its sentence goes on."""
    if prev.endswith((",", "-", "–")):
        return True
    last = prev.rsplit(None, 1)[-1] if prev.strip() else ""
    return last.islower() and last in _english_function_words()


def _continues(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` carries on the sentence ``prev`` ends with (a paragraph cut by a page or column):
    ``prev`` ends without a full stop, and ``nxt`` starts in lower case or ``prev`` stops mid-phrase."""
    first = nxt.lstrip(_PAGE_MARK)[:1]
    if not prev or _ENDS_PARAGRAPH.search(prev) or _BULLET.match(nxt.lstrip(_PAGE_MARK)):
        return False
    return first.islower() or (first.isalnum() and _ends_mid_sentence(prev))


def _assemble(paragraphs: list[_Paragraph], pages: int) -> tuple[str, list[int]]:
    """The document text (paragraphs separated by a blank line) and each page's start offset."""
    vocab = _vocabulary(paragraphs)
    text = ""
    page = 0
    for p in paragraphs:
        body = _paragraph_text(p.lines, vocab)
        if not body:
            continue
        piece = _PAGE_MARK * (p.page - page) + body  # the pages that start before this paragraph
        page = p.page
        if text and _continues(text, piece):
            text = _join(text, piece, vocab)
        elif text:
            text += "\n\n" + piece
        else:
            text = piece
    text += _PAGE_MARK * (pages - 1 - page)
    return _pages_from_marks(_strip_marks_and_space(text))


# --- PDF -------------------------------------------------------------------------------------------------

def _pdf_string(value) -> str | None:
    from pdfminer.pdftypes import resolve1  # deferred: loads pdfminer
    from pdfminer.psparser import PSLiteral  # deferred: loads pdfminer
    from pdfminer.utils import decode_text  # deferred: loads pdfminer

    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    elif isinstance(value, PSLiteral):
        value = str(value.name)
    if not isinstance(value, str):
        return None
    value = " ".join(_clean(value).split())
    return value or None


def _pdf_date(value: str | None) -> date | None:
    m = _PDF_DATE.match(value or "")
    if not m:
        return None
    try:
        d = date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    return parse_date(d)


def _good_title(title: str | None, origin: str) -> str | None:
    """A metadata title worth showing: not a file name, a template's placeholder or a document symbol."""
    if not title or _FILE_NAME_TITLE.search(title) or len(_WORD.findall(title)) < 2:
        return None
    if title.casefold() == PurePosixPath(urlsplit(origin).path or origin).stem.casefold():
        return None
    return title


def _authors(value: str | None) -> list[str]:
    return [a for a in split_authors(value or "") if a.casefold() not in _NOT_AUTHORS and _WORD.search(a)]


def _boxes(layout, out: list, images: list[int]) -> None:
    """Text boxes and images of a page, figures (form XObjects) included, in reading order."""
    from pdfminer.layout import LTFigure, LTImage, LTTextBox  # deferred: loads pdfminer

    for el in layout:
        if isinstance(el, LTTextBox):
            out.append(el)
        elif isinstance(el, LTImage):
            images[0] += 1
        elif isinstance(el, LTFigure):
            _boxes(el, out, images)


def _box_paragraph(box, page: int, height: float, counts: Counter) -> _Paragraph | None:
    """One text box as a paragraph; glyphs without a Unicode mapping ("(cid:13)") are counted and dropped."""
    from pdfminer.layout import LTChar, LTTextLine  # deferred: loads pdfminer

    lines, sizes = [], []
    for line in box:
        if isinstance(line, LTTextLine):
            raw = line.get_text()
            counts["chars"] += len(raw)
            counts["cid"] += sum(len(c) for c in _CID.findall(raw))
            lines.append(_CID.sub("", _clean(raw)))
            sizes.extend(ch.size for ch in line if isinstance(ch, LTChar))
    if not any(line.strip() for line in lines):
        return None
    return _Paragraph(page, lines, statistics.fmean(sizes) if sizes else 0.0, box.y1, box.y0, height or 1.0,
                      " ".join(" ".join(lines).split()))


def _in_margin(p: _Paragraph) -> bool:
    return p.bottom >= p.height * (1 - MARGIN_BAND) or p.top <= p.height * MARGIN_BAND


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _drop_running(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Without page numbers, and headers and footers repeated on most pages (digits aside: "Page 3")."""
    pages_with_text = len({p.page for p in paragraphs})
    on_pages: dict[str, set[int]] = {}
    for p in paragraphs:
        if _in_margin(p):
            on_pages.setdefault(_running_key(p.text), set()).add(p.page)
    repeated = {k for k, pages in on_pages.items()
                if len(pages) >= 2 and len(pages) >= REPEATED_SHARE * pages_with_text}
    return [p for p in paragraphs
            if not (_in_margin(p) and (_PAGE_NUMBER.match(p.text) or _running_key(p.text) in repeated))]


def _heading(paragraphs: list[_Paragraph]) -> _Paragraph | None:
    """The document's first heading: on its first page with text, set larger than the body, short."""
    if not paragraphs:
        return None
    first_page = [p for p in paragraphs if p.page == paragraphs[0].page][:8]
    sizes = [p.size for p in paragraphs if p.size]
    body = statistics.median(sizes) if sizes else 0.0
    for p in first_page:
        if body and p.size >= body * HEADING_SIZE_RATIO and len(p.text.split()) <= MAX_TITLE_WORDS:
            return p
    return None


def _page_labels(doc, n_pages: int) -> list[str] | None:
    """The PDF's own page labels ("i", "ii", "1", ...) when it defines some other than 1, 2, 3 ..."""
    try:
        labels = [label for _, label in zip(range(n_pages), doc.get_page_labels())]
    except Exception:  # no /PageLabels (pdfminer raises), or a broken number tree
        return None
    if len(labels) != n_pages or labels == [str(i + 1) for i in range(n_pages)]:
        return None
    return [_clean(str(label))[:20] for label in labels]


def _inflated_size(data: bytes, limit: int) -> int:
    """How many bytes the Flate streams of a PDF inflate to, counted up to just past ``limit`` (memory
    stays bounded: each stream is inflated a megabyte at a time and thrown away)."""
    total, pos = 0, 0
    while (i := data.find(b"stream", pos)) >= 0:
        pos = i + 6
        if data[i - 3:i] == b"end":
            continue
        start = i + 6 + (2 if data[i + 6:i + 8] == b"\r\n" else 1 if data[i + 6:i + 7] in (b"\n", b"\r") else 0)
        if start == i + 6:
            continue  # the word "stream" somewhere else
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data[start:end], 1 << 20)
            while out:
                total += len(out)
                if total > limit:
                    return total
                out = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
        except zlib.error:
            pass  # not a Flate stream (an image, plain text): pdfminer reads it as it is
        pos = end + 9
    return total


def read_pdf(data: bytes, origin: str, doc_id: str | None = None, url: str | None = None,
             notes: list[IngestWarning] | None = None) -> Article | IngestFailure:
    """An Article from the bytes of a PDF, with its page start offsets in ``meta["pages"]``.

    ``origin`` (a path or URL) names the document in messages and gives the default ``doc_id`` (its
    file name without suffix). A PDF without a text layer, an encrypted or a corrupt one is one
    IngestFailure; pages that cannot be read, or have no text among pages that do, are ``notes``.
    """
    from pdfminer.converter import PDFPageAggregator  # deferred: loads pdfminer
    from pdfminer.layout import LAParams  # deferred: loads pdfminer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect  # deferred: loads pdfminer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager  # deferred: loads pdfminer
    from pdfminer.pdfpage import PDFPage  # deferred: loads pdfminer
    from pdfminer.pdfparser import PDFParser  # deferred: loads pdfminer

    notes = notes if notes is not None else []
    doc_id = doc_id or _default_id(origin)
    if b"%PDF-" not in data[:1024]:
        return IngestFailure(origin, "not a PDF file (no %PDF header)")
    if _inflated_size(data, settings.current().max_pdf_inflated_bytes) > settings.current().max_pdf_inflated_bytes:
        return IngestFailure(origin, f"PDF too large when decompressed (more than "
                                     f"{settings.current().max_pdf_inflated_bytes // 1024 // 1024} MB); refused")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        return IngestFailure(origin, "encrypted PDF: it needs a password; save an unprotected copy first")
    except PDFEncryptionError as e:
        return IngestFailure(origin, f"encrypted PDF: cannot decrypt it ({e}); save an unprotected copy first")
    except Exception as e:  # pdfminer raises many kinds of errors on a damaged file
        return IngestFailure(origin, f"corrupt or unreadable PDF: {_reason(e)}")
    info: dict = {}
    for d in document.info or []:
        if isinstance(d, dict):
            info.update(d)
    laparams = LAParams(all_texts=True)
    rsrc = PDFResourceManager(caching=True)
    device = PDFPageAggregator(rsrc, laparams=laparams)
    interpreter = PDFPageInterpreter(rsrc, device)
    paragraphs: list[_Paragraph] = []
    n_pages, images, broken, blank = 0, [0], [], []
    counts: Counter = Counter()
    try:
        for page in PDFPage.create_pages(document):
            n_pages += 1
            if n_pages > settings.current().max_pdf_pages:
                return IngestFailure(origin, f"too many pages (more than {settings.current().max_pdf_pages:,})")
            try:
                interpreter.process_page(page)
                layout = device.get_result()
            except Exception as e:  # one damaged page costs that page, not the document
                broken.append((n_pages, _reason(e)))
                continue
            boxes: list = []
            _boxes(layout, boxes, images)
            found = [p for p in (_box_paragraph(b, n_pages - 1, layout.height, counts) for b in boxes) if p]
            if not found:
                blank.append(n_pages)
            paragraphs.extend(found)
    except Exception as e:
        if not n_pages:
            return IngestFailure(origin, f"corrupt or unreadable PDF: {_reason(e)}")
        broken.append((n_pages + 1, _reason(e)))
    if not n_pages:
        return IngestFailure(origin, "corrupt or unreadable PDF: no pages")
    if counts["cid"] > MAX_CID_SHARE * counts["chars"]:
        return IngestFailure(origin, "text layer unreadable (fonts without a Unicode mapping); run OCR first")
    if not paragraphs:
        if broken and len(broken) == n_pages:
            return IngestFailure(origin, f"corrupt or unreadable PDF: {broken[0][1]}")
        return IngestFailure(origin, NO_TEXT_LAYER)
    for number, reason in broken[:3]:
        notes.append(IngestWarning(origin, f"page {number} could not be read ({reason}); it is left out"))
    if blank and images[0] and len(blank) < n_pages:
        notes.append(IngestWarning(origin, f"{_page_list(blank)} {'has' if len(blank) == 1 else 'have'} no text "
                                           f"layer (scanned?); run OCR to read {'it' if len(blank) == 1 else 'them'}"))

    paragraphs = _drop_running(paragraphs)
    meta_title = _good_title(_pdf_string(info.get("Title")), origin)
    heading = _heading(paragraphs)
    title = meta_title or (heading.text if heading else None)
    if paragraphs and title and boilerplate.same_text(paragraphs[0].text, title):
        paragraphs = paragraphs[1:]  # the title printed on the first page is not body text
    text, starts = _assemble(paragraphs, n_pages)
    if not text.strip():
        return IngestFailure(origin, NO_TEXT_LAYER)
    meta: dict = {PAGES_KEY: starts}
    labels = _page_labels(document, n_pages)
    if labels:
        meta[PAGE_LABELS_KEY] = labels
    subject = _pdf_string(info.get("Subject"))
    if subject:
        meta["description"] = subject
    published = _pdf_date(_pdf_string(info.get("CreationDate"))) or _pdf_date(_pdf_string(info.get("ModDate")))
    return Article(doc_id=doc_id, text=text, title=title or first_sentence(text), url=url, published=published,
                   source=source_from_url(url), authors=_authors(_pdf_string(info.get("Author"))),
                   language=boilerplate.detect_language(text), meta=meta, path=None if url else origin)


def _reason(e: Exception) -> str:
    text = " ".join(shown(str(e)).split())[:160]
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def _page_list(pages: list[int]) -> str:
    shown_pages = ", ".join(map(str, pages[:10])) + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")
    return f"page{'s' if len(pages) > 1 else ''} {shown_pages}"


def _default_id(origin: str) -> str:
    path = urlsplit(origin).path if "://" in origin else origin
    return PurePosixPath(path.replace("\\", "/")).stem or "document"


# --- DOCX ------------------------------------------------------------------------------------------------

@dataclass
class _DocxText:
    """A DOCX body walked in order: paragraph texts with page marks where Word broke pages."""

    paragraphs: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    rendered_breaks: int = 0


def _docx_runs(el, out: list[str], state: _DocxText) -> None:
    """The text of a paragraph's runs (in order), with line breaks and page marks."""
    from docx.oxml.ns import qn  # deferred: loads python-docx

    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == qn("w:t"):
            out.append(_clean(child.text or ""))
        elif tag == qn("w:tab"):
            out.append(" ")
        elif tag in (qn("w:br"), qn("w:cr")):
            if child.get(qn("w:type")) == "page":
                out.append(_PAGE_MARK)
            elif child.get(qn("w:type")) != "column":
                out.append("\n")
        elif tag == qn("w:lastRenderedPageBreak"):
            state.rendered_breaks += 1
            out.append(_PAGE_MARK)
        elif tag == qn("w:noBreakHyphen"):
            out.append("-")
        elif tag in (qn("w:del"), qn("w:delText"), qn("w:instrText"), qn("w:fldData"), qn("w:rPr"), qn("w:pPr")):
            continue  # deleted text (tracked changes), field codes and formatting
        elif tag.endswith("}Fallback"):
            continue  # the old-format copy of a text box already read from its mc:Choice
        else:
            _docx_runs(child, out, state)


def _docx_paragraph_text(p, state: _DocxText) -> str:
    """A paragraph's text, whitespace collapsed within each line, page marks kept."""
    pieces: list[str] = []
    _docx_runs(p, pieces, state)
    lines = [" ".join(line.split()) for line in "".join(pieces).split("\n")]
    return "\n".join(line for line in lines if line)


def _docx_body(body, state: _DocxText, styles: dict[str, str]) -> None:
    from docx.oxml.ns import qn  # deferred: loads python-docx

    for child in body:
        if child.tag == qn("w:p"):
            style_el = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            style_id = style_el.get(qn("w:val")) if style_el is not None else ""
            state.paragraphs.append(_docx_paragraph_text(child, state))
            state.styles.append(styles.get(style_id, style_id or ""))
        elif child.tag == qn("w:tbl"):
            rows = []
            for tr in child.findall(qn("w:tr")):
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    cells.append(" ".join(_docx_paragraph_text(p, state) for p in tc.iter(qn("w:p"))).strip())
                row = " | ".join(c for c in cells if c.strip(_PAGE_MARK))
                if row:
                    rows.append(row)
            state.paragraphs.append("\n".join(rows))
            state.styles.append("Table")
        elif child.tag == qn("w:sdt"):  # a content control (cover page, table of contents): its content
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _docx_body(content, state, styles)


def read_docx(data: bytes, origin: str, doc_id: str | None = None, url: str | None = None,
              notes: list[IngestWarning] | None = None) -> Article | IngestFailure:
    """An Article from the bytes of a Word document (.docx), with page starts in ``meta["pages"]`` when
    Word recorded where its pages broke. A damaged or encrypted file is one IngestFailure."""
    import docx  # deferred: loads python-docx
    from docx.opc.exceptions import PackageNotFoundError  # deferred: loads python-docx

    doc_id = doc_id or _default_id(origin)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE container: encrypted DOCX or old .doc
            return IngestFailure(origin, "encrypted or old-format Word file (not a .docx package); "
                                         "save an unprotected .docx copy first")
        return IngestFailure(origin, "corrupt or unreadable DOCX: not a ZIP package")
    if unpacked > settings.current().max_docx_unpacked_bytes:
        return IngestFailure(origin, f"DOCX too large when unpacked ({unpacked // 1024 // 1024} MB)")
    if "word/document.xml" not in names:
        return IngestFailure(origin, "corrupt or unreadable DOCX: no word/document.xml in the package")
    try:
        document = docx.Document(io.BytesIO(data))
        styles = {s.style_id: s.name or "" for s in document.styles if s.style_id}
        state = _DocxText()
        _docx_body(document.element.body, state, styles)
        props = document.core_properties
        meta_title, author = props.title, props.author
        published = parse_date(props.created) or parse_date(props.modified)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as e:
        return IngestFailure(origin, f"corrupt or unreadable DOCX: {_reason(e)}")
    except Exception as e:  # lxml's XMLSyntaxError and others on a damaged part
        return IngestFailure(origin, f"corrupt or unreadable DOCX: {_reason(e)}")

    title = _good_title(" ".join(_clean(meta_title or "").split()) or None, origin)
    paragraphs = list(zip(state.paragraphs, state.styles))
    if not title:
        for text, style in paragraphs[:12]:
            clean = text.strip(_PAGE_MARK).strip()
            if clean and (style.casefold() == "title" or style.casefold().startswith("heading")) \
                    and len(clean.split()) <= MAX_TITLE_WORDS:
                title = " ".join(clean.split())
                break
    body: list[str] = []
    carried = ""  # page marks of paragraphs that hold nothing else
    for text, _style in paragraphs:
        if not text.strip(_PAGE_MARK + " \n"):
            carried += _PAGE_MARK * text.count(_PAGE_MARK)
            continue
        if not body and title and boilerplate.same_text(text.strip(_PAGE_MARK), title):
            carried += _PAGE_MARK * text.count(_PAGE_MARK)
            continue  # the title as the first paragraph is not body text
        body.append(carried + text)
        carried = ""
    joined = _strip_marks_and_space("\n\n".join(body) + carried)
    # Word marks the page that follows a hard page break twice (the break, then the rendered break at the
    # top of the new page): marks with no text between them are one page break
    joined = _REPEATED_MARKS.sub("", joined)
    text, starts = _pages_from_marks(joined)
    if not text.strip():
        return IngestFailure(origin, "no text in this DOCX")
    meta: dict = {}
    if state.rendered_breaks:
        meta[PAGES_KEY] = starts
    return Article(doc_id=doc_id, text=text, title=title or first_sentence(text), url=url, published=published,
                   source=source_from_url(url), authors=_authors(author),
                   language=boilerplate.detect_language(text), meta=meta, path=None if url else origin)
