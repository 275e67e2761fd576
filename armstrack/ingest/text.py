"""Saved-article .txt files: markdown leftovers, title, byline, date line, source-URL trailer, body.

Shape (all parts optional)::

    # Headline                      <- title (a repeat of it on the next line is dropped)
    By Jane Doe and John Roe        <- authors (a date may follow on the same line)
    March 26, 2021                  <- published (only in the first few lines, never from the body)
    Body paragraph ...              <- text, paragraphs separated by a blank line
    Original url: <https://...>     <- url, source; a /YYYY/MM/DD/ date in it gives published if no date line

A file without that shape (it starts with a long paragraph) is all body; its title is its first sentence.
"""

from __future__ import annotations

import html
import re
from datetime import date

from armstrack import settings
from armstrack.records import Article, IngestFailure

from . import boilerplate
from .dates import date_from_url, date_line, split_date_suffix
from .urls import source_from_url, url_in_line

#: Title, byline and date lines are looked for in this many non-empty lines at the top.
HEADER_LINES = 6
#: A first line longer than this is a paragraph, not a headline.
MAX_TITLE_WORDS = 25
#: A title made from the first sentence is cut to this many characters.
MAX_TITLE_CHARS = 200
MAX_BYLINE_WORDS = 16

# --- markdown -----------------------------------------------------------------------------------
_MD_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"  # (url) or (url "title"), one level of ()
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\]\n]*)\]" + _MD_TARGET)
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")  # [text][1]
_MD_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?\S+>?(?:[ \t]+[\"'(].*)?[ \t]*$", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*|(?<!\w)__(?=\S)([^\n]+?)(?<=\S)__(?!\w)")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~])")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")

# --- header lines -------------------------------------------------------------------------------
_BYLINE = re.compile(
    r"^(?:(?:written|reported|words|story|text|posted)\s+)?by\s*[:\s]\s*(?P<rest>.+)$"
    r"|^(?:authors?|byline|reporter|reporting)\s*:\s*(?P<rest2>.+)$",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\||•|·|\band\b)\s*", re.IGNORECASE)
_DATED_BYLINE = re.compile(r"^(?P<pre>.{4,60}?)\s+(?P<by>by\b.*)$", re.IGNORECASE)
_READING_TIME = re.compile(r"[\s|•·–—-]*\b\d+\s*min(?:ute)?s?\s+read\b[\s|•·–—-]*", re.IGNORECASE)
_BYLINE_TRAILER = re.compile(
    r"(?:[\s,|•·–—:-]+|\b(?:published|updated|posted|on|at)\b"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?)+$",
    re.IGNORECASE,
)
_LOCATION = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")
#: Words of a role in a byline ("Staff Writer", "Defence Correspondent"): a piece after the first name that
#: has one of these is a role; a first piece is a role only when it is made of role words alone.
_ROLE_WORDS = frozenset(
    "writer correspondent reporter editor staff contributor journalist columnist desk bureau team "
    "newsroom producer".split()
)
_ROLE_VOCABULARY = _ROLE_WORDS | frozenset(
    "our special senior chief defence defense foreign political diplomatic military security contributing "
    "associate deputy managing news online digital of the for".split()
)
_PARTICLES = frozenset("de da das do dos du di del della van von der den ter ten la le al el bin bint y e".split())
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december the".split()
)
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")
_ENDS_SENTENCE = re.compile(r"[.!?…:;,][\"”’)\]]*$")
#: A byline run on into an upper-case dateline on one line ("By Jane Roe, Reuters KYIV, May 2 — ..."): the byline
#: and where the dateline ("KYIV, May 2 —", "OSLO (AP) —") begins.
_GLUED_BYLINE = re.compile(
    r"^(?P<by>[Bb]y\s.{3,120}?)\s+(?=[A-Z][A-Z'.\-]{2,}(?:\s[A-Z][A-Z'.\-]+){0,3}(?:,[^\n—–:(]{0,30})?\s*"
    r"(?:\([^)\n]{0,40}\)\s*)?[—–:-]\s)"
)
_ENDS_QUESTION = re.compile(r"[?!][\"”’)\]]*$")

# --- trailers -----------------------------------------------------------------------------------
_TRAILER = re.compile(
    r"^\s*(?:original\s+(?:url|link|article|source|story)|source(?:\s+(?:url|link))?|url|link|permalink"
    r"|canonical(?:\s+url)?|article\s+(?:url|link)|read\s+(?:the\s+)?original(?:\s+(?:article|story))?"
    r"(?:\s+(?:here|at))?)\s*:\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)

# --- first sentence -----------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt adm sgt cpl sen rep gov st jr sr no vs etc inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est dept fig".split()
)


