"""Families of transfer reports a blind evaluation (own12) showed the extractor missed, each probed in sentences
written for these tests: a deal and its later end told in one sentence with the deal referred back to ("but the
deal was cancelled"), talks whose topic the parser hangs on the clause's verb ("talks continued with A on X and
with B on Y"), versions of one family offered as alternatives ("X C/D or X E"), a buyer taking a system over
("accepted its sixth jet"), a force relying on a foreign-made system, a claim of talks denied by a "that" clause,
and catalogue gaps (an airborne early-warning designation, fuel tankers, a state's military bodies). Each
positive text must give exactly the records listed (ANY: the field is not checked); each negative text must
give none."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

LATER_END = [
    # the deal referred back to as the subject of its own ending clause
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but the deal was cancelled two years later.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
    ('Peru ordered eight KT-1 trainers from South Korea in 2015, but the order was cancelled in 2017.',
     [('South Korea', 'Peru', 'KT-1', 'ordered', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but the deal collapsed in 2017.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but it was cancelled in 2017.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
    # a signed contract, its end told of the contract; the deal ended by a body of the buyer's
    ('Peru signed a contract for eight KT-1 trainers with South Korea in 2015, but the contract was terminated in '
     '2017.',
     [('South Korea', 'Peru', 'KT-1', 'ordered', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but the government cancelled the deal in '
     '2017.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8), ('South Korea', 'Peru', 'KT-1', 'cancelled', 8)]),
]

NOT_ENDED = [
    # another deal ends, or none does
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but a deal with Chile was cancelled in 2017.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8)]),
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, and the deal was not cancelled.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8)]),
    ('Peru agreed to buy eight KT-1 trainers from South Korea in 2015, but Chile cancelled its own deal in 2017.',
     [('South Korea', 'Peru', 'KT-1', 'agreed', 8)]),
]


@pytest.mark.parametrize("text, expected", LATER_END)
def test_deal_and_its_later_end(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_ENDED)
def test_other_or_no_ending_leaves_the_deal(transfers, text, expected):
    assert_exactly(transfers(text), expected)


TALKS_TOPIC_ON_VERB = [
    ('Swedish officials said that discussions continued with Vietnam on additional Gripen fighters and with Laos '
     'on Gripen E, although no contract had been signed.',
     [('Sweden', 'Vietnam', 'Gripen', 'negotiating', ANY), ('Sweden', 'Laos', 'Gripen', 'negotiating', ANY)]),
    ('Swedish officials said talks were under way with Chile on Gripen E fighters.',
     [('Sweden', 'Chile', 'Gripen', 'negotiating', ANY)]),
    # alternatives of one family are one deal; two versions listed with "and" stay two
    ('Swedish officials said talks continued with Chile on more Gripen C/D or Gripen E aircraft.',
     [('Sweden', 'Chile', 'Gripen', 'negotiating', ANY)]),
    ('Russia delivered Buk-M1 and Buk-M2 systems to Egypt.',
     [('Russia', 'Egypt', 'Buk-M1', 'delivered', ANY), ('Russia', 'Egypt', 'Buk-M2', 'delivered', ANY)]),
]

NO_TALKS = [
    # talks on something else, talks denied
    'Talks continued with Chile on the role of Swedish F-16 fighters in the exercise.',
    'No talks were held with Chile on Swedish Gripen fighters.',
]


@pytest.mark.parametrize("text, expected", TALKS_TOPIC_ON_VERB)
def test_talks_topic_on_the_verb(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NO_TALKS)
def test_no_talks_on_a_system(transfers, text):
    assert transfers(text) == []


DENIED_TALKS = [
    # a deal told before gives the story a main pair; the denied talks must not borrow it
    'Kenya agreed to buy six KT-1 trainers from South Korea in 2010, but the deal was cancelled in 2013. The '
    'minister denied that the army was negotiating with Israel to buy drones, calling the reports "lies".',
]


@pytest.mark.parametrize("text", DENIED_TALKS)
def test_talks_denied_in_a_that_clause(transfers, text):
    assert_exactly(transfers(text), [('South Korea', 'Kenya', 'KT-1', 'agreed', 6),
                                     ('South Korea', 'Kenya', 'KT-1', 'cancelled', 6)])


def test_talks_confirmed_in_a_that_clause_stand(transfers):
    text = 'Kenyan officials confirmed that Kenya was negotiating with Israel to buy Heron drones.'
    assert_exactly(transfers(text), [('Israel', 'Kenya', 'Heron', 'negotiating', ANY)])


TAKEN_OVER = [
    # a buyer accepting a system from its maker: delivered
    ('The Philippine Navy accepted its fourth FA-50 jet from South Korea in March.',
     [('South Korea', 'Philippines', 'FA-50', 'delivered', ANY)]),
    ('In March the Philippine Air Force accepted its sixth FA-50.',
     [('South Korea', 'Philippines', 'FA-50', 'delivered', ANY)]),
    # a force relying on a foreign-made system holds it from that state
    ('The Kenyan Army has long relied on Israeli small arms such as the Galil rifle.',
     [('Israel', 'Kenya', 'Galil', 'delivered', ANY)]),
    ('The Rapid Intervention Battalion has long relied on Israeli small arms such as the Galil rifle.',
     [('Israel', 'Cameroon', 'Galil', 'delivered', ANY)]),
]

NOT_TAKEN_OVER = [
    'Kenya will accept two more FA-50 jets next year if the budget allows.',  # (no tense of a step taken)
    'The Kenyan army relies on its own rifles.',
    'The Kenyan army relies on Kenyan-made rifles.',
]


@pytest.mark.parametrize("text, expected", TAKEN_OVER)
def test_taken_over_or_relied_on(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NOT_TAKEN_OVER)
def test_not_taken_over(transfers, text):
    assert transfers(text) == []


CATALOGUE = [
    ('Sweden decided to donate two ASC 890 airborne surveillance aircraft to Ukraine in May.',
     [('Sweden', 'Ukraine', 'Saab 340 AEW', 'agreed', 2)]),
    ('In 2023 Japan supplied 20 military trucks and six fuel tankers to the Philippine army.',
     [('Japan', 'Philippines', 'military trucks', 'delivered', 20),
      ('Japan', 'Philippines', 'fuel tankers', 'delivered', 6)]),
]


@pytest.mark.parametrize("text, expected", CATALOGUE)
def test_catalogue_entries(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_a_tanker_at_sea_is_no_fuel_tanker(transfers):
    assert transfers('The tanker arrived in Greece with fuel for the fleet.') == []


UNNAMED_BUYERS = [
    # a seller's talks with a buyer it does not name; an order placed by one (the parser hangs "placed" on the system)
    ('Avibras said it was negotiating the sale of Astros II batteries with an African customer it declined to name.',
     [('Brazil', 'unknown', 'Astros', 'negotiating', ANY)]),
    ('An order for RBS 70 missiles placed by an Asian customer in 2021 was cancelled by the customer in 2022.',
     [('Sweden', 'unknown', 'RBS 70', 'ordered', ANY), ('Sweden', 'unknown', 'RBS 70', 'cancelled', ANY)]),
]

NAMED_BUYERS = [
    # a named buyer stays the buyer; a maker's participle ("made by A") names no party
    ('An order for RBS 70 missiles placed by Thailand in 2021 was cancelled in 2022.',
     [('Sweden', 'Thailand', 'RBS 70', 'ordered', ANY), ('Sweden', 'Thailand', 'RBS 70', 'cancelled', ANY)]),
    ('Saab is negotiating the sale of RBS 70 missiles with Thailand.',
     [('Sweden', 'Thailand', 'RBS 70', 'negotiating', ANY)]),
    ('Vietnam is set to sign a contract for 20 K9 howitzers made by South Korea\'s Hanwha Aerospace, a newspaper '
     'reported.',
     [('South Korea', 'Vietnam', 'K9', ANY, 20)]),
]


@pytest.mark.parametrize("text, expected", UNNAMED_BUYERS)
def test_unnamed_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NAMED_BUYERS)
def test_named_buyer_kept(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_class_named_after_a_city(transfers):
    # a class named after a place, written with a hyphen, before a plain noun of ships
    text = 'The new boats replace two Shanghai-class boats that China supplied to Sri Lanka in 2010.'
    assert_exactly(transfers(text), [('China', 'Sri Lanka', 'Type 062', 'delivered', 2)])


PART_OF_A_LOT = [
    # a part of the lot named just before, built under licence at home
    ('Hungary ordered 200 Lynx vehicles from Germany in 2020. All but the first 46 are to be built under licence at '
     'a plant in Zalaegerszeg.',
     [('Germany', 'Hungary', 'Lynx', 'ordered', 200), ('Germany', 'Hungary', 'Lynx', 'licensed_production', ANY)]),
    ('Poland ordered 48 K9 howitzers from South Korea. Most of them will be assembled under licence in Stalowa Wola.',
     [('South Korea', 'Poland', 'K9', 'ordered', 48),
      ('South Korea', 'Poland', 'K9', 'licensed_production', ANY)]),
    ('Slovakia ordered 152 CV90 vehicles from Sweden. The first 40 are being built in Sweden; the remaining hulls '
     'will be assembled under licence at a plant in Detva.',
     [('Sweden', 'Slovakia', 'CV90', 'ordered', 152), ('Sweden', 'Slovakia', 'CV90', 'licensed_production', ANY)]),
]

NO_STEP_OF_A_PART = [
    # a part of the lot that is only located, or a quantifier of something else
    ('Poland ordered 48 K9 howitzers from South Korea. Most of them are stationed near the border.',
     [('South Korea', 'Poland', 'K9', 'ordered', 48)]),
    ('Poland ordered 48 K9 howitzers from South Korea. Both of them are large countries.',
     [('South Korea', 'Poland', 'K9', 'ordered', 48)]),
]


@pytest.mark.parametrize("text, expected", PART_OF_A_LOT)
def test_part_of_a_lot(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NO_STEP_OF_A_PART)
def test_no_step_of_a_part(transfers, text, expected):
    assert_exactly(transfers(text), expected)


BUYER_STORY = "Finland's defence ministry announced its largest air defence purchase on Monday. Finnish officials said " \
    "the systems would protect Finland's cities. "

AWARDS = [
    # contracts that "went to" makers: each system from its own maker's state, for the story's buyer
    (BUYER_STORY + "Contracts went to Norway's Kongsberg for NASAMS, to Diehl in Germany for IRIS-T SLM and to MBDA "
     "in France for VL MICA.",
     [('Norway', 'Finland', 'NASAMS', 'ordered', ANY), ('Germany', 'Finland', 'IRIS-T SLM', 'ordered', ANY),
      ('France', 'Finland', 'VL MICA', 'ordered', ANY)]),
    (BUYER_STORY + "The contract went to Saab for the Gripen.",
     [('Sweden', 'Finland', 'Gripen', 'ordered', ANY)]),
]

NO_AWARDS = [
    BUYER_STORY + "The money went to Saab for research on the Gripen.",
    BUYER_STORY + "The contract did not go to Saab for the Gripen.",
]


@pytest.mark.parametrize("text, expected", AWARDS)
def test_contracts_that_went_to_makers(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NO_AWARDS)
def test_no_award(transfers, text):
    assert transfers(text) == []


COORDINATED_STEPS = [
    # a system subject of an ordering verb and of a coordinated verb of arrival: two steps
    ('Mali, whose TB2s were ordered in 2021 and arrived the following year, is the odd one out.',
     [('Turkey', 'Mali', 'TB2', 'ordered', ANY), ('Turkey', 'Mali', 'TB2', 'delivered', ANY)]),
    ('The TB2s were ordered from Turkey by Mali in 2021 and arrived in 2022.',
     [('Turkey', 'Mali', 'TB2', 'ordered', ANY), ('Turkey', 'Mali', 'TB2', 'delivered', ANY)]),
    # a coordinated verb that is no step of a transfer
    ('The TB2s were ordered from Turkey by Mali in 2021 and crashed in 2022.',
     [('Turkey', 'Mali', 'TB2', 'ordered', ANY)]),
]


@pytest.mark.parametrize("text, expected", COORDINATED_STEPS)
def test_coordinated_steps_of_a_system_subject(transfers, text, expected):
    assert_exactly(transfers(text), expected)
