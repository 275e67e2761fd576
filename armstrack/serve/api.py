"""The JSON API (documented by the generated OpenAPI at /api/openapi.json and /api/docs)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from armstrack.records import CATEGORIES, STATUSES, Category, Status, VocabularyError, member
from armstrack.serve import data, schemas, views
from armstrack.serve.deps import SessionDep
from armstrack.serve.intake import read_ingest_request
from armstrack.settings import MAX_OFFSET
from armstrack.query import queries
from armstrack.query.cells import csv_safe

router = APIRouter(prefix="/api", tags=["api"])

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 1000
#: A CSV download without an explicit limit returns every matching row, up to this many.
CSV_RESPONSE = {200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                      "description": "JSON page, or CSV with ?format=csv / Accept: text/csv"}}


class ListParams:
    """Pagination and output format shared by every list endpoint."""

    def __init__(
        self, request: Request,
        limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="Items per page (default 50)")] = None,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
        format: Annotated[Literal["json", "csv"] | None, Query(description="json (default) or csv")] = None,
    ) -> None:
        accept = request.headers.get("accept", "")
        self.csv = format == "csv" or (format is None and accept.split(",")[0].strip().startswith("text/csv"))
        self.explicit_limit = limit is not None
        self.offset = offset
        self.limit = limit if limit is not None else (request.app.state.settings.csv_rows if self.csv else 50)


class RecordFilters:
    """The same filters as the command line."""

    def __init__(
        self,
        supplier: str | None = None, recipient: str | None = None,
        system: Annotated[str | None, Query(description="System name or family")] = None,
        category: Annotated[str | None, Query(description="Weapon category: " + ", ".join(CATEGORIES))] = None,
        status: Annotated[str | None, Query(description="Transfer status: " + ", ".join(STATUSES))] = None,
        country: Annotated[str | None, Query(description="Supplier, recipient or actor")] = None,
        person: Annotated[str | None, Query(description="Participant, speaker or actor")] = None,
        since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")] = None,
        until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")] = None,
        q: Annotated[str | None, Query(description="Text anywhere in the record or its evidence")] = None,
        sort: Annotated[str | None, Query(description="A field name, or date, sources, first_reported, "
                                                      "last_reported; prefix with - for descending")] = None,
    ) -> None:
        # a status or category outside its vocabulary is refused (422 naming the allowed values), not
        # answered with an empty list; an empty parameter is no filter, as before
        for name, vocabulary, value in (("status", Status, status), ("category", Category, category)):
            if value and value.strip():
                try:
                    member(vocabulary, value.strip(), name)
                except VocabularyError as exc:
                    raise HTTPException(422, str(exc)) from None
        self.values = dict(supplier=supplier, recipient=recipient, system=system, category=category, status=status,
                           country=country, person=person, since=since, until=until, q=q, sort=sort)

    def for_kind(self, kind: str) -> dict[str, Any]:
        """The filters as keyword arguments for one record kind (blank values as None); 422 if ``sort`` is not a field
        of that kind."""
        sort = self.values.get("sort")
        if sort and sort.lstrip("-") not in data.sortable(kind):
            raise HTTPException(422, f"cannot sort {kind} by {sort.lstrip('-')!r}; "
                                     f"use one of: {', '.join(data.sortable(kind))}")
        return {k: (v.strip() if isinstance(v, str) else v) or None for k, v in self.values.items()}


def csv_response(rows: list[dict], columns: list[str], filename: str) -> Response:
    """CSV with a byte order mark (Excel then reads UTF-8); no cell starts like a formula (see csv_safe)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_safe(views.cell(row.get(c))) for c in columns])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def record_csv_rows(kind: str, records: list[dict]) -> tuple[list[dict], list[str]]:
    """One row per record: its fields, how many sources report it, which documents, and the sentences."""
    columns = ["id", *views.COLUMNS[kind], "sources", "first_reported", "last_reported", "documents", "evidence"]
    rows = []
    for r in records:
        mentions = views.mentions_of(r)
        docs = views.sources_of(r)
        rows.append({**r, "sources": r.get("sources", len(docs)), "documents": docs,
                     "evidence": " | ".join(" ".join(m["text"].split()) for m in mentions)})
    return rows, columns


