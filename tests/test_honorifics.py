"""One list of honorifics (nlp/data/honorifics.tsv) for people, name keys and quote speakers."""

from __future__ import annotations

import shutil

import pytest

from armstrack.nlp.gazetteers import DATA_DIR, GazetteerError, load_honorifics


def test_the_three_pipeline_lists_are_the_data_file():
    from armstrack.extract.quotes import HONORIFIC_RE
    from armstrack.nlp.people import HONORIFICS
    from armstrack.resolve.text import NAME_HONORIFICS, name_words

    written = load_honorifics()
    assert {"Mr", "Dr", "Gen", "Sen", "U", "Daw", "President"} <= set(written)
    assert HONORIFICS == NAME_HONORIFICS == {w.lower() for w in written}
    for word in written:
        assert HONORIFIC_RE.sub("", f"{word}. Ana Lopez") == "Ana Lopez"
    assert HONORIFIC_RE.sub("", "Gen. Dr Ana Lopez") == "Ana Lopez"
    assert HONORIFIC_RE.sub("", "Uma Lopez") == "Uma Lopez"  # a whole word only
    assert name_words("Lt. Gen. Ana Lopez") == ["ana", "lopez"]


def test_evaluate_keeps_the_reference_scorers_list():
    """evaluate.py scores as ../shared/eval/score.py does, so its list is that scorer's, not the pipeline's."""
    from armstrack import evaluate

    assert "messrs" not in evaluate.HONORIFICS and "lieutenant" in evaluate.HONORIFICS


@pytest.mark.parametrize("row, message", [
    ("Mr.\tcourtesy", "not one word"),
    ("Mr\tgreeting", "kind 'greeting'"),
    ("MR\tcourtesy", "listed twice"),
])
def test_a_bad_row_is_named(tmp_path, row, message):
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    with open(folder / "honorifics.tsv", "a", encoding="utf-8") as fh:
        fh.write(row + "\n")
    with pytest.raises(GazetteerError, match=message):
        load_honorifics(folder)
