"""Round 19: the same transfer and meeting facts in the syntactic forms news copy uses (active, passive, nominal,
relative clause, apposition, headline, possessive, coordination, reported speech, dateline), with negated and
hypothetical forms that must give no record. Every sentence is written for this grid: real states and catalogue
systems, invented people.

A transfer case lists the records it must give exactly as (supplier, recipient, family, status, quantity); a status
written "a|b" accepts either (forms whose status a careful reader could read both ways), a quantity of None is not
checked. A meeting case lists the participant sets it must give exactly. ``python tests/test_variants19.py`` prints the
grid's table of failing forms.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

PUBLISHED = datetime.date(2024, 5, 10)  # a Friday


@dataclass(frozen=True)
class T:
    form: str
    text: str
    records: tuple = ()


@dataclass(frozen=True)
class M:
    form: str
    text: str
    meetings: tuple = ()


def t(form, text, *records):
    return T(form, text, tuple(records))


def m(form, text, *meetings):
    return M(form, text, tuple(frozenset(x) for x in meetings))


TRANSFERS = [
    # --- active clauses ---------------------------------------------------------------------------------------
    t("active/delivered/digits", "France delivered 6 Rafale fighter jets to Greece in March.",
      ("France", "Greece", "Rafale", "delivered", 6)),
    t("active/sold/words", "Turkey sold twelve Bayraktar TB2 drones to Poland last year.",
      ("Turkey", "Poland", "Bayraktar TB2", "delivered", 12)),
    t("active/supplied-with", "Germany supplied Ukraine with three IRIS-T air defence systems.",
      ("Germany", "Ukraine", "IRIS-T", "delivered", 3)),
    t("active/ditransitive", "Russia sold Vietnam 64 T-90 tanks.",
      ("Russia", "Vietnam", "T-90", "delivered", 64)),
    t("active/bought-from", "Egypt bought 24 Rafale jets from France.",
      ("France", "Egypt", "Rafale", "delivered", 24)),
    t("active/ordered-from", "Poland ordered 96 AH-64 Apache helicopters from the United States.",
      ("United States", "Poland", "AH-64", "ordered", 96)),
    t("active/received-from", "Ukraine received two NASAMS batteries from Norway.",
      ("Norway", "Ukraine", "NASAMS", "delivered", 2)),
    t("active/acquired-from", "Morocco acquired 13 CAESAR howitzers from France.",
      ("France", "Morocco", "CAESAR", "delivered", 13)),
    t("active/contract-with-for", "India signed a contract with Russia for 12 Su-30 fighters.",
      ("Russia", "India", "Su-30", "ordered", 12)),
    t("active/agreed-to-buy", "Indonesia agreed to buy 42 Rafale jets from France.",
      ("France", "Indonesia", "Rafale", "agreed", 42)),
    t("active/will-buy", "Norway will buy 54 K9 howitzers from South Korea.",
      ("South Korea", "Norway", "K9", "agreed", 54)),
    t("active/offered", "Sweden offered 14 Gripen fighters to Colombia.",
      ("Sweden", "Colombia", "Gripen", "offered", 14)),
    t("active/interest", "Argentina has expressed interest in buying 12 JF-17 fighters from Pakistan.",
      ("Pakistan", "Argentina", "JF-17", "interest", 12)),
    t("active/in-talks", "Saudi Arabia is in talks with China to buy Wing Loong drones.",
      ("China", "Saudi Arabia", "Wing Loong", "negotiating", None)),
    t("active/negotiating", "Brazil is negotiating with Germany over the purchase of 30 Leopard 2 tanks.",
      ("Germany", "Brazil", "Leopard 2", "negotiating", 30)),
    t("active/cancelled-order", "Malaysia cancelled its order for 18 Su-30 jets from Russia.",
      ("Russia", "Malaysia", "Su-30", "cancelled", 18), ("Russia", "Malaysia", "Su-30", "ordered", 18)),
    t("active/licence-builds", "India builds the Su-30 under licence from Russia.",
      ("Russia", "India", "Su-30", "licensed_production", None)),
    t("active/licence-assemble", "Hungary will assemble 200 KF41 Lynx vehicles under licence from Germany.",
      ("Germany", "Hungary", "Lynx", "licensed_production", 200)),
    t("active/building-for", "South Korea is building six FA-50 jets for the Philippines.",
      ("South Korea", "Philippines", "T-50", "in_production", 6)),
    t("active/donated", "The United States donated 20 Stryker armoured vehicles to Bulgaria.",
      ("United States", "Bulgaria", "Stryker", "delivered|agreed", 20)),
    t("active/shipped", "China shipped four Wing Loong drones to Serbia.",
      ("China", "Serbia", "Wing Loong", "delivered", 4)),
    t("active/handed-over", "Israel handed over two Heron drones to India.",
      ("Israel", "India", "Heron", "delivered", 2)),
    t("active/took-delivery", "Croatia took delivery of its first six Rafale jets from France on Monday.",
      ("France", "Croatia", "Rafale", "delivered", 6)),
    t("active/dozen", "Israel sold a dozen Hermes 900 drones to Azerbaijan.",
      ("Israel", "Azerbaijan", "Hermes", "delivered", 12)),
    t("active/is-to-supply", "South Korea is to supply 180 K2 tanks to Poland.",
      ("South Korea", "Poland", "K2", "agreed", 180)),
    t("active/has-approved", "Germany has approved the export of 40 Leopard 2 tanks to Qatar.",
      ("Germany", "Qatar", "Leopard 2", "agreed", 40)),
    # --- passive clauses --------------------------------------------------------------------------------------
    t("passive/delivered-by", "Six Rafale fighter jets were delivered to Greece by France.",
      ("France", "Greece", "Rafale", "delivered", 6)),
    t("passive/sold-by", "Twelve Bayraktar TB2 drones were sold to Poland by Turkey.",
      ("Turkey", "Poland", "Bayraktar TB2", "delivered", 12)),
    t("passive/ordered-by-from", "Sixty-four T-90 tanks were ordered by Vietnam from Russia.",
      ("Russia", "Vietnam", "T-90", "ordered", 64)),
    t("passive/perfect-supplied", "Three IRIS-T air defence systems have been supplied to Ukraine by Germany.",
      ("Germany", "Ukraine", "IRIS-T", "delivered", 3)),
    t("passive/force-recipient", "Two Heron drones were handed over to the Indian Air Force by Israel.",
      ("Israel", "India", "Heron", "delivered", 2)),
    t("passive/shipped-from-to", "Four Wing Loong drones were shipped from China to Serbia.",
      ("China", "Serbia", "Wing Loong", "delivered", 4)),
    t("passive/no-agent-maker", "Eight Turkish-made Bayraktar TB2 drones were delivered to Kenya.",
      ("Turkey", "Kenya", "Bayraktar TB2", "delivered", 8)),
    t("passive/will-be-delivered", "Fourteen Gripen fighters will be delivered to Thailand by Sweden next year.",
      ("Sweden", "Thailand", "Gripen", "agreed", 14)),
    t("passive/contract-signed", "A contract for 24 K9 howitzers was signed by Norway and South Korea.",
      ("South Korea", "Norway", "K9", "ordered", 24)),
    # --- nominal forms ----------------------------------------------------------------------------------------
    t("nominal/announced-sale", "France announced the sale of six Rafale jets to Greece.",
      ("France", "Greece", "Rafale", "agreed", 6)),
    t("nominal/sale-of-to-by", "The sale of six Rafale jets to Greece by France was confirmed on Monday.",
      ("France", "Greece", "Rafale", "agreed", 6)),
    t("nominal/supplier-possessive", "France's sale of 24 Rafale jets to Egypt was announced on Monday.",
      ("France", "Egypt", "Rafale", "agreed", 24)),
    t("nominal/recipient-possessive", "Poland's purchase of 250 Abrams tanks from the United States was approved.",
      ("United States", "Poland", "M1 Abrams", "agreed", 250)),
    t("nominal/order-possessive", "Egypt's order for 30 more Rafale jets from France was confirmed in May.",
      ("France", "Egypt", "Rafale", "ordered|agreed", 30)),
    t("nominal/delivery-of-to-by", "The delivery of 12 FA-50 jets to the Philippines by South Korea was completed.",
      ("South Korea", "Philippines", "T-50", "delivered", 12)),
    t("nominal/contract-with", "Norway has signed a contract with South Korea for 24 K9 howitzers.",
      ("South Korea", "Norway", "K9", "ordered", 24)),
    t("nominal/deal-for", "Greece and France signed a deal for three FDI frigates.",
      ("France", "Greece", "FDI", "agreed|ordered", 3)),
    t("nominal/placed-order-with", "Qatar placed an order for 24 Eurofighter Typhoon jets with the United Kingdom.",
      ("United Kingdom", "Qatar", "Eurofighter Typhoon", "ordered", 24)),
    t("nominal/handover-from-to", "The handover of two Heron drones from Israel to India took place on Friday.",
      ("Israel", "India", "Heron", "delivered", 2)),
    t("nominal/shipment-arrived", "A shipment of 500 Javelin missiles from the United States arrived in Ukraine.",
      ("United States", "Ukraine", "Javelin", "delivered", 500)),
    t("nominal/procurement-approved",
      "The procurement of 12 Black Hawk helicopters from the United States by Croatia was approved.",
      ("United States", "Croatia", "UH-60", "agreed", 12)),
    t("nominal/acquisition-possessive", "Serbia's acquisition of six Wing Loong drones from China was agreed in 2020.",
      ("China", "Serbia", "Wing Loong", "agreed", 6)),
    t("nominal/deliveries-began", "Deliveries of K2 tanks from South Korea to Poland began in December.",
      ("South Korea", "Poland", "K2", "delivered", None)),
    # --- relative clauses -------------------------------------------------------------------------------------
    t("relative/that-delivered", "The six Rafale jets that France delivered to Greece are based at Tanagra.",
      ("France", "Greece", "Rafale", "delivered", 6)),
    t("relative/that-ordered", "The 24 K9 howitzers that Norway ordered from South Korea will arrive next year.",
      ("South Korea", "Norway", "K9", "ordered", 24)),
    t("relative/which-bought", "Poland, which bought 48 K9 howitzers from South Korea, wants more.",
      ("South Korea", "Poland", "K9", "delivered", 48)),
    t("relative/which-sold", "The Bayraktar TB2 drones which Turkey sold to Ukraine in 2019 proved effective.",
      ("Turkey", "Ukraine", "Bayraktar TB2", "delivered", None)),
    t("relative/bare", "The Gripen fighters Sweden leased to Hungary remain in service.",
      ("Sweden", "Hungary", "Gripen", "delivered", None)),
    # --- appositions and participles --------------------------------------------------------------------------
    t("apposition/supplied-by", "The Gripen fighters, supplied by Sweden to Hungary in 2006, remain in service.",
      ("Sweden", "Hungary", "Gripen", "delivered", None)),
    t("apposition/leased-from", "Hungary's 14 Gripen fighters, leased from Sweden, flew over Budapest.",
      ("Sweden", "Hungary", "Gripen", "delivered", 14)),
    t("apposition/bought-from", "Twelve Bayraktar TB2 drones, bought from Turkey, arrived in Poland last week.",
      ("Turkey", "Poland", "Bayraktar TB2", "delivered", 12)),
    t("apposition/delivered-by", "Ukraine's new IRIS-T systems, delivered by Germany, shot down ten drones.",
      ("Germany", "Ukraine", "IRIS-T", "delivered", None)),
    t("participle/ordered-from", "The first of 48 K9 howitzers ordered from South Korea arrived in Egypt.",
      ("South Korea", "Egypt", "K9", "delivered", None), ("South Korea", "Egypt", "K9", "ordered", 48)),
    # --- headlines --------------------------------------------------------------------------------------------
    t("headline/buys", "Greece buys six Rafale jets from France",
      ("France", "Greece", "Rafale", "agreed|ordered|delivered", 6)),
    t("headline/orders", "Poland orders 96 Apache helicopters from US",
      ("United States", "Poland", "AH-64", "ordered", 96)),
    t("headline/to-supply", "South Korea to supply 48 K9 howitzers to Poland",
      ("South Korea", "Poland", "K9", "agreed", 48)),
    t("headline/delivers", "Germany delivers IRIS-T air defence system to Ukraine",
      ("Germany", "Ukraine", "IRIS-T", "delivered", None)),
    t("headline/sign-deal", "France, Indonesia sign deal for 42 Rafale jets",
      ("France", "Indonesia", "Rafale", "agreed|ordered", 42)),
    t("headline/receives", "Kenya receives Bayraktar TB2 drones from Turkey",
      ("Turkey", "Kenya", "Bayraktar TB2", "delivered", None)),
    # --- possessives and maker adjectives ---------------------------------------------------------------------
    t("possessive/maker-operates", "Egypt's air force operates Russian-built MiG-29 fighters.",
      ("Russia", "Egypt", "MiG-29", "delivered", None)),
    t("possessive/supplied-adjective", "Ukraine's US-supplied HIMARS launchers struck a bridge.",
      ("United States", "Ukraine", "HIMARS", "delivered", None)),
    t("possessive/made-flew", "Greece's French-made Rafale jets flew over Athens.",
      ("France", "Greece", "Rafale", "delivered", None)),
    # --- coordination -----------------------------------------------------------------------------------------
    t("coord/systems", "Russia delivered Su-30 fighters and Mi-17 helicopters to Myanmar.",
      ("Russia", "Myanmar", "Su-30", "delivered", None), ("Russia", "Myanmar", "Mi-17", "delivered", None)),
    t("coord/buyers", "Turkey sold Bayraktar TB2 drones to Poland and Ukraine.",
      ("Turkey", "Poland", "Bayraktar TB2", "delivered", None),
      ("Turkey", "Ukraine", "Bayraktar TB2", "delivered", None)),
    t("coord/suppliers", "Myanmar bought JF-17 jets from China and Pakistan.",
      ("China", "Myanmar", "JF-17", "delivered", None), ("Pakistan", "Myanmar", "JF-17", "delivered", None)),
    t("coord/systems-quantities", "Croatia will receive 12 CAESAR howitzers and six Rafale jets from France.",
      ("France", "Croatia", "CAESAR", "agreed", 12), ("France", "Croatia", "Rafale", "agreed", 6)),
    t("coord/buyers-passive", "Bayraktar TB2 drones have been sold by Turkey to Qatar and Azerbaijan.",
      ("Turkey", "Qatar", "Bayraktar TB2", "delivered", None),
      ("Turkey", "Azerbaijan", "Bayraktar TB2", "delivered", None)),
    # --- ships, small arms, other kinds -----------------------------------------------------------------------
    t("ship/delivered-a", "Germany delivered a MEKO A-200 frigate to Egypt.",
      ("Germany", "Egypt", "MEKO", "delivered", None)),
    t("ship/launched-for", "China launched the second Type 054A frigate for Pakistan.",
      ("China", "Pakistan", "Type 054", "in_production", None)),
    t("smallarms/rifles-digits", "Israel sold 5,000 Tavor rifles to Colombia.",
      ("Israel", "Colombia", "Tavor", "delivered", 5000)),
    t("smallarms/army-recipient", "Belgium supplied FN SCAR rifles to the Peruvian army.",
      ("Belgium", "Peru", "FN SCAR", "delivered", None)),
    t("smallarms/assault-rifles", "Russia delivered AK-103 assault rifles to Venezuela.",
      ("Russia", "Venezuela", "AK-100", "delivered", None)),
    t("missile/approved-sale", "The United States approved the sale of 400 Tomahawk missiles to Japan.",
      ("United States", "Japan", "Tomahawk", "agreed|offered", 400)),
    # --- requests, consideration ------------------------------------------------------------------------------
    t("interest/asked-for", "Ukraine asked Germany for more Taurus missiles.",
      ("Germany", "Ukraine", "Taurus", "interest", None)),
    t("interest/considering", "Poland is considering buying more K2 tanks from South Korea.",
      ("South Korea", "Poland", "K2", "interest", None)),
    # --- reported speech and datelines ------------------------------------------------------------------------
    t("reported/dateline", "ATHENS, March 3 (Reuters) - France has delivered six Rafale jets to Greece, the Greek "
      "defence ministry said.", ("France", "Greece", "Rafale", "delivered", 6)),
    t("reported/company-had-delivered", "Rheinmetall said it had delivered 20 Boxer vehicles to Australia.",
      ("Germany", "Australia", "Boxer", "delivered", 20)),
    t("reported/had-received", "Kyiv said it had received a new batch of IRIS-T systems from Germany.",
      ("Germany", "Ukraine", "IRIS-T", "delivered", None)),
    t("reported/would-receive", "The ministry said Egypt would receive 30 more Rafale jets from France by 2026.",
      ("France", "Egypt", "Rafale", "agreed", 30)),
    t("reported/according-to", "According to officials, Norway ordered 24 K9 howitzers from South Korea.",
      ("South Korea", "Norway", "K9", "ordered", 24)),
    t("reported/reported-that", "Reuters reported that China had shipped Wing Loong drones to Serbia.",
      ("China", "Serbia", "Wing Loong", "delivered", None)),
    # --- companies, capitals and demonyms as parties ----------------------------------------------------------
    t("party/company-supplier", "Hanwha Aerospace delivered 30 K9 howitzers to Australia.",
      ("South Korea", "Australia", "K9", "delivered", 30)),
    t("party/maker-delivered", "Dassault Aviation handed over the last of 36 Rafale jets to India in December.",
      ("France", "India", "Rafale", "delivered", 36)),
    t("party/capitals", "Moscow delivered a new batch of Su-30 fighters to Hanoi.",
      ("Russia", "Vietnam", "Su-30", "delivered", None)),
    t("party/capital-approved", "Washington approved the sale of 66 F-16 jets to Taipei.",
      ("United States", "Taiwan", "F-16", "agreed|offered", 66)),
    t("party/navy-commissioned", "The Philippine Navy commissioned its first South Korean-built corvette on Monday.",
      ("South Korea", "Philippines", None, "delivered", None)),
    # --- more verbs and nouns of each status ------------------------------------------------------------------
    t("verb/gave", "The Netherlands gave Ukraine 18 F-16 fighters.",
      ("Netherlands", "Ukraine", "F-16", "delivered", 18)),
    t("verb/inked-deal", "Egypt inked a deal with Germany for four MEKO A-200 frigates.",
      ("Germany", "Egypt", "MEKO", "agreed|ordered", 4)),
    t("verb/finalised-purchase", "Greece finalised the purchase of 20 F-35 jets from the United States.",
      ("United States", "Greece", "F-35", "agreed|ordered", 20)),
    t("verb/won-contract", "Hanwha won a contract to supply 129 Redback vehicles to Australia.",
      ("South Korea", "Australia", "Redback", "ordered", 129)),
    t("verb/will-acquire", "Romania will acquire 54 M1 Abrams tanks from the United States.",
      ("United States", "Romania", "M1 Abrams", "agreed", 54)),
    t("verb/announced-would-buy", "Serbia announced it would buy 12 Rafale jets from France.",
      ("France", "Serbia", "Rafale", "agreed", 12)),
    t("verb/wants-to-buy", "Vietnam wants to buy Gripen fighters from Sweden.",
      ("Sweden", "Vietnam", "Gripen", "interest", None)),
    t("verb/plans-to-buy", "Thailand plans to buy two Type 054A frigates from China.",
      ("China", "Thailand", "Type 054", "interest|agreed", 2)),
    t("verb/set-to-receive", "Ukraine is set to receive more Leopard 2 tanks from Germany.",
      ("Germany", "Ukraine", "Leopard 2", "agreed", None)),
    t("verb/inducted", "The Indian Army inducted the first K9 howitzers bought from South Korea.",
      ("South Korea", "India", "K9", "delivered", None)),
    t("verb/deliveries-due", "Deliveries of 12 Gripen fighters from Sweden to Thailand are due to start in 2026.",
      ("Sweden", "Thailand", "Gripen", "agreed|ordered", 12)),
    t("verb/pulled-out", "Switzerland pulled out of its deal with Sweden for 22 Gripen fighters.",
      ("Sweden", "Switzerland", "Gripen", "cancelled", 22), ("Sweden", "Switzerland", "Gripen", "agreed", 22)),
    t("verb/scrapped-contract", "Thailand scrapped its contract with Germany for two Type 214 submarines.",
      ("Germany", "Thailand", "Type 214", "cancelled", 2), ("Germany", "Thailand", "Type 214", "ordered", 2)),
    t("verb/terminated-passive", "The order for 12 Su-35 jets from Russia was cancelled by Indonesia.",
      ("Russia", "Indonesia", "Su-35", "cancelled", 12), ("Russia", "Indonesia", "Su-35", "ordered", 12)),
    t("verb/reportedly-bought", "Iran reportedly bought Su-35 fighters from Russia.",
      ("Russia", "Iran", "Su-35", "delivered", None)),
    t("verb/leased", "India leased two MQ-9 drones from the United States.",
      ("United States", "India", "MQ-9", "delivered", 2)),
    t("verb/manufactured-under-licence", "Turkey manufactures the F-16 under licence from the United States.",
      ("United States", "Turkey", "F-16", "licensed_production", None)),
    t("verb/licence-noun", "Poland signed a licence deal with South Korea to build 320 K2 tanks locally.",
      ("South Korea", "Poland", "K2", "licensed_production", 320)),
    # --- more headlines ---------------------------------------------------------------------------------------
    t("headline/to-sell", "US to sell 400 Tomahawk missiles to Japan",
      ("United States", "Japan", "Tomahawk", "agreed|offered", 400)),
    t("headline/to-get", "Malaysia to get 18 more FA-50 jets from South Korea",
      ("South Korea", "Malaysia", "T-50", "agreed", 18)),
    t("headline/gets-first", "Croatia gets first Rafale jets from France",
      ("France", "Croatia", "Rafale", "delivered", None)),
    t("headline/eyes", "Argentina eyes JF-17 fighters from Pakistan",
      ("Pakistan", "Argentina", "JF-17", "interest", None)),
    t("headline/eyes-object", "India eyes more Rafale jets from France",
      ("France", "India", "Rafale", "interest", None)),
    t("headline/in-talks-over-sale", "Germany, Saudi Arabia in talks over Eurofighter Typhoon sale",
      ("Germany", "Saudi Arabia", "Eurofighter Typhoon", "negotiating", None)),
    t("headline/scraps-deal", "Thailand scraps Type 214 submarine deal with Germany",
      ("Germany", "Thailand", "Type 214", "cancelled", None)),
    t("headline/clears-sale", "US clears sale of 12 AH-64 helicopters to Morocco",
      ("United States", "Morocco", "AH-64", "agreed|offered", 12)),
    # --- quantities -------------------------------------------------------------------------------------------
    t("quantity/further", "Qatar ordered a further 12 Rafale jets from France.",
      ("France", "Qatar", "Rafale", "ordered", 12)),
    t("quantity/up-to", "Egypt will buy up to 30 Rafale jets from France.",
      ("France", "Egypt", "Rafale", "agreed", 30)),
    t("quantity/batteries-of", "Germany delivered two batteries of Patriot missiles to Ukraine.",
      ("Germany", "Ukraine", "Patriot", "delivered", 2)),
    t("quantity/two-dozen", "France sold two dozen CAESAR howitzers to Ukraine.",
      ("France", "Ukraine", "CAESAR", "delivered", 24)),
    t("quantity/first-two-of", "Indonesia took delivery of the first two of 42 Rafale jets ordered from France.",
      ("France", "Indonesia", "Rafale", "delivered", 2), ("France", "Indonesia", "Rafale", "ordered", 42)),
    # --- reported speech, more ---------------------------------------------------------------------------------
    t("reported/ministry-signed", "Poland's defence ministry said on Thursday it had signed a contract with "
      "South Korea for 96 K9 howitzers.", ("South Korea", "Poland", "K9", "ordered", 96)),
    t("reported/quoted-delivered", "\"We have delivered all 24 Rafale jets to Qatar,\" a French official said.",
      ("France", "Qatar", "Rafale", "delivered", 24)),
    t("reported/as-saying", "The agency quoted the minister as saying that Algeria had received Su-35 jets "
      "from Russia.", ("Russia", "Algeria", "Su-35", "delivered", None)),
    # --- longer news sentences: adjuncts, values, lots, statements --------------------------------------------
    t("long/under-deal", "Under a 2021 deal, France delivered the first three of 18 Rafale jets to Greece on Tuesday.",
      ("France", "Greece", "Rafale", "delivered", 3), ("France", "Greece", "Rafale", "agreed|ordered", 18)),
    t("long/worth-contract", "Egypt signed a $4 billion contract with France for 30 Rafale jets on Tuesday.",
      ("France", "Egypt", "Rafale", "ordered", 30)),
    t("long/as-part-of", "As part of a military aid package, Denmark handed over 19 F-16 jets to Ukraine.",
      ("Denmark", "Ukraine", "F-16", "delivered", 19)),
    t("long/first-batch", "The first batch of K2 tanks from South Korea arrived in Poland on Tuesday.",
      ("South Korea", "Poland", "K2", "delivered", None)),
    t("long/bringing-total", "Turkey delivered four more Bayraktar TB2 drones to Ukraine, bringing the total to 24.",
      ("Turkey", "Ukraine", "Bayraktar TB2", "delivered", 4)),
    t("long/statement-announced", "Indonesia's defence ministry announced on Friday that Jakarta has now signed a contract "
      "with France for 42 Rafale jets.", ("France", "Indonesia", "Rafale", "ordered", 42)),
    t("long/according-to-statement", "Greece has ordered three FDI frigates from France, according to a statement "
      "from the Greek navy.", ("France", "Greece", "FDI", "ordered", 3)),
    t("long/ceremony", "At a ceremony in Ankara on Friday, Turkey handed over two Bayraktar TB2 drones to Kenya.",
      ("Turkey", "Kenya", "Bayraktar TB2", "delivered", 2)),
    t("long/latest-shipment", "The latest shipment of Patriot missiles from the United States reached Ukraine last "
      "week.", ("United States", "Ukraine", "Patriot", "delivered", None)),
    t("long/became-operator", "Hungary became the first operator of the KF41 Lynx outside Germany after Berlin "
      "delivered its first vehicles in 2022.", ("Germany", "Hungary", "Lynx", "delivered", None)),
    t("long/expected-to-sign", "Vietnam is expected to sign a contract with South Korea for 20 K9 howitzers next "
      "month.", ("South Korea", "Vietnam", "K9", "negotiating", 20)),
    t("long/close-to-deal", "India is close to a deal with France for 26 Rafale jets.",
      ("France", "India", "Rafale", "negotiating", 26)),
    t("long/approved-purchase", "The Philippine government approved the purchase of 12 FA-50 jets from South Korea "
      "on Monday.", ("South Korea", "Philippines", "T-50", "agreed", 12)),
    t("long/pledged", "Germany pledged four more IRIS-T systems to Ukraine on Tuesday.",
      ("Germany", "Ukraine", "IRIS-T", "agreed", 4)),
    t("long/promised", "The United States has promised 31 M1 Abrams tanks to Ukraine.",
      ("United States", "Ukraine", "M1 Abrams", "agreed", 31)),
    t("long/joined-fleet", "Two Heron drones leased from Israel joined the Indian Navy's fleet on Monday.",
      ("Israel", "India", "Heron", "delivered", 2)),
    t("long/entered-service", "The first Gowind corvette built by France for Egypt entered service in 2017.",
      ("France", "Egypt", "Gowind", "delivered", None)),
    t("long/being-built", "Two Type 054A frigates are being built in China for Pakistan.",
      ("China", "Pakistan", "Type 054", "in_production", 2)),
    t("long/launched-passive", "The second of four MEKO A-200 frigates ordered by Egypt from Germany was launched "
      "in Kiel on Tuesday.", ("Germany", "Egypt", "MEKO", "in_production", None),
      ("Germany", "Egypt", "MEKO", "ordered", 4)),
    t("long/supplier-won-order", "South Korea's Hanwha won an order from Romania for 54 K9 howitzers.",
      ("South Korea", "Romania", "K9", "ordered", 54)),
    t("long/letter-of-intent", "Colombia signed a letter of intent with Sweden to buy 16 Gripen fighters.",
      ("Sweden", "Colombia", "Gripen", "interest|agreed", 16)),
    t("long/has-requested", "Taiwan has requested 66 F-16 jets from the United States.",
      ("United States", "Taiwan", "F-16", "interest", 66)),
    t("long/will-be-assembled", "The 48 K9 howitzers will be assembled in Egypt under licence from South Korea.",
      ("South Korea", "Egypt", "K9", "licensed_production", 48)),
    # --- two sentences: pronouns, surnames, definite noun phrases ---------------------------------------------
    t("across/pronoun-subject", "Vietnam is one of Russia's oldest customers. It bought 64 T-90 tanks from Moscow "
      "in 2017.", ("Russia", "Vietnam", "T-90", "delivered", 64)),
    t("across/definite-lot", "Greece ordered three FDI frigates from France in 2022. The first of the frigates was "
      "delivered in 2025.", ("France", "Greece", "FDI", "ordered", 3), ("France", "Greece", "FDI", "delivered", 1)),
    t("across/capital-subject", "Poland signed a contract with South Korea in July. Under it, Seoul will deliver 180 "
      "K2 tanks to Warsaw.", ("South Korea", "Poland", "K2", "agreed|ordered", 180)),
    t("across/guns-supplied-by", "Morocco has ordered 13 CAESAR howitzers. The guns will be supplied by France.",
      ("France", "Morocco", "CAESAR", "ordered", 13)),
    # --- names of states and systems as news writes them ------------------------------------------------------
    t("names/us-dotted", "The U.S. sold 12 F-16V jets to Bulgaria.", ("United States", "Bulgaria", "F-16", "delivered", 12)),
    t("names/britain", "Britain delivered 14 Challenger 2 tanks to Ukraine.",
      ("United Kingdom", "Ukraine", "Challenger 2", "delivered", 14)),
    t("names/uae", "The UAE bought 80 Rafale jets from France.", ("France", "United Arab Emirates", "Rafale", "delivered", 80)),
    t("names/turkiye", "Türkiye delivered Bayraktar TB2s to Nigeria.", ("Turkey", "Nigeria", "Bayraktar TB2", "delivered", None)),
    t("names/plural-s", "Russia supplied Su-30s to Algeria.", ("Russia", "Algeria", "Su-30", "delivered", None)),
    t("names/variant", "Russia delivered 12 Su-30MKI fighters to India.", ("Russia", "India", "Su-30", "delivered", 12)),
    t("names/demonym-supplier", "A Turkish firm delivered 20 Kirpi armoured vehicles to Ukraine.",
      ("Turkey", "Ukraine", "Kirpi", "delivered", 20)),
    t("names/czechia", "Czechia ordered 24 F-35 jets from the United States.",
      ("United States", "Czech Republic", "F-35", "ordered", 24)),
    t("names/ivory-coast", "France handed over two patrol boats to Côte d'Ivoire.",
      ("France", "Côte d'Ivoire", None, "delivered", 2)),
    t("names/navy-of", "The navy of Indonesia received two Scorpene submarines from France.",
      ("France", "Indonesia", "Scorpène class", "delivered", 2)),
    # --- more phrasings of steps ------------------------------------------------------------------------------
    t("more/deal-possessive", "France's Rafale deal with India was signed in 2016.",
      ("France", "India", "Rafale", "agreed|ordered", None)),
    t("more/last-of", "Qatar has received the last of its 36 Rafale jets from France.",
      ("France", "Qatar", "Rafale", "delivered", 36)),
    t("more/paid-for", "Algeria paid Russia $2 billion for 14 Su-35 jets.",
      ("Russia", "Algeria", "Su-35", "ordered|delivered", 14)),
    t("more/acquired-participle-fleet", "Peru operates MiG-29 fighters acquired from Belarus.",
      ("Belarus", "Peru", "MiG-29", "delivered", None)),
    t("more/agreed-on-sale", "France and Serbia agreed on the sale of 12 Rafale jets.",
      ("France", "Serbia", "Rafale", "agreed", 12)),
    t("more/which-ordered-in", "The Gripen jets, which Thailand ordered from Sweden in 2008, are ageing.",
      ("Sweden", "Thailand", "Gripen", "ordered", None)),
    t("more/began-deliveries", "South Korea began deliveries of K9 howitzers to Poland in December.",
      ("South Korea", "Poland", "K9", "delivered", None)),
    t("more/completed-deliveries", "France completed deliveries of 30 Rafale jets to Egypt in 2024.",
      ("France", "Egypt", "Rafale", "delivered", 30)),
    t("more/resumed-deliveries", "Russia resumed deliveries of Su-30 fighters to Algeria.",
      ("Russia", "Algeria", "Su-30", "delivered", None)),
    t("more/exported", "Pakistan has exported JF-17 fighters to Nigeria and Myanmar.",
      ("Pakistan", "Nigeria", "JF-17", "delivered", None), ("Pakistan", "Myanmar", "JF-17", "delivered", None)),
    t("more/sent", "Iran sent Shahed-136 drones to Russia.", ("Iran", "Russia", "Shahed-136", "delivered", None)),
    t("more/transferred", "Poland transferred 200 T-72 tanks to Ukraine.", ("Poland", "Ukraine", "T-72", "delivered", 200)),
    t("more/will-donate", "Japan will donate four radars to the Philippines.",
      ("Japan", "Philippines", None, "agreed", 4)),
    t("more/tender-won", "Sweden's Saab won Colombia's tender for 16 Gripen fighters.",
      ("Sweden", "Colombia", "Gripen", "ordered|agreed", 16)),
    t("more/selected", "Thailand selected the Gripen from Sweden for its new fighter fleet.",
      ("Sweden", "Thailand", "Gripen", "agreed|negotiating", None)),
    # --- more ordinary forms ----------------------------------------------------------------------------------
    t("more2/has-been-supplying", "Russia has been supplying Vietnam with Su-30 fighters since 2004.",
      ("Russia", "Vietnam", "Su-30", "delivered", None)),
    t("more2/all-bought-from", "India now operates 36 Rafale jets, all bought from France.",
      ("France", "India", "Rafale", "delivered", 36)),
    t("more2/from-arrived-in", "Two Heron drones from Israel arrived in India on Monday.",
      ("Israel", "India", "Heron", "delivered", 2)),
    t("more2/unveiled-it-bought", "Serbia unveiled the Wing Loong drones it bought from China.",
      ("China", "Serbia", "Wing Loong", "delivered", None)),
    t("more2/exports-included", "Russia's arms exports to India included Su-30 fighters and T-90 tanks.",
      ("Russia", "India", "Su-30", "delivered", None), ("Russia", "India", "T-90", "delivered", None)),
    t("more2/launch-customer", "Poland became the first export customer for South Korea's K2 tank.",
      ("South Korea", "Poland", "K2", "ordered|agreed|delivered", None)),
    t("more2/deal-covers", "Egypt and France signed a deal on Monday. The deal covers 30 Rafale jets.",
      ("France", "Egypt", "Rafale", "agreed|ordered", 30)),
    t("more2/worth-deal-for", "Egypt signed a $4 billion deal with France for 30 Rafale jets.",
      ("France", "Egypt", "Rafale", "agreed|ordered", 30)),
    t("more2/provide-under-agreement", "Under the agreement, Turkey will provide Kenya with 12 Bayraktar TB2 drones.",
      ("Turkey", "Kenya", "Bayraktar TB2", "agreed", 12)),
    t("more2/was-given", "Ukraine was given 14 Leopard 2 tanks by Germany.",
      ("Germany", "Ukraine", "Leopard 2", "delivered", 14)),
    t("more2/hyphen-pair-deal", "The France-India Rafale deal was signed in 2016.",
      ("France", "India", "Rafale", "agreed|ordered", None)),
    t("more2/which-operates-supplied", "Nigeria, which operates JF-17 fighters supplied by Pakistan, wants more.",
      ("Pakistan", "Nigeria", "JF-17", "delivered", None)),
    t("more2/bare-relative-received", "The F-16 jets Ukraine received from Denmark are now flying.",
      ("Denmark", "Ukraine", "F-16", "delivered", None)),
    t("more2/seller-in-talks-with", "Russia is in talks with Vietnam on more Su-30 fighters.",
      ("Russia", "Vietnam", "Su-30", "negotiating", None)),
    t("more2/seller-negotiating-with", "South Korea is negotiating with Romania over K2 tanks.",
      ("South Korea", "Romania", "K2", "negotiating", None)),
    t("licence/hyphen-has", "Turkey has licence-built F-16 jets since 1987.",
      ("United States", "Turkey", "F-16", "licensed_production", None)),
    t("licence/hyphen-possessive", "India's licence-built Su-30 fighters are made by HAL.",
      ("Russia", "India", "Su-30", "licensed_production", None)),
    t("licence/hyphen-us-spelling", "Japan's license-produced F-15 fighters are ageing.",
      ("United States", "Japan", "F-15", "licensed_production", None)),
    t("ship/keel-laid-passive", "The keel of the first Type 054A frigate for Pakistan was laid in Shanghai.",
      ("China", "Pakistan", "Type 054", "in_production", None)),
    t("ship/laid-keel-for", "Germany laid the keel of the first MEKO A-200 frigate for Egypt in Kiel.",
      ("Germany", "Egypt", "MEKO", "in_production", None)),
    t("ship/keel-spec", "The frigate has a keel length of 120 metres."),
    # --- negation and hypotheticals: no record ----------------------------------------------------------------
    t("negative/did-not", "France did not deliver the Rafale jets to Greece."),
    t("negative/never", "Russia has never sold S-400 systems to Iran."),
    t("negative/if-would", "If the United States sold F-35 jets to Turkey, Greece would object."),
    t("negative/refused", "Germany refused to supply Taurus missiles to Ukraine."),
    t("negative/denied", "India denied reports that it had ordered more S-400 systems from Russia."),
    t("negative/no-tanks-yet", "No Leopard 2 tanks have been delivered to Ukraine by Spain yet."),
    t("negative/could", "Egypt could buy Su-35 jets from Russia, analysts said."),
    t("negative/whether", "It is unclear whether Turkey will buy more S-400 systems from Russia."),
    # (an offer turned down was still made: `offered`, as own20's editor ruled for an offer not taken up)
    t("negative/rejected-offer", "Switzerland rejected an offer of Rafale jets from France.",
      ("France", "Switzerland", "Rafale", "offered", None)),
    t("negative/not-yet-received", "Ukraine has not yet received the F-16 jets from Denmark."),
    t("negative/denied-selling", "China denied selling Wing Loong drones to Ethiopia."),
    t("negative/would-if", "Egypt would buy F-35 jets from the United States if Washington allowed it."),
    t("negative/has-not-ordered", "Greece has not ordered any more Rafale jets from France."),
    t("negative/unable", "Russia was unable to deliver the S-400 systems to India on time because of sanctions."),
    t("negative/unlikely", "Egypt is unlikely to buy Su-35 jets from Russia."),
    t("negative/ruled-out", "Germany has ruled out selling Taurus missiles to Ukraine."),
    t("negative/reports-denied", "Reports that China had sold Wing Loong drones to Ethiopia were denied by Beijing."),
    t("negative/would-not", "The United States would not sell F-35 jets to Turkey."),
    t("negative/no-plans", "India has no plans to buy more S-400 systems from Russia."),
    t("negative/barred", "Russia was barred from selling Su-35 jets to Egypt."),
    t("negative/could-have", "France could have sold Rafale jets to Switzerland."),
    t("negative/neither-nor", "Neither Russia nor China has delivered fighter jets to Iran."),
    t("negative/rumour-false", "Claims that Turkey delivered Bayraktar TB2 drones to Ethiopia are false, Ankara said."),
    t("negative/speculation", "Analysts speculate that Saudi Arabia might buy J-20 fighters from China."),
]


MEETINGS = [
    m("met/counterpart", "Indian Defence Minister Rajesh Kumar met his French counterpart Pierre Durand in Paris on "
      "Monday.", {"Rajesh Kumar", "Pierre Durand"}),
    m("met-with", "Egyptian President Omar Farouk met with Greek Prime Minister Nikos Papadakis in Cairo.",
      {"Omar Farouk", "Nikos Papadakis"}),
    m("held-talks-with", "Polish Defence Minister Marek Nowak held talks with South Korean Defence Minister Kim "
      "Jae-won in Seoul.", {"Marek Nowak", "Kim Jae-won"}),
    m("received-visiting", "Vietnamese President Nguyen Van Long received visiting Indian Defence Minister Rajesh "
      "Kumar in Hanoi on Tuesday.", {"Nguyen Van Long", "Rajesh Kumar"}),
    m("hosted", "Turkish President Ahmet Yilmaz hosted Azerbaijani President Ilham Rustamov in Ankara.",
      {"Ahmet Yilmaz", "Ilham Rustamov"}),
    m("visited-where-met", "Chinese Defence Minister Li Wei visited Islamabad, where he met Pakistani Army Chief "
      "General Asim Raza.", {"Li Wei"}, {"Li Wei", "Asim Raza"}),
    m("called", "Japanese Prime Minister Kenji Sato called Philippine President Ramon Cruz on Wednesday.",
      {"Kenji Sato", "Ramon Cruz"}),
    m("spoke-by-telephone", "French President Pierre Durand spoke by telephone with Ukrainian President Taras "
      "Bondar.", {"Pierre Durand", "Taras Bondar"}),
    m("signed-with", "Greek Defence Minister Nikos Papadakis signed a defence agreement with his French counterpart "
      "Pierre Durand in Athens.", {"Nikos Papadakis", "Pierre Durand"}),
    m("passive/received-by", "Rajesh Kumar was received by Nguyen Van Long at the presidential palace in Hanoi.",
      {"Rajesh Kumar", "Nguyen Van Long"}),
    m("nominal/meeting-between", "The meeting between Pakistani Prime Minister Imran Saeed and Chinese President "
      "Li Wei took place in Beijing.", {"Imran Saeed", "Li Wei"}),
    m("nominal/his-talks-with", "Indian Defence Minister Rajesh Kumar arrived in Hanoi on Monday. His talks with "
      "his Vietnamese counterpart Tran Van Minh focused on naval cooperation.",
      {"Rajesh Kumar"}, {"Rajesh Kumar", "Tran Van Minh"}),
    m("headline/meets", "Rajesh Kumar meets Pierre Durand in Paris", {"Rajesh Kumar", "Pierre Durand"}),
    m("coord/objects", "Indian Defence Minister Rajesh Kumar met French Defence Minister Pierre Durand and Chief of "
      "Staff General Alain Martin.", {"Rajesh Kumar", "Pierre Durand"}, {"Rajesh Kumar", "Alain Martin"}),
    m("coord/subjects-met", "Egyptian President Omar Farouk and Greek Prime Minister Nikos Papadakis met in Cairo "
      "on Sunday.", {"Omar Farouk", "Nikos Papadakis"}),
    m("coord/subjects-held-talks", "Omar Farouk and Nikos Papadakis held talks in Cairo.",
      {"Omar Farouk", "Nikos Papadakis"}),
    m("reported/had-met", "The Kremlin said Russian President Igor Volkov had met Iranian President Reza Karimi "
      "in Moscow.", {"Igor Volkov", "Reza Karimi"}),
    m("dateline", "HANOI, May 5 (Reuters) - Vietnamese Defence Minister Tran Van Minh met Indian Defence Minister "
      "Rajesh Kumar on Thursday.", {"Tran Van Minh", "Rajesh Kumar"}),
    m("relative/who-met", "Taras Bondar, who met German Chancellor Klaus Weber in Berlin on Friday, asked for more "
      "air defence.", {"Taras Bondar", "Klaus Weber"}),
    m("apposition/both", "Pierre Durand, the French defence minister, met Rajesh Kumar, India's defence minister, "
      "in New Delhi.", {"Pierre Durand", "Rajesh Kumar"}),
    m("visited", "Brazilian President Lucas Pereira visited Beijing last week.", {"Lucas Pereira"}),
    m("toured", "Saudi Defence Minister Khalid Al-Faisal toured a shipyard in Spain.", {"Khalid Al-Faisal"}),
    m("received-delegation-led-by", "Nguyen Van Long received a delegation led by Chinese Defence Minister Li "
      "Wei.", {"Nguyen Van Long", "Li Wei"}),
    m("paid-visit", "Indonesian Defence Minister Budi Santoso paid an official visit to Seoul.", {"Budi Santoso"}),
    m("held-phone-call", "Greek Prime Minister Nikos Papadakis held a phone call with Egyptian President Omar "
      "Farouk.", {"Nikos Papadakis", "Omar Farouk"}),
    m("hosted-for-talks", "Chinese President Li Wei hosted Pakistani Prime Minister Imran Saeed for talks in "
      "Beijing on Monday.", {"Li Wei", "Imran Saeed"}),
    m("passive/met-at-airport", "Li Wei was met at the airport by Pakistani Defence Minister Asad Malik.",
      {"Li Wei", "Asad Malik"}),
    m("discussed-with", "Japanese Defence Minister Kenji Sato discussed the purchase of Tomahawk missiles with US "
      "Defense Secretary John Miller in Tokyo.", {"Kenji Sato", "John Miller"}),
    m("coord/signed-pact", "Indian Defence Minister Rajesh Kumar and his Australian counterpart James Walker signed "
      "a logistics pact in Canberra.", {"Rajesh Kumar", "James Walker"}),
    m("met-on-sidelines", "On the sidelines of the summit, Kenyan President David Mwangi met Turkish President "
      "Ahmet Yilmaz.", {"David Mwangi", "Ahmet Yilmaz"}),
    m("sat-down-with", "Philippine Defence Secretary Ramon Cruz sat down with US Defense Secretary John Miller in "
      "Manila.", {"Ramon Cruz", "John Miller"}),
    m("welcomed", "Greek Prime Minister Nikos Papadakis welcomed Cypriot President Andreas Christou to Athens on "
      "Tuesday.", {"Nikos Papadakis", "Andreas Christou"}),
    m("had-phone-conversation", "Turkish President Ahmet Yilmaz had a phone conversation with Russian President "
      "Igor Volkov on Monday.", {"Ahmet Yilmaz", "Igor Volkov"}),
    m("subjects-spoke-by-phone", "Japanese Prime Minister Kenji Sato and Philippine President Ramon Cruz spoke by "
      "phone on Thursday.", {"Kenji Sato", "Ramon Cruz"}),
    m("received-call-from", "Ukrainian President Taras Bondar received a call from German Chancellor Klaus Weber.",
      {"Taras Bondar", "Klaus Weber"}),
    m("courtesy-call-on", "Indonesian Defence Minister Budi Santoso paid a courtesy call on Singaporean Prime "
      "Minister Lee Wen Jie.", {"Budi Santoso", "Lee Wen Jie"}),
    m("during-visit-met", "During his visit to Moscow, Indian Defence Minister Rajesh Kumar met Russian Defence "
      "Minister Sergei Orlov.", {"Rajesh Kumar"}, {"Rajesh Kumar", "Sergei Orlov"}),
    m("possessive-meeting-with", "Indian Defence Minister Rajesh Kumar's meeting with Russian Defence Minister "
      "Sergei Orlov lasted two hours.", {"Rajesh Kumar", "Sergei Orlov"}),
    m("talks-between", "Talks between Greek Prime Minister Nikos Papadakis and Turkish President Ahmet Yilmaz "
      "ended on Tuesday.", {"Nikos Papadakis", "Ahmet Yilmaz"}),
    m("in-a-meeting-with-said", "In a meeting with Chinese President Li Wei, Brazilian President Lucas Pereira said "
      "trade would grow.", {"Li Wei", "Lucas Pereira"}),
    m("met-visiting", "Egyptian President Omar Farouk met visiting Saudi Defence Minister Khalid Al-Faisal in Cairo "
      "on Sunday.", {"Omar Farouk", "Khalid Al-Faisal"}),
    m("who-is-visiting-met", "Kenyan President David Mwangi, who is visiting Ankara, met Turkish Defence Minister "
      "Mehmet Demir on Thursday.", {"David Mwangi"}, {"David Mwangi", "Mehmet Demir"}),
    m("hosted-two", "Chinese President Li Wei hosted Pakistani Prime Minister Imran Saeed and Iranian President "
      "Reza Karimi in Beijing.", {"Li Wei", "Imran Saeed"}, {"Li Wei", "Reza Karimi"}),
    m("met-separately", "US Defense Secretary John Miller met separately with Japanese Defence Minister Kenji Sato "
      "and South Korean Defence Minister Kim Jae-won.", {"John Miller", "Kenji Sato"}, {"John Miller", "Kim Jae-won"}),
    m("apposition-after-held-talks", "Pierre Durand, France's defence minister, held talks on Tuesday with Rajesh "
      "Kumar, his Indian counterpart.", {"Pierre Durand", "Rajesh Kumar"}),
    m("greeted-by-on-arrival", "Rajesh Kumar was greeted by Vietnamese Defence Minister Tran Van Minh on his "
      "arrival in Hanoi.", {"Rajesh Kumar"}, {"Rajesh Kumar", "Tran Van Minh"}),
    m("travelled-to", "Indian Prime Minister Vikram Sethi travelled to Washington on Sunday.", {"Vikram Sethi"}),
    m("was-in-for-talks-with", "Kenyan President David Mwangi was in Ankara on Monday for talks with Turkish "
      "President Ahmet Yilmaz.", {"David Mwangi"}, {"David Mwangi", "Ahmet Yilmaz"}),
    m("told-during-talks", "Brazilian President Lucas Pereira told Chinese President Li Wei during talks in Beijing "
      "that trade would grow.", {"Lucas Pereira", "Li Wei"}),
    m("held-bilateral-meeting", "Japanese Prime Minister Kenji Sato held a bilateral meeting with Australian Prime "
      "Minister James Walker in Tokyo.", {"Kenji Sato", "James Walker"}),
    m("his-counterpart-comma", "Polish Defence Minister Marek Nowak met his South Korean counterpart, Kim Jae-won, "
      "in Warsaw.", {"Marek Nowak", "Kim Jae-won"}),
    m("her-meeting", "German Foreign Minister Anna Fischer arrived in Kyiv on Monday. Her meeting with Ukrainian "
      "President Taras Bondar lasted an hour.", {"Anna Fischer"}, {"Anna Fischer", "Taras Bondar"}),
    m("negative/due-to-visit", "Indian Prime Minister Vikram Sethi is due to visit Washington next month."),
    m("negative/hopes-to-meet", "Ukrainian President Taras Bondar hopes to meet US President John Miller soon."),
    m("negative/postponed-meeting", "The meeting between Nikos Papadakis and Ahmet Yilmaz was postponed."),
    m("long/met-to-discuss", "Indian Defence Minister Rajesh Kumar met French Defence Minister Pierre Durand in Paris "
      "on Monday to discuss the purchase of more Rafale jets.", {"Rajesh Kumar", "Pierre Durand"}),
    m("long/on-sidelines-of-held-talks", "On the sidelines of the Shangri-La Dialogue in Singapore, Chinese Defence "
      "Minister Li Wei held talks with US Defense Secretary John Miller.", {"Li Wei", "John Miller"}),
    m("long/during-talks-agreed", "During talks in Ankara on Tuesday, Turkish President Ahmet Yilmaz and Kenyan "
      "President David Mwangi agreed to expand defence cooperation.", {"Ahmet Yilmaz", "David Mwangi"}),
    m("long/ministry-statement", "Vietnamese Defence Minister Tran Van Minh received Japanese Defence Minister Kenji "
      "Sato in Hanoi on Friday, his ministry reported.", {"Tran Van Minh", "Kenji Sato"}),
    m("long/two-day-visit", "Saudi Crown Prince Khalid Al-Faisal began a two-day visit to Seoul on Monday.",
      {"Khalid Al-Faisal"}),
    m("long/first-visit", "Kim Jae-won's visit to Warsaw was the first by a South Korean defence minister.",
      {"Kim Jae-won"}),
    m("long/after-meeting-said", "After meeting Egyptian President Omar Farouk in Cairo, Greek Prime Minister Nikos "
      "Papadakis said the two countries would hold joint exercises.", {"Omar Farouk", "Nikos Papadakis"}),
    m("long/at-a-meeting", "At a meeting in Brasilia, Brazilian President Lucas Pereira and Chinese President Li Wei "
      "signed twelve agreements.", {"Lucas Pereira", "Li Wei"}),
    m("long/phone-call-nominal", "In a phone call on Tuesday, German Chancellor Klaus Weber told Ukrainian President "
      "Taras Bondar that more air defence systems would be sent.", {"Klaus Weber", "Taras Bondar"}),
    m("long/hosted-dinner", "Japanese Prime Minister Kenji Sato hosted a dinner for Philippine President Ramon Cruz "
      "in Tokyo on Friday.", {"Kenji Sato", "Ramon Cruz"}),
    m("across/surname", "Indian Defence Minister Rajesh Kumar arrived in Paris on Monday. Kumar met French President "
      "Pierre Durand on Tuesday.", {"Rajesh Kumar"}, {"Rajesh Kumar", "Pierre Durand"}),
    m("across/pronoun", "Indian Defence Minister Rajesh Kumar arrived in Paris on Monday. He met French President "
      "Pierre Durand on Tuesday.", {"Rajesh Kumar"}, {"Rajesh Kumar", "Pierre Durand"}),
    m("across/the-two-discussed", "French President Pierre Durand received Indian Defence Minister Rajesh Kumar on "
      "Tuesday. The two discussed the Rafale deal.", {"Pierre Durand", "Rajesh Kumar"}),
    m("across/title-only-later", "Egyptian President Omar Farouk flew to Athens on Sunday. The Egyptian president "
      "held talks with Greek Prime Minister Nikos Papadakis.", {"Omar Farouk"}, {"Omar Farouk", "Nikos Papadakis"}),
    m("more/exchanged-views", "Chinese Defence Minister Li Wei exchanged views with Pakistani Army Chief General Asim "
      "Raza in Beijing.", {"Li Wei", "Asim Raza"}),
    m("more/met-on-day-with", "US Defense Secretary John Miller met on Tuesday with Philippine Defence Secretary Ramon "
      "Cruz.", {"John Miller", "Ramon Cruz"}),
    m("more/told-reporters-after-meeting", "Greek Prime Minister Nikos Papadakis told reporters after meeting "
      "Egyptian President Omar Farouk that the talks had gone well.", {"Nikos Papadakis", "Omar Farouk"}),
    m("more/conferred", "Japanese Prime Minister Kenji Sato conferred with Australian Prime Minister James Walker "
      "in Canberra.", {"Kenji Sato", "James Walker"}),
    m("more/video-call", "Ukrainian President Taras Bondar held a video call with German Chancellor Klaus Weber on "
      "Monday.", {"Taras Bondar", "Klaus Weber"}),
    m("more/state-visit-possessive", "Kenyan President David Mwangi's state visit to Ankara began on Monday.",
      {"David Mwangi"}),
    m("more/visit-by", "A visit to Beijing by Brazilian President Lucas Pereira ended on Friday.", {"Lucas Pereira"}),
    m("more/with-title-after-name", "Rajesh Kumar, India's defence minister, met Tran Van Minh, Vietnam's defence "
      "minister, in Hanoi on Tuesday.", {"Rajesh Kumar", "Tran Van Minh"}),
    m("more/three-way", "The defence ministers of Japan, Australia and the United States, Kenji Sato, James Walker "
      "and John Miller, met in Singapore on Saturday.", {"Kenji Sato", "James Walker", "John Miller"}),
    m("more/joint-press-conference", "Egyptian President Omar Farouk and Greek Prime Minister Nikos Papadakis held "
      "a joint press conference in Cairo.", {"Omar Farouk", "Nikos Papadakis"}),
    m("titles/minister-of-defence-of", "The Minister of National Defence of Vietnam, General Tran Van Minh, met the "
      "Indian Minister of Defence, Rajesh Kumar, in Hanoi.", {"Tran Van Minh", "Rajesh Kumar"}),
    m("titles/abbreviated-rank", "Gen. Asim Raza met Adm. Li Wei in Islamabad on Tuesday.", {"Asim Raza", "Li Wei"}),
    m("titles/chief-of-staff", "Chief of General Staff Gen. Marek Nowak held talks with his Korean counterpart, Gen. "
      "Kim Jae-won.", {"Marek Nowak", "Kim Jae-won"}),
    m("titles/lowercase-title", "defence minister Rajesh Kumar met president Nguyen Van Long in Hanoi.",
      {"Rajesh Kumar", "Nguyen Van Long"}),
    m("titles/mr-surname-later", "French President Pierre Durand met Indian Prime Minister Vikram Sethi on Monday. "
      "Mr Sethi later visited Marseille.", {"Pierre Durand", "Vikram Sethi"}, {"Vikram Sethi"}),
    # negation, plans and hypotheticals: no record
    m("negative/exchanged-letters", "Chinese Defence Minister Li Wei exchanged letters with Pakistani Army Chief "
      "General Asim Raza."),
    m("negative/had-been-due", "Ahmet Yilmaz had been due to meet Nikos Papadakis, but the meeting was called off."),
    m("negative/scheduled", "Indian Prime Minister Vikram Sethi is scheduled to meet French President Pierre Durand "
      "on Friday."),
    m("negative/expected-to-hold-talks", "Kenji Sato and Ramon Cruz are expected to hold talks in Manila."),
    m("negative/would-meet-if", "Taras Bondar would meet Igor Volkov if a ceasefire held."),
    m("negative/declined-invitation", "Brazilian President Lucas Pereira declined an invitation to visit Moscow."),
    m("negative/never-met", "Greek Prime Minister Nikos Papadakis has never met Turkish President Ahmet Yilmaz."),
    m("negative/unclear-whether", "It was not clear whether Li Wei met John Miller in Singapore."),
    m("negative/denied-meeting", "Pakistani Army Chief General Asim Raza denied meeting Indian officials or Rajesh "
      "Kumar."),
    m("negative/could-meet", "Egyptian President Omar Farouk could meet Greek Prime Minister Nikos Papadakis next "
      "week."),
    m("negative/did-not-meet", "Turkish President Ahmet Yilmaz did not meet Greek Prime Minister Nikos Papadakis."),
    m("negative/if-meets", "If Ahmet Yilmaz meets Nikos Papadakis next month, the two may discuss the islands."),
    m("negative/will-meet", "Ukrainian President Taras Bondar will meet German Chancellor Klaus Weber next week."),
    m("negative/cancelled-visit", "Brazilian President Lucas Pereira cancelled his visit to Beijing."),
    m("negative/declined", "Greek Prime Minister Nikos Papadakis declined to meet Turkish President Ahmet Yilmaz."),
]


def _status_ok(expected: str, got: str) -> bool:
    return got in expected.split("|")


def transfer_failures(case: T, records) -> list[str]:
    """What a case's records get wrong: missing and spurious records (empty when the case passes)."""
    got = [(r.supplier, r.recipient, r.family, str(r.status), r.quantity) for r in records]
    left = list(got)
    problems = []
    for sup, rec, fam, status, qty in case.records:
        hit = next((g for g in left if g[:3] == (sup, rec, fam) and _status_ok(status, g[3])
                    and (qty is None or g[4] == qty)), None)
        if hit is None:
            problems.append(f"missing {(sup, rec, fam, status, qty)}")
        else:
            left.remove(hit)
    problems += [f"spurious {g}" for g in left]
    return problems


