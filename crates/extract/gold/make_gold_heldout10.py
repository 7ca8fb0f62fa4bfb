"""Writes crates/extract/gold/gold-heldout10.jsonl: the tenth held-out set (split "heldout10").

Real passages collected with the search tool from stored news pages (corpus "pages") and labelled
by hand in one sitting, following the written conventions (crates/extract/gold/README.md), by a
helper session that never ran the extractor, nor read its source, word lists, docs, tests or
golden output. They were chosen as an ordinary daily mix of the frontier's news from 2010 to 2025,
from outlets, years and districts the earlier sets use less, and for events not yet in the sets:
a car bomb in Hangu claimed by Lashkar-e-Jhangvi Al-Alami (2010, no day given); two blasts at one
place in Tirah (2012, the second on a militant leader who came to inspect the first) and the
Landi Kotal taxi-stand bomb (2012); militants from Afghanistan killed attacking Chitral checkposts
(2012, only the attackers' dead); a suicide bomber on a Taliban commander in Wana (2012, Xinhua
citing Geo) and a bomb in Wana bazaar (2025); Pakistani shells on Dangam in Kunar (2013, no
casualty, an earlier Goshta clash as context); a US drone strike in Sherzad, Nangarhar, on the day
of the Peshawar school attack (2014, named as context); an IED at the marble mines in Mohmand
(2016) and the Ghalanai suicide attack claimed by Jamaat-ul-Ahrar (2017, the ISPR beside the
political administration, the two attackers' dead apart); a roadside bomb on a truck in Bajaur
(2017, AFP); an attack on an FC convoy in Panjgur (2017); a landmine under an elder's car in
Orakzai (2018); blasts in Chaman (2018, a suicide blast in Dalbandin the day before as context;
2020, the chief minister's statement dating no event); Afghan forces' fire on Arundu in Chitral
(2019, the ISPR's injured only); the Khost police chief killed by a roadside bomb (2020, the
Islamic Republic's officials blaming the Taliban); an IED in Jalalabad (2021); a clash at Spin
Boldak over the fence (2022, 'attacked by the Afghans'); an attack on a Tank police post with no
casualty (2023); a landmine under Levies in Kohlu (2023); a blast in a Khost hotel (2023, the
Taliban's police); labourers shot in Turbat (2023), barbers in Gwadar (2024, Nushki killings as
context) and labourers in Kalat beside a police patrol in Nushki (2025); the overnight tribal
fighting in Kurram (2024, a six-day tally beside the night's figures); militants' attacks on army
posts in Tirah claimed by the Gul Bahadur group (2024, AP, the attackers' dead apart) and the TTP's
raid in Makeen (2024, intelligence officials); an attack on an FC post in Turbat beside a grenade
thrown at a house (2025); two policemen killed in Tank (2025, no day given); voices are the ISPR,
the military, intelligence officials, police, hospitals, political and district administrations,
officials of the Islamic Republic, the Taliban's police, a source of Sputnik and other media;
figures in words and digits, "at least", groups of civilians, women, children, policemen, soldiers
and attackers, incidents with no figure, statements that date no event (precision `week`),
earlier events and tallies named as context; and five passages with no incident (a track-two
Pakistan-Afghanistan joint committee in Kabul in June 2018; the Pakistan embassy's trade figures in
October 2018; the Torkham camp on a deportation deadline in April 2024; Torkham reopened in March
2025, an exchange of fire of 3 March as context; the seventh Joint Coordination Committee in
Kabul in April 2025).

De-duplication, checked with a script that reads only the `url` and `text` fields of gold.jsonl and
gold-heldout2.jsonl to gold-heldout9.jsonl: no URL here is in them (exact and normalised addresses:
scheme, port, www./m. prefix, query, fragment and trailing slash removed, and also the host with
the article's numeric id; the one hit on a year in the path, a Pakistan Today archive address of
2012, is another article). Two candidates were dropped for their URLs (a Public Purview report on
trade talks in Kabul of March 2024, heldout6-029; an Insight Online News report of a joint trade
commission of November 2021, heldout6-032). Shared 8-word sequences showed two more candidates to
be events already held, and they were dropped: an ANI copy of the national security adviser's
Kabul visit of January 2022 (the statement word for word in heldout6-028) and Dawn's Levies blast
at a Shewa checkpost in North Waziristan of 27 April 2019 (the event of heldout6-016, found by the
shared clause 'Khyber Pakhtunkhwa Chief Minister Mahmood Khan condemned the'). One passage was cut:
a paragraph of heldout10-029 on four Levies personnel killed in Khuzdar the same night, the event
of heldout9-027. Candidates were left out before labelling because they report events the earlier
sets already hold (the Zhob garrison of July 2023, the Tank police lines of 15 December 2023, the
Kalaya bazaar blast of November 2018, the Chitral attacks of August 2011 and September 2023, the
Lakki Marwat attacks of December 2022, January 2023 (Shahbaz Khel) and March 2023, the Khost and
Kunar strikes of April 2022, Spin Boldak of July 2020, October 2022 and October 2025, the Naik Banda
IED of October 2016 and the tehsildar's IED of September 2017 in Bajaur, the Kaga mortar of July
2020, the Sherani checkposts of July 2023, the Shaigal strike of April 2013, the Bara compound of
2023, the Bannu cantonment of March 2025, the Kalat attack of August 2024, the Khost drone strike of
May 2017 and the Shaltan strike of March 2018); undated copies (an Orakzai roadside bomb, an
Ismailzai IED, attacks on police in Tank and Karak, shootings in D. I. Khan, a Mohmand IED near
Albo and IEDs in Safi, rockets on Kunar, blasts in Wana, a Tal checkpost in Hangu, a Turbat attack
claimed by the BLF with a killing in Qila Saifullah, a rocket on children in Dangam, a blast in
Ghanikhel, labourers killed in Panjgur) were also left out, and so was RFE/RL's report of the Spin
Boldak clash of February 2022, whose text gives no year (a Sputnik copy dated in the text was
used). Events of earlier passages named here in passing, as context with no incident labelled: the
Goshta clash of May 2013 (probably the exchange of heldout6), the Torkham exchange of fire of March 2025 (heldout7-030);
and the Makeen raid of December 2024, reported here as news (heldout10-026), is named only as
context in heldout2-001. What remains shared is no figure sentence: stock clauses ('security
forces cordoned off the area and launched a', 'a search operation was underway in the area to',
'injured when an improvised explosive device went off', 'dozens of people have been killed or
injured following the cross-border shelling', Khaama's stock line with no number), a casualty
phrase with another event and another toll ('persons were killed and 22 others were injured',
about five killed in Bajaur; 'were injured in a suicide blast near a', about Mastung in 2023),
claims boilerplate ('no group has claimed responsibility for the attack', 'Tehrik-i-Taliban
Pakistan (TTP) claimed responsibility for the attack'), the ISPR's and the wires' boilerplate
('according to the Inter-Services Public Relations (ISPR)', 'determined to wipe out the menace of
terrorism', 'in the past, both countries have closed Torkham and the southwestern Chaman border
crossing') and names ('Afghanistan Pakistan Action Plan for Peace and Solidarity (APAPPS)').
Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- 2010-2014
A("The Express Tribune", "http://tribune.com.pk/story/88364/explosion-in-hangu-kills-5/?print=true", "2010-12-11", "text",
"""PESHAWAR:

In the third suicide attack this week, at least 11 persons were killed and 22 others were injured in Hangu, officials said.

Several nearby houses collapsed because of the high intensity of the blast, which took place near an under-construction hospital in the Pas Killay area. Officials feared that many people might still be trapped beneath the debris.

Abu Bakar Mansoor, a purported spokesperson for the shadowy militant group Lashkar-e-Jhangvi Al-Alami claimed responsibility for the attack in a phone call to media organisations in Peshawar.

“Eleven people were killed and 22 injured,” Hangu police spokesman Fazal Naeem said. Two policemen, a woman and a child, were among the dead.

District Coordination Officer (DCO), Hangu, Adil Seediq told The Express Tribune by phone that an explosive-laden vehicle was detonated on the Shahu Road area. Regarding the target of the attack, Adil said that he was not sure which building was the actual target of the terrorists. He said efforts were being made to retrieve people still trapped beneath the rubble.

Security forces have cordoned off the area and closed off the main road.

