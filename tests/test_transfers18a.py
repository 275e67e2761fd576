"""Transfer shapes probed in sentences written for these tests: a cargo aircraft the goods were flown in "aboard"
(no antecedent of a later count), the maker in the agent of another lot's supply participle (no buyer of this lot),
deal or talks nouns that are the subject of an intransitive verb of ending ("talks to buy X collapsed"), talks "on" a
purchase that end (the talks ended, not a deal), and a second
object of a deal noun's support verb that stands for the noun left out ("took delivery of X and, in May, a batch of
Y"). Each positive text must give exactly the records listed (ANY: the field is not checked)."""

from __future__ import annotations

import datetime

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = datetime.date(2025, 6, 10)

POSITIVES = [
    # the aircraft that carried the goods in is no antecedent of a count that follows
    ("Ghana took delivery of its first three Z-9 helicopters from China on Friday. The machines were airlifted to "
     "Accra aboard an Il-76 transport. They are part of an order for eight signed last year.",
     [("China", "Ghana", "Z-9", "delivered", 3), ("China", "Ghana", "Z-9", "ordered", 8)]),
    ("Chad received two Mi-24 gunships from Russia in March. The helicopters were ferried to N'Djamena aboard a "
     "chartered An-124. They are the first of six ordered in 2023.",
     [("Russia", "Chad", "Mi-24", "delivered", 2), ("Russia", "Chad", "Mi-24", "ordered", 6)]),
    # the state in the agent of another lot's supply participle sold that lot; it bought nothing
    ("Kenya's army is growing. It flies Z-9 helicopters supplied by China and Boxer armoured vehicles delivered by "
     "Germany's Rheinmetall.",
     [("China", "Kenya", "Z-9", "delivered", ANY), ("Germany", "Kenya", "Boxer", "delivered", ANY)]),
    ("Zambia's soldiers are well equipped. The army uses Z-9 helicopters supplied by China and Boxer armoured "
     "vehicles delivered in 2021 by Germany.",
     [("China", "Zambia", "Z-9", "delivered", ANY), ("Germany", "Zambia", "Boxer", "delivered", ANY)]),
    # a deal or talks noun as the subject of an intransitive verb of ending: the step, then its end
    ("Kenya's air force needs jets. Talks to buy 12 FA-50 light fighters from South Korea collapsed in 2022 after "
     "a row over the price.",
     [("South Korea", "Kenya", "FA-50", "negotiating", 12), ("South Korea", "Kenya", "FA-50", "cancelled", 12)]),
    ("Uruguay's deal to buy six Gripen fighters from Sweden collapsed in 2023 over financing.",
     [("Sweden", "Uruguay", "Gripen", "agreed", 6), ("Sweden", "Uruguay", "Gripen", "cancelled", 6)]),
    # talks on a purchase that end are talks ended (and "break down" is a verb of ending)
    ("Negotiations between Peru and Spain on the purchase of two C-295 transports broke down in May.",
     [("Spain", "Peru", "C-295", "negotiating", 2), ("Spain", "Peru", "C-295", "cancelled", 2)]),
    ("Peru's talks with Spain on the purchase of two C-295 transports were suspended in May.",
     [("Spain", "Peru", "C-295", "negotiating", 2), ("Spain", "Peru", "C-295", "cancelled", 2)]),
    # a second object of a deal noun's support verb stands for the noun left out
    ("Sudan has taken delivery of two Mi-35 helicopters from Russia and, in June, a batch of Su-24 bombers.",
     [("Russia", "Sudan", "Mi-35", "delivered", 2), ("Russia", "Sudan", "Su-24", "delivered", ANY)]),
    ("Niger took delivery of two Hurkus aircraft from Turkey and, last month, a batch of four TB2 drones.",
     [("Turkey", "Niger", "Hürkuş", "delivered", 2), ("Turkey", "Niger", "TB2", "delivered", 4)]),
]

GUARDS = [
    # talks or a deal that end in a deal of their own, or that did not end, are no cancellation
    ("Kenya's air force needs jets. Talks with South Korea on 12 FA-50 fighters ended in 2022 with an agreement.",
     [("South Korea", "Kenya", "FA-50", "negotiating", 12)]),
    ("Kenya's air force needs jets. Talks to buy 12 FA-50 fighters from South Korea did not collapse.",
     [("South Korea", "Kenya", "FA-50", "negotiating", 12)]),
    # a deal that ends something else is not ended
    ("A deal to buy 12 FA-50 jets from South Korea ended Kenya's long search for a trainer in 2022.",
     [("South Korea", "Kenya", "FA-50", "agreed", 12)]),
    # a contract for a purchase that ends is the contract ended
    ("Peru's contract with Spain for the purchase of two C-295 transports was suspended in May.",
     [("Spain", "Peru", "C-295", "agreed", 2), ("Spain", "Peru", "C-295", "cancelled", 2)]),
    # a system people served "aboard", carried by no verb of moving, is still what a later count refers to
    ("Kenya's marines trained aboard two Type 056 corvettes from China last year. The navy bought four of them in "
     "2019.",
     [("China", "Kenya", "Type 056", ANY, 4)]),
    # a second object of a verb that is no deal noun's support verb stands for nothing
    ("Chad bought six Mi-24 gunships from Russia and, in March, some spare parts.",
     [("Russia", "Chad", "Mi-24", ANY, 6)]),
]


@pytest.mark.parametrize("text,expected", POSITIVES + GUARDS)
def test_shapes(transfers, text, expected):
    assert_exactly(transfers(text), expected)
