"""Writes crates/extract/gold/gold-heldout9.jsonl: the ninth held-out set (split "heldout9").

Real passages collected with the search tool from stored news pages (corpus "pages") and labelled
by hand in one sitting, following the written conventions (crates/extract/gold/README.md), by a
helper session that never ran the extractor, nor read its source, word lists, docs, tests or
golden output. They were chosen as an ordinary daily mix of the frontier's news from 2010 to 2025,
from outlets, years and districts the earlier sets use less, and for events not yet in the sets:
a bicycle bomb on a police officer in D. I. Khan (2010, the hospital's break-down of the dead); US
drone strikes in North Waziristan (2010, with an earlier strike of the day before named as what
the attack 'came hours after'; 2014, Doga Madakhel); Pakistani air strikes on Datta Khel (2014 and
2015, the ISPR's figures, earlier strikes and offensive totals as context); bombings in Bajaur's
Pashat bazaar (2011, the word suicide only in the claim), Bar Kamar (2015, 'no one has claimed
responsibility') and three acts of one night in Bajaur (2013, a lead total that adds them up, no
day given); fighting in Tirah between Lashkar-e-Islam and Tauheed-ul-Islam (2011), Ansarul Islam
and the TTP (2013) and soldiers and militants (2013); the Parachinar market suicide bombing of
February 2012 (claimed by a TTP splinter group) beside security forces' firing on protesters;
militants storming Kitkot in Bajaur (2012, the attackers' dead apart, the return of bodies after
the Upper Dir ambush as context); the Pat Bazaar suicide bombing in Hangu (2013) and the Doaba
police-station mosque (2023); a roadside IED at Pewar Tangi (2013, Parachinar's twin blasts as
context); a roadside bomb in D. I. Khan beside a blast in Charsadda (2014) and the Tank Adda IED in
D. I. Khan (2023, passers-by); an ambush on the FC in Panjgur claimed by the BLF (2017, injured
only); ISPR encounters in South Waziristan (2021, 2024), Bajaur (infiltrators, 2024) and Kurram
(2025, the statement's day only); attacks on police in Bannu and Lakki Marwat beside a CTD
operation in Peshawar (2023) and on the Bannu police lines (2024); the BLA's suicide attacks on FC
convoys at Kalat (a woman bomber) and Noshki (2025, an earlier report replaced by a later one); an
attack on a Levies checkpost in Khuzdar (2025); voices are the ISPR, intelligence officials,
police, hospitals, the CTD, district and agency administrations, a provincial spokesman, other
media and the TTP; figures in words and digits, "at least", "more than", groups of civilians,
passers-by, policemen, soldiers and attackers, incidents with no figure, statements that date no
event (precision `week`); and five passages with no incident (the Ghulam Khan crossing reopened in
July 2017, the first APAPPS session in Kabul in July 2018, the Chaman crossing reopened for trade
after a COVID-19 closure in April 2020, refugees' registration cards extended in April 2024, a
rail-link framework agreement signed in Kabul in July 2025).

De-duplication, checked with a script that reads only the `url` and `text` fields of gold.jsonl and
gold-heldout2.jsonl to gold-heldout8.jsonl: no URL here is in them (exact and normalised addresses:
scheme, port, www./m. prefix, query, fragment and trailing slash removed, and also the host with
the article's numeric id; the three hits on a year in the path, a Pakistan Today archive and two
Nation addresses, are other articles), and no passage shares a figure sentence with them (shared
8-word sequences). Candidates were dropped before labelling because they report events the sets
already hold: the Kalat and Kech attacks of 15-16 February 2025 (a Hum News and a Dawn report;
heldout7-019), the Mastung Levies post of 20 February 2023 (Dawn, Geo, Business Recorder), the
Chitral (Kalash) attack of 6 September 2023, the Gorwaik drone strike of July 2011 and the Esokhel
strike of June 2012, the Khost drone strike of May 2017, the Zhob garrison of July 2023, the Tank
police lines of 15 December 2023, the Lakki Marwat police station of December 2022, the Dir Duni encounter
of May 2023 and the Mir Ali operation of January 2025, the Chamarkand IED of December 2017, the Kurram clash at Palosin and
the Laka Tika firing of April 2018, the Torkham clashes of January 2023 and March 2025, the Chaman
firing of May 2017 and December 2022, Kunar's rockets and shells of July 2012, April 2022 and
November 2017, the Dand-e-Patan clashes of 2022 and March 2024, the Shalobar attack of December 2011,
the Bajaur mortar of February 2021, the Tirah clash of November 2024 and the Urgun strikes of
October 2025; undated copies (a Dangam rocket on children, a Sarkano shelling, Mir Ali and Miranshah
drone strikes, an Arandu mortar attack, Mohmand border-post attacks, a Kurram van blast, Datta Khel
air strikes and Shawal drone strikes) were also left out. No chosen candidate had to be dropped for
its URL or for a shared figure sentence; one passage was cut: the later paragraphs of heldout9-018,
a list of earlier events with their tolls (among them the Dosalli IED of heldout8-018), share no
8-word sequence with the sets but were cut so that the passage names no earlier set's event with
its toll. Events of earlier passages named here as context, with no incident labelled: the Upper
Dir ambush of June 2012 (heldout8-006), Parachinar's twin blasts of 26 July 2013 (heldout5-027).
What remains shared is no figure sentence: stock clauses ("they were not authorized to speak to
the media", "no group has yet claimed responsibility for the attack", "no one has claimed
responsibility for the attack", "the injured were shifted to Agency Headquarters Hospital",
"cordoned off the area and started a search operation", "to eliminate any other terrorist found in
the area"), casualty phrases with other figures and other events ("soldiers were martyred and five
terrorists were killed", in a sentence about six soldiers in September 2025; "was martyred and
four others were wounded in the", about an ambush in North Waziristan in 2019; "four others were
injured in a suicide attack", about two killed in Bajaur in 2021) and the ISPR's and the press's
boilerplate ("expected to fulfill its obligations and deny the use of Afghan soil", "such
sacrifices of our brave soldiers further strengthen our resolve", "according to a press release
from the Inter-Services Public Relations (ISPR)", "the military's media wing said on Thursday").
Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- 2010-2013
A("Forma Mentis (blog copy)", "https://formaementis.wordpress.com/2010/05/18/suicide-bomb-blast-hits-pakistani-city/", "2010-05-18", "url",
"""A bomb explosion in Dera Ismail Khan in the North-West Frontier Province of Pakistan killed at least twelve people, officials said.

Deputy Superintendent of Police (DSP) Iqbal Khan was said to be the target by other policemen. The bomb, which was planted on a bicycle, killed the former along with the driver and guard of his convoy.

No group has yet claimed responsibility for the attack. The DSP’s car had been badly damaged. Officials stated the bomb was detonated when Khan had been leaving his house situated in the Kutchi Painda Khan region of the town and entering his car. “It was a remote control bomb and was planted in a bicycle,” Riaz Khan, a police spokesperson for the province, said to Agence France-Presse news agency.

The local DHQ Hospital is treating the injured. The death toll was confirmed by a doctor, Qibla Khan, who stated that 12 dead and 10 wounded people had been brought in, telling Reuters news agency via telephone “We have 12 dead bodies in our emergency room”.

“We have received 12 dead bodies and 10 injured,” Nasir Malik Akhtar, who heads the casualty department at Dera Ismail Khan hospital, told the media. “The dead included three policemen, including one officer, and nine civilians,” he noted. Hospital authorities added that there were women an children among the dead. A state of emergency has been declared by the hospital.""",
[I("2010-05-18", "week", "PAK", KP, "D. I. Khan", "bombing", "UNKNOWN",
   [C(None, 12, injured=10, civ=9, sec=3)], loc="Kutchi Painda Khan")],
"A blog's copy (the URL carries 18 May 2010) of a news report; the text gives no day for the blast: the publication day, precision week. A remote-controlled bomb planted on a bicycle (the blog's headline says suicide, the text does not): bombing; 'no group has yet claimed responsibility' says there is an attacker: UNKNOWN. One voice, the article's (officials, police, the hospital): the lead's 'at least twelve' is restated plainly by the doctors ('12 dead and 10 wounded'): killed 12 exact, injured 10 (unsure: at_least 12 from the lead, as heldout8-004 chose the plain restatement); 'three policemen, including one officer, and nine civilians' (security forces 3, civilians 9); 'women an children among the dead' give no number. The headline, the map label 'Dera Īsmāil Khān, Pakistan' and the blog's footer are left out.")

A("CNN", "http://edition.cnn.com/2010/WORLD/asiapcf/06/11/pakistan.drone.attack/?hpt=T2", "2010-06-11", "url",
"""Islamabad, Pakistan (CNN) -- A suspected U.S. drone fired six missiles into a compound in North Waziristan, killing 13 suspected militants Friday, according to a Pakistani intelligence official and a local government.

Twelve others were injured, said the officials, who asked not to be named because they were not authorized to speak to the media. The missiles were fired at a suspected militant compound in Maizer Madakhel, a village in North Waziristan.