def clean_markdown(text: str) -> tuple[str, set[int]]:
    """Markdown leftovers of a saved page turned into plain text; also the indices of heading lines."""
    headings = {text.count("\n", 0, m.start()) for m in _MD_HEADING.finditer(text)}
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_DEF.sub("", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_ITALIC.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text, headings


def too_long_reason(doc_id: str, n: int) -> str:
    """The failure message for an article over MAX_ARTICLE_CHARS."""
    return f"article {doc_id} too long: {n:,} characters (limit {settings.current().max_article_chars:,})"


def parse_byline(line: str) -> tuple[list[str], date | None] | None:
    """(author names, date on the same line or None) if ``line`` is a byline, else None.

    ``By A and B``, ``by A, B and C``, ``By A Sep 7, 2021, 14:25 PM``, ``Posted on March 3, 2021 by A``.
    """
    s = _READING_TIME.sub("", line.strip()).strip()
    published = None
    m = _BYLINE.match(s)
    if not m:
        pre = _DATED_BYLINE.match(s)  # "Posted on March 3, 2021 by Ann Example"
        dated = date_line(pre.group("pre")) if pre else None
        if dated is None:
            return None
        published = dated[0]
        m = _BYLINE.match(s[pre.start("by"):])
        if not m:
            return None
    rest = (m.group("rest") or m.group("rest2") or "").strip()
    split = split_date_suffix(rest)
    if split is not None:
        rest, published = split[0], published or split[1]
    rest = _BYLINE_TRAILER.sub("", rest).strip()
    rest = _LOCATION.sub("", rest).strip()
    if not rest or len(rest.split()) > MAX_BYLINE_WORDS:
        return None
    names: list[str] = []
    for n, piece in enumerate(_NAME_SEPARATORS.split(rest)):
        piece = piece.strip(" .")
        if not piece:
            continue
        tokens = piece.split()
        words = [t.lower().strip(".") for t in tokens]
        role = all(w in _ROLE_VOCABULARY for w in words) or (bool(names) and any(w in _ROLE_WORDS for w in words))
        if role or boilerplate.is_agency(piece):
            continue  # "Staff Writer", "Reuters": part of the byline, not a person
        if not _is_name(tokens):
            if n == 0:
                return None  # "By the end of the year ...": a sentence, not a byline
            continue  # "By Ann Example, special to the Daily": an affiliation
        names.append(piece)
    return names, published


def _is_name(tokens: list[str]) -> bool:
    if not 1 <= len(tokens) <= 5 or tokens[0].lower() in _NOT_NAMES:
        return False
    for t in tokens:
        if t.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(t) or not t[0].isupper():
            return False
    return True


def _is_header_line(line: str) -> bool:
    return parse_byline(line) is not None or date_line(line) is not None


def _title_like(lines: list[str], i: int, next_nonempty: str | None, heading: bool) -> bool:
    """Whether line ``i`` is a headline rather than the start of a body paragraph."""
    s = lines[i].strip()
    if heading:
        return True
    if len(s.split()) > MAX_TITLE_WORDS:
        return False
    follows = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if follows and follows[0].islower():
        return False  # a hard-wrapped paragraph continues on the next line
    if next_nonempty is not None and _is_header_line(next_nonempty):
        return True  # a byline or a date line follows: this is the headline
    if not _ENDS_SENTENCE.search(s):
        return True
    # A short question or exclamation standing on its own line is a headline; a sentence is body.
    return bool(_ENDS_QUESTION.search(s)) and not follows and len(s.split()) <= 15


def _take_trailers(lines: list[str]) -> str | None:
    """Find the article's URL in ``Original url: <...>`` trailers (blanking them) or a lone URL line."""
    url = None
    for i, line in enumerate(lines):
        m = _TRAILER.match(line)
        if not m:
            continue
        value = m.group("value")
        if value:
            found = url_in_line(value)
            if found:
                url = url or found
                lines[i] = ""
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j].strip():
                found = url_in_line(lines[j])
                if found:
                    url = url or found
                    lines[i] = lines[j] = ""
                break
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    for i in (nonempty[-1:] + nonempty[:1]) if nonempty else []:
        found = url_in_line(lines[i])
        if found:  # a saved page's address alone on the first or last line
            url = url or found
            lines[i] = ""
    return url


