"""Writes crates/extract/gold/gold-heldout5.jsonl: the fifth held-out set (split "heldout5").

Real passages collected with the search tool from stored news pages and labelled by hand in one
sitting, following the written conventions (crates/extract/gold/README.md), before any rule of the
fifth round of work changed, and committed before it; the extractor was not run on them and its
source was not read. They were chosen for varied voices (the ISPR, the Taliban's officials, Afghan
officials before 2021, police, hospitals, district administrators, the UN's tallies), varied
wording of figures (numbers in words, "at least", "more than", "around", groups of women and
children, tolls that rose) and varied types (drone and quadcopter strikes, air strikes, shelling
across the border both ways, attacks on border posts, suicide bombings, IEDs, market bombings),
across both sides of the border and from 2010 to 2026. None of these URLs is in gold.jsonl,
gold-heldout2.jsonl, gold-heldout3.jsonl or gold-heldout4.jsonl, and no passage shares an 8-word
sequence of a figure sentence with them (checked). They are scored once, at the end of that round
(docs/extract.md). Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- strikes and shelling on the Afghan side
A("San Diego Union-Tribune (AP)", "http://www.sandiegouniontribune.com/sdut-afghans-artillery-from-pakistan-kills-4-civilians-2012jul22-story.html", "2012-07-22", "url",
"""Afghan officials said Sunday that hundreds of shells and rockets have been fired into Afghanistan from neighboring Pakistan, hitting homes and killing four civilians along frontier areas from which insurgents have in the past staged cross-border attacks.

The Afghan government has not yet openly blamed the Pakistani military for the artillery barrage, which reportedly hit districts in the eastern provinces of Nuristan and Kunar. Both are considered insurgent hotbeds, and militants allied with both the Afghan and Pakistani Taliban regularly cross the mountainous border in both directions.

Pakistan has railed against Afghan and NATO forces for not doing enough to stop the rising number of cross-border attacks, which it says have killed dozens of members of its security forces. However, there has been little sympathy from the U.S. and Afghan governments, which have long complained Pakistan allows sanctuary to militants fighting in Afghanistan crossing the border in the opposite direction.

In the latest reported cross-border violation, nearly 400 rockets and shells were fired into Afghanistan on Saturday and killed at least four people in Dangam district along the border, according to Kunar provincial police chief Gen. Ewaz Mohammad Naziri.

He said those attacks and others in nearby Nuristan had led hundreds of families to flee the area.

There is little or no Afghan or NATO military presence in the area and large swaths of the region are controlled by insurgent groups. The information could not be independently verified because the area is largely off-limits to reporters.

Kabul's Foreign Ministry spokesman Janan Mosazai said, "The rocket attacks in the eastern provinces of Afghanistan are not acceptable to us and we are strongly condemning these attacks. We believe that the continuation of such rocket attacks will have a negative impact on the friendly relations between Afghanistan and Pakistan.\"""",
[I("2012-07-21", "day", "AFG", "Kunar", "Dangam", "cross_border_fire", None,
   [C(None, 4, "at_least", civ=4)])],
"The Saturday barrage (21 July 2012, published Sunday 22nd) that killed at least four in Dangam; the officials' 'four civilians' and the police chief's 'at least four people' are one figure in the article's voice (Afghan officials before August 2021 are not the Taliban): at_least 4, civilians 4 from the first sentence. Shells 'fired from neighboring Pakistan' but the text says Kabul has not blamed the Pakistani military and names nobody: no perpetrator. Nuristan is named without a figure (placed at Dangam, where the dead are). 'Dozens' of Pakistani security forces is context with no number. 400 rockets are not casualties.")

A("Pakistan Today (archive)", "http://archive.pakistantoday.com.pk/2014/01/28/afghanistan-blames-pak-for-killing-children-in-cross-border-shelling/", "2014-01-28", "url",
"""Afghan authorities in eastern Kunar province have alleged that at least four children were killed due to cross-border shelling from Pakistani soil.
A spokesman for the 201 Silab Military Corps for eastern Afghanistan, Haroon Yousufi said the children were killed after a rocket fired from Pakistan hit a house in Marwa district.
Yousufi further added that a service member of the Afghan Border Protection Police Forces was also killed following the cross-border incursion.
However, he said it was not clear if the rockets were fired by militants or by the Pakistani military, but he said it was most probably the Pakistani military as it has been shelling eastern Kunar and Nuristan provinces during the recent years.
Kunar is among the volatile provinces in eastern Afghanistan where Taliban militants, both from Afghanistan and Pakistan, including Taliban Chief Mullah Fazlullah, are actively operating.
According to the local residents in Kunar and Nuristan, dozens of people have been killed or injured following the cross-border shelling.
Tensions heightened between the two countries on several occasions over cross-border shelling, which also resulted into clashes between the Afghan and Pakistani forces last year.""",
[I("2014-01-28", "week", "AFG", "Kunar", "Marawara", "cross_border_fire", "PAK",
   [C(None, 5, "at_least", children=4, sec=1)])],
"No day for the shelling: the publication day, week precision. Marwa district is the gazetteer's Marawara. The Afghan army corps' spokesman (2014: the Islamic Republic, the article's voice) gives 'at least four children' and a border policeman 'also killed': the two groups add up (at_least 5, children 4, security forces 1). He alleges the Pakistani military ('most probably'), so PAK. 'Dozens' killed or injured is a no-number tally in passing.")

A("Hindustan Times (AFP)", "https://www.hindustantimes.com/world-news/rockets-fired-by-pakistani-forces-kill-six-afghans-official-101650112339016.html", "2022-04-16", "inferred",
"""Since the Taliban seized power last year in Afghanistan, border tensions between the neighbours have risen, with Pakistan alleging militant groups were carrying out attacks from Afghan soil.
At least five children and a woman were killed in an eastern Afghan province when Pakistani military forces fired rockets along the border in a pre-dawn assault Saturday, an official and a resident said.
The Taliban deny harbouring Pakistani militants, but are also infuriated by a fence Islamabad is erecting along their 2,700-kilometre (1,600-mile) border known as the Durand line, which was drawn up in colonial times.
An Afghan government official and a resident in Afghanistan's eastern Kunar province said Pakistani forces fired rockets early on Saturday that left six people dead.
"Five children and a woman were killed and a man wounded in Pakistani rocket attacks in Shelton district of Kunar," provincial director of information Najibullah Hassan Abdaal told AFP.
Ehsanullah, a resident of Shelton district who goes by one name as many Afghans do, said the assault was carried out by Pakistani military aircraft. He confirmed the death toll.
A similar pre-dawn assault was also carried out in Afghanistan's Khost province near the border, another Afghan government official said.
"Pakistani helicopters bombarded four villages near the Durand line in Khost province," he said on condition of anonymity.
"Only civilian houses were targeted and there were casualties," he added, but did not offer more details.
An Afghan tribal elder from Khost, Gul Markhan, confirmed the incident in Khost.
Pakistani military officials were not immediately available for comment, and Taliban government spokesmen in Kabul declined to comment when contacted by AFP.""",
[I("2022-04-16", "day", "AFG", "Kunar", None, "cross_border_fire", "PAK",
   [C(None, 6, "at_least", women=1, children=5),
C("TALIBAN", 6, injured=1, women=1, children=5)]),
 I("2022-04-16", "day", "AFG", "Khost", None, "air_strike", "PAK", [])],
"Pre-dawn Saturday 16 April 2022 (the page's date, inferred; 'Saturday' is the same day). Kunar: 'at least five children and a woman' is the article's voice (the groups add up to 6, at_least); the Taliban's provincial information director gives five children and a woman killed and a man wounded (TALIBAN: 6, injured 1). 'An Afghan government official' after 2021 is also the Taliban, with the same six. Shelton (Sheltan) is not a district in the gazetteer: no district. Rockets fired by Pakistani forces along the border: cross-border fire (a resident speaks of aircraft; the article's own account is rockets). Khost: helicopters bombed four villages, 'there were casualties' with no figure: an air strike with no claim, dated by the incident before it.")

