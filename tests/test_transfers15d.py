"""Transfer families the older evaluation sets showed the extractor missed or misread, each probed in sentences
written for these tests.

A buyer choosing one system over another: the losing bid ("picked X over Y", "selected X from A over Y from B",
"weighed X against Y offered by A", "leaving Y and Z out of the running", "X beat Y") was offered to that buyer by
its own seller; the chosen system keeps whatever status its own words give it. Each positive text must give
exactly the records listed (ANY: the field is not checked); each negative text must give what it lists."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

LOSING_BIDS = [
    # "over" on the verb of choosing; the loser's maker is the catalogue's
    # (the choice, with no contract told, is negotiating: test_transfers26f)
    ("The Chilean Air Force has picked the Rafale over the Boeing F-15EX to replace its old jets.",
     [('United States', 'Chile', 'F-15', 'offered', None), ('France', 'Chile', 'Rafale', 'negotiating', None)]),
    ("Colombia opted for the Gripen over the F-16.", [('United States', 'Colombia', 'F-16', 'offered', None)]),
    # "over" hung on the chosen system; each side named with its own "from"
    ("The Indian army selected the K9 howitzer from South Korea over the Caesar howitzer from France.",
     [('South Korea', 'India', 'K9', 'negotiating', None), ('France', 'India', 'Caesar', 'offered', None)]),
    ("Switzerland selected the F-35 over the Rafale.",
     [('United States', 'Switzerland', 'F-35', 'negotiating', ANY),
      ('France', 'Switzerland', 'Rafale', 'offered', None)]),
    # a rival "weighed against" the chosen one, offered by a state its own clause names
    ("The Philippine Air Force had weighed the Gripen against the F-16 Block 70 offered by the United States.",
     [('United States', 'Philippines', 'F-16', 'offered', None)]),
    # rivals "left out of the running" by talks with another seller: each named with its nationality
    ("Colombia has opened exclusive talks with Saab for 16 Gripen E fighters, leaving the American F-16 Block 70 "
     "and the French Rafale out of the running.",
     [('Sweden', 'Colombia', 'Gripen', 'negotiating', 16), ('United States', 'Colombia', 'F-16', 'offered', None),
      ('France', 'Colombia', 'Rafale', 'offered', None)]),
    # a winning bid as the subject, in a contest of bids: the buyer is the one the sentence before is about
    ("Thailand has begun talks with Saab for four Gripen E/F fighters. The Swedish jet beat the F-16 Block 70 "
     "offered by the United States.",
     [('Sweden', 'Thailand', 'Gripen', 'negotiating', 4), ('United States', 'Thailand', 'F-16', 'offered', None)]),
    ("Saab beat competition from the F-16, offered by the United States, and will supply 12 Gripen jets to Thailand.",
     [('Sweden', 'Thailand', 'Gripen', 'agreed', 12), ('United States', 'Thailand', 'F-16', 'offered', None)]),
]

NO_LOSING_BID = [
    # no buyer choosing: analysts compare, jets fly "over" a sea, a choice set against no system
    ("Analysts weighed the Su-57 against the F-35.", []),
    # beaten in battle, not in a contest of bids
    ("Ukrainian drones beat the Russian Pantsir air defences near Kursk.", []),
    ("Greece may use Rafale jets over the Aegean.", []),
    ("Turkish F-16 jets flew over the Aegean on Monday.", []),
    ("The navy picked the Lerwick shipyard over its rivals for the refit.", []),
    # a bare count after a designator ("Block 70") is no bid of its own
    ("Analysts weighed the Gripen against the F-16 Block 70.", []),
    # "deciding against" a system sets no rival against a chosen one here
    ("India signed a contract with France for Rafale jets after deciding against the F/A-18 Super Hornet.",
     [('France', 'India', 'Rafale', 'ordered', ANY)]),
]


@pytest.mark.parametrize("text, expected", LOSING_BIDS)
def test_losing_bid_is_offered_to_the_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NO_LOSING_BID)
def test_no_losing_bid(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# building in progress: a ship of a lot told before launched at the maker's yard, whose seller the article names
# only as a firm; a system "under construction" in a phrase on it (not only after "is")
BUILDING = [
    ("The Hellenic Navy has taken delivery of Kimon, the first of its FDI frigates, at Naval Group's yard in Lorient. "
     "The second ship, Nearchos, was floated out in September and is being fitted out at the same yard.",
     [('France', 'Greece', 'FDI', 'delivered', 1), ('France', 'Greece', 'FDI', 'in_production', ANY)]),
    ("Egypt ordered two S26T submarines from China in 2019. The first boat, under construction at a Wuhan yard since "
     "2020, is due in 2027.",
     [('China', 'Egypt', 'S26T', 'ordered', 2), ('China', 'Egypt', 'S26T', 'in_production', ANY)]),
    ("Egypt ordered two S26T submarines from China in 2019. The first boat, based on the Yuan-class design and under "
     "construction at a Wuhan yard, is expected to be handed over in 2027.",
     [('China', 'Egypt', 'S26T', 'ordered', 2), ('China', 'Egypt', 'S26T', 'in_production', ANY)]),
]

NOT_BUILDING = [
    # a yard building ships for no buyer the text names; a state phrase of something else
    ("The Wuhan yard has three submarines under construction.", []),
    ("Egypt ordered two S26T submarines from China in 2019. The first boat, under review by the navy, is due in "
     "2027.", [('China', 'Egypt', 'S26T', 'ordered', 2)]),
]


@pytest.mark.parametrize("text, expected", BUILDING)
def test_building_in_progress(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_BUILDING)
def test_no_building_in_progress(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# a seller read off a multinational group's name is the state the catalogue says builds the system, when the
# sentence names no state of the group's as such
GROUP_SELLERS = [
    ("Senegal signed a contract with Airbus for one C295 maritime patrol aircraft last December.",
     [('Spain', 'Senegal', 'C-295', 'ordered', 1)]),
    ("Airbus Helicopters delivered six H145M helicopters to Uzbekistan.",
     [('Germany', 'Uzbekistan', 'H145M', 'delivered', 6)]),
    ("Leonardo delivered four AW159 Wildcat helicopters to the Philippines.",
     [('United Kingdom', 'Philippines', 'AW159', 'delivered', 4)]),
]

NOT_GROUP_SELLERS = [
    # the group's state named as such; a maker that is no multinational group (a licensee's own sale)
    ("Airbus, the French group, delivered two C295 aircraft to Ghana.", [('France', 'Ghana', 'C-295', 'delivered', 2)]),
    ("PZL Mielec delivered four S-70i Black Hawk helicopters to the Philippines.",
     [('Poland', 'Philippines', 'Black Hawk', 'delivered', 4)]),
]


@pytest.mark.parametrize("text, expected", GROUP_SELLERS + NOT_GROUP_SELLERS)
def test_group_seller(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# the makers a participle on the system names ("jointly produced by A and B") made it: the partner of the talks that
# is one of them sells it, the buyer is the clause's subject
PARTICIPLE_MAKERS = [
    ("Argentina had held talks with China on the JF-17 Thunder, jointly produced by China and Pakistan, but the "
     "option was dropped.",
     # (the dropped option ends the talks: its own cancelled record since round twelve, tests/test_transfers23.py)
     [('China', 'Argentina', 'JF-17', 'negotiating', None), ('China', 'Argentina', 'JF-17', 'cancelled', None)]),
    ("Nigeria held talks with Pakistan on the JF-17 Thunder, produced by China and Pakistan.",
     [('Pakistan', 'Nigeria', 'JF-17', 'negotiating', None)]),
    # no makers named
    ("Azerbaijan held talks with Pakistan on the JF-17 Thunder.", [('Pakistan', 'Azerbaijan', 'JF-17', 'negotiating', None)]),
]


@pytest.mark.parametrize("text, expected", PARTICIPLE_MAKERS)
def test_participle_makers_are_no_buyers(transfers, text, expected):
    assert_exactly(transfers(text), expected)
