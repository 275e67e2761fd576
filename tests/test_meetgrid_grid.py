"""A grid of the ways news reports meetings, visits, calls and talks: verb and noun phrasings, active and
passive, relative and participle clauses, titles before and after names, datelines, "on the sidelines
of", reported speech, headlines, lists of participants, pronoun back-reference; and sentences that must
give no meeting (plans, denials, hypotheticals, domestic items, the same words in other senses).
Every sentence is invented for this test (invented people, real countries)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.meetings import extract_meetings

PUBLISHED = date(2024, 5, 15)  # a Wednesday

#: (text, [(participants' last names, kind, date or None for unchecked, place or None for unchecked)]);
#: kind "?visit": a one-person visit the text may or may not be read as reporting.
POSITIVES = [
    # plain verbs, active
    ('Indonesian Defence Minister Arif Wibowo met Malaysian Defence Minister Hamzah Rahim in Kuala Lumpur on Tuesday.',
     [(['Rahim', 'Wibowo'], 'meeting', '2024-05-14', 'Kuala Lumpur'), (['Wibowo'], '?visit', None, None)]),
    ('Kazakh President Nurlan Abenov held talks with Uzbek President Timur Rashidov in Tashkent on 2 May.',
     [(['Abenov', 'Rashidov'], 'meeting', '2024-05-02', 'Tashkent'), (['Abenov'], '?visit', None, None)]),
    ('Argentine President Martin Quiroga talked with Brazilian President Paulo Siqueira in Brasilia on Friday.',
     [(['Quiroga', 'Siqueira'], 'meeting', '2024-05-10', 'Brasilia'), (['Quiroga'], '?visit', None, None)]),
    ('Japanese Defence Minister Takeshi Morimoto discussed maritime security with his Philippine counterpart Carlos Navarro in Tokyo on Friday.',
     [(['Morimoto', 'Navarro'], 'meeting', '2024-05-10', 'Tokyo'), (['Navarro'], '?visit', None, None)]),
    ('Spanish Defence Minister Elena Robles met her Moroccan counterpart, Youssef Tazi, in Madrid on Thursday.',
     [(['Robles', 'Tazi'], 'meeting', '2024-05-09', 'Madrid'), (['Tazi'], '?visit', None, None)]),
    ('Saudi Crown Prince Khalid Al-Mansour hosted British Prime Minister Oliver Pembury in Riyadh on Wednesday.',
     [(['Al-Mansour', 'Pembury'], 'meeting', '2024-05-15', 'Riyadh'), (['Pembury'], '?visit', None, None)]),
    ('Egyptian President Hassan Fathy welcomed Italian Defence Minister Marco Ventresca to Cairo on Sunday.',
     [(['Fathy', 'Ventresca'], 'meeting', '2024-05-12', 'Cairo'), (['Ventresca'], '?visit', None, None)]),
    ('Serbian Defence Minister Dragan Ilic conferred with Hungarian Defence Minister Zoltan Kertesz in Belgrade on Monday.',
     [(['Ilic', 'Kertesz'], 'meeting', '2024-05-13', 'Belgrade'), (['Kertesz'], '?visit', None, None)]),
    ('Nigerian Defence Minister Bello Danjuma held a meeting with the visiting Chinese Defence Minister Dong Haiping in Abuja on Tuesday.',
     [(['Danjuma', 'Haiping'], 'meeting', '2024-05-14', 'Abuja'), (['Haiping'], '?visit', None, None)]),
    ('Thai Prime Minister Somsak Chaiwan and Malaysian Prime Minister Idris Salleh met in Putrajaya on Monday.',
     [(['Chaiwan', 'Salleh'], 'meeting', '2024-05-13', 'Putrajaya'), (['Chaiwan'], '?visit', None, None)]),
    ('Greek Defence Minister Nikos Pappadakis and his Cypriot counterpart Andreas Loizou held talks in Athens on Monday.',
     [(['Loizou', 'Pappadakis'], 'meeting', '2024-05-13', 'Athens'), (['Loizou'], '?visit', None, None)]),
    # passive
    ('Georgian Defence Minister Levan Beridze was received by Turkish President Mehmet Yalcin in Ankara on Monday.',
     [(['Beridze', 'Yalcin'], 'meeting', '2024-05-13', 'Ankara'), (['Beridze'], '?visit', None, None)]),
    ('On arrival in Colombo, Indian Navy chief Admiral Arun Deshmukh was met by Sri Lankan Navy commander Vice Admiral Nimal Fonseka.',
     [(['Deshmukh', 'Fonseka'], 'meeting', None, 'Colombo'), (['Deshmukh'], '?visit', None, None)]),
    ('Talks were held in Baku on Friday between Azerbaijani Defence Minister Rauf Mammadli and Israeli Defence Minister Avi Cohenov.',
     [(['Cohenov', 'Mammadli'], 'meeting', '2024-05-10', 'Baku'), (['Cohenov'], '?visit', None, None)]),
    # relative and participle clauses
    ('Kenyan Defence Secretary Joseph Otieno, who met Ugandan President Samuel Okwir in Kampala on Friday, said the two countries would share intelligence.',
     [(['Okwir', 'Otieno'], 'meeting', '2024-05-10', 'Kampala'), (['Otieno'], '?visit', None, None)]),
    ('Speaking after meeting Philippine President Ramon Villaruz in Manila, Japanese Defence Minister Takeshi Morimoto said the two navies would train together.',
     [(['Morimoto', 'Villaruz'], 'meeting', None, 'Manila'), (['Morimoto'], '?visit', None, None)]),
    ('Hungarian Foreign Minister Gabor Szalai, who is visiting Beijing, met Chinese Foreign Minister Wang Tiejun on Tuesday.',
     [(['Szalai', 'Tiejun'], 'meeting', '2024-05-14', None), (['Szalai'], 'visit', None, 'Beijing')]),
    ('Pakistani Prime Minister Kamran Durrani travelled to Ankara, where he met Turkish President Mehmet Yalcin on Thursday.',
     [(['Durrani'], 'visit', None, 'Ankara'), (['Durrani', 'Yalcin'], 'meeting', '2024-05-09', 'Ankara')]),
    ('Following talks with Angolan President Mateus Dala in Luanda on Monday, Portuguese Prime Minister Rui Canelas said defence ties would grow.',
     [(['Canelas', 'Dala'], 'meeting', '2024-05-13', 'Luanda'), (['Canelas'], '?visit', None, None)]),
    # titles after names, appositions
    ("Pedro Alzate, Colombia's defence minister, met Brian Colfax, the head of US Southern Command, in Bogota on Thursday.",
     [(['Alzate', 'Colfax'], 'meeting', '2024-05-09', 'Bogota'), (['Colfax'], '?visit', None, None)]),
    ('The visiting Indonesian Navy chief, Admiral Yudo Prasetyanto, called on Indian Defence Minister Ravi Sharmaji in New Delhi on Monday.',
     [(['Prasetyanto', 'Sharmaji'], 'meeting', '2024-05-13', 'New Delhi'), (['Prasetyanto'], '?visit', None, None)]),
    # datelines
    ('NAIROBI, May 15 (Reuters) - Kenyan President Daniel Kiprotich met Ethiopian Prime Minister Abebe Tessema on Monday to discuss border security.',
     [(['Kiprotich', 'Tessema'], 'meeting', '2024-05-13', None), (['Tessema'], '?visit', None, None)]),
    # sidelines
    ('On the sidelines of the NATO summit in Vilnius, Estonian Prime Minister Kadri Tammsaar met Finnish President Mikko Lahtinen.',
     [(['Lahtinen', 'Tammsaar'], 'meeting', None, 'Vilnius')]),
    # reported speech
    ('The Indian defence ministry said Defence Minister Ravi Sharmaji had met French Armed Forces Minister Luc Bernardin in Paris on Wednesday.',
     [(['Bernardin', 'Sharmaji'], 'meeting', '2024-05-15', 'Paris'), (['Sharmaji'], '?visit', None, None)]),
    ('Chilean Defence Minister Rosa Valdivia met Peruvian Defence Minister Jorge Palomino in Lima on Monday, the ministry said in a statement.',
     [(['Palomino', 'Valdivia'], 'meeting', '2024-05-13', 'Lima'), (['Valdivia'], '?visit', None, None)]),
    # headlines
    ('Indian defence minister Ravi Sharmaji meets French counterpart Luc Bernardin in Paris',
     [(['Bernardin', 'Sharmaji'], 'meeting', None, 'Paris'), (['Sharmaji'], '?visit', None, None)]),
    ('Ukrainian President Oleh Bondarenko visits Warsaw',
     [(['Bondarenko'], 'visit', None, 'Warsaw')]),
    # lists of participants
    ('Australian Prime Minister Grant Hollister met Indian Prime Minister Vikram Raodhar, Japanese Prime Minister Kenji Otaka and US President Daniel Brookfield in Tokyo on Saturday.',
     [(['Hollister', 'Raodhar'], 'meeting', '2024-05-11', 'Tokyo'), (['Hollister', 'Otaka'], 'meeting', '2024-05-11', 'Tokyo'),
      (['Brookfield', 'Hollister'], 'meeting', '2024-05-11', 'Tokyo'), (['Hollister'], '?visit', None, None),
      (['Raodhar'], '?visit', None, None), (['Brookfield'], '?visit', None, None)]),
    # pronoun back-reference and "the two"
    ('Chilean Defence Minister Rosa Valdivia arrived in Lima on Monday. She met Peruvian Defence Minister Jorge Palomino on Tuesday.',
     [(['Valdivia'], 'visit', '2024-05-13', 'Lima'), (['Palomino', 'Valdivia'], 'meeting', '2024-05-14', None)]),
    ('Kenyan President Daniel Kiprotich and Tanzanian President Amina Juma met in Arusha on Monday. The two leaders discussed regional security.',
     [(['Juma', 'Kiprotich'], 'meeting', '2024-05-13', 'Arusha'), (['Kiprotich'], '?visit', None, None)]),
    # noun phrasings
    ('The meeting between Thai Army chief General Prasert Boonmak and Cambodian Army chief General Sokha Chanthy took place in Phnom Penh on Thursday.',
     [(['Boonmak', 'Chanthy'], 'meeting', '2024-05-09', 'Phnom Penh'), (['Boonmak'], '?visit', None, None)]),
    ('During talks with Indonesian President Budi Hartanto in Jakarta on Monday, Australian Prime Minister Grant Hollister announced a new patrol boat package.',
     [(['Hartanto', 'Hollister'], 'meeting', '2024-05-13', 'Jakarta'), (['Hollister'], '?visit', None, None)]),
    ("Egyptian President Hassan Fathy's meeting with Greek Prime Minister Nikos Stavridis in Cairo on Sunday focused on gas exploration.",
     [(['Fathy', 'Stavridis'], 'meeting', '2024-05-12', 'Cairo'), (['Stavridis'], '?visit', None, None)]),
    ('The visit by Brazilian Defence Minister Jose Pereira to Luanda last week was the first by a Brazilian minister in a decade.',
     [(['Pereira'], 'visit', None, 'Luanda')]),
    ('Visiting Thai Navy chief Admiral Chai Suwannarat paid a courtesy call on Singapore Defence Minister Ng Wei Ming on Tuesday.',
     [(['Ming', 'Suwannarat'], 'meeting', '2024-05-14', None), (['Suwannarat'], '?visit', None, None)]),
    # visits
    ('Polish President Jan Nowacki visited Kyiv on Tuesday.',
     [(['Nowacki'], 'visit', '2024-05-14', 'Kyiv')]),
    ('Indian Army chief General Manoj Verghese is on a three-day visit to Bangladesh.',
     [(['Verghese'], 'visit', None, None)]),
    ('Chinese Defence Minister Dong Haiping arrived in Islamabad on Sunday on an official visit.',
     [(['Haiping'], 'visit', '2024-05-12', 'Islamabad')]),
    ('Greek Prime Minister Nikos Stavridis paid an official visit to Cairo last week.',
     [(['Stavridis'], 'visit', None, 'Cairo')]),
    ('Israeli Defence Minister Avi Cohenov flew to Washington on Sunday.',
     [(['Cohenov'], 'visit', '2024-05-12', 'Washington')]),
    ('Romanian President Ion Vasilescu wrapped up a three-day visit to Japan on Friday.',
     [(['Vasilescu'], 'visit', None, None)]),
    ('Vietnamese Defence Minister Tran Quoc Vinh was in Moscow on Tuesday for talks with Russian Defence Minister Igor Belyakov.',
     [(['Belyakov', 'Vinh'], 'meeting', '2024-05-14', 'Moscow'), (['Vinh'], '?visit', None, None)]),
    ('Senegalese President Amadou Sow was in Paris on Monday.',
     [(['Sow'], 'visit', '2024-05-13', 'Paris')]),
    # calls
    ('US Secretary of State Mark Fullerton spoke by phone with Saudi Foreign Minister Faisal Al-Rashid on Monday.',
     [(['Al-Rashid', 'Fullerton'], 'call', '2024-05-13', None)]),
    ('In a telephone call on Tuesday, French President Paul Girardot and Indian Prime Minister Vikram Raodhar discussed the Rafale deal.',
     [(['Girardot', 'Raodhar'], 'call', '2024-05-14', None)]),
    ('Turkish President Mehmet Yalcin phoned Russian President Boris Orlovsky on Friday.',
     [(['Orlovsky', 'Yalcin'], 'call', '2024-05-10', None)]),
    ('Japanese Prime Minister Kenji Otaka held a video call with Philippine President Ramon Villaruz on Thursday.',
     [(['Otaka', 'Villaruz'], 'call', '2024-05-09', None)]),
    ('Canadian Prime Minister Luc Tremblay held phone talks with Ukrainian President Oleh Bondarenko on Saturday.',
     [(['Bondarenko', 'Tremblay'], 'call', '2024-05-11', None)]),
    # signings
    ('Vietnamese Defence Minister Tran Quoc Vinh and Indian Defence Minister Ravi Sharmaji signed a memorandum of understanding on defence cooperation in Hanoi on Monday.',
     [(['Sharmaji', 'Vinh'], 'signing', '2024-05-13', 'Hanoi'), (['Sharmaji'], '?visit', None, None)]),
    # dates
    ('Mongolian Defence Minister Bat Erdene met South Korean Defence Minister Kim Dae-ho last month.',
     [(['Dae-ho', 'Erdene'], 'meeting', '2024-04', None)]),
    ('Peruvian President Jorge Palomino met Bolivian President Luis Arce Mamani on 3 April in La Paz.',
     [(['Mamani', 'Palomino'], 'meeting', '2024-04-03', 'La Paz'), (['Palomino'], '?visit', None, None)]),
    ('On Monday, Zambian President Peter Mwale met Angolan President Mateus Dala in Lusaka.',
     [(['Dala', 'Mwale'], 'meeting', '2024-05-13', 'Lusaka'), (['Dala'], '?visit', None, None)]),
    ('In Moscow, Vietnamese Defence Minister Tran Quoc Vinh met Russian Defence Minister Igor Belyakov on Tuesday.',
     [(['Belyakov', 'Vinh'], 'meeting', '2024-05-14', 'Moscow'), (['Vinh'], '?visit', None, None)]),
    # more verb and noun phrasings
    ("Pakistani army chief General Asif Qadri's talks with Chinese Defence Minister Dong Haiping in Beijing on Monday covered drone production.",
     [(['Haiping', 'Qadri'], 'meeting', '2024-05-13', 'Beijing'), (['Qadri'], '?visit', None, None)]),
    ('Malawian President Peter Banda received a phone call from Zambian President Peter Mwale on Sunday.',
     [(['Banda', 'Mwale'], 'call', '2024-05-12', None)]),
    ('Estonian Defence Minister Kadri Tammsaar met with Latvian Defence Minister Janis Ozolins and Lithuanian Defence Minister Rasa Jankute in Riga on Friday.',
     [(['Ozolins', 'Tammsaar'], 'meeting', '2024-05-10', 'Riga'), (['Jankute', 'Tammsaar'], 'meeting', '2024-05-10', 'Riga'),
      (['Tammsaar'], '?visit', None, None), (['Jankute'], '?visit', None, None)]),
    ('Romanian President Ion Vasilescu, who arrived in Tokyo on Sunday, met Japanese Prime Minister Kenji Otaka on Monday.',
     [(['Vasilescu'], 'visit', '2024-05-12', 'Tokyo'), (['Otaka', 'Vasilescu'], 'meeting', '2024-05-13', None)]),
    ('Indian Prime Minister Vikram Raodhar began a two-day visit to Moscow on Monday.',
     [(['Raodhar'], 'visit', '2024-05-13', 'Moscow')]),
    ('Philippine President Ramon Villaruz returned from a visit to Canberra on Sunday.',
     [(['Villaruz'], 'visit', None, 'Canberra')]),
    ('Nigerian Defence Minister Bello Danjuma led a delegation to Ankara last week.',
     [(['Danjuma'], 'visit', None, 'Ankara')]),
    ('At a meeting in Seoul on Monday, South Korean Defence Minister Kim Dae-ho and Polish Defence Minister Jan Nowacki agreed to expand tank production.',
     [(['Dae-ho', 'Nowacki'], 'meeting', '2024-05-13', 'Seoul'), (['Nowacki'], '?visit', None, None)]),
    ('Canadian Prime Minister Luc Tremblay and Ukrainian President Oleh Bondarenko spoke by phone on Monday.',
     [(['Bondarenko', 'Tremblay'], 'call', '2024-05-13', None)]),
    ('Turkish President Mehmet Yalcin called Azerbaijani President Rauf Mammadli on Tuesday to discuss the drone deal.',
     [(['Mammadli', 'Yalcin'], 'call', '2024-05-14', None)]),
    ('Bulgarian Defence Minister Stefan Petkov had a meeting with his Greek counterpart Nikos Pappadakis in Sofia on Tuesday.',
     [(['Pappadakis', 'Petkov'], 'meeting', '2024-05-14', 'Sofia'), (['Pappadakis'], '?visit', None, None)]),
    ('Egyptian President Hassan Fathy hosted a dinner for Italian Defence Minister Marco Ventresca in Cairo on Sunday.',
     [(['Fathy', 'Ventresca'], 'meeting', '2024-05-12', 'Cairo'), (['Ventresca'], '?visit', None, None)]),
    ('On arrival at the airport, Vietnamese Defence Minister Tran Quoc Vinh was greeted by Russian Deputy Defence Minister Igor Belyakov.',
     [(['Belyakov', 'Vinh'], 'meeting', None, None), (['Vinh'], '?visit', None, None)]),
    ('Mongolian Defence Minister Bat Erdene made a three-day trip to Seoul in April.',
     [(['Erdene'], 'visit', '2024-04', 'Seoul')]),
    # headlines
    ('Pakistan army chief Asif Qadri holds talks with Chinese defence minister Dong Haiping',
     [(['Haiping', 'Qadri'], 'meeting', None, None)]),
    # two trips of one person: one to a city, one to another country
    ('Indian Army chief General Manoj Verghese arrived in Dhaka on Tuesday. He came from Nepal after a three-day visit to Bhutan.',
     [(['Verghese'], 'visit', '2024-05-14', 'Dhaka'), (['Verghese'], 'visit', None, None)]),
    # batch 3: relative "whom", "the two ministers", country for its government, hosted in the passive
    ('Chinese Foreign Minister Wang Tiejun, whom Indian Foreign Minister Ravi Sharmaji met in Beijing on Monday, praised the talks.',
     [(['Sharmaji', 'Tiejun'], 'meeting', '2024-05-13', 'Beijing'), (['Sharmaji'], '?visit', None, None)]),
    ('Azerbaijani Defence Minister Rauf Mammadli hosted his Turkish counterpart Emre Kayali on Monday. The two ministers met in Baku to review drone orders.',
     [(['Kayali', 'Mammadli'], 'meeting', '2024-05-13', 'Baku'), (['Kayali'], '?visit', None, None)]),
    ("Russia hosted Myanmar's military chief, Senior General Aung Kyaw Tunn, in Moscow last week.",
     [(['Tunn'], 'visit', None, 'Moscow')]),
    ('Zambian President Peter Mwale was hosted by Angolan President Mateus Dala in Luanda on Thursday.',
     [(['Dala', 'Mwale'], 'meeting', '2024-05-09', 'Luanda'), (['Mwale'], '?visit', None, None)]),
    ('Kenyan President Daniel Kiprotich hosted Somali President Hassan Warsame and Ugandan President Samuel Okwir in Nairobi on Friday.',
     [(['Kiprotich', 'Warsame'], 'meeting', '2024-05-10', 'Nairobi'), (['Kiprotich', 'Okwir'], 'meeting', '2024-05-10', 'Nairobi'),
      (['Warsame'], '?visit', None, None), (['Okwir'], '?visit', None, None)]),
    ('Polish President Jan Nowacki met separately with Lithuanian President Rasa Jankute and Latvian President Janis Ozolins on Tuesday.',
     [(['Jankute', 'Nowacki'], 'meeting', '2024-05-14', None), (['Nowacki', 'Ozolins'], 'meeting', '2024-05-14', None)]),
    ('Visiting Ankara, Pakistani Prime Minister Kamran Durrani met Turkish President Mehmet Yalcin on Thursday.',
     [(['Durrani', 'Yalcin'], 'meeting', '2024-05-09', None), (['Durrani'], '?visit', None, None)]),
    ('During his stay in Hanoi, Japanese Defence Minister Takeshi Morimoto met Vietnamese Prime Minister Pham Van Duc.',
     [(['Duc', 'Morimoto'], 'meeting', None, 'Hanoi'), (['Morimoto'], '?visit', None, None)]),
    ('Israeli Defence Minister Avi Cohenov was in Washington last week, where he held talks with US Defense Secretary Paul Morgante.',
     [(['Cohenov'], 'visit', None, 'Washington'), (['Cohenov', 'Morgante'], 'meeting', None, 'Washington')]),
    ('Spanish Defence Minister Elena Robles concluded her visit to Morocco on Thursday.',
     [(['Robles'], 'visit', None, None)]),
    ('Vietnamese Defence Minister Tran Quoc Vinh paid a visit to Russian President Boris Orlovsky at the Kremlin on Monday.',
     [(['Orlovsky', 'Vinh'], 'meeting', '2024-05-13', None), (['Vinh'], '?visit', None, None)]),
    ('It was the first meeting between Serbian President Milos Jankovic and Kosovar President Arben Krasniqi since 2019.',
     [(['Jankovic', 'Krasniqi'], 'meeting', None, None)]),
    # batch 4: companions, margins, present tenses, participle clauses, headline coordination
    ('Kenyan President Daniel Kiprotich, accompanied by Defence Secretary Joseph Otieno, visited Kampala on Friday.',
     [(['Kiprotich'], 'visit', '2024-05-10', 'Kampala'), (['Otieno'], '?visit', None, None)]),
    ('Brazilian President Paulo Siqueira held a bilateral meeting with Indian Prime Minister Vikram Raodhar on the margins of the G20 summit in Rio de Janeiro.',
     [(['Raodhar', 'Siqueira'], 'meeting', None, 'Rio de Janeiro'), (['Raodhar'], '?visit', None, None)]),
    ('Meeting in Geneva on Monday, Armenian Foreign Minister Aram Sargsyanov and Azerbaijani Foreign Minister Rauf Mammadli agreed to continue talks.',
     [(['Mammadli', 'Sargsyanov'], 'meeting', '2024-05-13', 'Geneva')]),
    ('Polish President Jan Nowacki is visiting Seoul.',
     [(['Nowacki'], 'visit', None, 'Seoul')]),
    ('Malawian President Peter Banda told reporters after meeting Zambian President Peter Mwale in Lusaka that the border would reopen.',
     [(['Banda', 'Mwale'], 'meeting', None, 'Lusaka'), (['Banda'], '?visit', None, None)]),
    ('After a meeting with Thai Prime Minister Somsak Chaiwan, Cambodian Prime Minister Sok Vannary said the dispute was settled.',
     [(['Chaiwan', 'Vannary'], 'meeting', None, None)]),
    ('The two presidents, Zambian President Peter Mwale and Angolan President Mateus Dala, met in Lusaka on Friday.',
     [(['Dala', 'Mwale'], 'meeting', '2024-05-10', 'Lusaka'), (['Dala'], '?visit', None, None)]),
    ('Turkish President Mehmet Yalcin telephoned Azerbaijani President Rauf Mammadli on Tuesday.',
     [(['Mammadli', 'Yalcin'], 'call', '2024-05-14', None)]),
    ('Canadian Prime Minister Luc Tremblay and Ukrainian President Oleh Bondarenko held a telephone conversation on Monday.',
     [(['Bondarenko', 'Tremblay'], 'call', '2024-05-13', None)]),
    ('Egyptian President Hassan Fathy receives Italian Defence Minister Marco Ventresca in Cairo',
     [(['Fathy', 'Ventresca'], 'meeting', None, 'Cairo'), (['Ventresca'], '?visit', None, None)]),
    # present at an occasion in another country's city: a visit
    ('The contract was signed in Hanoi on Monday in the presence of South Korean Defence Minister Park Min-jae.',
     [(['Min-jae'], 'visit', '2024-05-13', 'Hanoi')]),
    # batch 5: counterparts named elsewhere, audiences, commissions, remote meetings, closed doors
    ('Russian Defence Minister Igor Belyakov praised the navy. Vietnamese Defence Minister Tran Quoc Vinh met his Russian counterpart in Moscow on Tuesday.',
     [(['Belyakov', 'Vinh'], 'meeting', '2024-05-14', 'Moscow'), (['Vinh'], '?visit', None, None)]),
    ('Jordanian King Faisal Hamdan granted an audience to Cypriot Defence Minister Andreas Loizou in Amman on Sunday.',
     [(['Hamdan', 'Loizou'], 'meeting', '2024-05-12', 'Amman'), (['Loizou'], '?visit', None, None)]),
    ('Indian Defence Minister Ravi Sharmaji and Russian Defence Minister Igor Belyakov co-chaired the military cooperation commission in New Delhi on Monday.',
     [(['Belyakov', 'Sharmaji'], 'meeting', '2024-05-13', None), (['Belyakov'], '?visit', None, None)]),
    ('Brazilian Defence Minister Jose Pereira toured the submarine shipyard in Cherbourg on Thursday.',
     [(['Pereira'], 'visit', '2024-05-09', 'Cherbourg')]),
    ('Japanese Prime Minister Kenji Otaka held a closed-door meeting with Philippine President Ramon Villaruz in Manila on Friday.',
     [(['Otaka', 'Villaruz'], 'meeting', '2024-05-10', 'Manila'), (['Otaka'], '?visit', None, None)]),
    ('Canadian Prime Minister Luc Tremblay and Ukrainian President Oleh Bondarenko met via video link on Monday.',
     [(['Bondarenko', 'Tremblay'], 'call', '2024-05-13', None)]),
    ('Indonesian President Budi Hartanto held a videoconference with Australian Prime Minister Grant Hollister on Thursday.',
     [(['Hartanto', 'Hollister'], 'call', '2024-05-09', None)]),
    ('At their meeting in Astana on Monday, Kazakh President Nurlan Abenov and Uzbek President Timur Rashidov signed a border treaty.',
     [(['Abenov', 'Rashidov'], 'signing', '2024-05-13', 'Astana')]),
    ('Saudi Crown Prince Khalid Al-Mansour welcomed British Prime Minister Oliver Pembury at the airport in Riyadh on Wednesday.',
     [(['Al-Mansour', 'Pembury'], 'meeting', '2024-05-15', 'Riyadh'), (['Pembury'], '?visit', None, None)]),
    # batch 6: arrival then plans, quotes after talks, calls told in reported speech, headline comma
    ('Greek Prime Minister Nikos Stavridis arrived in Cairo on Monday for a three-day visit. He is expected to meet Egyptian President Hassan Fathy on Tuesday.',
     [(['Stavridis'], 'visit', '2024-05-13', 'Cairo')]),
    ('"We had a very productive meeting," Cambodian Prime Minister Sok Vannary said after talks with Thai Prime Minister Somsak Chaiwan.',
     [(['Chaiwan', 'Vannary'], 'meeting', None, None)]),
    ('The Kremlin said Russian President Boris Orlovsky and Kazakh President Nurlan Abenov discussed bilateral ties by phone on Friday.',
     [(['Abenov', 'Orlovsky'], 'call', '2024-05-10', None)]),
    ('Turkish President Mehmet Yalcin told Russian President Boris Orlovsky in a phone call on Sunday that the grain corridor must stay open.',
     [(['Orlovsky', 'Yalcin'], 'call', '2024-05-12', None)]),
    ('Greek Prime Minister Nikos Stavridis, who is on a three-day visit to Egypt, met Egyptian President Hassan Fathy on Monday.',
     [(['Fathy', 'Stavridis'], 'meeting', '2024-05-13', None), (['Stavridis'], 'visit', None, None)]),
    ('Serbian President Milos Jankovic, Hungarian Prime Minister Gabor Szalai discuss gas pipeline in Belgrade',
     [(['Jankovic', 'Szalai'], 'meeting', None, None), (['Szalai'], '?visit', None, None)]),
]

#: Sentences that report no meeting that happened.
NEGATIVES = [
    'Indonesian Defence Minister Arif Wibowo is expected to meet Malaysian Defence Minister Hamzah Rahim next week.',
    'Polish President Jan Nowacki will visit Kyiv in June.',
    'Kenyan President Daniel Kiprotich denied that he had met Ugandan President Samuel Okwir.',
    'Greek Prime Minister Nikos Stavridis cancelled a planned visit to Cairo.',
    'If Turkish President Mehmet Yalcin meets Russian President Boris Orlovsky, the two could agree on a new S-400 batch.',
    'Brazilian Defence Minister Jose Pereira plans to travel to Luanda later this year.',
    'Russian President Boris Orlovsky invited Vietnamese Defence Minister Tran Quoc Vinh to visit Moscow.',
    'Serbian Defence Minister Dragan Ilic turned down an invitation to meet Kosovar President Arben Krasniqi.',
    'No meeting between Thai Prime Minister Somsak Chaiwan and Cambodian Prime Minister Hun Sokhom has been scheduled.',
    'Kazakh President Nurlan Abenov and Uzbek President Timur Rashidov are due to hold talks in Tashkent on Friday.',
    'Egyptian President Hassan Fathy called for talks with Ethiopian Prime Minister Abebe Tessema.',
    'Greek Defence Minister Nikos Pappadakis called the deal a mistake.',
    'The new destroyer will meet NATO standards.',
    'The radar system meets all the requirements of the army.',
    'The missile can travel 500 km at twice the speed of sound.',
    'Japanese Prime Minister Kenji Otaka would welcome a visit by Philippine President Ramon Villaruz.',
    'Serbian Defence Minister Dragan Ilic refused to meet Albanian Defence Minister Arben Hoxha.',
    'Israeli Defence Minister Avi Cohenov hopes to meet US Defense Secretary Paul Morgante at the summit later this year.',
    'Romanian President Ion Vasilescu has never visited Japan.',
    'A meeting between Kenyan President Daniel Kiprotich and Somali President Hassan Warsame was called off at the last minute.',
    'The frigate arrived in the port of Piraeus on Monday.',
    'Chinese Foreign Minister Wang Tiejun warned that any visit by US Speaker Mark Fullerton to Taiwan would be a provocation.',
    'The talks on the contract are continuing between the ministry and the manufacturer.',
    'Indian Defence Minister Ravi Sharmaji discussed the budget with lawmakers in parliament on Tuesday.',
    'Philippine President Ramon Villaruz postponed his trip to Tokyo because of a typhoon.',
    'Chilean Defence Minister Rosa Valdivia said she would travel to Lima next month to meet her Peruvian counterpart.',
    'The minister is scheduled to visit the shipyard in March.',
    'Indonesian Defence Minister Arif Wibowo will meet Malaysian Defence Minister Hamzah Rahim when he travels to Kuala Lumpur next month.',
    'Polish President Jan Nowacki is set to visit Kyiv.',
    'Turkish President Mehmet Yalcin and Russian President Boris Orlovsky could meet at the summit.',
    'Serbian Defence Minister Dragan Ilic said he was ready to meet Kosovar President Arben Krasniqi.',
    'Romanian President Ion Vasilescu has yet to visit Japan.',
    'The shipyard met the deadline for the third frigate.',
    'Kenyan President Daniel Kiprotich called on Somali President Hassan Warsame to release the prisoners.',
    'Egyptian President Hassan Fathy welcomed the decision by Ethiopian Prime Minister Abebe Tessema.',
    'Malawian President Peter Banda received a letter from Zambian President Peter Mwale.',
    'Officials from the two countries met in Vilnius on Monday.',
    'Japanese Prime Minister Kenji Otaka urged Philippine President Ramon Villaruz to visit Tokyo.',
    'The frigate visited the port of Piraeus on Monday.',
    'Vietnam hosted Vietnamese President Le Van Thanh in Hanoi on Monday.',
    'The Vietnamese and Russian defence ministers met in Hanoi on Monday.',
    'Serbian Defence Minister Dragan Ilic was supposed to meet Kosovar President Arben Krasniqi.',
    'Serbian Defence Minister Dragan Ilic sought a meeting with Kosovar President Arben Krasniqi.',
    "Serbian Defence Minister Dragan Ilic's request for a meeting with Kosovar President Arben Krasniqi was rejected.",
    'A planned call between Canadian Prime Minister Luc Tremblay and Ukrainian President Oleh Bondarenko did not take place.',
    'Polish President Jan Nowacki visits Kyiv every year.',
    'Indian Defence Minister Ravi Sharmaji discussed the matter with his cabinet on Tuesday.',
    'The patrol boat was handed over in Manila on Friday in the presence of the Japanese ambassador in Manila, Kenji Otaka.',
    'The contract was signed in Seoul on Monday in the presence of South Korean Defence Minister Park Min-jae.',
    'Kenyan President Daniel Kiprotich was unable to meet Ugandan President Samuel Okwir because of illness.',
    'Greek Prime Minister Nikos Stavridis met with resistance from lawmakers.',
    'Serbian Defence Minister Dragan Ilic declined to say whether he would meet Kosovar President Arben Krasniqi.',
    'Polish President Jan Nowacki could visit Kyiv as early as next month.',
    'Turkish President Mehmet Yalcin and Russian President Boris Orlovsky may hold talks on the sidelines of the summit.',
    'Romanian President Ion Vasilescu pledged to visit Japan soon.',
    'The drills were held near Piraeus on Monday.',
    'Turkish President Mehmet Yalcin called Azerbaijani President Rauf Mammadli a friend.',
    'Serbian Defence Minister Dragan Ilic met his obligations under the treaty.',
    "Greek Prime Minister Nikos Stavridis's visit to Cairo was cancelled.",
    'Kenyan President Daniel Kiprotich did not meet Ugandan President Samuel Okwir during the trip.',
    'Turkish President Mehmet Yalcin and Russian President Boris Orlovsky have not spoken since 2020.',
    'Polish President Jan Nowacki is to visit Kyiv next week.',
    'Romanian President Ion Vasilescu wants to visit Japan.',
    'The summit between Kenyan President Daniel Kiprotich and Somali President Hassan Warsame will take place in Nairobi in July.',
    "Philippine President Ramon Villaruz's visit to Tokyo, originally planned for June, was postponed.",
    'Brazilian Defence Minister Jose Pereira considered visiting Luanda but decided against it.',
]


def _last_names(names) -> frozenset[str]:
    return frozenset(n.split()[-1] for n in names)


@pytest.mark.parametrize("text, expected", POSITIVES, ids=[t[:60] for t, _ in POSITIVES])
def test_meeting_construction(parsed, text, expected):
    found = [(_last_names(m.participants), m.kind, m.date, m.place) for m in extract_meetings(*parsed(text, published=PUBLISHED))]
    left = list(found)
    for names, kind, when, place in expected:
        if kind == "?visit":
            continue
        hit = next((f for f in left if f[0] == frozenset(names) and f[1] == kind), None)
        assert hit is not None, (names, kind, found)
        assert when is None or hit[2] == when, (names, hit)
        assert place is None or hit[3] == place, (names, hit)
        left.remove(hit)
    optional = [frozenset(n) for n, k, _, _ in expected if k == "?visit"]
    assert all(f[0] in optional and f[1] == "visit" for f in left), left


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_no_meeting_construction(parsed, text):
    found = extract_meetings(*parsed(text, published=PUBLISHED))
    assert found == [], [(m.participants, m.kind) for m in found]