A("Link Begin (dpa via Daily Sabah)", "https://linkbegin.info/2022/04/16/pakistani-rockets-kill-45-afghans-taliban-say/", "2022-04-16", "url",
"""At least 45 civilians, including women and children, have been killed in airstrikes and artillery shelling by Pakistani forces along its border with Afghanistan, local Taliban officials said on Saturday.

The attacks were carried out overnight in the Khost and Kunar provinces in eastern Afghanistan, in the border areas between the two neighboring countries.

In Khost province, at least 40 civilians were killed and 20 wounded after jets bombed four villages in Seperah district overnight, a Taliban official who declined to be named said.

The victims are civilians from three families who emigrated from the neighboring Pakistani region of Waziristan after a military operation there several years ago, the official added. Twenty-nine were from one family, he said.

In Kunar, Pakistani forces have been shelling the area with heavy artillery for the past three days in Marwara, Shelton and Nari districts, the acting provincial head of the Pakistani information and culture department told Deutsche Press-Agentur (dpa). Taliban, Najibullah Hanif.

Five civilians, including children, were killed and one wounded in the attacks on Friday night, it said.

Islamabad did not confirm whether it had carried out the attacks.

On Friday, seven Pakistani soldiers were killed in an ambush in the country’s North Waziristan tribal region. Pakistan’s newly elected Prime Minister Shehbaz Sharif warned of retaliation.

Tehreek-e-Taliban Pakistan (TTP), a militant group closely affiliated with the Afghan Taliban, operates in the border areas between the two countries. The group has increased its attacks since the Taliban regained power in Afghanistan in August last year.

The Foreign Ministry in Kabul summoned the Pakistani ambassador to protest against the night strikes.

In a statement, the ministry warned Pakistan that such acts would damage relations between the two neighboring countries.""",
[I("2022-04-15", "day", "AFG", "Khost", "Spera", "air_strike", "PAK",
   [C("TALIBAN", 40, "at_least", 20, civ=40)]),
 I("2022-04-15", "day", "AFG", "Kunar", None, "cross_border_fire", "PAK",
   [C("TALIBAN", 5, injured=1, civ=5)])],
"Published Saturday 16 April 2022 (url). Khost: jets bombed villages 'overnight' (the day before publication, 15 April, by the convention); Seperah is the gazetteer's Spera; an unnamed Taliban official is TALIBAN: at least 40 civilians killed, 20 wounded; 'twenty-nine from one family' is part of it. Kunar: artillery across the border on three districts (no district), five civilians killed and one wounded 'on Friday night' (15 April) per the Taliban's acting provincial information head (TALIBAN). Two provinces, two types (jets, artillery): two incidents, in the order named. The lead's 'at least 45' is the sum of both, not a claim of its own. The seven Pakistani soldiers killed in an ambush are the trigger, context.")

A("The Eastern Link (TOLOnews)", "https://theeasternlink.com/pakistani-shelling-kills-many-afghans/", "2020-07-30", "inferred",
"""The Defense Ministry says the Afghan Air Force and the special forces have been ordered to stay alert for a similar act against Pakistani forces.

At least nine civilians were killed and 50 others were wounded in Pakistani forces artillery attacks on “residential areas” in Spin Boldak district, Kandahar province, on Thursday, the Afghan Defense Ministry said.

The Afghan Army’s Chief of Staff Gen. Yasin Zia directed all Army corps, including Atal 205, Selab 201 and Thunder 203 to get ready for similar actions against Pakistani forces and to equip Afghan troops who are stationed along the Durand Line, the statement said.

The Afghan Air Force and the special forces were ordered to stay alert for similar actions against Pakistani forces, the statement added.

But Bahir Ahmadi, the spokesman for Kandahar’s governor, said that 15 people were killed in an attack by Pakistani forces on Spin Boldak, adding that women and children are among the victims.

He said the incident happened in Chaman crossing in Spin Boldak district of Kandahar. According to him, the clash continued for some time as the Afghan forces responded to the shelling by the Pakistani forces.

“At least 80 others have been wounded,” he added.

Artillery attacks by Pakistani forces on the eastern and southern parts of Afghanistan have occured for many years. The Pakistani government has denied these attacks.

The National Security Council in a statement said the the Afghan government will follow the issue through relevant channels and will make the required action.

Meanwhile, dozens of Afghans wounded in the attack are being treated at a Kandahar hospital.

Doctors said some of the wounded are children, and some of the wounded are in critical condition.""",
[I("2020-07-30", "day", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", "PAK",
   [C(None, 9, "at_least", 50, civ=9), C(None, 15, injured=80)])],
"Thursday 30 July 2020 (the page gives no date: inferred from the events; published the same day or the next, Thursday resolves the same). Pakistani artillery on Spin Boldak: cross-border fire by PAK. In 2020 the Afghan Defense Ministry and the Kandahar governor's spokesman are the Islamic Republic's, the article's voice, but they are two sources with two different figures: two claims (at least 9 civilians and 50 wounded; 15 killed and 'at least 80' wounded, injured 80). 'Dozens' wounded in hospital gives no number.")

A("UrduPoint (Sputnik)", "https://www.urdupoint.com/en/world/airstrike-on-family-car-kills-8-in-afghanista-775657.html", "2019-11-30", "text",
"""An airstrike at a car in Afghanistan's eastern Khost province has killed eight civilians, including a newborn, a resident of Ali Shir district told Sputnik on Saturday

The attack is believed to have been launched by foreign forces on Friday night when a family was bringing home a woman who had recently given birth at a hospital, Shah Mohammed said.

"The dead included two women belonging to one family, two children, one was a newborn, the father of the children and a villager," the resident said.

The spokesman for the Khost governor, Taleb Mangal, confirmed that a car had recently come under attack in the area but said that an investigation was underway to identify the casualties.""",
[I("2019-11-29", "day", "AFG", "Khost", "Terezayi", "air_strike", "OTHER",
   [C(None, 8, civ=8, women=2, children=2)])],
"Friday night 29 November 2019, reported Saturday 30th (the page's dateline). Ali Shir district is the gazetteer's Terezayi (alias). 'Foreign forces' are OTHER. A resident is the article's voice: eight civilians killed; the list of the dead (two women, two children, a father, a villager) are parts of the stated eight, giving women 2 and children 2. The governor's spokesman gives no figure.")

# ---------------------------------------------------------------- drones and quadcopters in Khyber Pakhtunkhwa
A("The Nation", "https://nation.com.pk/23-May-2012/five-people-killed-in-us-drone-strike-in-north-waziristan", "2012-05-23", "url",
"""At least five people were killed and several others injured when U.S. drones fired two missiles at a house in Datta Khel town of North Waziristan Agency (NWA) early on Wednesday morning.
According to the media reports, five U.S. drones were flying before they fired two missiles at the house.
At least five persons were killed in the strike while several others were injured. The house was completely destroyed in the attack. Identities of the victims in the strike are not known immediately as North Waziristan is a far-flung mountainous tribal area bordering Afghanistan. This is the first U.S. drone attack following the Chicago Summit during which the U.S. President Barack Obama reportedly said that the United States and Pakistan were making "diligent progress" on reopening a vital NATO supply line into Afghanistan, which has been closed by Pakistan following a deadly NATO air strike on two Pakistani border checkposts in November 2011. Pakistan has demanded an apology for the afore-said air strike which killed 24 Pakistani soldiers and wounded 13 others and a halt to U.S. drone strikes as preconditions for reopening the NATO supply line. But both demands have been ignored by the United States. Wednesday morning's U.S. drone strike is the 13th of its kind (counted on daily basis) in Pakistan in 2012. Up to date, at least 98 people have reportedly been killed in such strikes since this year. According to an AFP tally, 45 US missile strikes were reported in Pakistan's tribal belt in 2009, the year Obama took office, 101 in 2010 and 64 in 2011. The New America Foundation think tank in Washington says drone strikes have killed between 1,715 and 2,680 people in Pakistan in the past eight years.""",
[I("2012-05-23", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C(None, 5, "at_least")])],
"Wednesday 23 May 2012 (url). A US drone is OTHER. 'Several others injured' gives no number. The NATO air strike of November 2011 (24 soldiers killed, 13 wounded), the year's 98 killed and the yearly tallies are context, not incidents. Five drones flying are not casualties.")

A("The News", "https://thenews.com.pk/print/1296689-nine-members-of-shepherd-family-killed-in-mardan-drone-strike", "2025-03-30", "text",
"""PESHAWAR: Nine members of a shepherd family were killed during a drone strike to target suspected militants hiding in the mountains of Babozai village in Katlang tehsil of Mardan district early Saturday, according to residents and government officials.

Security officials told The News the drone strikes were carried out on credible intelligence reports regarding the presence of hardcore militants on the mountains. They claimed that the militants had planned to carry out terrorist activities during Eidul Fitr in the area. The Khyber Pakhtunkhwa government has ordered a high-level inquiry into the incident and announced compensation of Rs5 million for each victim of the drone attack.

All the nine victims, including two women and two children, belonged to Shamozai tehsil of Swat district. They used to migrate from Swat along with sheep and goats during the winter and settle in the foothills of Babozai and Shamozai villages in Mardan.

The death of innocent people sparked widespread outrage among the people, particularly the Gujjar community, reaching the site of the drone strike from Swat and nearby places in Mardan and Charsadda districts. They put together the bodies of the slain people and placed them on the Swat Expressway and blocked the two lanes for traffic for a few hours as a mark of protest.

Commissioner Mardan Nisar Khan told The News that their negotiations yielded results and the protesting people were convinced to open the expressway when the district administration accepted their demands.""",
[I("2025-03-29", "day", "PAK", KP, "Mardan", "drone_strike", "PAK",
   [C(None, 9, women=2, children=2)])],
"Early Saturday 29 March 2025, published 30 March (in the page). Residents and government officials: the article's voice, nine killed, 'including two women and two children' (parts: women 2, children 2; the word civilians is not used). The security officials (PAK) describe the strike but give no figure; the strike was the state's (security officials explain it): PAK. Swat is where the family came from; Rs5 million is compensation.")

