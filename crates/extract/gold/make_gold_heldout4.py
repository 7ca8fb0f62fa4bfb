"""Writes crates/extract/gold/gold-heldout4.jsonl: the fourth held-out set (split "heldout4").

Real passages collected with the search tool from stored news pages and labelled by hand in one
sitting, following the written conventions (crates/extract/gold/README.md), before any rule of the
fourth round of work changed, and committed before it. They were chosen for injured figures and
several voices (hospitals, police, ministers, the ISPR, the Taliban). None of these URLs is in
gold.jsonl, gold-heldout2.jsonl or gold-heldout3.jsonl, and no passage shares an 8-word sequence of
a figure sentence with them (checked). They are scored once, at the end of that round
(docs/extract.md). Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- bombings in Peshawar, Quetta, Mastung, Bajaur
A("Shine (Xinhua)", "https://www.shine.cn/news/world/2301315654/", "2023-01-31", "url",
"""The death toll from the suicide blast that ripped through a mosque on Monday afternoon in Pakistan's northwest provincial capital of Peshawar rose to 44, an official told Xinhua.

Muhammad Asim, spokesperson for the Lady Reading Hospital, said the death toll rose after some of the wounded succumbed to their injuries and some more bodies were recovered from the debris of the mosque that collapsed following the blast.

The spokesperson added that at least 157 injured people are still under treatment, out of whom 12 to 15 are in critical condition at the hospital, fearing that the death toll might further rise.

The deceased included three police officers and other police personnel, civilians, a prayer leader and a woman who was residing in a house near the mosque. At least three of the victims have not been identified yet.

Muhammad Ijaz Khan, capital city police officer of Peshawar in Khyber Pakhtunkhwa (KP) province, told Xinhua that around 300 people were praying in the mosque of the Police Lines area of the city when the blast happened, killing and wounding the people including the police officers.

Official sources from the Peshawar police told Xinhua that the target of the suicide bomber was the police personnel, adding that the bomber managed to sneak into the highly sensitive area before blowing himself up in the mosque.""",
[I("2023-01-30", "day", "PAK", KP, "Peshawar", "suicide_bombing", "UNKNOWN",
   [C(None, 44, injured=157, women=1)])],
"Monday 30 January 2023. A toll that 'rose to' 44; 157 injured under treatment (the 12 to 15 critical are some of them). The deceased include 'a woman' (women 1); the police officers are not counted. Hospital and police are the article's voice. A suicide bomber, nobody named: UNKNOWN. The 300 praying are not casualties.")

A("Dawn", "https://dawn.com/news/amp/1093091", "2014-03-14", "inferred",
"""PESHAWAR: The death toll from a suicide bomb attack targeting police in Peshawar earlier on Friday has now risen to 11, hospital officials said.

Jamil Shah, a spokesman for the Lady Reading Hospital in the provincial capital, confirmed that two more people had succumbed to their wounds while being treated for injuries from the powerful explosion that struck Sarband, an area in the suburbs of Peshawar.

The victims included women, children and policemen. At least 45 others were injured from the attack, the latest violence to hit Khyber Pakhtunkhwa.

DSP (city) Banaras Khan said the blast appeared to have targeted a police mobile van and was carried out by a suicide bomber.

The victims were shifted to the Lady Reading Hospital (LRH) where an emergency was imposed. Casualties were also shifted to the Hayatabad Medical complex.

Six bodies were received at the LRH while three were received at the Hayatababad Medical Complex.

According to foreign news agency Reuters, Taliban splinter group Ahrarul Hind claimed responsibility for the attack. “We claim both Peshawar and Quetta attacks,” Reuters quoted their chief Umar Qasmi as saying. “We don't abide by these talks and will continue to stage attacks.”""",
[I("2014-03-14", "day", "PAK", KP, "Peshawar", "suicide_bombing", "OTHER",
   [C(None, 11, injured=45)])],
"The Sarband bombing of Friday 14 March 2014, reported the same day (the page carries no date: inferred from 'earlier on Friday' and the events). 'Earlier on Friday' dates this incident, it is not context. Bodies per hospital are parts of the toll. Ahrarul Hind (a TTP splinter) is OTHER; the Quetta attack it also claims has no figure here.")

