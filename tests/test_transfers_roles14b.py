"""Transfer parties and spurious records, second wave: a seller read from a relative clause on another noun, a buyer
taken from a coordinated clause of its own, service contracts for a fleet, and equipment fitted on a platform.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 4, 5)


def _told(records):
    return {(t.supplier, t.recipient, t.system.split()[0], t.status) for t in records}


def _pairs(records):
    return {(t.supplier, t.recipient, t.system.split()[0]) for t in records}


# -- a relative clause on another noun tells that noun's own deal ---------------------------------------------------

REFIT = ("Leonardo reported strong sales. In May it delivered eight M-346 trainers to Greece, and in June the Greek "
         "air force took four more M-346 trainers.\n\n"
         "The Peruvian Navy ordered new radars for the refit of the two frigates it bought from the Netherlands.")


def test_a_seller_in_a_relative_clause_on_another_noun_sells_only_that_noun(transfers):
    records = transfers(REFIT)
    assert ("Netherlands", "Peru", "frigates") in _pairs(records)  # the relative clause's own deal
    assert ("Netherlands", "Peru", "radars") not in _pairs(records)  # the radars are not the frigates' seller's


def test_a_relative_clause_on_the_cues_own_object_still_names_its_seller(transfers):
    # guard: the relative clause describes the very systems the cue moves
    records = transfers("Peru received the six patrol boats it bought from the United States.")
    assert ("United States", "Peru", "patrol") in _pairs(records)
    records = transfers("The patrol boats that Peru bought from the United States arrived in May.")
    assert ("United States", "Peru", "patrol") in _pairs(records)


def test_a_seller_named_in_the_deals_own_clause_beside_a_relative_clause_is_kept(transfers):
    # guard: the radars' own "from" still names their seller
    records = transfers("The Peruvian Navy ordered new radars from Thales for the refit of the two frigates it "
                        "bought from the Netherlands.")
    assert ("France", "Peru", "radars") in _pairs(records)


# -- a buyer in a coordinated clause of its own is not the other clause's buyer -------------------------------------

ARMY = """Norway reviews its army

OSLO — Norway signed a contract with South Korea for 24 K9 howitzers in January, the Norwegian government \
said on Monday.

The first four K9 howitzers from South Korea arrived in Norway in May.

The Norwegian defence minister told parliament that the eight used Leopard 2 tanks purchased from Germany had \
entered service, and that the final PzH 2000 howitzers sold to Lithuania were shipped in March.

Norway expects to publish a new defence plan in the autumn, and Norwegian officials will brief parliament again."""


def test_a_buyer_of_a_coordinated_clause_stays_in_its_clause(transfers):
    pairs = _pairs(transfers(ARMY))
    assert ("Germany", "Lithuania", "Leopard") not in pairs
    assert ("Germany", "Norway", "Leopard") in pairs  # bought by the state the story is about
    assert ("Germany", "Lithuania", "PzH") in pairs


def test_a_sellers_buyer_told_in_another_sentence_is_still_its_own(transfers):
    # guard: a seller's record told alone elsewhere gives its buyer to that seller's deal with none
    text = ("Canada and Ukraine\n\nOTTAWA — Canada gave 20 armoured vehicles to Ukraine in March, Canadian officials "
            "said, and Canada will give more to Ukraine this year.\n\n"
            "Separately, Canada ordered 88 F-35 fighters from the United States last year.\n\n"
            "The first of 14 P-8A patrol aircraft ordered from the United States will arrive in 2026.")
    pairs = _pairs(transfers(text))
    assert ("United States", "Canada", "P-8A") in pairs


# -- a support contract for a fleet is a service, not a sale --------------------------------------------------------

def test_a_support_contract_for_a_fleet_is_no_transfer(transfers):
    assert not transfers("Airbus signed a maintenance contract for the A400M fleet of the Malaysian air force.")
    assert not transfers("Malaysia signed a five-year support contract with Italy for its fleet of M-346 jets.")


def test_a_contract_for_systems_is_still_a_sale(transfers):
    # guards: a plain contract, and an aid "support package" (a seller's noun), still give their systems
    assert ("Spain", "Malaysia", "A400M") in _pairs(  # the A400M is built in Spain (catalogue)
        transfers("Malaysia signed a contract with Airbus for four A400M transport aircraft."))
    assert ("Germany", "Ukraine", "IRIS-T") in _pairs(
        transfers("Germany announced a support package for Ukraine that includes two IRIS-T systems."))


# -- equipment fitted on a platform goes with the platform ----------------------------------------------------------

def test_systems_a_ship_features_get_no_record_of_their_own(transfers):
    records = transfers("The Ghanaian frigate features the MBDA Aster missile system, Thales Herakles radar, SMART-L "
                        "long-range radar and the Goalkeeper gun, all provided by the Dutch firm Thales Nederland.")
    assert not records


def test_a_deal_that_features_systems_still_transfers_them(transfers):
    # guard: a contract is no platform, and a plain supply is told
    assert ("Netherlands", "Ghana", "SMART-L") in _pairs(
        transfers("The contract with Ghana features 12 SMART-L radars supplied by the Netherlands."))
    assert ("Netherlands", "Ghana", "SMART-L") in _pairs(
        transfers("The Netherlands supplied SMART-L radars to Ghana for its new corvettes."))


# -- a seller named as a firm without its state is the story's own, not the main pair's seller ----------------------

EXPORTS = """Serbian arms exports rise

BELGRADE — Serbia's arms exports grew again last year, the Serbian trade ministry said on Monday.

Serbian factories worked at full capacity, and Serbian exports reached a record, the report says.

