"""A sweep of the ways news tells a meeting through a ceremony: a handover of equipment, a signing, a
commissioning, attended by officials of two states. "attended by" lists (titles before names, comma
appositions), "together with", "alongside", "along with", "in the presence of", "witnessed by",
"received the ship from", "handed over by ... to", "was signed by A and B", "A signed on behalf of C
and B for D", reduced and full relative clauses; and ceremonies that give no record (one state's
officials only, unnamed officials, ceremonies still to come). Every sentence is invented for this
test (invented people, real countries)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.core import analyse_text

PUBLISHED = date(2024, 5, 15)  # a Wednesday: "on Monday" is 2024-05-13

#: kinds a ceremony of two sides may be given (the gold conventions: a meeting, a visit when one side is
#: in the other's country); a signing ceremony must be a signing
ANY = None

def _known(text: str, expected: list, reason: str):
    """A case that fails for a reason outside this sweep's rules (kept, marked)."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


#: (text, [(participants' last names, kind or ANY, date or None for unchecked, place or None for unchecked)]);
#: one-person visits beside the records are allowed.
POSITIVES = [
    # --- "attended by": a reduced passive on the ceremony noun ---------------------------------------
    ('The patrol boats were presented at a ceremony in Lima attended by the Minister of Defence, Carlos Ruiz Salinas, and Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('The patrol boats were presented at a ceremony in Lima attended by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('The helicopters were handed over at a ceremony in Nairobi on Monday attended by Kenyan Defence Secretary Joseph Otieno and British High Commissioner Alan Frobisher.',
     [(['Frobisher', 'Otieno'], ANY, '2024-05-13', 'Nairobi')]),
    ('The radars were delivered at a ceremony at Kotoka air base attended by the Ghanaian defence minister, Kofi Mensah, and the Israeli ambassador, Dan Ezra.',
     [(['Ezra', 'Mensah'], ANY, None, None)]),
    ('The trucks were presented at a ceremony in Dakar attended by the Minister of the Armed Forces, Moussa Diallo, and the French ambassador, Claire Marchand.',
     [(['Diallo', 'Marchand'], ANY, None, 'Dakar')]),
    ('The frigate was commissioned at a ceremony in Mumbai on 12 May attended by Indian Navy chief Admiral Arun Deshmukh and French Navy chief Admiral Luc Garnier.',
     [(['Deshmukh', 'Garnier'], ANY, '2024-05-12', 'Mumbai')]),
    ('The armoured vehicles were delivered in Accra at a ceremony attended by Ghana\'s Chief of Defence Staff, Vice Admiral Kwame Osei, and Turkish Ambassador Selin Aydin.',
     [(['Aydin', 'Osei'], ANY, None, 'Accra')]),
    ('The drones were unveiled at a ceremony in Baku attended by Azerbaijani Defence Minister Rauf Mammadli, Turkish Defence Minister Hakan Ozturk and Pakistani Air Chief Tariq Mahmood.',
     [(['Mahmood', 'Mammadli', 'Ozturk'], ANY, None, 'Baku')]),
    # (a name with the particle 'de' set off after its title: read as the title holder's name)
    ('The corvette was delivered at a ceremony in Jakarta on Monday, attended by Indonesian Navy chief Admiral Yudo Prasetyanto and the Dutch ambassador, Pieter de Vries.',
     [(['Prasetyanto', 'Vries'], ANY, '2024-05-13', 'Jakarta')]),
    ('The aircraft were handed over in a ceremony attended by Philippine Defence Secretary Ramon Dela Cruz and United States Ambassador Margaret Hale in Manila.',
     [(['Cruz', 'Hale'], ANY, None, None)]),
    ('The boats were presented in a ceremony held in Colombo and attended by Sri Lankan Navy commander Vice Admiral Nimal Fonseka and Australian High Commissioner Paul Whitaker.',
     [(['Fonseka', 'Whitaker'], ANY, None, 'Colombo')]),
    ('A ceremony attended by Zambian Defence Minister Ambrose Lufuma and Chinese Ambassador Du Xiaohui marked the delivery of the jets in Lusaka on Monday.',
     [(['Lufuma', 'Xiaohui'], ANY, '2024-05-13', None)]),
    ('Attended by Mongolian Defence Minister Gursed Batbayar and the Russian ambassador, Igor Levchenko, the ceremony marked the arrival of the tanks.',
     [(['Batbayar', 'Levchenko'], ANY, None, None)]),
    ('The handover ceremony in Tbilisi was attended by Georgian Defence Minister Levan Beridze and Polish Defence Minister Tomasz Wrobel.',
     [(['Beridze', 'Wrobel'], ANY, None, 'Tbilisi')]),
    ('The ceremony at the port of Mombasa on Monday was attended by Kenyan Navy commander Major General Paul Owino and Indian High Commissioner Rahul Varma.',
     [(['Owino', 'Varma'], ANY, '2024-05-13', None)]),
    ('The commissioning of the submarine in Karachi was attended by Pakistani Navy chief Admiral Naveed Ashraf and Chinese Vice Admiral Zhou Jianguo.',
     [(['Ashraf', 'Jianguo'], ANY, None, 'Karachi')]),
    ('The ceremony was attended by the Defence Minister of Uruguay, Javier Garcia Pintos, and the Spanish ambassador, Elena Robles.',
     [(['Pintos', 'Robles'], ANY, None, None)]),
    ('The vessels were delivered at a ceremony in Montevideo attended by the defence minister, Javier Garcia Pintos, the navy commander, Admiral Jorge Wilson, and Spanish Ambassador Elena Robles.',
     [(['Pintos', 'Robles', 'Wilson'], ANY, None, 'Montevideo')]),
    ('The helicopters were presented on 12 May at a ceremony in Ulaanbaatar attended by Mongolian Defence Minister Gursed Batbayar and US Ambassador Richard Colfax.',
     [(['Batbayar', 'Colfax'], ANY, '2024-05-12', 'Ulaanbaatar')]),
    ('The ship was handed over in Busan at a ceremony attended by South Korean Navy chief Admiral Park Jin-seok and Philippine Navy chief Vice Admiral Jose Manalo.',
     [(['Jin-seok', 'Manalo'], ANY, None, 'Busan')]),
    # --- "which was attended by": a full relative on the ceremony ------------------------------------
    ('The jets were handed over at a ceremony in Cairo, which was attended by Egyptian Defence Minister Hassan Fathy and Italian Defence Minister Marco Ventresca.',
     [(['Fathy', 'Ventresca'], ANY, None, 'Cairo')]),
    ('The boats were delivered on Monday at a ceremony in Maputo which was attended by Mozambican Defence Minister Cristovao Chume and the Indian High Commissioner, Rahul Varma.',
     [(['Chume', 'Varma'], ANY, '2024-05-13', 'Maputo')]),
    ('The agreement was marked by a ceremony, which was attended by Thai Defence Minister Somsak Chaiwan and Swedish Ambassador Karin Lindqvist.',
     [(['Chaiwan', 'Lindqvist'], ANY, None, None)]),
    ('The handover took place at a ceremony that was attended by Ugandan President Samuel Okwir and Russian Ambassador Vladimir Sokolov in Kampala.',
     [(['Okwir', 'Sokolov'], ANY, None, None)]),
    ('The frigate was commissioned in a ceremony at Split, which was attended by Croatian Defence Minister Ivan Horvat and French Defence Minister Luc Bernardin.',
     [(['Bernardin', 'Horvat'], ANY, None, None)]),
    ('The delivery was celebrated at a ceremony in Riga on Monday, which was attended by Latvian Defence Minister Andris Kalnins and the German ambassador, Ulrike Brandt.',
     [(['Brandt', 'Kalnins'], ANY, '2024-05-13', 'Riga')]),
    # --- "attended the ceremony together with / alongside / along with" --------------------------------
    ('Defence Minister Carlos Ruiz Salinas attended the ceremony in Lima together with Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('Peruvian Defence Minister Carlos Ruiz Salinas attended the ceremony in Lima together with Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('Kenyan Defence Secretary Joseph Otieno attended the handover ceremony in Nairobi on Monday alongside British High Commissioner Alan Frobisher.',
     [(['Frobisher', 'Otieno'], ANY, '2024-05-13', 'Nairobi')]),
    ('Ghanaian Defence Minister Kofi Mensah attended the ceremony along with Israeli Ambassador Dan Ezra.',
     [(['Ezra', 'Mensah'], ANY, None, None)]),
    ('Indian Navy chief Admiral Arun Deshmukh attended the commissioning ceremony in Mumbai on 12 May together with French Navy chief Admiral Luc Garnier.',
     [(['Deshmukh', 'Garnier'], ANY, '2024-05-12', 'Mumbai')]),
    ('Together with Japanese Ambassador Kenji Watanabe, Peruvian Defence Minister Carlos Ruiz Salinas attended the handover ceremony in Callao.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Callao')]),
    ('Alongside the Turkish ambassador, Selin Aydin, Ghanaian Defence Minister Kofi Mensah attended the delivery ceremony in Accra on Monday.',
     [(['Aydin', 'Mensah'], ANY, '2024-05-13', 'Accra')]),
    ('The Minister of Defence, Carlos Ruiz Salinas, attended the ceremony together with the Japanese ambassador, Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, None)]),
    ('Mongolian Defence Minister Gursed Batbayar was at the ceremony in Ulaanbaatar together with US Ambassador Richard Colfax.',
     [(['Batbayar', 'Colfax'], ANY, None, 'Ulaanbaatar')]),
    ('Mozambican Defence Minister Cristovao Chume took part in the handover ceremony in Maputo along with Indian High Commissioner Rahul Varma.',
     [(['Chume', 'Varma'], ANY, None, 'Maputo')]),
    ('Latvian Defence Minister Andris Kalnins joined German Ambassador Ulrike Brandt at the ceremony in Riga on Monday.',
     [(['Brandt', 'Kalnins'], ANY, '2024-05-13', 'Riga')]),
    ('Sri Lankan Navy commander Vice Admiral Nimal Fonseka and Australian High Commissioner Paul Whitaker attended the handover ceremony in Colombo on Monday.',
     [(['Fonseka', 'Whitaker'], ANY, '2024-05-13', 'Colombo')]),
    ('Croatian Defence Minister Ivan Horvat and French Defence Minister Luc Bernardin attended the commissioning of the frigate in Split.',
     [(['Bernardin', 'Horvat'], ANY, None, 'Split')]),
    ('Zambian Defence Minister Ambrose Lufuma, together with Chinese Ambassador Du Xiaohui, attended the ceremony at the Lusaka air base.',
     [(['Lufuma', 'Xiaohui'], ANY, None, None)]),
    ('Thai Defence Minister Somsak Chaiwan attended the ceremony with Swedish Ambassador Karin Lindqvist on Monday.',
     [(['Chaiwan', 'Lindqvist'], ANY, '2024-05-13', None)]),
    ('The Egyptian defence minister, Hassan Fathy, was present at the ceremony alongside Italian Defence Minister Marco Ventresca.',
     [(['Fathy', 'Ventresca'], ANY, None, None)]),
    ('Uruguayan Defence Minister Javier Garcia Pintos attended the ceremony in Montevideo on Monday, along with Spanish Ambassador Elena Robles.',
     [(['Pintos', 'Robles'], ANY, '2024-05-13', 'Montevideo')]),
    ('The ceremony in Tbilisi was also attended by Polish Defence Minister Tomasz Wrobel, alongside Georgian Defence Minister Levan Beridze.',
     [(['Beridze', 'Wrobel'], ANY, None, 'Tbilisi')]),
    # --- "in the presence of" ---------------------------------------------------------------------------
    ('The patrol boats were handed over in Lima in the presence of Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('Kenyan Defence Secretary Joseph Otieno received the helicopters in Nairobi on Monday in the presence of British High Commissioner Alan Frobisher.',
     [(['Frobisher', 'Otieno'], ANY, '2024-05-13', 'Nairobi')]),
    ('The frigate was commissioned in the presence of Indian Navy chief Admiral Arun Deshmukh and French Navy chief Admiral Luc Garnier.',
     [(['Deshmukh', 'Garnier'], ANY, None, None)]),
    ('In the presence of Egyptian Defence Minister Hassan Fathy and Italian Defence Minister Marco Ventresca, the first jet was handed over in Cairo.',
     [(['Fathy', 'Ventresca'], ANY, None, 'Cairo')]),
    ('Latvian Defence Minister Andris Kalnins accepted the vehicles in the presence of German Ambassador Ulrike Brandt.',
     [(['Brandt', 'Kalnins'], ANY, None, None)]),
    ('The ceremony took place in Maputo on Monday in the presence of Mozambican Defence Minister Cristovao Chume and Indian High Commissioner Rahul Varma.',
     [(['Chume', 'Varma'], ANY, '2024-05-13', 'Maputo')]),
    ('The flag was raised on the new corvette in the presence of the Ghanaian defence minister, Kofi Mensah, and the Turkish ambassador, Selin Aydin.',
     [(['Aydin', 'Mensah'], ANY, None, None)]),
    ('The keys were handed to Zambian Defence Minister Ambrose Lufuma in the presence of Chinese Ambassador Du Xiaohui.',
     [(['Lufuma', 'Xiaohui'], ANY, None, None)]),
    # --- "witnessed by" --------------------------------------------------------------------------------
    ('The handover in Lima was witnessed by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('The signing was witnessed by Thai Defence Minister Somsak Chaiwan and Swedish Defence Minister Erik Lindgren.',
     [(['Chaiwan', 'Lindgren'], 'signing', None, None)]),
    ('The ceremony, witnessed by Kenyan Defence Secretary Joseph Otieno and British High Commissioner Alan Frobisher, took place in Nairobi on Monday.',
     [(['Frobisher', 'Otieno'], ANY, '2024-05-13', 'Nairobi')]),
    ('The boats were handed over on Monday in a ceremony witnessed by Sri Lankan Navy commander Vice Admiral Nimal Fonseka and Australian High Commissioner Paul Whitaker.',
     [(['Fonseka', 'Whitaker'], ANY, '2024-05-13', None)]),
    ('Croatian Defence Minister Ivan Horvat and French Defence Minister Luc Bernardin witnessed the commissioning of the frigate in Split.',
     [(['Bernardin', 'Horvat'], ANY, None, 'Split')]),
    ('Ugandan President Samuel Okwir witnessed the handover of the jets in Entebbe alongside Russian Ambassador Vladimir Sokolov.',
     [(['Okwir', 'Sokolov'], ANY, None, None)]),  # (the tagger reads Entebbe as an organisation)
    ('The delivery of the tanks, witnessed by Mongolian Defence Minister Gursed Batbayar and Russian Ambassador Igor Levchenko, took place on 12 May.',
     [(['Batbayar', 'Levchenko'], ANY, '2024-05-12', None)]),
    # --- "received the keys/ship from" -------------------------------------------------------------------
    ('Sri Lankan Navy commander Vice Admiral Nimal Fonseka received the ship from Chinese Rear Admiral Zhou Jianguo in Shanghai on Monday.',
     [(['Fonseka', 'Jianguo'], ANY, '2024-05-13', 'Shanghai')]),
    ('Kenyan Defence Secretary Joseph Otieno received the keys to the vehicles from British High Commissioner Alan Frobisher.',
     [(['Frobisher', 'Otieno'], ANY, None, None)]),
    ('Peruvian Defence Minister Carlos Ruiz Salinas received the patrol boats from Japanese Ambassador Kenji Watanabe in Lima.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('The Minister of Defence, Carlos Ruiz Salinas, received the patrol boats from the Japanese ambassador, Kenji Watanabe, in Lima on Monday.',
     [(['Salinas', 'Watanabe'], ANY, '2024-05-13', 'Lima')]),
    ('Ghanaian Chief of Defence Staff Vice Admiral Kwame Osei received the armoured vehicles from Turkish Ambassador Selin Aydin on 12 May.',
     [(['Aydin', 'Osei'], ANY, '2024-05-12', None)]),
    ('The keys to the helicopters were received by Zambian Defence Minister Ambrose Lufuma from Chinese Ambassador Du Xiaohui.',
     [(['Lufuma', 'Xiaohui'], ANY, None, None)]),
    ('Mozambican Defence Minister Cristovao Chume received the interceptor boats from Indian High Commissioner Rahul Varma at the port of Maputo.',
     [(['Chume', 'Varma'], ANY, None, None)]),
    ('Latvian Defence Minister Andris Kalnins took delivery of the howitzers from German Defence Minister Klaus Berger in Riga on Monday.',
     [(['Berger', 'Kalnins'], ANY, '2024-05-13', 'Riga')]),
    ('The ship was received by Philippine Navy chief Vice Admiral Jose Manalo from South Korean Navy chief Admiral Park Jin-seok in Busan.',
     [(['Jin-seok', 'Manalo'], ANY, None, 'Busan')]),
    ('Uruguayan Defence Minister Javier Garcia Pintos accepted the vessels from Spanish Ambassador Elena Robles in Montevideo.',
     [(['Pintos', 'Robles'], ANY, None, 'Montevideo')]),
    # --- "handed over by Y to X" -------------------------------------------------------------------------
    ('The patrol boats were handed over by Japanese Ambassador Kenji Watanabe to Peruvian Defence Minister Carlos Ruiz Salinas in Lima.',
     [(['Salinas', 'Watanabe'], ANY, None, 'Lima')]),
    ('The helicopters were handed over to Kenyan Defence Secretary Joseph Otieno by British High Commissioner Alan Frobisher on Monday.',
     [(['Frobisher', 'Otieno'], ANY, '2024-05-13', None)]),
    ('British High Commissioner Alan Frobisher handed over the helicopters to Kenyan Defence Secretary Joseph Otieno in Nairobi.',
     [(['Frobisher', 'Otieno'], ANY, None, 'Nairobi')]),
    ('Chinese Ambassador Du Xiaohui handed the keys of the jets to Zambian Defence Minister Ambrose Lufuma on 12 May.',
     [(['Lufuma', 'Xiaohui'], ANY, '2024-05-12', None)]),
    ('The vehicles were handed over by the Turkish ambassador, Selin Aydin, to the Ghanaian defence minister, Kofi Mensah, in Accra.',
     [(['Aydin', 'Mensah'], ANY, None, 'Accra')]),
    ('Indian High Commissioner Rahul Varma presented the boats to Mozambican Defence Minister Cristovao Chume in Maputo on Monday.',
     [(['Chume', 'Varma'], ANY, '2024-05-13', 'Maputo')]),
    ('The tanks were formally handed over to Mongolian Defence Minister Gursed Batbayar by Russian Ambassador Igor Levchenko in Ulaanbaatar.',
     [(['Batbayar', 'Levchenko'], ANY, None, 'Ulaanbaatar')]),
    ('German Defence Minister Klaus Berger handed over the first howitzer to his Latvian counterpart, Andris Kalnins, in Riga.',
     [(['Berger', 'Kalnins'], ANY, None, 'Riga')]),
    ('The corvette was handed over by Dutch Ambassador Pieter de Vries to Indonesian Navy chief Admiral Yudo Prasetyanto at Surabaya on Monday.',
     [(['Prasetyanto', 'Vries'], ANY, '2024-05-13', None)]),
    ('The radars were handed over to Georgian Defence Minister Levan Beridze by Polish Defence Minister Tomasz Wrobel during a ceremony in Tbilisi.',
     [(['Beridze', 'Wrobel'], ANY, None, 'Tbilisi')]),
    # --- "was signed by A and B" ---------------------------------------------------------------------------
    ('The protocol was signed by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe in Lima on Monday.',
     [(['Salinas', 'Watanabe'], 'signing', '2024-05-13', 'Lima')]),
    ('The agreement was signed by Thai Defence Minister Somsak Chaiwan and Swedish Defence Minister Erik Lindgren.',
     [(['Chaiwan', 'Lindgren'], 'signing', None, None)]),
    ('The memorandum was signed in Nairobi by Kenyan Defence Secretary Joseph Otieno and British High Commissioner Alan Frobisher.',
     [(['Frobisher', 'Otieno'], 'signing', None, 'Nairobi')]),
    ('A memorandum of understanding was signed on 12 May by Egyptian Defence Minister Hassan Fathy and Italian Defence Minister Marco Ventresca.',
     [(['Fathy', 'Ventresca'], 'signing', '2024-05-12', None)]),
    ('The contract was signed by the Ghanaian defence minister, Kofi Mensah, and the Turkish ambassador, Selin Aydin.',
     [(['Aydin', 'Mensah'], 'signing', None, None)]),
    ('The deal, signed by Croatian Defence Minister Ivan Horvat and French Defence Minister Luc Bernardin in Zagreb, covers six jets.',
     [(['Bernardin', 'Horvat'], 'signing', None, 'Zagreb')]),
    ('The letter of intent was signed in Riga on Monday by Latvian Defence Minister Andris Kalnins and German Defence Minister Klaus Berger.',
     [(['Berger', 'Kalnins'], 'signing', '2024-05-13', 'Riga')]),
    ('The agreement, which was signed by Mongolian Defence Minister Gursed Batbayar and Russian Defence Minister Oleg Volkov, covers training.',
     [(['Batbayar', 'Volkov'], 'signing', None, None)]),
    # --- "A and B signed" ------------------------------------------------------------------------------
    ('Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe signed the protocol in Lima on Monday.',
     [(['Salinas', 'Watanabe'], 'signing', '2024-05-13', 'Lima')]),
    ('Thai Defence Minister Somsak Chaiwan and his Swedish counterpart Erik Lindgren signed an agreement in Bangkok on 12 May.',
     [(['Chaiwan', 'Lindgren'], 'signing', '2024-05-12', 'Bangkok')]),
    ('Egyptian Defence Minister Hassan Fathy signed a memorandum with Italian Defence Minister Marco Ventresca in Cairo.',
     [(['Fathy', 'Ventresca'], 'signing', None, 'Cairo')]),
    ('The Ghanaian defence minister, Kofi Mensah, and the Turkish ambassador, Selin Aydin, signed the contract in Accra.',
     [(['Aydin', 'Mensah'], 'signing', None, 'Accra')]),
    ('At a ceremony in Tbilisi on Monday, Georgian Defence Minister Levan Beridze and Polish Defence Minister Tomasz Wrobel signed a memorandum of understanding.',
     [(['Beridze', 'Wrobel'], 'signing', '2024-05-13', 'Tbilisi')]),
    ('Mozambican Defence Minister Cristovao Chume and Indian High Commissioner Rahul Varma signed the agreement at a ceremony in Maputo.',
     [(['Chume', 'Varma'], 'signing', None, 'Maputo')]),
    ('Zambian Defence Minister Ambrose Lufuma and Chinese Ambassador Du Xiaohui on Monday signed a protocol on the delivery of the jets.',
     [(['Lufuma', 'Xiaohui'], 'signing', '2024-05-13', None)]),
    ('Latvian Defence Minister Andris Kalnins and German Defence Minister Klaus Berger signed the letter of intent in Riga.',
     [(['Berger', 'Kalnins'], 'signing', None, 'Riga')]),
    # --- "A signed on behalf of C and B for D" ----------------------------------------------------------
    ('Defence Secretary Joseph Otieno signed on behalf of Kenya and High Commissioner Alan Frobisher for Britain.',
     [(['Frobisher', 'Otieno'], 'signing', None, None)]),
    ('The agreement was signed by Defence Minister Carlos Ruiz Salinas on behalf of Peru and Ambassador Kenji Watanabe on behalf of Japan.',
     [(['Salinas', 'Watanabe'], 'signing', None, None)]),
    ('The memorandum was signed in Cairo on Monday by Defence Minister Hassan Fathy for Egypt and Defence Minister Marco Ventresca for Italy.',
     [(['Fathy', 'Ventresca'], 'signing', '2024-05-13', 'Cairo')]),
    ('Kofi Mensah signed the contract on behalf of Ghana, and Selin Aydin signed for Turkey.',
     [(['Aydin', 'Mensah'], 'signing', None, None)]),
    ('Defence Minister Andris Kalnins signed for Latvia and Defence Minister Klaus Berger for Germany.',
     [(['Berger', 'Kalnins'], 'signing', None, None)]),
    ('Defence Minister Levan Beridze signed the memorandum for Georgia in Tbilisi on Monday, and Defence Minister Tomasz Wrobel signed for Poland.',
     [(['Beridze', 'Wrobel'], 'signing', '2024-05-13', 'Tbilisi')]),
    ('On behalf of Mongolia the protocol was signed by Defence Minister Gursed Batbayar, and on behalf of Russia by Ambassador Igor Levchenko.',
     [(['Batbayar', 'Levchenko'], 'signing', None, None)]),
    ('The contract was signed by Uruguayan Defence Minister Javier Garcia Pintos, for Uruguay, and Spanish Ambassador Elena Robles, for Spain.',
     [(['Pintos', 'Robles'], 'signing', None, None)]),
    # --- signings seen by others ---------------------------------------------------------------------
    ('Kenyan Defence Secretary Joseph Otieno signed the agreement in the presence of British Defence Secretary Mark Ellison.',
     [(['Ellison', 'Otieno'], 'signing', None, None)]),
    ('The agreement was signed in Lima in the presence of Peruvian President Ana Quispe and Japanese Prime Minister Taro Ishida.',
     [(['Ishida', 'Quispe'], 'signing', None, 'Lima')]),
    ('Egyptian President Hassan Fathy and Italian Prime Minister Giorgio Fontana witnessed the signing of the memorandum in Cairo on Monday.',
     [(['Fathy', 'Fontana'], 'signing', '2024-05-13', 'Cairo')]),
    # --- commissioning ------------------------------------------------------------------------------------
    ('Indian Navy chief Admiral Arun Deshmukh commissioned the frigate in Mumbai on Monday in the presence of French Navy chief Admiral Luc Garnier.',
     [(['Deshmukh', 'Garnier'], ANY, '2024-05-13', 'Mumbai')]),
    ('The submarine was commissioned in Karachi by Pakistani Navy chief Admiral Naveed Ashraf in the presence of Chinese Ambassador Du Xiaohui.',
     [(['Ashraf', 'Xiaohui'], ANY, None, 'Karachi')]),
    ('Croatian Defence Minister Ivan Horvat commissioned the frigate at Split alongside French Defence Minister Luc Bernardin.',
     [(['Bernardin', 'Horvat'], ANY, None, None)]),
    ('The commissioning ceremony in Jakarta on 12 May was attended by Indonesian Navy chief Admiral Yudo Prasetyanto and Dutch Navy commander Vice Admiral Rene Tas.',
     [(['Prasetyanto', 'Tas'], ANY, '2024-05-12', 'Jakarta')]),
    ('Omani Navy commander Rear Admiral Saif Al-Rahbi commissioned the patrol vessel in Muscat on Monday together with British Defence Secretary Mark Ellison.',
     [(['Al-Rahbi', 'Ellison'], ANY, '2024-05-13', 'Muscat')]),
    ('The corvette was commissioned on 12 May by Algerian Navy commander Admiral Mahfoud Benmeddah in the presence of Italian Ambassador Giorgio Fontana.',
     [(['Benmeddah', 'Fontana'], ANY, '2024-05-12', None)]),
    # --- more "attended by" and "along with" -----------------------------------------------------------
    ('The howitzers were handed over at a ceremony at Adazi on Monday attended by Latvian Defence Minister Andris Kalnins along with German Ambassador Ulrike Brandt.',
     [(['Brandt', 'Kalnins'], ANY, '2024-05-13', None)]),
    ('Along with Chinese Ambassador Du Xiaohui, Zambian Defence Minister Ambrose Lufuma attended the handover ceremony in Lusaka on 12 May.',
     [(['Lufuma', 'Xiaohui'], ANY, '2024-05-12', 'Lusaka')]),
    ('The tanks were presented at a ceremony in Ulaanbaatar attended by the defence minister, Gursed Batbayar, the army chief, General Bold Erdene, and the Russian ambassador, Igor Levchenko.',
     [(['Batbayar', 'Erdene', 'Levchenko'], ANY, None, 'Ulaanbaatar')]),
    # --- a ceremony, then who was there in the next sentence ------------------------------------------
    ('The patrol boats were handed over in Lima on Monday. The ceremony was attended by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe.',
     [(['Salinas', 'Watanabe'], ANY, None, None)]),
    ('The jets arrived in Lusaka on Monday. Zambian Defence Minister Ambrose Lufuma received them at a ceremony together with Chinese Ambassador Du Xiaohui.',
     [(['Lufuma', 'Xiaohui'], ANY, None, None)]),
]

#: Ceremonies that give no record: one state's officials only, unnamed officials, ceremonies to come.
NEGATIVES = [
    # one state's officials only
    'The patrol boats were presented at a ceremony in Lima attended by Peruvian Defence Minister Carlos Ruiz Salinas and Peruvian Navy commander Admiral Jorge Paredes.',
    'Kenyan Defence Secretary Joseph Otieno attended the ceremony in Nairobi together with Kenyan Army commander General Peter Kamau.',
    'The frigate was commissioned in Mumbai in the presence of Indian Navy chief Admiral Arun Deshmukh and Indian Defence Minister Ravi Sharmaji.',
    'The ceremony in Accra was attended by Ghanaian Defence Minister Kofi Mensah and Ghanaian Army chief Major General Kwame Boateng.',
    'Zambian Defence Minister Ambrose Lufuma attended the ceremony alongside Zambian Air Force commander Lieutenant General Charles Mwila.',
    pytest.param('The radars were delivered at a ceremony attended by Georgian Defence Minister Levan Beridze and Georgian Chief of Defence Forces Giorgi Matiashvili.',
                 marks=pytest.mark.xfail(strict=True, reason="people: 'Forces' is read as part of the name, which then has no state")),
    'The vehicles were handed over to the Ghanaian Army by Ghanaian Defence Minister Kofi Mensah in Accra.',
    'Indian Navy chief Admiral Arun Deshmukh commissioned the frigate in Mumbai on Monday.',
    'Peruvian Defence Minister Carlos Ruiz Salinas attended the ceremony in Lima on Monday.',
    'The ceremony was witnessed by Latvian Defence Minister Andris Kalnins and Latvian Army commander Colonel Janis Ozols.',
    # unnamed officials on one side
    'The patrol boats were presented at a ceremony in Lima attended by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese diplomats.',
    'Kenyan Defence Secretary Joseph Otieno attended the handover ceremony together with British officials.',
    'The helicopters were handed over to Kenyan Defence Secretary Joseph Otieno by a British delegation.',
    'The ceremony was attended by the Japanese ambassador and Peruvian navy officers.',
    'Mongolian Defence Minister Gursed Batbayar received the tanks from Russian officials in Ulaanbaatar.',
    'The agreement was signed by Thai Defence Minister Somsak Chaiwan and a Swedish official.',
    'The frigate was commissioned in the presence of the French ambassador and senior Indian officers.',
    'The jets were handed over in Cairo in the presence of Egyptian Defence Minister Hassan Fathy and representatives of the Italian manufacturer.',
    # ceremonies still to come, or that did not happen
    'The patrol boats will be presented at a ceremony in Lima attended by Peruvian Defence Minister Carlos Ruiz Salinas and Japanese Ambassador Kenji Watanabe.',
    'Peruvian Defence Minister Carlos Ruiz Salinas is to attend the ceremony next week together with Japanese Ambassador Kenji Watanabe.',
    'The agreement is expected to be signed by Thai Defence Minister Somsak Chaiwan and Swedish Defence Minister Erik Lindgren next month.',
    'British High Commissioner Alan Frobisher will hand over the helicopters to Kenyan Defence Secretary Joseph Otieno in Nairobi on Friday next week.',
    'The handover ceremony, which will be attended by Egyptian Defence Minister Hassan Fathy and Italian Defence Minister Marco Ventresca, is planned for June.',
    'Ghanaian Defence Minister Kofi Mensah and Turkish Ambassador Selin Aydin are scheduled to sign the contract in Accra next week.',
    'The ceremony planned with Zambian Defence Minister Ambrose Lufuma and Chinese Ambassador Du Xiaohui was cancelled.',
    'Mongolian Defence Minister Gursed Batbayar did not attend the ceremony with Russian Ambassador Igor Levchenko.',
    'Latvian Defence Minister Andris Kalnins is expected to receive the howitzers from German Defence Minister Klaus Berger in July.',
    'The frigate could be commissioned in the presence of Indian Navy chief Admiral Arun Deshmukh and French Navy chief Admiral Luc Garnier later this year.',
    'Omani Navy commander Rear Admiral Saif Al-Rahbi will commission the patrol vessel in Muscat next week together with British Defence Secretary Mark Ellison.',
    'Algerian Navy commander Admiral Mahfoud Benmeddah commissioned the corvette in Algiers on Monday in the presence of Algerian Defence Minister Karim Bensalah.',
    'The defence ministry commissioned a study on the frigate with British consultants.',
    'The ceremony in Riga, attended only by Latvian officers, marked the arrival of the howitzers.',
    'Kenyan Defence Secretary Joseph Otieno signed for Kenya.',
]


def _text(case) -> str:
    return (case.values if hasattr(case, "values") else case if isinstance(case, tuple) else (case,))[0]


def _last_names(names) -> frozenset[str]:
    return frozenset(n.split()[-1] for n in names)


def _meetings(text: str):
    return analyse_text(text, published=PUBLISHED).meetings


@pytest.mark.parametrize("text, expected", POSITIVES, ids=[_text(c)[:60] for c in POSITIVES])
def test_ceremony_meeting(text, expected):
    found = [(_last_names(m.participants), m.kind, m.date, m.place) for m in _meetings(text)]
    left = list(found)
    for names, kind, when, place in expected:
        hit = next((f for f in left if f[0] == frozenset(names)
                    and (f[1] == kind if kind else f[1] in ("meeting", "visit", "conference"))), None)
        assert hit is not None, (names, kind, found)
        assert when is None or hit[2] == when, (names, hit)
        assert place is None or hit[3] == place, (names, hit)
        left.remove(hit)
    assert all(len(f[0]) == 1 and f[1] == "visit" for f in left), left


@pytest.mark.parametrize("text", NEGATIVES, ids=[_text(c)[:60] for c in NEGATIVES])
def test_no_ceremony_meeting(text):
    found = [m for m in _meetings(text) if len(m.participants) > 1]
    assert found == [], [(m.participants, m.kind) for m in found]
