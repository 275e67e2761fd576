"""own24 families, in sentences written for these tests: a promise of systems "for a military" (a force named with
"a" and nothing that names its state) is the promiser's own force, not a customer of no name: the promiser's state
is the buyer, not a seller, and the promise names no seller (no record). Read as a seller, the state also stopped
being the story's buyer, and the systems the rest of the story tells bought went to a neighbour it named once.
Each text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2026, 2, 27)

POSITIVES = [
    ("President Ama Wanjiru told lawmakers on Monday that Kenya had tamed inflation, using her yearly address to "
     "pledge new helicopters and patrol boats for a military stretched along the northern border. Militants remain "
     "active across the frontier in Somalia, she said. For the Army, 30 Otokar Cobra II vehicles ordered from Turkey "
     "last year will arrive in May.",
     [("Turkey", "Kenya", "Otokar Cobra", ANY, 30)]),
    ("Niger's prime minister pledged new drones and radars for an air force worn down by years of war. Rebels still "
     "hold ground near the border with Chad. Four Bayraktar TB2 drones bought from Turkey in March will join the "
     "fleet next year.",
     [("Turkey", "Niger", "Bayraktar TB2", ANY, 4)]),
    ("Zambia's president promised new trucks and rifles for an army short of everything.", []),
]

GUARDS = [
    # a force whose state or region the phrase names stays a buyer (named, or of no name)
    ("Russia promised new tanks for a military fighting insurgents in Mali.",
     [("Russia", "Mali", "tanks", "agreed", ANY)]),
    ("Russia pledged new drones for an African air force.",
     [("Russia", "unknown", "drones", "agreed", ANY)]),
    ("Russia pledged new drones for the army of Mali.",
     [("Russia", "Mali", "drones", "agreed", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_promise_for_a_generic_force(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A rival's offer told a few sentences after the paragraph's purchase ("X signed for A's jets. The contract covers
# ... The jets will replace ... B had offered Y"): the paragraph's buyer, not the article's main pair's, is the one
# offered to (the passage's buyer is read back through its paragraph, up to four sentences, no longer two).
ROUNDUP_LEAD = ("In April the Kenyan army received the first four of 16 Black Hawk helicopters ordered from the "
                "United States in 2021. Kenya also took delivery of 20 Humvees from the United States in May.\n\n")

PASSAGE_POSITIVES = [
    (ROUNDUP_LEAD + "Chile's search for a frigate ended in May, when Santiago signed for four Type 31 frigates from "
     "Britain. The contract, worth 2 billion pounds, covers training and spares. The ships will replace older hulls "
     "that have served since 1990. Spain had offered the F-110 and Italy the FREMM, but neither matched the British "
     "terms.",
     [("United States", "Kenya", "Black Hawk", "delivered", 4), ("United States", "Kenya", "Black Hawk", "ordered", 16),
      ("United States", "Kenya", "Humvee", "delivered", 20), ("United Kingdom", "Chile", "Type 31", "ordered", 4),
      ("Spain", "Chile", "F-110", "offered", ANY), ("Italy", "Chile", "FREMM", "offered", ANY)]),
]

PASSAGE_GUARDS = [
    # an offer in a paragraph of its own is no part of the purchase's passage
    (ROUNDUP_LEAD + "Chile's search for a frigate ended in May, when Santiago signed for four Type 31 frigates from "
     "Britain. The contract, worth 2 billion pounds, covers training and spares. The ships will replace older hulls "
     "that have served since 1990.\n\nSpain had offered the F-110, officials said.",
     [("United States", "Kenya", "Black Hawk", "delivered", 4), ("United States", "Kenya", "Black Hawk", "ordered", 16),
      ("United States", "Kenya", "Humvee", "delivered", 20), ("United Kingdom", "Chile", "Type 31", "ordered", 4),
      ("Spain", "Kenya", "F-110", "offered", ANY)]),
]


@pytest.mark.parametrize("text,expected", PASSAGE_POSITIVES + PASSAGE_GUARDS)
def test_rival_offer_takes_paragraph_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A recommendation to buy ("a report recommends buying X from A", "the panel recommended that B buy X") is a wish to
# buy, not a purchase: status interest (a governor of the cue, as "consider", "plan").
RECOMMEND_POSITIVES = [
    ("A report by Chile's navy staff recommends buying four Type 31 frigates from Britain.",
     [("United Kingdom", "Chile", "Type 31", "interest", 4)]),
    ("The panel recommended that Chile buy four Type 31 frigates from Britain.",
     [("United Kingdom", "Chile", "Type 31", "interest", 4)]),
]

RECOMMEND_GUARDS = [
    # a purchase told as done keeps its status; praising the systems bought afterwards is no governor of the cue
    ("Chile bought four Type 31 frigates from Britain, and the admiral recommended the ships to his colleagues.",
     [("United Kingdom", "Chile", "Type 31", "delivered", 4)]),
]


@pytest.mark.parametrize("text,expected", RECOMMEND_POSITIVES + RECOMMEND_GUARDS)
def test_recommended_purchase_is_interest(transfers, text, expected):
    assert_exactly(transfers(text), expected)
