"""PDF and DOCX inputs: text with page numbers kept in the evidence (export, document page, CLI), clear
messages for scanned, encrypted and corrupt files, and the summary of what a folder scan skipped.

Every file is written here: PDFs by tests/docfixtures.py, DOCX files with python-docx; all sentences
are our own, about invented ports, ships and companies.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from datetime import date, datetime

import pytest
from typer.testing import CliRunner

from armstrack.cli import app
from armstrack.ingest import discover, read_file
from armstrack.ingest.documents import NO_TEXT_LAYER, read_docx, read_pdf
from armstrack.ingest.files import skipped_summary
from armstrack.records import Article, IngestFailure, IngestWarning, page_at
from docfixtures import Line, make_pdf, paragraphs

runner = CliRunner()

HEADER = "Interim report of the Panel on Eastland"
PAGE1_TRANSFER = ("In March 2022, Belarus delivered four Mi-17 helicopters to the Myanmar air force, "
                  "according to shipping records reviewed by the Panel.")
PAGE2_TRANSFER = "The Panel also found that China supplied two K-8 trainer aircraft to Mali in 2019."


def report_pdf(info: dict[str, str] | None = None) -> bytes:
    """Two pages: a heading, a running header and page numbers, a word hyphenated at a line end, a
    paragraph that runs on to page 2 and one transfer on each page."""
    header = Line(HEADER, 760, size=9)
    page1 = [header, Line("Arms deliveries to Eastland", 720, size=18)] + paragraphs(
        ["In March 2022, Belarus delivered four Mi-17 helicopters to the",
         "Myanmar air force, according to shipping records reviewed by the Panel."],
        ["The Panel wrote to the carrier, the Orvane Maritime Line, which did not reply to the govern-",
         "ment's questions. The shipment left the port of"],
        top=680) + [Line("Page 1", 40, x=300, size=9)]
    page2 = [header] + paragraphs(
        ["Kestrel Bay on a vessel named the Lark of Tiber."],
        [PAGE2_TRANSFER],
        ["\u2022 one long-range radar was seen at the airfield", "\u2022 a second one was not"],
        top=700) + [Line("Page 2", 40, x=300, size=9)]
    return make_pdf([page1, page2], info=info if info is not None else {"CreationDate": "D:20230514093000Z"})


def scanned_pdf() -> bytes:
    return make_pdf([[], []], image_pages={0, 1})


# --- the PDF reader --------------------------------------------------------------------------------------

def test_pdf_text_is_sentences_with_page_starts():
    notes: list[IngestWarning] = []
    a = read_pdf(report_pdf(), "reports/panel.pdf", notes=notes)
    assert isinstance(a, Article), a
    assert notes == []
    assert a.doc_id == "panel"
    assert a.title == "Arms deliveries to Eastland"  # the first heading (larger type), not repeated in the text
    assert a.published == date(2023, 5, 14)  # CreationDate
    assert PAGE1_TRANSFER in a.text  # lines of a paragraph joined
    assert "the government's questions" in a.text  # hyphenation at a line end undone
    assert "long-range radar" in a.text  # a hyphen inside a line stays
    assert "left the port of Kestrel Bay on a vessel" in a.text  # a paragraph running across the page break
    assert HEADER not in a.text and "Page 1" not in a.text and "Page 2" not in a.text
    assert not a.text.startswith("Arms deliveries")
    assert "\n\n" in a.text and "\x0c" not in a.text and "\ue000" not in a.text
    starts = a.meta["pages"]
    assert len(starts) == 2 and starts[0] == 0
    assert a.text[starts[1]:].startswith("Kestrel Bay")
    assert page_at(starts, a.text.index("Belarus")) == 1
    assert page_at(starts, a.text.index("China supplied")) == 2
    assert page_at(starts, a.text.index("port of Kestrel")) == 1


def test_blank_pages_keep_the_numbering():
    data = make_pdf([paragraphs(["The first page ends here."]), [], paragraphs([PAGE2_TRANSFER]), []])
    a = read_pdf(data, "gaps.pdf")
    assert isinstance(a, Article)
    starts = a.meta["pages"]
    assert len(starts) == 4
    assert page_at(starts, a.text.index("first page")) == 1
    assert page_at(starts, a.text.index("China")) == 3  # page 2 is empty; nothing is on page 4


def test_line_end_hyphens():
    from armstrack.ingest.documents import _join

    vocab = ({"the", "russian", "made", "range", "government"}, {"long-range"})
    assert _join("the govern-", "ment said", vocab) == "the government said"
    assert _join("a long-", "range radar", vocab) == "a long-range radar"  # written so elsewhere
    assert _join("four Russian-", "made jets", vocab) == "four Russian-made jets"  # both halves are words
    assert _join("six Mi-", "17 helicopters", vocab) == "six Mi-17 helicopters"
    assert _join("the adminis\xad", "tration", vocab) == "the administration"
    assert _join("the Panel", "wrote", vocab) == "the Panel wrote"


def test_pdf_metadata_title_author_and_date():
    a = read_pdf(report_pdf({"Title": "Deliveries of aircraft to Eastland, 2019-2023", "Author": "Ann Example",
                             "CreationDate": "D:2021"}), "x.pdf")
    assert isinstance(a, Article)
    assert a.title == "Deliveries of aircraft to Eastland, 2019-2023"
    assert a.authors == ["Ann Example"]
    assert a.published == date(2021, 1, 1)
    # a file name or a tool's placeholder in the metadata is no title: the heading is used
    b = read_pdf(report_pdf({"Title": "Microsoft Word - draft7.docx", "Author": "Microsoft Office User"}), "x.pdf")
    assert b.title == "Arms deliveries to Eastland" and b.authors == [] and b.published is None


def test_pdf_page_labels_are_kept_when_the_pdf_prints_its_own():
    from armstrack.store.pages import add_pages, pages_of, page_text

    data = make_pdf([paragraphs(["A foreword in our own words."]), paragraphs([PAGE2_TRANSFER])],
                    page_labels=b"<< /Nums [0 << /S /r >> 1 << /S /D /St 7 >>] >>")
    a = read_pdf(data, "labelled.pdf")
    assert isinstance(a, Article) and a.meta["page_labels"] == ["i", "7"]
    mentions = [{"doc": "labelled", "start": a.text.index("China"), "end": a.text.index("China") + 5, "text": ""},
                {"doc": "other", "start": 0, "end": 4, "text": ""}]
    add_pages(mentions, {"labelled": pages_of(a.meta)})
    assert mentions[0]["page"] == 2 and mentions[0]["page_label"] == "7" and page_text(mentions[0]) == "p. 7"
    assert "page" not in mentions[1] and page_text(mentions[1]) is None
    plain = read_pdf(report_pdf(), "plain.pdf")
    assert "page_labels" not in plain.meta  # 1, 2, 3 ... need no labels


def test_scanned_pdf_has_one_clear_message():
    result = read_pdf(scanned_pdf(), "scan.pdf")
    assert isinstance(result, IngestFailure)
    assert str(result) == "scan.pdf: no text layer (scanned PDF?); run OCR first"
    assert result.reason == NO_TEXT_LAYER


def test_partly_scanned_pdf_is_read_with_a_warning():
    data = make_pdf([paragraphs([PAGE2_TRANSFER]), []], image_pages={1})
    notes: list[IngestWarning] = []
    a = read_pdf(data, "mixed.pdf", notes=notes)
    assert isinstance(a, Article) and PAGE2_TRANSFER in a.text
    assert [str(n) for n in notes] == ["mixed.pdf: page 2 has no text layer (scanned?); run OCR to read it"]


def test_pdf_decompression_bomb_is_refused(monkeypatch):
    import zlib

    from armstrack import settings

    monkeypatch.setattr(settings, "_active", settings.current().replace(max_pdf_inflated_bytes=1024 * 1024))
    bomb = zlib.compress(b"\0" * (3 * 1024 * 1024))
    data = report_pdf().replace(b"%%EOF", b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb)
                                + bomb + b"\nendstream\nendobj\n%%EOF")
    result = read_pdf(data, "bomb.pdf")
    assert isinstance(result, IngestFailure) and "too large when decompressed" in result.reason
    assert isinstance(read_pdf(report_pdf(), "fine.pdf"), Article)


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.4\n" + b"\x00garbage" * 50, "corrupt or unreadable PDF"),
    (report_pdf()[:300], "corrupt or unreadable PDF"),
    (b"GIF89a not a pdf at all", "not a PDF file"),
    (make_pdf([paragraphs([PAGE2_TRANSFER])], encrypted=True), "encrypted PDF: it needs a password"),
])
def test_corrupt_and_encrypted_pdfs_are_one_line(data, problem):
    result = read_pdf(data, "bad.pdf")
    assert isinstance(result, IngestFailure), result
    assert str(result).startswith(f"bad.pdf: {problem}"), str(result)
    assert "\n" not in str(result)


# --- DOCX ------------------------------------------------------------------------------------------------

def report_docx(rendered_break: bool = True, title: str | None = None, hard_break: bool = False) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_heading("Naval sales to Westland", level=1)
    d.add_paragraph("Analysts at the Harbour Institute followed the trade for three years.")
    first = d.add_paragraph(PAGE1_TRANSFER)
    if hard_break:  # a page break typed by the author, then Word's own mark of the new page
        first.add_run().add_break(WD_BREAK.PAGE)
    second = d.add_paragraph()
    run = second.add_run(PAGE2_TRANSFER)
    if rendered_break:  # Word records where its last layout started a page
        run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Supplier", "System"
    table.cell(1, 0).text, table.cell(1, 1).text = "China", "K-8"
    d.core_properties.created = datetime(2022, 11, 3, 8, 0)
    d.core_properties.author = "Ben Sample"
    if title:
        d.core_properties.title = title
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_text_title_date_and_pages():
    a = read_docx(report_docx(), "reports/naval.docx")
    assert isinstance(a, Article), a
    assert a.doc_id == "naval"
    assert a.title == "Naval sales to Westland"  # the first heading
    assert not a.text.startswith("Naval sales")
    assert a.published == date(2022, 11, 3)
    assert a.authors == ["Ben Sample"]
    assert PAGE1_TRANSFER in a.text and a.text.endswith("Supplier | System\nChina | K-8")
    starts = a.meta["pages"]
    assert len(starts) == 2 and a.text[starts[1]:].startswith(PAGE2_TRANSFER)


def test_docx_hard_page_break_counts_once():
    a = read_docx(report_docx(hard_break=True), "naval.docx")
    assert isinstance(a, Article)
    starts = a.meta["pages"]
    assert len(starts) == 2 and a.text[starts[1]:].startswith(PAGE2_TRANSFER)


def test_docx_without_rendered_pages_has_no_page_numbers():
    a = read_docx(report_docx(rendered_break=False, title="Naval sales to Westland, a review"), "n.docx")
    assert isinstance(a, Article) and "pages" not in a.meta
    assert a.title == "Naval sales to Westland, a review"


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04 truncated", "corrupt or unreadable DOCX"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "encrypted or old-format Word file"),
])
def test_corrupt_docx_is_one_line(data, problem):
    result = read_docx(data, "bad.docx")
    assert isinstance(result, IngestFailure) and str(result).startswith(f"bad.docx: {problem}"), result


# --- folders ---------------------------------------------------------------------------------------------

def test_folder_scan_reports_what_it_skipped(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.XLSX").write_bytes(b"x")
    (tmp_path / "c.png").write_bytes(b"x")
    (tmp_path / ".DS_Store").write_bytes(b"x")  # hidden: not worth a word
    (tmp_path / "d.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.4")
    notes: list[IngestWarning] = []
    files, failures = discover([tmp_path], notes)
    assert [f.name for f in files] == ["d.txt", "e.pdf"] and failures == []
    assert [str(n) for n in notes] == [f"{tmp_path}: skipped 3 files: .xlsx 2, .png 1"]
    notes = []
    discover([str(tmp_path / "*")], notes)
    assert [n.reason for n in notes] == ["skipped 3 files: .xlsx 2, .png 1"]
    assert skipped_summary(Counter({"(no suffix)": 1})) == "skipped 1 file: (no suffix) 1"


def test_read_file_reads_pdf_and_docx_from_disk(tmp_path):
    (tmp_path / "panel.pdf").write_bytes(report_pdf())
    (tmp_path / "naval.docx").write_bytes(report_docx())
    pdf = list(read_file(tmp_path / "panel.pdf"))
    docx_ = list(read_file(tmp_path / "naval.docx"))
    assert len(pdf) == 1 and isinstance(pdf[0], Article) and pdf[0].path == str(tmp_path / "panel.pdf")
    assert pdf[0].meta["ingest"] == {"format": "pdf"}
    assert isinstance(docx_[0], Article) and docx_[0].meta["ingest"] == {"format": "docx"}


# --- end to end: ingest a folder, then the export, the document page and the CLI ------------------------

@pytest.fixture
def ingested(tmp_path, nlp, monkeypatch, db_url):
    import armstrack.nlp.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build_pipeline", lambda name=None: nlp)  # the session's model, built once
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "panel.pdf").write_bytes(report_pdf())
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    (folder / "naval.docx").write_bytes(report_docx())
    (folder / "sheet.xlsx").write_bytes(b"PK")
    (folder / "sheet2.xlsx").write_bytes(b"PK")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--quiet"])
    return db_url, folder, result


def test_folder_of_documents_ingested_with_pages_in_export_and_document_view(ingested):
    db, folder, result = ingested
    out = result.output
    assert result.exit_code == 1, out  # two files failed; the rest is stored
    assert f"{folder / 'scan.pdf'}: no text layer (scanned PDF?); run OCR first" in " ".join(out.split())
    assert f"{folder / 'broken.pdf'}: corrupt or unreadable PDF" in out
    assert f"{folder}: skipped 3 files: .xlsx 2, .png 1" in out
    assert "Traceback" not in out

    exported = runner.invoke(app, ["export", "--db", db])
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.output)
    assert {d["id"] for d in data["documents"]} == {"panel", "naval"}
    transfers = {(t["supplier"], t["recipient"]): t for t in data["transfers"]}
    belarus, china = transfers[("Belarus", "Myanmar")], transfers[("China", "Mali")]
    assert [(m["doc"], m["page"]) for m in belarus["mentions"] if m["doc"] == "panel"] == [("panel", 1)]
    assert [(m["doc"], m["page"]) for m in china["mentions"] if m["doc"] == "panel"] == [("panel", 2)]
    docx_pages = {m["page"] for t in data["transfers"] for m in t["mentions"] if m["doc"] == "naval"}
    assert docx_pages == {1, 2}
    # entity mentions carry the page too
    mali = next(e for e in data["entities"] if e["name"] == "Mali")
    assert {m["page"] for m in mali["mentions"] if m["doc"] == "panel"} == {2}

    from fastapi.testclient import TestClient

    from armstrack.serve.app import create_app

    with TestClient(create_app(db)) as client:
        page = client.get("/documents/panel")
        assert page.status_code == 200
        html = page.text
        # page markers in the text, where each page starts
        assert '<span class="muted">2 pages</span>' in html
        text = html[html.index('id="doc-text"'):html.index('class="doc-records"')]
        assert text.count('class="page-no"') == 2
        assert text.index('id="page-1"') < text.index("according to shipping records") < text.index(
            "the port of") < text.index('id="page-2"') < text.index("Kestrel Bay") < text.index("trainer aircraft")
        # each record's evidence link says its page
        panel = html[html.index('class="doc-records"'):]
        china_link = panel[panel.index("China → Mali"):]
        assert china_link[:china_link.index("</a>")].endswith('<span class="page-ref">p. 2</span>')
        belarus_link = panel[panel.index("Belarus → Myanmar"):]
        assert belarus_link[:belarus_link.index("</a>")].endswith('<span class="page-ref">p. 1</span>')
        api = client.get("/api/documents/panel").json()
        assert api["pages"][0] == 0 and len(api["pages"]) == 2
        records = client.get("/api/transfers").json()
        items = records.get("items", records) if isinstance(records, dict) else records
        assert any(m.get("page") == 2 for r in items for m in r["mentions"] if m["doc"] == "panel")

    # the CLI's JSON output carries the page of each piece of evidence
    listed = runner.invoke(app, ["transfers", "--db", db, "--json"])
    rows = json.loads(listed.output)
    assert any(m.get("page") == 2 for r in rows if r["supplier"] == "China" for m in r["mentions"])


def test_documents_without_pages_export_unchanged(tmp_path, nlp, monkeypatch):
    import armstrack.nlp.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build_pipeline", lambda name=None: nlp)
    (tmp_path / "note.txt").write_text("Kyrgyzstan received two Bayraktar TB2 drones from Turkey in 2022.\n",
                                       encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'plain.db'}"
    assert runner.invoke(app, ["ingest", str(tmp_path / "note.txt"), "--db", db, "-q"]).exit_code == 0
    data = json.loads(runner.invoke(app, ["export", "--db", db]).output)
    mentions = [m for kind in ("transfers", "entities") for r in data[kind] for m in r["mentions"]]
    assert mentions and all(set(m) == {"doc", "start", "end", "text"} for m in mentions)