On Wednesday, the provincial government had declared Hangu as a ‘most sensitive’ district for Muharram.""",
[I("2010-12-11", "week", "PAK", KP, "Hangu", "suicide_bombing", "OTHER",
   [C(None, 11, injured=22, women=1, children=1, sec=2)], loc="Pas Killay, Shahu Road")],
"The print copy carries 'Manzoor Ali December 11, 2010' (the byline and date line, left out with the headline and standfirst); the text gives no day for the blast ('the third suicide attack this week'): the publication day, precision week. An explosive-laden vehicle in 'the third suicide attack this week': suicide_bombing (the word suicide is used), claimed by Lashkar-e-Jhangvi Al-Alami, a group outside the list: OTHER. One voice, the article's (officials, the police spokesman, the DCO): the lead's 'at least 11' is restated plainly by the police spokesman ('Eleven people were killed and 22 injured'): killed 11 exact (unsure: at_least 11 from the lead; the choice of heldout9-001), injured 22; 'two policemen, a woman and a child' are parts of the eleven (security forces 2, women 1, children 1). The declaration of Wednesday is not an event. Four paragraphs on the damage told by local people are left out.")

A("Dawn", "http://dawn.com/2012/06/12/three-killed-in-tirah-blasts-2/", "2012-06-12", "url",
"""LANDI KOTAL, June 11: Two militants and a local tribesman were killed in two bomb blasts in a remote village of Tirah valley in Khyber Agency on Monday.

Sources said that the driver of a passenger pick-up was killed when a remote controlled device, fitted in his vehicle, exploded in Mastak village. The deceased was identified as Kabeer Khan, a local tribesman.

Sources said that another explosive device planted along the road at the same venue went off when Alif Khan, local leader of a militant group Tawheedul Islam, reached there to inspect the site of the blast. Alif Khan was killed on the spot while four of his bodyguards received injuries in the second blast.

One of the injured identified as Umar Khan succumbed to his injuries in a private clinic.""",
[I("2012-06-11", "day", "PAK", KP, "Khyber", "bombing", None,
   [C(None, 1)], loc="Mastak, Tirah"),
 I("2012-06-11", "day", "PAK", KP, "Khyber", "bombing", None,
   [C(None, 2, injured=3, comb=2)], loc="Mastak, Tirah")],
"Published 12 June 2012 (url); the dateline 'June 11' and 'on Monday' give 11 June. Two blasts at the same place, the second set off when a militant leader came to inspect the first: two incidents (as heldout9-011's acts of one night; unsure: one incident with the lead's three dead). Both devices are attributed to no one: bombing, no perpetrator. The article's voice (sources): (1) the pick-up driver, 'a local tribesman', killed (killed 1; the text does not call him a civilian, so no group: unsure); (2) Alif Khan of Tawheedul Islam killed and four bodyguards injured, one of whom, Umar Khan, died later: killed 2, the lead's 'two militants' (combatants 2), injured 3, the four less the one who died (unsure: injured 4 as first reported). The lead's three dead add up the two blasts. The paragraph on heroin seized in Jamrud and the page's opinion links are left out.")

A("Dawn", "https://www.dawn.com/news/727077/23-killed-in-landi-kotal-explosion", "2012-06-16", "text",
"""LANDI KOTAL, June 16: At least 23 people were killed and 62 others injured in a powerful bomb blast at a taxi stand in Landi Kotal bazaar in Khyber Agency on Saturday.

Adil Khan, a paint shop owner, told Dawn that he saw a man parking his double-cabin passenger pick-up truck outside a bakery near the stand. “The moment that person entered the bakery, we heard a deafening bang,” he said, adding he saw human flesh scattered all over the place.

Khasadar and Khyber Rifles cordoned off the place as shopkeepers pulled down shutters in panic. Khalilullah, a witness, said he heard a huge blast while he was at work in his shop in the Kacharo Kusa Street. “I saw a thick column of smoke engulf the place soon after the explosion.”

The blast caused a huge fire as two gas cylinders in the bakery also exploded.

Amjad khan, a Khasadar official, said several shops and vehicles were damaged and the task of retrieving the dead and injured was hampered by the raging fire.

Landi Kotal Hospital’s Medical Superintendent Dr Nazir Wazir said the army, Khyber Rifles, ICRC, Al Khidmat Foundation and Jamrud Civil hospital had helped shift the bodies and injured.

He said of the 62 injured who were brought to the Agency Headquarters Hospital (AHQ), 34 were referred to Hayatabad Medical Complex in Peshawar, 11 admitted and the rest allowed to leave after first aid.

“We counted 19 bodies in the AHQ hospital, while another four succumbed to injuries in the Peshawar hospital,” he said. “Most of the dead and injured had head injuries,” he said.

The dead included two students of a school, while two other students of the same school were injured.""",
[I("2012-06-16", "day", "PAK", KP, "Khyber", "bombing", "UNKNOWN",
   [C(None, 23, "at_least", injured=62)], loc="taxi stand, Landi Kotal bazaar")],
"The page's date line is June 16, 2012 (left out with the adblock notices); the dateline 'June 16' and 'on Saturday' give the same day. A bomb in a pick-up truck parked outside a bakery, no suicide word: bombing; a witness saw 'a man' park the truck and walk away before the blast, so the text puts an attacker behind it, unnamed: UNKNOWN (unsure: none, since no one is said to have planted the bomb). One voice, the article's (the witness, the Khasadar official, the hospital's medical superintendent): at least 23 killed, 62 injured; the superintendent's 19 bodies and four who died in Peshawar make the same 23, and the 34 referred and 11 admitted are parts of the 62; the two students killed are a part with no group (students, not said to be children). The page's last, cut paragraph (the assistant political agent) is left out.")

A("Pakistan Today", "https://archive.pakistantoday.com.pk/2012/07/19/security-forces-kill-6-militants-in-chitral/?amp=1", "2012-07-19", "url",
"""At least six militants were killed in clashes with security forces on Wednesday in Chitral. According to initial reports, the militants were from Afghanistan and had attacked the Gambhir and Arandu security checkposts in Chitral. Six of them were killed when security forces retaliated. The bodies of the militants are still lying in the area. Earlier in April, the general officer commanding in Swat had claimed that the army had successfully repulsed various terrorist attacks on the Pak-Afghan border areas in the Chitral district.""",
[I("2012-07-18", "day", "PAK", KP, "Chitral Lower", "armed_attack", "UNKNOWN",
   [C(None, 6, "at_least", comb=6)], loc="Gambhir and Arandu checkposts")],
"Published Thursday 19 July 2012 (url); the clashes were 'on Wednesday', 18 July. Militants from Afghanistan, unnamed, attacked two checkposts and were killed when the forces retaliated: armed_attack, UNKNOWN (unsure: armed_clash, as the lead says 'clashes'). Arandu lies in Lower Chitral: Chitral Lower. The article's voice (initial reports): at least six militants killed, the attackers' dead (combatants 6; 'Six of them were killed' restates the same unnamed reports, so the lead's qualifier is kept); no figure for the forces. The April claims of the general officer commanding are context. The headline and the page's footer are left out.")

A("News Track India (Xinhua-ANI)", "http://newstrackindia.com/newsdetails/2012/11/29/226-4-killed-9-injured-in-suicide-blast-in-South-Waziristan-Pakistan-.html", "2012-11-29", "url",
"""Islamabad, Nov. 29 (Xinhua-ANI): At least four people were killed and 9 others injured in a suicide blast in Pakistan's northwest tribal area of South Waziristan on Thursday, reported local media Geo.

According to the report, the blast took place at about 1:30 p.m. local time when a suicide bomber hit a vehicle carrying a Pakistan Taliban leader at a market area in Wana, capital town of South Waziristan which borders Afghanistan.

The vehicle carrying Mullah Nazir, a Pakistan Taliban commander in Wana area, was completely destroyed in the blast and Mullah was seriously wounded in the attack, said local media.

Firing was heard following the blast, said local media, adding that several shops and vehicles were also destroyed in the blast.

Other details about the blast are not immediately available as South Waziristan is a remote mountainous area along the Pak- Afghanistan border. (Xinhua-ANI)""",
[I("2012-11-29", "day", "PAK", KP, "South Waziristan", "suicide_bombing", "UNKNOWN",
   [C(None, 4, "at_least", injured=9)], loc="market area, Wana")],
"Published Thursday 29 November 2012 (url, and the dateline 'Nov. 29'); the blast was 'on Thursday', the same day. A suicide bomber on a Taliban commander's vehicle, no group named: suicide_bombing, UNKNOWN. The wire's voice citing Geo (other media, the article's voice): at least four killed, 9 injured (the wounded commander is read as one of the nine). The headline and the comment box are left out.")

A("Oldtimer Chronicle (blog copy of The Afghanistan Express / Khaama)", "https://oldtimerchronicle2.wordpress.com/2013/12/13/pakistan-fires-shells-across-border/", "2013-12-10", "text",
"""Kunar – According to local authorities in eastern Kunar province of Afghanistan, Pakistani military fired at least six artillery shells into Kunar province. Provincial security chief, Abdul Habib Syed Kheli, confirming the report, said Pakistani military shelled Dandam district on Monday night. Pakistani military opened artillery fire at a number of areas in Shegal district of eastern Kunar province last month.

According to the local residents in Kunar, dozens of people have been killed or injured following the cross-border shelling by Pakistani military during the recent years. Pakistani military has been shelling eastern provinces of Afghanistan including Kunar and Nuristan during the past one year.

