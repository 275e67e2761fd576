"""Families of spurious or mis-stated transfers a blind evaluation (own13) showed, each probed in sentences written
for these tests: a claim of a deal that the same sentence rejects ("rejected these allegations", "nothing of the
sort"), also when the claim's content comes "according to which"; a seller's readiness to supply, which is an
offer; and a deal whose end is told by a relative clause hung on the deal's phrase ("..., which the ministry
cancelled"). Each positive text must give exactly the records listed (ANY: the field is not checked); each guard
keeps its records."""

from __future__ import annotations

import pytest

from transfer_cases import ANY, assert_exactly

CLAIM_REJECTED = [
    # the claim's content comes "according to which", and the sentence's main verb rejects the claim
    'Questioned by journalists about rumours according to which Dakar was negotiating the purchase of Mi-35 '
    'helicopters from Russia, the minister rejected these allegations.',
    'Asked by reporters about information spreading online according to which Dakar was negotiating the purchase of '
    'Mi-35 helicopters from Russia, the minister rejected these allegations.',
    # a "that" claim rejected by a claim noun referring back to it
    'Asked about reports that Nepal would receive armed drones from China, the minister rejected the reports.',
    # "nothing of the sort" denies that anything like the claim exists
    'Asked about reports on social media that Nepal would receive armed drones from China, the spokesman said there '
    'was nothing of the sort under discussion.',
    'Asked about claims that Nepal would buy armed drones from China, the minister said there was "nothing of the '
    'kind".',
]

CLAIM_STANDS = [
    # the claim confirmed, or another allegation rejected: the reported deal stays
    ('Questioned about reports according to which Dakar was negotiating the purchase of Mi-35 helicopters from '
     'Russia, the minister confirmed the talks.',
     [('Russia', 'Senegal', 'Mi-35', 'negotiating', ANY)]),
    ('According to reports, Dakar was negotiating the purchase of Mi-35 helicopters from Russia.',
     [('Russia', 'Senegal', 'Mi-35', 'negotiating', ANY)]),
    ('Asked about claims that Nepal would receive armed drones from China, the spokesman said the delivery was on '
     'schedule.',
     [('China', 'Nepal', 'armed drones', ANY, ANY)]),
    ('Asked about reports that Nepal would receive armed drones from China, the minister rejected allegations of '
     'bribery in an earlier tender.',
     [('China', 'Nepal', 'armed drones', ANY, ANY)]),
    ('Information spreading online according to which Dakar was negotiating the purchase of Mi-35 helicopters from '
     'Russia was confirmed by the minister.',
     [('Russia', 'Senegal', 'Mi-35', 'negotiating', ANY)]),
]


@pytest.mark.parametrize("text", CLAIM_REJECTED)
def test_claim_rejected_in_its_sentence_gives_nothing(transfers, text):
    assert_exactly(transfers(text), [])


@pytest.mark.parametrize("text, expected", CLAIM_STANDS)
def test_claim_not_rejected_stands(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SELLER_READY = [
    ('He said Japan stood ready to supply three more P-3C aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', 3)]),
    ('Japan is ready to supply three P-3C aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', 3)]),
    ('The Japanese side expressed its readiness to supply more P-3C aircraft to Vietnam during the dialogue.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', ANY)]),
]

