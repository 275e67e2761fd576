"""Quotations found on the characters of a text, once per document: straight, curly and guillemet
marks are paired, a straight mark's side told by its neighbours (space before: opening); single marks
(‘...’, '...') outside them are paired within a paragraph, apostrophes inside words left alone. A quotation
may run over a stray paragraph break; one left open at the end of a paragraph and reopened at the start
of the next is one speaker's quotation continuing. Hard-wrapped texts are read with their wrapped line
breaks as spaces (``unwrap``).

The quote extractor attributes these quotations; other extractors ask ``DocContext.quoted_token_ids``
whether a word stands inside one (what a speaker says is a view, not the article's report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from armstrack import settings

OPENING = {"“", "«"}
CLOSING = {"”", "»"}
MARKS_RE = re.compile(r'["“”«»″]')
WORD_RE = re.compile(r"\w+")
BREAK_RE = re.compile(r"\n\s*")
FIRST_LINE_RE = re.compile(r"\S[^\n]*")
#: Characters before a straight mark that make it an opening one, and after it a closing one.
OPEN_BEFORE = set("([{—–-/")
CLOSE_AFTER = set(".,;:!?)]}—–-")
HEADING_END = tuple('.!?"”»’')


@dataclass
class QuoteSpan:
    """One quoted stretch: the offsets of its marks and whether it continues the stretch before it."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or of the paragraph end when left open
    closed: bool
    continues: bool = False  # reopened after the previous stretch was left open at a paragraph end

    @property
    def end(self) -> int:
        """Offset just past the stretch, closing mark included."""
        return self.close + 1 if self.closed else self.close


def _mark_side(text: str, i: int, is_open: bool) -> str:
    """'open' or 'close' for the quote mark at ``i``; straight marks are told by their neighbours."""
    ch = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    # a curly mark keeps its side unless its neighbours plainly say the other (a typesetting slip:
    # '”Denmark is ...' opening a paragraph, '... sale,“ he said' closing a quotation)
    if ch in OPENING:
        slip = is_open and not before.isspace() and (after.isspace() or after in CLOSE_AFTER)
        return "close" if slip else "open"
    if ch in CLOSING:
        slip = not is_open and (before.isspace() or before in OPEN_BEFORE) and after.isalnum()
        return "open" if slip else "close"
    opens = before.isspace() or before in OPEN_BEFORE
    closes = after.isspace() or after in CLOSE_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


def _paragraph_end(text: str, start: int) -> int:
    """The offset of the end of the paragraph holding ``start`` (trailing spaces excluded)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _breaks(text: str) -> int:
    """Paragraph breaks in a stretch: runs of newlines count once."""
    return len(BREAK_RE.findall(text))


#: A single line break inside a sentence: after a word or comma, before a lower-case word.
WRAPPED_RE = re.compile(r"[\w,;][ \t]*\n(?=[ \t]*[a-z])")
#: A single line break that does not end a sentence (in a hard-wrapped text, a wrapped line).
SOFT_BREAK_RE = re.compile(r"(?<=[^\s.!?:\"”»’'])[ \t]*\n(?![ \t]*\n)|(?<=[,;])[\"”»’'][ \t]*\n(?![ \t]*\n)")


def unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped lines turned into spaces (offsets unchanged).

    Some sources break lines at a fixed width: a sentence, a quotation and its attribution then run over
    line breaks that are no paragraph ends. A text is taken as wrapped when several sentences go on over
    a line break in lower case; its single line breaks that do not follow the end of a sentence are spaces.
    """
    if len(WRAPPED_RE.findall(text)) < settings.current().quote_wrapped_min:
        return text
    return SOFT_BREAK_RE.sub(lambda m: m.group(0).replace("\n", " "), text)


def _nested(text: str, marks: list[int], k: int, open_at: int) -> bool:
    """Whether the opening mark ``marks[k]``, met inside the quotation opened at ``open_at``, starts a short
    name or term quoted within it (the same marks nested: '“We thank “Delta Motors” for the trucks,” she
    said'): it closes a few words on, the quotation goes on after it in the same paragraph, and the outer
    quotation then closes there, or, left open to the paragraph's end, fills the paragraph from its start."""
    i = marks[k]
    para_end = _paragraph_end(text, i)
    if _paragraph_end(text, open_at) < i or k + 1 >= len(marks) or marks[k + 1] > para_end:
        return False
    j = marks[k + 1]
    if _mark_side(text, j, True) != "close":
        return False
    if len(WORD_RE.findall(text[i + 1:j])) > settings.current().quote_scare_max_words \
            or not WORD_RE.search(text[j + 1:para_end]):
        return False
    if k + 2 < len(marks) and marks[k + 2] <= para_end:
        return _mark_side(text, marks[k + 2], True) == "close"
    return not text[text.rfind("\n", 0, open_at) + 1:open_at].strip()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch in a text, in order (a short term quoted inside a quotation is part of it)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    continues = False
    marks = [match.start() for match in MARKS_RE.finditer(text)]
    nested: set[int] = set()
    for k, i in enumerate(marks):
        if i in nested:
            continue
        side = _mark_side(text, i, open_at is not None)
        if side == "open":
            if open_at is not None and _nested(text, marks, k, open_at):
                nested.add(marks[k + 1])
                continue
            if open_at is not None:
                para_end = _paragraph_end(text, open_at)
                if para_end < i:  # left open at the end of its paragraph: the quotation goes on here
                    spans.append(QuoteSpan(open_at, para_end, False, continues))
                    continues = True
                else:  # a stray opening mark inside an open quotation: start again from it
                    continues = False
            else:
                continues = False
            open_at = i
        elif open_at is not None:
            if _breaks(text[open_at:i]) > settings.current().quote_max_breaks:
                spans.append(QuoteSpan(open_at, _paragraph_end(text, open_at), False, continues))
            else:
                spans.append(QuoteSpan(open_at, i, True, continues))
            open_at, continues = None, False
    if open_at is not None:
        spans.append(QuoteSpan(open_at, _paragraph_end(text, open_at), False, continues))
    return spans