Tensions intensified between the two nations following border clashes between Afghan and Pakistani security forces in Goshta district earlier this year. An Afghan border guard was killed and three Pakistani military forces were injured after Afghan and Pakistani troops exchanged fire in Goshta district. (Khaama)""",
[I("2013-12-09", "day", "AFG", "Kunar", "Dangam", "cross_border_fire", "PAK", [])],
"A blog's copy (posted 13 December 2013, url) of a report headed 'The Afghanistan Express Daily Newspaper, December 10, 2013' (the copy's date line, left out with the headline and the blog's comment form): published 10 December 2013 (a Tuesday). The shelling was 'on Monday night': 9 December. Pakistani artillery fired into Kunar: cross_border_fire, PAK. 'Dandam' is the copy's spelling of Dangam: Dangam. 'At least six artillery shells' are no casualties and the passage gives none for this shelling: no claim. The Shegal shelling of last month, 'dozens' over the years (no number) and the Goshta clash of earlier this year (one Afghan border guard killed, three Pakistani soldiers injured; probably the exchange of 1 May 2013 that heldout6 reports) are context, not incidents.")

A("Reuters", "http://uk.reuters.com/article/uk-afghanistan-security-idUKKBN0JV0G320141217", "2014-12-17", "url",
"""JALALABAD, Afghanistan A U.S. drone strike in eastern Afghanistan killed four Pakistani Taliban members and seven other insurgents, a district government official said Wednesday.

The drone's missiles killed the militants on Tuesday afternoon as members of the Pakistani Taliban were attacking a school in the Pakistani city of Peshawar, near the Afghan border, said Mahlem Mashuq, the governor of Sherzad district in Nangarhar province.

"Based on our findings, 11 insurgents, four of them Pakistani Taliban, were travelling in a pickup truck that was hit by a drone strike, killing all of them," Mashuq said.

The Pakistani and Afghan branches of the hard-line Islamist Taliban are loosely allied and operate across the porous border between the countries.

Both are dedicated to overthrowing their countries' governments and establishing rule by their strict interpretation of Islamic law.

The Afghan Taliban, however, issued a statement condemning Tuesday's Pakistani Taliban attack on the school in Peshawar that killed 141 people.""",
[I("2014-12-16", "day", "AFG", "Nangarhar", "Sherzad", "drone_strike", "OTHER",
   [C(None, 11, comb=11)])],
"Published Wednesday 17 December 2014 (the date in the url's id); the strike was 'on Tuesday afternoon', 16 December. A US drone: drone_strike, the United States as OTHER. The Sherzad district governor, an official of the Islamic Republic in 2014, is the article's voice: 'four Pakistani Taliban members and seven other insurgents' (4+7=11, restated as '11 insurgents, four of them Pakistani Taliban'): killed 11, combatants 11. The Pakistani Taliban's attack on the Peshawar school that day (141 killed) is named only as what was happening at the time and is not labelled (unsure: a reader may take it as a second incident, though the passage reports no detail of it). The reporting credits are left out.")

# ---------------------------------------------------------------- 2016-2019
A("The Express Tribune", "https://tribune.com.pk/story/1118214/mohmand-rattled-one-dead-two-injured-explosion?amp=1", "2016-06-08", "text",
"""SHABQADAR:

A person died and two others were injured when an improvised explosive device went off on Tuesday morning near Ziarat Marble Mines in Mohmand Agency. Political administration officials of Upper Mohmand Agency told The Express Tribune the IED was planted alongside some mines. They said it went off when mine workers passed through the area. Subsequently, a labourer, Amjad Khan, died on the spot and two other workers, Siraj and Ibrahim, were injured. They were taken to the hospital in the agency. After the explosion, security forces started a search operation in the area to arrest the culprits. During the search, another IED was found, but was defused by bomb disposal unit personnel. No one was arrested till this report was filed. A few days back, Mohmand Rifles Commandant Asif Iqbal threatened tribes people they would be arrested if such attacks took place in the agency.""",
[I("2016-06-07", "day", "PAK", KP, "Mohmand", "bombing", "UNKNOWN",
   [C(None, 1, injured=2, civ=1)], loc="Ziarat Marble Mines, Upper Mohmand")],
"'Published in The Express Tribune, June 8th, 2016' (a Wednesday; the print line, left out with the headline, the standfirst and the page's second copy of the same paragraph); the blast was 'on Tuesday morning', 7 June. An IED planted by the mines: bombing; the search 'to arrest the culprits' puts unnamed attackers behind it: UNKNOWN (unsure: none, as for a planted IED attributed to no one). Political administration officials (the article's voice): one labourer killed (a mine worker: civilians 1, unsure), two workers injured. The defused second IED is no incident.")

A("Dawn", "https://www.dawn.com/news/1314932/suicide-bomber-strikes-mohmand-3-khasadar-personnel-2-civilians-killed", "2017-02-15", "inferred",
"""At least three personnel of the Khasadar force and two civilians were killed in a suicide attack in Mohmand Agency's Ghalanai tehsil on Wednesday, the Inter-Services Public Relations (ISPR) said.

Three other people were injured in the attack, sources in the political administration said.

The proscribed Jamaat-ul-Ahrar (JA) group claimed responsibility for the attack in a statement emailed to journalists.

A suicide bomber tried to enter a housing colony of the local political administration. When he was stopped in this attempt by Khasadar personnel, the militant blew himself up outside the main gate of the colony, the sources said.

ISPR in a statement said two suicide bombers were involved in the "foiled" terror bid.

“One attacker came by foot and started firing at forces while the other was on a motorbike and rammed into the main gate of the complex,” Hamidullah Khattak, a local administration official in Mohmand, told AFP.

The first was shot dead by the sentries at the gate of the political administration office while the other blew himself up once spotted and challenged by security personnel at the gate, said the ISPR.

"Security agencies had the intelligence about intrusion of suicide bombers from Afghanistan inside Mohmand agency," it added.

Three security personnel and two civilians including a school teacher were killed in the blast and three others were injured, who were shifted to Lady Reading Hospital in Peshawar.

Security forces started a search and strike operation in the Ghalanai and Machni areas following the attack.

The incident comes barely two days after a suicide blast claimed by JA ripped through the camp of protesting chemists in front of the Punjab Assembly in Lahore, leaving 13 people dead

In September last year, a suicide bomber targeted a mosque in Mohmand Agency's Anbar tehsil during Friday prayers, leaving 36 people dead. That attack too was claimed by JA, a breakaway faction of the Tehreek-i-Taliban Pakistan.""",
[I("2017-02-15", "day", "PAK", KP, "Mohmand", "suicide_bombing", "OTHER",
   [C("PAK", 5, "at_least", civ=2, sec=3), C(None, 5, injured=3, civ=2, sec=3),
    C("PAK", 2, comb=2)], loc="Ghalanai")],
"The page shows no date: the attack was 'on Wednesday', 'barely two days after' the Lahore blast claimed by Jamaat-ul-Ahrar (Monday 13 February 2017), so Wednesday 15 February 2017, published the same day (inferred). A suicide bomber at the gate of the political administration's colony, claimed by Jamaat-ul-Ahrar: suicide_bombing, OTHER. Two voices. The ISPR (PAK): at least three Khasadar personnel and two civilians killed (killed 5 at_least, security forces 3, civilians 2); and, as a separate claim, the two attackers it describes, one shot dead by the sentries and one who blew himself up (killed 2, combatants 2; unsure: the ISPR gives no number, only the two bombers' fates). The article's own voice (political administration sources, the later summary): three security personnel and two civilians killed (5, the school teacher one of them), three injured. The local official's AFP quote gives no figure. The Lahore blast (13 dead) and the Anbar mosque of September 2016 (36 dead) are context. The page's last, cut paragraph is left out; the missing full stop after 'dead' is as stored.")

A("Deccan Chronicle (AFP)", "https://deccanchronicle.com/amp/world/neighbours/110817/roadside-bomb-kills-3-injures-26-in-northwestern-pakistan.html", "2017-08-11", "url",
"""Islamabad: A roadside bomb killed at least three people and wounded 26 others in a Pakistani tribal district near the Afghan border Friday, officials said.

The explosion struck a truck carrying civilians, most of them labourers, in a far-flung frontier village in Bajaur tribal district, one of Pakistan’s seven semi-autonomous tribal regions.

“At least three people have been killed and 26 wounded, the roadside bomb exploded when the truck passed by,” Mustafa Khan, a local government official told AFP.

Anwarul Haq, a senior local government official, confirmed the casualties, telling AFP that the injured have been taken to local hospitals.

No militant group has yet claimed responsibility for the attack, but Taliban militants have carried out several bomb attacks against security forces and pro-government tribal elders in the area in the past.

Violence in Pakistan has declined in recent years following a series of military offensives against insurgents along the northwestern border.""",
[I("2017-08-11", "day", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 3, "at_least", injured=26)])],
"Published Friday 11 August 2017 (the url's '110817'); the blast was 'Friday', the same day. A roadside bomb under a truck of civilians; 'no militant group has yet claimed responsibility' says there is an attacker: bombing, UNKNOWN (the Taliban's past attacks in the area are no allegation for this one). Local government officials (the article's voice): at least three killed, 26 wounded. The truck carried 'civilians, most of them labourers', but the dead are not said to be civilians: no group (unsure: civilians 3). The headline and the teaser sentence repeated before the dateline are left out, as is the last paragraph on remnant militant groups.")