The aerial attack came hours after a similar drone strike killed three others in the same northwest Pakistani region Thursday. That attack targeted a compound housing militants, two Pakistani intelligence officials said.

Pakistan is gearing up for military operations in North Waziristan, which security analysts have described as a haven for various factions of Afghan and Pakistani Taliban and al Qaeda militants.

Although the United States is the only country in the region known to have the ability to launch missiles from drones, which are controlled remotely, U.S. officials normally do not comment on suspected drone strikes.

Before the latest two attacks, 37 of 39 reported strikes this year have hit targets in North Waziristan, said Peter Bergen, CNN's national security analyst.""",
[I("2010-06-11", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C("PAK", 13, injured=12, comb=13)], loc="Maizer Madakhel")],
"Published Friday 11 June 2010 (url); the strike was 'Friday', the same day. A suspected US drone: drone_strike, the United States as OTHER. A Pakistani intelligence official and a local government official, unnamed, give the figures: read as PAK, as the intelligence officials of heldout8-010 and -013 (unsure: the local government official is the article's voice; one claim either way): 13 suspected militants killed (combatants 13), twelve injured. The strike of Thursday that 'killed three others' is named as what the attack 'came hours after', the convention's context wording, and is not labelled (unsure: it has details of its own, two intelligence officials, a compound housing militants, and may be read as a second incident on 10 June, killed 3). The tally of 37 of 39 strikes this year is context. The page's bullet points (which repeat the lead) and the byline are left out.")

A("Pakistan Today", "https://archive.pakistantoday.com.pk/2011/05/29/two-tribal-elders-among-8-killed-in-bajaur-bomb-blast/", "2011-05-29", "url",
"""At least eight people were killed and another 12 injured when a high-intensity bomb exploded in Pashat Bazar of Bajaur Agency’s Salarzai tehsil on Saturday. Those killed included two leading tribal elders who had played a key role in organising traditional tribal lashkars against militants in the area. Malik Tehsil Khan and Malik Mian Jan, the two tribal elders of the Salarzai tribe, were sitting inside a tea shop in Pashat Bazaar when the bomb exploded, killing both the tribal elders and six others on the spot.

Taliban claimed responsibility for the suicide attack. “We carried out the bombing against the peace committee because they had joined the government and were maligning the Taliban,” TTP spokesman Ehsanullah Ehsan told AFP. “We had warned them before and warn them again that they should disband this anti-Taliban peace committee otherwise we will continue to attack them till they are totally eliminated,” Ehsan said.""",
[I("2011-05-28", "day", "PAK", KP, "Bajaur", "suicide_bombing", "TTP",
   [C(None, 8, "at_least", injured=12)], loc="Pashat Bazaar, Salarzai")],
"Published Sunday 29 May 2011 (url); the blast was 'on Saturday', 28 May. 'A high-intensity bomb exploded', but the next paragraph calls it 'the suicide attack', which the TTP's spokesman claims: suicide_bombing (the word suicide is used), TTP. The article's voice: at least eight killed, 12 injured; the two elders and 'six others' are the eight, not an addition. The TTP gives no figure. The headline and the page's counters are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/303370/militancy-in-khyber-four-killed-in-clashes-between-extremists?amp=1", "2011-12-08", "text",
"""In fresh clashes between two extremist groups, four fighters were killed and five injured in the remote Tirah Valley of Khyber Agency on Wednesday, a local administration official said.

Akbar Khan, the administration official for Bara, told Express News that the fighting started between Lashkar-e-Islam (LeI) and Tauheed-ul-Islam (TuI) in the Mastak village Wednesday evening. He added that the TuI group also detained six LeI fighters. Tirah Valley is situated 100 kilometres west of Peshawar along the Pakistan-Afghanistan border.

The local Zakhakhel clan has raised the TuI group to fight off Lashkar-e-Islam, a banned extremist group led by its notorious commander Mangal Bagh Afridi. According to political authorities, LeI fighters triggered the clash by attacking the bunkers of TuI fighters who retaliated. Local resident Hukhiar Shah says that four different sectarian groups have been fighting each other for control of Tirah Valley.""",
[I("2011-12-07", "day", "PAK", KP, "Khyber", "armed_clash", "OTHER",
   [C(None, 4, injured=5, comb=4)], loc="Mastak, Tirah")],
"'Published in The Express Tribune, December 8th, 2011' (a Thursday; the page's print line, left out, as are the headline, the standfirst and the page's second copy of the same text); the clashes were 'on Wednesday', 7 December. Fighting between two armed groups: armed_clash; the political authorities say Lashkar-e-Islam triggered it by attacking the TuI's bunkers: a party outside the list, OTHER (as heldout7-001's tribal clash; unsure: no perpetrator, since both groups fought). The administration official (the article's voice): four fighters killed (combatants 4), five injured; the six fighters detained are not casualties.")

A("The Express Tribune", "https://tribune.com.pk/story/338194/sectarian-attack-suicide-blast-kills-31-in-parachinar/", "2012-02-18", "text",
"""An uneasy peace in an area beset by violent sectarianism was short-lived. Parachinar bleeds again.

At least 31 people were killed and 36 others were injured when a suicide bomber attacked a crowded market in Kurram Agency on Friday, in the deadliest attack for a month, officials said.

The bomb exploded near an imambargah as the main Friday prayers took place in Parachinar, the headquarters of Kurram Agency.

But that was not the extent of the tragedy.

According to locals, two people were killed when security forces shot at protesters from the Shia community after the bombing.

A splinter group that broke away from the Pakistani Taliban claimed responsibility for the attack, saying that the “Toori (Shia) tribe were involved in activities against us”.

The blast casts a shadow over the fate of a fragile peace deal, which was concluded recently in the restive agency, plagued by sectarian violence.

Officials said that the blast took place in the busy Khar Bazaar, also known as Kurma Bazaar, when the young suicide bomber rushed towards the crowd and detonated the explosives strapped to his body.""",
[I("2012-02-17", "day", "PAK", KP, "Kurram", "suicide_bombing", "OTHER",
   [C(None, 31, "at_least", injured=36)], loc="Kurma Bazaar, Parachinar"),
 I("2012-02-17", "day", "PAK", KP, "Kurram", "armed_attack", "PAK",
   [C(None, 2)], loc="Parachinar")],
"'Published: February 18, 2012' (a Saturday; the page's date line, left out with the headline and two photo captions); the bombing was 'on Friday', 17 February. Two incidents. (1) A suicide bomber in the market near an imambargah, claimed by 'a splinter group that broke away from the Pakistani Taliban' (the caption naming Fazal Saeed's faction is left out): a group outside the list, OTHER (unsure: TTP, as a TTP faction). Officials (the article's voice): at least 31 killed, 36 injured. (2) Security forces shooting at protesters after the bombing: armed_attack by Pakistan's forces, PAK; locals (the article's voice): two killed; no date of its own, so the date of the incident before it (unsure: it may be read as part of the day's unrest rather than an attack; and the bombing's 'at least 31' may or may not include them). The page's later paragraphs (eyewitnesses, the independent sources' 'over 60' injured, cut at the stored excerpt's end) are left out.")

A("The Express Tribune", "http://tribune.com.pk/story/407702/border-tension-17-militants-killed-in-bajaur", "2012-07-13", "text",
"""Seventeen militants were killed in conflict which took place in the Mamound tehsil of Bajaur Agency, according to Assistant Political Agent (APA) Jehangir Azam.

Four people belonging to the Mamound peace militia were also killed when dozens of militants attacked the village of Kitkot located on the Pak-Afghan border Thursday morning, said an official. It is reported that one security official was also killed in the clash. While most families in the village managed to flee, members of the peace militia of Mamound stayed back and aided security officials to combat the militants.

Eyewitnesses said the militants fired rockets and grenades at the locals.

Gunship helicopters were called in to carry out shelling in the area. But due to the presence of residents, security officials had to adopt precautionary measures to minimise collateral damage. The situation in most parts of the village remains unclear. Locals reported there was still intermittent firing heard from the area.

Meanwhile, Tehreek-e-Taliban Pakistan (TTP) militants based in Afghanistan agreed to return 19 bodies of security officials and a local on Thursday after stern efforts of local tribal elders, sources said.

On June 28, militants ambushed security personnel while they were patrolling the area. They killed all the security officers According to officials of the Upper Dir administration, a Jirga was organised which asked the militants to return the bodies of the slain men. The militants, however, refused to comply.

On Wednesday, a delegation of local elders went to the Kunar province and met with militant leaders to convince them to return the bodies. “Our elders have been successful in their efforts. The militants agreed to return all 19 bodies,” Malak Zafar, a local elder of Barawal, told The Express Tribune.

It was reported that the jirga has handed over 19 bodies to the security officials in Binshahi area between Lower Dir and Afghanistan border.""",
[I("2012-07-12", "day", "PAK", KP, "Bajaur", "armed_attack", "UNKNOWN",
   [C(None, 5, sec=1), C(None, 17, comb=17)], loc="Kitkot, Mamond")],
"'Published in The Express Tribune, July 13th, 2012' (a Friday; the print line, left out); the attack was 'Thursday morning', 12 July. Dozens of militants attacking a border village, unnamed: armed_attack, UNKNOWN (the gunship helicopters' shelling is the response within the same clash, not a second incident). The article's voice (the APA, an official, 'it is reported'): four members of the peace militia and one security official killed (killed 5, security forces 1; the militiamen are a tribal lashkar, given no group: unsure) and, as a separate claim, 17 militants (the attackers' dead, combatants 17). The return of 19 bodies and the ambush of 28 June in Upper Dir (the Barawal attack that heldout8-006 reports) are context, not incidents.")

