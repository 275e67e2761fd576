"""Generality of the transfer extractor: sentences written for these tests, in many of the ways news reports
an arms transfer (voice, relative clauses, appositions, lists of systems and of parties, anaphora, headlines,
offers, approvals, cancellations, licences) and in ways that report none (denials, guesses, training,
maintenance, carriers of other goods, domestic production). Each positive sentence must give exactly the
records listed (ANY: the field is not checked); each negative sentence must give none."""

from __future__ import annotations

from datetime import date

import pytest

from transfer_cases import ANY, assert_exactly

PUBLISHED = date(2023, 5, 15)


POSITIVE = [
    ('Greece took delivery of six Rafale fighters from France on Monday.',
     [('France', 'Greece', 'Rafale', 'delivered', 6)]),
    ('The first two Leopard 2A7 tanks were handed over to Hungary by Germany last week.',
     [('Germany', 'Hungary', 'Leopard 2', 'delivered', 2)]),
    ('Morocco received 24 AH-64E Apache helicopters from the United States.',
     [('United States', 'Morocco', 'AH-64', 'delivered', 24)]),
    ('The Bayraktar TB2 drones, which Turkey sold to Ethiopia in 2021, have been used in the fighting.',
     [('Turkey', 'Ethiopia', 'Bayraktar TB2', 'delivered', ANY)]),
    ('Serbia was supplied with FK-3 air defence systems by China.',
     [('China', 'Serbia', 'HQ-22', 'delivered', ANY)]),
    ('Nigeria has bought 12 Chinese-made Wing Loong II drones.',
     [('China', 'Nigeria', 'Wing Loong', 'delivered', 12)]),
    ('A squadron of MiG-29 fighters was sold to Serbia by Belarus.',
     [('Belarus', 'Serbia', 'MiG-29', 'delivered', ANY)]),
    ('The Netherlands has handed over F-16 jets to Ukraine.',
     [('Netherlands', 'Ukraine', 'F-16', 'delivered', ANY)]),
    ('The Chinese VT-4 tanks that Nigeria purchased in 2020 are now in service.',
     [('China', 'Nigeria', 'VT-4', 'delivered', ANY)]),
    ('Israeli-made Barak-8 missiles were purchased by Azerbaijan.',
     [('Israel', 'Azerbaijan', 'Barak', 'delivered', ANY)]),
    ('Armenia took delivery of Su-30SM (Flanker-H) fighters from Russia.',
     [('Russia', 'Armenia', 'Su-30', 'delivered', ANY)]),
    ('Lockheed Martin delivered the first F-35A to Poland in May.',
     [('United States', 'Poland', 'F-35', 'delivered', ANY)]),
    ('Estonia received its first HIMARS launchers from the United States.',
     [('United States', 'Estonia', 'HIMARS', 'delivered', ANY)]),
    ('Mexico received two Black Hawk helicopters supplied by the US.',
     [('United States', 'Mexico', 'UH-60', 'delivered', 2)]),
    ('The Sri Lankan Navy received a Dornier 228 maritime patrol aircraft as a gift from India.',
     [('India', 'Sri Lanka', 'Do 228', 'delivered', ANY)]),
    ("Venezuela's Su-30MK2 fighters were bought from Russia in 2006.",
     [('Russia', 'Venezuela', 'Su-30', 'delivered', ANY)]),
    ('Uzbekistan has purchased Chinese Wing Loong drones.',
     [('China', 'Uzbekistan', 'Wing Loong', 'delivered', ANY)]),
    ('Chile acquired three Type 23 frigates from Britain.',
     [('United Kingdom', 'Chile', 'Type 23', 'delivered', 3)]),
    ('A batch of ten Mi-17 helicopters arrived in Kazakhstan from Russia.',
     [('Russia', 'Kazakhstan', 'Mi-17', 'delivered', 10)]),
    ('France has exported the CAESAR howitzer to Belgium, Lithuania and the Czech Republic.',
     [('France', 'Belgium', 'CAESAR', 'delivered', ANY),
      ('France', 'Lithuania', 'CAESAR', 'delivered', ANY),
      ('France', 'Czech Republic', 'CAESAR', 'delivered', ANY)]),
    ('Germany has delivered IRIS-T SLM and Skynex air defence systems to Ukraine.',
     [('Germany', 'Ukraine', 'IRIS-T SLM', 'delivered', ANY),
      ('Germany', 'Ukraine', 'Skynex', 'delivered', ANY)]),
    ('Egypt has bought submarines from Germany and frigates from Italy.',
     [('Germany', 'Egypt', 'ship', 'delivered', ANY),
      ('Italy', 'Egypt', 'ship', 'delivered', ANY)]),
    ('The Bangladesh Navy commissioned two Type 053H3 frigates transferred from China.',
     [('China', 'Bangladesh', 'Type 053', 'delivered', 2)]),
    ("South Africa's Denel sold G6 howitzers to Oman.",
     [('South Africa', 'Oman', 'G6', 'delivered', ANY)]),
    ('Jordan donated 20 Mbombe armoured vehicles to Kenya.',
     [('Jordan', 'Kenya', 'Mbombe', 'delivered', 20)]),
    ('The Akash air defence system was exported to Armenia by India.',
     [('India', 'Armenia', 'Akash', 'delivered', ANY)]),
    ('Argentina signed a contract for 24 F-16 fighters from Denmark.',
     [('Denmark', 'Argentina', 'F-16', 'ordered', 24)]),
    ('Brazil ordered four Scorpene-class submarines from France.',
     [('France', 'Brazil', 'Scorpène class', 'ordered', 4)]),
    ('Indonesia has agreed to buy 42 Rafale jets from France.',
     [('France', 'Indonesia', 'Rafale', 'agreed', 42)]),
    ('Malaysia has ordered a further 18 FA-50 jets from Korea Aerospace Industries.',
     [('South Korea', 'Malaysia', 'FA-50', 'ordered', 18)]),
    ('Qatar ordered 24 Eurofighter Typhoon jets from the United Kingdom and 36 F-15QA fighters from the United States.',
     [('United Kingdom', 'Qatar', 'Eurofighter Typhoon', 'ordered', 24),
      ('United States', 'Qatar', 'F-15', 'ordered', 36)]),
    ('Armenia has signed contracts to buy Pinaka rocket launchers and ATAGS howitzers from India.',
     [('India', 'Armenia', 'Pinaka', 'ordered', ANY),
      ('India', 'Armenia', 'ATAGS', 'ordered', ANY)]),
    ('Saab will supply two GlobalEye aircraft to the United Arab Emirates.',
     [('Sweden', 'United Arab Emirates', 'GlobalEye', 'agreed', 2)]),
    ('Taiwan will get 108 M1A2T Abrams tanks from the United States.',
     [('United States', 'Taiwan', 'M1 Abrams', 'agreed', 108)]),
    ('Norway will donate two NASAMS batteries to Ukraine.',
     [('Norway', 'Ukraine', 'NASAMS', 'agreed', 2)]),
    ('The European Union will deliver one million artillery shells to Ukraine.',
     [('European Union', 'Ukraine', 'artillery shells', 'agreed', 1000000)]),
    ('Deliveries of Rafale jets to the United Arab Emirates will begin in 2027.',
     [('France', 'United Arab Emirates', 'Rafale', 'agreed', ANY)]),
    ('Japan approved the export of Patriot missiles to the United States.',
     [('Japan', 'United States', 'Patriot', 'agreed', ANY)]),
    ('The US State Department has approved a possible sale of 12 F-16 Block 70 jets to Bulgaria, the '
     'Defense Security Cooperation Agency said.',
     [('United States', 'Bulgaria', 'F-16', 'offered', 12)]),
    ('Russia offered its Su-57 fighter to Algeria.',
     [('Russia', 'Algeria', 'Su-57', 'offered', ANY)]),
    ('Thailand expressed interest in acquiring Gripen jets from Sweden.',
     [('Sweden', 'Thailand', 'Gripen', 'interest', ANY)]),
    ('Egypt is in talks with China to acquire J-10C fighters.',
     [('China', 'Egypt', 'J-10', 'negotiating', ANY)]),
    ('The Philippines is negotiating with India over the purchase of BrahMos missiles.',
     [('India', 'Philippines', 'BrahMos', 'negotiating', ANY)]),
    ('Algeria is said to have ordered Su-57 fighters from Russia.',
     [('Russia', 'Algeria', 'Su-57', 'negotiating', ANY)]),
    ('Iraq signed a letter of intent to buy K9 howitzers from South Korea.',
     [('South Korea', 'Iraq', 'K9', ANY, ANY)]),
    ('Peru is considering buying 24 Gripen E fighters from Sweden.',
     [('Sweden', 'Peru', 'Gripen', 'interest', 24)]),
    ('Switzerland scrapped plans to buy Gripen fighters from Sweden.',
     [('Sweden', 'Switzerland', 'Gripen', 'cancelled', ANY)]),
    ('Spain suspended the delivery of 400 laser-guided bombs to Saudi Arabia.',
     [('Spain', 'Saudi Arabia', 'bombs', 'cancelled', 400)]),
    ('Germany halted deliveries of Boxer armoured vehicles to Qatar.',
     [('Germany', 'Qatar', 'Boxer', 'cancelled', ANY)]),
    ('India will produce the AK-203 rifle under licence from Russia.',
     [('Russia', 'India', 'AK-200', 'licensed_production', ANY)]),
    ('A second Type 054A/P frigate for Pakistan was launched at a Chinese shipyard in Shanghai.',
     [('China', 'Pakistan', 'Type 054', 'in_production', ANY)]),
    ('Vietnam ordered 12 Yak-130 trainers from Russia in 2019. The jets were delivered last year.',
     [('Russia', 'Vietnam', 'Yak-130', 'ordered', 12),
      ('Russia', 'Vietnam', 'Yak-130', 'delivered', ANY)]),
    ('Croatia signed a contract with France for 12 Rafale jets. The country received the first six in April.',
     [('France', 'Croatia', 'Rafale', 'ordered', 12),
      ('France', 'Croatia', 'Rafale', 'delivered', 6)]),
    ('Slovakia has ordered CV90 infantry fighting vehicles. Sweden will deliver the vehicles from 2025.',
     [('Sweden', 'Slovakia', 'CV90', 'ordered', ANY)]),
    ('Kyiv has received a further 14 Leopard 2 tanks from Berlin.',
     [('Germany', 'Ukraine', 'Leopard 2', 'delivered', 14)]),
    ('Turkish firm Baykar has shipped Akinci drones to Pakistan.',
     [('Turkey', 'Pakistan', 'Akinci', 'delivered', ANY)]),
    ('Kazakhstan has purchased Turkish-made ANKA drones, the defence ministry said.',
     [('Turkey', 'Kazakhstan', 'ANKA', 'delivered', ANY)]),
    ("The Royal Thai Navy took delivery of a frigate built by South Korea's Hanwha Ocean.",
     [('South Korea', 'Thailand', 'ship', 'delivered', ANY)]),
    ('Sweden sold Archer howitzers and Carl Gustaf recoilless rifles to Ukraine.',
     [('Sweden', 'Ukraine', 'Archer', 'delivered', ANY),
      ('Sweden', 'Ukraine', 'Carl Gustaf', 'delivered', ANY)]),
    ('Bahrain is buying Patriot missiles from the United States.',
     [('United States', 'Bahrain', 'Patriot', 'agreed', ANY)]),
    ('The United States transferred 31 Abrams tanks to Ukraine.',
     [('United States', 'Ukraine', 'M1 Abrams', 'delivered', 31)]),
    ('Iran is suspected of supplying Shahed-136 drones to Russia.',
     [('Iran', 'Russia', 'Shahed-136', 'delivered', ANY)]),
    ('Romania has finalised a deal to acquire 54 Abrams tanks from the United States.',
     [('United States', 'Romania', 'M1 Abrams', 'agreed', 54)]),
    ('Poland and South Korea signed a 3.4 billion dollar contract for 180 K2 tanks.',
     [('South Korea', 'Poland', 'K2', 'ordered', 180)]),
    ('Under the agreement, Hanwha Aerospace will provide Norway with 24 K9 howitzers, with deliveries '
     'starting in 2024.',
     [('South Korea', 'Norway', 'K9', 'agreed', 24)]),
    ('The order, worth about 2 billion euros, covers 44 Leopard 2A8 tanks for Lithuania.',
     [('Germany', 'Lithuania', 'Leopard 2', 'ordered', 44)]),
    ('Cairo has also acquired Mistral-class amphibious assault ships from Paris.',
     [('France', 'Egypt', 'ship', 'delivered', ANY)]),
    ('Bangladesh is set to receive the first of eight Yak-130 jets from Russia later this year.',
     [('Russia', 'Bangladesh', 'Yak-130', 'agreed', ANY)]),
    ('In 2018, Qatar finalised the purchase of 28 NH90 helicopters from Italy.',
     [('Italy', 'Qatar', 'NH90', 'agreed', 28)]),
    ("Manila placed an order for 32 Black Hawk helicopters with Poland's PZL Mielec.",
     [('Poland', 'Philippines', 'UH-60', 'ordered', 32)]),
    ("The Indian Navy's Scorpene submarines were built under licence from France at Mazagon Dock.",
     [('France', 'India', 'Scorpène class', 'licensed_production', ANY)]),
    ('Australia has agreed to transfer 59 retired Abrams tanks to Ukraine.',
     [('Australia', 'Ukraine', 'M1 Abrams', 'agreed', 59)]),
    ('Ankara delivered a second batch of TB2 drones to Warsaw on Tuesday.',
     [('Turkey', 'Poland', 'Bayraktar TB2', 'delivered', ANY)]),
    ('Officials said the sale of 40 F-16 fighters to Turkey had been approved by Congress.',
     [('United States', 'Turkey', 'F-16', 'agreed', 40)]),
    ('The Pentagon has notified Congress of a possible sale of Harpoon missiles to Taiwan.',
     [('United States', 'Taiwan', 'Harpoon', 'offered', ANY)]),
    ('Ghana has received four Chinese-built patrol boats.',
     [('China', 'Ghana', 'ship', 'delivered', 4)]),
    ('Some 300 Javelin anti-tank missiles were shipped to Estonia by the United States.',
     [('United States', 'Estonia', 'Javelin', 'delivered', 300)]),
    ('Ukraine has asked the United States for ATACMS missiles.',
     [('United States', 'Ukraine', 'ATACMS', 'interest', ANY)]),
    ('Iran has delivered hundreds of Shahed-136 drones to Russia, according to US officials.',
     [('Iran', 'Russia', 'Shahed-136', 'delivered', ANY)]),
    ('The Philippine Air Force has taken delivery of the last two of its 12 FA-50PH jets.',
     [('South Korea', 'Philippines', 'FA-50', 'delivered', 2)]),
    ("Egypt's purchase of 30 more Rafale jets from Dassault was confirmed.",
     [('France', 'Egypt', 'Rafale', 'agreed', 30)]),
    ("The contract with Sweden's Saab covers two GlobalEye early warning aircraft for Poland.",
     [('Sweden', 'Poland', 'GlobalEye', 'ordered', 2)]),
    ('Russia has resumed deliveries of S-400 systems to India.',
     [('Russia', 'India', 'S-400', 'delivered', ANY)]),
    ('China is building eight Hangor-class submarines for Pakistan.',
     [('China', 'Pakistan', 'Type 039', 'in_production', 8)]),
    ('North Korea is believed to have shipped artillery shells to Russia.',
     [('North Korea', 'Russia', 'artillery shells', ANY, ANY)]),
    ('Britain is to send Challenger 2 tanks to Ukraine.',
     [('United Kingdom', 'Ukraine', 'Challenger 2', 'agreed', ANY)]),
    ('Uganda bought T-90 tanks and Su-30 jets from Russia.',
     [('Russia', 'Uganda', 'T-90', 'delivered', ANY),
      ('Russia', 'Uganda', 'Su-30', 'delivered', ANY)]),
    ('India inked a $3 billion deal with the US for 31 MQ-9B drones.',
     [('United States', 'India', 'MQ-9', 'agreed', 31)]),
    ('Greece sealed an agreement to buy 20 F-35 jets from the United States.',
     [('United States', 'Greece', 'F-35', 'agreed', 20)]),
    ('Colombia has opted to buy 16 Gripen fighters from Sweden.',
     [('Sweden', 'Colombia', 'Gripen', 'agreed', 16)]),
    ("Pakistan's navy received the third of four Type 054A/P frigates ordered from China.",
     [('China', 'Pakistan', 'Type 054', 'delivered', 1),
      ('China', 'Pakistan', 'Type 054', 'ordered', 4)]),
    ('South Korea will export K239 Chunmoo rocket launchers to Poland under a $2.6 billion deal.',
     [('South Korea', 'Poland', 'K239', 'agreed', ANY)]),
    ('US-made Stinger missiles have been supplied to Taiwan.',
     [('United States', 'Taiwan', 'Stinger', 'delivered', ANY)]),
    ('Algeria imported CH-4 drones from China in 2018.',
     [('China', 'Algeria', 'CH-4', 'delivered', ANY)]),
    ("Oman's 12 Typhoon fighters were supplied by the UK.",
     [('United Kingdom', 'Oman', 'Eurofighter Typhoon', 'delivered', 12)]),
    ("Kenya's air force inducted the first of six Z-9 helicopters from China.",
     [('China', 'Kenya', 'Z-9', 'delivered', 1)]),
    ('Last week the Greek government gave final approval for the purchase of three FDI frigates from France.',
     [('France', 'Greece', 'ship', 'agreed', 3)]),
    ('Berlin is delivering Leopard 1 tanks to Kyiv in batches.',
     [('Germany', 'Ukraine', 'Leopard 1', ANY, ANY)]),
    ('Hanwha Ocean won a contract to supply two frigates to the Philippine Navy.',
     [('South Korea', 'Philippines', 'ship', 'ordered', 2)]),
    ('The Indonesian defence ministry awarded Naval Group a contract for two Scorpene submarines.',
     [('France', 'Indonesia', 'Scorpène class', 'ordered', 2)]),
    ('The latest US aid package for Ukraine includes HIMARS ammunition and 20 Stryker vehicles.',
     [('United States', 'Ukraine', 'Stryker', 'agreed', 20),
      ('United States', 'Ukraine', 'HIMARS', 'agreed', ANY)]),
    ('Two former Royal Navy minehunters were transferred to Ukraine last year.',
     [('United Kingdom', 'Ukraine', 'minehunters', 'delivered', 2)]),
    ('Vietnam commissioned two Gepard-class frigates built in Russia.',
     [('Russia', 'Vietnam', 'Gepard class', 'delivered', 2)]),
    ("Kuwait's first Eurofighter jets arrived from Italy in December.",
     [('Italy', 'Kuwait', 'Eurofighter Typhoon', 'delivered', ANY)]),
    ('The Egyptian Navy inducted a FREMM frigate purchased from Italy.',
     [('Italy', 'Egypt', 'FREMM', 'delivered', ANY)]),
    ('Morocco has placed an order with Israel Aerospace Industries for the Barak MX air defence system.',
     [('Israel', 'Morocco', 'Barak', 'ordered', ANY)]),
    ('Seoul signed a government-to-government deal to sell 18 FA-50 jets to Kuala Lumpur.',
     [('South Korea', 'Malaysia', 'FA-50', ANY, 18)]),
    ("Under the accord, Indonesia will acquire 13 Ground Master 400 radars from France's Thales.",
     [('France', 'Indonesia', 'Ground Master 400', 'agreed', 13)]),
    ("Lithuania is procuring NASAMS batteries from Norway's Kongsberg.",
     [('Norway', 'Lithuania', 'NASAMS', 'agreed', ANY)]),
    ("Turkey's purchase of Russian S-400 missile systems led to US sanctions.",
     [('Russia', 'Turkey', 'S-400', 'agreed', ANY)]),
    ('The Czech government approved the donation of 20 T-72 tanks to Ukraine.',
     [('Czech Republic', 'Ukraine', 'T-72', 'agreed', 20)]),
    ('Delivery of the Su-35 fighters to Iran has been delayed, officials said.',
     [('Russia', 'Iran', 'Su-35', 'agreed', ANY)]),
    ('Japan will export six used TC-90 aircraft to the Philippines.',
     [('Japan', 'Philippines', 'TC-90', 'agreed', 6)]),
    ('Saudi Arabia has received the first batch of Chinese Wing Loong II drones it ordered in 2017.',
     [('China', 'Saudi Arabia', 'Wing Loong', 'delivered', ANY),
      ('China', 'Saudi Arabia', 'Wing Loong', 'ordered', ANY)]),
    ('In a deal worth $1.5 billion, Warsaw bought 96 Apache helicopters from Washington.',
     [('United States', 'Poland', 'AH-64', 'delivered', 96)]),
    ('The sale of 12 Mirage 2000-5 jets by Greece to India was finalised in March.',
     [('Greece', 'India', 'Mirage 2000', 'agreed', 12)]),
    ('Argentina has bought four Super Etendard jets from France, the defence minister announced.',
     [('France', 'Argentina', 'Super Etendard', 'delivered', 4)]),
    ('Two Type 056 corvettes were gifted by China to Sri Lanka.',
     [('China', 'Sri Lanka', 'Type 056', 'delivered', 2)]),
    ('Riyadh has signed a deal for Chinese Wing Loong drones, reports said.',
     [('China', 'Saudi Arabia', 'Wing Loong', ANY, ANY)]),
    ('The Kenyan Defence Forces have acquired Turkish Otokar Cobra armoured vehicles.',
     [('Turkey', 'Kenya', 'Cobra', 'delivered', ANY)]),
    ('Nigeria will receive 12 AH-1Z attack helicopters from the US under a $997 million sale.',
     [('United States', 'Nigeria', 'AH-1Z', 'agreed', 12)]),
    ('The Dutch government decided to send 18 F-16s to Ukraine.',
     [('Netherlands', 'Ukraine', 'F-16', 'agreed', 18)]),
    ('Four Chinese-made Z-10ME attack helicopters were handed over to the Pakistan Army.',
     [('China', 'Pakistan', 'Z-10', 'delivered', 4)]),
    ('Rheinmetall said on Monday it had won an order from Hungary for 218 Lynx infantry fighting vehicles.',
     [('Germany', 'Hungary', 'Lynx', 'ordered', 218)]),
    ('Thailand, which already operates Gripen C jets, has ordered four more from Saab.',
     [('Sweden', 'Thailand', 'Gripen', 'ordered', 4)]),
    ('The kingdom has also bought THAAD missile defence batteries from the United States, the Saudi ministry said.',
     [('United States', 'Saudi Arabia', 'THAAD', 'delivered', ANY)]),
    ('Greece has agreed a follow-on order for six more Rafale fighters from Dassault Aviation.',
     [('France', 'Greece', 'Rafale', ANY, 6)]),
    ('Ukraine Receives First Patriot Systems From US And Germany',
     [('United States', 'Ukraine', 'Patriot', 'delivered', ANY),
      ('Germany', 'Ukraine', 'Patriot', 'delivered', ANY)]),
    ('The contract, signed with Airbus Helicopters, covers 12 H225M Caracal helicopters for Iraq.',
     [('France', 'Iraq', 'H225M', 'ordered', 12)]),
    ('Hungary has taken delivery of 24 of the 44 Leopard 2A7 tanks it ordered from Germany.',
     [('Germany', 'Hungary', 'Leopard 2', 'delivered', 24),
      ('Germany', 'Hungary', 'Leopard 2', 'ordered', 44)]),
    ('Moscow has supplied Minsk with Iskander missile systems, Belarusian officials said.',
     [('Russia', 'Belarus', 'Iskander', 'delivered', ANY)]),
    ('Ethiopia is now flying Chinese Wing Loong drones it acquired in 2021.',
     [('China', 'Ethiopia', 'Wing Loong', 'delivered', ANY)]),
    ('According to SIPRI, Egypt imported 24 Rafale jets from France between 2015 and 2019.',
     [('France', 'Egypt', 'Rafale', 'delivered', 24)]),
    ("Serbia's Chinese-made CH-92A combat drones were delivered in 2020.",
     [('China', 'Serbia', 'CH-92', 'delivered', ANY)]),
    ('France and Croatia signed the sale of 12 used Rafale jets in Zagreb on Thursday.',
     [('France', 'Croatia', 'Rafale', ANY, 12)]),
    ('Among the weapons Turkey sold to Ukraine were Bayraktar TB2 drones.',
     [('Turkey', 'Ukraine', 'Bayraktar TB2', 'delivered', ANY)]),
    ("Vietnam is buying artillery and radars from Israel, Hanoi's defence ministry confirmed.",
     [('Israel', 'Vietnam', 'artillery', 'agreed', ANY),
      ('Israel', 'Vietnam', 'radar', 'agreed', ANY)]),
    ('Ukraine used HIMARS launchers supplied by the United States to strike the bridge.',
     [('United States', 'Ukraine', 'HIMARS', 'delivered', ANY)]),
    ('Egypt is expanding its navy. The country has ordered two more MEKO A-200 frigates from Germany.',
     [('Germany', 'Egypt', 'MEKO', 'ordered', 2)]),
    ('Kongsberg said it would deliver a dozen NASAMS launchers to Lithuania next year.',
     [('Norway', 'Lithuania', 'NASAMS', 'agreed', 12)]),
    ('Greece received a pair of Rafale jets from France on Wednesday.',
     [('France', 'Greece', 'Rafale', 'delivered', 2)]),
    ('The Philippine defence ministry said it had signed a contract with Israel for Spyder air defence systems.',
     [('Israel', 'Philippines', 'SPYDER', 'ordered', ANY)]),
    ('India signed a deal with Russia for S-400 missile systems in 2018. The first regiment was delivered in 2021.',
     [('Russia', 'India', 'S-400', ANY, ANY),
      ('Russia', 'India', 'S-400', 'delivered', ANY)]),
    ('Bulgaria agreed to buy eight F-16 Block 70 jets from the United States. The aircraft will be delivered by 2027.',
     [('United States', 'Bulgaria', 'F-16', 'agreed', 8)]),
    ('The Gulf state has bought 80 Rafale jets from France, its ruler said. The United Arab Emirates '
     'signed the deal in Dubai.',
     [('France', 'United Arab Emirates', 'Rafale', ANY, ANY)]),
    ('Dozens of Leopard 2 tanks were sent to Ukraine by Spain, Portugal and Norway.',
     [('Spain', 'Ukraine', 'Leopard 2', 'delivered', ANY),
      ('Portugal', 'Ukraine', 'Leopard 2', 'delivered', ANY),
      ('Norway', 'Ukraine', 'Leopard 2', 'delivered', ANY)]),
    ('Indonesia ordered 42 Rafale fighters from France and two Scorpene submarines as well.',
     [('France', 'Indonesia', 'Rafale', 'ordered', 42),
      ('France', 'Indonesia', 'Scorpène class', 'ordered', 2)]),
    ('Brazil inks deal for 36 Gripen fighters from Sweden',
     [('Sweden', 'Brazil', 'Gripen', 'agreed', 36)]),
    ('Pakistan Navy commissions second Chinese-built Type 054A/P frigate',
     [('China', 'Pakistan', 'Type 054', 'delivered', ANY)]),
    ('Bangladesh clinches agreement to buy eight Yak-130 trainers from Russia',
     [('Russia', 'Bangladesh', 'Yak-130', 'agreed', 8)]),
    ('Germany hands over first IRIS-T SLM system to Ukraine',
     [('Germany', 'Ukraine', 'IRIS-T SLM', 'delivered', ANY)]),
    ('Serbia takes delivery of Chinese FK-3 air defence missiles',
     [('China', 'Serbia', 'HQ-22', 'delivered', ANY)]),
    ('Kenya to acquire Turkish Bayraktar TB2 drones',
     [('Turkey', 'Kenya', 'Bayraktar TB2', 'agreed', ANY)]),
    ('Egypt in talks with Russia over Su-35 jets',
     [('Russia', 'Egypt', 'Su-35', 'negotiating', ANY)]),
    ('US approves $1.2 billion sale of AIM-120 missiles to Australia',
     [('United States', 'Australia', 'AIM-120', 'agreed', ANY)]),
    ("India's arsenal includes Rafale jets bought from France and S-400 systems from Russia.",
     [('France', 'India', 'Rafale', 'delivered', ANY),
      ('Russia', 'India', 'S-400', 'delivered', ANY)]),
    ('The helicopters Russia delivered to Mali last year are already grounded.',
     [('Russia', 'Mali', 'helicopter', 'delivered', ANY)]),
    ("Vietnam's navy operates six Kilo-class submarines purchased from Russia.",
     [('Russia', 'Vietnam', 'Kilo class', 'delivered', 6)]),
    ('Ten Bayraktar TB2 drones were paid for by Qatar and delivered to Somalia by Turkey.',
     [('Turkey', 'Somalia', 'Bayraktar TB2', 'delivered', 10)]),
    ('Norway sold some 40 M109 howitzers to Estonia.',
     [('Norway', 'Estonia', 'M109', 'delivered', 40)]),
    ('Greece will buy up to 20 F-35 jets from the United States.',
     [('United States', 'Greece', 'F-35', 'agreed', 20)]),
    ('The US has delivered more than 100 M113 armoured vehicles to Ukraine.',
     [('United States', 'Ukraine', 'M113', 'delivered', 100)]),
    ('Poland and Romania ordered Patriot systems from the United States.',
     [('United States', 'Poland', 'Patriot', 'ordered', ANY),
      ('United States', 'Romania', 'Patriot', 'ordered', ANY)]),
    ('Kazakhstan bought an additional eight Su-30SM fighters from Russia.',
     [('Russia', 'Kazakhstan', 'Su-30', 'delivered', 8)]),
    ('A total of 20 Boxer vehicles were delivered to Qatar by Germany.',
     [('Germany', 'Qatar', 'Boxer', 'delivered', 20)]),
    ('France sold two squadrons of Mirage 2000 jets to Peru in the 1980s.',
     [('France', 'Peru', 'Mirage 2000', 'delivered', ANY)]),
    ('Slovakia handed over its entire fleet of MiG-29 fighters to Ukraine.',
     [('Slovakia', 'Ukraine', 'MiG-29', 'delivered', ANY)]),
    ('Egypt received the Mistral-class helicopter carriers, originally built for Russia, from France.',
     [('France', 'Egypt', 'ship', 'delivered', ANY)]),
]

