"""Meetings and events reported in many ways: a generality check of both extractors on sentences written for
these tests (invented people, real countries and titles), and sentences that must give no record."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events
from armstrack.extract.meetings import extract_meetings

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _last_names(names) -> frozenset[str]:
    return frozenset(n.split()[-1] for n in names)


#: (sentence, [(participants' last names, kind or None for any kind; "?visit": a one-person visit the
#: text may or may not be read as reporting)])
MEETINGS = [
    ('Polish Defence Minister Tomasz Wrobel held talks with his Lithuanian counterpart Rasa Jankauskaite in Vilnius on Monday.',
     [(['Jankauskaite', 'Wrobel'], 'meeting')]),
    ('Kenyan President Daniel Mwangi hosted Turkish Foreign Minister Kemal Arslan at State House in Nairobi on 3 May.',
     [(['Arslan', 'Mwangi'], 'meeting')]),
    ("Ghana's Chief of Defence Staff, Lieutenant General Kwame Asante, received the visiting French army chief, General Pierre Lambert, at Burma Camp on Wednesday.",
     [(['Asante', 'Lambert'], 'meeting'), (['Lambert'], '?visit')]),
    ('Indonesian Defence Minister Budi Santoso met his Australian counterpart, Michael Carter, on the sidelines of the Shangri-La Dialogue in Singapore.',
     [(['Carter', 'Santoso'], 'meeting')]),
    ("Brazil's foreign minister, Carlos Mendes, travelled to Beijing last week.",
     [(['Mendes'], 'visit')]),
    ('Japanese Prime Minister Hiroshi Tanaka arrived in New Delhi on Sunday for a two-day official visit.',
     [(['Tanaka'], 'visit')]),
    ('Egyptian President Omar Farouk paid a state visit to Seoul in April, where he met President Park Ji-hoon.',
     [(['Farouk'], 'visit'), (['Farouk', 'Ji-hoon'], 'meeting')]),
    ('Algerian army chief Said Benali was received by Russian Defence Minister Ivan Petrov in Moscow.',
     [(['Benali', 'Petrov'], 'meeting')]),
    ('Vietnamese Prime Minister Le Van Thanh spoke by telephone with Japanese Prime Minister Kenji Sato on Thursday.',
     [(['Sato', 'Thanh'], 'call')]),
    ('Argentine President Martin Rojas and Chilean President Ana Fuentes signed a defence cooperation agreement in Santiago on 12 March.',
     [(['Fuentes', 'Rojas'], 'signing')]),
    ('The talks between Greek Defence Minister Nikos Pappas and Cypriot Defence Minister Andreas Georgiou took place in Nicosia on Friday.',
     [(['Georgiou', 'Pappas'], 'meeting')]),
    ('During his visit to Islamabad, Saudi Defence Minister Faisal Al-Harbi called on Pakistani Prime Minister Imran Qureshi.',
     [(['Al-Harbi'], 'visit'), (['Al-Harbi', 'Qureshi'], 'meeting')]),
    ('Nigerian Chief of Army Staff Musa Ibrahim welcomed a delegation led by US Brigadier General John Harris to Abuja on Monday.',
     [(['Harris', 'Ibrahim'], 'meeting')]),
    ('Thai Prime Minister Somchai Wongsawat and Cambodian Prime Minister Sok Vanna met in Bangkok on 5 June.',
     [(['Vanna', 'Wongsawat'], 'meeting')]),
    ('Serbian President Milan Jovic received Chinese ambassador Zhang Wei in Belgrade on Tuesday.',
     [(['Jovic', 'Wei'], 'meeting')]),
    ('The Indian Navy chief, Admiral Arun Mehta, is on a four-day visit to Sri Lanka, during which he met Sri Lankan Navy Commander Vice Admiral Sunil Perera.',
     [(['Mehta'], 'visit'), (['Mehta', 'Perera'], 'meeting')]),
    ('French Armed Forces Minister Claire Dubois visited the Rafale assembly line in Merignac on Thursday.',
     [(['Dubois'], 'visit')]),
    ('In a phone call on Saturday, German Chancellor Klaus Werner and Ukrainian President Oleh Bondar discussed air defence deliveries.',
     [(['Bondar', 'Werner'], 'call')]),
    ('Moroccan Defence Minister Youssef Alami and his Spanish counterpart Elena Ruiz discussed border security at a meeting in Rabat last month.',
     [(['Alami', 'Ruiz'], 'meeting')]),
    ('South Korean President Lee Sang-woo attended the NATO summit in Vilnius in July.',
     [(['Sang-woo'], 'conference')]),
    ('Kazakh Defence Minister Nurlan Seitkali met separately with Russian Defence Minister Ivan Petrov and Chinese Defence Minister Liu Jun on the sidelines of the forum in Astana.',
     [(['Petrov', 'Seitkali'], 'meeting'), (['Jun', 'Seitkali'], 'meeting')]),
    ("Pakistani Army Chief General Tariq Mahmood visited Beijing from 10 to 14 June, holding talks with Zhao Lei, vice chairman of China's Central Military Commission.",
     [(['Mahmood'], 'visit'), (['Lei', 'Mahmood'], 'meeting')]),
    ('Hungarian Foreign Minister Peter Kovacs was in Minsk on Wednesday for talks with his Belarusian counterpart, Sergei Lukin.',
     [(['Kovacs'], 'visit'), (['Kovacs', 'Lukin'], 'meeting')]),
    ('Venezuelan Defence Minister Luis Moreno and Iranian Defence Minister Ali Rezaei signed a memorandum of understanding on military cooperation in Caracas.',
     [(['Moreno', 'Rezaei'], 'signing')]),
    ('Czech President Jan Novak welcomed Slovak President Marek Hudak to Prague Castle on Monday.',
     [(['Hudak', 'Novak'], 'meeting')]),
    ('Ethiopian Prime Minister Abiy Tesfaye made a one-day trip to Asmara on Sunday.',
     [(['Tesfaye'], 'visit')]),
    ('The Italian defence minister, Marco Ricci, had a meeting with Libyan commander Khalid Saleh in Benghazi.',
     [(['Ricci', 'Saleh'], 'meeting')]),
    ('US Secretary of State Robert Miller telephoned Saudi Foreign Minister Faisal Al-Saud on Monday to discuss Yemen.',
     [(['Al-Saud', 'Miller'], 'call')]),
    ('Uzbek President Jamshid Karimov held a video conference with Russian President Ivan Sokolov on Tuesday.',
     [(['Karimov', 'Sokolov'], 'call')]),
    ("Bangladesh's army chief, General Shafiqul Islam, toured a shipyard in Wuhan during his visit to China last week.",
     [(['Islam'], 'visit')]),
    ('On Thursday, Malaysian Defence Minister Ahmad Zaki met with US Indo-Pacific commander Admiral James Porter at the defence ministry in Kuala Lumpur.',
     [(['Porter', 'Zaki'], 'meeting')]),
    ('Tanzanian President Grace Mushi, who is on a three-day state visit to India, held talks with Indian Prime Minister Arjun Nair in New Delhi on Monday.',
     [(['Mushi'], 'visit'), (['Mushi', 'Nair'], 'meeting')]),
    ('Chinese Defence Minister Liu Jun was greeted at the airport by Cambodian Defence Minister Sok Chea when he landed in Phnom Penh on Saturday.',
     [(['Chea', 'Jun'], 'meeting'), (['Jun'], 'visit')]),
    ('A meeting between Azerbaijani President Elnur Aliyev and Georgian Prime Minister Levan Beridze was held in Tbilisi on Friday.',
     [(['Aliyev', 'Beridze'], 'meeting')]),
    ('Turkish Defence Minister Kemal Arslan inspected troops at a Turkish base in Qatar during a visit to Doha.',
     [(['Arslan'], 'visit')]),
    ('Mongolian President Batbold Erdene and Japanese Prime Minister Kenji Sato witnessed the signing of a defence equipment agreement in Tokyo.',
     [(['Erdene', 'Sato'], 'signing')]),
    ('Dutch Defence Minister Sanne de Vries hosted her Norwegian counterpart, Erik Lund, in The Hague on 14 February.',
     [(['Lund', 'Vries'], 'meeting')]),
    ('Last month, Chinese Foreign Minister Wang Tao hosted his Russian counterpart Sergei Orlov in Guilin.',
     [(['Orlov', 'Tao'], 'meeting')]),
    ('Peruvian President Rosa Vargas visited Brasilia, where she was received by Brazilian President Joao Pereira.',
     [(['Vargas'], 'visit'), (['Pereira', 'Vargas'], 'meeting')]),
    ('Kenyan Defence Secretary Peter Otieno met visiting British Armed Forces Minister Andrew Hill in Nairobi on Tuesday.',
     [(['Hill', 'Otieno'], 'meeting'), (['Hill'], '?visit')]),
    ('Polish President Andrzej Nowicki was hosted by Romanian President Ion Popescu at Cotroceni Palace in Bucharest.',
     [(['Nowicki', 'Popescu'], 'meeting')]),
    ('Indian Army chief General Rakesh Sharma is in Dhaka on a three-day visit.',
     [(['Sharma'], 'visit')]),
    ("Jordan's King Abdullah Hashem discussed regional security with French President Louis Martin during talks at the Elysee Palace on Wednesday.",
     [(['Hashem', 'Martin'], 'meeting')]),
    ('Nepalese Army Chief General Prakash Thapa paid a courtesy call on Indian Defence Minister Vijay Rao in New Delhi.',
     [(['Rao', 'Thapa'], 'meeting'), (['Thapa'], '?visit')]),
    ('Philippine Defense Secretary Jose Reyes and Japanese Defense Minister Taro Yamada agreed on Tuesday to expand joint patrols when they met in Manila.',
     [(['Reyes', 'Yamada'], 'meeting')]),
    ('Austrian Chancellor Karl Huber is visiting Kyiv, his first trip to Ukraine since taking office.',
     [(['Huber'], 'visit')]),
    ('Minister Fatima Zahra of Morocco, Minister Kofi Boateng of Ghana and Minister Ines Duarte of Angola met in Accra to discuss maritime security.',
     [(['Boateng', 'Duarte', 'Zahra'], None)]),
    ("Vice Admiral Hiro Nakamura, commander of Japan's Self-Defense Fleet, and US Seventh Fleet commander Vice Admiral Karl Thomas conferred aboard the USS Blue Ridge on Friday.",
     [(['Nakamura', 'Thomas'], 'meeting')]),
    ('Iraqi Prime Minister Ali Karim held a phone conversation with Turkish President Kemal Arslan on Saturday.',
     [(['Arslan', 'Karim'], 'call')]),
    ('Visiting Chinese Defence Minister Liu Jun met Thai Prime Minister Somchai Wongsawat in Bangkok on Tuesday.',
     [(['Jun', 'Wongsawat'], 'meeting'), (['Jun'], '?visit')]),
    ('President Zhou Ming hosted a state banquet for visiting Kenyan President Daniel Mwangi in Beijing.',
     [(['Ming', 'Mwangi'], 'meeting'), (['Mwangi'], '?visit')]),
    ('Lieutenant General Kwame Asante also met with the commander of the French forces in West Africa, General Pierre Lambert.',
     [(['Asante', 'Lambert'], 'meeting')]),
    ('Ahead of the summit, Indian Prime Minister Arjun Nair and Japanese Prime Minister Kenji Sato held a bilateral meeting.',
     [(['Nair', 'Sato'], 'meeting')]),
    ('Earlier, Omani Foreign Minister Badr Hamad held talks in Muscat with US envoy Tom Barker.',
     [(['Barker', 'Hamad'], 'meeting')]),
    ('Air Marshal Rashid Khan, the air force chief, met his Turkish counterpart General Ziya Kaya at Air Headquarters in Islamabad.',
     [(['Kaya', 'Khan'], 'meeting')]),
    ('The Saudi defence minister, Prince Khalid bin Fahd, met Pentagon chief Lloyd Harper in Washington on Wednesday, a day after meeting Secretary of State Robert Miller.',
     [(['Fahd', 'Harper'], 'meeting'), (['Fahd', 'Miller'], 'meeting')]),
    ('Ugandan President Yoweri Kato received a delegation from the Egyptian defence ministry led by General Hany Saber at State House Entebbe.',
     [(['Kato', 'Saber'], 'meeting'), (['Saber'], '?visit')]),
    ('Speaking after talks with Estonian Prime Minister Kaja Tamm in Tallinn on Tuesday, Finnish President Mikko Virtanen said the two countries would share air-defence data.',
     [(['Tamm', 'Virtanen'], 'meeting')]),
    ('Sri Lankan President Ranil Jayasuriya held a bilateral meeting with Chinese Premier Li Qiang on the sidelines of the Boao Forum.',
     [(['Jayasuriya', 'Qiang'], 'meeting')]),
    ('The visit by Indonesian President Joko Pranoto to Moscow in June was his first since 2019.',
     [(['Pranoto'], 'visit')]),
    ('Saudi Crown Prince Faisal bin Khalid welcomed Turkish President Kemal Arslan at Al-Salam Palace in Jeddah, the state news agency said.',
     [(['Arslan', 'Khalid'], 'meeting')]),
    ("The Egyptian defence minister, General Hany Saber, flew to Abu Dhabi on Monday, where he was received by the UAE's president, Sheikh Khalid Al Nahyan.",
     [(['Saber'], 'visit'), (['Nahyan', 'Saber'], 'meeting')]),
    ('Nigerian President Bola Adeyemi met Chinese President Zhou Ming in Beijing on Monday. The two leaders agreed to expand military cooperation.',
     [(['Adeyemi', 'Ming'], 'meeting')]),
    ('Israeli Prime Minister Avi Cohen visited Washington in July. During the trip, he met Defense Secretary Lloyd Harper at the Pentagon.',
     [(['Cohen'], 'visit'), (['Cohen', 'Harper'], 'meeting')]),
    ('South African President Thabo Nkosi arrived in Moscow on Tuesday and was greeted by Russian Deputy Foreign Minister Andrei Volkov.',
     [(['Nkosi'], 'visit'), (['Nkosi', 'Volkov'], 'meeting')]),
    ("General Ali Rezaei, Iran's armed forces chief of staff, met Syrian Defence Minister Ahmad Hassan in Damascus last Wednesday, Iranian media reported.",
     [(['Hassan', 'Rezaei'], 'meeting')]),
    ('British Defence Secretary John Hale and his Italian and Japanese counterparts, Marco Ricci and Taro Yamada, signed the fighter programme treaty in Tokyo on 14 December.',
     [(['Hale', 'Ricci', 'Yamada'], 'signing')]),
    ("Bahrain's King Hamad Al Khalifa received a phone call from Iranian President Hassan Moradi on Saturday.",
     [(['Khalifa', 'Moradi'], 'call')]),
    ('Cuban President Raul Diaz was in Caracas last week for talks with Venezuelan President Luis Moreno.',
     [(['Diaz'], 'visit'), (['Diaz', 'Moreno'], 'meeting')]),
    ('Greek Defence Minister Nikos Pappas welcomed Israeli Defence Minister Avi Cohen to Athens on Monday. The two ministers discussed air defence cooperation.',
     [(['Cohen', 'Pappas'], 'meeting')]),
    ('Indian External Affairs Minister Vikram Sethi met Russian Foreign Minister Sergei Orlov, Deputy Prime Minister Denis Markov and Defence Minister Ivan Petrov during his two-day trip to Moscow.',
     [(['Orlov', 'Sethi'], 'meeting'), (['Markov', 'Sethi'], 'meeting'), (['Petrov', 'Sethi'], 'meeting'), (['Sethi'], 'visit')]),
    ('Chinese Defence Minister Liu Jun, who visited Islamabad last week, met Pakistani Army Chief General Tariq Mahmood.',
     [(['Jun'], 'visit'), (['Jun', 'Mahmood'], 'meeting')]),
    ('The agreement was signed in Rabat by Moroccan Defence Minister Youssef Alami and Israeli Defence Minister Avi Cohen.',
     [(['Alami', 'Cohen'], 'signing')]),
    ('US Army Chief of Staff General Mark Reed met with Indian Army chief General Rakesh Sharma at the Pentagon on 4 April, the Indian embassy said.',
     [(['Reed', 'Sharma'], 'meeting')]),
    ("Azerbaijan's President Elnur Aliyev received Pakistan's Chief of Army Staff, General Tariq Mahmood, in Baku on January 12.",
     [(['Aliyev', 'Mahmood'], 'meeting')]),
    ('Filipino Defence Secretary Jose Reyes and Australian Defence Minister Michael Carter held their first bilateral meeting in Canberra in February.',
     [(['Carter', 'Reyes'], 'meeting')]),
    ('At the invitation of Vietnamese Defence Minister Phan Van Giang, Cambodian Defence Minister Sok Chea paid an official visit to Vietnam from 20 to 22 March.',
     [(['Chea'], 'visit')]),
    ('In Cairo, Sudanese army chief Abdel Osman held talks with Egyptian President Omar Farouk, the presidency said on Sunday.',
     [(['Farouk', 'Osman'], 'meeting')]),
    ("Chilean Defence Minister Ana Fuentes arrived in Lima on Monday. She later met Peruvian President Rosa Vargas at the government palace.",
     [(['Fuentes'], 'visit'), (['Fuentes', 'Vargas'], 'meeting')]),
    ("Egyptian President Omar Farouk received Sudanese army chief Abdel Osman in Cairo on Sunday. The two leaders discussed the situation in Darfur.",
     [(['Farouk', 'Osman'], 'meeting')]),
    ("The Japanese minister, Taro Yamada, was welcomed in Manila by Philippine Defense Secretary Jose Reyes.",
     [(['Reyes', 'Yamada'], 'meeting')]),
    ("Talks between Serbian President Milan Jovic and Hungarian Prime Minister Gabor Toth focused on energy.",
     [(['Jovic', 'Toth'], 'meeting')]),
    ("Kenyan President Daniel Mwangi was in Ankara last month for a meeting with Turkish President Kemal Arslan.",
     [(['Mwangi'], 'visit'), (['Arslan', 'Mwangi'], 'meeting')]),
    ("Ghana's defence minister Kofi Boateng hosted the visiting Nigerian chief of defence staff, General Musa Ibrahim, at the ministry in Accra.",
     [(['Boateng', 'Ibrahim'], 'meeting'), (['Ibrahim'], '?visit')]),
    ("On the same day, Indian Foreign Secretary Anil Kapoor called his Chinese counterpart Zhao Lei to discuss the border.",
     [(['Kapoor', 'Lei'], 'call')]),
    ("Russian President Ivan Sokolov shakes hands with Laotian President Sonexay Siphan during their meeting in Moscow, Russia, May 9, 2024.",
     [(['Siphan', 'Sokolov'], 'meeting')]),
    ("Turkish President Kemal Arslan and Greek Prime Minister Kostas Dimitriou shook hands at the ceremony in Vilnius.",
     [(['Arslan', 'Dimitriou'], None)]),
]

#: sentences that report no meeting that happened (planned, refused, negated, hypothetical, not a meeting)
NO_MEETINGS = [
    'Kenyan President Daniel Mwangi is expected to visit Ankara next month.',
    'Polish Defence Minister Tomasz Wrobel will meet Lithuanian Defence Minister Rasa Jankauskaite on Friday.',
    'Indonesian Defence Minister Budi Santoso cancelled his planned trip to Canberra.',
    'Brazilian President Carlos Mendes has never visited Moscow.',
    'Talks between Greek Prime Minister Kostas Dimitriou and Turkish President Kemal Arslan are scheduled for next week.',
    'Egyptian President Omar Farouk declined an invitation to visit Washington.',
    'If Japanese Prime Minister Kenji Sato travels to Beijing, he would be the first leader to do so in a decade.',
    'Analyst Maria Lopez said a meeting between the two leaders could help ease tensions.',
    'Iranian Foreign Minister Ali Rezaei invited his Iraqi counterpart Hussein Jabbar to visit Tehran.',
    'Russian President Ivan Sokolov said he hoped to meet Turkish President Kemal Arslan soon.',
    'Sources said Pakistani Prime Minister Imran Qureshi might travel to Riyadh in the coming days.',
    'The meeting of NATO defence ministers in Brussels ended without agreement.',
    'Hungarian Foreign Minister Peter Kovacs criticised the visit of the Chinese delegation.',
    'Argentine President Martin Rojas refused to meet the British envoy, Simon Clarke.',
    'The new frigate met all the requirements set by Admiral Tran Quoc Bao.',
    'Thai Prime Minister Somchai Wongsawat called on the army to respect the constitution.',
    'The Kenyan defence minister, Peter Otieno, told reporters in Nairobi that the deal was close.',
    'Nigerian President Bola Adeyemi received a report from the army chief on the security situation.',
    'Ukrainian President Oleh Bondar has visited the front line several times this year.',
    'Colombian Defence Minister Diego Castro is set to travel to Washington next week for talks with Pentagon officials.',
    'Malaysian Defence Minister Ahmad Zaki postponed his visit to Beijing.',
    'Chilean Defence Minister Ana Fuentes was born in Valparaiso in 1970.',
    'Peruvian President Rosa Vargas was elected in Lima in 2021.',
    'Indian Prime Minister Arjun Nair wrote to Bangladeshi Prime Minister Rahima Khatun urging restraint.',
    'General Tariq Mahmood came to power in a coup in 1999.',
    'The Pakistani Navy ship PNS Zulfiqar arrived in Colombo on a goodwill visit.',
    "Ghanaian President Kofi Mensah's meeting with Ivorian President Alassane Kone was postponed until next month.",
    'Defence Minister Luis Moreno said he would welcome a visit by Iranian Defence Minister Ali Rezaei.',
    'Striker Tom Bradley scored twice as Chelsea beat Arsenal in London on Sunday.',
    'Mexican President Laura Ortiz spoke at a news conference in Mexico City on Monday.',
    'Kazakh Defence Minister Nurlan Seitkali and Uzbek Defence Minister Bakhodir Nurmatov plan to meet in Tashkent in June.',
    'The Belgian defence minister, Luc Peeters, is due in Warsaw on Thursday.',
    'A meeting between the two defence ministers is being arranged, Indian officials said.',
    'Greek Prime Minister Kostas Dimitriou did not meet Turkish President Kemal Arslan in Vilnius.',
    'Iranian Foreign Minister Ali Rezaei told reporters he had no plans to meet US envoy Tom Barker.',
    'The Saudi defence minister, Prince Khalid bin Fahd, wants to visit Washington before the end of the year.',
    'Speaking to reporters in Kyiv, Ukrainian President Oleh Bondar said he hoped to host German Chancellor Klaus Werner in the summer.',
    'Russian Foreign Minister Sergei Orlov has met his Chinese counterpart more than 40 times since 2013.',
    'Australian Defence Minister Michael Carter will travel to Jakarta and Manila later this month.',
    'The talks between Azerbaijani President Elnur Aliyev and Armenian Prime Minister Aram Petrosyan were called off at the last minute.',
    'The admiral, Sunil Perera, arrived at the conclusion that the ships were too old.',
    'A spokesman for Turkish President Kemal Arslan said no meeting with Greek Prime Minister Kostas Dimitriou was planned.',
    'Hungarian Foreign Minister Peter Kovacs said he would not travel to Brussels for the meeting.',
    'French President Louis Martin sent a letter to Algerian President Abdel Benali proposing talks.',
    'The last time Chinese Defence Minister Liu Jun met Pakistani Army Chief General Tariq Mahmood was in 2019, analysts noted, and no new talks are planned.',
    'Indian Army chief General Rakesh Sharma is scheduled to visit Dhaka in the second week of June.',
    'Greek Defence Minister Nikos Pappas is expected to meet Israeli Defence Minister Avi Cohen when he travels to Tel Aviv.',
    "Chilean Defence Minister Ana Fuentes said she had not spoken to Peruvian President Rosa Vargas since March.",
    "The two leaders, Milan Jovic and Gabor Toth, could meet in Budapest if their schedules allow.",
    "Egyptian President Omar Farouk has met every Sudanese leader since 2019, officials said.",
    "Protests shook the government of Prime Minister Ali Karim in May.",
]

#: (sentence, the event types it reports)
EVENTS = [
    ('The European Union imposed sanctions on three Belarusian defence companies on Monday.', ['sanction']),
    ('Washington slapped sanctions on two Chinese firms accused of supplying drone engines to Iran.', ['sanction']),
    ('Britain sanctioned 12 Russian military officials over the attacks.', ['sanction']),
    ('The US Treasury added four Turkish companies to its sanctions list last week.', ['sanction']),
    ('Canada froze the assets of five Myanmar generals.', ['sanction']),
    ('The UN Security Council extended the arms embargo on Libya for another 12 months on Friday.', ['embargo']),
    ('Germany halted all arms exports to Turkey in October.', ['embargo']),
    ('The military seized power in Gabon in August 2023.', ['coup']),
    ("Sudan's army staged a coup in October 2021.", ['coup']),
    ('The UN General Assembly adopted a resolution on Thursday demanding the withdrawal of Russian troops, by 141 votes to 5.', ['un_vote']),
    ('China and Russia vetoed a Security Council resolution on Syria.', ['un_vote']),
    ('Security forces killed at least 40 protesters in Khartoum on Sunday.', ['killings']),
    ('Gunmen killed 12 villagers in an attack in Borno state.', ['killings']),
    ('Indian and Chinese troops clashed in the Galwan Valley in June 2020.', ['clash']),
    ('Israeli aircraft struck targets in Syria overnight.', ['clash']),
    ('Azerbaijani forces launched an offensive against Armenian positions in September.', ['clash']),
    ('Houthi rebels fired missiles at a Saudi oil facility.', ['clash']),
    ('Russian troops invaded Ukraine in February 2022.', ['clash']),
    ('The Indian Navy destroyer INS Kolkata docked at the port of Durban on Tuesday.', ['port_access']),
    ('Russian warships made a port call in Havana in June.', ['port_access']),
    ('Djibouti granted Chinese naval vessels access to its port.', ['port_access']),
    ('Oman granted India access to two of its air bases.', ['port_access']),
    ('US and Thai forces held the annual Cobra Gold exercise in February.', ['training']),
    ('China and Pakistan conducted joint naval drills in the Arabian Sea last week.', ['training']),
    ('Russian instructors trained 200 Malian soldiers in Bamako.', ['training']),
    ('India and France held a joint air exercise at Jodhpur.', ['training']),
    # licensed assembly to come is also an industrial project (the gold sets' convention, own10/own23/own24)
    ('The helicopters will be assembled in Kazakhstan under a licence from Airbus.', ['assembly', 'industrial_project']),
    ('Workers at a plant in Karachi assembled the first 10 tanks from Chinese kits.', ['assembly']),
    ('Hanwha and the Polish firm PGZ agreed to build a plant in Poland to produce howitzers.', ['industrial_project']),
    ('Rheinmetall opened an ammunition factory in western Ukraine last month.', ['industrial_project']),
    ('Both governments put their names to a memorandum of understanding on defence industrial cooperation.', ['industrial_project']),
    ('Turkey and Indonesia agreed to jointly develop a medium tank.', ['industrial_project']),
    ("Chinese Foreign Minister Wang Tao said Beijing firmly supports Serbia's sovereignty.", ['statement_of_support']),
    ("Russian President Ivan Sokolov reaffirmed Moscow's support for the government of Mali.", ['statement_of_support']),
    ('The Indian defence minister, Vijay Rao, said India considers Vietnam a key strategic partner.', ['statement_of_support']),
    ('Japan and the Philippines agreed to strengthen defence ties.', ['statement_of_support']),
    ('Iran condemned the US strikes on Houthi targets in Yemen.', ['statement_of_support', 'clash']),
    ('Algerian President Abdel Benali pledged support for the Sahrawi people.', ['statement_of_support']),
    ('The UK imposed an arms embargo on South Sudan in 2018.', ['embargo']),
    ('Ethiopian federal forces clashed with Tigrayan fighters near Mekelle on Wednesday.', ['clash']),
    ('Armed men executed 15 civilians in a village in Ituri province.', ['killings']),
    ('At least 30 people died when an air strike hit a market in Gaza.', ['killings', 'clash']),
    ('Pakistan and Saudi Arabia signed a deal to co-produce armoured vehicles.', ['industrial_project']),
    ('South Korean and US troops began their largest joint military exercise in years on Monday.', ['training']),
    ('The US aircraft carrier USS Nimitz visited the port of Da Nang in March.', ['port_access']),
    ("Myanmar's military has detained Aung Thu and toppled the elected government.", ['coup']),
    ('Rwanda-backed rebels attacked army positions near Goma on Sunday.', ['clash']),
    ('The European Union renewed its arms embargo on Venezuela for another year.', ['embargo']),
    ('Washington imposed visa restrictions and asset freezes on six Nicaraguan officials.', ['sanction']),
    ('French troops trained Malian soldiers at a base near Gao until 2022.', ['training']),
    ("The Russian navy was granted access to Sudan's Port Sudan for its warships.", ['port_access']),
    ('The EU agreed a new package of sanctions against Russia on Friday.', ['sanction']),
    ('The US Treasury designated five Iranian entities involved in drone production.', ['sanction']),
    ('The attack claimed the lives of 20 soldiers near the border.', ['killings']),
    ("Heavy fighting erupted between Sudan's army and the paramilitary Rapid Support Forces in Khartoum on Saturday.", ['clash']),
    ('Ukrainian forces repelled a Russian attack near Bakhmut on Monday.', ['clash']),
    ('Coalition aircraft carried out air strikes on rebel positions near Marib overnight.', ['clash']),
    ("Pakistan's foreign ministry expressed support for China's position on Taiwan.", ['statement_of_support']),
    ('Putin said Russia would continue to support the Syrian government.', ['statement_of_support']),
    ('The resolution was adopted by the Security Council with 13 votes in favour and two abstentions.', ['un_vote']),
    ('Airbus and Tata opened a final assembly line for C295 aircraft in Vadodara in October.', ['industrial_project']),
    ('Indian and American special forces conducted joint training in Himachal Pradesh last month.', ['training']),
    ("Two Chinese warships docked at Cambodia's Ream naval base in December.", ['port_access']),
    ('Rebels shot down a military helicopter over Kidal, killing all four crew.', ['killings', 'clash']),
    ('The United Nations General Assembly voted overwhelmingly on Thursday to condemn the annexation.', ['un_vote']),
    ('The military junta that seized power in Niger in July expelled French troops.', ['coup']),
    ('Canada suspended export permits for military goods to Israel in March.', ['embargo']),
    ('Chinese Defence Minister Liu Jun said China firmly backs Pakistan in safeguarding its sovereignty.', ['statement_of_support']),
    ('Indian Defence Minister Vijay Rao described France as a reliable partner.', ['statement_of_support']),
    ('The Kremlin reiterated its support for the Malian transitional government.', ['statement_of_support']),
    ('Indonesian Defence Minister Budi Santoso said relations between Jakarta and Hanoi were excellent.', ['statement_of_support']),
    ("Turkish President Kemal Arslan condemned the drone attack on Azerbaijan's pipeline.", ['statement_of_support', 'clash']),
    ('Israeli jets bombed Hezbollah positions in southern Lebanon on Thursday.', ['clash']),
    ('The Philippine coast guard said Chinese vessels fired water cannon at its supply boat.', ['clash']),
    ('Malian troops and Russian mercenaries executed about 500 people in Moura in March 2022, the UN said.', ['killings']),
    ('The Security Council voted 13-0 on Tuesday to renew the sanctions on South Sudan.', ['un_vote', 'sanction']),
    ('The United States blacklisted three Iranian drone makers on Thursday.', ['sanction']),
    ('Turkish drones hit Kurdish militant positions in northern Iraq on Sunday.', ['clash']),
    ('Paramilitary fighters shelled residential areas of El Fasher, killing at least 25 civilians.', ['clash', 'killings']),
    ('A Chinese navy task group docked in Karachi for a five-day goodwill visit.', ['port_access']),
    ('Indian and Omani marines wrapped up a two-week joint exercise near Muscat on Friday.', ['training']),
    ('The Kazakh army will assemble Airbus helicopters at a plant near Astana.', ['assembly']),
    ('Vietnam said it stands with Laos in protecting its sovereignty.', ['statement_of_support']),
    ('The Brazilian minister told reporters that Brazil remains committed to strengthening defence cooperation with Sweden.', ['statement_of_support']),
    ('The two navies held a joint exercise off the coast of Oman last month.', ['training']),
    ("Ukraine said Russian forces had launched drone attacks on Odesa's port overnight.", ['clash']),
    ("The United States and its allies imposed new sanctions on North Korea's missile programme.", ['sanction']),
    ('The Indian frigate INS Talwar made a port call at Mombasa on Friday.', ['port_access']),
    ("Russia vetoed a draft resolution on Sudan at the Security Council on Monday.", ['un_vote']),
    ("More than 200 civilians have been killed in fighting between the army and rebels since January.", ['killings', 'clash']),
    ("The soldiers who staged last year's coup have promised elections.", ['coup']),
]

#: sentences that report no event (threats, calls, hypotheticals, capabilities, accidents, opinions, sport)
NO_EVENTS = [
    'Washington threatened to impose sanctions on any country buying the S-400.',
    'The EU could impose an arms embargo if the violence continues.',
    'Lawmakers called for sanctions against the generals.',
    'France has not imposed any sanctions on Rwanda.',
    'Analyst Tom Reed of the Lowy Institute said Russia is backing the junta.',
    'The missile is designed to strike ships at a range of 300 km.',
    'The drone can attack targets at night.',
    'Experts warned that a coup was possible.',
    'The army denied that its soldiers killed any civilians.',
    'The company hopes to build a factory in Egypt one day.',
    "The team's attack was strong in the second half.",
    'Striker Marco Bianchi fired a shot at goal in the final minute.',
    'The rebels may try to seize power again.',
    'The Senate is considering a bill that would sanction Turkish officials.',
    'Kabul warned of possible Pakistani air strikes on its territory.',
    'If the talks fail, the two armies could clash again.',
    'A military helicopter crash killed five crew members in Kenya on Monday.',
    'The strike by dock workers halted shipments.',
    'Human rights groups urged the UN to impose an arms embargo on Myanmar.',
    'Protesters demanded sanctions on the regime.',
    'The minister said the embargo should be lifted.',
    'Opposition parties accused the president of planning a coup.',
    'The sanctions have had little effect on the economy, economists say.',
    'The government is considering whether to join the exercise next year.',
    'The company trained its sales staff in Dubai.',
    'Chelsea defeated Arsenal 2-1 on Sunday.',
    'The ban on smoking in public places came into force in May.',
    'The film tells the story of the 1916 uprising.',
    'Officials said the embargo would not affect food shipments.',
    'The drones were designed to attack tanks and armoured vehicles.',
    "The attack on the minister's reputation was unfair, his lawyer said.",
    'The company launched a new strike fighter design at the show.',
    'Workers launched a strike at the shipyard over pay.',
    "Fighting corruption remains the government's top priority.",
    'The minister said sanctions would be discussed at the next meeting.',
    'Leonardo launched a new attack helicopter at the Farnborough show.',
    'The army launched production of a new assault rifle in June.',
    'The Treasury designated a new official to oversee the budget.',
    'Fighting erupted over the budget in parliament on Tuesday.',
    'The pilots carried out a training flight over the capital.',
    'The regulator suspended the export permits of a fruit company.',
    'Analyst Sarah Kim of the Asan Institute said South Korea sees Poland as a reliable partner.',
    'The minister said the country would never support a military coup.',
    'Relations between the two countries were not excellent in the 1990s.',
    'The company said the partnership would create 500 jobs.',
    'Officials fear the junta could seize power again if the elections are delayed.',
    'The deal is the largest since the end of the war.',
    'The United States has been considering sanctions on the company for months.',
    'The ministry described the exercise scheduled for next year as defensive.',
    'The attack helicopter is designed to hit tanks at long range.',
    "Critics say the government's fear of a coup has shaped its arms purchases.",
    'The drone, which can strike targets 200 km away, is made in Turkey.',
    'Several officers were killed in a road accident near the base.',
    "The Kremlin said it had no plans to impose sanctions on Armenia.",
    "The vote on the resolution was postponed until next week.",
    "A truck accident killed three soldiers near the border on Tuesday.",
]


@pytest.mark.parametrize("text, expected", MEETINGS, ids=[t[:50] for t, _ in MEETINGS])
def test_meeting_reported(parsed, text, expected):
    found = [(_last_names(m.participants), m.kind) for m in extract_meetings(*parsed(text, published=PUBLISHED))]
    left = list(found)
    for names, kind in expected:
        if kind == "?visit":
            continue
        hit = next((f for f in left if f[0] == frozenset(names) and (kind is None or f[1] == kind)), None)
        assert hit is not None, (names, kind, found)
        left.remove(hit)
    optional = [frozenset(n) for n, k in expected if k == "?visit"]
    assert all(f[0] in optional and f[1] == "visit" for f in left), left


@pytest.mark.parametrize("text", NO_MEETINGS, ids=[t[:50] for t in NO_MEETINGS])
def test_no_meeting(parsed, text):
    assert extract_meetings(*parsed(text, published=PUBLISHED)) == []


@pytest.mark.parametrize("text, types", EVENTS, ids=[t[:50] for t, _ in EVENTS])
def test_event_reported(parsed, text, types):
    found = [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]
    assert sorted(found) == sorted(types), found


@pytest.mark.parametrize("text", NO_EVENTS, ids=[t[:50] for t in NO_EVENTS])
def test_no_event(parsed, text):
    assert extract_events(*parsed(text, published=PUBLISHED)) == []


#: Gapped second counterparts, hyphenated cue verbs and coordinated officials the NER misses.
MORE_MEETINGS = [
    ('Defence Minister Karin Holm met Greek President Eleni Pappas on Tuesday and Prime Minister Nikos Stavrou '
     'on Wednesday.',
     [(['Holm', 'Pappas'], 'meeting'), (['Holm', 'Stavrou'], 'meeting')]),
    ('Foreign Minister Amara Diallo and her Ivorian counterpart Koffi Yao co-chaired the joint defence commission '
     'in Abidjan on Monday.',
     [(['Diallo', 'Yao'], 'meeting')]),
    ('General Omar Saleh co-chaired the border committee with Colonel Rana Aziz in Amman.',
     [(['Saleh', 'Aziz'], 'meeting')]),
    ('Interior Minister Paolo Ferri of Italy and Mehmet Aydin of Turkey signed an agreement on border patrols.',
     [(['Ferri', 'Aydin'], 'signing')]),
    # a name after a long title and a comma, which the parser hangs on the verb, is the title's holder
    ('Finnish Defence Minister Aino Lahti met the chief of staff of the Estonian army, Major General Kalev Tamm, '
     'in Tallinn on Friday.',
     [(['Lahti', 'Tamm'], None), (['Lahti'], '?visit')]),
    ('On Monday, Air Marshal Dev Kapoor held talks with the Commander of the Royal Thai Navy, Admiral Preecha '
     'Wongsa, on the sidelines of the expo, the ministry said.',
     [(['Kapoor', 'Wongsa'], 'meeting')]),
]


#: Datelines the parser takes for the subject, and calls that discuss something (one call, no meeting).
MORE_MEETINGS += [
    ('SEOUL — Party leader, Minister of National Defense General Park Jin-ho received Polish Minister of the '
     'Armament Agency Tomasz Nowak in Seoul on Monday.',
     [(['Jin-ho', 'Nowak'], 'meeting')]),
    ('Japanese Defence Minister Kenji Sato and his Australian counterpart Richard Marles spoke by telephone on '
     'Monday, discussing the frigate programme.',
     [(['Marles', 'Sato'], 'call')]),
    ('Italian Foreign Minister Marco Rossi and his Indian counterpart Vijay Rao spoke by phone on Friday, '
     'discussing the trainer jets.',
     [(['Rao', 'Rossi'], 'call')]),
    ('Japanese Defence Minister Kenji Sato and his Australian counterpart Richard Marles met in Tokyo on Monday, '
     'discussing the frigate programme.',
     [(['Marles', 'Sato'], 'meeting')]),
    # a gathering after the city it was held in, and counterparts named after a comma: one record each
    ('Defence Minister General Amadou Traore took part in Niamey in a meeting of the defence ministers of the '
     'alliance, with his Malian and Burkinabe counterparts, General Ibrahim Diallo and General Paul Sawadogo.',
     [(['Diallo', 'Traore'], None), (['Sawadogo', 'Traore'], None)]),
]


@pytest.mark.parametrize("text, expected", MORE_MEETINGS, ids=[t[:50] for t, _ in MORE_MEETINGS])
def test_more_meetings_reported(parsed, text, expected):
    test_meeting_reported(parsed, text, expected)


@pytest.mark.parametrize("text", [
    "ACCRA — The army received 40 new trucks from the United States on Monday.",
    "General Omar Saleh met the press on Tuesday, and Colonel Rana Aziz spoke on Wednesday.",
    "General Omar Saleh co-chaired the border committee in Amman.",
])
def test_no_meeting_in_gapped_or_single_chair_clauses(parsed, text):
    assert extract_meetings(*parsed(text, published=PUBLISHED)) == []


def test_a_gapped_counterpart_keeps_its_own_date(parsed):
    text = ('Defence Minister Karin Holm met Greek President Eleni Pappas on Monday and Prime Minister '
            'Nikos Stavrou on Tuesday.')
    dates = {_last_names(m.participants): m.date for m in extract_meetings(*parsed(text, published=PUBLISHED))}
    assert dates == {frozenset({"Holm", "Pappas"}): "2024-05-13", frozenset({"Holm", "Stavrou"}): "2024-05-14"}


#: Handovers and ceremonies, addressing a gathering, hosts of occasions, captions, and participants the
#: parser scatters over a clause (a second round of sentences written for these tests).
CEREMONY_AND_OTHER_MEETINGS = [
    ('The first two corvettes were received by Peruvian Navy commander Admiral Jorge Salas, together with the '
     'Korean ambassador, Kim Dong-hyun, at the naval base in Callao on Friday.',
     [(['Salas', 'Dong-hyun'], None)]),
    ('The jets were received at the air base by Air Marshal Ibrahim Bello, alongside Turkish Ambassador Mehmet Kaya.',
     [(['Bello', 'Kaya'], None)]),
    ('Air Marshal Tunde Bakare received the aircraft from Italian Deputy Defence Minister Paolo Renzi at a '
     'ceremony in Kaduna.',
     [(['Bakare', 'Renzi'], None)]),
    ('Italian Defence Under-Secretary Marco Bellini handed over the aircraft to Air Marshal Tunde Bakare at a '
     'ceremony in Kaduna.',
     [(['Bellini', 'Bakare'], None)]),
    ('Colombian President Gustavo Rincon received the credentials of the new US ambassador, Laura Hayes, in Bogota.',
     [(['Rincon', 'Hayes'], None)]),
    ('The new US ambassador, Laura Hayes, presented her credentials to Colombian President Gustavo Rincon in Bogota.',
     [(['Hayes', 'Rincon'], None)]),
    ('Nigerian Air Marshal Ibrahim Bello received the jets at Makurdi on Tuesday. Pakistan\'s High Commissioner, '
     'Major General Asif Raza, attended the ceremony.',
     [(['Bello', 'Raza'], None)]),
    ('"Every jet carries our hopes," said Lieutenant-Brigadier Paulo Lins, the air force\'s chief of staff, at '
     'the ceremony, which was also attended by Swedish Ambassador Karin Lind.',
     [(['Lins', 'Lind'], None)]),
    ('The two presidents, Milan Jovic and Viktor Horvath, discussed energy cooperation in Belgrade on Monday.',
     [(['Jovic', 'Horvath'], 'meeting')]),
    ('Czech Defence Minister Petra Novotna addressed the NATO summit in Vilnius on Tuesday.',
     [(['Novotna'], 'conference')]),
    ('Dutch State Secretary Pieter de Groot told the conference that air defence was the priority.',
     [(['Groot'], 'conference')]),
    ('Armenian Prime Minister Aram Petrosyan attended a dinner hosted by French President Louis Martin at the Elysee.',
     [(['Petrosyan', 'Martin'], 'meeting')]),
    ('Bolivian Defence Minister Carlos Quispe returned from a week-long visit to Beijing on Sunday.',
     [(['Quispe'], 'visit')]),
    ('Indian Navy chief Admiral Arun Mehta (left) with Sri Lankan Navy commander Vice Admiral Sunil Perera in '
     'Colombo on Monday.',
     [(['Mehta', 'Perera'], 'meeting')]),
    ('The Chinese delegation, led by General Zhang Youxia, was received by Pakistani Prime Minister Shehbaz Khan.',
     [(['Youxia', 'Khan'], 'meeting')]),
    ('Indonesian Defence Minister Budi Santoso met his counterparts from Malaysia and Singapore, Khaled Nordin '
     'and Ng Eng Hen, in Jakarta.',
     [(['Santoso', 'Nordin'], 'meeting')]),
    ('Indian Prime Minister Arjun Nair dialled Russian President Ivan Sokolov on Tuesday.',
     [(['Nair', 'Sokolov'], 'call')]),
    ('Colombian Defence Minister Andres Castano signed the contract on Friday. Swedish Defence Minister Karl Lund, '
     'who was in Bogota for the signing, called it historic.',
     [(['Castano', 'Lund'], 'signing'), (['Lund'], 'visit')]),
    ('Spanish Prime Minister Pablo Garrido had a telephone conversation with Moroccan King Hassan Alaoui on Tuesday.',
     [(['Garrido', 'Alaoui'], 'call')]),
    ('Zambian President Hakainde Mwale received a delegation of Chinese military officers led by General Wu Qiang '
     'at State House on Tuesday.',
     [(['Mwale', 'Qiang'], 'meeting'), (['Qiang'], '?visit')]),
    ('In his meeting with Rwandan President Paul Habimana, Congolese President Felix Mbuyi raised the issue of '
     'the rebels.',
     [(['Habimana', 'Mbuyi'], 'meeting')]),
    ('Bulgarian Defence Minister Ivo Dimov welcomed Romanian Defence Minister Radu Ionescu to Sofia. The two sides '
     'discussed air policing over the Black Sea.',
     [(['Dimov', 'Ionescu'], 'meeting')]),
    ('Chadian President Idriss Mahamat received Nigerien Prime Minister Ali Moussa and Malian Foreign Minister '
     'Abdoulaye Keita in N\'Djamena on Sunday.',
     [(['Mahamat', 'Moussa'], 'meeting'), (['Mahamat', 'Keita'], 'meeting')]),
    ('Croatian Defence Minister Ivan Anusic hosted a working breakfast for his Slovenian counterpart Borut Sajovic.',
     [(['Anusic', 'Sajovic'], 'meeting')]),
]

#: Near misses of the forms above: no handover in person, no meeting reported as having happened.
NO_CEREMONY_MEETINGS = [
    'Air Marshal Tunde Bakare received a report from Italian Deputy Defence Minister Paolo Renzi on the programme.',
    'Air Marshal Tunde Bakare received support from Italian Deputy Defence Minister Paolo Renzi.',
    'The air force received the first two jets from Italy in March.',
    'Nigerian Air Marshal Ibrahim Bello received the jets at Makurdi on Tuesday.',
    'Air Marshal Tunde Bakare will receive the aircraft from Italian Deputy Defence Minister Paolo Renzi next week.',
    'Air Marshal Tunde Bakare is expected to hand over the keys to the new base commander, Colonel Musa Danjuma.',
    'Colonel Musa Danjuma presented the plan to Air Marshal Tunde Bakare.',
    'Chilean Defence Minister Ana Fuentes presented the budget to Congress in Valparaiso.',
    'Czech Defence Minister Petra Novotna did not address the NATO summit.',
    'Czech Defence Minister Petra Novotna will address the summit on Thursday.',
    'Czech Defence Minister Petra Novotna addressed reporters in Vilnius on Tuesday.',
    'Kenyan government spokesman Isaac Mwaura told a news conference that the deal was signed.',
    'Bolivian Defence Minister Carlos Quispe returned to La Paz with a new deal.',  # home: no trip (from C is one)
    'Polish President Andrzej Nowicki accepted an invitation from Lithuanian President Gitanas Valaitis to visit Vilnius.',
    'Armenian Prime Minister Aram Petrosyan declined to attend a dinner hosted by French President Louis Martin.',
    'The two ministers, Lukas Weber and Anna Berg, will discuss air defence in Bern next month.',
    'Turkish President Kemal Arslan received the credentials of four ambassadors on Monday.',
    'Indian Navy chief Admiral Arun Mehta with his wife in Colombo on Monday.',
]


@pytest.mark.parametrize("text, expected", CEREMONY_AND_OTHER_MEETINGS,
                         ids=[t[:50] for t, _ in CEREMONY_AND_OTHER_MEETINGS])
def test_ceremony_and_other_meetings_reported(parsed, text, expected):
    test_meeting_reported(parsed, text, expected)


@pytest.mark.parametrize("text", NO_CEREMONY_MEETINGS, ids=[t[:50] for t in NO_CEREMONY_MEETINGS])
def test_no_ceremony_meeting(parsed, text):
    assert extract_meetings(*parsed(text, published=PUBLISHED)) == []


#: Events in phrasings of a second round: bans and halted deliveries, losses, fights, dated wars, production
#: with a partner's technology, support for a state's sovereignty.
MORE_EVENTS = [
    ('New Zealand introduced travel bans on 12 Russian officials last week.', ['sanction']),
    ('Britain banned the export of surveillance drones to Belarus.', ['embargo']),
    ('The Nigerian Air Force has lost more than 40 personnel in counter-insurgency operations since 2020.',
     ['killings']),
    ('Indian troops fought Chinese soldiers along the disputed border in Ladakh.', ['clash']),
    ('The jets were used during the 2020 war with Armenia.', ['clash']),
    ('Thai and Cambodian troops engaged in a firefight near the temple on Monday.', ['clash']),
    ('The submarines will be built at the Karachi shipyard under a transfer-of-technology deal with China.',
     ['industrial_project']),
    ('The frigates will be constructed at a yard in Surabaya with Turkish technical assistance.',
     ['industrial_project']),
    ('Hyundai Rotem will produce the tanks locally in Poland from 2026.', ['industrial_project']),
    ("Chinese Defence Minister Dong Jun said Beijing supports Cambodia's efforts to defend its sovereignty.",
     ['statement_of_support']),
    ('Japan imposed sanctions on two Russian shipping firms on Friday.', ['sanction']),
    ('Pakistani and Afghan border guards exchanged fire at the Torkham crossing on Sunday.', ['clash']),
    ('Turkey trained 500 Somali soldiers at its base in Mogadishu last year.', ['training']),
]

#: Topics of talks, offers, conditions, accidents and sport: no event.
NO_MORE_EVENTS = [
    'French Minister Claire Dubois held talks with Indonesian Defence Minister Budi Hartono on the frigate '
    'programme and on joint training.',
    'During the visit the two sides discussed the prospects of defence cooperation, joint exercises and training '
    'of personnel.',
    'The two navies discussed holding joint exercises next year.',
    'He said Ankara was ready to train more Somali officers.',
    'Washington threatened to introduce travel bans on the generals.',
    'The company will produce the tanks locally if the contract is signed.',
    'The rifles, produced locally since 1998, are being replaced.',
    'The ships were built with French assistance in the 1990s.',
    'The team lost two players to injury.',
    'The army lost the battle for public opinion.',
    'Colombia supports the right of every nation to self-defence, the minister said.',
    'The fans fought over tickets outside the stadium.',
    'Analyst Maria Lopez said the two armies could fight again.',
]


@pytest.mark.parametrize("text, types", MORE_EVENTS, ids=[t[:50] for t, _ in MORE_EVENTS])
def test_more_events_reported(parsed, text, types):
    test_event_reported(parsed, text, types)


@pytest.mark.parametrize("text", NO_MORE_EVENTS, ids=[t[:50] for t in NO_MORE_EVENTS])
def test_no_more_event(parsed, text):
    test_no_event(parsed, text)


#: Events told in ways the first rules missed: a verb the parser read as its object's modifier, weapons fired at
#: a target, interceptions, completed courses, named exercises, warships using ports, firms acquired, work under
#: a technology transfer deal or with foreign help, joint declarations, troops killed in a clash.
OTHER_WAY_EVENTS = [
    ('Ties with Washington have cooled since the army seized power in July 2023, and US trainers left soon after.',
     ['coup']),
    ('The rebels have since fired mortars at government-held villages, the ministry said.', ['clash']),
    ('Overnight, Russia launched 60 drones and four cruise missiles at power stations in central Ukraine.', ['clash']),
    ('Patriot batteries intercepted two ballistic missiles over Riyadh on Friday, the Saudi ministry said.', ['clash']),
    ('Polish air defences shot down 12 of the 15 drones that crossed the border.', ['clash']),
    ('Gunmen overran an army checkpoint near Gao on Saturday.', ['clash']),
    ('Fourteen soldiers were killed when insurgents stormed and overran a base in Cabo Delgado.', ['clash']),
    ('Sixteen Nigerian helicopter pilots completed a conversion course in Italy in March.', ['training']),
    ('Kenyan officers attended a six-week command course in Britain last year.', ['training']),
    ('Delegations met on the eve of the Desert Shield 2024 exercise in Jordan.', ['training']),
    ('The agreement allows Australian warships to use Indonesian ports for resupply.', ['port_access']),
    ("Hanwha's acquisition of the Australian shipbuilder Austal was completed in May.", ['industrial_project']),
    ('Saab bought a 40 percent stake in an Indian drone maker last year.', ['industrial_project']),
    ('Two more corvettes are being built at the Chittagong yard under a technology transfer agreement with China.',
     ['industrial_project']),
    ('The submarines will be constructed at a yard near Mumbai with French assistance.', ['industrial_project']),
    ('Production of the Czech-designed rifle in Ukraine has been financed by the Netherlands.', ['industrial_project']),
    ('Poland and Lithuania signed a joint declaration on defence cooperation in Vilnius on Monday.',
     ['statement_of_support']),
    ('The first four Hurjet trainers assembled in Spain rolled off the line in Seville in March.', ['assembly']),
    ('Fighting between the army and RSF fighters resumed in Khartoum on Monday.', ['clash']),
    ('Israeli air defences intercepted 30 rockets fired from Lebanon overnight.', ['clash']),
    ('Rheinmetall completed its takeover of the Lurssen naval shipyard in March.', ['industrial_project']),
]

#: Sentences like those above that report no event: trials, products launched, shipments seized, purposes,
#: places named after training, domestic plants, purchases of weapons, declarations of intent, suggestions.
NO_OTHER_WAY_EVENTS = [
    'The new rockets were test-fired at a range in the desert in June.',
    'Customs officers intercepted a shipment of rifles bound for Libya.',
    'The trainers now serve with the air force flight training school in Dhaka.',
    'The navy opened a new training centre for submarine crews in Karachi.',
    'The minister toured a factory where the army\'s howitzers are assembled.',
    'The army completed the acquisition of 24 Rafale jets from France.',
    'Egypt signed a declaration of intent to buy 12 more fighters.',
    'The minister suggested that the two navies focus on joint training and research.',
    'The bridge was built with Chinese assistance in 2019.',
    'The Indian army launched production of a new rifle at Kanpur.',
    'The course of the talks changed after the election.',
    'Talks resumed in Geneva on Monday.',
    'The missile can intercept ballistic missiles at a range of 100 km.',
    'The second frigate is being assembled in Shanghai for the Pakistan Navy.',
    'During the visit the sides discussed the prospects of military-technical cooperation, joint exercises and '
    'training of officers.',
    'The minister held talks with his Indian counterpart on the frigate programme and on joint exercises.',
]


@pytest.mark.parametrize("text, types", OTHER_WAY_EVENTS, ids=[t[:50] for t, _ in OTHER_WAY_EVENTS])
def test_events_told_other_ways(parsed, text, types):
    test_event_reported(parsed, text, types)


@pytest.mark.parametrize("text", NO_OTHER_WAY_EVENTS, ids=[t[:50] for t in NO_OTHER_WAY_EVENTS])
def test_no_event_told_other_ways(parsed, text):
    test_no_event(parsed, text)


def test_a_declaration_told_twice_is_one_statement_dated_by_its_signing(parsed):
    text = ('Greece on Friday criticised a maritime security declaration signed by Cyprus, Egypt and Israel. '
            'The declaration was signed in Nicosia on Thursday by defence ministers Andreas Petrou of Cyprus, '
            'Karim Saleh of Egypt and Avi Levin of Israel.')
    events = extract_events(*parsed(text, published=PUBLISHED))
    assert [(e.type, e.date) for e in events] == [("statement_of_support", "2024-05-09")]
    assert {"Cyprus", "Egypt", "Israel"} <= set(events[0].actors)


def test_a_product_launched_at_a_plant_is_no_attack(parsed):
    text = "The company launched production of armoured vehicles at its plant near Kharkiv."
    assert "clash" not in [e.type for e in extract_events(*parsed(text, published=PUBLISHED))]


def test_soldiers_killed_without_a_clash_stay_a_killing(parsed):
    events = extract_events(*parsed("Gunmen killed 12 soldiers at a checkpoint in Borno state.", published=PUBLISHED))
    assert [e.type for e in events] == ["killings"]


#: Exercises joined ("take part in") or scheduled while discussed, an assembly line inaugurated for a system,
#: agreements to make a system's parts, production planned at a named plant, attacks that targeted a post.
PLANNED_AND_JOINED_EVENTS = [
    ('Chilean and Peruvian sailors are taking part in the annual exercise near Callao.', ['training']),
    ('The ministers discussed the frigates and a joint exercise, Blue Reef 2027, which will be held in Mombasa '
     'in June.', ['training']),
    ('Last week Hanwha and the Polish firm Zaklady Karvo inaugurated the assembly line for K239 launchers.',
     ['assembly']),
    ('The two firms signed an agreement to manufacture parts of the KM-SAM air defence system in Egypt.',
     ['industrial_project']),
    ('Talks on 120 Boxer vehicles are nearly over, with most to be built at the Velsk plant.',
     ['industrial_project']),
    ('On Sunday a drone strike targeted an army outpost near Gao, wounding three soldiers.', ['clash']),
]

#: Like those above, but no event: exercises that might be held, kits for a drone, sanctions "targeting".
NO_PLANNED_AND_JOINED_EVENTS = [
    'The ministers discussed joint exercises which could be held next year.',
    'The programme began with assembly kits for a small surveillance drone.',
    'For years, Washington has targeted the militia and its backers with sanctions.',
    'The frigates were built at the Kolpino yard in the 1990s and sold abroad.',
    'Chile ordered 12 trainer jets, which are built at the Sao Jose plant in Brazil.',
]


@pytest.mark.parametrize("text, types", PLANNED_AND_JOINED_EVENTS, ids=[t[:50] for t, _ in PLANNED_AND_JOINED_EVENTS])
def test_exercises_joined_or_scheduled_lines_opened_and_targeted_posts(parsed, text, types):
    test_event_reported(parsed, text, types)


@pytest.mark.parametrize("text", NO_PLANNED_AND_JOINED_EVENTS, ids=[t[:50] for t in NO_PLANNED_AND_JOINED_EVENTS])
def test_no_planned_or_joined_event(parsed, text):
    test_no_event(parsed, text)


#: Protocol language: a guest received after the place and time, a call to a minister named by his full title
#: sentences later, attendance alongside someone, "in the presence of X and of Y".
PROTOCOL_MEETINGS = [
    ('Prince Khalid bin Saad, Minister of Defence, received in Muscat today the Minister of National Defence of '
     'the Republic of Chile, Tomas Errazuriz, who is visiting the Sultanate.',
     [['Saad', 'Errazuriz']]),
    ('Prince Khalid bin Saad, Minister of Defence, opened the new academy on Sunday. The academy trains officers. '
     'Its first class has 40 cadets. Some 12 instructors came from Britain. His Royal Highness the Minister of '
     "Defence also received a telephone call yesterday from Norway's Minister of Defence, Ola Brekke, during "
     'which they discussed regional developments.',
     [['Saad', 'Brekke']]),
    ('The British consul general, Helen Marsh, attended the handover at the airbase alongside Iraqi Minister '
     'Saad Jaber.', [['Marsh', 'Jaber']]),
    ('The handover ceremony took place in the presence of the Chief of Staff of the Army, General Omar Idrissi, '
     'and of the French ambassador in Rabat, Claire Dubois.', [['Idrissi', 'Dubois']]),
]


@pytest.mark.parametrize("text, expected", PROTOCOL_MEETINGS, ids=[t[:50] for t, _ in PROTOCOL_MEETINGS])
def test_meetings_told_in_protocol_language(parsed, text, expected):
    found = [_last_names(m.participants) for m in extract_meetings(*parsed(text, published=PUBLISHED))]
    for names in expected:
        assert frozenset(names) in found, found


def test_a_meeting_retold_with_an_annual_exercise_is_one_dated_meeting(parsed):
    text = ('Defence Minister Somsak Wongdee received his Indian counterpart, Arjun Mehta, at the ministry on '
            'Tuesday. The two discussed the frigates and an annual joint exercise, which will be held in Chiang Mai '
            'in June.')
    meetings = extract_meetings(*parsed(text, published=PUBLISHED))
    assert [(_last_names(m.participants), m.date) for m in meetings] == [
        (frozenset({"Wongdee", "Mehta"}), "2024-05-14")]


@pytest.mark.parametrize("text", [
    'Turkish Ambassador Emre Yilmaz, who attended the launch, said Ankara was ready to help.',
    'Colonel Ahmed Farouk attended the Gulf Defence Show in Abu Dhabi and toured the stands.',
])
def test_one_person_at_a_launch_or_show_is_no_conference(parsed, text):
    assert [m.kind for m in extract_meetings(*parsed(text, published=PUBLISHED)) if m.kind == "conference"] == []


def test_the_delegation_again_is_its_leader(parsed):
    text = ('Minister Daniel Okafor met a delegation from the Senate Foreign Relations Committee led by Senator '
            'Laura Brenner in Abuja on Monday. The delegation also visited the Air Force Institute of Technology, '
            'which builds training drones.')
    found = {(_last_names(m.participants), m.kind) for m in extract_meetings(*parsed(text, published=PUBLISHED))}
    assert (frozenset({"Brenner"}), "visit") in found, found


def test_trainees_abroad_in_a_participle_clause(parsed):
    events = extract_events(*parsed("Our pilots are already in Italy, training on the M-346.", published=PUBLISHED))
    assert [(e.type, e.actors) for e in events] == [("training", ["Italy"])]


def test_an_official_quoted_by_his_given_name_vouches_for_the_training_he_reports(analyse):
    text = ('KUALA LUMPUR: The air force will get its first jets by March, says Defence Minister Datuk Seri Rahim '
            'Osman.\n\n"Our pilots are already in Turkey, training on the Hurjet. We are on schedule," Rahim told '
            'reporters on Monday.')
    analysis = analyse(text, published=PUBLISHED)
    assert "training" in [e.type for e in analysis.events], [(q.speaker, q.text) for q in analysis.quotes]


def test_an_industrial_project_names_the_firms_of_its_clause(parsed):
    events = extract_events(*parsed("A joint venture of Hanwha and the state firm was set up in Cairo.",
                                    published=PUBLISHED))
    assert [e.type for e in events] == ["industrial_project"]
    assert "Hanwha" in events[0].actors, events[0].actors
