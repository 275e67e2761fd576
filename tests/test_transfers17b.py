"""Transfer shapes probed in sentences written for these tests: a seller read off where the maker builds the system
(the catalogue's maker of the A400M; "its X are built by B in A"), a relative clause placing a build in the maker's own
state (no licence), a bare ordinal standing for one of a lot ("the first was handed over"), a deal made and then
ended under one participle ("an agreement reached in 2020 to buy X was called off"), a question put as a predicate
("the question is whether the jets arrive"), coordinated infinitives under one governor ("ready to train crews and to
supply X"), ship abbreviations (LCS), the rest of a licence-built lot, a sum of money after a currency letter
("P1 million"), a launched boat of an order, a warship sent to no state, a buyer told in the sentences before, and
the assembly of kits, and taking over used systems. Each positive text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # the catalogue's maker of the A400M is Spain, where it is built (a group's name gives way to it)
    ("Oman signed a contract with Airbus for two A400M transport aircraft in May.",
     [("Spain", "Oman", "A400M", "ordered", 2)]),
    ("Chile took delivery of its first A400M airlifter on Tuesday.",
     [("Spain", "Chile", "A400M", "delivered", ANY)]),
    # a relative clause placing the build in the maker's own state describes the system: no licence
    ("Ghana ordered three C295 transports, which are assembled in Seville, Spain, in March.",
     [("Spain", "Ghana", "C-295", "ordered", 3)]),
    ("Kazakhstan received two K9 howitzers, which are assembled in Changwon, South Korea, last year.",
     [("South Korea", "Kazakhstan", "K9", "delivered", 2)]),
    # a bare ordinal as the subject stands for one of the lot named before it
    ("Ghana ordered two C295 transports from Spain in 2022; the first was handed over in May.",
     [("Spain", "Ghana", "C-295", "ordered", 2), ("Spain", "Ghana", "C-295", "delivered", 1)]),
    ("Peru bought two K9 howitzers from South Korea in 2023. The second arrived in Callao last week.",
     [("South Korea", "Peru", "K9", "ordered", 2), ("South Korea", "Peru", "K9", "delivered", 1)]),
    # a participle of making a deal on a deal noun that a verb of ending takes: the deal, then its end
    ("An agreement reached in 2020 to buy 12 Mirage 2000-5 jets from Qatar was called off in 2022, Kenya's ministry "
     "said.",
     [("Qatar", "Kenya", "Mirage 2000", "agreed", 12), ("Qatar", "Kenya", "Mirage 2000", "cancelled", 12)]),
    ("Kenya's air force is short of jets. A contract signed in 2019 to buy six Gripen fighters from Sweden was "
     "cancelled last year.",
     [("Sweden", "Kenya", "Gripen", "ordered", 6), ("Sweden", "Kenya", "Gripen", "cancelled", 6)]),
    # coordinated infinitives share the word that governs the first of them
    ("Seoul stood ready to train crews and to supply K9 howitzers to Vietnam.",
     [("South Korea", "Vietnam", "K9", "offered", ANY)]),
    ("Ankara agreed to train pilots and deliver six Hurjet trainers to Spain.",
     [("Turkey", "Spain", "Hürjet", "agreed", 6)]),
    # ship abbreviations
    ("The Malaysian navy has ordered two more LCS from France.",
     [("France", "Malaysia", "ship", "ordered", 2)]),
    ("Two LCS are being built at Lumut for Malaysia under licence from France.",
     [("France", "Malaysia", "ship", "licensed_production", 2)]),
    # the rest of a lot built under licence, handed over later, is part of that build
    ("The first of six LCS built at Lumut under licence from France will join the Malaysian navy in May, with the "
     "other five to follow.",
     [("France", "Malaysia", "ship", "licensed_production", ANY)]),
    # an order told on a launched boat gives the boat a buyer, named or implied by the story
    ("Pakistan's navy is growing. The first of six Hangor-class submarines ordered from China in 2016 was launched "
     "at Wuhan in May.",
     [("China", "Pakistan", "Type 039", "ordered", 6), ("China", "Pakistan", "Type 039", "in_production", ANY)]),
    ("Pakistan's navy is growing. The second of four Babur-class corvettes ordered from Turkey was launched in "
     "Istanbul last year.",
     [("Turkey", "Pakistan", "MILGEM", "ordered", 4), ("Turkey", "Pakistan", "MILGEM", "in_production", ANY)]),
    # a state's purchases told one after another: a lot with only its seller told is the same buyer's
    ("Egypt has kept buying abroad. In May it signed a contract with France for 30 Rafale jets. Last year it ordered "
     "four MEKO A-200 frigates from Germany. Two of the eight S-300VM batteries ordered from Russia in 2015 were "
     "delivered in 2018.\n\nAlgeria, its neighbour, took delivery of six Su-30 fighters from Russia in 2024. Algeria "
     "also flies the Su-30 and trains its pilots in Algeria.",
     [("France", "Egypt", "Rafale", "ordered", 30), ("Germany", "Egypt", "MEKO", "ordered", 4),
      ("Russia", "Egypt", "S-300", "delivered", 2), ("Russia", "Egypt", "S-300", "ordered", 8),
      ("Russia", "Algeria", "Su-30", "delivered", 6)]),
    # a phrasal verb of taking possession of systems not told before acquires them
    ("Peru is in talks with Chile on taking over its retired F-16 fighters.",
     [("Chile", "Peru", "F-16", "negotiating", ANY)]),
    ("Romania will take over Norway's retired F-16 jets next year.",
     [("Norway", "Romania", "F-16", "agreed", ANY)]),
    # the assembly of a system from kits is a licensed build
    ("Morocco ordered 100 WhAP vehicles from India in 2024. Assembly of the first vehicles from kits shipped from "
     "India has begun near Casablanca.",
     [("India", "Morocco", "WhAP", "ordered", 100), ("India", "Morocco", "WhAP", "licensed_production", ANY)]),
]

GUARDS = [
    # the rest of a licence-built lot told with no ship noun of its own stays that build
    ("The first of three patrol vessels built at Lumut under licence from Germany will join the Malaysian navy in "
     "June, with the other two to follow.",
     [("Germany", "Malaysia", "ship", "licensed_production", ANY)]),
    # a "whether" clause that is the predicate of "be" asks about a transfer; it reports none
    ("In May Jakarta signed a contract with Turkish Aerospace for 12 Hurjet trainers. \"The issue is no longer "
     "whether the jets arrive but whether the money lasts,\" an analyst said.",
     [("Turkey", "Indonesia", "Hürjet", "ordered", 12)]),
    ("Chile ordered two Type 26 frigates from Britain in 2024. For the navy the question is no longer whether the "
     "frigates arrive but when they enter service.",
     [("United Kingdom", "Chile", "Type 26", "ordered", 2)]),
    # a future step of one of the lot is no step of its own
    ("Ghana ordered two C295 transports from Spain in 2022; the first will be handed over next year.",
     [("Spain", "Ghana", "C-295", "ordered", 2)]),
    # a build in the maker's state for a named buyer still names the buyer
    ("PNS Tariq, a Babur-class corvette built in Istanbul for Pakistan, was handed over in May.",
     [("Turkey", "Pakistan", "MILGEM", "delivered", ANY)]),
    # a sum of money after a currency letter is no system; the aircraft is one
    ("The province offered a reward of P1 million for the capture of the gunmen.", []),
    ("Japan offered two P-1 patrol aircraft to the Philippines in 2024.",
     [("Japan", "Philippines", "P-1", "offered", 2)]),
    # a warship sent to no state is deployed; one sent to a state is transferred
    ("China sent a Type 052D destroyer and a supply ship to the drills off Karachi.", []),
    ("China sent a Type 054A frigate to Pakistan in 2022.",
     [("China", "Pakistan", "Type 054", "delivered", ANY)]),
    # a crew taking over ships told before takes charge of them
    ("Ghana bought two Mi-17 helicopters from Ukraine in 2021. The crews took over the helicopters last week.",
     [("Ukraine", "Ghana", "Mi-17", ANY, 2)]),
    # two coordinated verbs with a subject each keep their own governors
    ("Seoul stood ready to help, and it supplied K9 howitzers to Vietnam in 2022.",
     [("South Korea", "Vietnam", "K9", "delivered", ANY)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_a_maker_named_with_its_site_is_the_seller_of_the_lots(transfers):
    # the sentence before tells another seller's deal; the lots of the system built in Poland come from Poland
    text = ("The air force took delivery of six Super Tucanos from Brazil's Embraer in 2020. Its S-70i Black Hawks "
            "are built by PZL Mielec in Poland; 16 were delivered in 2021, and the Philippine government signed a "
            "contract for 32 more in February.")
    rows = {(t.supplier, t.recipient, t.family, t.status) for t in transfers(text)}
    assert ("Poland", "Philippines", "UH-60", "delivered") in rows
    assert ("Poland", "Philippines", "UH-60", "ordered") in rows
    assert not any(t.supplier == "Brazil" and t.family == "UH-60" for t in transfers(text))


def test_a_bare_plural_name_takes_the_singular_of_its_fuller_mention(transfers):
    text = ("An S-70i Black Hawk helicopter flew the wounded to the city. The air force's Black Hawks are built by "
            "PZL Mielec in Poland, and the Philippine government signed a contract for 32 more in February.")
    names = {t.system for t in transfers(text) if t.family == "UH-60"}
    assert names == {"Black Hawk"}