A("The News", "https://www.thenews.com.pk/latest/227745-Three-FC-men-martyred-as-many-hurt-in-Panjgur-attack", "2017-09-04", "text",
"""PANJGUR: Three FC personnel were martyred and as many injured in an attack on the paramilitary force’s convoy in Murgab area here on Monday.

Prime Minister Shahid Khaqan Abbasi, Interior Minister Ahsan Iqbal, Balochistan Chief Minister Sanullah Zehri and Home Minister Sarfraz Bugti have strongly condemned the attack in which three FC men were martyred and three wounded.

The interior minister vowed to take the terrorists to the task.

He said that the anti-Pakistan forces were perturbed over the ongoing CPEC project in Balochistan.""",
[I("2017-09-04", "day", "PAK", BAL, "Panjgur", "armed_attack", "UNKNOWN",
   [C(None, 3, injured=3, sec=3)], loc="Murgab")],
"The page's date line is 'Mon September 04, 2017' (left out with the web-desk byline and headline); the attack was 'on Monday', the same day. 'An attack' on an FC convoy with no weapon named: armed_attack (unsure: the attack's kind is not given), by 'the terrorists', unnamed: UNKNOWN. The article's voice: three FC personnel killed (security forces 3), 'as many' injured (3, restated as 'three wounded' in the ministers' condemnation). The statements of the prime minister and chief minister give no other figure and are left out in part.")

A("Pakistan Observer (INP)", "https://pakobserver.net/tribal-elder-killed-two-injured-landmine-blast/", "2018-02-16", "text",
"""A tribal elder was killed and two others injured in a landmine blast in Lower Orakzai Agency on Thursday morning. Political administration sources said that tribal elder Malik Shah Khan along with two aides was travelling to Hangu when his vehicle hit a roadside landmine in the Tor Simat area of Lower Orakzai Agency.

The vehicle was adversely damaged in the explosion resulting in death of Malik Shah Khan on the spot and leaving two others injured. The body and injured were shifted to local hospital for medico-legal formalities. The security forces cordoned off the area after the blast and launched search operation for miscreants.—INP""",
[I("2018-02-15", "day", "PAK", KP, "Orakzai", "bombing", "UNKNOWN",
   [C(None, 1, injured=2)], loc="Tor Simat, Lower Orakzai")],
"The stored copy is dated Friday 16 February 2018; the blast was 'on Thursday morning', 15 February. A roadside landmine under a tribal elder's vehicle: bombing; the search 'for miscreants' puts unnamed attackers behind it: UNKNOWN (unsure: none). Political administration sources (the article's voice): the elder killed (1), two aides injured. The dateline 'Kalaya' is left out.")

A("The News", "https://thenews.com.pk/print/354318", "2018-08-13", "text",
"""CHAMAN: One person was killed and 10 others wounded in a blast on the Chaman’s Mall Road on Sunday. According to the police, the blast took place near the under-construction District Police Officer’s office on the Mall Road. In the blast, at least 10 persons, including a child, were wounded. Police said that the wounded were shifted to hospital. A day ago, at least six people were injured in a suicide blast near a bus carrying employees of the Saindak Copper Gold Project in Dalbandin, Chagai district of Balochistan. A suicide bomber attempted to attack the bus but did not succeed.""",
[I("2018-08-12", "day", "PAK", BAL, "Chaman", "bombing", None,
   [C(None, 1, injured=10)], loc="Mall Road, near the DPO's office")],
"The print page is dated 'August 13, 2018' (a Monday; left out with the headline, the byline 'By Agencies' and the page's header); the blast was 'on Sunday', 12 August. A blast attributed to no one: bombing, no perpetrator. Chaman, then in Killa Abdullah, is placed at the gazetteer's Chaman district (as the earlier sets' Chaman events). The police (the article's voice): one killed, 10 wounded ('at least 10' restates the lead's plain figure; injured has only a value), a child among the wounded (no group field for the injured). The suicide blast at Dalbandin 'a day ago' (six injured) is an earlier event named as context, not an incident (unsure: it is told in detail and may be read as a second incident on 11 August).")

A("Dawn", "https://www.dawn.com/news/1513611/6-soldiers-5-civilians-injured-as-afghan-forces-target-civilian-population-along-pak-afghan-border-in-chitral?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29", "2019-10-29", "text",
"""Six soldiers and five civilians were injured during an exchange of fire at the Pakistan-Afghanistan border between security forces of both sides, a statement by the military's media wing said on Tuesday.

According to the Inter-Services Public Relations (ISPR), Afghan security forces fired mortars and heavy machine guns from Nari district in the Kunar province "targeting civilian population" in Chitral's Arundu village.

"Pakistan troops responded effectively and targeted Afghan border posts Kandi and Dilbar from where fire was being initiated," said the statement.

As a result, "substantial damage" was dealt to the Afghan border posts. The exchange of fire was stopped "after engagement at military level".

In late September, a major and a sepoy of the Pakistan Army were martyred in an improvised explosive device (IED) explosion near the Pakistan-Afghanistan border in Mohmand tribal district.

Earlier that month, four soldiers of the Army were martyred and one other was injured in two separate incidents of firing by militants near the Afghan border.

Following the attacks, the Foreign Office had summoned the Afghan Charge d’ Affairs to lodge a formal protest against the firing incidents.""",
[I("2019-10-29", "week", "PAK", KP, "Chitral Lower", "cross_border_fire", "OTHER",
   [C("PAK", injured=11)], loc="Arundu")],
"'Dawn.com October 29, 2019' (a Tuesday; the byline and date line, left out with the headline and a photo caption). The text dates no firing, only the statement ('said on Tuesday'): 29 October, precision week. Afghan forces firing mortars and machine guns from Kunar into Chitral's Arundu (in Lower Chitral), and Pakistan's return fire on two Afghan posts, one exchange: cross_border_fire by the Afghan forces, before August 2021 OTHER (unsure: armed_clash, as the lead calls it an exchange of fire). The ISPR (PAK; the lead carries its statement): six soldiers and five civilians injured (6+5=11), no one killed. The Mohmand IED of late September and the four soldiers killed 'earlier that month' are context. The paragraph on the border fence is left out.")

# ---------------------------------------------------------------- 2020-2023
A("Afghanistan Times", "http://www.afghanistantimes.af/khost-police-chief-killed-in-bomb-blast/", "2020-05-08", "text",
"""KABUL: Sayed Ahmad Babazai, provincial police for Khost was killed along with his three colleagues after a roadside bomb struck his vehicle in the province, interior ministry confirmed.

Tareq Aryan, spokesman for the ministry, said Friday that the incident happened in the Nader Shah Kot district, when Babazai was going to support security forces fighting a Taliban attack.

According to local officials, three of Babazai’s bodyguards also lost their lives in the blast.

Halim Fedai, provincial governor, said in a statement that Taliban had lately increased attacks in Khost and continue killing of people under the name of peace process.

He said that “Taliban do not trust peace”, continuing arming and training their fighters in the province.

Nobody has claimed responsibility for attacking Babazai, but President Ghani’s office said in a statement that “Taliban have not abandoned war and killing of Afghans”.

Khost shares border with Pakistan’s tribal region of Waziristan, from where Taliban enter Afghan soil and carry out deadly attacks on the security forces and civilians.""",
[I("2020-05-08", "week", "AFG", "Khost", "Nadir Shah Kot", "bombing", "TALIBAN",
   [C(None, 4, sec=4)])],
"The stored copy is dated Friday 8 May 2020. The text dates no blast, only the ministry's statement ('said Friday'): 8 May, precision week. A roadside bomb on the provincial police chief's vehicle: bombing. 'Nobody has claimed responsibility', but the president's office and the governor blame the Taliban's war and attacks: TALIBAN, the party the text alleges (unsure: UNKNOWN, since the allegation is general). The interior ministry and local officials of the Islamic Republic (2020) are the article's voice: the chief and 'his three colleagues' killed (4), the 'three of Babazai's bodyguards' being those colleagues (security forces 4). 'Nader Shah Kot' is the gazetteer's Nadir Shah Kot. The byline 'AT News' is left out.")

