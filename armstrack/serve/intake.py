"""Reading an ingestion request: pasted text, uploaded files (.txt .html .json .jsonl .pdf .docx) or a JSON body.

Shared by ``POST /api/ingest`` and the Add articles page; the token and size checks happen here and in
the security middleware.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request
from starlette.datastructures import UploadFile

from armstrack import settings
from armstrack.serve.jobs import slug
from armstrack.serve.security import TOKEN_FIELD, TOKEN_HEADER, token_matches

#: Form fields describing one pasted article.
PASTE_FIELDS = ("title", "url", "published", "source", "authors", "language")


@dataclass
class IngestRequest:
    """What an "add articles" request carried: uploaded files and pasted texts or URLs."""
    uploads: list[tuple[str, bytes]] = field(default_factory=list)
    pasted: list[dict[str, Any]] = field(default_factory=list)


def pasted_id(record: dict[str, Any]) -> str:
    """A stable document id for a pasted article: its title as a slug and a hash of its text."""
    body = str(record.get("text") or record.get("html") or "")
    digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"pasted-{slug(str(record.get('title') or '')) or 'article'}-{digest}"


def _check_suffix(name: str) -> None:
    lower = (name or "").lower()
    if not lower.endswith(settings.SUPPORTED_SUFFIXES):
        raise HTTPException(400, f"unsupported file type for {name!r}: supported are "
                                 f"{', '.join(settings.SUPPORTED_SUFFIXES)}")


def check_token(request: Request, form_token: str | None = None) -> None:
    """Refuse (401) a request without the token the server was started with, from the header or the form."""
    expected = request.app.state.config.token
    given = request.headers.get(TOKEN_HEADER) or form_token
    if not token_matches(expected, given):
        raise HTTPException(401, f"a valid token is needed to add articles ({TOKEN_HEADER} header or "
                                 f"'{TOKEN_FIELD}' form field)")


async def read_ingest_request(request: Request) -> IngestRequest:
    """Parse and authorise the request; raises HTTPException (400, 401, 413) with a readable message."""
    config = request.app.state.config
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    out = IngestRequest()
    if ctype == "application/json":
        check_token(request)
        try:
            body = json.loads(await request.body() or b"null")
        except ValueError as exc:
            raise HTTPException(400, f"invalid JSON: {exc}") from exc
        items = body.get("articles", [body]) if isinstance(body, dict) else body
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise HTTPException(400, "expected an article object, a list of them, or {\"articles\": [...]}")
        for item in items:
            if not (str(item.get("text") or "").strip() or str(item.get("html") or "").strip()):
                raise HTTPException(400, "every article needs a non-empty 'text' or 'html'")
            record = dict(item)
            record.setdefault("id", pasted_id(record))
            out.pasted.append(record)
    elif ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.form(max_files=request.app.state.settings.upload_max_files, max_fields=100, max_part_size=config.max_upload_bytes)
        token = form.get(TOKEN_FIELD)
        check_token(request, token if isinstance(token, str) else None)
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if not value.filename and not value.size:
                    continue  # an empty file input
                _check_suffix(value.filename or "")
                out.uploads.append((value.filename or "upload.txt", await value.read()))
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            record: dict[str, Any] = {"text": text.replace("\r\n", "\n")}
            for f in PASTE_FIELDS:
                v = form.get(f)
                if isinstance(v, str) and v.strip():
                    record[f] = [a.strip() for a in v.split(",") if a.strip()] if f == "authors" else v.strip()
            doc_id = form.get("id")
            record["id"] = doc_id.strip() if isinstance(doc_id, str) and doc_id.strip() else pasted_id(record)
            out.pasted.append(record)
    else:
        raise HTTPException(415, "send multipart/form-data (text field and/or files) or application/json")
    if not out.uploads and not out.pasted:
        raise HTTPException(400, "nothing to ingest: paste a text or choose at least one file")
    return out