A("Dawn", "https://www.dawn.com/news/1980622/5-children-injured-in-quadcopter-attack-in-kps-lakki-marwat-officials", "2026-03-10", "inferred",
"""LAKKI MARWAT: Five children were injured in a quadcopter attack in the Takhtikhel area of Khyber Pakhtunkhwa’s Lakki Marwat district on Tuesday, officials said.

Police Sub-Inspector (SI) Akhto Jan told Dawn that the attack, which took place in the limits of the Shaheed Asmatullah Khan Khattak police station, was believed to have been carried out by terrorists.

“Explosives dropped from the quadcopter injured five minors,” he said, adding that two of the injured boys were taken to a hospital in Bannu in view of their “serious condition”.

Separately, Rescue 1122 official Shadab Khan told Dawn that the three injured girls were taken to the tehsil headquarters hospital in Serai Naurang town.

SI Jan said that a police contingent reached the site of the incident and launched a search to locate the perpetrators. He said police were combing the area to search for the suspected terrorists.

Today’s attack comes around a month after eight minor boys were injured in a quadcopter strike in Lakki Marwat’s Takhti area.

A police official said at the time that the “terrorists targeted a football ground in the remote rural area with explosives that were dropped from a quadcopter”.

“The explosion resulted in injuries to eight minor boys who were playing there,” he said.""",
[I("2026-03-10", "day", "PAK", KP, "Lakki Marwat", "drone_strike", "UNKNOWN",
   [C(None, injured=5)])],
"Tuesday 10 March 2026 ('today's attack'; the page's date, inferred). A quadcopter: drone strike; 'believed to have been carried out by terrorists' names no group: UNKNOWN. Five injured (two boys taken to Bannu and three girls to Serai Naurang are parts). The quadcopter strike a month earlier (eight boys injured) is context. Bannu is where the injured were taken.")

A("Dawn", "https://www.dawn.com/news/1928397/children-among-six-dead-in-shell-explosion-quadcopter-strike-in-lakki-marwat", "2025-08-03", "inferred",
"""LAKKI MARWAT: Five children and a man were killed and at least 15 others injured, including four women, in two separate incidents on Saturday involving a mortar shell explosion and a quadcopter strike in the Langerkhel Surband and Shaikh Khula areas of Lakki Marwat district, police said.

The first incident occurred on Saturday morning in the Langerkhel Surband area, where children playing in the fields discovered an unexploded mortar shell and brought it back to their village.

The device detonated as they played near a rainwater tank, killing five children aged between eight and 12, and injuring 13 others, including two women.

“The explosion left five children dead and 13 others, including two women, injured,” police said.

The deceased were identified as Zenat Bibi, daughter of Jhang Khan; Shaila Bibi, daughter of Naimatullah; Muzammil, son of Naimatullah; Rafiullah, son of Fatehullah; and Palwasha, daughter of Bankhan; all residents of Wanda Langerkhel Surband.

The injured included Luqman, Bilal, Shadan, Latifa Bibi, Mohsin, Fawad, Jamshed, Wajeeh, Riffat, Mumtaz Bibi (wife of Bankhan), Fatima Bibi (wife of Sattar), Ahmad, and Saqib, according to the police.

ASI Zafar Mehmood, the official in charge of Lakki City police post, said he with his team was on patrol duty when they learned of the incident and immediately reached the hospital.

Separately, a villager was killed and two women injured in a quadcopter strike in the Shaikh Khula area.

Police said Azizullah, 54, died instantly when an explosive device dropped from a quadcopter detonated at his home. His wife, Shaikhzad Bibi, 50, and daughter-in-law, Raj Bibi, 22, were injured in the blast. The police quoted Saadullah as saying that the explosive device dropped from a quadcopter detonated, resulting in the death of his father Azizullah.

The injured were taken to hospital by the villagers. Police have registered case under relevant sections of law in the city police station and launched investigation""",
[I("2025-08-02", "day", "PAK", KP, "Lakki Marwat", "bombing", None,
   [C(None, 5, injured=13, children=5)]),
 I("2025-08-02", "day", "PAK", KP, "Lakki Marwat", "drone_strike", None,
   [C(None, 1, injured=2)])],
"Saturday 2 August 2025; the page gives no date (published the next day, inferred). Two separate incidents the article reports: an unexploded mortar shell that children brought home and that detonated (a blast with no attacker: bombing, no perpetrator; five children killed, 13 injured), and a quadcopter strike that killed a villager and injured two women (no one named: none). The lead's 'five children and a man... at least 15 injured' is the sum of the two, not a claim. Police are the article's voice.")

A("Dawn", "https://www.dawn.com/news/1923039/1-dead-3-children-injured-in-kps-bannu-after-quadcopter-attacks-by-militants-police", "2025-07-09", "text",
"""One person was killed while three were injured after militants carried out two quadcopter attacks in Khyber Pakhtunkhwa’s Bannu district on Wednesday, according to police.

The incident comes following reports of multiple quadcopter and drone attacks in KP and Balochistan over the past year. In March, at least 11 people were killed in Mardan in what locals insisted was a drone strike, while in May, a suspected quadcopter munitions drop claimed the lives of four children and injured five others in North Waziristan District’s Mir Ali tehsil. The military clarified that security forces were “falsely implicated” in the incident and that it was carried out by the banned Tehreek-i-Taliban Pakistan (TTP).

Bannu District Police Officer (DPO) Saleem Abbas Kulachi told Dawn.com, “Two quadcopter incidents occurred in the district today. In the first quadcopter attack by militants, one woman was killed while three children were injured, including two of the woman’s children.”

The woman’s body and the injured people were taken to the hospital for medical assistance, he added.

DPO Kulachi said that another quadcopter attack occurred where terrorists attacked the Meryan police station, damaging the station’s solar panels on the rooftop.

He said, “The police personnel remained safe in the attack,” adding that it was the third such militant attack on the same police station.

“A search operation was underway in the area to track down the terrorists,” he added.

Pakistan has witnessed an uptick in terror activities recently, especially in KP and Balochistan, after the banned TTP ended its ceasefire with the government in November 2022.

Bannu has seen several militant attacks over the past several months.

On Saturday, one person was killed and three others were injured after armed assailants attacked a jirga in the district.""",
[I("2025-07-09", "day", "PAK", KP, "Bannu", "drone_strike", "UNKNOWN",
   [C(None, 1, injured=3, women=1)]),
 I("2025-07-09", "day", "PAK", KP, "Bannu", "drone_strike", "UNKNOWN", [])],
"Wednesday 9 July 2025 (the page's date). Two quadcopter attacks by unnamed militants: the first killed a woman (women 1) and injured three children (injured has only a value); the second hit the Meryan police station with no casualty (an incident with no claim). The lead's one killed and three injured are the first attack's. The Mardan strike in March, the Mir Ali quadcopter of May and Saturday's attack on a jirga (one killed, three injured) are earlier events named as context, not incidents.")

# ---------------------------------------------------------------- North Waziristan: convoys, mortars from across the border
A("Dawn", "https://www.dawn.com/news/1698214", "2022-07-05", "text",
"""NORTH WAZIRISTAN: At least 10 security personnel were injured, three of them seriously, when a suicide bomber attacked a convoy of security forces in North Waziristan tribal district on Monday.

Officials said the convoy was going from Mirali to Miramshah, the district headquarters, when a suicide bomber riding a motorcycle blew himself up near one of the vehicles. The attack was carried out near Khadi market in Mirali.

Deputy Commissioner Shahid Ali Khan confirmed the suicide attack on the convoy, saying 10 security personnel were wounded.

Earlier, a police official said 15 personnel were injured in the attack.

Sources said three personnel were seriously wounded and shifted to a military hospital in Bannu garrison.

Soon after the attack, security forces cordoned off the area and a search operation was in progress. Residents said Mirali-Miramshah road had been closed for traffic. No group has so far claimed responsibility for the attack.

The Inter-Services Public Relations did not issue any statement on the incident.

This was the second suicide attack on the security forces during the last one month. A suicide bomber riding a motorcycle had attacked a convoy of security forces in the Razmak area of North Waziristan on May 30, injuring two soldiers and two children.

The attack occurred when the government was holding talks with the banned Tehreek-i-Taliban Pakistan which had declared a ceasefire for an indefinite period.

On Saturday, law enforcers had exchanged fire with terrorists of the militant Islamic State group in Ghulam Khan area of the district, in which three terrorists were killed.

Published in Dawn, July 5th, 2022""",
[I("2022-07-04", "day", "PAK", KP, "North Waziristan", "suicide_bombing", "UNKNOWN",
   [C(None, injured=10)])],
"Monday 4 July 2022, published 5 July (in the text). The deputy commissioner's 10 wounded is the article's figure; the police official's earlier 15 is the same voice's superseded figure (one claim, the current one); the three seriously wounded are part of it. A suicide bomber with no claim: UNKNOWN. The Razmak attack of 30 May (two soldiers and two children injured) and Saturday's exchange with IS (three killed) are context.")

