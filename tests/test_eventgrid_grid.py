"""Events told the many ways newswire tells them: a grid of invented sentences (invented people, real
countries) over every event type, varying voice, clause type, headline style, datelines and reported
speech, and sentences that must give no event (plans, denials, hypotheticals, other senses of the words)."""

from __future__ import annotations

from datetime import date

import pytest

from armstrack.extract.events import extract_events

PUBLISHED = date(2024, 5, 15)  # a Wednesday

#: (sentence, event type, expected date or None for any, actors that must be among the event's actors)
GRID = [
    # coup
    ('Soldiers in Niger overthrew President Amadou Kere on Wednesday.', 'coup', '2024-05-15', []),
    ('Army officers toppled the elected government of Burkina Faso in a pre-dawn raid on Monday.', 'coup', '2024-05-13', []),
    ('Mali junta seizes power in second coup in nine months', 'coup', None, []),
    ('The government of Guinea was overthrown by special forces on 5 September 2021.', 'coup', '2021-09-05', []),
    ('Gabon, where the military took power last August, is under suspension.', 'coup', None, []),
    ('The putsch in Niger, led by General Omar Tandja, drew wide condemnation.', 'coup', None, []),
    # un_vote
    ('The UN General Assembly voted on Tuesday to demand an immediate ceasefire in Gaza.', 'un_vote', '2024-05-14', []),
    ('China abstained when the Security Council adopted a resolution on Haiti last week.', 'un_vote', None, []),
    ('Russia vetoed a UN Security Council draft on Mali sanctions on Thursday.', 'un_vote', None, []),
    ('A resolution condemning the annexation was passed by the UN General Assembly in March.', 'un_vote', '2024-03', []),
    ('UN Security Council extends mandate of peacekeepers in Lebanon, China abstains', 'un_vote', None, []),
    # sanction
    ('Washington on Monday imposed sanctions on four Iranian drone makers.', 'sanction', '2024-05-13', ['United States']),
    ('Three Russian defence firms were sanctioned by the European Union on Friday.', 'sanction', '2024-05-10', []),
    ('Britain said on Tuesday it had imposed sanctions on two Myanmar jet fuel suppliers.', 'sanction', '2024-05-14', ['United Kingdom']),
    ('Japan announced new sanctions against North Korean officials on Monday.', 'sanction', '2024-05-13', ['Japan']),
    ('The US Commerce Department added seven Chinese entities to its Entity List on Thursday.', 'sanction', None, []),
    ('The Treasury blacklisted a Turkish shipping firm that moved Iranian oil.', 'sanction', None, []),
    # embargo
    ('The European Union imposed an arms embargo on Belarus in 2021.', 'embargo', '2021', []),
    ('Canada suspended arms exports to Israel on Tuesday.', 'embargo', '2024-05-14', ['Canada']),
    ('The Security Council renewed the arms embargo on South Sudan for one year.', 'embargo', None, []),
    ('The Security Council renewed the arms embargo on Libya for another 12 months on Friday.', 'embargo', '2024-05-10', []),
    ('Spain halts arms sales to Saudi Arabia', 'embargo', None, []),
    ('The Netherlands stopped the export of F-35 parts to Israel in February.', 'embargo', '2024-02', []),
    # killings
    ('Gunmen shot dead 11 worshippers at a mosque in northern Burkina Faso on Sunday.', 'killings', '2024-05-12', []),
    ('At least 25 civilians were killed in an air strike on a market in Sudan.', 'killings', None, []),
    ('Troops killed 17 protesters in Yangon, witnesses said.', 'killings', None, []),
    ('Myanmar troops massacre villagers in Sagaing', 'killings', None, []),
    ('Soldiers executed nine men accused of helping rebels, a rights group said.', 'killings', None, []),
    ('The attack left 14 people dead, local officials said.', 'killings', None, []),
    ('More than 600 protesters have been killed by security forces since the coup, a monitoring group said.', 'killings', None, []),
    ('Police beat a student to death in Mandalay on Friday.', 'killings', '2024-05-10', []),
    # clash
    ('Indian and Pakistani troops exchanged fire along the Line of Control on Sunday.', 'clash', '2024-05-12', []),
    ('Fighting broke out between the army and the RSF in Khartoum on Saturday.', 'clash', '2024-05-11', []),
    ('Israeli jets bombed Hezbollah positions in southern Lebanon overnight.', 'clash', None, []),
    ('Ukrainian drones hit an oil refinery in southern Russia on Tuesday.', 'clash', '2024-05-14', []),
    ('Thai and Cambodian soldiers clash on disputed border', 'clash', None, []),
    ('Russian forces shelled the city of Kharkiv on Monday.', 'clash', '2024-05-13', []),
    ('Somali troops repelled an attack on a base near Mogadishu.', 'clash', None, []),
    ('Rebels ambushed a military convoy in North Kivu last week.', 'clash', None, []),
    ('Air defences shot down four drones over Belgorod.', 'clash', None, []),
    # port_access
    ('A Chinese navy frigate docked at the port of Colombo on Monday.', 'port_access', '2024-05-13', []),
    ('The Russian corvette, which called at the port of Chittagong on Friday, left on Sunday.', 'port_access', None, []),
    ('Two Indian warships arrived at the port of Jeddah for a three-day port call.', 'port_access', None, []),
    ('Vietnam allowed Russian warships access to the port of Cam Ranh.', 'port_access', None, []),
    ('Japanese destroyer makes port call in Manila', 'port_access', None, []),
    # training
    ('Indonesian and Australian special forces began a two-week joint exercise in Bali on Monday.', 'training', '2024-05-13', []),
    ('Chinese instructors are training Cambodian navy crews at Ream, the defence ministry said.', 'training', None, []),
    ('About 300 Ukrainian pilots were trained in Britain last year.', 'training', '2023', []),
    ('Egypt and Greece wrap up joint naval drills in Mediterranean', 'training', None, []),
    ('The drills, held near the island of Hainan, involved 20 ships.', 'training', None, []),
    ('Turkey provided training to Somali army officers in Mogadishu.', 'training', None, []),
    # assembly
    ('The first locally assembled Su-30 jets rolled out of the HAL plant in Nashik.', 'assembly', None, []),
    ('The armoured vehicles are assembled in Algeria from German kits.', 'assembly', None, []),
    ('Kazakhstan will assemble the Airbus H145 helicopters at a plant in Astana.', 'assembly', None, []),
    # industrial_project
    ('Rheinmetall and Lithuania signed an agreement to build an ammunition plant near Vilnius.', 'industrial_project', None, []),
    ('Saab will set up a factory in India to make Carl-Gustaf launchers.', 'industrial_project', None, []),
    ('Turkey and Azerbaijan formed a joint venture to produce drones.', 'industrial_project', None, []),
    ('Ukraine and France agreed to jointly produce artillery shells.', 'industrial_project', None, []),
    ('Hanwha acquired the Australian shipbuilder Austal Ships in March.', 'industrial_project', None, []),
    # statement_of_support
    ('Russia reaffirmed its support for the military government of Niger, Foreign Minister Pavel Orlov said.', 'statement_of_support', None, []),
    ('China is a reliable partner of Cambodia, Prime Minister Sok Vanna said on Tuesday.', 'statement_of_support', None, []),
    ('Iran expressed solidarity with the people of Lebanon on Monday.', 'statement_of_support', None, ['Iran']),
    ('Vietnam and Laos pledged to deepen military cooperation, according to a joint statement.', 'statement_of_support', None, []),
    ('Beijing backs the junta in Myanmar, the foreign ministry spokesman said.', 'statement_of_support', None, []),
    ('Belarus stands with Russia, President Yuri Marchenko told reporters.', 'statement_of_support', None, []),
    # --- second batch: relative and participle clauses, passives, headlines, lists, back-reference
    ('Colonel Ibrahim Sanou, who seized power in a coup in January, was sworn in as president.', 'coup', '2024-01', []),
    ('Army seizes power in Gabon, detains president', 'coup', None, []),
    ('India abstained from a UN General Assembly vote condemning the invasion.', 'un_vote', None, []),
    ('The UN Human Rights Council voted 23-19 on Friday to set up an inquiry.', 'un_vote', '2024-05-10', []),
    ('Sanctions were imposed on the airline by Washington in 2019.', 'sanction', '2019', []),
    ('Australia has placed financial sanctions on 12 Russian officials.', 'sanction', None, ['Australia']),
    ('London froze the assets of three Syrian businessmen on Friday.', 'sanction', '2024-05-10', []),
    ('France decided on Monday to suspend weapons deliveries to Niger.', 'embargo', '2024-05-13', ['France']),
    ('Russia has been under an EU arms embargo since 2014.', 'embargo', None, []),
    ('Security forces opened fire on protesters, killing at least eight people.', 'killings', None, []),
    ('Eight villagers were killed when soldiers raided a village in Magway on Sunday.', 'killings', '2024-05-12', []),
    ('At least 12 civilians died in shelling of the town on Friday.', 'killings', '2024-05-10', []),
    ('Jihadists kill 20 farmers in northern Nigeria', 'killings', None, []),
    ('Clashes between the army and rebels killed dozens in Darfur on Monday.', 'clash', '2024-05-13', []),
    ('Israeli forces launched airstrikes on Gaza on Saturday.', 'clash', '2024-05-11', []),
    ('Azerbaijani troops attacked Armenian positions near Jermuk.', 'clash', None, []),
    ('Militants stormed an army post in western Niger, officials said.', 'clash', None, []),
    ('Pakistani troops traded fire with Afghan forces at the Torkham crossing on Sunday.', 'clash', '2024-05-12', []),
    ('Sri Lanka allowed a Chinese research vessel to dock at the port of Hambantota.', 'port_access', None, []),
    ('Two Russian warships called at the port of Tartus last week.', 'port_access', None, []),
    ('Sudanese officers received training in Russia last year.', 'training', '2023', []),
    ('More than 100 Afghan soldiers were trained by Indian army instructors in 2019.', 'training', '2019', []),
    ('Over 2,000 troops from 12 countries took part in joint military drills in the Philippines.', 'training', None, []),
    ('Chinese and Thai marines held joint drills in Sattahip on Tuesday.', 'training', '2024-05-14', []),
    ('The K2 tanks will be assembled at a plant in Gliwice.', 'assembly', None, []),
    ('Final assembly of the Hurjet trainers takes place in Turkey.', 'assembly', None, []),
    ('Rosoboronexport and a Vietnamese firm set up a joint venture in Hanoi.', 'industrial_project', None, []),
    ('Construction of an ammunition plant began in Serbia in March.', 'industrial_project', None, []),
    ('Moscow will continue to support the government in Bamako, Foreign Minister Pavel Orlov said.', 'statement_of_support', None, ['Russia']),
    ("Turkey voiced its full support for Azerbaijan's territorial integrity.", 'statement_of_support', None, ['Turkey']),
    ('Pakistan condemned the Indian strikes on its territory on Wednesday.', 'statement_of_support', None, ['Pakistan']),
    # --- third batch: datelines, sidelines, appositions, reported speech, a state standing for its leader
    ('NAIROBI, May 14 (Reuters) - Kenyan police shot dead five protesters on Tuesday, rights groups said.', 'killings', '2024-05-14', []),
    ('The junta, which took power in 2021, has killed more than 3,000 civilians, according to a monitoring group.', 'killings', None, []),
    ("Myanmar's air force bombed a school in Sagaing, killing 13 children, residents said.", 'killings', None, []),
    ('General Moussa Diallo, the army chief, said his troops had killed 30 civilians by mistake.', 'killings', None, []),
    ('Vietnam, Laos and Cambodia held a joint military exercise in Vientiane last month.', 'training', '2024-04', []),
    ('Tehran has provided military training to Houthi fighters, the US says.', 'training', None, []),
    ('Serbia and Belarus will hold joint drills next month, the defence ministry said.', 'training', '2024-06', []),
    ('Beijing sanctioned Lockheed Martin over arms sales to Taiwan.', 'sanction', None, ['China']),
    ('Kyiv said Russian missiles struck a power plant in Lviv overnight.', 'clash', None, []),
    ('Indian Navy ships INS Delhi and INS Shakti made a port call at Manila on Monday.', 'port_access', '2024-05-13', []),
    ('Airbus will build a helicopter final assembly line in India with Tata.', 'industrial_project', None, []),
    ('Kongsberg opened a missile factory in Australia in April.', 'industrial_project', '2024-04', []),
    ("Egypt's president reiterated his country's support for Sudan's army.", 'statement_of_support', None, ['Egypt']),
    ('Moscow sees Pyongyang as a strategic partner, Foreign Minister Pavel Orlov said.', 'statement_of_support', None, ['Russia']),
    ('The United States condemned the missile attack on the Ukrainian city of Dnipro.', 'statement_of_support', None, ['United States']),
    ('Speaking on the sidelines of a summit in Astana, Kazakh President Arman Zhaksy said his country backs the government of Kyrgyzstan.', 'statement_of_support', None, ['Kazakhstan']),
    # --- fourth batch: more verbs and nouns of each type, passives, participles
    ('President Ali Kone was deposed in a military coup on Wednesday.', 'coup', '2024-05-15', []),
    ('The 193-member General Assembly approved the resolution with 143 votes in favour.', 'un_vote', None, []),
    ('The Security Council unanimously adopted Resolution 2728 on Monday.', 'un_vote', '2024-05-13', []),
    ('The sanctions, announced on Friday by the US Treasury, target five Iranian firms.', 'sanction', None, []),
    ('Ottawa has imposed travel bans on 20 Sudanese officials.', 'sanction', None, ['Canada']),
    ('The EU on Monday agreed a new package of sanctions against Russia.', 'sanction', '2024-05-13', []),
    ('Britain suspended 30 export licences for arms to Israel.', 'embargo', None, ['United Kingdom']),
    ('Washington banned the sale of drones to Ethiopia in 2022.', 'embargo', '2022', []),
    ('Dozens of civilians were killed in Russian strikes on Odesa.', 'killings', None, []),
    ('Three journalists were shot dead in Mogadishu on Saturday.', 'killings', '2024-05-11', []),
    ('Heavy fighting raged between Ukrainian and Russian troops near Bakhmut on Friday.', 'clash', '2024-05-10', []),
    ('Houthi rebels attacked a cargo ship in the Red Sea on Sunday.', 'clash', '2024-05-12', []),
    ('Cambodia gave China exclusive access to part of the Ream naval base.', 'port_access', None, []),
    ('Russian military advisers are training the Central African army.', 'training', None, []),
    ('The two navies conducted a passing exercise in the Andaman Sea.', 'training', None, []),
    ('Some 500 Malian troops completed a training course run by Turkish instructors.', 'training', None, []),
    ('Assembly of the first ten KF-21 fighters began in Sacheon.', 'assembly', None, []),
    ('The Boxer vehicles are being assembled in Australia by Rheinmetall.', 'assembly', None, []),
    ('Embraer and Mahindra signed an agreement to set up a plant for the C-390 in India.', 'industrial_project', None, []),
    ("Poland's PGZ and Hanwha will establish a joint venture to make K9 howitzers.", 'industrial_project', None, []),
    ('Russia fully supports the efforts of the Myanmar government, Ambassador Ivan Belov said.', 'statement_of_support', None, ['Russia']),
    ("Beijing voiced support for Phnom Penh's position on the issue.", 'statement_of_support', None, ['China']),
    ('India described Japan as a special strategic and global partner.', 'statement_of_support', None, ['India']),
    # --- fifth batch: headlines, back-reference across sentences
    ('The Chinese navy sent three warships to Cambodia. They docked at the port of Sihanoukville on Friday.', 'port_access', '2024-05-10', []),
    ('Ethiopia, Eritrea troops clash near border', 'clash', None, []),
    ('Turkey strikes Kurdish militants in northern Iraq', 'clash', None, []),
    ('Gunmen kill 40 villagers in Plateau state attack', 'killings', None, []),
    ('Japan, Philippines stage first joint drills in South China Sea', 'training', None, []),
    ("Pakistan's military says it killed 11 militants in raid", 'clash', None, []),
    ("Iran vows support for Syria's government", 'statement_of_support', None, ['Iran']),
    ('China reiterates firm backing for Russia', 'statement_of_support', None, ['China']),
    ('The US destroyer USS Ralph Hale was allowed to dock at the port of Cam Ranh.', 'port_access', None, []),
    ('Egypt hosts joint air force drills with Saudi Arabia', 'training', None, []),
    ('Security Council approves arms embargo on Haiti gangs', 'embargo', None, []),
    ('Seven soldiers were killed when militants ambushed their convoy in Tillaberi on Monday.', 'clash', '2024-05-13', []),
    # --- sixth batch: phrasal and borrowed words, nouns of use, gerunds under a halt
    ('The military took over in Myanmar in February 2021.', 'coup', None, []),
    ("Soldiers carried out a coup d'etat in Conakry in September 2021.", 'coup', None, []),
    ('Russia used its veto to block a Security Council resolution on Syria on Tuesday.', 'un_vote', None, []),
    ('Germany imposed an export freeze on arms to Saudi Arabia in 2018.', 'embargo', None, []),
    ('France has stopped supplying weapons to Chad.', 'embargo', None, []),
    ('Two soldiers were wounded in a shootout with smugglers near the border.', 'clash', None, []),
    ('Rebels captured the town of Bunagana in June.', 'clash', None, []),
    ('The Sudanese army retook the presidential palace on Friday.', 'clash', None, []),
    ('"We fully support the sovereign decisions of Niger," Russian Foreign Minister Pavel Orlov said.', 'statement_of_support', None, []),
    ("Iran praised China's position on the Gaza war.", 'statement_of_support', None, []),
    ('Hundreds of Nigerian soldiers have graduated from a counter-insurgency course run by British trainers.', 'training', None, []),
]

