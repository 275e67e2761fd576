"""Transfer parties read from the right word: a firm's works and its place, a nationality on a seller noun,
"the same supplier", and a plant's place as licensee (sentences written here)."""

from __future__ import annotations

from datetime import date


PUBLISHED = date(2025, 6, 1)


def _pairs(records):
    return [(r.supplier, r.recipient, r.system) for r in records]


# --- a firm's works: the goods come from where the firm makes them -------------------------------------------

def test_delivered_from_a_firms_plant_abroad_comes_from_the_plants_state(transfers):
    records = transfers("Chile received 16 AW101 helicopters, delivered by Leonardo from its plant in Yeovil.")
    assert _pairs(records) == [("United Kingdom", "Chile", "AW101")]


def test_produced_by_a_firm_in_a_city_comes_from_the_citys_state(transfers):
    records = transfers("Chile received eight Starstreak missiles produced by Thales in Belfast.")
    assert _pairs(records) == [("United Kingdom", "Chile", "Starstreak")]


def test_firm_building_at_home_keeps_its_own_state(transfers):
    records = transfers("Chile received 16 helicopters built by Leonardo in Italy.")
    assert [r.supplier for r in records] == ["Italy"]


def test_firm_without_a_place_keeps_its_own_state(transfers):
    records = transfers("Chile received six AW139 helicopters from Leonardo in March.")
    assert _pairs(records) == [("Italy", "Chile", "AW139")]


def test_works_in_the_buyers_own_state_is_no_seller(transfers):
    records = transfers("Britain received 16 AW101 helicopters, delivered by Leonardo from its plant in Yeovil.")
    assert [(r.supplier, r.recipient) for r in records] == [("Italy", "United Kingdom")]


# --- a nationality on a seller noun -------------------------------------------------------------------------

def test_nationality_on_supplier_names_the_seller(transfers):
    records = transfers("Peru bought 12 portable jammers from a Latvian supplier last year.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("Latvia", "Peru", 12)]


def test_nationality_on_producer_names_the_seller(transfers):
    records = transfers("Peru bought 12 portable jammers from a Latvian producer last year.")
    assert [r.supplier for r in records] == ["Latvia"]


def test_supplier_without_a_state_stays_unnamed(transfers):
    records = transfers("Peru bought 12 portable jammers from a supplier it did not name.")
    assert [r.supplier for r in records] == ["unknown"]


# --- "from the same supplier": the seller named before ------------------------------------------------------

def test_same_yard_is_the_firm_named_before_not_the_storys_partner(transfers):
    records = transfers("The Philippines has leaned on Japan for equipment. Tokyo handed over five TC-90 patrol "
                        "aircraft to the navy in 2017. Manila has not limited itself to one partner. South Korea's "
                        "Hyundai Heavy Industries is building six patrol vessels for the navy, the first of which was "
                        "launched in June. The navy also received two corvettes from the same yard last year.")
    assert ("South Korea", "Philippines", "corvettes") in _pairs(records)
    assert ("Japan", "Philippines", "corvettes") not in _pairs(records)


def test_same_yard_skips_a_nearer_seller_named_as_a_subject(transfers):
    records = transfers("Japan handed over five TC-90 patrol aircraft to the Philippine navy in 2017, and Mitsubishi "
                        "Electric delivered four radars to the navy in 2023. Manila has other partners too: Hyundai "
                        "Heavy Industries of South Korea has a yard near Subic. The navy also received two corvettes "
                        "from the same yard last year.")
    corvettes = [r for r in records if r.system == "corvettes"]
    assert [(r.supplier, r.recipient) for r in corvettes] == [("South Korea", "Philippines")]


def test_same_supplier_as_a_state_goods_came_from(transfers):
    records = transfers("Kenya ordered 12 Bayraktar TB2 drones from Turkey in 2022. Its army also ordered 40 Cobra "
                        "armoured vehicles from the same supplier.")
    assert [(r.supplier, r.recipient) for r in records] == [("Turkey", "Kenya"), ("Turkey", "Kenya")]


def test_same_yard_defined_by_its_own_clause_is_not_the_seller_before(transfers):
    records = transfers("Chile bought six Hermes drones from Israel in 2019. Peru received two corvettes from the same "
                        "yard that built Chile's frigates.")
    assert ("Israel", "Peru", "corvettes") not in _pairs(records)


# --- a plant's place is the licensee, not the state of the official who reports it --------------------------

def test_plant_named_for_its_city_builds_in_that_state(transfers):
    records = transfers("A Polish intelligence official says the Kazan plant is building Iranian-designed Mohajer-6 "
                        "drones under licence.")
    assert [(r.supplier, r.recipient, r.status) for r in records] == [("Iran", "Russia", "licensed_production")]


def test_factory_in_a_city_builds_in_that_state(transfers):
    records = transfers("A Polish official says a factory in Kazan produces Iranian Mohajer-6 drones under licence.")
    assert [(r.supplier, r.recipient) for r in records] == [("Iran", "Russia")]


def test_state_named_as_builder_stays_the_licensee(transfers):
    records = transfers("A Polish intelligence official says Russia is building Iranian-designed Mohajer-6 drones "
                        "under licence.")
    assert [(r.supplier, r.recipient) for r in records] == [("Iran", "Russia")]


def test_plant_building_for_export_names_no_buyer(transfers):
    assert transfers("The Kazan plant builds Mi-17 helicopters for export.") == []


# --- an acronym the text defines after a state-led firm name -----------------------------------------------

def test_acronym_defined_after_a_state_led_name_is_that_states(transfers):
    records = transfers("Iraq Aviation Industries (IAI) was founded in 2020. Under an agreement signed in 2024, IAI "
                        "will assemble 20 Bayraktar TB2 drones under a licence from Baykar.")
    assert [(r.supplier, r.recipient) for r in records] == [("Turkey", "Iraq")]


def test_acronym_of_the_known_firm_keeps_its_state(transfers):
    records = transfers("Israel Aerospace Industries (IAI) was founded in 1953. Under an agreement signed in 2024, "
                        "IAI will deliver 20 Heron drones to Chile.")
    assert [(r.supplier, r.recipient) for r in records] == [("Israel", "Chile")]


def test_acronym_not_defined_keeps_the_gazetteers_firm(transfers):
    records = transfers("Chile received two Heron drones from IAI in May.")
    assert [(r.supplier, r.recipient) for r in records] == [("Israel", "Chile")]


# --- a nationality the parser makes the subject of a participle on the system -------------------------------

def test_nationality_before_a_participle_modifier_is_the_maker(transfers):
    records = transfers("The Chinese wheeled armoured personnel carriers arrived in Togo in several batches from 2008.")
    assert [(r.supplier, r.recipient) for r in records] == [("China", "Togo")]


# --- a kind noun after a name, read by the parser as a verb, still carries the system's "from" ---------------

def test_from_on_a_kind_noun_read_as_a_verb_names_the_seller(transfers):
    records = transfers("Chile's air force received 12 A-29 Super Tucano turboprops from the United States in 2021.")
    assert [(r.supplier, r.recipient, r.quantity) for r in records] == [("United States", "Chile", 12)]


def test_kind_noun_without_from_keeps_the_maker(transfers):
    records = transfers("Chile's air force received 12 A-29 Super Tucano turboprops in 2021.")
    assert [(r.supplier, r.recipient) for r in records] == [("Brazil", "Chile")]