A("The Nation", "https://www.nation.com.pk/12-Feb-2023/suicide-attack-leaves-three-soldiers-martyred-in-waziristan", "2023-02-12", "url",
"""PESHAWAR - A suicide bomber struck a convoy in Mir Ali subdivision of North Waziristan tribal district, claiming the lives of three soldiers and injuring around 22 people, including soldiers and oil company personnel.

Local sources said that the suicide bomber, riding a rickshaw, targeted security troops escorting a Mari Petroleum Corporation Limited convoy which was on its way to Bannu from Miranshah in the Khajori area of Mir Ali subdivision. As a result, three troops were martyred, and 22 others including oil company’s personnel were wounded. Following the suicide attack, two vehicles caught fire and were completely destroyed. A rescue operation in the area continued till the filing of this report. The injured were sent to a hospital in Mir Ali, while the majority of the injured were said to be in critical condition and were referred to a hospital in Bannu. Some of the injured were identified as Izharul Haq, Imdadullah, Zarin Ahmad, Fateh Khan, Khalid, Wajid, Ihsan Ali, Imam Bakhsh, Safirullah, Auliya Khan, Khalid Mahmood, Muhammad Imran, Ghulam Abbas, Abdur Rauf, and Basit. Soon after the incident, security forces cordoned off the area and launched a search operation. Meanwhile, Tehreek Taliban Pakistan (TTP) claimed responsibility for the attack. In a press release shared with media persons, TTP spokesman Muhammad Khurasani said that the latest suicide attack was meant to avenge the recent killing of their fighter Mansoor Badri in North Waziristan and others in Lakki Marwat district.""",
[I("2023-02-12", "week", "PAK", KP, "North Waziristan", "suicide_bombing", "TTP",
   [C(None, 3, injured=22, sec=3)])],
"The text gives no day for the attack: the publication day (url), week precision. Three soldiers killed (security forces 3); 'around 22' injured is 22 (injured has only a value), repeated as 22 by local sources (same voice). The TTP claimed it. The killing of a TTP fighter is context; Bannu is the convoy's destination and where the injured went.")

A("Pakistan Today (archive)", "https://archive.pakistantoday.com.pk/2011/07/04/afghan-mortar-wounds-four", "2011-07-04", "url",
"""Four people including two children were wounded on Monday when a mortar shell fired from Afghanistan struck a village near the border, security officials said.
It was the latest incident in a series of alleged cross-border attacks that have raised tensions between the neighbours as officials confirmed exploratory peace contacts between Afghanistan, the United States and the Taliban.
The officials said the shell hit Bangedar village in the Ghulam Khan district of North Waziristan, the region where America has long called on Pakistan to launch an operation against Taliban and Al-Qaeda-linked militants.
“The fire came from an Afghan border post in Khost province (in eastern Afghanistan) early this morning,” said local government official Mohammed Khan.
“One injured person is in a critical condition,” said doctor Mubarak Khan at the main hospital in Miranshah, adding that two children aged eight and 13 were among those wounded.
In Kabul, around 200 Afghans protested on Saturday against Pakistani rocket attacks that officials say have killed dozens of people.
Last week, Afghan President Hamid Karzai demanded an end to the attacks when he met the head of Pakistan’s army, General Ashfaq Kayani, in the Afghan capital.
Pakistan said only that its security forces may have fired a few accidental rounds into Afghanistan while pursuing militants across the porous 2,400 kilometre (1,500 mile) border.""",
[I("2011-07-04", "day", "PAK", KP, "North Waziristan", "cross_border_fire", "OTHER",
   [C("PAK", injured=4)])],
"Monday 4 July 2011 (url). 'Security officials said' is PAK: four wounded (the two children are part of them; the doctor gives no total). The fire came from an Afghan border post: Afghan forces before August 2021 are OTHER; across the border: cross-border fire. Ghulam Khan is in North Waziristan. The Kabul protest (200 people) and Pakistani rockets that killed 'dozens' are context.")

A("Dawn", "http://www.dawn.com/news/562134/ytisrevinu-staff-to-evresbo-partial-ekirts-from-15th", "2010-09-11", "inferred",
"""MIRAMSHAH, Sept 10: Mortar shells fired from Afghanistan killed three people and injured five others in Saidgi area of North Waziristan on Friday, residents said. Officials said that several mortar shells were fired from a Nato base in the Khost province.

According to reports, Nato forces were setting up a base camp near Pakistan border. Taliban attacked the camp on Thursday night which led to a heavy exchange of fire. Several mortar shells landed in Saidgi area and three houses were damaged.

Reports said that three people were killed and five others injured, who were taken to a hospital in Miramshah.

AFP adds: “Three people were killed and five others were wounded by mortar shells fired by coalition forces from the Afghanistan side during a gunfight with Taliban militants,” a Pakistani security official confirmed.

Nato’s International Security Assistance Force said they had “no reporting of any ISAF operations in that area last night or today.”""",
[I("2010-09-10", "day", "PAK", KP, "North Waziristan", "cross_border_fire", "OTHER",
   [C(None, 3, injured=5), C("PAK", 3, injured=5)])],
"Friday 10 September 2010 (the dateline's Sept 10 and 'on Friday'; the print date, the 11th, is inferred). Shells fired by NATO/coalition forces from Afghanistan: OTHER, across the border. Residents and reports are the article's voice (3 killed, 5 injured); 'a Pakistani security official' is PAK with the same figures. The Taliban attack on the camp on Thursday night is the cause, with no casualty: not an incident. ISAF denies operations (no figure).")

# ---------------------------------------------------------------- Bannu, Bajaur: IEDs and attacks
A("The Express Tribune", "https://tribune.com.pk/story/516913/roadside-bomb-four-security-personnel-injured-in-ied-explosion", "2013-03-07", "text",
"""BANNU:

Four military personnel were injured when an improvised explosive device (IED) planted on the roadside went off in Jani Khel, Frontier Region (FR), Bannu.

Najeeb Khan, an official of the Jani Khel police said a security forces convoy was heading towards Bannu city from Jani Khel on Wednesday evening when a bomb exploded near one of the vehicles.

The official said four security personnel were severely injured and the vehicle was completely destroyed in the impact of the blast.

Following the explosion, security forces surrounded the area and launched a search operation. However, no arrests were made. The injured were shifted to the Combined Military Hospital in Bannu.

This was the second explosion near a security forces vehicle on Wednesday. At approximately 10am, another convoy was en route to Bannu Cantonment when an IED exploded near a vehicle, damaging it. No human loss was reported in the incident.

Published in The Express Tribune, March 7th, 2013.""",
[I("2013-03-06", "day", "PAK", KP, "Bannu", "bombing", None, [C(None, injured=4)]),
 I("2013-03-06", "day", "PAK", KP, "Bannu", "bombing", None, [])],
"Wednesday 6 March 2013, published the 7th (in the text). A roadside IED that 'went off' with no attacker named: bombing, no perpetrator; four injured (police: the article's voice). The second IED of the same Wednesday (10am, no human loss) is a second incident with no claim. FR Bannu is filed under Bannu.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/10-Oct-2016/peshawar-two-levies-personnel-injured-in-ied-blast", "2016-10-10", "url",
"""SHABQADAR: At least two personnel of Levies force were injured in an improvised explosive device (IED) blast in Bajaur Agency, Federally Administered Tribal Areas (Fata) on Monday.

The explosives planted by the roadside went off as the personnel patrolled Naik Banda Mamond area of the agency, political administration said. The two personnel were rushed to the agency headquarters in Khar where they were said to be stable.

Meanwhile, the forces started a search operation in the area to find the culprits behind the attack.

Roadside blasts are common in the war-torn province.Earlier on August 19, a security official was killed while a civilian was injured when an improvised explosive device went off at a water spring in Bajaur Agency.

Similarly, on August 9, roadside bomb blast killed two security personnel in the agency. The outlawed Tehreek-e-Taliban Pakistan (TTP) had later claimed responsibility for the attack, Express Tribune reported.""",
[I("2016-10-10", "day", "PAK", KP, "Bajaur", "bombing", None, [C(None, injured=2)])],
"Monday 10 October 2016 (url). 'At least two' injured: injured has only a value, 2. The political administration is the article's voice. Explosives that 'went off', nobody named: no perpetrator (the 'culprits' are not named). The IEDs of 19 and 9 August (and the TTP's claim of the latter) are context.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/03-Sep-2025/six-security-personnel-martyred-5-terrorists-killed-in-bannu-attack-on-fc-headquarterswe", "2025-09-03", "url",
"""BANNU – Six personnel of the Pakistan Army and Federal Constabulary (FC) were martyred after Indian-sponsored militants attacked the FC Headquarters in Khyber Pakhtunkhwa’s Bannu district, the Inter-Services Public Relations (ISPR) confirmed Tuesday.

According to the military’s media wing, five armed assailants attempted to breach the facility’s perimeter before ramming an explosive-laden vehicle into the boundary wall, causing part of it to collapse. The blast also damaged nearby civilian infrastructure and injured three civilians.

“Displaying unwavering courage and professional excellence, our troops engaged the attackers with precision and eliminated all five militants linked to the Indian proxy group, Fitna al Khwarij,” the ISPR said, adding that a clearance operation in the area is ongoing and those responsible for this “heinous and cowardly act” will be brought to justice.

The ISPR further reiterated that Pakistan’s security forces, in unity with the nation, remain resolute in their mission to eradicate Indian-sponsored terrorism. “The sacrifices of our brave soldiers and innocent civilians only strengthen our commitment to safeguarding the nation at all costs,” the statement said.

Pakistan has seen a significant surge in terror activity since 2021, particularly in Khyber Pakhtunkhwa and Balochistan.

A report by the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS) revealed that in June alone, the country suffered 78 terrorist attacks, resulting in at least 100 deaths. Among the fatalities were 53 security personnel, 39 civilians, six militants, and two peace committee members. A total of 189 people were injured, including 126 security personnel and 63 civilians.""",
[I("2025-09-02", "week", "PAK", KP, "Bannu", "bombing", "TTP",
   [C("PAK", 6, injured=3, sec=6), C("PAK", 5, comb=5)])],
"Published 3 September 2025 (url). Nothing dates the attack itself; 'confirmed Tuesday' dates the ISPR's statement (2 September): week precision. Fitna al-Khawarij is the TTP. Armed assailants and an explosive-laden vehicle with no suicide word: bombing (the vehicle blast is what the text describes). The ISPR (PAK): six personnel killed and three civilians injured; the five attackers killed are a separate claim. The PICSS figures for June are a monthly tally, not an incident.")