A("Associated Press of Pakistan", "https://www.app.com.pk/national/cm-balochistan-condemns-blast-of-chaman/", "2020-08-10", "text",
"""QUETTA, Aug 10 (APP): Balochistan Chief Minister Jam Kamal Khan strongly condemned the blast occurred at Maal Road near Chaman area of Killa Abdullah district.

Five of security personnel were martyred and 14 others injured in the blast.

Chief Minister also expressed his deep sorrow over loss of precious lives in cowardly act of terrorism.

He said terrorist elements wanted to destroy Chaman’s peace to achieve their nefarious goals,saying the plan to install a fence on the Pak-Afghan border was an obstacle to the nefarious intentions of anti-national elements.

Earlier, Police sources told APP regarding blast that unknown miscreants had fitted an IED with a motorbike and parked infront of Haji Nida Market, Maal Road near Chaman.""",
[I("2020-08-10", "week", "PAK", BAL, "Chaman", "bombing", "UNKNOWN",
   [C(None, 5, injured=14, sec=5)], loc="Haji Nida Market, Mall Road")],
"Dateline 'QUETTA, Aug 10 (APP)' and the stored copy's date, Monday 10 August 2020. The text dates no blast, only the chief minister's condemnation: 10 August, precision week (unsure: the blast was that day). An IED fitted to a parked motorbike by 'unknown miscreants': bombing, UNKNOWN. Chaman, then in Killa Abdullah: the gazetteer's Chaman. The article's voice (its own sentence after the condemnation, and police sources): five security personnel killed (security forces 5), 14 injured. The chief minister's remarks give no figure. Six paragraphs of his remarks and the last paragraph (the police's restatement, cut at the stored excerpt's end: 'five people martyred while 14 others injured') are left out.")

A("Ariana News", "https://www.ariananews.af/two-killed-18-wounded-in-nangarhar-blast/amp/", "2021-04-07", "text",
"""At least two civilians were killed and 18 others were wounded in an explosion in Nangarhar province on Wednesday morning, local security sources said.

According to the sources the blast happened at around 6:30 am local time in PD2, in Laghman Ada area of Jalalabad city.

An IED had reportedly been placed next to the road and was detonated when security force vehicles drove by.

One source said that 18 civilians were wounded along with three policemen.

According to the source, four of the wounded are in critical condition.

Provincial officials have not commented yet.

No group has claimed responsibility for the blast.""",
[I("2021-04-07", "day", "AFG", "Nangarhar", "Jalalabad", "bombing", "UNKNOWN",
   [C(None, 2, "at_least", injured=18, civ=2)], loc="Laghman Ada, PD2")],
"'Last Updated On: April 7, 2021' (a Wednesday; left out with the headline); the blast was 'on Wednesday morning', the same day. An IED set off as security vehicles drove by; 'no group has claimed responsibility' says there is an attacker: bombing, UNKNOWN. Local security sources of the Islamic Republic (2021), the article's voice: at least two civilians killed (civilians 2), 18 wounded (unsure: one source's '18 civilians ... along with three policemen' would make 21; the lead's 18 is kept). Jalalabad city's PD2: Jalalabad. The page's menus are left out, and trailing spaces after some paragraphs are dropped.")

A("UrduPoint (Sputnik)", "https://www.urdupoint.com/en/pakistan/clash-at-afghan-pakistani-border-kills-2-inj-1476054.html", "2022-02-24", "text",
"""KABUL (UrduPoint News / Sputnik - 24th February, 2022) Two people have been killed and another 23 injured in a clash near the Afghan town of Spin Buldak, close the Pakistani border in the southern Kandahar province, a source told Sputnik on Thursday.

According to the source, Pakistani troops attempted to install a barbwire fence in a local village but were attacked by the Afghans.

"At the moment, two people have died and 23 got injured during the fights in Buldak," the source said.

In 2021, the Taliban (under UN sanctions over terrorist activities) led a major offensive in Afghanistan during the withdrawal of US troops from the country and took over in August. In September, the radical group established an interim government.""",
[I("2022-02-24", "week", "AFG", "Kandahar", "Spin Boldak", "armed_clash", "TALIBAN",
   [C(None, 2, injured=23)], loc="near Spin Buldak")],
"'Published February 24, 2022' (a Thursday; the page's byline and date line, left out with the headline). The text dates no clash, only the source's statement ('told Sputnik on Thursday'): 24 February, precision week. A clash at the border after Pakistani troops tried to fence a village 'but were attacked by the Afghans': armed_clash; the attackers are named only as 'the Afghans', read as the Taliban's side after August 2021 (unsure: no perpetrator, or OTHER for villagers). An unnamed source (the article's voice): two killed, 23 injured. 'Spin Buldak' is the gazetteer's Spin Boldak. The Taliban's offensive of 2021 is context.")

A("Dunya News", "https://dunyanews.tv/en/Pakistan/696636-KP-police-thwart-terrorist-attack-in-Tank", "2023-02-06", "text",
"""TANK (Dunya News) - Khyber Pakhtunkhwa (KP) police thwarted a terrorist attack on Pir Tangi police check post in the jurisdiction of Police Station Jandola in Tank district on late Sunday night, Dunya News reported.

An exchange of fire between police and terrorists continued for more than 10 minutes after which terrorists fled from the area. Local residents also came out to support the police force.

According to sources, police suffered no casualty in exchange of fire, however, there are reports of injuries and killings on the terrorists’ side.

Meanwhile, Inspector General (IG) KP police talked to the police personnel on telephone and praised them for their bravery. He said that there is a red alert in the province after the Peshawar blast in which 84 people including police officers and civilians were martyred.""",
[I("2023-02-05", "day", "PAK", KP, "Tank", "armed_attack", "UNKNOWN", [], loc="Pir Tangi check post, Jandola")],
"'06 February,2023 04:36 am' (a Monday; the page's date line, left out with the headline and standfirst); the attack was 'on late Sunday night', 5 February. Terrorists, unnamed, attacking a police check post and fleeing after an exchange of fire: armed_attack, UNKNOWN. No casualty among the police and only unnumbered 'reports of injuries and killings' among the attackers: no claim. The Peshawar blast (84 killed) is context, named as the reason for the alert.")

A("Dunya News", "https://dunyanews.tv/en/Pakistan/702964-Two-Levies-personnel-martyred-in-Kohlu-mine-blast", "2023-02-28", "text",
"""QUETTA (Dunya News) – At least two Levies personnel were martyred while five others were injured in a blast at Janthali area of District Kohlu in Balochistan province on Monday, Dunya News reported.

According to Levies sources, the personnel were on their way to Union Council 20 of Janthali area to provide security for the election on specific seats, when their vehicle hit the landmine, which went off.

Two of the injured, who were shifted to a nearby hospital, were stated to be in critical condition and were later airlifted to the Combined Military Hospital (CMH) Quetta by helicopter.

The injured included Abdul Samad, Amanullah, Muhammad Ashraf, Hamal Khan, Abdul Sattar. After the blast, law enforcement agencies (LEAs) cordoned off the entire area and started investigations.

Meanwhile Chief Minister Balochistan Mir Abdul Quddus Bizenjo strongly condemned the terrorist incident. He directed concerned officials to provide better health facilities to injured Levies personnel.""",
[I("2023-02-27", "day", "PAK", BAL, "Kohlu", "bombing", "UNKNOWN",
   [C(None, 2, "at_least", injured=5, sec=2)], loc="Janthali")],
"'28 February,2023 04:47 am' (a Tuesday; the page's date line, left out with the headline); the blast was 'on Monday', 27 February. A Levies vehicle on a landmine, which the chief minister calls 'the terrorist incident': bombing, UNKNOWN (unsure: none, as nobody is said to have laid the mine). Levies sources (the article's voice): at least two Levies personnel killed (security forces 2), five injured (five names).")

A("AOP News (RFE/RL)", "http://www.aopnews.com/taliban/three-killed-in-blast-at-hotel-in-eastern-afghanistan/", "2023-08-14", "text",
"""At least three people were killed and seven others were wounded in an explosion at a hotel in Afghanistan eastern province of Khost, which borders Pakistan’s former militant stronghold of North Waziristan, police said on August 14. A statement issued by the office of the Taliban governor in Khost said that the blast occurred mid-morning on August 14, without giving details about the nature of the blast and who was behind it. Eye-witnesses told RFE/RL that members of the Pakistani Taliban were staying at the hotel.""",
[I("2023-08-14", "day", "AFG", "Khost", None, "bombing", None,
   [C("TALIBAN", 3, "at_least", injured=7)], loc="a hotel")],
"A copy of RFE/RL's Radio Azadi report dated 'August 14, 2023' (left out with the byline); the blast 'occurred mid-morning on August 14'. An explosion of unknown nature, 'without giving details about ... who was behind it': bombing, no perpetrator. The police in Khost and the Taliban governor's office are the Taliban's officials (as Kandahar's police spokesman in heldout2): TALIBAN, at least three killed, seven wounded (unsure: the article's voice, as police usually are). The province only is named: no district. The Pakistani Taliban staying at the hotel are the eyewitnesses' detail, not a casualty group.")