READY_GUARDS = [
    # goods referred back to, or ready to be handed over: a delivery of a deal made
    ('Japan is ready to deliver the P-3C aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'agreed', ANY)]),
    ('The three P-3C aircraft for Vietnam are ready to be delivered.',
     [(ANY, 'Vietnam', 'P-3C', 'agreed', 3)]),
    # a buyer's readiness is no offer
    ('Vietnam expressed its readiness to buy more P-3C aircraft from Japan.',
     [('Japan', 'Vietnam', 'P-3C', 'interest', ANY)]),
]


@pytest.mark.parametrize("text, expected", SELLER_READY)
def test_seller_ready_to_supply_offers(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", READY_GUARDS)
def test_readiness_guards(transfers, text, expected):
    records = transfers(text)
    if expected[0][0] is ANY:  # (the seller is the catalogue's maker, not checked here)
        assert [(r.recipient, r.status, r.quantity) for r in records] == [(expected[0][1], expected[0][3], 3)]
        return
    assert_exactly(records, expected)


LEAD = "Uruguay's defence ministry has opened a tender for armoured vehicles. "

ENDED_BY_RELATIVE = [
    (LEAD + 'The tender replaces the planned purchase of four used Pandur armoured vehicles from Austria, which the '
     'ministry cancelled in March 2024 after the seller lost its export permit.',
     [('Austria', 'Uruguay', 'Pandur', 'cancelled', 4), ('Austria', 'Uruguay', 'Pandur', 'interest', 4)]),
    (LEAD + 'It replaces the purchase of four used Pandur vehicles from Austria that the ministry cancelled in March '
     '2024.',
     [('Austria', 'Uruguay', 'Pandur', 'cancelled', 4), ('Austria', 'Uruguay', 'Pandur', 'agreed', 4)]),
]

NOT_ENDED_BY_RELATIVE = [
    # the relative clause has a subject of its own, or tells a fleet left, not a deal ended
    ('Uruguay bought four Pandur vehicles from Austria, which cancelled its own order for Leopard tanks.',
     [('Austria', 'Uruguay', 'Pandur', 'delivered', 4)]),
    ('Norway informed parliament about the transfer of its F-16 aircraft to Romania, which were withdrawn from '
     'service in 2022.',
     [('Norway', 'Romania', 'F-16', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", ENDED_BY_RELATIVE)
def test_deal_ended_by_relative_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_ENDED_BY_RELATIVE)
def test_relative_clause_of_another_matter(transfers, text, expected):
    assert_exactly(transfers(text), expected)


UNNAMED_CUSTOMER = [
    # a deal "with" a customer the text does not name: the buyer is unknown, not the story's other buyer
    ('Airbus reported its results. Malaysia received four C295 aircraft in June. The contract with an Asian customer '
     'for three more C295 transport aircraft, signed in 2020, was cancelled in May 2023.',
     [('Spain', 'Malaysia', 'C295', 'delivered', 4), ('Spain', 'unknown', 'C295', 'ordered', 3),
      ('Spain', 'unknown', 'C295', 'cancelled', 3)]),
]

NAMED_PARTNER = [
    # a deal with a named state keeps it
    ('Malaysia agreed to buy four C295 aircraft from Spain in 2019, but the deal was cancelled in May 2023.',
     [('Spain', 'Malaysia', 'C295', 'agreed', 4), ('Spain', 'Malaysia', 'C295', 'cancelled', 4)]),
]


@pytest.mark.parametrize("text, expected", UNNAMED_CUSTOMER)
def test_deal_with_unnamed_customer_has_unknown_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NAMED_PARTNER)
def test_deal_with_named_buyer_keeps_it(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def _when(records, status):
    return [r.when for r in records if r.status == status]


def test_cancellation_dated_by_its_own_verb(transfers):
    # the deal's participle dates the deal, the verb of ending the end
    records = transfers('Airbus reported its results. Malaysia received four C295 aircraft in June. The contract '
                        'with an Asian customer for three more C295 transport aircraft, signed in 2020, was cancelled '
                        'in May 2023.')
    assert _when(records, "cancelled") == ["2023-05"] and _when(records, "ordered") == ["2020"]
    records = transfers('The 2019 contract for four C295 aircraft from Spain to Malaysia was cancelled in May 2023.')
    assert _when(records, "cancelled") == ["2023-05"] and _when(records, "ordered") == ["2019"]


def test_cancellation_not_dated_by_the_deals_participle(transfers):
    # guard: a participle of the deal the parser hangs on the verb of ending does not date the end
    records = transfers('In 2022 Kuwait decided to cancel a contract with Spain for 12 C295 aircraft signed in 2017, '
                        'citing delays.')
    assert "2017" not in _when(records, "cancelled")


ENVOY_REFERRED_BACK = [
    # "the ambassador" is the one envoy of that title named before with a state, not the story's main seller
    ('Vanuatu\'s police received six Bushmaster vehicles from Australia on Friday. Separately, the Japanese '
     'ambassador met the police commissioner on Monday. The ambassador offered patrol drones to Vanuatu.',
     [('Australia', 'Vanuatu', 'Bushmaster', 'delivered', 6), ('Japan', 'Vanuatu', 'drones', 'offered', ANY)]),
    ('Vanuatu\'s police received six Bushmaster vehicles from Australia on Friday. Australia said it would also '
     'supply 20 rifles next year. Separately, the Japanese ambassador, Mr Kenji Sato, met the police commissioner on '
     'Monday. A police statement says the ambassador offered patrol drones to help the force watch the coast.',
     [('Australia', 'Vanuatu', 'Bushmaster', 'delivered', 6), ('Australia', 'Vanuatu', 'rifles', 'agreed', 20),
      ('Japan', 'Vanuatu', 'drones', 'offered', ANY)]),
]

ENVOY_UNRESOLVED = [
    # no envoy named before, or two of different states: the passage's seller stands
    ('Vanuatu\'s police received six Bushmaster vehicles from Australia on Friday. The ambassador offered patrol '
     'drones to the force.',
     [('Australia', 'Vanuatu', 'Bushmaster', 'delivered', 6), ('Australia', 'Vanuatu', 'drones', 'offered', ANY)]),
    ('The Japanese ambassador and the Chinese ambassador both met the police commissioner. Vanuatu\'s police '
     'received six Bushmaster vehicles from Australia on Friday. The ambassador offered patrol drones to the force.',
     [('Australia', 'Vanuatu', 'Bushmaster', 'delivered', 6), ('Australia', 'Vanuatu', 'drones', 'offered', ANY)]),
]


@pytest.mark.parametrize("text, expected", ENVOY_REFERRED_BACK)
def test_the_envoy_is_the_one_named_before(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", ENVOY_UNRESOLVED)
def test_envoy_not_named_before_changes_nothing(transfers, text, expected):
    assert_exactly(transfers(text), expected)


LOT_IS_NO_BUYER = [
    # "for a further batch of X": the batch is the goods, not a buyer left unnamed
    ('Interview with Finland\'s defence procurement chief, Anna Virtanen.\n\nQ: What is next for air defence?\n\n'
     'Virtanen: We are also negotiating with Saab in Sweden for a further batch of RBS 70 missiles.',
     [('Sweden', 'Finland', 'RBS 70', 'negotiating', ANY)]),
]

UNNAMED_BUYER_KEPT = [
    # guard: a customer left unnamed is still the unknown buyer
    ('Sweden sold a batch of RBS 70 missiles to an unnamed customer.',
     [('Sweden', 'unknown', 'RBS 70', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", LOT_IS_NO_BUYER)
def test_lot_noun_is_no_unnamed_buyer(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", UNNAMED_BUYER_KEPT)
def test_unnamed_customer_stays_unknown(transfers, text, expected):
    assert_exactly(transfers(text), expected)


COMPANY_ARM = [
    # a company's name that ends in a state names its arm there, the seller
    ('At Broughton, Airbus UK delivered the last of 14 A400M aircraft to the Royal Malaysian Air Force.',
     [('United Kingdom', 'Malaysia', 'A400M', 'delivered', 14)]),
    ('At Yeovil, Leonardo Helicopters UK delivered the last of 12 AW101 helicopters to the Royal Norwegian Air Force.',
     [('United Kingdom', 'Norway', 'AW101', 'delivered', 12)]),
]

COMPANY_ARM_GUARDS = [
    # a wire's name before a dateline's state, and a pair of states, keep both parties
    ('MANILA, June 2 Reuters - Japan and the Philippines agreed on Monday to begin negotiations on the transfer of '
     'four Abukuma-class destroyer escorts.',
     [('Japan', 'Philippines', 'Abukuma', 'negotiating', 4)]),
    ('HANOI, June 2 Reuters - Vietnam bought 12 Yak-130 trainers from Russia.',
     [('Russia', 'Vietnam', 'Yak-130', 'delivered', 12)]),
    ('The Royal Norwegian Air Force ordered 12 AW101 helicopters from Leonardo.',
     [('Italy', 'Norway', 'AW101', 'ordered', 12)]),
]


@pytest.mark.parametrize("text, expected", COMPANY_ARM)
def test_company_arm_named_by_its_state_sells(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", COMPANY_ARM_GUARDS)
def test_company_arm_guards(transfers, text, expected):
    assert_exactly(transfers(text), expected)


SUPPOSED = [
    # a purchase put as a condition or as a question is no step taken
    'Should Manila also buy J-10 fighters, it would be the first country in the region to fly jets from China.',
    'If Manila also buys J-10 fighters, it would be the first country in the region to fly jets from China.',
    'Asked whether Lima might buy more FA-50 jets if the air force needed them, she said that decision would be up '
    'to the next government.',
]

NOT_SUPPOSED = [
    # a deal told as a fact beside a condition, a deal with a condition of its own, a past perfect "had"
    ('Manila bought 12 J-10 fighters from China, and if the jets perform well, it will order more.',
     [('China', 'Philippines', 'J-10', 'delivered', 12)]),
    ('Manila said it would buy 12 J-10 fighters from China if the budget allowed.',
     [('China', 'Philippines', 'J-10', 'agreed', 12)]),
    ('Manila had bought 12 J-10 fighters from China before the crisis.',
     [('China', 'Philippines', 'J-10', 'delivered', 12)]),
]


@pytest.mark.parametrize("text", SUPPOSED)
def test_supposed_purchase_gives_nothing(transfers, text):
    assert_exactly(transfers(text), [])


@pytest.mark.parametrize("text, expected", NOT_SUPPOSED)
def test_purchase_beside_a_condition_stands(transfers, text, expected):
    assert_exactly(transfers(text), expected)


DEAL_ENDS_OTHER = [
    # a deal that, as subject, ends something else is not itself ended
    ('Peru bought 24 Gripen fighters from Sweden in 2024. The Gripen deal ended a search for a new fighter that '
     'lasted almost ten years.',
     [('Sweden', 'Peru', 'Gripen', 'delivered', 24), ('Sweden', 'Peru', 'Gripen', 'agreed', ANY)]),
    ('Peru bought 24 Gripen fighters from Sweden in 2024. The Gripen purchase halted a long decline of the air '
     'force.',
     [('Sweden', 'Peru', 'Gripen', 'delivered', 24), ('Sweden', 'Peru', 'Gripen', 'agreed', ANY)]),
]

DEAL_ENDED = [
    # guards: the deal ending on its own, or ended by someone
    ('Peru bought 24 Gripen fighters from Sweden in 2024. The Gripen deal ended in 2026.',
     [('Sweden', 'Peru', 'Gripen', 'delivered', 24), ('Sweden', 'Peru', 'Gripen', 'agreed', ANY),
      ('Sweden', 'Peru', 'Gripen', 'cancelled', ANY)]),
    ('Peru agreed to buy 24 Gripen fighters from Sweden in 2024, but the government ended the deal in 2026.',
     [('Sweden', 'Peru', 'Gripen', 'agreed', 24), ('Sweden', 'Peru', 'Gripen', 'cancelled', 24)]),
]


@pytest.mark.parametrize("text, expected", DEAL_ENDS_OTHER)
def test_deal_ending_something_else_is_not_cancelled(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", DEAL_ENDED)
def test_deal_ended_stays_cancelled(transfers, text, expected):
    assert_exactly(transfers(text), expected)