A("Dawn", "https://www.dawn.com/news/amp/785491", "2013-02-12", "text",
"""LANDI KOTAL, Feb 11: Five members of a banned militant group were killed and four others received injuries in clashes with Taliban in Tirah valley of Khyber Agency on Monday.

Sources said that although Ansaarul Islam, the banned group, was able to recapture three from outlawed Tehrik-i-Taliban Pakistan, yet it lost five of its members in the daylong clashes. The clashes took place in Dro Stana, Kala Woch and Haider Kandaw areas of Tirah valley, they added.

Another source said that the Ansaarul Islam members when some mines planted inside a bunker in Dro Stana area exploded. The mines were planted by Taliban before their retreat from the area.

Sources said that fighting between the two groups was continued in Malidinkhel area.""",
[I("2013-02-11", "day", "PAK", KP, "Khyber", "armed_clash", None,
   [C(None, 5, injured=4, comb=5)], loc="Dro Stana, Tirah")],
"'Published 12 Feb, 2013' (the page's date line, left out with the headline and the page's menus); the dateline 'Feb 11' and 'on Monday' give 11 February. Day-long fighting between Ansarul Islam and the TTP: armed_clash; the text says Ansarul Islam recaptured positions (so it attacked) while the Taliban's mines killed some of its men: no perpetrator (unsure: OTHER for Ansarul Islam, or TTP for the mines). Sources (the article's voice): five members of the group killed (combatants 5), four injured; the deaths by mines are part of the same day's clashes.")

A("Dawn", "https://www.dawn.com/news/782985/suicide-bomber-slays-26-outside-hangu-mosque", "2013-02-01", "text",
"""KOHAT: At least 26 people were killed and 56 injured when a suicide bomber detonated explosives outside a Shia mosque in Pat Bazaar area of Hangu district on Friday when people were leaving after offering Friday prayers.

According to a Reuters report from Hangu, a Sunni community mosque is located nearby where anti-Taliban Sunni Supreme Council occasionally holds its meeting. But a senior official said the target of the attack were Shias and some Sunni victims were unintended victims.

DIG of Kohat division Syed Imtiaz Shah said by phone that the toll might increase because many of the injured were in serious condition.

He said the bomber had detonated 7kg of explosives packed in his suicide vest when people were coming out of the mosque.

“We have found the head of the bomber who had come there on a motorcycle,” DPO of Hangu Mian Muhammad Saeed told AFP.

The injured were taken to district headquarters hospital in Hangu and a dozen of them were referred to the KDA Hospital in Kohat and the critically injured to Lady Reading Hospital in Peshawar because the Hangu hospital does not have facilities for major operations.

Most of the deaths occurred when the injured people were being taken to the hospitals.

Police and Frontier Constabulary cordoned off the area and shopkeepers closed shops because of fears of more blasts.

The DIG said police had no warnings about a possible attack in the area where usual security arrangements had been made. But, he added, it was impossible to prevent a suicide attack.""",
[I("2013-02-01", "day", "PAK", KP, "Hangu", "suicide_bombing", "UNKNOWN",
   [C(None, 26, "at_least", injured=56)], loc="Pat Bazaar")],
"The page's photo caption (left out, with the adblock notices) dates the bombing 'Friday, Feb 1, 2013'; the text's 'on Friday' gives the same day (the print edition may be of 2 February: unsure, with no effect on the date). A suicide bomber, no group named: suicide_bombing, UNKNOWN. The article's voice (police, a senior official): at least 26 killed, 56 injured; the dozen referred to Kohat is a part. The stored excerpt's last, cut word is left out.")

A("The Express Tribune", "https://tribune.com.pk/story/531500/tirah-valley-clash-leaves-14-militants-4-security-officials-dead/", "2013-04-05", "text",
"""At least 14 militants and four security officials were killed during a clash in the Tirah Valley on Friday, reported Express News.

Fighting between government soldiers and militants in the valley, which has strategically important routes into Afghanistan, has been underway for several months, but intensified recently with militants seizing control of key areas.

As general elections approach, security officials are now concerned that the routes that lead to Peshawar are also under the control of militants.

Around 40,000 residents of Tirah Valley have fled their homes after fighting in the last few weeks.

The conflict is a complicated one, involving at least three militant groups that also have internal divisions –  the Tehreek-e-Taliban Pakistan, the Lashkar-e-Islam and the Ansarul Islam.""",
[I("2013-04-05", "day", "PAK", KP, "Khyber", "armed_clash", None,
   [C(None, 4, sec=4), C(None, 14, "at_least", comb=14)], loc="Tirah")],
"'Published: April 5, 2013' (a Friday; the page's date line, left out with the photo caption); the clash was 'on Friday', the same day. A clash between soldiers and militants in months of fighting: armed_clash, no perpetrator (as the ISPR's encounters of the earlier sets). Express News (other media, the article's voice): four security officials killed (security forces 4) and, as a separate claim, at least 14 militants (combatants 14); 'at least' is read with the 14 only (unsure: it may govern both figures). The 40,000 displaced are not casualties; the paragraph on the humanitarian camps and the rest of the page are left out.")

A("News Views (blog copy of DawnNews)", "http://newsviwes.blogspot.com/2013/07/explosion-in-parachinar-kills-one.html", "2013-07-28", "text",
"""PESHAWAR: An roadside blast near a vehicle in Upper Kurram tribal region's Pewar Tangi area killed one person and injured two others on Sunday, DawnNews reported.

Political administration officials told that a passenger double cabin pick-up, travelling from Parachinar to Piwar Tangi area of Upper Kurram Agency, was struck by a road side Improvised Explosive Device (IED) near the Pak-Afghan border area.One person was killed while two others were injured in the blast, political administration official Javed Ali added.

He further said that the injured were shifted to Agency Headquarters Hospital Parachinar where they were undergoing treatment.

Meanwhile residents of Parachinar held a protest demonstration in Peshawar against the twin blasts which ripped through a congested market and a taxi stand in the city on Friday, which is the main town of Kurram tribal region.The bombings had killed at least 57 people and injured over 180.The protestors demanded a operation against the terrorists in Kurram tribal region.""",
[I("2013-07-28", "day", "PAK", KP, "Kurram", "bombing", None,
   [C(None, 1, injured=2)], loc="Pewar Tangi")],
"The blog's post is headed 'Sunday 28 July 2013' (left out with the headline; the URL carries the month); the blast was 'on Sunday', the same day. A roadside IED attributed to no one: bombing, no perpetrator. The political administration official (the article's voice, citing DawnNews): one killed, two injured. The twin blasts in Parachinar 'on Friday' (26 July, at least 57 killed, over 180 injured), which the earlier sets report, are named as the protest's cause: context, not an incident. The paragraphs on the protesters' demands and the blog's footer are left out; the missing spaces after full stops are as stored, and the first two paragraphs, a single line break in the copy, are separated by a blank line.")

A("Pakistan Today", "https://archive.pakistantoday.com.pk/2013/07/18/militant-violence-in-bajaur-kills-five-people/", "2013-07-18", "url",
"""At least five people, including two security forces personnel, were killed and seven others were injured in three separate violent acts at Bajaur Agency in less than 12 hours.

The incidents caused widespread unrest amongst tribesmen from all over Bajaur Agency.

As per reports, a vehicle of a leading government tribal elder was targeted with an improvised explosive device (IED) in the Badaan area. The resulting IED explosion killed three of those in the vehicle on the spot and seriously injured two others.

The targeted vehicle was owned by leading tribal elder Malik Rahmat Ullah Khan, who plays a key role in constitutional matters and the organisation of peace lashkars against militants. The other victims included some of his close relatives. The militants also attacked Khan’s petrol pump in Omari village with a bomb blast. The bomb was planted at the main gate and went off with a big bang, causing injuries to a security guard.

Only a few hours before these two explosions, militants had attacked a security forces vehicle at Tehsil Mamoond using modern and sophisticated weapons. An official said that as a result of indiscriminate firing, two personnel of Dir Scouts were killed and four others were injured. Dir Scouts is a wing of the Frontier Corps and has been stationed at Bajaur for a long time.

Soon after the militant attacks, a curfew was imposed in the area and security forces initiated a search operation. There are no details yet, however, of any arrests or further action taken by the operation.""",
[I("2013-07-18", "week", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 3, injured=2)], loc="Badaan"),
 I("2013-07-18", "week", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, injured=1)], loc="Omari"),
 I("2013-07-18", "week", "PAK", KP, "Bajaur", "armed_attack", "UNKNOWN",
   [C(None, 2, injured=4, sec=2)], loc="Mamond")],