A("ARY News", "https://arynews.tv/pak-army-captain-soldier-martyred-afghanistan/amp", "2017-11-13", "inferred",
"""BAJAUR AGENCY: Pakistan Army captain and a soldier were martyred in firing from across the Pak-Afghan border, according to Inter-Services Public Relations (ISPR).
The military’s public affairs wing in a statement confirmed that Captain Junaid Hafeez and sepoy Rahim succumbed to their wounds in the attack launched by terrorists from Afghanistan.
In retaliatory fire from the Pakistan army soldiers, at least 10 terrorists were killed while others fled to the Afghan side of the border.
In September this year, a 22-year old army officer had embraced martyrdom in firing by terrorists on a border post in Rajgal valley.
Terrorists had attacked the border post from across the Pak-Afghan border, leaving lieutenant Arsalan Alam, who was commanding officer of the post, with fatal injuries, the military’s media wing said and added that the army officer died on the spot.
The border post was established recently after the Pakistan army successfully carried out an operation in Rajgal valley of Khyber Agency.
In July 2017, Pakistan Army had launched an operation called Khyber-4 in Rajgal Valley area of Khyber Agency. The operation was launched under Radd-ul-Fasaad, a countrywide anti-terror initiative by the military to wipe out terrorists.
Operation Khyber-4 was aimed at securing the international border with Afghanistan by preventing Daesh and other local militants on Afghan side of the border from infiltration.
The operation was completed in late August and it was announced by the DG ISPR Maj Gen Asif Ghafoor at a presser. He said that the “Khyber 4” operation, which would include the Pakistan air force, would focus on the border areas inside the Khyber Agency area, which is part of FATA.
He had said 52 terrorists were killed and five arrested by the armed forces during the operation.
Fighting had subsided in FATA in recent years and many internally displaced people have been sent back to villages.""",
[I("2017-11-13", "week", "PAK", KP, "Bajaur", "armed_attack", "UNKNOWN",
   [C("PAK", 2, sec=2), C(None, 10, "at_least", comb=10)])],
"The page gives no date (13 November 2017, inferred from the events: 'In September this year', Khyber-4 in July 2017); no day for the attack in the text: the publication day, week precision. Terrorists (not a country's forces) firing from across the border: an armed attack by unnamed militants, UNKNOWN. The ISPR (PAK): a captain and a soldier killed (2). 'At least 10 terrorists' killed in retaliatory fire is a paragraph of its own with no attribution: the article's voice, a separate claim for the attackers. The September Rajgal attack (one officer) and Khyber-4's 52 are context.")

A("South Asian Monitor", "https://southasianmonitor.com/2017/03/06/5-pakistan-army-soldiers-killed-militants-attack/", "2017-03-06", "url",
"""Five Pakistan Army soldiers were killed in cross fire as militants from Afghanistan attacked three border posts in Mohmand Agency on Sunday night.

The military’s media wing, Inter Services Public Relations, said, “Last night terrorists from across the border attempted physical attack on three Pakistan border posts in Mohmand Agency.”

“Effective presence, vigilance and response repulsed terrorists’ attempt,” the statement added. Over 10 militants were reportedly killed.

The soldiers killed during the attack have been identified as Nk Sanaullah, Nk Safdar, Sepoy Altaf, Sepoy Nek Muhammad and Sepoy Anwar.

Army chief General Qamar Jawed Bajwa appreciated the response by Pakistani troops to last night’s cross border attack. He emphasised the need for physical presence on the Afghan side of the border for effective border security. “Terrorists are common threat and must be denied freedom of movement/action along the border,” the army chief said.

Gen Bajwa also expressed grief on the loss of precious lives and hailed the sacrifices made by the soldiers.""",
[I("2017-03-05", "day", "PAK", KP, "Mohmand", "armed_attack", "UNKNOWN",
   [C(None, 5, sec=5), C("PAK", 11, "at_least", comb=11)])],
"Sunday night 5 March 2017, published Monday 6th (url). The lead's five soldiers have no attribution: the article's voice (security forces 5). 'Over 10 militants were reportedly killed' follows 'the statement added' in the same paragraph: the ISPR's voice (PAK), more than 10 is at least 11, the attackers' dead. Militants from Afghanistan, no group named: UNKNOWN.")

A("APN News", "https://www.apnnews.com/3-pak-soldiers-including-4-militants-killed-in-mohmand-clash/", "2011-06-19", "text",
"""At least three Pakistani soldiers and four Taliban militants were killed in a clash in the Mohmand tribal region on Sunday.

Armed militants attacked a check post, triggering an exchange of fire between the two sides at Baizai area of Mohmand Agency in northwest Pakistan.

Thirteen soldiers were also injured in the clash, security sources were quoted as saying by TV news channels.

The militants used rockets to target the security forces and the troops fired artillery shells at rebel hideouts.

The clash occurred in a region near the Afghan border, where militants frequently launch attacks on security forces.

Security sources said militants had established bases in remote mountainous areas and crossed into Afghanistan in the wake of operations by troops.

Pakistan says militants have recently launched several attacks on border check posts from Afghan soil.

The Foreign Ministry summoned Afghan diplomats on two occasions to protest over recent incursions.

Security sources said militants have carried out at least four incursions into Pakistani territory from Afghan soil in less than a month.

The attacks killed nearly 40 Pakistani security personnel and civilians.

Pakistan raised the militant incursions from Afghan territory with President Hamid Karzai when he visited Islamabad during June 10-11.

Karzai promised to stop militants if it was proved that they were using Afghan soil.

Pakistani Taliban deputy chief Maulvi Faqir Muhammad said last week that he was in the northeastern Afghan province of Kunar and would attack Pakistani forces in Bajaur Agency.""",
[I("2011-06-19", "day", "PAK", KP, "Mohmand", "armed_attack", "UNKNOWN",
   [C(None, 3, "at_least", 13, sec=3), C(None, 4, "at_least", comb=4)])],
"Sunday 19 June 2011 (published that day, in the text). Militants attacked a check post: an armed attack by militants the text does not tie to a named group (the dead are called 'Taliban militants'; the Pakistani Taliban's deputy chief is mentioned only as context): UNKNOWN. 'At least three soldiers and four Taliban militants': the victims (at least 3, security forces 3, with 13 soldiers injured from unnamed security sources, the article's voice) and the attackers (at least 4; 'at least' read as covering both numbers) are separate claims. The incursions tally ('nearly 40' killed) is context.")

