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
    t("headline/to-get", "Philippines to get 12 more FA-50 jets from South Korea",
      ("South Korea", "Philippines", "T-50", "agreed", 12)),
    t("headline/gets-first", "Croatia gets first Rafale jets from France",
      ("France", "Croatia", "Rafale", "delivered", None)),
    t("headline/eyes", "Argentina eyes JF-17 fighters from Pakistan",
      ("Pakistan", "Argentina", "JF-17", "interest", None)),
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
    t("reported/ministry-signed", "The Polish defence ministry said on Tuesday that it had signed a contract with "
      "South Korea for 96 K9 howitzers.", ("South Korea", "Poland", "K9", "ordered", 96)),
    t("reported/quoted-delivered", "\"We have delivered all 24 Rafale jets to Qatar,\" a French official said.",
      ("France", "Qatar", "Rafale", "delivered", 24)),
    t("reported/as-saying", "The agency quoted the minister as saying that Algeria had received Su-35 jets "
      "from Russia.", ("Russia", "Algeria", "Su-35", "delivered", None)),
    # --- negation and hypotheticals: no record ----------------------------------------------------------------
    t("negative/did-not", "France did not deliver the Rafale jets to Greece."),
    t("negative/never", "Russia has never sold S-400 systems to Iran."),
    t("negative/if-would", "If the United States sold F-35 jets to Turkey, Greece would object."),
    t("negative/refused", "Germany refused to supply Taurus missiles to Ukraine."),
    t("negative/denied", "India denied reports that it had ordered more S-400 systems from Russia."),
    t("negative/no-tanks-yet", "No Leopard 2 tanks have been delivered to Ukraine by Spain yet."),
    t("negative/could", "Egypt could buy Su-35 jets from Russia, analysts said."),
    t("negative/whether", "It is unclear whether Turkey will buy more S-400 systems from Russia."),
    t("negative/rejected-offer", "Switzerland rejected an offer of Rafale jets from France."),
    t("negative/not-yet-received", "Ukraine has not yet received the F-16 jets from Denmark."),
    t("negative/denied-selling", "China denied selling Wing Loong drones to Ethiopia."),
    t("negative/would-if", "Egypt would buy F-35 jets from the United States if Washington allowed it."),
    t("negative/has-not-ordered", "Greece has not ordered any more Rafale jets from France."),
    t("negative/unable", "Russia was unable to deliver the S-400 systems to India on time because of sanctions."),
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
    # negation, plans and hypotheticals: no record
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


@pytest.mark.parametrize("case", TRANSFERS, ids=[c.form for c in TRANSFERS])
def test_transfer_form(case):
    assert transfer_failures(case, analysed(case.text).transfers) == []


@pytest.mark.parametrize("case", MEETINGS, ids=[c.form for c in MEETINGS])
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
