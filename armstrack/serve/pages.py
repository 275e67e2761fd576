"""Server-rendered pages (Jinja2, autoescaped). Every record links to its evidence on the document page."""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from armstrack.ingest.dates import parse_date
from armstrack.records import CATEGORIES, STATUSES
from armstrack.serve import charts, data, views
from armstrack.serve.deps import SessionDep, app_settings
from armstrack.serve.intake import read_ingest_request
from armstrack import kinds
from armstrack.serve.intake import check_token
from armstrack.serve.security import TOKEN_FIELD
from armstrack.settings import MAX_OFFSET
from armstrack.query import queries
from armstrack.store import models as m

router = APIRouter(include_in_schema=False)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    """Render ``template`` with what every page needs: the current path for the menu, whether a token is asked."""
    context.setdefault("nav", request.url.path)
    context.setdefault("token_required", bool(request.app.state.config.token))
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)


def _date_param(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not _DATE.match(value):
        raise HTTPException(422, f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value or None


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.strip() if isinstance(v, str) else v) or None for k, v in params.items()}


def _pages(total: int, offset: int, limit: int) -> dict:
    return {"total": total, "offset": offset, "limit": limit, "first": offset + 1 if total else 0,
            "last": min(total, offset + limit), "prev": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None}


def _docs_for(session: Session, records: list[dict]) -> dict[str, dict]:
    return data.doc_info(session, (m["doc"] for r in records for m in views.mentions_of(r)))


def _people_ids(session: Session, records: list[dict]) -> data.PersonIds:
    """Person ids for the names these records show (looked up together, not one by one)."""
    names = [n for r in records for n in (r.get("participants") or []) + (r.get("actors") or [])]
    names += [r.get("speaker") for r in records]
    return data.person_ids(session).prefetch(n for n in names if isinstance(n, str))


def _flatten_latest(latest: Any) -> list[tuple[str, dict]]:
    """overview()["latest"] as (kind, record) pairs, whatever shape the query layer gives."""
    out: list[tuple[str, dict]] = []
    if isinstance(latest, dict):
        for kind, records in latest.items():
            out.extend((kind, r) for r in records or [] if kind in views.KINDS)
    elif isinstance(latest, list):
        for item in latest:
            if isinstance(item, dict) and "record" in item and "kind" in item:
                out.append((item["kind"], item["record"]))
            elif isinstance(item, dict) and views.kind_of(item.get("id", "")):
                out.append((views.kind_of(item["id"]), item))
    return out


# --- overview ---------------------------------------------------------------------------------------------

@router.get("/")
def overview(request: Request, session: SessionDep):
    """The home page: counts, the main flows, and the latest records and documents."""
    ov = queries.overview(session)
    latest = _flatten_latest(ov.get("latest"))
    latest_by_kind: dict[str, list[dict]] = defaultdict(list)
    for kind, r in latest:
        latest_by_kind[kind].append(r)
    docs, _ = queries.list_documents(session, limit=6)
    flows = [f for f in ov.get("flows", []) if f.get("supplier") and f.get("recipient")]
    return render(request, "overview.html", counts=ov.get("counts", {}), flows=flows[:25],
                  more_flows=max(0, len(flows) - 25), sankey=charts.sankey(flows),
                  latest=latest_by_kind, docs=docs, sources=_docs_for(session, [r for _, r in latest]))


# --- the transfer register and the other record lists -----------------------------------------------------

REGISTER_COLUMNS = (("supplier", "Supplier"), ("recipient", "Recipient"), ("system", "System"),
                    ("category", "Category"), ("quantity", "Qty"), ("status", "Status"), ("when", "Date"),
                    ("sources", "Sources"))