"Published 18 July 2013 (url); the text dates none of the three acts ('in less than 12 hours'): the publication day, precision week, for the first, and the others take the date of the incident before them. Three incidents. (1) An IED on a pro-government elder's vehicle in Badaan: bombing; 'the militants also attacked' his petrol pump, so the text puts both blasts on militants: UNKNOWN (unsure: none for the first, worded 'was targeted with an IED'); three killed, two injured. (2) A bomb at the elder's petrol pump in Omari: bombing, UNKNOWN; one guard injured, no death. (3) Militants firing on a security forces vehicle in Mamond: armed_attack, UNKNOWN; an official (the article's voice): two Dir Scouts personnel killed (security forces 2), four injured. The lead's five killed 'including two security forces personnel' and seven injured add up the three acts (3+2, 2+1+4) and are not a claim of any one. The headline and the last, cut paragraph (on Bajaur's geography) are left out.")

A("Dawn", "https://dawn.com/news/amp/1081514", "2014-01-20", "text",
"""DERA ISMAIL KHAN: At least two people were killed Monday when a roadside remote-controlled explosion occurred in Dera Ismail Khan, DawnNews reported.

According to DawnNews, the explosion occurred in the Loni area of Dera Ismail Khan’s Kolachi Tehsil. Subsequently, two people sustained severe injuries.

They were being shifted to the Dera Ismail Khan District Headquarters for medical treatment but succumbed to their injuries on the way.

The deceased persons were identified as Zainullah and Shamsur Rahman.

Following the explosion, a tip-off was received regarding more bombs in the area. The Bomb Disposal Squad (BDS) team personnel reached the site of explosion and defused four bombs.

Meanwhile, security personnel cordoned off the area and a probe into the incident went underway.

Earlier on Jan 14, two cops were injured when a bomb explosion took place near a police van near the Kolachi Tehsil area of Dera Ismail Khan.

Dera Ismail Khan sits close to the restive South Waziristan tribal region bifurcated by the semi-autonomous Frontier Region Jandola.

Blast in Charsadda injures two

At least two people were reportedly injured when an explosion took place in Charsadda's Kala Dher area, DawnNews reported.

According to the police, explosive materials were concealed in a pile of gravel at a roadside on Mardan Road. They blew up, creating a loud explosion.

Police said two cars were passing by at the time of explosion and the intensity of the blast smashed their windows. Two people were reportedly injured.""",
[I("2014-01-20", "day", "PAK", KP, "D. I. Khan", "bombing", None,
   [C(None, 2, "at_least")], loc="Loni, Kolachi"),
 I("2014-01-20", "day", "PAK", KP, "Charsadda", "bombing", None,
   [C(None, injured=2)], loc="Kala Dher")],
"'Updated 20 Jan, 2014' (a Monday; the page's date line, left out with the header and footer); the D. I. Khan blast was 'Monday', the same day. Two incidents. (1) A roadside remote-controlled explosion in Loni, attributed to no one: bombing, no perpetrator. DawnNews (the article's voice): at least two killed; the 'two people [who] sustained severe injuries' and died on the way are the same two, not injured. The four bombs defused are not an incident. (2) A blast in Charsadda under the subheading 'Blast in Charsadda injures two': explosives concealed by the roadside, attributed to no one: bombing, no perpetrator; 'at least two' injured, restated 'two' (injured 2); no date of its own, so the date of the incident before it. The bomb near a police van on 14 January (two policemen injured) is an earlier event named as context.")

A("The Nation", "https://nation.com.pk/20-Jul-2014/11-punjabi-taliban-dead-in-nwa-drone-strike", "2014-07-20", "url",
"""PESHAWAR - At least 11 militants of Punjabi Taliban faction were killed in an early morning US drone strike on Saturday in Dattakhel tehsil of North Waziristan Agency, where Pakistani forces are continuing their own operation against terrorists and they cleared another two important villages of Boya and Degan.

Sources said that two missiles fired by an unmanned US aircraft hit a compound of alleged Punjabi Taliban faction of TTP at Doga Madakhel village of Dattakhel tehsil, situated around 36 kilometres west of Miranshah – the headquarters of North Waziristan.

The strike that came around 3am killed at least 11 militants while the compound was destroyed completely, they said. The sources said the drone continued hovering over the area after the attack and all the militants killed were Punjabi Taliban. Official sources claimed that a total of eight missiles were fired by the drone.

A total of 33 militants have been killed in the last three US drone attacks carried out since the launch of military operation Zarb-e-Azb against militants in North Waziristan Agency (NWA). A drone attack on Wednesday last had killed at least 18 militants in Shawal area of NWA.

Datta Khel is controlled by Hafiz Gul Bahadur, a Taliban commander who is considered friendly to Pakistani forces but supports attacks in Afghanistan. He announced a ceasefire against Pakistani troops after they said they would clear North Waziristan of Taliban fighters.""",
[I("2014-07-19", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C(None, 11, "at_least", comb=11)], loc="Doga Madakhel, Datta Khel")],
"Published Sunday 20 July 2014 (url); the strike was 'early morning ... on Saturday', 19 July. A US drone: drone_strike, the United States as OTHER. Sources (the article's voice): at least 11 militants killed (combatants 11); 'official sources' give only the number of missiles. The tally of 33 killed in three drone attacks and the Shawal strike of 'Wednesday last' (18 killed) are context. The last, cut paragraph (the Bureau of Investigative Journalism's count and Islamabad's protests) is left out.")

A("The Express Tribune", "http://tribune.com.pk/story/779159/aerial-strikes-kill-28-terrorists/", "2014-10-21", "text",
"""ISLAMABAD:

Pakistan military on Tuesday claimed that another 28 ‘terrorists’ were killed when fighter jets pounded their hideouts in North Waziristan Agency (NWA).

The army’s media wing – Inter-Services Public Relations (ISPR) – said the latest aerial strikes took place in Dattakhel area of the troubled agency.

Foreign militants were among those killed in the ‘precise aerial’ attacks, said the ISPR statement.  Some reports suggested that a key Tehreek-e-Taliban Pakistan (TTP) commander Daud Matta was also killed in the strikes.

However, there was no official confirmation regarding his killing.

Close to 1,100 suspected terrorists have so far been reportedly killed since the military launched a full-scale offensive in the NWA in June this year. Around 90 soldiers also lost their lives in the operation codenamed ‘Zarb-e-Azb.’""",
[I("2014-10-21", "week", "PAK", KP, "North Waziristan", "air_strike", "PAK",
   [C("PAK", 28, comb=28)], loc="Datta Khel")],
"The byline is dated 'October 21, 2014' (a Tuesday; the print line says October 22nd; both left out with the headline and standfirst). 'Pakistan military on Tuesday claimed' dates the claim, and nothing else dates the strikes: the statement's day, precision week (unsure: the strikes were probably that day). Fighter jets on hideouts: air_strike by Pakistan's forces, PAK. The ISPR (PAK): 28 'terrorists' killed (combatants 28); 'some reports' about a commander give no other figure. The offensive's totals (1,100 terrorists, 90 soldiers since June) are context. The paragraphs on the displaced and a minister's remarks are left out.")

A("Pakistan Link (Daily Times)", "http://pakistanlink.org/Headlines/Jan15/26/14.htm", "2015-01-26", "url",
"""PESHAWAR: At least 35 terrorists were killed on Sunday as the armed forces carried out fresh airstrikes in North Waziristan Agency.

According to a statement by Inter-Service Public Relations (ISPR), hideouts of militants were bombed in Datta Khel area of the North Waziristan Agency as part of the ongoing military operation Zarb-e-Azb. At least 35 militants, including some foreign terrorists, were killed while several hideouts were also destroyed. Zarb-e-Azb was launched by the Pakistan Army in June last year and more than 1,000 Taliban militants have been killed in it.

A US drone strike had killed at least four suspected militants in North Waziristan on January 20, four intelligence officials said, the fourth such strike this year. Two missiles hit a compound in the Shahi Khel area of Shawal Valley in North Waziristan, near the border with Afghanistan, the officials said. “Through our local sources and intercepts, (we know) a drone fired two missiles at a compound in the Shawal area and killed four militants,” an intelligence official told Reuters.

The attack came a month after 134 school children were killed by Taliban insurgents, the worst single assault in the country’s history. Strikes resumed in June, days before the military launched an anti-Taliban operation in North Waziristan. US officials do not publicly speak about individual strikes. Drone strikes in Pakistan have been gradually decreasing from a high in 2010, when there were 128.""",
[I("2015-01-25", "day", "PAK", KP, "North Waziristan", "air_strike", "PAK",
   [C("PAK", 35, "at_least", comb=35)], loc="Datta Khel")],
"Pakistan Link's weekly page for 26 January 2015 (the URL's 'Jan15/26'; the copy is credited to the Daily Times); the strikes were 'on Sunday', 25 January. Air strikes on hideouts: air_strike by Pakistan's forces, PAK. The ISPR (PAK): at least 35 militants killed (combatants 35); the lead's unattributed 35 is the same figure from the same statement, one claim. The US drone strike of 20 January ('had killed' four, in the past perfect) and the Peshawar school attack are earlier events named as context, and the offensive's total is context. The header and the page's footer are left out.")