def first_sentence(text: str, limit: int = MAX_TITLE_CHARS) -> str | None:
    """The first sentence of ``text`` (its first line at most), cut at a word boundary to ``limit`` chars."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first:
        return None
    sentence = first
    for m in _SENTENCE_END.finditer(first):
        words = first[: m.start() + 1].split()
        word = words[-1].rstrip(".").lower() if words else ""
        if first[m.start()] == "." and (word in _ABBREVIATIONS or len(word) == 1 or "." in word):
            continue  # "Mr.", "U.S.", an initial
        sentence = first[: m.end()]
        break
    if len(sentence) > limit:
        cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
        sentence = cut + "…"
    return sentence


def strip_header(text: str, title: str | None) -> tuple[str, list[str], date | None]:
    """A cleaned body without the header lines a scraped page's text field may open with (a byline, a
    "Published :" or "Last updated" line, the headline printed a second time), and the authors and the date
    those give.

    Only the first few lines are read, up to the first one that reads as prose (a sentence, a long line): a
    date line in the body is a date the story tells, not the page's."""
    lines = text.split("\n")
    split = False
    for i, line in enumerate(lines):
        if line.strip():
            glued = _GLUED_BYLINE.match(line.strip())
            if glued and parse_byline(glued.group("by")) is not None:
                lines[i:i + 1] = [glued.group("by"), line.strip()[glued.end():]]  # the dateline opens the body
                split = True
            break
    authors: list[str] = []
    published: date | None = None
    updated: date | None = None
    drop: set[int] = set()
    seen = 0
    headline = repeated = False
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        byline = parse_byline(s)
        dated = None if byline is not None else date_line(s)
        if byline is not None:
            authors = authors or byline[0]
            published = published or byline[1]
        elif dated is not None:
            if dated[1]:
                updated = updated or dated[0]
            else:
                published = published or dated[0]
        elif title and boilerplate.same_text(s, title):
            if not headline:
                headline = True
                continue  # the headline as the text's first line is part of the text (a story may tell it there)
            repeated = True
        else:
            if _ENDS_SENTENCE.search(s) or len(s.split()) > MAX_BYLINE_WORDS:
                break  # the body begins
            continue  # a short line of the header left as it is ("Jane Roe, Abu Dhabi", a section name)
        drop.add(i)
    if not drop or not (repeated or split):
        return text, authors, published or updated  # lines kept: a byline's place, a date line may tell the story
    body = boilerplate.clean("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return (body or text), authors, published or updated


def parse_text(raw: str, doc_id: str, path: str | None = None) -> Article | IngestFailure:
    """An Article from the text of a saved article (already decoded); IngestFailure if no text is left."""
    if len(raw) > 2 * settings.current().max_article_chars:  # cleaning can't bring it under the limit: don't try
        return IngestFailure(str(path or doc_id), too_long_reason(doc_id, len(raw)))
    text = _NEWLINES.sub("\n", raw).lstrip("\ufeff")
    text, headings = clean_markdown(text)
    lines = [line.rstrip() for line in text.split("\n")]
    url = _take_trailers(lines)

    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    window = nonempty[:HEADER_LINES]
    title: str | None = None
    authors: list[str] = []
    published: date | None = None
    updated: date | None = None
    drop: set[int] = set()
    for k, i in enumerate(window):
        s = lines[i].strip()
        if boilerplate.is_boilerplate_line(s):
            continue  # "Skip to content", "Advertisement" above the headline: removed with the body's boilerplate
        byline = parse_byline(s)
        if byline is not None:
            names, d = byline
            authors = authors or names
            published = published or d
            drop.add(i)
            continue
        dated = date_line(s)
        if dated is not None:
            d, is_update = dated
            if is_update:
                updated = updated or d
            else:
                published = published or d
            drop.add(i)
            continue
        if title is None:
            nxt = lines[nonempty[k + 1]] if k + 1 < len(nonempty) else None
            if not _title_like(lines, i, nxt, i in headings):
                break  # no recognisable shape: the file starts with its body
            title = s
            drop.add(i)
        elif boilerplate.same_text(s, title):
            drop.add(i)  # the headline printed twice
    published = published or updated

    body = boilerplate.clean("\n".join(line for i, line in enumerate(lines) if i not in drop))
    if not body:
        return IngestFailure(str(path or doc_id), "no article text (empty after removing title, byline and boilerplate)")
    if title is None:
        title = first_sentence(body)
    if published is None:
        published = date_from_url(url)
    return Article(
        doc_id=doc_id,
        text=body,
        title=title,
        url=url,
        published=published,
        source=source_from_url(url),
        authors=authors,
        language=boilerplate.detect_language(body),
        meta={},
        path=path,
    )
