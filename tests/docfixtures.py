"""Small PDF and DOCX files written by the tests themselves (no third-party text, no PDF library).

``make_pdf`` writes a valid PDF 1.4 by hand: Helvetica (a standard font, not embedded), one content
stream per page, an optional Info dictionary, image-only pages (a "scan") and a password-protected
variant (an /Encrypt dictionary whose user password is not empty).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

PAGE_W, PAGE_H = 612, 792


@dataclass
class Line:
    text: str
    y: float
    x: float = 72
    size: float = 11


def paragraphs(*paras: list[str], top: float = 700, size: float = 11, leading: float = 14,
               gap: float = 30) -> list[Line]:
    """Lines of paragraphs set one under the other: lines ``leading`` apart, paragraphs ``gap`` apart."""
    out, y = [], top
    for para in paras:
        for line in para:
            out.append(Line(line, y, size=size))
            y -= leading
        y -= gap - leading
    return out


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[Line], image: bool) -> bytes:
    parts = []
    for ln in lines:
        parts.append(b"BT /F1 %g Tf %g %g Td (" % (ln.size, ln.x, ln.y) + _escape(ln.text) + b") Tj ET")
    if image:
        parts.append(b"q 468 0 0 600 72 100 cm /Im1 Do Q")
    return b"\n".join(parts)


def _pdf_string(text: str) -> bytes:
    return b"(" + _escape(text) + b")"


def make_pdf(pages: list[list[Line]], info: dict[str, str] | None = None, image_pages: set[int] = frozenset(),
             encrypted: bool = False, page_labels: bytes | None = None) -> bytes:
    """A PDF of ``pages`` (lists of lines); pages in ``image_pages`` (0-based) also draw a grey image;
    ``page_labels`` is a /PageLabels number tree (``b"<< /Nums [0 << /S /r >>] >>"``)."""
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pixels = bytes(range(0, 256, 16)) * 16  # 16 x 16 grey levels
    image = add(b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    kids = []
    for i, lines in enumerate(pages):
        stream = _content(lines, i in image_pages)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                        % (pages_obj, PAGE_W, PAGE_H, content, font, image)))
    objects[catalog - 1] = (b"<< /Type /Catalog /Pages %d 0 R" % pages_obj
                            + (b" /PageLabels " + page_labels if page_labels else b"") + b" >>")
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))
    info_obj = None
    if info:
        info_obj = add(b"<< " + b" ".join(b"/" + k.encode() + b" " + _pdf_string(v) for k, v in info.items()) + b" >>")
    encrypt_obj = None
    if encrypted:  # RC4 40-bit, with a user-password check value no empty password produces
        encrypt_obj = add(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
                          + b"> /P -44 >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info_obj:
        trailer += b" /Info %d 0 R" % info_obj
    if encrypt_obj:
        trailer += b" /Encrypt %d 0 R" % encrypt_obj
    trailer += b" /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>"
    out.write(b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()