A("Dawn", "https://www.dawn.com/news/1781117/six-labourers-shot-dead-in-turbat", "2023-10-15", "text",
"""GWADAR / QUETTA: At least six labourers were killed and two others injured after gunmen barged into a house in Turbat during the small of hours of Saturday and opened indiscriminate fire.

“Two brothers, maternal uncle and his son were among the deceased,” officials said, adding that all belonged to Punjab and worked as construction workers in Turbat.

Police officials said the incident took place in Satellite Town, Turbat, when a group of armed men barged into a house and opened fire, targeting the labourers who were asleep in a room.

“Armed men used automatic weapons to kill the workers who were staying at an under-construction house owned by a local contractor named Naseer Ahmed,” a senior police officer said, adding that soon after receiving information, the police and personnel of other law enforcement agencies rushed to the site and shifted the bodies and the injured to a district hospital in Turbat.

“We have received six bodies with multiple bullet injuries, which caused their instant death,” hospital officials told Dawn.

They added the injured also received bullet injuries but their condition was stable.

Makran Division Commissioner Saeed Ahmed Umrani said that a local contractor had hired these workers for the construction of his house in Satellite Town. They were sleeping in the same house when the assailants targeted them.

“All victims belonged to different areas of southern Punjab,” Mr Umrani told Dawn when reached on the phone in Turbat.

No group has claimed responsibility for the attack.""",
[I("2023-10-14", "day", "PAK", BAL, "Kech", "armed_attack", "UNKNOWN",
   [C(None, 6, injured=2, civ=6)], loc="Satellite Town, Turbat")],
"The stored copy is dated Sunday 15 October 2023; the shooting was 'during the small of hours of Saturday' (as stored), 14 October. Armed men firing on sleeping labourers; 'no group has claimed responsibility': armed_attack, UNKNOWN. One voice, the article's (officials, police, the hospital, the commissioner): the lead's 'at least six' is restated plainly by the hospital ('six bodies'): killed 6 exact (unsure: at_least 6, as heldout10-001), two injured; construction workers are civilians (civilians 6, unsure); 'two brothers, maternal uncle and his son' are parts. The page's later paragraphs (the names, the investigation) are left out.")

# ---------------------------------------------------------------- 2024-2025
A("The News", "https://www.thenews.com.pk/latest/1187030-gunmen-in-gwadar-kill-7-barber-shop-workers-from-punjab", "2024-05-09", "text",
"""GWADAR: Seven barber shop staffers were killed Thursday by unidentified gunmen in Balochistan's port city while they were sleeping in their residential quarters.

The unidentified gunmen, according to Gwadar Police Station Station House Officer (SHO) Mohsin Ali, opened fire at the workers who lived near the Gwadar Fish Harbour in the Surbandar area.

At least seven of the workers were killed, while one of them got injured in the attack. As per the police official, all these men worked in the area's barber shop and hailed from district Khanewal in Punjab.

The SHO told Geo News that the dead bodies and the injured individual have all been shifted to the Gwadar Hospital.

Balochistan Chief Minister Sarfraz Bugti condemned the killing of the barber shop workers in Gwadar extending his sympathies towards the families of the victims.

This incident comes at least three weeks after unidentified assailants gunned down 11 people in separate terror incidents in the Nushki district of Balochistan.""",
[I("2024-05-09", "day", "PAK", BAL, "Gwadar", "armed_attack", "UNKNOWN",
   [C(None, 7, "at_least", injured=1, civ=7)], loc="Surbandar, near the Fish Harbour")],
"The stored copy is dated Thursday 9 May 2024; the killing was 'Thursday', the same day. Unidentified gunmen firing on sleeping workers: armed_attack, UNKNOWN. The SHO (the article's voice): 'at least seven' killed (the lead's plain 'seven' is the same voice; the police official's qualifier is kept: unsure, exact 7), one injured; barber-shop workers are civilians (civilians 7, unsure: no group, as the text says workers). The Nushki killings of three weeks before (11 dead) are context. The photo caption, the ministers' further statements and the later paragraphs on Nushki (a related-story title and its bus passengers, cut at the stored excerpt's end) are left out.")

A("Daily Times", "https://dailytimes.com.pk/1212903/death-toll-from-kurram-tribal-feud-rises-to-43/", "2024-07-30", "text",
"""The tribal clashes in Kurram District upon land dispute have intensified, resulting in the deaths of 43 individuals, with 177 reported injured.

According to police sources, the conflict between the tribes has entered its sixth day. Despite a ceasefire agreement, intense gunfire continues in various parts of Lower Kurram. Meanwhile, no firing has been reported between the villages of Upper Kurram, Bushehra, and Malikhil following the ceasefire.

Initial skirmishes were reported between the Boshera and Mali Khel tribes. However, these altercations turned violent and deadly when both sides resorted to using their heavy weaponry, said official sources. Authorities feared that the number of casualties could increase even further if the fighting continued.

Recent reports indicate that overnight, heavy exchanges of fire occurred at four additional locations in Kurram District, including Balishkhel, Kharkali Sangina Pewar, Teri Mangal Zeran, Khumsa Maqbal, and Kunj Releza. Hospital sources have confirmed that the latest clashes in Balishkhel resulted in eight more fatalities and 11 injuries. This brings the total casualties in Kurram District to 43 dead and 177 injured.""",
[I("2024-07-29", "day", "PAK", KP, "Kurram", "armed_clash", None,
   [C(None, 8, injured=11)], loc="Balishkhel")],
"The stored copy is dated Tuesday 30 July 2024. The news of the day is the overnight fighting ('overnight' → the day before, 29 July) at several places, one incident placed at Balishkhel, the first named and the place of the figures: armed_clash between tribes, both sides firing: no perpetrator. Hospital sources (the article's voice): eight killed, 11 injured in the latest clashes. The 43 dead and 177 injured are the six days' tally and not a claim of this incident (unsure: the whole six-day conflict may be read as one incident with the tally, precision week). The paragraph on the closed highway and protests is left out.")

A("CityNews Toronto (AP)", "https://toronto.citynews.ca/2024/08/09/attack-on-pakistani-army-posts-leaves-3-soldiers-and-4-insurgents-dead/", "2024-08-09", "url",
"""PESHAWAR, Pakistan (AP) — Militants attacked three army posts in northwest Pakistan on the border with Afghanistan on Friday, triggering intense shootouts that killed three soldiers and four insurgents, the military said.

The attacks happened in the Tirah Valley in Khyber Pakhtunkhwa province, the military said in a statement. It said a search operation was underway in the area to eliminate any other insurgents and security forces were “determined to wipe out the menace of terrorism.”

The military gave no further details, but a breakaway faction of the Pakistani Taliban in a statement claimed responsibility for the attacks. The Gul Bahadur group is based in Afghanistan, authorities say.

The Pakistani Taliban, known as Tehrik-e-Taliban Pakistan, has been emboldened since the Afghan Taliban seized power in Afghanistan in 2021.

Pakistan has witnessed a surge in militant attacks in recent years, predominantly in the northwest.""",
[I("2024-08-09", "day", "PAK", KP, "Khyber", "armed_attack", "OTHER",
   [C("PAK", 3, sec=3), C("PAK", 4, comb=4)], loc="Tirah Valley")],
"Published Friday 9 August 2024 (url; 'Posted August 9, 2024 3:14 pm', left out with the byline); the attacks were 'on Friday', the same day. Militants attacking three army posts in one valley at once: one incident, armed_attack, claimed by the Gul Bahadur group, a breakaway faction outside the list: OTHER. The military (PAK): three soldiers killed (security forces 3) and, as a separate claim, four insurgents, the attackers' dead (combatants 4).")

A("TRT World (AFP)", "https://www.trtworld.com/article/18245743", "2024-12-21", "text",
"""Terrorists launched a brazen overnight raid on an army post near the Afghan border, two intelligence officials said, killing 16 soldiers and critically wounding five more.

"Over 30 terrorists attacked an army post" in the Makeen area of Khyber Pakhtunkhwa province, one senior intelligence official told AFP on condition of anonymity.

"Sixteen soldiers were martyred and five were critically injured in the assault."

"The terrorists set fire to the wireless communication equipment, documents and other items present at the checkpoint," he said, before retreating from the two-hour assault which took place 40 kilometres from the Afghan border.

A second intelligence official also anonymously confirmed the same toll of dead and wounded.

Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the attack.

The siege started after midnight and lasted about two hours as around 30 terrorists pummelled the mountainous outpost from three sides.

The terrorist group claimed to have seized a hoard of military gear including machine guns and a night vision device.

Pakistan's military has not yet stated the incident.""",
[I("2024-12-20", "day", "PAK", KP, "South Waziristan", "armed_attack", "TTP",
   [C("PAK", 16, injured=5, sec=16)], loc="Makeen")],
"'December 21, 2024' (a Saturday; the page's date line, left out with the headline, standfirst and photo caption). An 'overnight raid': the day before publication, 20 December, by the convention (unsure: the siege 'started after midnight', so 21 December in the early hours). Some 30 attackers on an army post, claimed by the TTP: armed_attack, TTP. Two intelligence officials (PAK, as the intelligence officials of the earlier sets): 16 soldiers killed (security forces 16), five injured. 'Over 30 terrorists' are attackers, not casualties. Makeen is in South Waziristan. The page's later paragraphs (Pakistan's accusations against Kabul, a UN report's estimate of TTP fighters) are left out.")