A("ARY News", "https://arynews.tv/17-killed-30-injured-in-quetta-railway-station-explosion/", "2024-11-09", "text",
"""QUETTA: At least 22 persons were killed and 51 others injured including women and children in an explosion at Quetta railway station’s platform, ARY News reported on Saturday.

The blast took place at the time of the departure of Jaffar Express when large number of passengers were present at the railway station, police said. The injured have been transferred to hospital for medical attendance.

“It might be a suicide bombing,” SSP Operations Mohammad Baloch said. “Police inquiring into the nature of the explosion. Police has collected CCTV footages of the blast,” police officer further said.

Baluchistan’s chief minister Sarfaraz Bugti has condemned the incident and vowed to eliminate terrorism.

Sources said that that the security forces have cordoned off the railway station after the deadly blast.

The railway authorities have said that two trains, Chaman Passenger and Jaffar Express, were scheduled to depart from Quetta to Chaman and Peshawar respectively. The passengers of both trains were present at railway station platform at the time of the blast.""",
[I("2024-11-09", "day", "PAK", BAL, "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 22, "at_least", 51)])],
"Saturday 9 November 2024. The police's 'might be a suicide bombing': the word suicide, an unnamed bomber (UNKNOWN). Chaman and Peshawar are destinations.")

A("Ariana News", "https://www.ariananews.af/at-least-21-killed-over-50-injured-in-pakistan-railway-station-bomb-blast/", "2024-11-09", "text",
"""At least 21 people were killed and more than 50 injured in a bomb blast at a railway station in Quetta in southwestern Pakistan on Saturday, local media reported.

The blast occurred on the platform as passengers gathered for the departure of the Jaffar Express, scheduled to depart for Peshawar at 9am, Express News reported.

"The blast took place inside the railway station when the Peshawar-bound express was about to leave for its destination," said the senior superintendent of police operations, Muhammad Baloch, Reuters reported.

Among the victims are women and children, according to the Medical Superintendent at Civil Hospital, who reported that 46 of the wounded were brought to the hospital for urgent treatment.

Balochistan Chief Minister Sarfraz Bugti condemned the attack, ordering an immediate investigation and labeling the incident as "a horrific act targeting innocent civilians."

No group has claimed responsibility for the blast.""",
[I("2024-11-09", "day", "PAK", BAL, "Quetta", "bombing", "UNKNOWN",
   [C(None, 21, "at_least", 51)])],
"'More than 50' injured is 51; the 46 brought to one hospital are some of them. A bomb blast (no suicide word); 'no group has claimed responsibility' says there is an attacker: UNKNOWN.")

A("Novinite", "https://www.novinite.com/view_news.php?id=229280", "2024-11-09", "text",
"""At least 16 people were killed and 30 injured in a blast at Quetta Railway Station on Saturday morning, according to initial reports by Dawn. Senior Superintendent of Police (SSP) Operations Mohammad Baloch confirmed the death toll, stating that authorities are still investigating the cause of the explosion, which "seems to be a suicide blast," although more details are needed to confirm this assessment.

As police and security forces arrived at the scene, Balochistan government spokesperson Shahid Rind reported that an investigation was underway, with the Bomb Disposal Squad collecting evidence to determine the nature of the explosion. Meanwhile, an 'emergency' was declared in hospitals, where the injured are currently receiving medical treatment.

The blast reportedly took place as a train was preparing to depart from the platform to Peshawar. Mohammad Baloch told reporters that around 100 people were present at the station at the time of the explosion, based on footage reviewed. The Balochistan Liberation Army (BLA), a militant group, has since claimed responsibility for the attack, labeling it a suicide bombing.

Chief Minister of Balochistan Sarfraz Bugti condemned the incident, calling it part of a pattern of violence aimed at innocent civilians. "The terrorists' targets now include innocent people, laborers, children, and women. Those responsible for these attacks deserve no mercy," he stated, vowing to bring those involved to justice.""",
[I("2024-11-09", "day", "PAK", BAL, "Quetta", "suicide_bombing", "BLA",
   [C(None, 16, "at_least", 30)])],
"Early figures cited from Dawn and confirmed by the police: the article's voice. The BLA claimed it. The 100 present are not casualties.")

A("MENAFN (Tribal News Network)", "https://menafn.com/1108869683/Powerful-Blast-At-Quetta-Railway-Station-Claims-10-Lives-Injures-Over-25", "2024-11-10", "text",
"""Quetta, November 7, 2024 - A powerful explosion struck Quetta's railway station this morning, leaving 10 people dead and more than 25 injured. The blast occurred near the ticketing area just before the Jaffar Express was scheduled to depart for Peshawar at 9 a.m., though the train had not yet arrived at the platform.

SSP Operations Quetta, Muhammad Baloch, informed the that the explosion is suspected to have been a attack. He reported that over 100 people were present on the at the time, intensifying the impact of the blast.

Dr. Noorullah from Civil Hospital Quetta confirmed that a state of emergency has been declared, with additional medical staff summoned to assist in treating the injured. Many of the wounded are in critical condition, raising concerns that the death toll could rise.

This incident follows a blast in Mastung on November 1, near a girls' high school, which claimed the lives of six children and a police officer, injuring 22 others.""",
[I("2024-11-07", "day", "PAK", BAL, "Quetta", "bombing", None,
   [C(None, 10, injured=26)])],
"MENAFN's copy is dated 10 November; its dateline says 7 November (the blast was on the 9th, but the label follows the text). Words are missing in the copy ('a attack'): no suicide word, nobody named: a bombing with no perpetrator. 'More than 25' is 26. The Mastung blast of 1 November is context.")

A("MENAFN (KUNA)", "https://menafn.com/1107163760/Blast-Targeting-Religious-Procession-Kills-15-Wounds-50-In-SW-Pakistan", "2023-09-29", "text",
"""ISLAMABAD, Sept 29 (KUNA) -- At least 15 people were killed and over 50 others were injured in a suspected suicide blast near a mosque targeting a religious procession in Pakistan's southwestern Balochistan province on Friday.

In a statement to media, senior administrative official, Assistant Commissioner Attahul Munim confirmed that among the dead is a senior police official.

He said that the explosion took place by a police vehicle when people were gathering for a religious procession near Madina mosque at Alfalah road of Mastung.

Balochistan interim Information Minister Jan Achakzai said rescue teams have been dispatched to Mastung, adding that the critically injured persons are being transferred to Quetta city and that an emergency has been imposed in all the hospitals.

Security forces have cordoned off the area and a clearance operation went underway. According to initial police reports, the explosion was a suspected suicide blast that also killed a deputy superintendent of police who was on duty for security of the procession. The injured were shifted to the nearby medical facilities where the death toll is feared to rise.""",
[I("2023-09-29", "day", "PAK", BAL, "Mastung", "suicide_bombing", "UNKNOWN",
   [C(None, 15, "at_least", 51, sec=1)])],
"The dateline names Islamabad; the scene is Mastung. 'Over 50' injured is 51; the police official among the dead: security forces 1. Quetta is a destination.")

A("ARY News", "https://arynews.tv/mastung-blast-case-registered-as-death-toll-jumps-to-52/", "2023-09-30", "text",
"""QUETTA: The Counter-Terrorism Department (CTD) in Balochistan on Saturday registered the First Information Report (FIR) of the Mastung suicide blast which killed at least 55 people.

At least 55 people, including a police officer, were killed while dozens were injured in a suicide blast near a 12th Rabiul Awwal procession in Balochistan’s Mastung district on Friday.

Police said the explosion was a “suicide blast” and that the bomber exploded himself next to DSP Gishkori’s car.

According to CTD spokesperson, unknown persons have been booked in the FIR registered under sections of attempted murder, murder, terrorism and possession of explosive material.

Inspector General (IG) Balochistan police presented the initial probe report of the Mastung suicide blast to the Caretaker Chief Minister (CM) Ali Mardan Khan Domki. IG Balochistan Abdul Khaliq Shaikh gave a briefing to the participants of the session. He said that it was a suicide bomb blast in which the terrorist used six to eight kilograms of explosive material.

The Health Secretary said that eight of the wounded persons are critical.

CM Domki said that the families of the martyred citizens will be given compensation money and the provincial government will bear all medical expenses of the wounded persons.""",
[I("2023-09-29", "day", "PAK", BAL, "Mastung", "suicide_bombing", "UNKNOWN",
   [C(None, 55, "at_least", sec=1)])],
"The Friday blast reported on Saturday 30 September; the Saturday dates the FIR. 'Dozens' injured gives no number; the eight critical are some of the wounded, not the total. 'Six to eight kilograms' is not a count.")

A("Arab News", "https://www.arabnews.com/node/2346751/world", "2023-07-30", "text",
"""PESHAWAR: At least 25 people were killed and several injured on Sunday when a blast targeted a political party’s rally in northwestern Pakistan, police and rescue officials confirmed.

The blast took place during a public rally organized by the right-wing Pakistani political party, the Jamiat Ulema-e-Islam (Fazl) in Bajaur’s Khar town bordering Afghanistan, Bajaur Police spokesperson Muhammad Israr said.

“Twenty-five people have died in the blast,” Israr told Arab News. Meanwhile, Rescue 1122 spokesperson Bilal Faizi said at least 50 people were injured in the explosion, adding that the wounded were taken to the District Headquarters Hospital in Khar.

Police said an investigation was underway to determine the nature and intensity of the blast.

Meanwhile, JUI-F chief Maulana Fazlur Rehman urged expressed deep shock and regret over the attack.

Tribal areas in northwestern Pakistan were long a stronghold of the Pakistani Taliban or Tehreek-e-Taliban Pakistan (TTP) militants who have carried out some of the deadliest attacks against the country’s security forces.""",
[I("2023-07-30", "day", "PAK", KP, "Bajaur", "bombing", None,
   [C(None, 25, "at_least", 50)])],
"Police and Rescue 1122 are the article's voice (one claim: 25 and 50). The nature of the blast is unknown and nobody is named (the TTP are background): a bombing, no perpetrator. The Peshawar dateline is not the scene.")

# ---------------------------------------------------------------- attacks in D. I. Khan
A("The News", "https://www.thenews.com.pk/print/501837-six-cops-among-10-martyred-in-di-khan-terror-attacks", "2019-07-22", "inferred",
"""Six cops among 10 martyred in DI Khan terror attacks

DERA ISMAIL KHAN: A female suicide bomber struck outside a hospital in Dera Ismail Khan on Sunday as wounded were being brought in from an earlier shooting incident targeting police. The complex assault, claimed by the proscribed Tehrik-e-Taliban Pakistan (TTP), left a total of 10 people martyred and wounded at least another 30.

Salim Riaz Khan, a senior police officer in Dera Ismail Khan, said four unidentified gunmen on motorcycles opened fire on police in a residential area in the morning, killing two. Both the policemen, identified as Jahangir and Inam, sustained critical injuries and lost their lives on the way to hospital.

He said the bomber then struck at the entrance to the hospital, killing another four police and three civilians who were visiting their relatives. He added eight police personnel were among the wounded, and that many of the wounded were in critical condition. A critically wounded person succumbed to his injuries later.

Inayat Ullah, a local forensics expert, said the female attacker set off seven kilograms of explosives packed with nails and ball-bearings. The blast damaged the emergency room and forced it to shut down, according to a hospital official, who said the wounded were taken to a military hospital.

The TTP claimed the attack but did not acknowledge that the bomber was a woman.""",
[I("2019-07-21", "day", "PAK", KP, "D. I. Khan", "suicide_bombing", "TTP",
   [C(None, 10, injured=30, sec=6)])],
"The print edition of Monday 22 July 2019 (inferred from the Sunday attack). One 'complex assault' with one total (10 and 30): one incident, the parts (two, four and three, a later death; eight police among the wounded) are not separate claims. The heading's six cops: security forces 6. The TTP claimed it.")

A("ARY News", "https://arynews.tv/suicide-attack-on-di-khan-police-training-school-2025-10-11", "2025-10-11", "url",
"""DERA ISMAIL KHAN: At least seven police personnel were martyred and 13 others injured in a deadly suicide attack on the Police Training School (PTS) in DI Khan late Friday night.

Six terrorists were killed during a five-hour-long counter-terrorism operation that followed the assault.

According to police officials, the attackers — affiliated with Fitna-ul-Khawarij — rammed an explosive-laden truck into the main gate of the training facility, causing part of the wall to collapse. Dressed in uniforms, the terrorists then stormed the premises and opened indiscriminate fire.

Upon receiving the alert, a large contingent of security forces arrived at the site. A joint operation by police and other security forces ensued, lasting more than five hours, during which all six attackers were neutralized.

Security forces recovered suicide vests, explosives, automatic weapons, and ammunition from the scene. The injured police personnel were shifted to nearby hospitals, with several reported to be in critical condition.

DPO Dera Sajjad Ahmed confirmed that approximately 200 trainees, instructors, and staff were inside the training center at the time of the attack. By a swift response, all were safely evacuated, preventing what could have been a far greater tragedy.""",
[I("2025-10-10", "day", "PAK", KP, "D. I. Khan", "suicide_bombing", "TTP",
   [C(None, 7, "at_least", 13, sec=7), C(None, 6, comb=6)])],
"Late Friday night, 10 October 2025. Police officials: the article's voice; the attackers' dead a claim of their own ('neutralized' restates the six). Fitna-ul-Khawarij is the TTP. The 200 inside are not casualties.")

A("The Nation", "https://www.nation.com.pk/30-Dec-2022/terrorists-attack-police-picket-in-dera-ismail-khan", "2022-12-30", "url",
"""At least three policemen were injured when terrorists attacked a police picket in Dera Ismail Khan.

As per District Police Officer (DPO) Muhammad Shoaib said, a group of terrorists attacked a police picket, located in the limits of Kalachi police station in Dera Ismail Khan. The terrorists were equipped with the latest weapons including rocket launchers.

The retaliatory fire of the police party forced the terrorists to flee away after several of their accomplices were dead and several injured.

In the gunfight, three policemen also sustained injuries. The injured were rushed to the hospital, the DPO said. Following the attack, security has been beefed up in DI Khan.

Earlier on October 30, a policeman and a civilian were martyred and four other policemen got injured as terrorists attacked the Daraban police check post here in DI Khan.

According to the police spokesman, a cop named Hazrat Hussain and a civilian were martyred in a terrorist attack on Daraban Police Check post in the limits of Daraban police station.

Besides, four police personnel got injured in the attack. The bodies and injured were shifted to District Headquarters Hospital, Dera.""",
[I("2022-12-30", "week", "PAK", KP, "D. I. Khan", "armed_attack", "UNKNOWN", [C(None, injured=3)])],
"No day for the attack: the publication day, week precision. Unnamed terrorists: UNKNOWN. The 'three policemen also' restate the three. The Daraban attack of 30 October is context, told over three sentences.")

A("Pakistan Today", "https://archive.pakistantoday.com.pk/2012/01/15/4-killed-in-terrorist-attack-on-di-khan-police-office", "2012-01-15", "url",
"""At least four people were killed and nine others were injured as terrorists stormed the District Police Office in Dera Ismail Khan on Saturday afternoon in a brazen gun-and-bomb attack, which was foiled by timely action from police and security forces.

All four terrorists were killed and District Police Officer (DPO) Sohail Khalid Raana remained safe. The terrorists, three of whom reportedly wore police uniform, stormed the DPO Office located in the cantonment area of the city and hurled hand-grenades at the policemen inside, followed by bursts of gunfire. A gun-battle ensued as the policemen retaliated and contingents of army and police rushed to the site to provide backup.

The fighting continued for around an hour and ended only after the terrorists had been killed. Though Khyber Pakhtunkhwa Information Minister Mian Iftikhar Hussain said three policemen were killed and there were no civilian casualties, eyewitnesses and doctors said two of the victims were civilians and two were policemen.Hussain told Pakistan Today that all four militants had been killed. Three of them blew themselves up with suicide vests, while the fourth was shot dead by security forces during the encounter.

“Army and police units have entered the police station and a search operation is over,” Khyber Pakhtunkhwa police chief Akbar Hoti told AFP. “We have recovered bodies of four militants, they were all wearing suicide vests,” he said. So far, there have been no claims of responsibility for the attack, but officials believe Taliban militants were involved.""",
[I("2012-01-14", "day", "PAK", KP, "D. I. Khan", "armed_attack", "TTP",
   [C(None, 4, "at_least", 9, civ=2, sec=2), C(None, 4, comb=4),
    C("PAK", 3, sec=3), C("PAK", 4, comb=4)])],
"Saturday 14 January 2012. A storming, a gun-and-bomb attack: armed_attack (the attackers' vests are how three of them died, not the kind of the event). The provincial minister (PAK) gives three policemen and the attackers' four; the article, eyewitnesses, doctors and police give four victims (two civilians, two policemen) and four attackers. 'Taliban militants' in D. I. Khan in 2012: the TTP.")

# ---------------------------------------------------------------- Kurram and Khyber
A("Pakistan Today", "https://www.pakistantoday.com.pk/2024/09/09/clash-on-pak-afghan-border-claims-eight-afghan-soldiers-disrupts-trade/", "2024-09-09", "url",
"""PESHAWAR: A confrontation between Pakistani security forces and the Afghan Taliban near the Kurram district on the Pak-Afghan border on Monday resulted in the deaths of eight Afghan soldiers, including two notable commanders, and injuries to 16 others.

The conflict erupted when the Afghan forces launched an assault using heavy weaponry on a Pakistani checkpoint in the Palosin area early Saturday morning.

Sources reported significant casualties on the Afghan side, with eight Taliban members killed and several injured during the exchange of fire. The deceased included commanders identified as Khalil and Jan Muhammad.

As of the latest updates, there has been no formal statement from the Inter-Services Public Relations (ISPR) regarding the clash.

This incident marks another in a series of confrontations at the border, with previous attacks by Afghan troops on Pakistani positions being a recurrent issue.

The ongoing hostilities have led to a halt in trade activities between the two nations over the weekend, with reports of sporadic gunfire continuing into Sunday, although no additional casualties were noted.

In a related incident on Sunday, an attack in the Marghan area of central Kurram resulted in the death of an FC official and injuries to three others.

The assault targeted an FC checkpoint manned by the Tall Scouts, with the assailants fleeing post-attack.""",
[I("2024-09-07", "day", "PAK", KP, "Kurram", "armed_clash", "TALIBAN", [C(None, 8, injured=16, sec=8)]),
 I("2024-09-08", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN", [C(None, 1, injured=3, sec=1)])],
"The clash began early Saturday 7 September (the lead's 'on Monday' is the day of reporting); the Afghan forces launched the assault (TALIBAN); sources are the article's voice; the Taliban's dead are their forces' (security forces). The Sunday attack on an FC post in central Kurram is a second incident ('in a related incident'), by unnamed assailants.")

A("The Express Tribune", "https://tribune.com.pk/story/243294/4-die-in-firing-incident-in-lower-kurram-agency", "2011-09-01", "text",
"""Seven people were killed in a firing incident on a passenger van in Makhizai area of Lower Kurram Agency, reported Express 24/7 on Thursday.

Local officials said that around 16-18 people were travelling in a passenger bus from Upper Kurram Agency towards Lower Kurram Agency when unidentified gunmen opened fire on the right-hand side of the van.

The firing also resulted in one person being injured.

The vehicle was on its way from the town of Ali Zai in Lower Kurram to Parachinar as the nation celebrated Eid al-Fitr, local administration chief Javedullah Khan told AFP.

The victims were all from the minority Shia community, he said.

An army operation called Operation Koh-e-Sufaid in Kurram Agency, which was launched to clear the area of militants whose fighting had increased the incidence of sectarian killings, kidnapping, and extortion in the agency, also recently ended.""",
[I("2011-09-01", "week", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN", [C(None, 7, injured=1)])],
"Published 1 September 2011; the Thursday dates the report, not the attack (no day of its own): week precision. Unidentified gunmen: UNKNOWN. '16-18 people' travelling are not casualties; Parachinar is a destination.")

A("Spy Eyes News (blog copy)", "https://spyeyesnews.blogspot.com/2011/12/militant-attack-5-civilians-killed-6.html", "2011-12-13", "inferred",
"""Militants opened fire on Pakistani villagers on Dec. 13‚ killing at least five civilians and wounding another six‚ before fleeing to safety in the tribal badlands bordering Afghanistan‚ government officials said.

The attack took place in the Shalobar area of Khyber‚ part of Pakistan’s semi-autonomous tribal belt where the military is fighting homegrown militants‚ led by warlord Mangal Bagh.

“Five villagers were killed and six were injured‚” Syed Ahmad Jan‚ a senior government official in Khyber said. “Militants came in a pick-up and fired on the villagers who were standing on the side of the road‚” Jan added.

An intelligence official in Khyber said the villagers were helping the Frontier Corps (FC) dislodge militants‚ confirming that paramilitary troops had launched a search operation in the area on Dec. 13.

Elsewhere in Shalobar‚ seven people‚ including two children and three women‚ were wounded when a mortar shell slammed into their home‚ Jan said.""",
[I("2011-12-13", "day", "PAK", KP, "Khyber", "armed_attack", "UNKNOWN", [C(None, 5, "at_least", 6, civ=5)]),
 I("2011-12-13", "day", "PAK", KP, "Khyber", "shelling", None, [C(None, injured=7)])],
"The blog's post of December 2011; the text dates the attack 'Dec. 13' (publication inferred as that day). Unnamed militants: UNKNOWN (Mangal Bagh's fighters are background, not alleged). The mortar shell on a home is a second incident (another kind of event), by no one named; the administrator is the article's voice.")

# ---------------------------------------------------------------- Chaman and Torkham across the border
A("The Nation", "https://www.nation.com.pk/16-Dec-2022/many-women-children-hit-by-afghan-taliban-shelling-in-chaman", "2022-12-16", "url",
"""QUETTA/ RAWALPINDI - At least one person died and more than a dozen others were injured when firing from inside Afghanistan targeted the civil population of Balochistan’s Chaman on Thursday, officials and rescue workers said.

The gunfire continued intermittently, creating terror among the local residents. Chaman DHQ Hospital Medical Superintendent Dr Malik Achakzai told reporters that at least fifteen people including women and children were brought to the hospital with multiple bullet wounds.

Deputy Commissioner of Chaman Abdul Hameed Zehri said that an emergency had been declared at the hospital as authorities evacuated citizens from Mall Road, Boghra Road bypass, and Border Road following the firing. Levies officials reported that multiple artillery rounds were fired upon the civilian population around the Boghra Road and Custom House areas from the cross-border country. They added that the Pakistani forces had given a befitting response to the shelling from the cross-border country.

The Pakistan Army said Thursday that an ‘indiscriminate fire from inside Afghanistan’ on the civil population of Chaman on Thursday started that continued intermittently, leaving many innocent civilians injured. According to a press release issued by the Inter-Services Public Relations (ISPR), “due to the firing, there were reports of injuries including children and women.”""",
[I("2022-12-15", "day", "PAK", BAL, "Chaman", "cross_border_fire", "TALIBAN", [C(None, 1, "at_least", 15)])],
"Thursday 15 December 2022. Fire and artillery from Afghanistan onto Chaman (Taliban-era forces): cross-border fire by TALIBAN. 'More than a dozen' gives no number; the hospital's fifteen is the injured figure (the article's voice). The ISPR gives no number (no claim with figures).")

A("Daily Times", "https://dailytimes.com.pk/1039918/chaman-flares-up-again/", "2022-12-16", "text",
"""At least one person was killed and more than a dozen were injured when unprovoked firing from across Afghan border targeted the civilian population in Chaman on Thursday. Medical Superintendent of Chaman DHQ Hospital Dr Malik Achakzai said fifteen people including women and children were brought to the hospital with multiple injuries.

Levies officials reported that multiple artillery rounds were fired upon the civilian population around the Boghra Road and Custom House areas from Afghanistan. They added that the Pakistani forces had given a befitting response to the shelling.

Earlier, Balochistan Health Department Media Coordinator Dr Waseem Baig said the injured had been shifted to the Chaman District Headquarters Hospital. Separately, in a statement, the Afghan defence ministry accused Pakistan of initiating the skirmish, adding that Kabul considers dialogue as the only logical way to resolve problems.

Meanwhile, Balochistan Minister for Home Affairs Mir Ziaullah Langove condemned the incident and sought a report from the deputy commissioner. The incident comes four days after at least seven people lost their lives and 16 others suffered injuries in Chaman""",
[I("2022-12-15", "day", "PAK", BAL, "Chaman", "cross_border_fire", None, [C(None, 1, "at_least", 15)])],
"The same Thursday as the Nation's report, in other words. The Afghan defence ministry accuses Pakistan of starting it while the Pakistani side blames fire from Afghanistan: each side blames the other, no perpetrator. The clash four days before is context.")

A("Afghanistan Peace Campaign (TOLOnews)", "https://afghanistanpeacecampaign.org/2024/08/13/border-conflict-at-torkham-claims-three-lives", "2024-08-13", "url",
"""Three people were killed and three others injured during a clash on Monday afternoon between Islamic Emirate forces and Pakistani border guards at the Torkham crossing.

The Ministry of Interior reported that the violence was sparked by an attack from Pakistani forces, which led to a retaliatory exchange of fire. In the confrontation, two Pakistani military posts were destroyed.

The conflict arose over the construction of a security post on Afghan soil.

Abdul Matin Qani, the spokesperson of the Ministry of Interior, commented on the clash, saying: “Afghan border forces were fired upon, forcing us to respond. As a result, two of their posts were destroyed. They targeted civilian areas, and as a result, a woman and two children were martyred.”

Asadullah, a border soldier, said about the clash: “We were building a post on our own land when Pakistani forces opened fire on us. We gave them a decisive response.”

Local residents reported that Pakistani forces occasionally fire on their homes, forcing them to abandon their properties.

Following yesterday’s clash, the Torkham crossing has been closed to all movement, leaving hundreds of people, including patients, stranded on both sides of the border. In addition, hundreds of cargo trucks have also been halted.""",
[I("2024-08-12", "day", "AFG", "Nangarhar", None, "cross_border_fire", "PAK",
   [C(None, 3, injured=3), C("TALIBAN", 3, women=1, children=2)])],
"Monday 12 August 2024. The dead are on the Afghan side of Torkham (Nangarhar; no district named). An exchange of fire at the border that the Taliban's interior ministry says Pakistani forces started: cross-border fire, PAK. The article's three and three; the ministry's woman and two children (3).")

A("Tribal Post", "https://www.tribalpost.pk/news/4140/torkham-border-firing-between-pak-afghan-forces/", "2016-06-13", "inferred",
"""Khyber Agency — Afghanistan forces on Sunday started unproved firing at Torkham border targeting local population causing injuries to nine civilians at Torkham Bacha Maina area, Local and official sources said on Monday.

According to ISPR official statement Afghan security forces started unprovoked firing at Pakistan security forces at Pak-Afghan border Torkham on 9:20 pm on Sunday which injured a security force man. The ISPR says that to check the terrorists movement the Pakistani authorities are constructing a gate to check the illegal movements at Torkham.

According to the officials of the political administration at Torkham the Afghan forces used heavy artillery and guns targeting the civilian population at Bacha Maina Torkham where some nine persons including children injured. The wounded persons have shifted to hospital for medical treatment.

Official sources said that in retaliation the Pakistani security forces artillery targeted security check post of Afghanistan forces.

Qari Said Hakeem Shinwari, the in charge of Alkhidmat Foundation rescue team said their volunteers participated in the rescue operation during fierce firing between Pak and Afghan security forces at Torkham by transporting some 400 persons from Michni check post to Landikotal. He also said their rescue team volunteers also shifted nine injured civilians of Bacha Main to hospital.""",
[I("2016-06-12", "day", "PAK", KP, "Khyber", "cross_border_fire", "OTHER",
   [C(None, injured=9), C("PAK", injured=1)])],
"The Torkham gate clash of Sunday 12 June 2016, reported on Monday the 13th (inferred). Afghan forces before August 2021: OTHER. Local sources and the administration (nine civilians) and the ISPR (one soldier) are two voices. The 400 transported are not casualties.")

# ---------------------------------------------------------------- attacks on security installations
A("The Nation", "https://www.nation.com.pk/06-Mar-2025/18-civilians-soldiers-martyred-32-injured-in-bannu-suicide-bombing", "2025-03-06", "url",
"""18 civilians, soldiers martyred, 32 injured in Bannu suicide bombing

ISLAMABAD/BANNU - Security forces successfully thwarted a cowardly terrorist attack on Bannu Cantonment, Khyber Pakhtunkhwa, killing all 16 militants who attempted to intrude into the facility on March 4.

An ISPR statement issued yesterday said that the assailants sought to breach the Cantonment’s security; however, their nefarious designs were swiftly and decisively foiled by the vigilant and resolute response of Pakistan’s security forces.

In their desperation, the attackers rammed two explosive-laden vehicles into the perimeter wall. Displaying unwavering courage and professional excellence, our valiant troops engaged the intruders with precision, eliminating all 16 terrorists, including four suicide bombers.

In this intense exchange of fire, five brave soldiers, after putting up a heroic resistance, embraced martyrdom in the line of duty.

The multiple suicide blasts resulted in the partial collapse of the perimeter wall, causing damage to the adjacent infrastructure. Tragically, a mosque and a civilian residential building in close proximity also suffered severe destruction, leading to the martyrdom of 13 innocent civilians and injuries to 32 others.

Intelligence reports have unequivocally confirmed the physical involvement of Afghan nationals in this heinous act, with evidence also pointing to the fact that the attack was orchestrated and directed by Khwarij ring leaders operating from Afghanistan.""",
[I("2025-03-04", "day", "PAK", KP, "Bannu", "suicide_bombing", "TTP",
   [C("PAK", 18, injured=32, civ=13, sec=5), C("PAK", 16, comb=16)])],
"The ISPR's statement: five soldiers and 13 civilians (the heading's 18), 32 injured; the 16 attackers a claim of their own. Suicide blasts and bombers: a suicide bombing. The Khwarij are the TTP.")

A("Dawn", "https://www.dawn.com/news/1846145/8-security-officials-martyred-in-suicide-blast-targeting-bannu-cantonment-10-terrorists-killed-ispr", "2024-07-16", "text",
"""A terrorist attack targeting Bannu Cantonment on Monday martyred eight members of the security forces while a retaliatory operation killed 10 terrorists, the Inter-Services Public Relations (ISPR) has said.

According to a press release issued by the military’s media wing today, an attempt by 10 terrorists to enter Bannu Cantonment in the early hours of Monday was “effectively thwarted” by security forces personnel, “which forced the terrorists to ram an explosive laden vehicle into perimeter wall of the cantonment.”

Resultantly, the suicide blast caused a portion of a wall to collapse and damaged infrastructure, resulting in the martyrdom of eight security forces, it said.

“In the ensuing operation, own troops effectively engaged the terrorists as a result of which all ten terrorists were sent to hell,” the statement said.

The ISPR statement attributed the “heinous act of terrorism” to the Hafiz Gul Bahadur group, “which operates from Afghanistan and has used Afghan soil to orchestrate acts of terrorism inside Pakistan in the past as well.”""",
[I("2024-07-15", "day", "PAK", KP, "Bannu", "suicide_bombing", "OTHER",
   [C("PAK", 8, sec=8), C("PAK", 10, comb=10)])],
"Monday 15 July 2024. The ISPR's two figures (one per side). The Hafiz Gul Bahadur group is OTHER.")

A("National Herald (agencies)", "https://www.nationalheraldindia.com/amp/story/international/pakistan-3-personnel-killed-as-suicide-bombers-attack-security-establishment-in-peshawar", "2025-11-24", "inferred",
"""Three security personnel were killed and 12 people injured on Monday when three suicide bombers attacked the headquarters of the Federal Constabulary (FC) in the heart of Peshawar, the capital of Pakistan’s Khyber Pakhtunkhwa province bordering Afghanistan. All three attackers were killed in the counter-operation.

The assault took place as dozens of troops were preparing for the morning parade. Peshawar Capital City police officer Mian Saeed Ahmad said the militants tried to breach the complex in a coordinated strike.

“One terrorist blew himself up at the main gate, while two others tried to enter the premises but were gunned down by FC personnel,” he told reporters.

According to Dawn newspaper, the Jamaat-ul-Ahrar faction of the banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the attack.

Hospital officials said 11 of the injured were admitted to Lady Reading Hospital and one to Khyber Teaching Hospital. Khyber Pakhtunkhwa inspector-general of police Zulfiqar Hameed said there were two suicide blasts inside the FC headquarters — one at the gate and another near the motorcycle stand.""",
[I("2025-11-24", "day", "PAK", KP, "Peshawar", "suicide_bombing", "OTHER",
   [C(None, 3, injured=12, sec=3), C(None, 3, comb=3)])],
"Monday 24 November 2025 (the page's date is missing: inferred). Victims and attackers two claims of the article's voice; the injured per hospital are parts. Jamaat-ul-Ahrar is OTHER (by the conventions), though a TTP faction.")

A("ABC News Pakistan", "https://abcnews.com.pk/?p=16098", "2025-11-24", "inferred",
"""Security sources said on Monday that three terrorists were killed as the Federal Constabulary (FC) headquarters in Peshawar was attacked.

They said that the attack occurred at 8am on the Saddar-Kohat Road. They said that the khawarij first carried out a suicide attack on the gate of the FC headquarters.

After the suicide blast, the khawarij tried to enter the building but were killed, they said. They added that three FC men were killed in the incident, while two others were injured.

Security forces have surrounded the area and a clearance operation is being carried out, they said.

Meanwhile, an emergency was declared at Lady Reading Hospital (LRH), Peshawar’s largest public sector hospital, and Khyber Teaching Hospital.

LRH Spokesperson Muhammad Asim said that all the injured brought to the hospital, which included six civilians, were all stable.

Pakistan has witnessed a surge in terror activities, particularly in KP and Balochistan. The spike in terror incidents followed the TTP ending a ceasefire with the government in November 2022 and vowing to attack security forces, police, and personnel of law enforcement agencies.

In September, six soldiers were martyred and five terrorists were killed as security forces thwarted an attack on the FC Headquarters in Khyber Pakhtunkhwa’s Bannu district.""",
[I("2025-11-24", "week", "PAK", KP, "Peshawar", "suicide_bombing", "TTP",
   [C(None, 3, injured=2, sec=3), C(None, 3, comb=3)])],
"The Monday dates the sources' statement ('said on Monday'); the attack has only '8am': week precision. Security sources are the article's voice. The khawarij are the TTP. The six civilians are some of the injured at one hospital, not a total. The Bannu attack of September is context that no word marks.")

A("News.Az (Xinhua)", "https://news.az/news/suicide-bombers-kill-at-least-3-at-pakistan-paramilitary-headquarters", "2025-11-24", "text",
"""At least three security personnel were killed and five others wounded Monday morning in an attack on the Federal Constabulary headquarters in Peshawar, the capital of Pakistan’s Khyber Pakhtunkhwa province, police reported.

Inspector General of Police of Khyber Pakhtunkhwa Zulfiqar Hameed told the media that a suicide bomber exploded his jacket at the main gate of the Federal Constabulary headquarters, formerly known as Frontier Constabulary, News.Az reports, citing Xinhua.

Following the attack, two terrorists entered the initial area of the headquarters, but guards on duty shot both of the terrorists dead on the spot, said the police chief.

The police chief added that one of the two killed terrorists was a suicide bomber, and his explosive-laden jacket exploded after the firing.

Eyewitnesses told Xinhua that they heard intense firing after two blasts took place in the area.

No group has claimed the attack yet.""",
[I("2025-11-24", "day", "PAK", KP, "Peshawar", "suicide_bombing", "UNKNOWN",
   [C(None, 3, "at_least", 5, sec=3), C(None, 2, comb=2)])],
"Monday morning, 24 November 2025. Police (the article's voice): three and five; the two attackers shot dead a claim of their own ('both of the terrorists': two). No group named: UNKNOWN.")

A("South Punjab News", "https://www.southpunjabnews.com/2025/11/12-killed-36-injured-in-suicide-blast.html?hl=ar", "2025-11-11", "inferred",
"""Twelve people were killed and 36 were injured on Tuesday in a suicide blast outside the district and sessions court building in Islamabad’s G-11 area, according to officials.

Interior Minister Mohsin Naqvi, while briefing the media outside the court, said that a “suicide blast” had occurred at 12:39pm. He said that 12 people were killed and 27 were injured, adding that the wounded were being provided medical treatment, with Prime Minister Shehbaz Sharif personally in touch with the hospitals in question.

Later, however, the spokesperson for the Pakistan Institute of Medical Sciences (PIMS), Dr Mubahshir Daha, said that “12 people have been martyred in the blast”, while the number of injured had risen to 36, as per a statement.

Speaking to Dawn, Daha said that “Thirty-six injured people were brought to PIMS, out of which 18 have been discharged after treatment, while 14 have been moved to wards, three are in the emergency section, and one is in the operation theatre.”

Providing details of the blast, Naqvi told reporters that the attacker stood outside the court for around 12 minutes before he detonated the explosives.""",
[I("2025-11-11", "day", "PAK", "Islamabad Capital Territory", "Islamabad", "suicide_bombing", "UNKNOWN",
   [C(None, 12, injured=36), C("PAK", 12, injured=27)])],
"Tuesday 11 November 2025 (the address has the month; the day inferred). The interior minister (PAK): 12 and 27; the hospital (the article's voice): 12 and 36, the later figure. The 18, 14, three and one are parts of the 36; '12 minutes' is not a count.")

A("NationPress (IANS)", "https://www.nationpress.com/international/pakistani-airstrikes-on-kabul-kill-5-leave-dozens-injured", "2025-10-18", "text",
"""Kabul, Oct 18 (NationPress) Recent airstrikes conducted by Pakistan in Kabul have tragically resulted in the deaths of at least five Afghans and left dozens injured, according to local media reports from Saturday.

Many of the injured are currently receiving medical care at Emergency Hospital in the Afghan capital, with reports indicating that nearly 40 wounded individuals were admitted following the attacks.

Doctor Zabiullah from the hospital noted that some patients are in critical condition and require intensive care.

Ahmad Wali, a 17-year-old victim, recounted his experience: "We were sitting in the car when the plane struck; after that, I don't recall anything. I regained consciousness in the hospital, only to find out that one of my hands had been amputated," as reported by Afghan media outlet TOLO news.

In the aftermath of clashes between Afghan border forces and Pakistani military, approximately 20,000 families have been displaced from Spin Boldak city in Afghanistan's Kandahar province, as confirmed by local officials.""",
[I("2025-10-18", "week", "AFG", "Kabul", "Kabul", "air_strike", "PAK", [C(None, 5, "at_least", 40)])],
"'Recent airstrikes' with no day: the publication day, week precision. 'Dozens' gives no number; nearly 40 admitted at one hospital is the only injured figure (40). The displacement from Spin Boldak is not an incident.")

# ---------------------------------------------------------------- shells on Bajaur and a clash at Torkham
A("Dawn", "https://www.dawn.com/news/1938739/four-children-injured-as-mortar-shell-hits-house-in-bajaur", "2025-09-01", "text",
"""BAJAUR/SOUTH WAZIRISTAN: Four children were injured when a mortar fired from an unidentified direction hit a house in War Mamund tehsil of Bajaur district on Sunday.

Residents and officials said the incident occurred at around 1pm in Badan Shah Kallay area when a mortar shell hit Lal Zamin’s house.

According to residents, four children, including 12-year-old Abbas Khan, six-year-old Sajid Khan, eight-year-old Saniala Bibi and two-year-old Huma Bibi, were injured in the incident.

The locals immediately shifted the injured children to the District Headquarters Hospital for treatment. Official sources told Dawn that they had launched an investigation into the incident, which occurred after a mortar shell had hit a house in Gohati area of Lowi Mamund tehsil on Friday night, killing one person and injuring another.

Khar assistance commissioner Dr Sadiq Ali and Nawagai additional assistant commissioner Irshadul Haq visited the hospital to enquire about the injured children.

Separately, two minor brothers got serious injuries in a suspected quadcopter strike in Spinkamar area of Makin tehsil of Upper South Waziristan district on Sunday evening.

Witnesses said the victims, identified as Mohammad Khan and his elder brother, Yahya Khan, were returning home from a seminary along with their friends when they came under sudden attack.

The injured children were initially given first aid at a nearby healthcare facility before being shifted to District Headquarters Hospital, Dera Ismail Khan, for advanced treatment.""",
[I("2025-08-31", "day", "PAK", KP, "Bajaur", "shelling", None, [C(None, injured=4)]),
 I("2025-08-31", "day", "PAK", KP, "South Waziristan", "drone_strike", None, [C(None, injured=2)])],
"Sunday 31 August 2025. A mortar shell from an unidentified direction: shelling, no perpetrator. The Friday-night shell on Lowi Mamund (one killed, one injured) is told as what the Sunday shell came after: context. The quadcopter strike in South Waziristan, 'separately', is a second incident (a quadcopter is a drone; nobody named); D. I. Khan is a destination.")

A("Dawn", "https://www.dawn.com/news/1950851/four-injured-as-mortar-shell-hits-house-in-bajaur", "2025-10-24", "text",
"""BAJAUR: Four persons, including three children, were injured when a mortar shell, fired from an unknown direction, hit a house in the Damadola area of War Mamund tehsil on Thursday evening.

Local residents and police sources said the house of Sher Zada was hit at 6.15pm in the Damadola Qalawo area.

The injured people included Sanoo Bibi, Shazia Bibi, Wajid Khan, and Reshma Bibi, who were taken to the district headquarters hospital for treatment, said Israr Khan, district police PRO, quoting the Khar hospital police post incharge.

Hospital sources told Dawn that all the wounded, except one who was referred to a Peshawar hospital, were out of danger. The incident, which some local residents allegedly termed a quadcopter strike, sparked anger among the villagers.

Bajaur Aman Jirga head Sahibzada Haroon Rashid, PTI local MPA Dr Hamidur Rehman, and others expressed concern over the incident, noting that the area had been declared free of militants a couple of weeks ago.""",
[I("2025-10-23", "day", "PAK", KP, "Bajaur", "shelling", None, [C(None, injured=4)])],
"Thursday 23 October 2025. A mortar shell from an unknown direction (some residents speak of a quadcopter: the article's own word is the shell): shelling, no perpetrator. Peshawar is a destination.")

A("The Pashtun Times", "https://thepashtuntimes.com/fresh-clash-reported-among-afghan-and-pakistani-forces-in-torkham/", "2016-06-13", "inferred",
"""TORKHAM: Fresh clashes have reportedly among the Afghan and Pakistani forces in Torkham, hours after a heavy clash broke out between the two sides.

According to reports, the clash resumed around 4 pm local time but there are no other information available regarding the incident.

The clash between the two sides erupted late on Sunday night after the Afghan forces prevented the Pakistani troops to work on military establishment along the zero line.

An Afghan border policeman lost his life during the clash and at least six others were wounded but there is still no exact information available regarding the Pakistani forces casualties.

The latest skirmish between the two sides erupted hours after a ceasefire was agreed and the Afghan Ambassador started diplomatic efforts to reduce the tensions.""",
[I("2016-06-12", "day", "AFG", "Nangarhar", None, "cross_border_fire", None, [C(None, 1, injured=6, sec=1)])],
"The Torkham gate clash from the Afghan side, Sunday night 12 June 2016, reported on Monday (inferred). The Afghan casualties are on the Afghan side (Nangarhar, not named; no district). The clash that resumed at 4pm is the same one. Fire between two countries' border forces at the border: cross-border fire; nobody is said to have started it. 'At least six' wounded: 6.")

# ---------------------------------------------------------------- passages with no incident
A("The News", "https://www.thenews.com.pk/print/356445-20-pakistani-families-return-from-afghanistan-via-torkham", "2018-08-17", "text",
"""LANDIKOTAL: About 20 families, who had migrated to Afghanistan due to militancy and military operation in erstwhile Mohmand tribal district, have started returning to their homes via Torkham border, sources said on Thursday.

The sources said that 20 families comprising women, children and elderly men entered Pakistan via Torkham border. The civil and Khyber Rifles officials welcomed them and arranged lunch for them at Torkham border.

An official said that in 2006-7, around 147 families hailing from Baizai area of Mohmand tribal district had migrated to Goshta border locality of Afghanistan.

Meanwhile, the Pakistani authorities deported five Afghan families comprising 63 individuals to Afghanistan. The families were brought to Torkham border in vehicles where they were handed over to Afghan border authorities after completing official formalities.""",
[], "Returns and deportations; families and individuals are not casualties.")

A("10BM News", "https://10bmnews.com/2025/04/470-more-afghan-families-return-via-torkham-border/", "2025-04-15", "inferred",
"""LDANDIKOTAL: About 470 families were repatriated via the Torkham border as the deportation drive of undocumented Afghan nationals continued on Tuesday, officials said.

A senior official of civil administration said that a total of 470 Afghan families, comprising 2,453 persons, crossed the Torkham border into Afghanistan. He said the initiative, launched, continues to gather pace, with thousands having returned home since April 1, 2025.

According to official sources at the border, between April 1 and April 14, over 3,200 families comprising more than 16,000 individuals had already crossed into Afghanistan. Monday’s figure of 470 families adds to this mounting total, bringing the estimated number of returnees this month to nearly 20,000.

The International Organization for Migration (IOM) has warned that many families, especially women and children, are vulnerable and urgently need shelter, food and medical care.""",
[], "Repatriation figures; no incident. Published Tuesday 15 April 2025 (inferred from 'between April 1 and April 14' and Tuesday).")

A("Dawn", "https://dawn.com/news/1784842", "2023-10-30", "text",
"""KHYBER: Immigration officials at the Torkham border said on Sunday that over 3,000 Afghan families, who had been illegally residing in Pakistan, had returned to their country since October 1.

They said the repatriation process of the ‘illegal Afghans’ had gained momentum after Pakistan asked all the illegal aliens residing in different parts of the country to leave within a stipulated period of time.

The Federal Investigation Agency officials said 3,134 illegal Afghan families, including 23,203 children, 9,335 men and 5,993 women, had crossed the border since the start of October.

Meanwhile, additional chief secretary home department Abid Majid along with Peshawar division commissioner Mohammad Zubair and Khyber deputy commissioner Abdul Nasir also paid a visit to Torkham and Landi Kotal and assessed the preparations and facilities for the returning Afghans.""",
[], "Returnees by group (children, men, women) are not casualties.")

A("TOLOnews", "https://tolonews.com/index.php/afghanistan-194433", "2025-06-01", "inferred",
"""In the past five months, Pakistan has forcibly deported more than 20,000 Afghan families through the Torkham crossing.

Baz Mohammad Abdul Rahman, Director of Refugees and Repatriation in Nangarhar, told TOLOnews that seventy percent of these families have been resettled in Nangarhar province.

He stated: “The number of returnees is 97,883 individuals, with 70 percent of them settled in Nangarhar and the remaining 30 percent relocated to other provinces. In Nangarhar alone, 14,316 families—comprising 68,591 individuals—have been resettled.”

Arman Khan, a recently deported returnee, said: “When we crossed through Torkham, the Pakistani police told us we had to pay two thousand rupees. We paid the money and were allowed to pass.”

According to recent UN statistics, since 2023, Iran and Pakistan have forcibly returned more than three million Afghan migrants to Afghanistan.""",
[], "Deportations; no incident. The page gives no day: 'the past five months' of 2025 (the publication day is approximate, inferred, and not scored when nothing is found).")

A("Salam Watandar", "https://swn.af/en/2025/03/800-families-displaced-in-torkham-border-clashes", "2025-03-10", "inferred",
"""Some residents of the “Ghurki” area near the Torkham border crossing say that recent clashes between the Islamic Emirate’s forces and Pakistan’s military forced them to flee their homes.

Roqail, a resident of the area, explains: “Pakistan’s forces fired mortars at us; we only managed to save the women and children and fled. We sought refuge in this area and are facing many challenges.”

On the other hand, Nangarhar local officials say that as a result of Pakistan’s attacks in Torkham, around 800 families have been displaced.

Baz Mohammad Abdul Rahman, head of the Department of Refugees and Returnees in Nangarhar, Afghanistan, confirmed that aid efforts for the displaced families have begun.

Approximately one week ago, Pakistan’s forces clashed with the Islamic Emirate’s forces in response to the construction of facilities by the Islamic Emirate at the Torkham border crossing.""",
[], "Displacement after clashes 'approximately one week ago' (context): no incident of its own, no casualty figure. Day inferred (March 2025, about a week after the clashes of early March).")

A("The Nation", "https://www.nation.com.pk/02-Nov-2023/mountains-of-nostalgia-refugees-leaving-pakistan-with-heavy-heart", "2023-11-02", "url",
"""Peshawar - A multitude of Afghan families, including women, children, and others, traverse the winding paths of the Torkham border as they bid farewell to Pakistan, a place they have called home for decades. However, this farewell is heavy-hearted as they depart with cherished memories of their time in Pakistan.

Among them, Juma Khan found himself at a crossroads, setting out on a journey to his native Afghanistan. The peculiar twist in his story was that his family had no home to return to in their homeland. Born in Pakistan, Juma, along with his siblings, had grown up in a foreign land.

“My grandfather sought refuge in Pakistan during the tumultuous era of General Ziaul Haq when Afghanistan was under the shadow of the Soviet invasion,” Juma recalled. “Now, I am accompanying my 12-member family to Afghanistan, a place I’ve never been before.”""",
[], "Refugees leaving; a 12-member family is not a casualty figure.")

if __name__ == "__main__":
    # Scored once at the end of round 4; development data since round 5.
    write(lambda index: {"id": f"heldout4-{index:03d}", "split": "dev", "first_split": "heldout4"})
