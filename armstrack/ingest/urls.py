"""URLs in saved articles: recognise them and name the site they come from."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: An http(s) URL, optionally in <angle brackets>; trailing sentence punctuation is not part of it.
URL = re.compile(r"<?(https?://[^\s<>\"'\[\]]+?)>?(?=[.,;:!?)]*(?:\s|$))", re.IGNORECASE)
_BARE_URL_LINE = re.compile(r"^\s*<?(https?://[^\s<>\"']+)>?\s*$", re.IGNORECASE)
_WWW = re.compile(r"^www\d*\.")


def url_in_line(line: str) -> str | None:
    """The URL if the line is nothing but a URL (maybe in <...>), else None."""
    m = _BARE_URL_LINE.match(line)
    return m.group(1) if m else None


def source_from_url(url: str | None) -> str | None:
    """The site a URL belongs to: its host without ``www.`` (www.example.com -> example.com), else None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _WWW.sub("", host.lower().rstrip("."))