A("Indian Defence News (ANI)", "https://www.indiandefensenews.in/2025/03/four-police-personnel-killed-in.html", "2025-03-23", "text",
"""At least four police personnel were killed in an attack in the Nushki district of Balochistan, Pakistan, on March 23, 2025. The incident occurred in the Gharibabad area when unidentified armed assailants opened fire on a police patrolling van.

The attackers fled the scene, and security forces quickly arrived to transport the deceased to a local hospital.

Balochistan's Chief Minister, Mir Sarfraz Bugti, condemned the attack as a cowardly act and expressed deep sorrow over the loss of life.

In a related incident earlier that day, four laborers from Punjab were also shot dead by unidentified assailants in the Mangochar area of Kalat district.

The victims were reportedly attacked while drilling a tube well for a local landowner. This surge in violence highlights ongoing security challenges in Balochistan, which has seen a series of attacks targeting individuals from Punjab, often linked to separatist groups like the Baloch Liberation Army (BLA).""",
[I("2025-03-23", "day", "PAK", BAL, "Nushki", "armed_attack", "UNKNOWN",
   [C(None, 4, "at_least", sec=4)], loc="Gharibabad"),
 I("2025-03-23", "day", "PAK", BAL, "Kalat", "armed_attack", "UNKNOWN",
   [C(None, 4, civ=4)], loc="Mangochar")],
"The text dates the attack 'on March 23, 2025' (the url carries the month; the stored copy is dated 23 March); 'earlier that day' gives the Kalat killing the same day. Two incidents in two districts. (1) Unidentified gunmen on a police patrol van in Nushki: armed_attack, UNKNOWN; at least four police personnel killed (security forces 4). (2) Four labourers from Punjab shot dead by unidentified assailants in Kalat: armed_attack, UNKNOWN (the BLA is named only as the kind of group such attacks are 'often linked to', no allegation); killed 4 (labourers: civilians 4, unsure). The article's voice for both. The chief minister's further remarks and the agency credit are left out.")

A("Sub News English", "https://subnewsenglish.com/news/12732", "2025-04-28", "text",
"""Wana, South Waziristan, April 28, 2025: A powerful explosion shook Wana Bazaar in Lower South Waziristan on Monday, killing at least six people and injuring 13 others during the busy hours of the day.

According to police officials, the blast was a targeted attack aimed at Saif-ur-Rehman, a former member of the local peace committee. While Rehman was believed to be the primary target, the explosion also caused significant casualties among bystanders.

The blast, which was audible from a considerable distance, triggered widespread panic across the bazaar. Police and rescue teams responded swiftly, transporting the injured and deceased to the District Headquarters (DHQ) Hospital in Wana. Medical teams are working to stabilize those critically wounded, though the identities of the deceased have not yet been confirmed.

Following the incident, security forces cordoned off the area and launched a thorough investigation. Police sources said enhanced security measures have been put in place to prevent further incidents and to assist in collecting evidence from the scene.

The attack has once again raised alarm over the fragile security situation in South Waziristan, where incidents of targeted violence have been on the rise in recent months.""",
[I("2025-04-28", "day", "PAK", KP, "South Waziristan", "bombing", "UNKNOWN",
   [C(None, 6, "at_least", injured=13)], loc="Wana Bazaar")],
"Dateline 'Wana, South Waziristan, April 28, 2025' (a Monday); the blast was 'on Monday', the same day. An explosion that the police call 'a targeted attack' on a former peace-committee member: bombing; the text puts an attacker behind it, unnamed: UNKNOWN (unsure: none, as no bomber or group is named). Police officials (the article's voice): at least six killed, 13 injured. Lower South Waziristan is placed at the gazetteer's South Waziristan. The stored copy's paragraphs, single line breaks, are separated by blank lines.")

A("Dawn", "https://www.dawn.com/news/1911598/security-forces-kill-two-assailants-after-attempt-to-attack-fc-post-in-turbat-police", "2025-05-17", "text",
"""Security forces killed two armed assailants on Friday night in an encounter after they tried to attack a Frontier Corps (FC) check post in Balochistan’s Turbat city of Kech district, according to the police.

Faced with increasing attacks by militants, especially in Khyber Pakhtunkhwa and Balochistan, security forces have also intensified counterterrorism operations.

According to a police statement, Kech SSP Zohaib Mohsin said, “Unidentified armed men tried to attack an FC check post last night, but the forces killed the two armed men in retaliation.

“While chasing the two armed men, they were surrounded and killed in Sangani Sar and their bodies were later handed over to the administration. However, the identities of the slain men have not been ascertained yet,” the statement quoted him as having said.

In another incident in Nasirabad, 40 kilometres from Turbat, women and children were injured when a grenade was thrown at a house.

According to police office Zahoor Ahmed, unidentified motorcyclists threw a grenade at a house in Nasirabad.

As a result, Meeral Qasim, Ayesha Shabbir, Fatima Shabbir and Shahzad Shabbir were injured,

Earlier in the week, one person was killed and 10 others injured when a blast struck the convoy of PPP MPA Ali Madad Jattak in Quetta on Wednesday, but the lawmaker was unharmed.""",
[I("2025-05-16", "day", "PAK", BAL, "Kech", "armed_attack", "UNKNOWN",
   [C(None, 2, comb=2)], loc="FC check post, Turbat"),
 I("2025-05-16", "day", "PAK", BAL, "Kech", "bombing", "UNKNOWN",
   [C(None, injured=4)], loc="Nasirabad, 40 km from Turbat")],
"'Published May 17, 2025' (a Saturday; the byline and date line, left out with the headline and e-paper banner); the attack on the FC post was 'on Friday night', 16 May. Two incidents. (1) Unidentified armed men attacking an FC check post in Turbat and killed by the forces: armed_attack, UNKNOWN; the police (the article's voice): the two attackers killed (combatants 2), no loss among the forces given. (2) A grenade thrown at a house in Nasirabad, a village of Kech 40 km from Turbat (not the district of that name): bombing, by unidentified motorcyclists, UNKNOWN; no date of its own, so the date of the incident before it (unsure: the text does not say it was the same night); police: 'women and children' injured, four names (injured 4). A paragraph on four Levies personnel killed at a check post in Khuzdar the same night is cut because that attack is heldout9-027's event; the blast on an MPA's convoy in Quetta 'earlier in the week' (one killed, ten injured) is context. The page's last, cut paragraph (the chief minister's remarks) is left out; the comma ending the injured list is as stored.")

A("Rediff (PTI)", "https://m.rediff.com/news/commentary/2025/dec/29/unidentified-gunmen-kill-2-policemen-in-pakistan/d0201ce2948ef3adf727109b9be60e53", "2025-12-29", "url",
"""The incidents occurred in the Tank district bordering South Waziristan.

In the first incident, motorcycle-borne unidentified gunmen opened fire on assistant sub-inspector Mumtaz Ali while he was returning from his village in Lakki Marwat district. He died of injuries on the spot.

The police have launched an investigation into the incident.

In a second incident, Constable Sajjad Hussain was abducted from Shah Alam Road, where he was forcibly taken out of a vehicle while travelling to his home and was later killed.

The police have termed both incidents as targeted attacks and said that search operations have been launched, and further investigations are underway.

The government accuses the banned terror outfit Tehreek-e-Taliban Pakistan (TTP) of carrying out terror attacks, especially in provinces bordering Afghanistan, after its ceasefire deal ended in November 2022. -- PTI""",
[I("2025-12-29", "week", "PAK", KP, "Tank", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)]),
 I("2025-12-29", "week", "PAK", KP, "Tank", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)], loc="Shah Alam Road")],
"Published 29 December 2025 (url); the stored excerpt begins after the page's lead (only a time stamp and 'File image' remain, left out), and the text dates neither killing: the publication day, precision week, for the first, and the second takes the date of the incident before it. Two incidents, both placed in Tank by 'The incidents occurred in the Tank district' (unsure: the first officer was returning from his village in Lakki Marwat, and the place of the shooting is not said). (1) Motorcycle-borne unidentified gunmen shooting an assistant sub-inspector: armed_attack, UNKNOWN; killed 1 (security forces 1). (2) A constable abducted from a vehicle and later killed, by persons unnamed, which the police call a targeted attack: armed_attack, UNKNOWN (unsure: the abductors are not described); killed 1 (security forces 1). The police are the article's voice. The government's accusation against the TTP is general, not an allegation for these killings.")