# ---------------------------------------------------------------- 2015-2021
A("The Nation", "https://nation.com.pk/12-May-2015/tribal-elder-among-six-killed-in-bajaur-blast", "2015-05-12", "url",
"""BAJAUR AGENCY - At least six people including a pro-government tribal elder were killed when their vehicle hit an improvised explosive device (IED) planted along a roadside in Mamond tehsil of Bajaur Agency on Monday.

Officials and local people said the blast took place at around 8:00 am in the Bar Kamar area, some 22 kilometers northwest of Khar, the administrative headquarters of the Agency. They said Malik Mohammad Jan was on way from his native village Zagai to Khar in a vehicle along with driver and other companions when his vehicle was targeted with a remote -controlled bomb.

According to officials, the bomb went off when vehicle of the tribal elder was passing by a turn. As a result, all the people onboard were killed on the spot. The vehicle was also destroyed completely, said the officials.

The deceased were identified as Qari Fazal Rabi, Abdullah, Shahbuddin, Musafar Khan and Usman Khan. Soon after the blast, people of the nearby area and members of the peace committee rushed to the site of the incident and retrieved bodies and took them to the Agency Headquarters Hospital Khar for post-mortem.

No one has claimed responsibility for the attack, but officials of the administration believe that militants could be involved in the incident.

The incident could be a terrorism act according to preliminary report. Militants have been involved in attacks on pro-government elders in the past, said an official. Residents of the area said Malik Mohammad Jan had played a key role in elimination of militants from the region.

Later, personnel of security forces and Levies Force reached the area and initiated search operation in the region. The Monday bomb blast was the third terrorist attack on pro-government people in the agency during the last two weeks.""",
[I("2015-05-11", "day", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 6, "at_least")], loc="Bar Kamar, Mamond")],
"Published Tuesday 12 May 2015 (url); the blast was 'on Monday', 11 May. A remote-controlled roadside bomb: bombing; 'no one has claimed responsibility for the attack' and officials suspect militants: UNKNOWN, as the convention reads 'no group has claimed responsibility'. Officials (the article's voice): at least six killed; the five named and the elder are the six. The 'third terrorist attack ... during the last two weeks' names no other event. The AFP paragraph that follows, cut in the stored copy, is left out.")

A("The Nation", "http://nation.com.pk/national/24-Jan-2017/seven-fc-men-injured-in-panjgur-attack", "2017-01-24", "url",
"""QUETTA - At least seven soldiers of the Balochistan Frontier Corps (FC) sustained injuries when a convoy of security forces came under attack by0 unknown armed assailants’ fire in the area of Panjgur on Monday.

According to details, the convoy of Frontier Corps was on routine patrolling in mountainous areas of Gichk – a tehsil of district Panjgur – when the unidentified armed attackers ambushed the convoy wounding seven security cops. The perpetrators escaped successfully after attacking the security convoy.

The wounded FC personnel include hawaldar Riaz, naik Murtaza, sepoy Naveed, Sarmad Fahad, and Muhammad Ali.

The responsibility of the attack on FC convoy was claimed by a banned organisation Balochistan Liberation Front (BLF). Gwharam Baloch, a spokesman of BLF, said they had carried out the attack on security forces in Gichk.

Chief Minister Nawab Sanaullah Zehri strongly condemned the attack on FC convoy in Panjgur and expressed grief over the injuries in terror incident. He directed the authorities concerned to bring into justice the culprits of this heinous crime. The Frontier Corps Balochistan also remained a target of militant attacks in 2016. The terrorists striking FC killed 30 soldiers, besides injuring 84 in 38 incidents throughout the year.""",
[I("2017-01-23", "day", "PAK", BAL, "Panjgur", "armed_attack", "OTHER",
   [C(None, injured=7)], loc="Gichk")],
"Published Tuesday 24 January 2017 (url); the ambush was 'on Monday', 23 January. Armed assailants ambushing an FC convoy, claimed by the BLF: armed_attack, a group outside the list, OTHER (as heldout8-031). The article's voice: at least seven soldiers injured (injured 7; injured has no qualifier), nobody killed: a claim with an injured figure only. The year's tally for 2016 (30 soldiers killed, 84 injured in 38 incidents) is context. 'by0' is as stored.")

A("The News", "https://www.thenews.com.pk/print/892643-seven-soldiers-martyred-in-south-waziristan-fight", "2021-09-16", "text",
"""RAWALPINDI: Seven soldiers were martyred and five terrorists were killed in an exchange of fire in South Waziristan on Wednesday.

According to ISPR, security forces conducted an IBO in Asman Manza, South Waziristan District, on reported presence of terrorists. Five terrorists were killed in the operation. During an intense exchange of fire, seven soldiers embraced Shahadat.

Cordon and search operation is still in progress to eliminate any other terrorist found in the area. The development comes hours after security forces had killed two terrorists as they conducted an IBO after being informed of their hideout in Datta Khel of the North Waziristan District.""",
[I("2021-09-15", "day", "PAK", KP, "South Waziristan", "armed_clash", None,
   [C("PAK", 7, sec=7), C("PAK", 5, comb=5)], loc="Asman Manza")],
"The stored copy is dated Thursday 16 September 2021; the exchange of fire was 'on Wednesday', 15 September. An intelligence-based operation with an exchange of fire: armed_clash, no perpetrator (as the ISPR operations of the earlier sets). The ISPR (PAK; the lead carries the same figures): seven soldiers killed (security forces 7) and, as a separate claim, five terrorists (combatants 5). The Datta Khel operation that the development 'comes hours after' is context. The page's later paragraphs, a list of earlier events with their tolls (among them the Dosalli IED of 7 September, the event of heldout8-018), are cut so that the passage names no casualty sentence of an earlier set's event (they share no 8-word sequence with it).")

# ---------------------------------------------------------------- 2023-2025
A("Dawn", "https://www.dawn.com/news/1730529/cop-martyred-in-bannu-four-militants-dead-in-ctd-operation", "2023-01-08", "text",
"""LAKKI MARWAT: A police constable was martyred and another suffered gunshot wounds when militants attacked a police patrol in Bannu, while villagers and police repulsed yet another attack on a police post in Lakki Marwat district on the night between Friday and Saturday, officials said.

Separately, the Counter Terrorism Department (CTD) of police claimed to have killed four alleged militants during an intelligence-based operation in Sarband area on the outskirts of Peshawar on Saturday.

Officials said that a police mobile van came under a gun and bomb attack in Domel area of Bannu. A team of Domel police station was on patrol duty when it spotted two suspected motorcyclists and signalled them to stop.

“But they violated the signal, opened fire on the cops and also hurled a hand grenade towards them,” they maintained on Saturday.

The officials said the cops also fired back at the attackers but they fled to Dogar Umarzai village. Both miscreants entered a house and held up inmates as hostages when they saw policemen chasing them, they said. “When policemen were surrounding the house, the attackers hurled a hand grenade towards them, killing a head constable Pasham Khan and wounding another constable Shah Wali Khan,” the officials explained, saying that the law enforcers returned the fire but both assailants managed to escape.

The officials said that additional force from the township and other nearby police stations and commandos of Quick Response Force (QRF) also reached the area and launched a search for the attackers.""",
[I("2023-01-06", "day", "PAK", KP, "Bannu", "armed_attack", "UNKNOWN",
   [C(None, 1, injured=1, sec=1)], loc="Domel / Dogar Umarzai"),
 I("2023-01-06", "day", "PAK", KP, "Lakki Marwat", "armed_attack", "UNKNOWN", []),
 I("2023-01-07", "day", "PAK", KP, "Peshawar", "armed_clash", None,
   [C(None, 4, comb=4)], loc="Sarband")],
"The stored copy is dated Sunday 8 January 2023. Three incidents. (1) Two motorcyclists firing on a police patrol in Domel and then throwing a grenade at the police around the house they seized: one attack, armed_attack by unnamed 'militants', UNKNOWN; officials (the article's voice): a head constable killed (security forces 1), a constable wounded. The lead's 'on the night between Friday and Saturday' is read as dating both the Bannu and the Lakki Marwat attacks: the night's first day, Friday 6 January (unsure: the clause may belong to Lakki Marwat alone, the Bannu attack then taking the statement's Saturday). (2) Villagers and police repulsing 'yet another attack on a police post in Lakki Marwat': armed_attack, UNKNOWN, no figure, no claim. (3) The CTD's intelligence-based operation in Sarband on the outskirts of Peshawar 'on Saturday', 7 January: an operation, armed_clash with no perpetrator as the ISPR's operations; the CTD is police, the article's voice: four alleged militants killed (combatants 4). The page's last, cut paragraph (the funeral) is left out.")

