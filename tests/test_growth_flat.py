"""A refresh whose cost does not grow with what is stored (issue 11, sixth attempt).

The people summary: a person named only by documents resolved for the first time gets their mentions and
titles added to its stored row (``summaries.fold_people``), not a recount of every title it ever had. The
row must end as a recount writes it: distinct titles in publication order, title conflicts with every value.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from armstrack.resolve import database
from armstrack.resolve.resolver import Resolver
from armstrack.store import db
from armstrack.store import models as m
from armstrack.store import summaries

# known titles (offices and ranks), one a shorter form of another, and one the gazetteer does not know
TITLES = ["Defence Minister", "Foreign Minister", "General", "Senior General", "Prime Minister", "Chief Gardener"]
AFFILIATIONS = ["Norway", "Chile", None]
DAYS = ["2023-01-05", "2023-02-11", "2023-02-11", "2023-03-30", None]


def _titles(draw_rows, first_doc: int) -> list[dict]:
    """Title rows (row order) of made-up documents numbered from ``first_doc``."""
    return [{"title": TITLES[t], "affiliation": AFFILIATIONS[a], "doc": f"d{first_doc + d:02d}",
             "published": DAYS[(first_doc + d) % len(DAYS)]} for d, t, a in draw_rows]


ROWS = st.lists(st.tuples(st.integers(0, 5), st.integers(0, len(TITLES) - 1), st.integers(0, 2)), max_size=12)


def _recount(titles: list[dict]) -> tuple[list, list]:
    ts = sorted(titles, key=summaries._title_order)
    return summaries._distinct_titles(ts), summaries.title_conflicts(ts)


@settings(max_examples=300, deadline=None)
@given(old_rows=ROWS, new_rows=ROWS)
def test_folding_new_titles_into_a_row_equals_recounting_them_all(old_rows, new_rows):
    old = _titles(old_rows, 0)
    new = _titles(new_rows, 10)  # documents never seen before: no document of theirs is stored
    distinct, conflicts = _recount(old)
    folded = summaries._fold_titles(json.loads(json.dumps(distinct)), json.loads(json.dumps(conflicts)), new)
    whole = _recount(old + new)
    if folded is None:
        # only when a group of titles starts to contradict: its earlier titles are not in the stored row
        assert len(whole[1]) > len(conflicts) or whole[1] != conflicts
    else:
        assert folded == whole


def test_a_new_office_for_one_affiliation_is_recounted_and_later_ones_folded():
    old = [{"title": "Defence Minister", "affiliation": "Norway", "doc": "a", "published": "2023-01-01"}]
    distinct, conflicts = _recount(old)
    second = [{"title": "Foreign Minister", "affiliation": "Norway", "doc": "b", "published": "2023-01-02"}]
    # a contradiction that starts now needs the earlier titles of its group: not folded
    assert summaries._fold_titles(distinct, conflicts, second) is None
    distinct, conflicts = _recount(old + second)
    third = [{"title": "Defence Minister", "affiliation": "Norway", "doc": "c", "published": "2022-12-30"}]
    # one that stood already takes the new value; the earlier document now gives the first title
    assert summaries._fold_titles(distinct, conflicts, third) == _recount(old + second + third)


def test_an_earlier_report_moves_a_title_to_the_front():
    old = [{"title": "General", "affiliation": "Chile", "doc": "a", "published": "2023-05-01"},
           {"title": "Army Chief", "affiliation": "Chile", "doc": "a", "published": "2023-05-01"}]
    new = [{"title": "Army Chief", "affiliation": "Chile", "doc": "b", "published": "2023-01-01"}]
    distinct, conflicts = _recount(old)
    folded = summaries._fold_titles(distinct, conflicts, new)
    assert folded == _recount(old + new)
    assert [t["doc"] for t in folded[0]] == ["b", "a"]


ARTICLE = """{head}

{day} 2023

{title} {name} said on Monday that the navy would receive two new patrol boats next year.

"The boats will watch our coast," {surname} said.
"""

# one person named again and again, with two offices for one country in the middle reports (a conflict
# the later reports add to), and a second person named once
REPORTS = [("Coast patrol boats", "January 10", "Chilean Defence Minister", "Marta Rojas", "Rojas"),
           ("Navy plans", "January 20", "Chilean Defence Minister", "Marta Rojas", "Rojas"),
           ("Boats ordered", "February 2", "Chilean Foreign Minister", "Marta Rojas", "Rojas"),
           ("Patrol vessels", "February 15", "Chilean Defence Minister", "Marta Rojas", "Rojas"),
           ("Navy chief speaks", "March 1", "Chilean Admiral", "Pedro Soto", "Soto"),
           ("More boats", "March 8", "Chilean Defence Minister", "Marta Rojas", "Rojas"),
           ("Coast guard", "March 20", "Chilean Foreign Minister", "Marta Rojas", "Rojas")]


def _people(session) -> list[str]:
    cols = ("canonical_id", "name", "block", "aliases", "search", "affiliations", "mention_count", "document_count",
            "titles", "conflicts", "has_conflicts")
    rows = session.execute(select(*(getattr(m.SummaryPerson, c) for c in cols))).all()
    return sorted(json.dumps(list(r), default=str) for r in rows)


def test_people_rows_folded_over_refreshes_equal_a_recount(tmp_path, db_url, nlp):
    from tests.test_growth_incremental import _analyses
    texts = {f"r{i}": ARTICLE.format(head=h, day=d, title=t, name=n, surname=s)
             for i, (h, d, t, n, s) in enumerate(REPORTS)}
    analyses = _analyses(nlp, tmp_path / "in", texts)
    engine = database.open_engine(db_url)
    try:
        with db.session_factory(engine)() as session:
            folded = 0
            for name in sorted(analyses):  # one report per refresh, in publication order
                database.write_batch(session, [analyses[name]])
                folded += Resolver(session).refresh().people_folded
            assert folded > 0
            rojas = session.scalar(select(m.SummaryPerson).where(m.SummaryPerson.name == "Marta Rojas"))
            assert rojas.mention_count >= 12 and rojas.document_count == 6 and rojas.has_conflicts
            incremental = _people(session)
            # a deleted report is recounted, not folded; then everything once more from scratch
            database.delete_document(session, "r3")
            session.commit()
            Resolver(session).refresh()
            after_delete = _people(session)
            summaries.update_people(session.connection(), None)
            assert _people(session) == after_delete
            database.write_batch(session, [analyses["r3"]])
            Resolver(session).refresh()
            assert _people(session) == incremental
            Resolver(session).rebuild()
            session.commit()
            assert _people(session) == incremental
    finally:
        engine.dispose()