# ---------------------------------------------------------------- Chitral, Balochistan
A("Daily Times", "https://dailytimes.com.pk/1129923/4-soldiers-martyred-12-terrorists-killed-during-clash-massive-cross-border-attack-repulsed-in-chitral/", "2023-09-07", "inferred",
"""Four soldiers of Pakistan Army on Wednesday embraced martyrdom while gallantly thwarting a heavily armed terrorists’ attack on two military posts along Pak-Afghan border in Chitral, whereas 12 terrorists were killed and several critically injured amid intense exchange of fire.

A large group of terrorists equipped with the latest weapons attacked two Pakistani military posts located closer to the Pakistan-Afghanistan border in general area Kalash, district Chitral, an Inter Services Public Relations (ISPR) news release said.

The military’s media wing said the terrorists’ movement and concentration in Gawardesh, Pitigal, Barg-e-Matel and Batash areas of Nuristan and Kunar provinces of Afghanistan had already been picked up and were timely shared with the Interim Afghan government.

Owing to heightened threat environment, the Pakistan Army posts were already on high alert.

“The valiant soldiers fought bravely and repulsed the attacks inflicting heavy casualties to the terrorists. During the fire exchange, twelve terrorists were sent to hell, while a large number has been critically injured,” the ISPR said.

Sanitisation of the area was carried out to eliminate any other terrorists found in the area. “Security forces of Pakistan are determined to eliminate the menace of terrorism and such sacrifices of our soldiers further strengthen our resolve. The brave people of Chitral also stand firmly with the security forces in not allowing the terrorists to ruin the peace of the area,” the ISPR said.

The interim Afghan government was expected to fulfill its obligations and deny the use of Afghan soil by terrorists for perpetuating acts of terrorism against Pakistan, it added.""",
[I("2023-09-06", "day", "PAK", KP, "Chitral Lower", "armed_attack", "UNKNOWN",
   [C(None, 4, sec=4), C(None, 12, comb=12), C("PAK", 12, comb=12)])],
"Wednesday 6 September 2023; the page's date (7 September) inferred. District Chitral is the gazetteer's Chitral Lower (alias Chitral; Kalash lies there). The lead (no attribution, the article's voice): four soldiers killed, and 12 terrorists killed as a separate claim for the attackers; 'several' injured gives no number. The ISPR's quotation (PAK): twelve attackers killed; it gives no soldiers' figure in this text. Terrorists, no group named: UNKNOWN. Nuristan and Kunar are where they gathered, not the place of the attack.")

A("Dawn", "https://www.dawn.com/news/1762721/major-among-six-martyred-in-balochistan-attacks", "2023-07-03", "inferred",
"""QUETTA: An army major and a soldier were martyred in an exchange of fire with terrorists in Kech district of Balochistan on Sunday night, the ISPR said.

The incident occurred hours after the martyrdom of four security personnel in simultaneous attacks on three checkpoints in Sherani district.

ISPR, the military’s media wing, said in a statement that security forces on credible intelligence about the movement of a gang of terrorists launched an operation in the Hoshab area of Kech district. While establishment of blocking positions to cut the escape routes was under way, a party of terrorists opened fire on the security forces.

“As a result of heavy exchange of fire, Major Saqib Hussain and Naik Baqir Ali embraced Shahadat, while another soldier got injured,” the ISPR said.

“Security forces, in step with the nation, remain determined to thwart such attempts at sabotaging peace, stability and progress of Balochistan. Resultantly, the follow-up operation to nab the perpetrators of attack continues in the area.”

Attacks on checkpoints

Earlier in the day, four security personnel, including two officers, were martyred and a suspected terrorist was killed in attacks on three checkpoints on Zhob-D.I. Khan Highway in Sherani district.

“The armed attacks were launched simultaneously on three security check posts of police, Levies and Frontier Corps, which are close to each other in Danasar area,” Zhob Division Commissioner Saeed Ahmed Umrani said, adding that a combing operation is under way for the arrest of attackers.

The banned Tehreek-i-Taliban Pakistan claimed responsibility for the attacks on the posts in a statement issued by its spokesman.

Officials said armed militants lobbed grenades and rockets which exploded at the police checkpoint, resulting in the martyrdom of three personnel.""",
[I("2023-07-02", "day", "PAK", BAL, "Kech", "armed_clash", "UNKNOWN",
   [C("PAK", 2, injured=1, sec=2)]),
 I("2023-07-02", "day", "PAK", BAL, "Sherani", "armed_attack", "TTP",
   [C(None, 4, sec=4), C(None, 1, comb=1)])],
"Sunday night 2 July 2023; the print day (3 July) inferred. Two incidents. Kech: an exchange of fire during an operation (armed clash), a party of unnamed terrorists opened fire (UNKNOWN); the ISPR (PAK): the major and a naik killed (2, named: security forces), another soldier injured (1). Sherani, 'earlier in the day' (the same Sunday): attacks on three checkpoints claimed by the TTP; four personnel killed (the article's voice), the suspected terrorist killed is a separate claim; the three at the police checkpoint are part of the four. The headline's 'six' is not in the text.")

A("Pakistan Today", "https://pakistantoday.com.pk/2023/07/02/attack-on-balochistan-checkposts-leaves-four-security-personnel-dead", "2023-07-02", "url",
"""QUETTA: Unidentified gunmen targeted two security checkposts in the rural Sherani subdistrict of Balochistan, resulting in the killing of four law enforcement personnel, security officials said Sunday.

According to Bilal Shabbir, the deputy commissioner of Sherani, an exchange of gunfire unfolded between security forces and attackers, lasting nearly two hours.

He confirmed that during the encounter, another Frontier Corps personnel sustained wounds but was in stable condition.

One militant was killed in the intense firefight, while two others sustained injuries.

Providing additional details, Shabbir said: “The associates of the injured terrorists managed to evacuate them from the scene. The body of the slain militant has been handed over to the Counter-Terrorism Department [of provincial police].”

The bodies of the deceased personnel have been transferred to the District Headquarters (DHQ) hospital of Zhob, where necessary procedures will be carried out.

Expressing his condemnation, Abdul Qudus Bizenjo, the chief minister of Balochistan, denounced the attack as an act of terrorism. He emphasised that such cowardly acts would not dampen the morale of the security forces.

“The sacrifices made by our security forces serve as a guiding light for the entire nation,” said the chief minister.

He also praised the unwavering determination and bravery exhibited by the security forces in ensuring the safety and security of the country and its people.

The bloodshed comes after the government declared a new offensive against militants following a resurgence of attacks in recent months, including a mosque bombing in Peshawar that killed more than 100 people in February.

The military has launched several operations in the province, dismantling the militants’ infrastructure and networks and forcing their leaders to flee to neighbouring Afghanistan.

— With Reuters""",
[I("2023-07-02", "week", "PAK", BAL, "Sherani", "armed_attack", "UNKNOWN",
   [C("PAK", 4, sec=4), C(None, injured=1), C(None, 1, injured=2, comb=1)])],
"No day for the attack: 'security officials said Sunday' dates the statement (2 July 2023, the url's day): week precision. Unidentified gunmen: UNKNOWN. 'Security officials' are PAK: four personnel killed. The deputy commissioner (the article's voice) adds an FC man wounded: a claim with only an injured figure. The attackers' losses (one killed, two injured), in a paragraph of their own without attribution, are the article's voice and a separate claim. Zhob is where the bodies went; the Peshawar mosque bombing ('more than 100') is context.")

A("Dawn", "https://www.dawn.com/news/1872899/seven-fc-men-martyred-18-injured-in-kalat-terrorist-attack", "2024-11-17", "inferred",
"""QUETTA: Seven security personnel were martyred and 18 others wounded in a pre-dawn terrorist attack on a check post on a mountain in the Johan area of Kalat, officials said on Saturday.

According to Inter-Services Public Relations, security forces killed six terrorists while four others were injured when they attempted to attack the security post near Shah Mardan on Friday night.

The troops fought gallantly as a result of which six terrorists were killed, while four others injured, it said, adding that during an intense exchange of fire, seven troops embraced martyrdom.

The terrorists used rockets, hand grenades and automatic heavy weapons before storming the Shah Mardan check post of the Frontier Corps (FC), ISPR said.

“Seven soldiers posted at the check post lost their lives while 18 others received injuries in the pre-dawn attack,” Kalat division commissioner Naeem Bazai told Dawn, adding that the injured and bodies were shifted to CMH, Quetta.

Last week, a suicide bombing at Quetta Railway Station claimed 26 lives and left around 60 others injured.

The banned Baloch Liberation Army claimed responsibility for the attack on the check post.

According to Levies and police officials, terrorists cordoned off the area before launching the attack. The personnel deployed at the post returned fire and heavy exchange of fire continued for three hours. On receiving information about the assault, another contingent of FC troops rushed to the area and engaged the attackers.

“Around three dozen armed men cordoned off the Shah Mardan FC check post and attacked with heavy weapons,” Habibullah, a senior police officer of Kalat police said, adding that the gun battle continued for three hours.

Locals heard blasts and gunshots even after daybreak.

Kalat Deputy Commissioner Bilal Shabir said security forces had launched a search operation in the area of Johan and its surroundings to trace out the terrorists involved in the attack.""",
[I("2024-11-15", "day", "PAK", BAL, "Kalat", "armed_attack", "BLA",
   [C(None, 7, injured=18, sec=7), C("PAK", 7, sec=7), C("PAK", 6, injured=4, comb=6)])],
"Friday night 15 November 2024 (the ISPR's 'Friday night'; the page gives no date, published the next days, inferred after the Quetta station bombing of 9 November, 'last week'). Officials and the division commissioner (the article's voice): seven killed, 18 wounded. The ISPR (PAK): seven troops killed, and the attackers' six killed and four injured as a separate claim. The BLA claimed it; storming a check post: armed attack. The Quetta bombing (26 killed, around 60 injured) is context; 'three dozen' armed men are attackers, not casualties.")