@router.get("/transfers")
def transfers(request: Request, session: SessionDep,
              supplier: str | None = None, recipient: str | None = None, system: str | None = None,
              category: str | None = None, status: str | None = None, country: str | None = None,
              since: str | None = None, until: str | None = None, q: str | None = None,
              sort: str | None = None, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """The transfer register page: filters, sorting and paging over merged transfers."""
    params = _clean(dict(supplier=supplier, recipient=recipient, system=system, category=category,
                         status=status, country=country, since=_date_param(since), until=_date_param(until), q=q))
    sort = sort if sort and sort.lstrip("-") in dict(REGISTER_COLUMNS) else "-when"
    items, total = data.records(session, "transfers", **params, sort=sort, limit=app_settings(request).page_size, offset=offset)
    state = {**params, "sort": sort}
    return render(request, "transfers.html", items=items, pages=_pages(total, offset, app_settings(request).page_size),
                  params=params, state=state, sort=sort, columns=REGISTER_COLUMNS,
                  categories=CATEGORIES, statuses=STATUSES, options=data.filter_values(session),
                  sources=_docs_for(session, items),
                  csv_url=views.query_url("/api/transfers", {**params, "sort": sort, "format": "csv"}))


#: {kind: (title, columns)} of the record kinds with a list page of this form (not transfers: the register).
RECORD_PAGES = kinds.PAGES


def _record_page(kind: str):
    title, columns = RECORD_PAGES[kind]

    def handler(request: Request, session: SessionDep, country: str | None = None, person: str | None = None,
                since: str | None = None, until: str | None = None, q: str | None = None,
                offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
        params = _clean(dict(country=country, person=person, since=_date_param(since), until=_date_param(until),
                             q=q))
        date_field = views.DATE_FIELD.get(kind)
        items, total = data.records(session, kind, **params, sort="-date" if date_field else None,
                                    limit=app_settings(request).page_size, offset=offset)
        return render(request, "records.html", kind=kind, title=title, columns=columns, items=items,
                      pages=_pages(total, offset, app_settings(request).page_size), params=params, options=data.filter_values(session),
                      sources=_docs_for(session, items), people_ids=_people_ids(session, items),
                      csv_url=views.query_url(f"/api/{kind}", {**params, "format": "csv"}))

    return handler


for _kind in RECORD_PAGES:
    router.add_api_route(f"/{_kind}", _record_page(_kind), methods=["GET"], name=f"page_{_kind}")


# --- timeline and network ---------------------------------------------------------------------------------

@router.get("/timeline")
def timeline(request: Request, session: SessionDep, country: str | None = None, person: str | None = None,
             since: str | None = None, until: str | None = None,
             offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """Meetings, visits and events in date order, a page at a time."""
    params = _clean(dict(country=country, person=person, since=_date_param(since), until=_date_param(until)))
    # a page of the timeline at a time (the setting timeline_page_entries), in date order
    per_page = app_settings(request).timeline_page_entries
    items = queries.timeline(session, **params, limit=per_page, offset=offset)
    total = queries.timeline_total(session, **params) if offset or len(items) >= per_page else len(items)
    entries = []
    for it in items:
        r = it["record"]
        mentions = views.mentions_of(r)
        entries.append({"date": it.get("date"), "kind": it["kind"], "record": r,
                        "title": views.label(it["kind"], r),
                        "url": views.evidence_url(mentions[0]) if mentions else "#"})
    layout = charts.timeline_layout([e for e in entries if e["date"]])
    groups: dict[str, list[dict]] = defaultdict(list)
    for e in entries:
        groups[e["date"][:4] if e["date"] else "Undated"].append(e)
    return render(request, "timeline.html", layout=layout, groups=dict(groups), params=params,
                  count=total, pages=_pages(total, offset, per_page), options=data.filter_values(session),
                  sources=_docs_for(session, [e["record"] for e in entries]))


@functools.lru_cache(maxsize=4)
def _network_layout(graph_json: str) -> charts.Network:
    """The layout of a graph (deterministic: seeded), kept for the next request while the graph is the
    same; the force layout costs a few hundred milliseconds whatever the size of the database."""
    return charts.network_layout(json.loads(graph_json))


@router.get("/network")
def network(request: Request, session: SessionDep):
    """Who deals with whom: countries and people linked by the records naming them together."""
    graph = queries.network(session)
    graph_json = json.dumps(graph, sort_keys=True)
    layout = _network_layout(graph_json)
    people = data.person_ids(session).prefetch(n.label for n in layout.nodes if n.type == "person")
    # the drawing depends on the graph and on which of its people have a page: drawn again only when they change
    person_pages = tuple(sorted((n.label, people.get(n.label)) for n in layout.nodes if n.type == "person"))
    svg = _network_svg(request.app.state.templates.env, graph_json, person_pages)
    return render(request, "network.html", net=layout, svg=svg, edge_count=len(graph.get("edges", [])))


@functools.lru_cache(maxsize=4)
def _network_svg(env, graph_json: str, person_pages: tuple[tuple[str, str | None], ...]) -> Markup:
    """The network's SVG (templates/network_svg.html, autoescaped) for a graph whose people have these pages:
    its ~600 ties and ~140 nodes cost more to draw than the rest of the page."""
    layout = _network_layout(graph_json)
    pages = dict(person_pages)
    for node in layout.nodes:
        if node.type == "country":
            node.url = views.country_url(node.label)
        elif node.type == "person" and pages.get(node.label):
            node.url = views.person_url(pages[node.label])
        elif node.type == "system":
            node.url = views.system_url(node.label)
        else:
            node.url = views.query_url("/search", {"q": node.label})
    return Markup(env.get_template("network_svg.html").render(net=layout))


# --- people, countries, systems ---------------------------------------------------------------------------

@router.get("/people")
def people(request: Request, session: SessionDep, q: str | None = None,
           offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """People named in the records, with their titles, paged and searchable."""
    items, total = queries.list_people(session, q=(q or "").strip() or None, limit=app_settings(request).page_size, offset=offset)
    titles = queries.people_titles(session, [p["id"] for p in items])
    items = [{**p, "titles": p.get("titles") or titles.get(p["id"], [])} for p in items]
    return render(request, "people.html", items=items, pages=_pages(total, offset, app_settings(request).page_size),
                  params={"q": (q or "").strip() or None})


def _titles_over_time(session: Session, titles: list[dict], docs: dict[str, dict] | None = None) -> list[dict]:
    """Titles with their dates and source titles (``docs``: the documents' info, when read already)."""
    if docs is None:
        docs = data.doc_info(session, (t.get("doc") for t in titles))
    rows = [{**t, "date": t.get("published") or (docs.get(t.get("doc")) or {}).get("published"),
             "doc_title": (docs.get(t.get("doc")) or {}).get("title")} for t in titles]
    rows.sort(key=lambda t: (t["date"] is None, t["date"] or "", t.get("title") or ""))
    return rows


@router.get("/people/{person_id}")
def person(person_id: str, request: Request, session: SessionDep):
    """One person: titles over time, meetings, statements and events."""
    p = queries.get_person(session, person_id)
    if p is None:
        raise HTTPException(404, f"No person with id {person_id!r}.")
    titles = p.get("titles_over_time") or _titles_over_time(session, p.get("titles") or [])
    meetings = sorted(p.get("meetings") or [], key=lambda r: (r.get("date") is None, r.get("date") or ""))
    events = p.get("events") or []
    related = (p.get("meetings") or []) + (p.get("quotes") or []) + events
    mentions = views.mentions_of(p)
    return render(request, "person.html", person=p, titles=titles, meetings=meetings, quotes=p.get("quotes") or [],
                  events=events,
                  mentions=mentions, sources={**_docs_for(session, related),
                                              **data.doc_info(session, (m["doc"] for m in mentions))},
                  people_ids=_people_ids(session, related))


@router.get("/countries")
def countries(request: Request, session: SessionDep):
    """Every country with the transfers it supplied and received."""
    flows = queries.flows(session)
    supplied: dict[str, int] = defaultdict(int)
    received: dict[str, int] = defaultdict(int)
    for f in flows:
        if f.get("supplier"):
            supplied[f["supplier"]] += f["count"]
        if f.get("recipient"):
            received[f["recipient"]] += f["count"]
    names = sorted(set(supplied) | set(received) | set(data.filter_values(session)["countries"]))
    rows = [{"name": n, "supplied": supplied.get(n, 0), "received": received.get(n, 0)} for n in names]
    rows.sort(key=lambda r: (-(r["supplied"] + r["received"]), r["name"]))
    return render(request, "countries.html", rows=rows)


@router.get("/countries/{name:path}")
def country(name: str, request: Request, session: SessionDep):
    """One country: what it supplied and received, its meetings and events."""
    profile = queries.country_profile(session, name, limit=app_settings(request).profile_page_records)
    if profile is None:
        raise HTTPException(404, f"No records mention the country {name!r}.")
    name = profile.get("name") or name
    supplied = profile.get("supplied") or []
    received = profile.get("received") or []
    events = profile.get("events") or []
    meetings = profile.get("meetings") or []
    # people whose titles tie them to this country, with their titles over time and quotes
    people = queries.affiliated_people(session, name)
    quotes = queries.quotes_by(session, {p["name"] for p in people}, limit=app_settings(request).profile_page_records)
    records = supplied + received + events + meetings + quotes
    # the documents of the titles and of the records' evidence, read at once
    docs = data.doc_info(session, [t.get("doc") for p in people for t in p["titles"]]
                         + [m["doc"] for r in records for m in views.mentions_of(r)])
    affiliated = [{**p, "country_titles": _titles_over_time(session, p["titles"], docs)} for p in people]
    partners: dict[str, int] = defaultdict(int)
    for r in supplied:
        if r.get("recipient"):
            partners[r["recipient"]] += 1
    for r in received:
        if r.get("supplier"):
            partners[r["supplier"]] += 1
    people_ids = data.person_ids(session).prefetch(
        [n for r in meetings for n in r.get("participants") or []] + [r.get("speaker") for r in quotes])
    return render(request, "country.html", name=name, supplied=supplied, received=received, events=events,
                  totals=profile.get("totals") or {},
                  affiliated=affiliated, meetings=meetings, quotes=quotes, militaries=profile.get("militaries") or [],
                  partners=sorted(partners.items(), key=lambda kv: (-kv[1], kv[0])),
                  sources=docs, people_ids=people_ids, timeline_url=views.query_url("/timeline", {"country": name}))


@router.get("/systems/{family:path}")
def system(family: str, request: Request, session: SessionDep):
    """One weapon system family: its variants and every transfer of it."""
    profile = queries.system_profile(session, family, limit=app_settings(request).profile_page_records)
    if profile is None:
        raise HTTPException(404, f"No records of the weapon system {family!r}.")
    transfers = sorted(profile.get("transfers") or [], key=lambda r: (r.get("when") is None, r.get("when") or ""))
    entity = profile.get("entity") or {}
    variants = sorted({r.get("system") for r in transfers if r.get("system")} | set(entity.get("aliases") or []))
    categories = sorted({r.get("category") for r in transfers if r.get("category")}
                        | ({entity["category"]} if entity.get("category") else set()))

    def counted(key: str, field: str) -> list[tuple[str, int]]:
        if profile.get(key) is not None:
            return [(c["country"], c["count"]) for c in profile[key]]
        counts: dict[str, int] = defaultdict(int)
        for r in transfers:
            if r.get(field):
                counts[r[field]] += 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    return render(request, "system.html", family=profile.get("family") or family, transfers=transfers,
                  total=profile.get("total") or len(transfers),
                  variants=variants, categories=categories, origin=entity.get("origin"),
                  suppliers=counted("suppliers", "supplier"), recipients=counted("recipients", "recipient"),
                  statuses=profile.get("statuses") or {}, sources=_docs_for(session, transfers))


# --- documents and search ---------------------------------------------------------------------------------

@router.get("/documents")
def documents(request: Request, session: SessionDep, q: str | None = None,
              offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """Stored articles, newest first, paged and searchable."""
    q = (q or "").strip() or None
    items, total = queries.list_documents(session, q=q, limit=app_settings(request).page_size, offset=offset)
    return render(request, "documents.html", items=items, pages=_pages(total, offset, app_settings(request).page_size), params={"q": q})


def _safe_link(url: str | None) -> str | None:
    """Only http(s) links become clickable; anything else is shown as text."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


@router.get("/documents/{doc_id:path}")
def document(doc_id: str, request: Request, session: SessionDep):
    """One article's text with each record's sentence marked, and its records beside it."""
    doc = queries.get_document(session, doc_id)
    if doc is None:
        raise HTTPException(404, f"No document with id {doc_id!r}.")
    records = doc.get("records") or {}
    marks = views.document_marks(records, doc_id)
    entities = [e for e in doc.get("entities") or [] if e.get("doc", doc_id) == doc_id]
    segments = views.highlight(doc["text"], marks, entities, doc.get("pages"), doc.get("page_labels"))
    panel = []
    for kind in views.KINDS:
        rows = []
        for r in records.get(kind) or []:
            here = [m for m in views.mentions_of(r) if m["doc"] == doc_id]
            others = [m for m in views.mentions_of(r) if m["doc"] != doc_id]
            rows.append({"record": r, "here": here, "others": others})
        rows.sort(key=lambda x: x["here"][0]["start"] if x["here"] else 0)
        panel.append((kind, rows))
    other_docs = data.doc_info(session, (m["doc"] for _, rows in panel for x in rows for m in x["others"]))
    entity_types = sorted({e.get("type") for e in entities if e.get("type")})
    return render(request, "document.html", doc=doc, segments=segments, panel=panel, other_docs=other_docs,
                  link=_safe_link(doc.get("url")), entity_types=entity_types,
                  people_ids=_people_ids(session, [r for rs in records.values() for r in rs or []]),
                  record_count=sum(len(rows) for _, rows in panel))


def _snippet_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """The snippet split into (text, is_match) pieces, so the template can mark matches safely."""
    words = [w for w in re.findall(r"\w+", query) if len(w) > 1]
    if not snippet or not words:
        return [(snippet or "", False)]
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    parts, pos = [], 0
    for match in pattern.finditer(snippet):
        if match.start() > pos:
            parts.append((snippet[pos:match.start()], False))
        parts.append((match.group(0), True))
        pos = match.end()
    parts.append((snippet[pos:], False))
    return parts


_TAGS = re.compile(r"</?(b|mark|em|strong)>")
_BRACKETED = re.compile(r"\[([^\[\]]{1,80})\]")


def _marked_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """Matches the search engine marked with [brackets]; otherwise the query's words."""
    if not _BRACKETED.search(snippet):
        return _snippet_parts(snippet, query)
    parts, pos = [], 0
    for match in _BRACKETED.finditer(snippet):
        if match.start() > pos:
            parts.append((snippet[pos:match.start()], False))
        parts.append((match.group(1), True))
        pos = match.end()
    parts.append((snippet[pos:], False))
    return parts


@router.get("/search")
def search(request: Request, session: SessionDep, q: str | None = None):
    """Full-text search over articles, records and people."""
    q = (q or "").strip()
    hits, records, people_hits = [], {}, []
    if q:
        for h in queries.search(session, q, limit=50):
            snippet = _TAGS.sub("", h.get("snippet") or "")  # the query layer may mark matches itself
            hits.append({**h, "parts": _marked_parts(" ".join(snippet.split()), q)})
        # the record lists' q= of every kind, read together (as list_records would give each)
        for kind, (items, total) in queries.search_records(session, q, limit=10, kinds=views.KINDS).items():
            if items:
                records[kind] = (items, total)
        people_hits, _ = queries.list_people(session, q=q, limit=20)
    all_records = [r for items, _ in records.values() for r in items]
    return render(request, "search.html", q=q, hits=hits, records=records, people=people_hits,
                  sources=_docs_for(session, all_records))


# --- conflicts --------------------------------------------------------------------------------------------

def _claims(record: dict | None, values: list[Any]) -> list[dict]:
    """Competing values side by side: {"value", "docs": [{"doc", "mentions"}]} grouped by value.

    The query layer gives {"value", "doc"} pairs; each document is linked to the record's sentences in
    it (or to the document when the record has none there). Other shapes are accepted too.
    """
    mentions = views.mentions_of(record or {})
    claims: dict[str, dict] = {}
    for v in values or []:
        if isinstance(v, dict):
            value = v.get("value")
            docs = [v["doc"]] if v.get("doc") else []
            docs += [m["doc"] for m in v.get("mentions") or [] if isinstance(m, dict) and "doc" in m]
            docs += [d for d in v.get("docs") or [] if isinstance(d, str)]
        else:
            value, docs = v, []
        key = str(views.cell(value))
        claim = claims.setdefault(key, {"value": value, "docs": []})
        for doc in docs:
            if doc not in [d["doc"] for d in claim["docs"]]:
                claim["docs"].append({"doc": doc, "mentions": [m for m in mentions if m["doc"] == doc]})
    return list(claims.values())


def _conflict_label(kind: str, record: Any) -> str:
    if not isinstance(record, dict):
        return str(record or "")
    if kind in views.KINDS:
        return views.label(kind, record)
    return str(record.get("name") or record.get("id") or "")


@router.get("/conflicts")
def conflicts(request: Request, session: SessionDep, offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0):
    """Merged records whose sources disagree (quantities, dates, statuses), the claims side by side."""
    rows = []
    for c in queries.list_conflicts(session, offset=offset):
        record = c.get("record")
        kind = c.get("kind") or ""
        rec = record if isinstance(record, dict) else None
        url = None
        if rec and kind == "people":
            url = views.person_url(rec["id"])
        elif rec and kind in views.KINDS and views.mentions_of(rec):
            url = views.evidence_url(views.mentions_of(rec)[0])
        rows.append({"kind": kind, "field": c.get("field"), "record": rec, "url": url,
                     "label": _conflict_label(kind, record), "claims": _claims(rec, c.get("values") or [])})
    docs = data.doc_info(session, (d["doc"] for r in rows for c in r["claims"] for d in c["docs"]))
    page = app_settings(request).conflicts_page  # records (or people) per page, each with all its conflicts
    records = len({id(r["record"]) for r in rows})
    return render(request, "conflicts.html", conflicts=rows, docs=docs, offset=offset,
                  prev_offset=max(0, offset - page), next_offset=offset + page if records >= page else None)


# --- adding articles --------------------------------------------------------------------------------------

@router.get("/add")
def add_form(request: Request, job: str | None = None):
    """The "add articles" form, with the state of a job when one was started."""
    status = request.app.state.jobs.get(job).as_dict() if job and request.app.state.jobs.get(job) else None
    return render(request, "add.html", job=status, error=None)


@router.post("/add")
async def add_submit(request: Request):
    """Start a background ingest of uploaded files or pasted texts; the form again with a clear error otherwise."""
    try:
        parsed = await read_ingest_request(request)
    except HTTPException as exc:
        if exc.status_code == 413:
            raise
        return render(request, "add.html", status_code=exc.status_code, job=None, error=exc.detail)
    job = request.app.state.jobs.submit(parsed.uploads, parsed.pasted)
    return RedirectResponse(f"/add?job={job.id}", status_code=303)


@router.post("/add/date")
async def add_date(request: Request, session: SessionDep):
    """Date a stored document by hand (its text gives none), so that its relative dates resolve."""
    form = await request.form(max_files=0, max_fields=10)
    token = form.get(TOKEN_FIELD)
    doc_id = str(form.get("doc") or "").strip()
    when = str(form.get("date") or "").strip()
    try:
        check_token(request, token if isinstance(token, str) else None)
        try:
            published = parse_date(date.fromisoformat(when))
        except ValueError:
            published = None
        if published is None:
            raise HTTPException(400, f"not a date: {when!r}; give it as YYYY-MM-DD")
        if not doc_id or session.get(m.Document, doc_id) is None:
            raise HTTPException(404, f"no document {doc_id!r}")
    except HTTPException as exc:
        return render(request, "add.html", status_code=exc.status_code, job=None, error=exc.detail)
    job = request.app.state.jobs.submit_set_date(doc_id, published)
    return RedirectResponse(f"/add?job={job.id}", status_code=303)


# --- the API's own documentation page ---------------------------------------------------------------------

@router.get("/api/docs")
def api_docs(request: Request):
    """The API's own documentation page, generated from its OpenAPI description."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or (p.get("schema") or {}).get("description") or "",
                       "type": _type_name(p.get("schema") or {})} for p in op.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                              "params": params, "body": "requestBody" in op})
    return render(request, "api.html", endpoints=endpoints, description=spec.get("info", {}).get("description"))


def _type_name(schema: dict) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    return schema.get("type", "")


@router.get("/favicon.ico")
def favicon():
    """The site icon."""
    return RedirectResponse("/static/favicon.svg", status_code=301)