SINGLE_RE = re.compile(r"[‘’']")
#: Any quote mark, double or single (a token that is one is no word of the quotation).
ANY_MARK_RE = re.compile(r"[\"“”«»″‘’']")


def _single_open(text: str, i: int) -> bool:
    """A single mark that opens a quotation: after a space or an opening bracket, before a letter
    ("'We will', ‘a turning point’"); not "'90s", nor an apostrophe inside a word."""
    if text[i] == "’":
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (before.isspace() or before in OPEN_BEFORE or before in '"“') and after.isalpha()


def _single_close(text: str, i: int) -> bool:
    """A single mark that closes a quotation: after a word or punctuation, before a space, punctuation or
    the end ("fighters,' he said", "point’."); not an apostrophe inside a word ("don't", "Russia’s")."""
    if text[i] == "‘":
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not before.isspace() and (after.isspace() or after in CLOSE_AFTER or after in '"”')


def _single_spans(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in single marks, outside the double-quoted ones, each closed within its paragraph.

    A closing candidate right after an "s" may be a plural possessive ("the ministers' view"): a later
    closing candidate in the same paragraph, before the next opening one, is then taken instead.
    """
    inside = [(span.open, span.end) for span in taken]
    marks = [m.start() for m in SINGLE_RE.finditer(text)
             if not any(a <= m.start() < b for a, b in inside)]
    spans = []
    k = 0
    reopened = False
    while k < len(marks):
        i = marks[k]
        if not _single_open(text, i):
            k += 1
            continue
        para_end = _paragraph_end(text, i)
        closes = []
        for j in marks[k + 1:]:
            if j >= para_end:
                break
            if _single_open(text, j) and not _single_close(text, j):
                break
            if _single_close(text, j):
                closes.append(j)
        close = None
        for n, j in enumerate(closes):
            possessive = text[j - 1] in "sS" and text[j + 1:j + 2] == " " and n + 1 < len(closes)
            if not possessive:
                close = j
                break
        if close is None and not closes and _reopened_after(text, i, para_end):
            # left open at the end of its paragraph and reopened at the start of the next: one speaker's
            # quotation going on (as with double marks)
            spans.append(QuoteSpan(i, para_end, False, reopened))
            reopened = True
            while k < len(marks) and marks[k] < para_end:
                k += 1
            continue
        if close is None or not WORD_RE.search(text[i + 1:close]):
            k += 1
            continue
        spans.append(QuoteSpan(i, close, True, reopened and i == _next_paragraph_start(text, spans[-1].close)
                               if spans and not spans[-1].closed else False))
        reopened = False
        while k < len(marks) and marks[k] <= close:
            k += 1
    return spans


def _next_paragraph_start(text: str, end: int) -> int:
    """The offset of the first character of the paragraph after the one ending at ``end``."""
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def _reopened_after(text: str, i: int, para_end: int) -> bool:
    """Whether a single mark at ``i``, opening a sentence and left open to its paragraph's end, is reopened
    by a single mark opening the next paragraph (a quotation running over paragraphs)."""
    if not starts_sentence(text, i) or "\n" not in text[para_end:para_end + 3]:
        return False
    j = _next_paragraph_start(text, para_end)
    return j < len(text) and text[j] in "‘'" and _single_open(text, j)


def find_all_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch in double marks, and in single marks outside them, in order."""
    doubles = find_quote_spans(text)
    if not SINGLE_RE.search(text):
        return doubles
    return sorted(doubles + _single_spans(text, doubles), key=lambda span: span.open)


def quoted_text(text: str, span: QuoteSpan) -> str:
    """The words inside the marks, verbatim, without surrounding spaces or a trailing comma."""
    inner = text[span.open + 1:span.close].strip()
    if span.closed and inner.endswith(","):
        inner = inner[:-1].rstrip()
    return inner


def line_bounds(text: str, i: int) -> tuple[int, int]:
    """The start and end offsets of the line (paragraph) of ``text`` that holds offset ``i``."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def is_headline(text: str, i: int, title: str | None) -> bool:
    """Whether offset ``i`` is in the headline: a heading line, the title, or an unpunctuated first line."""
    start, end = line_bounds(text, i)
    line = text[start:end].strip()
    if line.startswith("#") or (title and line == title.strip()):
        return True
    first = FIRST_LINE_RE.search(text)
    return first is not None and first.start() == text.find(line, start) and not line.endswith(HEADING_END) \
        and len(WORD_RE.findall(line)) <= 25


def starts_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a sentence (start of a paragraph, after a full stop or colon)."""
    before = text[:i].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    return before.rstrip('"”»’\'').endswith((".", "!", "?", ":"))


def is_scare_quote(text: str, span: QuoteSpan) -> bool:
    """A term in quote marks ("so-called"): a few words that do not stand as a quoted sentence."""
    inner = text[span.open + 1:span.close].strip()
    if len(WORD_RE.findall(inner)) > settings.current().quote_scare_max_words:
        return False
    return not (inner.endswith((",", ".", "!", "?")) and starts_sentence(text, span.open))


# --- the document around the quotations -----------------------------------------------------------