A("BOL News", "https://www.bolnews.com/pakistan/2023/09/death-toll-in-hangu-mosque-blast-reaches-5-dozen-injured/", "2023-09-29", "text",
"""KOHAT: Five persons were martyred and twelve others injured in a blast on Friday in Doaba Masjid in Hangu district of Khyber Pakhtunkhwa, BOL News reported.

According to Rescue 1122, the injured persons were shifted to Combined Military Hospital Kohat. The incident took place during the Friday sermon when worshippers were gathered for weekly prayers.

District Police Officer Hangu Nasir Ahmad said two suicide bombers targeted the mosue by opening fire at the police. He said the successfully neutralized one suicide bomber at the mosque’s entrance through gunfire. However, the other assailant managed to enter inside the mosque and detonated himself where 30 to 40 worshippers were present for Friday prayer.

Police said that those martyred in the bombings included a policeman and four civilians. Two policemen were also injured in the terrorists firing. The 12 people, rescued from the rubble, have been shifted to a nearby hospital.

According to SHO Shahraz, the blast ripped through the masjid during the last sermon of Friday prayers. Roof of the masjid collapsed following the explosion which caused most of the casualties.

He said the firing at the gate by the police in which one of the terrorists was killed, alerted the worshipers and most of them moved to safe positions, otherwise the number of dead and injured would be higher. The timely action by the police resulted in fewer casualties following the blast, he added. He said security forces cordoned off the area after the blast while rescuers started rescue operations and shifted the injured people to District Headquarters Hospital.""",
[I("2023-09-29", "day", "PAK", KP, "Hangu", "suicide_bombing", "UNKNOWN",
   [C(None, 5, injured=12, civ=4, sec=1), C(None, 1, comb=1)], loc="Doaba police station mosque")],
"The stored copy is dated Friday 29 September 2023; the blast was 'on Friday', the same day. Two suicide bombers, unnamed, one shot at the gate and one blowing himself up in the mosque: one suicide_bombing, UNKNOWN. One voice, the article's (BOL, Rescue 1122, the DPO, police, the SHO): five killed, 'a policeman and four civilians' (security forces 1, civilians 4), twelve injured (unsure: the two policemen 'also injured in the terrorists firing' may add to the twelve, giving 14; the lead's 'twelve others injured' is kept as the total) and, as a separate claim, the attacker shot dead at the gate (combatants 1; the bomber who blew himself up is not counted: unsure). The page's last paragraph (the corps commander's visit) is left out.")

A("UrduPoint (Pakistan Point News)", "https://www.urdupoint.com/en/pakistan/bomb-blast-kills-5-injures-24-in-dera-ismai-1764307.html", "2023-11-03", "text",
"""DERA ISMAIL KHAN, (UrduPoint / Pakistan Point News - 3rd Nov, 2023) At least five passers-by were killed and 24 others, including policemen and civilians were injured in a bomb blast targeting a police van in Dera Ismail Khan on Friday.

District Police Officer (DPO) Abdul Rauf Babar Qaisrani, while talking to media said, the blast occurred when a police convoy was going towards a check post near Tank Adda. He said that an Improvised Explosive Device (IED) planted in a motorcycle exploded near the police van through a mobile phone.

The DPO condemned the attack and said that it was a cowardly act of terrorism. He said that the police were in a war against terrorism and would not be deterred by such attacks. He also renewed his pledge to make Dera Ismail Khan a terrorism-free district.

The injured were shifted to District Headquarters Hospital for treatment. The police and security forces cordoned off the area and started a search operation.

The identification of the dead and other injured was in process.""",
[I("2023-11-03", "day", "PAK", KP, "D. I. Khan", "bombing", None,
   [C(None, 5, "at_least", injured=24, civ=5)], loc="Tank Adda")],
"Dated in the text '3rd Nov, 2023' (a Friday); the blast was 'on Friday', the same day. An IED planted in a motorcycle and set off by phone, attributed to no one ('a cowardly act of terrorism' names nobody): bombing, no perpetrator (unsure: UNKNOWN, since someone set it off). The DPO (police, the article's voice): at least five 'passers-by' killed (read as civilians 5; unsure), 24 injured including policemen and civilians. The page's header, byline, standfirst (which repeats the lead) and the two paragraphs naming the dead and the injured are left out.")

A("Amu TV", "https://amu.tv/118167", "2024-08-19", "inferred",
"""Three Pakistani soldiers and five militants were killed in a clash near the Pakistan-Afghanistan border in Khyber Pakhtunkhwa’s Bajaur district, the military’s media wing reported on Monday.

According to a press release from the Inter-Services Public Relations (ISPR), the encounter occurred during the night of August 18-19, when security forces detected a group of militants attempting to infiltrate Pakistan from Afghanistan. The militants, referred to as “khwarij” (outcasts) by the military, were intercepted by Pakistani troops.

“Own troops effectively engaged and thwarted their attempt to infiltrate. Resultantly, five khwarij of Fitna al Khwarij were sent to hell, while four khwarij got injured,” the ISPR statement said. Earlier this month, the government labeled the outlawed Tehreek-i-Taliban Pakistan (TTP) as “Fitna al Khawarij.”

The fallen soldiers were identified as 36-year-old Naik Inayat Khan, from Khyber district; 35-year-old Lance Naik Umer Hayat, from Mansehra district; and 25-year-old Sepoy Waqar Khan, from Peshawar district. The ISPR praised their bravery, noting they “fought gallantly” and “embraced martyrdom” during the exchange of fire.

The ISPR reiterated Pakistan’s calls for the Afghan interim government to enhance border management on their side to prevent such infiltrations. “The Interim Afghan Government is expected to fulfill its obligations and deny the use of Afghan soil by khwarij for perpetuating acts of terrorism against Pakistan,” the statement added. It also emphasized that the sacrifices of Pakistani soldiers only “further strengthen our resolve” to secure the borders.""",
[I("2024-08-18", "day", "PAK", KP, "Bajaur", "armed_clash", None,
   [C("PAK", 3, sec=3), C("PAK", 5, injured=4, comb=5)])],
"The page gives no date; the ISPR 'reported on Monday' and the encounter was 'during the night of August 18-19': published Monday 19 August 2024, inferred. The night's first day, 18 August. Troops intercepting infiltrators from Afghanistan in an exchange of fire: armed_clash, no perpetrator, as the Sambaza interception of heldout7 (unsure: an attempted attack by the TTP, named as 'Fitna al Khwarij'). The ISPR (PAK; the lead carries the same figures): three soldiers killed (security forces 3) and, as a separate claim, five khwarij killed (combatants 5) with four injured, as the ISPR's wounded terrorists of heldout2-036. The stored paragraphs, single line breaks, are separated by blank lines; the last paragraph (a former president's tribute and the UN's estimate of TTP fighters) is left out.")

A("UrduPoint (Pakistan Point News)", "https://www.urdupoint.com/en/pakistan/four-policemen-martyred-five-terrorists-kill-1872086.html", "2024-10-14", "text",
"""BANNU, (UrduPoint / Pakistan Point News - 14th Oct, 2024) At least four policemen were martyred and five terrorists killed when the latter attacked Bannu police lines here on Monday, police said.

The terrorists wearing 'Burqa' (veil) stormed the police line and started indiscriminate firing on policemen deployed at its main gate.

During the exchange of firing, which continued for about an hour. The gunshots rocked the police station, as a result,

four police personnel embraced Shahadat while all the five attackers were killed.

The KP Chief Minister has sought a report from police high ups of the the incident.

He directed the Chief Secretary and IGP KP to reach Bannu. The security forces cordoned of the police line and started search operation.""",
[I("2024-10-14", "day", "PAK", KP, "Bannu", "armed_attack", "UNKNOWN",
   [C(None, 4, "at_least", sec=4), C(None, 5, comb=5)], loc="Bannu police lines")],
"Dated in the text '14th Oct, 2024' (a Monday); the attack was 'on Monday', the same day. Terrorists in burqas storming the police lines, unnamed: armed_attack, UNKNOWN. Police (the article's voice): at least four policemen killed (security forces 4; the later 'four police personnel' is the same figure) and, as a separate claim, all five attackers (combatants 5). The sentence broken across two paragraphs is as stored. The byline, the last paragraph (condemnations) and the agency line are left out.")