{seller} sold 120mm mortar shells to Cyprus in 2023.

Serbia also received two H145M helicopters donated by Germany in 2023."""


def test_a_firm_named_without_its_state_sells_for_the_story_state(transfers):
    pairs = _pairs(transfers(EXPORTS.format(seller="Dravex")))
    assert ("Serbia", "Cyprus", "mortar") in pairs
    assert ("Germany", "Cyprus", "mortar") not in pairs  # the one donation told is no seller of the firm's goods
    assert ("Germany", "Serbia", "H145M") in pairs


def test_a_firm_named_with_its_state_sells_for_that_state(transfers):
    # guard: the firm's own nationality decides, as before
    pairs = _pairs(transfers(EXPORTS.format(seller="The Serbian firm Dravex")))
    assert ("Serbia", "Cyprus", "mortar") in pairs


# -- systems "sold to" a state with no giver named are the story state's own; aid "to" a state names the goods' end --

UPDATE = """Dutch defence update

The Netherlands will buy more drones next year, the Dutch defence minister said on Tuesday in parliament.

The Dutch army received 20 CV90 vehicles from Sweden in January, and more CV90 vehicles will follow.

The minister added that the last of the Leopard 2 tanks {sold} left the port of Rotterdam in March.

{asked}, the minister said the Netherlands would send another 12 PzH 2000 howitzers this summer.

The Netherlands will spend more on defence, Dutch officials said."""


def test_systems_sold_with_no_giver_named_are_the_story_states(transfers):
    pairs = _pairs(transfers(UPDATE.format(sold="sold to Finland", asked="Asked about further support to Ukraine")))
    assert ("Netherlands", "Finland", "Leopard") in pairs  # second-hand, not the maker's sale
    assert ("Germany", "Finland", "Leopard") not in pairs


def test_a_giver_named_on_the_sale_still_sells(transfers):
    # guard: an agent names the seller
    pairs = _pairs(transfers(UPDATE.format(sold="sold to Finland by Germany", asked="Asked about Ukraine")))
    assert ("Germany", "Finland", "Leopard") in pairs


def test_aid_to_a_state_in_a_clause_of_its_own_names_where_the_goods_go(transfers):
    pairs = _pairs(transfers(UPDATE.format(sold="sold to Finland", asked="Asked about further support to Ukraine")))
    assert ("Netherlands", "Ukraine", "PzH") in pairs


def test_according_to_a_state_or_another_givers_aid_names_no_destination(transfers):
    # guards: "according to" is no destination, and another giver's aid "to" a state is that giver's
    for asked in ("According to Ukraine", "Asked about Polish support to Ukraine"):
        pairs = _pairs(transfers(UPDATE.format(sold="sold to Finland", asked=asked)))
        assert ("Netherlands", "Ukraine", "PzH") not in pairs, asked


# -- a system a preposition of time sets beside a cue is no theme of that cue --------------------------------------

def test_systems_after_following_are_told_by_their_own_clause(transfers):
    told = _told(transfers("Norway said it would send 20 more CV90 vehicles to Latvia this autumn, following the six "
                           "K9 howitzers it delivered in 2022."))
    assert ("Norway", "Latvia", "K9", "delivered") in told
    assert ("Norway", "Latvia", "K9", "agreed") not in told  # not part of the promised lot
    assert ("Norway", "Latvia", "CV90", "agreed") in told


def test_a_system_that_is_the_theme_keeps_its_cue(transfers):
    # guard: "following" on a request, not on a system, changes nothing
    told = _told(transfers("Norway handed over six K9 howitzers to Latvia following a request in May."))
    assert ("Norway", "Latvia", "K9", "delivered") in told


# -- "frozen rather than cancelled" denies the end; "Were A to buy" is a condition -------------------------------------

def test_a_pause_set_against_an_end_is_no_cancellation(transfers):
    told = _told(transfers("Kenya's order for 12 Z-9 helicopters from China has been frozen rather than cancelled, "
                           "the ministry said."))
    assert ("China", "Kenya", "Z-9", "cancelled") not in told
    assert ("China", "Kenya", "Z-9", "ordered") in told


def test_an_end_told_plainly_or_set_against_a_pause_is_a_cancellation(transfers):
    # guards: the plain end, and an end set against a mere delay
    for text in ("Kenya cancelled its order for 12 Z-9 helicopters from China.",
                 "Kenya's order for 12 Z-9 helicopters from China was cancelled rather than delayed."):
        assert ("China", "Kenya", "Z-9", "cancelled") in _told(transfers(text)), text


def test_an_inverted_were_to_is_a_condition(transfers):
    assert not transfers("Were Kenya to buy the Z-9 helicopters from China, it would need new hangars.")


def test_were_to_in_plain_order_is_no_condition(transfers):
    # guard: no inversion, no condition
    assert transfers("Kenya were to buy the Z-9 helicopters from China, officials said.")


# -- riot-control gear for a police force is no military equipment ----------------------------------------------------

def test_riot_control_vehicles_are_no_transfer(transfers):
    assert not transfers("Last year China donated two water-cannon trucks to the Kenyan police.")
    assert not transfers("Turkey delivered six riot-control vehicles to the Kenyan police in May.")


def test_military_trucks_are_still_a_transfer(transfers):
    # guard: trucks for an army, armoured or not, are military equipment
    for text, system in (("China donated two armoured trucks to the Kenyan army last year.", "armoured"),
                         ("China donated two water trucks to the Kenyan army last year.", "trucks")):
        assert ("China", "Kenya", system) in _pairs(transfers(text)), text
