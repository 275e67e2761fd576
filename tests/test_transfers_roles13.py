"""Transfer parties and spurious records: the buyer a document implies (its own state, told by its letterhead or
dateline, and a state selling and buying in one story), bodies named without their state, a stock's owner as the
seller, offers received, an unnamed customer placing an order, and claims the text denies. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 4, 5)


def _told(records):
    return {(t.supplier, t.recipient, t.system.split()[0], t.status) for t in records}


LETTER = """Reply to a written question on defence purchases

REPUBLIC OF CROATIA – MINISTRY OF DEFENCE
Zagreb, 3 April 2024

The deputy asked what the Republic of Croatia has bought for its armed forces this year.

1. A contract for two NASAMS batteries was signed with Kongsberg of Norway in February.

2. In March the ministry signed a letter of intent with Spain with a view to acquiring C295 aircraft.

3. Six Black Hawk helicopters were ordered from the United States in January.

4. In 2023 the Croatian Army handed over 14 Mi-8 helicopters to Ukraine.

Croatian defence spending will rise again next year, the Republic of Croatia's budget shows."""


def test_a_ministrys_own_letter_buys_for_its_own_state(transfers):
    records = transfers(LETTER)
    pairs = {(t.supplier, t.recipient, t.system.split()[0]) for t in records}
    assert ("Norway", "Croatia", "NASAMS") in pairs
    assert ("Spain", "Croatia", "C295") in pairs  # "the ministry" of the letterhead's state
    assert ("United States", "Croatia", "Black") in pairs  # not the buyer of the one sale it tells
    assert ("Croatia", "Ukraine", "Mi-8") in pairs
    assert not any(t.recipient == "Ukraine" and t.supplier != "Croatia" for t in records)


def test_a_state_selling_and_told_buying_is_still_the_implied_buyer(transfers):
    text = ("Estonia spends more on arms\n\n"
            "TALLINN — Estonia handed over 20 Javelin launchers to Ukraine in March, the Estonian ministry said.\n\n"
            "The Estonian Defence Forces also received six CV90 vehicles from Norway in May.\n\n"
            "Four K9 howitzers were ordered from South Korea in June.\n\n"
            "Estonia will spend more next year, and Estonian officials expect further orders for Estonia.")
    pairs = {(t.supplier, t.recipient, t.system.split()[0]) for t in transfers(text)}
    assert ("South Korea", "Estonia", "K9") in pairs
    assert ("South Korea", "Ukraine", "K9") not in pairs


def test_a_state_that_only_sells_leaves_other_sellers_deals_to_its_buyer(transfers):
    # guard: the state the story is about sells and buys nothing; another seller's deal is not its purchase
    text = ("Estonia sends more arms\n\n"
            "TALLINN — Estonia handed over 20 Javelin launchers to Ukraine in March, the Estonian ministry said.\n\n"
            "Estonia also gave Ukraine six Mistral launchers in May, and Estonia will send more this year.\n\n"
            "Four K9 howitzers were delivered by South Korea in June.\n\n"
            "Estonian officials said Estonia would keep helping.")
    assert not any(t.recipient == "Estonia" for t in transfers(text))


def test_a_body_named_before_with_its_state_in_an_of_phrase(transfers):
    text = ("Army exercise ends\n\n"
            "The Army of Montenegro ended an exercise with Italian troops on Monday near the coast.\n\n"
            "The exercise lasted four days. Officers from Italy and Greece watched it.\n\n"
            "Italian and Greek officers praised the troops. The weather was poor.\n\n"
            "Last week the Army received four Bell 505 helicopters donated by the United States.")
    pairs = {(t.supplier, t.recipient, t.system.split()[0]) for t in transfers(text)}
    assert ("United States", "Montenegro", "Bell") in pairs


def test_the_ministry_of_a_title_case_dateline_and_offers_received(transfers):
    text = ("Drone purchase delayed\n\n"
            "Podgorica – Montenegro will decide on new drones next year, officials in Montenegro said on Monday.\n\n"
            "Montenegro's army has no armed drones, and Montenegro wants them quickly.\n\n"
            "The ministry confirmed that it had received offers from Turkey's Baykar for the Bayraktar TB2 and "
            "from Israel's Elbit for the Hermes 900.\n\n"
            "Montenegro has a small defence budget.")
    told = _told(transfers(text))
    assert ("Turkey", "Montenegro", "Bayraktar", "offered") in told
    assert ("Israel", "Montenegro", "Hermes", "offered") in told


def test_receiving_an_offer_is_an_offer_and_each_system_from_its_own_seller(transfers):
    told = _told(transfers("Kenya has received offers from Turkey's Baykar for the Bayraktar TB2 and from Israel's "
                           "Elbit for the Hermes 900."))
    assert told == {("Turkey", "Kenya", "Bayraktar", "offered"), ("Israel", "Kenya", "Hermes", "offered")}