#: sentences that report no event
NO_EVENTS = [
    'The opposition accused the army of plotting a coup.',
    'Washington is considering sanctions on the firms, officials said.',
    'The EU could impose an arms embargo if the violence continues.',
    'The ministry denied that troops had killed any civilians.',
    'Joint exercises would be held only if both parliaments approved them.',
    'The company sanctioned a bonus for its staff.',
    'The coach said his team would take the match by storm.',
    'Students at the academy train in a new flight simulator.',
    'The port authority said it would expand the container terminal.',
    'The cabinet approved the budget on Tuesday.',
    'Voters cast ballots in the regional election on Sunday.',
    'The minister called for a ban on smoking in bars.',
    'A new shopping mall opened in Riyadh last month.',
    'Rumours of a coup swept the capital on Monday, but the army denied them.',
    'A bus crash killed 12 passengers on the highway.',
    'Critics fear the deal could fuel a clash between the two parties.',
    'The talks focused on the possibility of joint training.',
    'The frigate was built at a shipyard in Genoa in 1998.',
    'The striker scored twice as the team defeated its rivals.',
    'Heavy rain killed 30 people in Bangladesh.',
    'Analyst Tom Fielding said Russia would never abandon its ally.',
    'The company will hold its annual general assembly in June.',
    'The parliament voted to raise the retirement age.',
    'The minister said a decision on sanctions would be made later.',
    'Officials discussed ways to strengthen ties, but no agreement was reached.',
    'The ministry said it had no plans to impose sanctions.',
    'The bill would ban the export of antiques.',
    'The navy denied that a Chinese warship had docked at the port.',
    'He trained as a lawyer in London before entering politics.',
    'The company will assemble smartphones in Vietnam.',
    'Oil prices hit a record high on Monday.',
    'The city council voted to build a new school.',
    'Fans clashed over ticket prices on social media.',
    'The firm said the takeover of the brewery was completed.',
    'The singer thanked her fans for their support.',
    'Moscow denied that its forces had shelled the town.',
    'The ministry said no sanctions had been imposed on the firm.',
    'The two sides discussed joint naval drills.',
    'Kenya rejected a request from a Russian warship to dock at Mombasa.',
    'If the talks fail, Washington may sanction the firms.',
    'The general warned that any attack on the base would be repelled.',
    'The EU called on member states to halt arms exports to Israel.',
    'The players trained in Doha before the tournament.',
    'The committee adopted the minutes of its last meeting.',
    'Two soldiers died of heatstroke during a march.',
    'Police arrested 40 protesters in the capital on Sunday.',
    'The ship sailed past the port without stopping.',
    'Experts say Russia may sanction Western firms in response.',
    'The shipyard laid off 200 workers last year.',
    'Analysts expect the two armies to clash again.',
    'Chinese warships were spotted near the port of Gwadar.',
    'The rebels denied attacking the convoy.',
    'Officials said the arms embargo was lifted in 2019.',
    'The government said it would not renew sanctions on the firm.',
    'The court jailed a man who killed his neighbour in a dispute over land.',
    'President Ali Kone clashed with lawmakers over the budget.',
    'The airline suspended flights to Tel Aviv on Monday.',
    'Investors fear sanctions could hit the economy.',
    'The factory assembles washing machines for export.',
    'The port will be expanded by a Chinese company.',
    'The minister said relations with Paris were at a low point.',
    # words of the events used of weapons, capabilities and plans in arms-trade stories
    'The Su-35 is designed to strike ground targets.',
    'The drones can hit targets up to 300 km away.',
    'The frigates will be used for anti-piracy patrols.',
    'The exercise area covers 500 square kilometres.',
    'The vessel is capable of launching missiles at ships 500 km away.',
    'Attack helicopters and assault rifles were on display at the show.',
    'The port can accommodate aircraft carriers.',
    'Ministers from the two countries will sign a declaration next week.',
    'Defence firms struck deals worth $5 billion at the show.',
    'The company plans a joint venture with a local partner.',
    'The plant was closed in 2015.',
    'The tank fired live rounds at the test range.',
    'He was killed in a car accident in 2019.',
    'Demand for artillery shells has risen since the war began.',
    'The radar can track aircraft and intercept signals at long range.',
    'The ship sailed to Tartus for repairs, according to a tracking site.',
    'The company took over a rival firm in 2019.',
    'Police seized the warehouse and arrested its owner.',
    'Iran praised the role of women in the economy.',
    'The veto power of the council was debated at length.',
    'The shootout scene in the film was praised by critics.',
]


@pytest.mark.parametrize("text, kind, when, actors", GRID, ids=[t[:60] for t, *_ in GRID])
def test_event_construction(parsed, text, kind, when, actors):
    events = [e for e in extract_events(*parsed(text, published=PUBLISHED)) if e.type == kind]
    assert events, f"no {kind} in {text!r}"
    if when is not None:
        assert any(e.date == when for e in events), [e.date for e in events]
    for actor in actors:
        assert any(actor in e.actors for e in events), [e.actors for e in events]


@pytest.mark.parametrize("text", NO_EVENTS, ids=[t[:60] for t in NO_EVENTS])
def test_no_event(parsed, text):
    assert extract_events(*parsed(text, published=PUBLISHED)) == []


def test_a_length_of_time_is_no_date(parsed):
    """ "for one year" says how long a measure lasts, not when it was taken."""
    text = 'The Security Council renewed the arms embargo on Yemen for one year.'
    events = extract_events(*parsed(text, published=PUBLISHED))
    assert [(e.type, e.date) for e in events] == [('embargo', None)]