# ---------------------------------------------------------------- passages with no incident
A("CRSS", "https://crss.pk/?p=24055", "2018-06-24", "inferred",
"""The third meeting of Pakistan Afghanistan Joint Committee (PAJC) Beyond Boundaries Phase III was held at Kabul on 24 June, 2018. First and second meetings were held at Kabul on 15 December, 2017, and Islamabad on 26 February, 2018 respectively.

The bilateral PAJC dialogue included interactive discussions on peace and security, positive bilateral developments including recent high level visits, revival of formal contacts under the Afghanistan Pakistan Action Plan for Peace and Solidarity (APAPPS), a review of the status of Afghan refugees, bilateral and transit trade and the role of media on both sides in promoting better bilateral relations and preventing misperceptions and negative narratives.

The PAJC groups held meetings and were briefed during the dialogue by Mr. Haroon Rashid Sherzad, Senior Advisor to National Security Advisor (NSA), on the framework of APAPPS; Mr. Khyber Farahi, Senior Advisor to President on Migration and Social Development, on the latest situation of refugees.

The PAJC groups unanimously supported, and welcomed the recent high level bilateral visits and the recently concluded APAPPS framework.

The groups also welcomed commitment by both governments to refrain from public blame games as they pursue the new dialogue framework.

The PAJC groups agreed and urged the two governments to:
- Grant access to respective prisoners and sign an agreement on Mutual Consular Access, at the earliest.
- Sign an agreement for repatriation of each other’s citizen’s and prisoners.
- Dignified and honorable treatment to each other’s citizen’s at entry points.
- Restrain official Spokespersons of the two governments from making knee jerk statements in situations involving the two countries. It was suggested that given the sensitivities, both sides should avoid instant reaction to any untoward incident.
- Work on a dignified and reasonable plan for Afghan refugees repatriation.""",
[], "Diplomacy (a track-two dialogue): the third meeting of the Pakistan Afghanistan Joint Committee of the Centre for Research and Security Studies in Kabul on 24 June 2018. The page shows no date: the meeting's day, inferred (unsure: the report may have been posted a few days later). 'Any untoward incident' names no event, and the dates of earlier meetings are no casualty figures: no incident. The stored copy's paragraphs, single line breaks, are separated by blank lines (the list kept as one block); the last, cut list item (the APTTCA meeting) is left out.")

A("The News", "https://www.thenews.com.pk/print/387705-pak-afghan-trade-maintains-upward-trajectory", "2018-10-31", "text",
"""PESHAWAR: Pakistan and Afghanistan continue to maintain upward trajectory of trade contrary to the media reports. The Pakistan Embassy in Afghanistan in a statement said it was pleased to announce that due to its well-directed efforts, Afghanistan's exports to Pakistan had increased 29.53 percent during Pakistan's financial year 2017-18.

It said the exports had increased from $342 million in 2016-17 to $443 million in 2017-18. It said that Pakistan remained the largest export market for Afghanistan. On the other hand, the Pakistan Embassy said that Afghanistan continued to increase its imports from Pakistan as Afghan imports increased from Pakistan by 18.33 per cent for the period that is $1,271 million in year 2016-17 to $1,504 million in year 2017-18. Karachi port remained a major venue for Afghan transit trade as in year 2017-18, worth $3.321 billion goods were imported by Afghanistan through this port.""",
[], "Trade: the Pakistan embassy in Kabul says bilateral trade kept rising in 2017-18 ('Wed October 31, 2018', the page's date line, left out with the bureau byline and headline). Percentages, dollar values and years are no casualty figures, and no violent event is named: no incident.")

A("Afghan Studies Center (TOLOnews)", "https://afghanstudiescenter.org/torkham-camp-officials-ready-as-deportation-deadline-approaches", "2024-04-15", "text",
"""This comes as Pakistan has set today (Monday, April 15) as the deadline for the second phase of the deportation of Afghan refugees from the country.

Hamdullah, the deputy of the temporary Afghan refugee camp in Torkham, told TOLOnews: “Yesterday, 30 families arrived, and we have made good arrangements for them. They are being registered and biometrically processed here, and will be transported to their destinations by government vehicles. We are here to serve the refugees.”

Meanwhile, several Afghan refugees who have recently returned from Pakistan complain about the behavior of that country’s government, which they describe as “illegal.”

Jamshid, 35, told TOLOnews that Pakistani police harassed them and forced them to move towards Afghanistan in the middle of the night.

“I spent 25 years in Pakistan, and now the situation there is very bad. There are many arrests and detentions; I did not want to go to jail and ruin my child’s life, which is why I returned to my homeland,” he added.

Abdul Wahab, another deported refugee from Pakistan, said: “They wouldn’t let us work, they harassed us, took our money, and arrested us.”

Others have also stated that they were treated inhumanely by Pakistani security forces on their way back to the country. They are pleased to have returned and are asking the interim government to provide permanent shelter and job opportunities for the refugees.

“We brought our families and children back to our homeland and we are happy. We ask the international community to continue assisting us and to create job opportunities for us,” said Salim Khan, deported from Pakistan.

According to officials at the Torkham camp, so far about 740 tents have been set up, and preparations are being made for an additional 1,000 tents.""",
[], "Refugees: the Torkham camp ready for returnees on the deadline of the second phase of Pakistan's deportations, 'today (Monday, April 15)'; the copy's credit line gives 'www.tolonews.com April 15, 2024' (left out, with the standfirst repeated at the page's head). Harassment, arrests and detentions told by returnees are no attack and carry no casualty figure; 30 families and 740 tents are not casualties: no incident.")

A("The Week (PTI)", "https://theweek.in/wire-updates/international/2025/03/19/fgn50-pak-afghan-torkham.html", "2025-03-19", "url",
"""Islamabad, Mar 19 (PTI) The Torkham border crossing between Pakistan and Afghanistan reopened on Wednesday after 27 days of closure following talks between jirga members from both sides, according to a media report.

The cross-border movement was suspended on February 21 after Islamabad shut it down over a dispute concerning the construction of a border post by the Afghan government.

Head of the Pakistani jirga (tribal council) Syed Jawad Hussain Kazmi told the Dawn newspaper that the border has opened for cargo vehicles.

He added that it will reopen for pedestrians and patients on Friday after repairs to the Pakistani customs infrastructure, which was damaged by firing from the Afghan side.

The decision to reopen the border was taken at a meeting at Torkham on the Afghan side on Wednesday, the newspaper quoted him as saying.

Since February 21, officials and tribal elders on both sides have been holding talks about reopening the border. On Monday, the Pakistan-Afghanistan Jirga agreed on a ceasefire and the border's reopening.

The movement of people via the border crossing, situated about 55 kilometres west-northwest of Peshawar, was abruptly suspended after Pakistani and Afghan security forces developed differences over construction activities on both sides of the border.

In the past, both countries have closed Torkham and the southwestern Chaman border crossing, most often over deadly shootings and cross-fire. The crossings are vital for trade and travel between Pakistan and landlocked Afghanistan.

Earlier, an exchange of firing between Pakistani and Afghan security forces at the Torkham border overnight on March 3 left one civilian from Pakistan injured.""",
[], "Trade and diplomacy: the Torkham crossing reopened on Wednesday 19 March 2025 (url and the dateline 'Mar 19') after 27 days, a ceasefire agreed by the jirgas on Monday. The exchange of fire 'overnight on March 3' (one civilian injured; the clashes that heldout7 reports) is an earlier event named as context ('Earlier'), as is the firing that damaged the customs buildings (no casualty): no incident (unsure: a reader may label the 3 March exchange). The stored copy's paragraph indents are dropped; its closing note on auto-generated copy is left out.")

A("Amu TV", "https://amu.tv/168958", "2025-04-16", "inferred",
"""KABUL, Afghanistan — Taliban said that the Afghanistan-Pakistan Joint Coordination Committee is convening in Kabul on Wednesday, marking the seventh round of talks aimed at addressing border security and cross-border mobility.

Taliban spokesman Zabihullah Mujahid said in a post on X that the meeting will bring together senior representatives from both sides. Abdul Qayyum Zakir, the Taliban’s deputy defense minister, will lead the Afghan delegation, while Mohammad Sadiq Khan, Pakistan’s special envoy for Afghanistan, will represent Islamabad.

The talks are being hosted by the Taliban’s Ministry of Defense and mark the first meeting of the committee following a lengthy pause in dialogue. A similar meeting is expected to be held in Islamabad at a later date, according to officials.

Mujahid said the primary focus of the meeting will be to address ongoing challenges and potential flashpoints “along the Durand Line,” the disputed border between the two countries. Facilitating cross-border travel for citizens of both nations is also on the agenda.

The Afghanistan-Pakistan coordination committee was established in previous years to promote security dialogue and border cooperation. Wednesday’s session is the first since a period of heightened tensions and border closures that disrupted trade and led to accusations from both sides over militant activity.

Sadiq Khan confirmed his arrival in Kabul earlier in the day, stating that the dialogue is resuming after a long hiatus. This is Khan’s second visit to the Afghan capital in less than a month.""",
[], "Diplomacy: the seventh round of the Afghanistan-Pakistan Joint Coordination Committee convening in Kabul 'on Wednesday'; the page shows no date: the session, led by Mullah Abdul Qayyum Zakir and Mohammad Sadiq, was held on Wednesday 16 April 2025, published that day (inferred). 'Heightened tensions', 'potential flashpoints' and 'accusations ... over militant activity' name no event and carry no figure: no incident. The section label and headline are left out.")

if __name__ == "__main__":
    write(lambda index: {"id": f"heldout10-{index:03d}", "split": "heldout10"})