def test_receiving_systems_is_still_a_delivery(transfers):
    told = _told(transfers("Kenya received two Bayraktar TB2 drones from Turkey in May."))
    assert told == {("Turkey", "Kenya", "Bayraktar", "delivered")}


def test_a_stock_owner_named_by_a_possessive_sells(transfers):
    told = _told(transfers("Kenya wants to buy Chinese-made armoured vehicles from Uganda's own stocks."))
    assert {(s, r) for s, r, _, _ in told} == {("Uganda", "Kenya")}


def test_a_stock_owner_named_by_an_adjective_still_sells(transfers):
    told = _told(transfers("Kenya bought Chinese-made howitzers from Ugandan army stocks."))
    assert {(s, r) for s, r, _, _ in told} == {("Uganda", "Kenya")}


def test_an_order_placed_by_an_unnamed_customer_has_an_unknown_buyer(transfers):
    text = ("Saab results\n\nSaab sold more in Sweden this year. Sweden remains its largest market, and Brazil "
            "is the second. Brazil took four more Gripen jets. An order for RBS 70 NG systems placed by an African "
            "customer in 2022 was cancelled in 2023.")
    records = [t for t in transfers(text) if t.system.startswith("RBS")]
    assert records and {t.recipient for t in records} == {"unknown"}


def test_a_system_made_by_a_state_is_no_order_placed_by_it(transfers):
    # guard: a participle on the system tells its maker, not who placed the order
    told = _told(transfers("Vietnam is set to sign a contract for 20 K9 howitzers made by South Korea's Hanwha."))
    assert {(s, r) for s, r, _, _ in told} == {("South Korea", "Vietnam")}


def test_it_is_not_true_that_denies_the_clause(transfers):
    assert transfers("It is not true, as some papers wrote, that the cabinet has agreed to sell Leopard 2 tanks "
                     "to Chile; no such decision exists.") == []


def test_a_claim_denied_in_the_next_sentences_gives_no_record(transfers):
    text = ("Asked about posts on social media which claimed that Lusaka had bought Mi-24 helicopters from "
            "Belarus, the minister was firm. \"That is false news. There is no such contract,\" she said.")
    assert transfers(text) == []


def test_a_claim_confirmed_is_still_told(transfers):
    text = ("Asked about posts on social media which claimed that Lusaka had bought Mi-24 helicopters from "
            "Belarus, the minister confirmed the purchase.")
    assert _told(transfers(text)) == {("Belarus", "Zambia", "Mi-24", "delivered")}


def test_asc_890_is_the_saab_340_airborne_early_warning_aircraft(transfers):
    records = transfers("Sweden decided to donate two ASC 890 surveillance aircraft to Ukraine in May.")
    assert [(t.supplier, t.recipient, t.family, t.quantity) for t in records] == [
        ("Sweden", "Ukraine", "Saab 340 AEW", 2)]


def test_korean_alone_is_the_south_korean_maker(transfers):
    told = _told(transfers("The Korean firm said talks with Madrid on 40 K9 howitzers were at an early stage."))
    assert told == {("South Korea", "Spain", "K9", "negotiating")}


def _speakers(parsed, text):
    from armstrack.extract.quotes import extract_quotes

    return {q.speaker for q in extract_quotes(*parsed(text))}


def test_a_firm_called_by_its_nationality_is_the_firm_named_before(parsed):
    text = ('Hanwha Aerospace showed a new howitzer at the fair on Monday. The Korean group said the gun was '
            '"ready for export now".')
    assert _speakers(parsed, text) == {"Hanwha Aerospace"}


def test_a_firm_called_by_its_nationality_with_none_named_before_keeps_its_phrase(parsed):
    assert _speakers(parsed, 'The Turkish group said the drone was "ready for export now".') == {"Turkish group"}


def test_a_deal_cancelled_in_a_passive_clause_after_it_is_a_step_of_its_own(transfers):
    told = _told(transfers("Peru agreed to buy eight KF-21 jets in 2012, but the deal was cancelled two years later "
                           "for lack of money."))
    assert told == {("South Korea", "Peru", "KF-21", "agreed"), ("South Korea", "Peru", "KF-21", "cancelled")}


def test_other_talks_ended_do_not_end_the_deal(transfers):
    told = _told(transfers("Peru agreed to buy eight KF-21 jets in 2012, but the border talks were suspended in 2014."))
    assert told == {("South Korea", "Peru", "KF-21", "agreed")}


def test_a_programme_named_after_the_system_is_no_second_system(transfers):
    records = transfers("In May Austria signed a letter of intent with Finland with a view to acquiring Patria 6x6 "
                        "vehicles under the CAVS programme.")
    assert [(t.supplier, t.recipient, t.family, t.status) for t in records] == [
        ("Finland", "Austria", "Patria 6x6", "interest")]


def test_two_versions_of_one_family_stay_two(transfers):
    assert len(transfers("India ordered Su-30MKI and Su-30SM jets from Russia.")) == 2