def page(items, total, params: ListParams) -> dict:
    """One page of a list endpoint: {items, total, limit, offset}."""
    return {"items": items, "total": total, "limit": params.limit, "offset": params.offset}


# --- documents --------------------------------------------------------------------------------------------

@router.get("/documents", response_model=schemas.Page[schemas.DocumentSummary], responses=CSV_RESPONSE,
            summary="List documents")
def list_documents(session: SessionDep, params: Annotated[ListParams, Depends()],
                   q: Annotated[str | None, Query(description="Text in the title or id")] = None):
    """Stored documents, newest first, without their text. ``q`` is a full-text query on the documents; with ?format=csv
    one row per document."""
    items, total = queries.list_documents(session, q=q or None, limit=params.limit, offset=params.offset)
    if params.csv:
        return csv_response(items, ["id", "title", "url", "published", "source", "authors", "language"],
                            "documents.csv")
    return page(items, total, params)


@router.get("/documents/{doc_id:path}", response_model=schemas.DocumentDetail,
            summary="One document: cleaned text, the records with evidence in it, its entity mentions")
def get_document(doc_id: str, session: SessionDep):
    """A document by id (ids may contain slashes): its cleaned text, the merged records with evidence in it (one list
    per kind) and its entity mentions. 404 if there is no such document."""
    doc = queries.get_document(session, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return doc


# --- records ----------------------------------------------------------------------------------------------

def _add_record_routes(kind: str) -> None:
    schema = schemas.RECORD_SCHEMAS[kind]

    def list_kind(session: SessionDep, params: Annotated[ListParams, Depends()],
                  filters: Annotated[RecordFilters, Depends()]):
        items, total = data.records(session, kind, **filters.for_kind(kind), limit=params.limit,
                                    offset=params.offset)
        if params.csv:
            rows, columns = record_csv_rows(kind, items)
            return csv_response(rows, columns, f"{kind}.csv")
        return page(items, total, params)

    def get_one(record_id: str, session: SessionDep):
        record = queries.get_record(session, kind, record_id)
        if record is None:
            raise HTTPException(404, f"no {views.KIND_SINGULAR[kind]} {record_id!r}")
        return record

    router.add_api_route(f"/{kind}", list_kind, methods=["GET"], response_model=schemas.Page[schema],
                         responses=CSV_RESPONSE, summary=f"List {kind}", name=f"list_{kind}")
    router.add_api_route(f"/{kind}/{{record_id}}", get_one, methods=["GET"], response_model=schema,
                         summary=f"One {views.KIND_SINGULAR[kind]}", name=f"get_{kind}")


for _kind in views.KINDS:
    _add_record_routes(_kind)


# --- people -----------------------------------------------------------------------------------------------

@router.get("/people", response_model=schemas.Page[schemas.PersonSummary], responses=CSV_RESPONSE,
            summary="List people")
def list_people(session: SessionDep, params: Annotated[ListParams, Depends()],
                q: Annotated[str | None, Query(description="Text in the name or an alias")] = None):
    """Canonical people (each person once, however many spellings), by name, with aliases, titles and mention counts.
    ``q`` matches any spelling; with ?format=csv one row per person."""
    items, total = queries.list_people(session, q=q or None, limit=params.limit, offset=params.offset)
    if params.csv:
        rows = [{**p, "titles": [t.get("title") + (f" ({t['affiliation']})" if t.get("affiliation") else "")
                                 for t in p.get("titles") or []]} for p in items]
        return csv_response(rows, ["id", "name", "aliases", "titles", "mention_count"], "people.csv")
    return page(items, total, params)


@router.get("/people/{person_id}", response_model=schemas.PersonDetail,
            summary="One person: titles over time, mentions, meetings, quotes")
def get_person(person_id: str, session: SessionDep):
    """A person by id (like "p12") or any spelling of the name: titles over time, first mentions, meetings, quotes and
    events. 404 if no person matches."""
    person = queries.get_person(session, person_id)
    if person is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return person


# --- analysis ---------------------------------------------------------------------------------------------

@router.get("/conflicts", response_model=list[schemas.Conflict],
            summary="Disagreements between sources: a field with competing values")
def list_conflicts(session: SessionDep,
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Records per page")] = 50,
                   offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """Fields on which sources disagree, each with the competing values and the document that gives each. Paged by
    record or person (all conflicts of one are on the same page)."""
    return queries.list_conflicts(session, limit=limit, offset=offset)


@router.get("/search", response_model=list[schemas.SearchHit], summary="Full-text search over documents")
def search(session: SessionDep, q: Annotated[str, Query(min_length=1, description="Search terms")],
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50):
    """Documents matching the search terms, best first, with a snippet and a score."""
    return queries.search(session, q, limit=limit)


@router.get("/overview", summary="Counts, supplier → recipient flows, latest records")
def overview(session: SessionDep) -> dict:
    """Record counts, supplier → recipient flows (most transfers first) and the latest records of each kind."""
    return queries.overview(session)


@router.get("/timeline", summary="Dated meetings, transfers and events")
def timeline(session: SessionDep, country: str | None = None, person: str | None = None,
             since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
             until: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
             limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Entries per page")] = 200,
             offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> list[dict]:
    """Meetings, transfers and events in date order, undated ones last: entries {date, kind, record}. Filter by country
    or person and by a date range (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return queries.timeline(session, country=country or None, person=person or None, since=since, until=until,
                            limit=limit, offset=offset)


@router.get("/network", summary="Countries, people, organisations and systems with weighted ties")
def network(session: SessionDep) -> dict:
    """A graph of countries, people, organisations and weapon systems: nodes, and edges weighted by the records that tie
    them (the heaviest ties only, as the server's settings allow)."""
    return queries.network(session)


@router.get("/countries/{name}", summary="A country's transfers (supplied and received) and events")
def country(name: str, session: SessionDep) -> dict:
    """A country by name or alias: what it supplied and received, from and to whom, its meetings and events (the most
    recent records listed; totals count all). 404 if no record or document names it."""
    profile = queries.country_profile(session, name)
    if profile is None:
        raise HTTPException(404, f"no records for country {name!r}")
    return profile


@router.get("/systems/{family}", summary="A weapon system family's transfers")
def system(family: str, session: SessionDep) -> dict:
    """A weapon system family (or any designation in it): its transfers, suppliers and recipients (the newest transfers
    listed; counts over all). 404 if nothing is known of it."""
    profile = queries.system_profile(session, family)
    if profile is None:
        raise HTTPException(404, f"no records for system {family!r}")
    return profile


# --- ingestion --------------------------------------------------------------------------------------------

INGEST_BODY = {
    "requestBody": {
        "content": {
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "text": {"type": "string", "description": "A pasted article"},
                "title": {"type": "string"}, "url": {"type": "string"},
                "published": {"type": "string", "description": "YYYY-MM-DD"},
                "source": {"type": "string"}, "authors": {"type": "string", "description": "comma-separated"},
                "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                          "description": ".txt, .html, .htm, .json, .jsonl, .pdf or .docx files"},
                "token": {"type": "string", "description": "the server's token (or X-Armstrack-Token)"}}}},
            "application/json": {"schema": {"description": "An article {id?, text|html, title, url, published, "
                                                           "authors, source}, a list of them, or {articles: [...]}"}},
        },
    },
}


@router.post("/ingest", status_code=202, response_model=schemas.JobAccepted, openapi_extra=INGEST_BODY,
             summary="Add articles; ingestion runs in the background",
             responses={401: {"description": "token missing or wrong"}, 413: {"description": "body too large"}})
async def ingest(request: Request):
    """Add articles as multipart form (pasted text and/or files) or JSON; answers 202 with a job id at once and ingests
    in the background. Poll the returned url (also in the Location header) for progress."""
    parsed = await read_ingest_request(request)
    job = request.app.state.jobs.submit(parsed.uploads, parsed.pasted)
    url = f"/api/jobs/{job.id}"
    return JSONResponse({"id": job.id, "state": job.state, "url": url}, status_code=202,
                        headers={"Location": url})


@router.get("/jobs/{job_id}", response_model=schemas.JobStatus, summary="Progress of an ingestion job")
def job_status(job_id: str, request: Request):
    """State and progress of an ingestion job: inputs read, documents added, replaced or unchanged, failures and
    warnings. 404 for an unknown job id."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return job.as_dict()