A("Dawn", "https://dawn.com/news/1870778/4-soldiers-martyred-5-terrorists-killed-during-exchange-of-fire-in-south-waziristan-ispr", "2024-11-07", "text",
"""Security forces have killed five terrorists during an exchange of fire in the South Waziristan district of Khyber Pakhtunkhwa, while four soldiers were martyred in the operation, the military’s media wing said on Thursday.

According to a statement issued by the Inter-Services Public Relations (ISPR), “During the intense fire exchange, four brave sons of the soil, Naib Subedar Taib Shah (38), Lance Naik Gulab Zaman (30), Lance Naik Muzammil Mehmood (30) and Lance Naik Habibullah (28), having fought gallantly, embraced” martyrdom.“

A sanitisation operation was being conducted to eliminate any other Khawarij found in the area, the ISPR said.

“Security forces of Pakistan are determined to wipe out the menace of terrorism and such sacrifices of our brave soldiers further strengthen our resolve” it added.

In July, the government, through an official notification, designated the banned Tehreek-i-Taliban Pakistan (TTP) as Fitna al Khawarij, while mandating all institutions to use the term khariji (outcast) when referring to the perpetrators of terrorist attacks on Pakistan.

The country has lately witnessed a sharp uptick in the number of attacks targeting security forces, other law enforcement agencies, and security checkpoints, particularly in Balochistan and KP.""",
[I("2024-11-07", "week", "PAK", KP, "South Waziristan", "armed_clash", None,
   [C("PAK", 4, sec=4), C("PAK", 5, comb=5)])],
"'Published November 7, 2024' (a Thursday; the page's date line, left out with the photo caption). 'The military's media wing said on Thursday' dates the statement and nothing dates the exchange of fire: the statement's day, precision week. An operation with an exchange of fire: armed_clash, no perpetrator. The ISPR (PAK): four soldiers killed (security forces 4; the named four with their ages are the same) and, as a separate claim, five terrorists (combatants 5). The last, cut paragraphs (the operations of 2 and 4 November) are left out.")

A("Dawn", "https://www.dawn.com/news/1895620/fc-soldier-martyred-in-kalat-suicide-bombing", "2025-03-04", "text",
"""QUETTA: A Frontier Corps man was martyred and four others were injured in a suicide attack carried out by a woman on a convoy near Kalat on Monday, officials said.

The attack came a day after Chief Minister Mir Sarfraz Bugti expressed alarm over the security situation prevailing in the province.

Officials said the suicide blast took place when the FC convoy was passing through the Mughalzai area.

“An FC soldier was martyred and four others were wounded in the attack carried out by a female suicide bomber,” Kalat Deputy Commissioner Bilal Shabbir confirmed, adding that soon after the attack security forces and police cordoned off the area and shifted the body and the injured to hospital.

The banned Baloch Liberation Army (BLA-Azad) claimed responsibility for the assault.

Reports said the targeted FC vehicle was badly damaged in the attack, but other vehicles in the convoy remained safe.

“An FC commandant travelling in the convoy also escaped unhurt in the suicide attack,” a senior security official said.

Sources said the FC convoy was on its way to a mess from the FC fort in Kalat area.""",
[I("2025-03-03", "day", "PAK", BAL, "Kalat", "suicide_bombing", "BLA",
   [C(None, 1, injured=4, sec=1)], loc="Mughalzai")],
"The stored copy is dated Tuesday 4 March 2025; the attack was 'on Monday', 3 March. A woman suicide bomber on an FC convoy, claimed by the BLA-Azad: suicide_bombing, BLA. Officials and the deputy commissioner (the article's voice): one FC soldier killed (security forces 1), four injured. The 'senior security official' gives no figure. The chief minister's remarks of the day before are not an event; the page's last paragraphs (the names, the condolences) are left out.")

A("Dawn", "https://www.dawn.com/news/1898259/3-personnel-among-5-dead-as-fc-convoy-attacked-in-balochistans-noshki-state-media", "2025-03-16", "text",
"""Three Frontier Corps (FC) personnel were among five lives lost as the banned Balochistan Liberation Army (BLA) targeted an FC convoy on a highway in Balochistan’s Noshki district on Sunday, state media reported.

The BLA emerged as a key perpetrator of terrorist violence in Pakistan in 2024, as frequency of high-intensity attacks by outlawed groups has been increasing in the province, according to security reports.

According to PTV News, security sources said an “explosion and a suicide attack” claimed the lives of three FC personnel and two civilians. Three terrorists — besides the suicide bomber — were killed by security forces in immediate retaliatory action.

“Security forces have cordoned off the area, blocking all escape routes of terrorists,” Radio Pakistan quoted security sources as saying. They added that a clearance operation was underway and would continue “till the last terrorist was eliminated”.

Noshki Senior Superintendent of Police (SSP) Hashim Momand said more than 30 paramilitary force members were wounded, Reuters reported.

Earlier, Noshki Station House Officer (SHO) Zafarullah Sumalani had said that five FC personnel were martyred while at least 12 others were injured in the explosion.

According to SHO Sumalani, evidence from the incident site suggested that a suicide attacker rammed an explosive-laden vehicle into the FC convoy.

The injured were being shifted to the FC Camp and Noshki Teaching Hospital, where an emergency had been imposed, the police officer added.

SHO Sumalani feared that the death toll and number of injured would rise since several of the injured were in critical condition.""",
[I("2025-03-16", "day", "PAK", BAL, "Nushki", "suicide_bombing", "BLA",
   [C(None, 5, injured=31, civ=2, sec=3), C(None, 4, comb=4)], loc="Noshki-Dalbandin highway")],
"The stored copy is dated Sunday 16 March 2025; the attack was 'on Sunday', the same day. A suicide attacker ramming an explosive-laden vehicle into an FC convoy, with an explosion and gunmen, by the BLA (the lead says the BLA targeted the convoy): suicide_bombing, BLA. One voice, the article's (state media citing unnamed security sources, which stay the article's voice; police): five killed, 'three FC personnel and two civilians' (security forces 3, civilians 2), 'more than 30' wounded (injured 31); the SHO's earlier 'five FC personnel' and 'at least 12' injured are the same voice's earlier report, replaced by the later one. As a separate claim, the attackers' dead: 'three terrorists — besides the suicide bomber', read as four (combatants 4; unsure: 3). Noshki is the gazetteer's Nushki. The headline, the page's updates and the condemnations are left out.")

A("UrduPoint (Pakistan Point News)", "https://www.urdupoint.com/en/pakistan/four-levies-personnel-martyred-in-terrorist-a-1980710.html", "2025-05-17", "text",
"""QUETTA, (UrduPoint / Pakistan Point News - 17th May, 2025) Four personnel of the Levies Force were martyred in a terrorist attack on the Samand checkpost in the Khuzdar district of Balochistan. Unidentified armed assailants opened fire on the security checkpoint early Saturday, leading to the tragic loss of lives and raising serious security concerns in the region.

Balochistan government spokesperson Shahid Rind strongly condemned the attack on the Levies Force, calling it a "cowardly act of terrorism" that would not deter the resolve of the province. “The attack on the Samand checkpost is highly condemnable,” he said, adding, “Such cowardly actions by terrorists cannot shake our determination.”

He emphasized that the martyrdom of the four Levies personnel is a national tragedy and praised their bravery.

Security forces have launched a search operation in the area, and authorities are investigating the incident.""",
[I("2025-05-17", "day", "PAK", BAL, "Khuzdar", "armed_attack", "UNKNOWN",
   [C(None, 4, sec=4)], loc="Samand checkpost")],
"Dated in the text '17th May, 2025' (a Saturday); the attack was 'early Saturday', the same day. Unidentified armed assailants firing on a Levies checkpost: armed_attack, UNKNOWN. The article's voice: four Levies personnel killed (security forces 4); the provincial government's spokesman repeats 'the four Levies personnel' (read as the same voice, as heldout7-019 read him; unsure: PAK). The headline, byline and the spokesman's further quotations are left out.")

A("Organiser", "https://organiser.org/2025/10/30/323404/world/us-drones-are-real-reason-for-failure-of-pak-afghanistan-talks-in-istanbul-captain-among-6-killed-in-clash-with-ttp", "2025-10-30", "url",
"""A Pakistani Army captain was among six soldiers killed in a clash with militants near the Afghan border in Khyber Pakhtunkhwa’s Kurram district, the Pakistani military said on October 29. According to a statement from Pakistan’s Inter-Services Public Relations (ISPR), the military’s media wing, at least seven militants were also killed during an intelligence-based operation (IBO) conducted in the Dogar area of Kurram.

The ISPR said the operation targeted members of Fitna al-Khawarij, a term it uses to describe militants belonging to the banned Tehreek-i-Taliban Pakistan (TTP). Pakistan Defence Minister Khwaja Asif has accused India of having control over TTP and instigating it to target his country.

According to Dawn, among those who were killed was Captain Noman Saleem, a 24-year-old medical officer from Mianwali who, according to the army, “fought gallantly and embraced shahadat (martyrdom) along with his five men.” The other soldiers killed were Havaldar Amjad Ali (39, Swabi), Naik Waqas Ahmad (36, Rawalpindi), Sepoy Aijaz Ali (23, Shikarpur), Sepoy Muhammad Waleed (23, Jhelum), and Sepoy Muhammad Shahbaz (32, Khairpur).

ISPR said a sanitisation operation was underway to eliminate any remaining militants in the area. “The relentless counterterrorism campaign under ‘Azm-e-Istehkam’ will continue at full pace to wipe out the menace of foreign-sponsored and supported terrorism from the country,” the statement added.""",
[I("2025-10-29", "week", "PAK", KP, "Kurram", "armed_clash", None,
   [C("PAK", 6, sec=6), C("PAK", 7, "at_least", comb=7)], loc="Dogar")],
"Published 30 October 2025 (url). 'The Pakistani military said on October 29' dates the statement and nothing dates the clash: the statement's day, precision week. An intelligence-based operation against TTP militants with an exchange of fire: armed_clash, no perpetrator, as the ISPR operations of the earlier sets (unsure: TTP, named as the target). The ISPR (PAK): six soldiers killed, a captain 'along with his five men' (security forces 6) and, as a separate claim, at least seven militants (combatants 7). The paragraph on the Durand Line and the rest of the page (the Istanbul talks) are left out.")

