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
    'Pressed by reporters on rumours according to which Lusaka had been discussing a purchase of Mi-35 gunships with '
    'Russia, the defence minister rejected those allegations.',
    'Pressed by reporters on claims spreading online according to which Lusaka had been discussing a purchase of '
    'Mi-35 gunships with Russia, the defence minister rejected those allegations.',
    # a "that" claim rejected by a claim noun referring back to it
    'Asked about reports that Nepal would receive armed drones from China, the minister rejected the reports.',
    # "nothing of the sort" denies that anything like the claim exists
    'When journalists raised claims that Kathmandu would obtain armed drones from Beijing, a ministry official '
    'replied that there was nothing of the sort on the table.',
    'Asked about claims that Nepal would buy armed drones from China, the minister said there was "nothing of the '
    'kind".',
]

CLAIM_STANDS = [
    # the claim confirmed, or another allegation rejected: the reported deal stays
    ('Pressed by reporters on rumours according to which Lusaka had been discussing a purchase of Mi-35 gunships '
     'with Russia, the defence minister confirmed the talks.',
     [('Russia', 'Zambia', 'Mi-35', 'negotiating', ANY)]),
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
    ('Tokyo stands ready to sell three P-3C patrol aircraft to Vietnam, the minister said.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', 3)]),
    ('Japan is ready to supply three P-3C aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', 3)]),
    ('Tokyo has signalled its readiness to hand over three P-3C patrol aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'offered', 3)]),
]

READY_GUARDS = [
    # goods referred back to, or ready to be handed over: a delivery of a deal made
    ('Japan is ready to deliver the P-3C aircraft to Vietnam.',
     [('Japan', 'Vietnam', 'P-3C', 'agreed', ANY)]),
    ('The three P-3C aircraft for Vietnam are ready to be delivered.',
     [(ANY, 'Vietnam', 'P-3C', 'agreed', 3)]),
    # a buyer's readiness is no offer
    ('Hanoi has signalled its readiness to acquire three P-3C patrol aircraft from Japan.',
     [('Japan', 'Vietnam', 'P-3C', 'interest', 3)]),
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


LEAD = "Uruguay's army has launched a new competition for armoured vehicles. "

ENDED_BY_RELATIVE = [
    (LEAD + 'It takes the place of a planned acquisition of four used Pandur vehicles from Austria, which the army '
     'called off in March 2024 because of a budget freeze.',
     [('Austria', 'Uruguay', 'Pandur', 'cancelled', 4), ('Austria', 'Uruguay', 'Pandur', 'interest', 4)]),
    (LEAD + 'It takes the place of an acquisition of four used Pandur vehicles from Austria that the army called off '
     'in March 2024.',
     [('Austria', 'Uruguay', 'Pandur', 'cancelled', 4), ('Austria', 'Uruguay', 'Pandur', 'agreed', 4)]),
]

NOT_ENDED_BY_RELATIVE = [
    # the relative clause has a subject of its own, or tells a fleet left, not a deal ended
    ('Uruguay purchased four Pandur vehicles from Austria, which scrapped its own tender for Leopard tanks.',
     [('Austria', 'Uruguay', 'Pandur', 'delivered', 4)]),
    ('Denmark briefed lawmakers on the handover of its F-16 fighters to Argentina, which had been withdrawn from '
     'frontline use in 2022.',
     [('Denmark', 'Argentina', 'F-16', 'delivered', ANY)]),
]


@pytest.mark.parametrize("text, expected", ENDED_BY_RELATIVE)
def test_deal_ended_by_relative_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text, expected", NOT_ENDED_BY_RELATIVE)
def test_relative_clause_of_another_matter(transfers, text, expected):
    assert_exactly(transfers(text), expected)


UNNAMED_CUSTOMER = [
    # a deal "with" a customer the text does not name: the buyer is unknown, not the story's other buyer
    ('Airbus published its annual figures. Malaysia received four C295 aircraft in June. Airbus said the contract '
     'with an unnamed Asian customer for three more C295 transports, signed in 2020, was cancelled in May 2023.',
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
    records = transfers('Airbus published its annual figures. Malaysia received four C295 aircraft in June. Airbus '
                        'said the contract with an unnamed Asian customer for three more C295 transports, signed in '
                        '2020, was cancelled in May 2023.')
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
    ('Fiji\'s navy took delivery of two Guardian patrol boats from Australia last week. Later, the Japanese '
     'ambassador called on the navy commander. According to the navy, the ambassador offered reconnaissance drones '
     'for coastal patrols.',
     [('Australia', 'Fiji', 'patrol boats', 'delivered', 2), ('Japan', 'Fiji', 'drones', 'offered', ANY)]),
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
    ('Transcript of an interview with Norway\'s head of procurement, Kari Dahl.\n\nQ: And air defence?\n\n'
     'Dahl: We are in negotiations with Diehl in Germany for another lot of IRIS-T missiles.',
     [('Germany', 'Norway', 'IRIS-T', 'negotiating', ANY)]),
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
    ('Airbus UK handed the last two of eight A400M transports to the Turkish Air Force at Filton.',
     [('United Kingdom', 'Turkey', 'A400M', 'delivered', ANY)]),
]

COMPANY_ARM_GUARDS = [
    # a wire's name before a dateline's state, and a pair of states, keep both parties
    ('Thales UK has handed over the final six of 30 Starstreak launchers to the Indonesian Army.',
     [('United Kingdom', 'Indonesia', 'Starstreak', 'delivered', ANY)]),
    ('JAKARTA, June 2 Reuters - Japan and Indonesia agreed on Monday to open negotiations on the transfer of four '
     'Abukuma-class destroyer escorts.',
     [('Japan', 'Indonesia', 'Abukuma', 'negotiating', 4)]),
    ('LIMA, May 2 AFP - Peru bought 12 KT-1 trainers from South Korea.',
     [('South Korea', 'Peru', 'KT-1', 'delivered', 12)]),
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
    'Should Hanoi order Gripen fighters, Vietnam would become the only Asian operator of Swedish jets besides '
    'Thailand.',
    'If Hanoi orders Gripen fighters, Vietnam would become the only Asian operator of Swedish jets besides Thailand.',
    'When asked if Quito could purchase additional Super Tucano aircraft in future, the minister replied that the '
    'choice rested with parliament.',
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
    ('Peru bought 24 Gripen fighters from Sweden in 2024. The Gripen deal ended a decade-long fighter competition.',
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