NEGATIVE = [
    'Germany has no plans to send Taurus missiles to Ukraine.',
    'India denied that it had sold BrahMos missiles to Vietnam.',
    'Analysts speculate that Egypt might one day seek Su-35 fighters.',
    'Russia sold wheat and fertiliser to Egypt last year.',
    'French instructors trained Indian pilots to fly the Rafale.',
    'Russian technicians will overhaul the Su-30 fleet of India.',
    'The Rafale is an excellent aircraft, the Indian minister said.',
    "India's HAL manufactures Tejas fighters in Bangalore.",
    'South Korea unveiled its KF-21 fighter prototype on Friday.',
    'Japan donated ambulances and computers to the Ukrainian army.',
    'Israeli Merkava tanks patrolled the border with Lebanon.',
    'An Egyptian Su-35 crashed during a training flight.',
    'Pakistan flew its JF-17 jets at the Dubai Airshow.',
    'Washington refused to sell F-35 jets to the United Arab Emirates.',
    'Had the deal gone ahead, Egypt would have received Su-35 fighters from Russia.',
    'There is no evidence that Iran has supplied Shahed-136 drones to Venezuela.',
    "Norway's defence minister toured a plant that assembles NASAMS launchers.",
    "Brazil's Embraer is building a new hangar for its C-390 transport aircraft.",
    'Chinese drones were spotted over the Taiwan Strait.',
    'The MiG-29 was designed in the Soviet Union in the 1970s.',
    'American trainers helped Ukrainian crews learn to operate the Patriot.',
    'Serbia repaired its MiG-29 fighters with help from Belarus.',
    "Taiwan's Hsiung Feng III missiles entered mass production at home.",
    'Experts doubt that Turkey will ever receive the F-35.',
    'The United States has warned Turkey against buying Russian S-400 systems.',
    'If Sweden joins NATO, it could buy more Patriot batteries.',
    'Russia sold oil and gas worth $5 billion to India.',
    'Greek pilots will train in the United States on F-35 jets.',
    'The minister denied reports that Serbia had ordered Chinese drones.',
    'Experts said Vietnam might consider buying more Su-30 jets.',
    'Egypt hosted an arms fair where Chinese drones were displayed.',
    'Rumours that Cairo would buy Su-35 jets from Moscow were dismissed by officials.',
    'Russia will send instructors to train Su-30 pilots in Uganda.',
    'Poland signed a contract for Apache maintenance with a US firm.',
    'Two Mi-17 helicopters delivered medical supplies to the flooded villages.',
    'A C-130 aircraft from Egypt delivered humanitarian aid to Turkey.',
    "Egypt's Rafale jets took part in the exercise with Greece.",
    'India tested a BrahMos missile fired from a Su-30MKI fighter.',
    'The Indian Army received training on the Javelin from US instructors.',
    "Lockheed Martin's profits rose on strong F-35 sales.",
    'An American MQ-9 Reaper crashed into the Black Sea after an encounter with Russian Su-27 jets.',
    'Israeli officials showed the Iron Dome system to a visiting Indian delegation.',
    'Russian Su-35 fighters escorted the bombers over Syria.',
    'The frigate sailed to Karachi after a port call in Colombo.',
    "The T-90 tanks sent to Ukraine's front were destroyed, Kyiv said.",
    "China's exports of drones rose by 20 percent last year.",
    'Indonesian pilots completed their first flights in the Rafale in France.',
    'The ship carrying the S-400 components docked in Antalya.',
    'Indonesia launched a tender for two new frigates.',
    'Russia launched Kalibr cruise missiles from a submarine in the Black Sea.',
    'The Rafale maker Dassault delivered record profits last year.',
    'The US will deliver on its promise to train Ukrainian pilots on F-16 jets.',
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_reported_transfer_gives_exactly_its_records(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_sentence_reporting_no_transfer_gives_none(transfers, text):
    assert transfers(text) == []


# Native spellings of a country's name and capital (diacritics as the country's own press writes them).
NATIVE_SPELLINGS = [
    ('Việt Nam has ordered 12 Yak-130 trainers from Russia.',
     [('Russia', 'Vietnam', 'Yak-130', 'ordered', 12)]),
    ('South Korea agreed in Hà Nội to sell K9 howitzers to Việt Nam.',
     [('South Korea', 'Vietnam', 'K9', 'agreed', ANY)]),
    ('The Czech Republic delivered L-39NG jets to Việt Nam, Czech officials said.',
     [('Czech Republic', 'Vietnam', 'L-39', 'delivered', ANY)]),
    ('Sénégal took delivery of three patrol vessels from France.',
     [('France', 'Senegal', 'ship', 'delivered', 3)]),
    ("Kazakhstan's army will receive more Arlan armoured vehicles from South Africa.",
     [('South Africa', 'Kazakhstan', 'Arlan', 'agreed', ANY)]),
]

# Each party belongs to its own clause: a country named in a coordinated clause with its own subject, or a
# subject the parser hung on a clause in between, is not the other clause's party; a deal noun in a relative
# clause ("a memorandum that may result in a purchase") is the party's whose clause the noun stands in.
CLAUSE_SCOPE = [
    ('Moldova took delivery of two Piranha vehicles from Germany in 2022, while Georgia, whose national guard is '
     'being turned into a reserve army, has received Javelin missiles from the United States.',
     [('Germany', 'Moldova', 'Piranha', 'delivered', 2), ('United States', 'Georgia', 'Javelin', 'delivered', ANY)]),
    ('Kenya took delivery of six Z-9 helicopters from China in 2021, while Uganda, whose police force is being '
     'merged into the army, has received Su-30 jets from Russia.',
     [('China', 'Kenya', 'Z-9', 'delivered', 6), ('Russia', 'Uganda', 'Su-30', 'delivered', ANY)]),
    ('Ukraine said a fifth NASAMS system from Norway has arrived, and that Denmark has handed over 19 F-16 jets.',
     [('Norway', 'Ukraine', 'NASAMS', 'delivered', ANY), ('Denmark', 'Ukraine', 'F-16', 'delivered', 19)]),
    ("Armenia's defence ministry confirmed that six more Caesar howitzers from France have arrived.",
     [('France', 'Armenia', 'CAESAR', 'delivered', 6)]),
    ('Romania took delivery of F-16 jets from Norway. Hungary has now taken all 12 Gripen fighters it bought from '
     'Sweden in 2021, and in May signed a memorandum that could result in a purchase of 24 K9 howitzers from South '
     'Korea.',
     [('Norway', 'Romania', 'F-16', 'delivered', ANY), ('Sweden', 'Hungary', 'Gripen', 'delivered', 12),
      ('South Korea', 'Hungary', 'K9', 'interest', 24)]),
]


@pytest.mark.parametrize("text, expected", NATIVE_SPELLINGS + CLAUSE_SCOPE)
def test_native_spellings_and_parties_kept_to_their_clause(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    "Việt Nam's navy held drills with Indian warships in the East Sea.",
    'Officials confirmed that the French Rafale jets have arrived for the air show in Hà Nội.',
    'Peru, whose navy is ageing, has long admired British frigates, while Chile, whose army is growing, '
    'praised German tanks.',
])
def test_native_spellings_and_clauses_without_a_transfer_give_none(transfers, text):
    assert transfers(text) == []


# A counted lot told in general words ("eight aircraft", "a further 30 jets") right after a named system of its
# kind is more of that system; "the aircraft" may refer back to a drone or a helicopter. A lot from another
# seller than the system's maker stays general, and a lot told again with the named one's count is that lot.
COUNTED_LOTS = [
    ('Egypt took delivery of the first Rafale jets in 2021. Cairo then signed for a further 30 jets from France.',
     [('France', 'Egypt', 'Rafale', 'delivered', ANY), ('France', 'Egypt', 'Rafale', 'ordered', 30)]),
    ('Embraer has booked many new orders for its C-390 transport. Sweden and Hungary have jointly ordered eight '
     'aircraft.',
     [('Brazil', 'Sweden', 'C-390', 'ordered', 8), ('Brazil', 'Hungary', 'C-390', 'ordered', 8)]),
    ('Australia cancelled the seventh MQ-4C Triton drone. The aircraft had been ordered from Washington in 2022.',
     [('United States', 'Australia', 'MQ-4C', 'ordered', ANY)]),
    ('Poland received its first K2 tanks last year. Romania ordered 54 tanks from the United States.',
     [('South Korea', 'Poland', 'K2', 'delivered', ANY), ('United States', 'Romania', 'armoured_vehicle', 'ordered',
                                                          54)]),
    ('Norway has sold 32 F-16 jets to Romania. "We have sold 32 aircraft to Romania in a good process," the '
     'minister said.',
     [('Norway', 'Romania', 'F-16', 'delivered', 32)]),
    ('Qatar signed a contract for 12 Rafale jets. It also ordered 24 helicopters from Italy.',
     [('France', 'Qatar', 'Rafale', 'ordered', 12), ('Italy', 'Qatar', 'helicopter', 'ordered', 24)]),
]


@pytest.mark.parametrize("text, expected", COUNTED_LOTS)
def test_counted_lot_in_general_words_is_the_named_system(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A state's own bodies as parties: procurement agencies and a de facto embassy stand for their state; "the
# government" named without its state is the state of the military body the passage names; an order "for a
# ninth aircraft" names the system, not an unnamed buyer.
STATE_BODIES = [
    ('The federal government has scrapped its order for a ninth P-8A Poseidon patrol aircraft. The Royal '
     'Australian Air Force will now operate eight.',
     [('United States', 'Australia', 'P-8', 'cancelled', ANY), ('United States', 'Australia', 'P-8', 'ordered', ANY)]),
    ('The government signed a contract for 12 Caesar howitzers from France, the Royal Thai Army said.',
     [('France', 'Thailand', 'CAESAR', 'ordered', 12)]),
    ('The Taipei Economic and Cultural Representative Office has requested 60 Stinger missiles, the State '
     'Department said.',
     [('United States', 'Taiwan', 'Stinger', ANY, 60)]),
    ("Poland's Armament Agency signed a contract with Hyundai Rotem for 96 K2 tanks.",
     [('South Korea', 'Poland', 'K2', 'ordered', 96)]),
    ('The Capability Acquisition and Sustainment Group signed for 40 Black Hawk helicopters from the United States.',
     [('United States', 'Australia', 'UH-60', 'ordered', 40)]),
]


@pytest.mark.parametrize("text, expected", STATE_BODIES)
def test_state_bodies_stand_for_their_state(transfers, text, expected):
    assert_exactly(transfers(text), expected)


@pytest.mark.parametrize("text", [
    'The Armament Agency ordered 48 more Krab howitzers from Huta Stalowa Wola.',
    'The navy has sent frigates on goodwill calls to Vietnamese harbours every year since 2015, a US defense '
    'official said.',
])
def test_state_bodies_without_a_foreign_party_give_none(transfers, text):
    assert transfers(text) == []


# A licence runs from the licensor to the maker, whichever way the goods made under it then go.
LICENCE_DIRECTION = [
    ('Kawasaki Heavy Industries sent a batch of AIM-7 missiles produced under American licence back to the '
     'United States last month.',
     [('Japan', 'United States', 'AIM-7', 'delivered', ANY),
      ('United States', 'Japan', 'AIM-7', 'licensed_production', ANY)]),
    ('Japanese AIM-7 missiles produced under American licence were exported to the United States for the first '
     'time.',
     [('Japan', 'United States', 'AIM-7', 'delivered', ANY),
      ('United States', 'Japan', 'AIM-7', 'licensed_production', ANY)]),
    ("India's HAL builds Su-30MKI fighters under a Russian licence.",
     [('Russia', 'India', 'Su-30', 'licensed_production', ANY)]),
    ("Turkey's Aselsan produces Stinger missiles under American licence for the Turkish army.",
     [('United States', 'Turkey', 'Stinger', 'licensed_production', ANY)]),
    ('Thales Australia produces Bushmaster vehicles at Bendigo, and Raytheon Australia makes ESSM missiles under '
     'US licence in Adelaide.',
     [('United States', 'Australia', 'ESSM', 'licensed_production', ANY)]),
]


@pytest.mark.parametrize("text, expected", LICENCE_DIRECTION)
def test_licence_runs_from_licensor_to_maker(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# Deliveries told as nouns ("Deliveries of X to A were completed"), however the parser hangs the name; thanks or
# praise "expressed" for a delivery is no interest in buying.
DELIVERY_NOUNS = [
    ('Deliveries of Bayraktar TB2 drones to Qatar were completed in March, the agency said.',
     [('Turkey', 'Qatar', 'Bayraktar TB2', 'delivered', ANY)]),
    ('Deliveries of Anka unmanned aerial vehicles to Tunisia were completed in May, while Turkey has also offered '
     'its Hürjet trainer to Spain.',
     [('Turkey', 'Tunisia', 'Anka', 'delivered', ANY), ('Turkey', 'Spain', 'Hürjet', 'offered', ANY)]),
    ('Deliveries of Leopard 2A8 tanks to Lithuania will begin in 2027.',
     [('Germany', 'Lithuania', 'Leopard 2', 'agreed', ANY)]),
    ("Peru's minister voiced his gratitude that deliveries of the 24 KT-1 trainers ordered from South Korea in "
     "2012 were complete.",
     [('South Korea', 'Peru', 'KT-1', 'delivered', 24), ('South Korea', 'Peru', 'KT-1', 'ordered', 24)]),
    ('Egypt expressed interest in buying more Rafale jets from France.',
     [('France', 'Egypt', 'Rafale', 'interest', ANY)]),
    ('Brazil voiced readiness to buy more Gripen jets from Sweden.',
     [('Sweden', 'Brazil', 'Gripen', 'interest', ANY)]),
]


@pytest.mark.parametrize("text, expected", DELIVERY_NOUNS)
def test_deliveries_told_as_nouns(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# A maker's company as the subject tells the seller (a licensee elsewhere does not take its sale over); a maker's
# name on the system tells no seller; a company's country is its own, not its parent's (a Spanish subsidiary).
COMPANIES_AS_PARTIES = [
    ('Elbit has been awarded a contract to supply PULS launchers to an unnamed European army. Spain\'s SILAM '
     'variant is made under licence by Rheinmetall Expal Munitions.',
     [('Israel', 'unknown', 'PULS', 'ordered', ANY), ('Israel', 'Spain', 'SILAM', 'licensed_production', ANY)]),
    ('Rheinmetall Expal Munitions builds the SILAM launchers under licence from Elbit.',
     [('Israel', 'Spain', 'SILAM', 'licensed_production', ANY)]),
]


@pytest.mark.parametrize("text, expected", COMPANIES_AS_PARTIES)
def test_companies_as_parties(transfers, text, expected):
    assert_exactly(transfers(text), expected)


# The lot of a contract told "with" its maker, the maker set in apposition to a general noun and the contract
# described by a participle ("a contract signed in 2020 with the French manufacturer X for 30 Y").
CONTRACT_WITH_MAKER = [
    ("Mali's junta scrapped a deal concluded in 2020 with the French vehicle maker Arquus for 30 Bastion armoured "
     "vehicles.",
     [('France', 'Mali', 'Bastion', 'cancelled', 30), ('France', 'Mali', 'Bastion', 'agreed', 30)]),
    ('Chad has cancelled a contract signed in 2019 with the Turkish firm Otokar for 20 Cobra II vehicles.',
     [('Turkey', 'Chad', 'Cobra', 'cancelled', 20), ('Turkey', 'Chad', 'Cobra', 'ordered', 20)]),
    ('Chile signed a contract with the Spanish shipbuilder Navantia for two frigates.',
     [('Spain', 'Chile', 'ship', 'ordered', 2)]),
]


@pytest.mark.parametrize("text, expected", CONTRACT_WITH_MAKER)
def test_contract_with_a_maker_in_apposition(transfers, text, expected):
    assert_exactly(transfers(text), expected)


def test_a_record_without_a_buyer_takes_the_buyer_of_its_system_from_its_seller_in_its_sentence():
    """"The navy extended the lease of two X from A, pending delivery of the 31 X ordered from A": the lot on order
    is the navy's too, not the article's main buyer's; a sentence with two buyers of the system gives none."""
    from armstrack.extract.transfers import _fill_from_same_system
    from armstrack.records import Evidence, Transfer

    def record(recipient, start=0):
        return Transfer(supplier="United States", recipient=recipient, system="MQ-9B", family="MQ-9",
                        category="uav", status="delivered", evidence=Evidence("t", start, start + 10, "s"))
    leased, pending, elsewhere = record("India"), record(None), record(None, start=50)
    drafts = [(leased, True, False), (pending, True, False), (elsewhere, True, False)]
    _fill_from_same_system(drafts)
    assert pending.recipient == "India" and elsewhere.recipient is None
    two, three, open_ = record("India"), record("Brazil"), record(None)
    _fill_from_same_system([(two, True, True), (three, True, True), (open_, True, False)])
    assert open_.recipient is None