# ---------------------------------------------------------------- Kurram and Parachinar
A("Devdiscourse", "https://www.devdiscourse.com/article/law-order/3485097-tragedy-strikes-in-kurram-mortar-shell-incident-injures-14", "2025-06-28", "text",
"""A mortar shell explosion injured 14 people, including five children, in Kurram district, Pakistan. The shell hit a house, partially damaging it. Residents aided the injured and took them to a hospital. Authorities are investigating the source of the shelling, which occurred near the Afghan border.

A mortar shell explosion has left 14 people injured, including five children, in the Kurram district of Khyber Pakhtunkhwa, Pakistan. The incident took place on Saturday, as the shell, fired from an unknown location, struck a house near the Afghan border.

The explosion, which occurred in the village of Kachhi Kamar, resulted in partial damage to the residence. Local villagers promptly rescued the injured and transported them to a nearby hospital to receive medical care.

Authorities have begun a thorough investigation to determine the origin of the mortar shell, aiming to understand and prevent future occurrences of such cross-border incidents.

(With inputs from agencies.)""",
[I("2025-06-28", "day", "PAK", KP, "Kurram", "shelling", None, [C(None, injured=14)])],
"Saturday 28 June 2025 (the page's date). A shell 'fired from an unknown location' hit a house: shelling with no party named (not labelled cross-border fire: the origin is under investigation). 14 injured; the five children are part of them (injured has only a value).")

A("The Express Tribune (AFP)", "https://tribune.com.pk/story/582671/death-toll-in-parachinar-twin-suicide-attacks-rises-to-51", "2013-07-27", "text",
"""PESHAWAR: The death toll from twin suicide attacks at the bazaar in Parachinar has risen to 51, officials said on Saturday.

The Friday attacks at the bazaar in Parachinar, the main town of Kurram tribal district were the deadliest to hit the country during the month of Ramazan.

"The death toll from the suicide attacks has raised to 51," a senior administration official in Kurram, Riaz Mehsud, told AFP.

Earlier, officials had put the death toll at 41.

"The new deaths occurred overnight", Mehsud said, adding that more than 150 people were injured in the attacks.

"We are still compiling the data about injured people as many of them had been shifted to Peshawar and Kohat."

Sabir Hussain, head of the local hospital also confirmed the new death toll.

The explosions sent handcarts flying as shoppers bought food to open their fasts at sunset.

Parachinar administration officials said both blasts were carried out by suicide bombers, who walked into the crowded market.

"We found many body parts, including parts of the suicide bombers. There was blood and human flesh at the blasts site," Mehsud said on Friday.

The area where the bombers struck is mainly inhabited by minority Shia but officials said they could not immediately identify the victims.

There was no immediate claim of responsibility but attacks waged by Sunni against Shias, who account for 20 percent of the 180 million populations, are on the rise.

Kurram is frequently the scene of sectarian violence between the Sunni majority and Shia minority.""",
[I("2013-07-26", "day", "PAK", KP, "Kurram", "suicide_bombing", "UNKNOWN",
   [C(None, 51, injured=151)])],
"The Friday attacks (26 July 2013), reported Saturday 27th (AFP, in the page). A toll that 'has risen to 51' replaces the earlier 41. 'More than 150' injured is 151 (injured has only a value). The administration official and the hospital head are the article's voice. Two suicide bombers, no claim: UNKNOWN; twin blasts at one bazaar are one incident. Peshawar and Kohat are where the injured went.")

A("Neo News", "https://en.neonetwork.pk/24-Jun-2017/parachinar-twin-blasts-death-toll-rises-to-45-over-300-injured", "2017-06-24", "url",
"""Peshawar (Staff Report): The death toll of Friday's twin blasts in Parachinar has soared to 45 and over 300 others injured, officials of political administration confirmed.

The back-to-back explosions occurred as people were busy shopping for Iftar and Eid in the Turi Bazaar area on Friday afternoon, close to a crowded bus terminal in Parachinar, Kurram Agency.

The twin blasts were reported to have occurred near Tal Adda, where market and bus terminal are located. The second explosion took place as rescuers and bystanders rushed to aid those who had been hurt in the first explosion.

Survivors described hiding inside shops after hearing a “huge bang” – then stumbling through dust-choked air filled with the sound of screams, tripping over bodies as they searched for the wounded in the busy market in Parachinar, the capital of Kurram tribal agency.

The intensity of the blast could be gauged from the damage that has been caused to the houses and cars in the vicinity, said Kurram Agency political agent Shoukat Yousafzai.

Rescue operations are underway. An emergency has been imposed in the hospitals in the area, and the injured are being taken to the District General Hospital, Parachinar.

Kurram agency is considered one of the most sensitive tribal regions as it borders three Afghan provinces and was once the main route for cross-border militant activity.""",
[I("2017-06-23", "day", "PAK", KP, "Kurram", "bombing", None, [C(None, 45, injured=301)])],
"Friday 23 June 2017, published Saturday 24th (url). A toll that 'soared to' 45 (exact); 'over 300' injured is 301. The political administration is the article's voice. Twin blasts at one bazaar: one incident; no suicide word and nobody named: bombing, no perpetrator.")

A("The Express Tribune", "https://tribune.com.pk/story/1009233/four-dead-several-wounded-in-parachinar-blast/", "2015-12-13", "text",
"""PESHAWAR / ISLAMABAD: A bomb hidden in a bag ripped through a crowded bazaar in a mainly Shia area of northwestern tribal region Sunday, killing at least 23 people and wounding more than 30, officials said.

The death toll was expected to rise after the explosion at the Eidgah used-clothes market in Parachinar, the capital of Kurram Agency on the border with Afghanistan.

“The death toll has reached 23 as many of the critically wounded succumbed to injuries as they were being shifted to helicopters to fly them to Peshawar,” Amjad Ali Khan, the political administrator of Kurram, told AFP.

Following the blast rescuers rushed to the scene of crime. Meanwhile, security forces cordoned the area and launched a search operation.

Two senior police officials who requested anonymity confirmed the incident.

“A bomb disposal squad has reached the spot and is trying to ascertain the nature of the blast,” one of them added.

The bodies and the injured were shifted to the Agency Headquarters Hospital in Parachinar.

Kurram is one of the seven semi-autonomous tribal agencies, which are governed according to local laws and customs. They are the frontline of Pakistan’s battle against an insurgency that began after the US-led invasion of Afghanistan forced Taliban and al Qaeda militants to flee across the border.""",
[I("2015-12-13", "day", "PAK", KP, "Kurram", "bombing", None, [C(None, 23, "at_least", 31)])],
"Sunday 13 December 2015 (published that day, in the page). 'At least 23' killed and 'more than 30' wounded (31), officials: the article's voice; the political administrator's 'reached 23' is the same figure. A bomb hidden in a bag, nobody named: bombing, no perpetrator. (The page's related-story links and photo captions are left out.)")

A("Dawn", "http://dawn.com/news/1309800/blast-in-parachinar-vegetable-market-kill-20", "2017-01-21", "inferred",
""""Terrorists will fail in their attempt to regain lost relevance," Army Chief General Qamar Javed Bajwa said on Saturday after a blast at a vegetable market in Kurram Agency's Parachinar area killed 25 people.
According to a statement issued by Inter-Services Public Relations (ISPR), the army chief said terrorists will fail at all fronts.
At least 25 people were killed and 87 others were injured in the blast at the Sabzi Mandi, a spokesperson for the health directorate of the Federally Administered Tribal Areas said in a statement issued in Peshawar.
Ikramullah Khan, a senior government official in Parachinar, said that the blast was caused by an improvised explosive device (IED) which was hidden in a vegetable box. The explosion was remote-controlled, a bomb disposal squad official said.
In a text message sent to journalists, the proscribed Lashkar-i-Jhangvi al-Alami claimed that it, along with Tehreek-i-Taliban Pakistan (TTP) splinter Shehryar Mehsud group carried out the attack. However, the Shehryar Mehsud group did not independently claim the bombing.
Noorullah Khan, an official in Parachinar hospital, said that 11 bodies and more than 40 injured had been taken to the hospital.
According to the statement issued by ISPR, the blast took place at 08:50am.
The injured were shifted to agency headquarters hospital.
Dr Sabir Hussain at the Parachinar main hospital said 11 critically wounded people died during treatment. He said there are still several people in serious condition who are being shifted to other hospitals for better care.""",
[I("2017-01-21", "day", "PAK", KP, "Kurram", "bombing", "OTHER", [C(None, 25, "at_least", 87)])],
"Saturday 21 January 2017 (the page gives no date; inferred, reported the same day). The FATA health directorate's 'at least 25' killed and 87 injured are the article's voice (the army chief's sentence carries the same 25 in the article's words). The hospital's 11 bodies and 'more than 40' injured, and the 11 who died in treatment, are parts, not claims. A remote-controlled IED claimed by Lashkar-i-Jhangvi al-Alami with a TTP splinter: groups outside the list, OTHER.")