# ---------------------------------------------------------------- passages with no incident
A("Dawn", "https://dawn.com/news/1342490/north-waziristan-trade-route-reopens-on-monday", "2017-07-01", "text",
"""PESHAWAR: The federal government has decided to reopen the Ghulam Khan border checkpost in North Waziristan Agency on July 3 (Monday) to allow transit trade between Pakistan and Afghanistan after four years.

The Ghulam Khan trade route was closed after the start of anti-terrorism offensive, Zarb-i-Azb, in North Waziristan in June 2014.

It is the second trade checkpoint in Fata to be reopened within a fortnight.

On June 17, the government had reopened the Kharlachi border crossing with Afghanistan in Kurram Agency after four-month closure.

A relevant Federal Board of Revenue official told Dawn that the reopening of Ghulam Khan trade point would generate employment opportunities in the region as the locals would work as customs agents, transporters and vendors.

He said the Ghulam Khan route was significant for the people of southern districts as it offered them an easy access to Paktia province of Afghanistan for trade.

The official said arrangements for the checkpoint’s reopening had already been finalised.

He said the Ghulam Khan route was mainly used by cement dealers and that at least 20 trucks would enter Afghanistan using it on daily basis.""",
[], "Trade: the Ghulam Khan crossing in North Waziristan to reopen on Monday 3 July 2017 ('Published July 1, 2017', the page's date line, left out with the photo caption). The Zarb-i-Azb offensive of June 2014 is named only as the cause of the closure, and the Kharlachi reopening of 17 June is not violence; '20 trucks' is no casualty figure: no incident. The last, cut paragraphs (the FBR's denial about Kharlachi) are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/1764079/1-pakistani-delegation-kabul-attend-bilateral-action-plan-peace-session/", "2018-07-22", "text",
"""ISLAMABAD: A 28-member delegation led by Foreign Secretary Tehmina Janjua arrived in Kabul on Sunday for the inaugural session of Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS).

A statements issued by Foreign Office Spokesperson Muhammad Faisal quoted Janjua as saying that the team’s visit two days before the general polls showed Islamabad’s commitment to APAPPS.

The APAPPS is an mutually agreed upon framework to strengthen trust and deepen interaction in all spheres of bilateral engagements between Islamabad and Kabul.

The two countries agreed on key principles to operationalise six working groups, including one for counter-terrorism, in a meeting between former prime minister Shahid Khaqan Abbasi and Afghan President Ashraf Ghani.

A mechanism for finding solutions to mutual areas of concerns, APAPPS pursues seven principles: a commitment by Pakistan to support Afghan-led peace and reconciliation; undertaking actions against fugitives and irreconcilable elements posing security threats to either country; deny use of respective territory by either country; placing a joint supervision and coordination mechanism to realise APAPPS agreement, avoid territorial violations and refrain from blame-game.""",
[], "Diplomacy: a Pakistani delegation in Kabul on Sunday 22 July 2018 for the first session of the Afghanistan-Pakistan Action Plan for Peace and Solidarity ('Published: July 22, 2018', the page's date line, left out with the byline and photo caption). 'Counter-terrorism', 'security threats' and 'territorial violations' name no event, and 'six working groups' and 'seven principles' are no casualty figures: no incident. A related-story link in the page is left out.")

A("Business Express", "https://www.bexpress.com.pk/2020/04/trade-activities-resumes-at-chaman-border-after-39-days/", "2020-04-10", "text",
"""QUETTA: Pak-Afghan border Chaman to be opened for trade activities today after 39 days pause allowing fresh items and Afghan Transit Trade containers to cross into Afghanistan.

Hundreds of containers carrying fresh items and goods for Afghan Transit Trade were stuck at Chaman border after Federal Government announced to shut its borders following COVID19 outbreak in the country.

In order to set good gesture Pakistani Government decided to re-open Pak Afghan friendship gates for three days allowing drivers and Afghan citizens stranded into Pakistan due border closure to cross the zero-point.

“Containers carrying fresh items, edibles and Afghan Transit Trade good will be allowed to cross into Afghanistan through Chaman border.” Government official said added government has decided to open border for three days a week for trade activities.

Health department has constituted teams to ensure disinfect spray on people crossing into border while Afghan Government would too screen-out the drivers crossing into their territory.

“Approximately 100 containers will cross the border but government should take more measures for farmers because border closure directly impacting agriculture sector.” Haji Ghos Ullah Achakzai member of Quetta Chamber of Commerce said urged government to open border for vegetable export through Pak-Afghan border.""",
[], "Trade: the Chaman crossing reopened for trade 'today' after a 39-day closure for COVID-19; the stored copy is dated 10 April 2020 (the URL carries the month). A closure for an epidemic, 'three days a week' and 'approximately 100 containers' are no violent event or casualty figure: no incident. The page's repeated standfirst and share buttons are left out.")

A("The Nation", "https://www.nation.com.pk/27-Apr-2024/govt-extends-stay-of-registered-afghan-refugees-until-june-30", "2024-04-27", "url",
"""The government has extended the validity of the Afghan refugees’ Proof of Registration Cards (PoRs) that expired on April 1, 2024, to June 30, 2024, to facilitate those who have yet not left Pakistan voluntarily as it presses ahead with its push to boot out illegal foreigners, a statement said on Friday.

A decision to this effect was taken in the federal cabinet meeting held at the PM House under the chairmanship of Prime Minister Shehbaz Sharif.

The cabinet was told that this extension would enable the PoR cardholders to have access to schools, bank accounts, and other facilities during their stay in Pakistan.

It must be noted that these PoR cardholders will be forcibly sent back to their country in the third phase of the programme of repatriation of illegal foreign nationals living in Pakistan for ages.

Pakistan has expelled over half a million undocumented refugees in the repatriation programme's first phase from November 1 till date. The second phase was aimed at driving out refugees holding Afghan Citizen Cards (ACC).

The ACCs were provided by the Pakistan government to Afghan refugees in 2017, after processing and registering them with Pakistan’s National Database and Regulation Authority (NADRA).""",
[], "Refugees: the federal cabinet extends Afghan refugees' Proof of Registration cards to 30 June 2024 (a statement of Friday 26 April; published Saturday 27 April, url). 'Over half a million' expelled counts deportations, not casualties: no incident. The rest of the cabinet's agenda (a narcotics court in Makran, the FIA, aviation) is left out.")

A("ARY News", "https://arynews.tv/uap-railway-corridor-pakistan-afghanistan-uzbekistan-agreement/", "2025-07-17", "text",
"""KABUL: Pakistan, Afghanistan and Uzbekistan on Thursday signed the Framework Agreement on the Joint Feasibility Study for the Naibabad–Kharlachi rail link under the Uzbekistan–Afghanistan–Pakistan (UAP) Railway Corridor.

The agreement was signed during Deputy Prime Minister Senator Ishaq Dar’s visit to Kabul who confirmed the development in a post on X.

“I congratulate the people & governments of Pakistan, Afghanistan, and Uzbekistan on the signing of the Framework Agreement on the Joint Feasibility Study for the Naibabad–Kharlachi rail link under the Uzbek–Afghan–Pak (UAP) Railway Corridor,” the deputy prime minister posted.

“The UAP Railway Corridor, a major milestone in advancing regional connectivity and economic integration, will connect Central Asian countries to Pakistani seaports through Afghanistan.”""",
[], "Trade and diplomacy: Pakistan, Afghanistan and Uzbekistan sign a framework agreement on a rail link in Kabul on Thursday 17 July 2025 (the stored copy is dated that day). No violent event and no casualty figure: no incident. Two paragraphs of the deputy prime minister's thanks and the last, cut paragraph (his meeting with the Afghan foreign minister) are left out.")

if __name__ == "__main__":
    # Scored once at the end of round 9; development data since round 10.
    write(lambda index: {"id": f"heldout9-{index:03d}", "split": "dev", "first_split": "heldout9"})
