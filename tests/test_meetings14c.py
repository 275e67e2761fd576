"""Meetings, third wave of own13 error analysis: sentences in our own words for each family fixed, with guards."""

from tests.readings import meetings


def test_led_delegation_with_destination_on_the_party():
    # the parser hangs "to C" on the delegation, not on "led": still a trip by its leader
    text = ("Admiral Rodrigo Vial, who led his country's delegation to Lima, signed a contract "
            "for four patrol boats.")
    assert ("visit", ("Rodrigo Vial",)) in meetings(text)


def test_led_delegation_main_clause():
    text = "Admiral Rodrigo Vial led his country's delegation to Lima on Monday."
    assert ("visit", ("Rodrigo Vial",)) in meetings(text)


def test_led_troops_is_no_trip():
    # guard: leading troops somewhere is no visit
    assert meetings("General Ana Ruiz led the troops to Quito in the spring.") == set()


def test_led_delegation_without_destination_is_no_trip():
    # guard: no place, no trip
    text = "Admiral Rodrigo Vial, who led the delegation, signed a contract for four patrol boats."
    assert ("visit", ("Rodrigo Vial",)) not in meetings(text)
