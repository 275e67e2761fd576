"""Round 24 helper r24mr (own24 meetings, quotes, people, figures, second pass): sentences written for these tests
in the helper's own words."""

from __future__ import annotations

from tests.readings import analysed


def _people(text: str) -> set[str]:
    return {p.name for p in analysed(text).people}


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analysed(text).quotes]


# --- a name the statistical NER took for a group, a work or a place is a person's when it stands in apposition
#     with a noun of a person's standing or role ("X, a Chadian national"; "said Y's lawyer, X") -------------------

_HELD = ("A judge in Gdansk ordered two men held on Friday: Piotr Nowak, a shipping agent, and {name}, a Chadian "
         "national whom police describe as the buyer's agent in Europe.")


def test_a_name_taken_for_a_work_beside_a_national_is_a_person():
    assert "Haroun Tijani Elnour" in _people(_HELD.format(name="Haroun Tijani Elnour"))


def test_a_name_taken_for_a_group_after_a_lawyer_is_a_person_and_speaks():
    text = "\"He never opened a single crate in his life,\" said Nowak's lawyer, Irini Vassou."
    assert "Irini Vassou" in _people(text)
    assert ("Irini Vassou", "He never opened a single crate in his life") in _quotes(text)


def test_guard_a_body_beside_a_role_noun_stays_a_body():
    # a body's own word ends the name: no person, whatever the apposition
    text = "\"The papers were in order,\" said the firm's counsel, Baltic Freight Group."
    assert not any("Group" in n for n in _people(text))


def test_guard_a_name_without_a_role_noun_is_unchanged():
    text = ("A judge in Gdansk ordered the cargo held on Friday. The crates came from Haroun Tijani Elnour, the "
            "film that opened the festival.")
    assert "Haroun Tijani Elnour" not in _people(text)


# --- a name right after a person's title stays a person's when the parser hangs the main clause's subject on it
#     ("Directed by A with the Lao journalist B, the documentary, which ..., is ...") -----------------------------

def test_a_titled_name_before_a_misparsed_subject_is_a_person():
    text = ("Filmed by the Swedish film-maker Karen Holm with the Laotian journalist Somsak Vongsa, the documentary, "
            "which premiered at a festival in Berlin last month, is about paperwork.")
    people = analysed(text).people
    assert "Somsak Vongsa" in {p.name for p in people}
    # and the film is no title of hers
    assert not any("documentary" in t.title for p in people for t in p.titles)


def test_guard_an_untitled_name_apposed_to_a_thing_is_no_person():
    text = "The navy's newest ship is Kestrel Varga, a patrol boat built in Gdansk, which was handed over in May."
    assert "Kestrel Varga" not in _people(text)


# --- "the memo recommends/warns/describes ... '...'": a document's quotations are its signer's, the person an
#     earlier "the memo ... is signed by X" names --------------------------------------------------------------

_MEMO = ("TALLINN, 2 March 2026 - A confidential memo of Estonia's interior ministry favours buying six Dutch patrol "
         "boats over a Finnish design, according to a copy this paper has seen.\n\n"
         "The memo, dated 9 January and addressed to Interior Minister Tarmo Kask, is signed by the vice-minister "
         "for naval resources, Liis Saarepuu. It weighs the two bids the ministry received in the autumn.\n\n")


def test_a_memo_recommending_quoted_words_is_its_signer():
    text = _MEMO + "The memo recommends \"closing the tender with the Dutch yard before the summer\"."
    quotes = _quotes(text)
    assert ("Liis Saarepuu", "closing the tender with the Dutch yard before the summer") in quotes
    assert not any(s == "Tarmo Kask" for s, _ in quotes)  # the addressee is not the author


def test_a_memo_describing_something_as_quoted_words_is_its_signer():
    text = _MEMO + "The old boats leak, and the memo describes the current fleet as \"beyond economic repair\"."
    assert ("Liis Saarepuu", "beyond economic repair") in _quotes(text)


def test_guard_a_memo_only_sent_to_someone_is_not_theirs():
    text = ("TALLINN, 2 March 2026 - A confidential memo of Estonia's interior ministry favours buying six Dutch "
            "patrol boats, according to a copy this paper has seen.\n\n"
            "The memo was sent to the deputy secretary general for equipment, Liis Saarepuu, in January.\n\n"
            "The memo recommends \"closing the tender with the Dutch yard before the summer\".")
    assert not any(s == "Liis Saarepuu" for s, _ in _quotes(text))


# --- an armed force's size told by an adjective after the number: "the army, some 9,000 strong" --------------------

def _figures(text: str) -> set[tuple[float, str]]:
    return {(round(f.value, 2), f.unit) for f in analysed(text).figures}


def test_a_force_some_thousands_strong_is_its_strength():
    assert (9000.0, "people") in _figures("The Beninese army, some 9,000 strong, has been rearmed since 2020.")


def test_a_force_that_is_thousands_strong_is_its_strength():
    assert (4500.0, "people") in _figures("Gabon's navy is about 4,500 strong after two years of recruiting.")


def test_guard_a_crowd_thousands_strong_is_no_force_strength():
    assert (9000.0, "people") not in _figures("The rally, some 9,000 strong, marched to the palace on Sunday.")