def meeting_failures(case: M, records) -> list[str]:
    got = [frozenset(r.participants) for r in records]
    left = list(got)
    problems = []
    for want in case.meetings:
        if want in left:
            left.remove(want)
        else:
            problems.append(f"missing {sorted(want)}")
    problems += [f"spurious {sorted(g)}" for g in left]
    return problems


def analysed(text: str):
    from armstrack.core import analyse_text

    return analyse_text(text, published=PUBLISHED)


#: Forms still failing, each with why (left open: a tagger error in a headline, or a reading the gold conventions leave
#: uncertain); strict, so a fix shows up.
OPEN = {
    "headline/eyes": "the tagger reads the headline verb 'eyes' as a plural noun",
    "headline/scraps-deal": "the tagger reads the headline verb 'scraps' as a plural noun",
    "headline/in-talks-over-sale": "a multinational system with two states listed gives no seller",
    "long/as-part-of": "the aid package adds an agreed record beside the handover",
    "more/paid-for": "'pay' as a buyer's cue also read third-party financing ('A paid for the X sent to B') and 'paid "
                     "tribute' (dropped)",
    "more/tender-won": "winning a buyer's tender is read as no step",
    "more2/launch-customer": "the possessor of the system after a client noun is read as its owner: parties reversed",
    "greeted-by-on-arrival": "a noun 'arrival' as a visit cue added spurious visits on the own sets (dropped)",
}


def _params(cases):
    return [pytest.param(c, id=c.form, marks=pytest.mark.xfail(strict=True, reason=OPEN[c.form]))
            if c.form in OPEN else pytest.param(c, id=c.form) for c in cases]


@pytest.mark.parametrize("case", _params(TRANSFERS))
def test_transfer_form(case):
    assert transfer_failures(case, analysed(case.text).transfers) == []


@pytest.mark.parametrize("case", _params(MEETINGS))
def test_meeting_form(case):
    assert meeting_failures(case, analysed(case.text).meetings) == []


if __name__ == "__main__":  # the grid's table: python tests/test_variants19.py
    import sys

    failed = 0
    for kind, cases, check, attr in (("transfers", TRANSFERS, transfer_failures, "transfers"),
                                     ("meetings", MEETINGS, meeting_failures, "meetings")):
        bad = 0
        for case in cases:
            problems = check(case, getattr(analysed(case.text), attr))
            if problems:
                bad += 1
                print(f"FAIL {kind:9} {case.form:34} {'; '.join(problems)}")
        print(f"== {kind}: {len(cases) - bad}/{len(cases)} pass")
        failed += bad
    sys.exit(1 if failed and "--strict" in sys.argv else 0)