# ---------------------------------------------------------------- no incident: trade, talks, refugees
A("Moneycontrol (PTI)", "https://www.moneycontrol.com/news/world/pakistan-reopens-torkham-border-with-afghanistan-for-vehicular-traffic-over-7000-trucks-cross-the-border-10158841.html", "2023-02-25", "inferred",
"""Pakistan on Saturday reopened the Torkham border for vehicular traffic, allowing the movement of over 7,000 trucks stranded there for the last six days amidst bilateral tensions.

The Torkham border crossing -- a vital commercial artery and a trade route for Pakistan to Central Asian countries -- was shut by the Afghan Taliban on Sunday after Islamabad accused Kabul of providing safe havens to the Pakistan Taliban militants whose cross-border attacks have led to a spike in violence in this country.

Earlier, the Pakistan government reopened the Torkham border only for pedestrians while over 7,000 trucks laden with goods, including perishable items like vegetables, poultry, and eggs, were stranded.

Torkham border from the Pakistani side has been opened and all vehicular movement including that of cargoes has started, said Director Pak-Afghan Joint Chamber of Commerce and Industry (PAJCCI), Zia-ul-Haq Sarhadi.

He had earlier said that the border closure would inflict enormous losses to exporters and businessmen if the Pakistani government did not open the gate.

The Afghan side opened the gate on Thursday but it remained closed from the Pakistani side, causing concern among businessmen and other stakeholders of the Pak-Afghan trade.

Closure of the border is not only inflicting losses in millions of rupees to the national exchequer but also creating a lot of problems for ailing Afghans who want to come here for treatment, Zia had said.""",
[], "The Torkham crossing reopened (Saturday 25 February 2023, the page's date); trucks are not casualties; no incident.")

A("Daily Times", "https://dailytimes.com.pk/1163880/torkham-border-reopened-after-10-days-closure/", "2024-01-23", "inferred",
"""The Torkham border crossing between Pakistan and Afghanistan has been reopened for trade after a 10-day closure, as announced by authorities on Tuesday. Officials reported that in Peshawar, Afghanistan’s consular general engaged in discussions with Pakistani authorities and the issue of opening the Torkham Border for unlicensed drivers was conditionally resolved. The first truck carrying goods from Afghanistan has already crossed into Pakistan, the border authorities said. As part of the new agreement, Afghan drivers now have a deadline of 1st March to ensure that their documents are in complete order as after 1st April drivers without the necessary documentation will be denied entry from Afghanistan into Pakistan. The border sources said the federal government had mandated cargo vehicles to have complete documentation before entering Pakistan. However, when this decision was set to be enforced on January 13, the Afghan side closed the border. Reports also indicated that despite having complete documentation, several Pakistanis were stranded in Afghanistan. Reacting to the development, the Sarhad Chamber of Commerce and Industry (SCCI) welcomed the reopening of the Torkham border for trade after successful Pak-Afghan talks and said that bilateral trade will be promoted after this important development.""",
[], "A trade reopening after a dispute over drivers' documents; no incident. The page gives no date: Tuesday 23 January 2024, inferred (ten days after 13 January).")

A("Business Recorder", "https://www.brecorder.com/news/40389285/istanbul-talks-continue-between-pakistan-and-afghanistan", "2025-10-26", "inferred",
"""ISLAMABAD: Amid tensions between Pakistan and the Afghan Taliban, high-level delegations of the two countries held negotiations in Istanbul, with Türkiye’s mediation. Informed diplomatic sources revealed that the discussions, which began around 2:30 p.m. at local time, continued for more than eight hours. The talks were paused for prayer breaks, said the sources.

First round of talks were held in Doha, with Qatari mediation, on October 19, which was attended by Pakistani and Afghan Defence Ministers and top security officials.

The negotiations came at a time when relations between Islamabad and Kabul have strained over cross-border terrorism, border security issues, and the presence of outlawed Tehrik-e-Taliban Pakistan (TTP) elements allegedly operating from Afghan soil to destabilise Pakistan.

A delegation led by Rahmatullah Najib, Deputy Minister of Interior, Suhail Shaheen, Acting Ambassador of the Islamic Emirate of Afghanistan in Qatar, Anas Haqqani, a senior member of the Islamic Emirate, Noor Ahmad Noor, Director General of Political Affairs of the Ministry of Foreign Affairs, Noor Rahman Nasrat, Deputy Operations of the Ministry of Defense, and Abdul Qahar Balkhi, Spokesperson of the Ministry of Foreign Affairs, participated in talks.

The Pakistani side was represented by a delegation comprising senior-most officers of the Ministry of Foreign Affairs and the Ministry of Defence.

However, sources didn’t disclose the composition and names of the delegation members. It was also learnt through reliable sources that talks were held at a very sensitive venue in Istanbul and media was kept away from covering the talks.

No official word or photo was released till the filing of this report.""",
[], "Diplomacy (the Istanbul talks, 26 October 2025, the page's date); no incident and no figure.")

A("Interbellum News", "https://interbellumnews.com/amp/story/conflicts/third-round-of-pakistan-and-afghanistan-talks-end-without-results", "2025-11-08", "inferred",
"""The third round of ceasefire negotiations between Afghanistan and Pakistan ended Friday in Istanbul without any concrete progress, leaving the fragile truce between the two neighbors in jeopardy. The talks, mediated by Turkey and Qatar, had been expected to formalize the temporary ceasefire agreement reached in Doha on October 19th, which brought an end to nearly two weeks of cross-border hostilities that began on October 9th following Pakistani airstrikes on targets inside Afghanistan.

Led by the intelligence chiefs of both countries—Abdul Haq Wasiq, head of Afghanistan’s General Directorate of Intelligence (GDI), and Asim Malik, director of Pakistan’s Inter-Services Intelligence (ISI)—the Istanbul discussions reportedly broke down over Islamabad’s demand that Afghanistan expel or detain members of the Tehreek-i-Taliban Pakistan (TTP), better known as the Pakistani Taliban. Kabul has consistently denied that TTP fighters are operating on its territory.

According to Afghan media reports, Pakistan proposed that Afghanistan accept TTP members into de facto internal exile, a suggestion the Afghan delegation immediately rejected. Kabul’s negotiators pointed out the contradiction in Pakistan’s position—demanding TTP relocation to Afghan soil while simultaneously citing their alleged presence in Afghanistan as justification for prior airstrikes.

Afghan government spokesman Zabihullah Mujahid blamed Islamabad for the collapse of the talks, stating: “The irresponsible and non-cooperative attitude of the Pakistani delegation resulted in no outcome, despite the Islamic Emirate’s good intentions. We will not allow anyone to use Afghan territory against another country.”""",
[], "Talks that ended without results (Friday 7 November 2025; published the next day, inferred). The airstrikes of 9 October and the two weeks of hostilities are background with no figure: no incident.")

A("Jang (The News)", "https://jang.com.pk/en/15769-good-news-for-registered-afghan-refugees-in-pakistan-one-year-extension-news", "2024-07-11", "inferred",
"""Afghan refugees can stay for one more year in Pakistan after the government decides to extend the validity of registration cards.
According to Al Jazeera, the extension decision came after senior UN official Filippo Grandi, chief of the United Nations refugee agency (UNHCR), urged the country to stop its deportation plan during his visit earlier this week.
The prime minister’s office said in a statement after the conclusion of a cabinet meeting on Wednesday, July 10, “The federal cabinet approved a one-year extension of the validity of POR (Proof of Registration) cards for 1.45 million Afghan refugees. Their PoR cards have been expired on June 30, 2024. The extension has been granted until June 30, 2025.”
Moreover, Pakistan gave asylum to Afghan refugees after the Soviet invasion of Afghanistan in 1979. As per the government, the country is currently hosting nearly three million Afghans, of these 2.4 million have legal documentation.
Among the legal refugees, 1.5 million hold a UNHCR Proof of Residence card, while 800,000 possess an Afghan Citizenship Card (ACC).
Pakistan, in November 2023, began the first phase of deporting Afghan refugees, in which about 541,000 were forced to leave the country.""",
[], "Refugee registration cards extended; refugee and deportation counts are not casualties; no incident (the page's date, 11 July 2024).")

if __name__ == "__main__":
    # Scored once at the end of round 5; development data since round 6.
    write(lambda index: {"id": f"heldout5-{index:03d}", "split": "dev", "first_split": "heldout5"})
