"""Writes crates/extract/gold/gold-heldout3.jsonl: the third held-out set of round 3, development
data since round 4 (split "dev", first_split "heldout3").

Real passages collected with the search tool from stored news pages and labelled by hand in one
sitting, following the written conventions (crates/extract/gold/README.md), before any rule of the
third round of work changed, and committed before it. None of these URLs is in gold.jsonl or
gold-heldout2.jsonl, and no passage shares an 8-word sequence of a figure sentence with them
(checked). They are scored once, at the end of that round (docs/extract.md). Helpers and
conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"

# ---------------------------------------------------------------- operations and clashes in KP (ISPR)
A("The Nation", "https://www.nation.com.pk/29-Feb-2024/security-forces-kill-six-terrorists-in-nw-operation",
  "2024-02-29", "url",
"""ISLAMABAD - The security forces on Wednesday killed six terrorists in an intelligence-based operation in North Waziristan. The ISPR, in a statement, said that on 28 February 2024, the security forces conducted an intelligence-based operation in North Waziristan District, on reported presence of terrorists. During the operation, intense fire exchange took place between the troops and the terrorists, as a result of which six terrorists were sent to hell, while one soldier also got injured. Weapons, ammunition and explosives were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities including target killing as well as extortion and abduction of innocent civilians.

Sanitization operation was also conducted to eliminate any other terrorist found in the area. Locals of the area have appreciated the operation and expressed their full support to eliminate the menace of terrorism, according to the ISPR.""",
[I("2024-02-28", "day", "PAK", KP, "North Waziristan", "armed_clash", None,
   [C("PAK", 6, comb=6), C("PAK", injured=1)])],
"An operation with an exchange of fire: a clash, no perpetrator. The terrorists' dead and the soldier wounded are two claims of the ISPR (one per side).")

A("Dawn", "https://www.dawn.com/news/1820082/4-terrorists-killed-in-intelligence-based-operation-in-north-waziristan-ispr",
  "2024-03-08", "text",
"""Security forces killed four terrorists in an intelligence-based operation (IBO) in Khyber Pakhtunkhwa’s North Waziristan district, the military’s media affairs wing said on Friday.

According to a press release from the Inter-Services Public Relations (ISPR), the IBO was conducted on the reported presence of terrorists in the area.

“During the conduct of the operation, intense fire exchange took place between own troops and the terrorists, as a result of which four terrorists were sent to hell,” it said.

Weapons, ammunition and explosives were also recovered from the slain terrorists, who remained actively involved in numerous terrorist activities in the area, the ISPR said.

A day earlier, two terrorists were killed in separate operations in KP’s Khyber and Dera Ismail Khan districts.

On Wednesday, two soldiers were martyred in an exchange of fire with terrorists in Lakki Marwat. Two militants were also killed in the engagement.""",
[I("2024-03-08", "week", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 4, comb=4)])],
"No day for the operation: the statement's Friday, week precision. The operations of the day before and Wednesday's Lakki Marwat clash are background paragraphs (context).")

A("Dawn", "https://www.dawn.com/news/1885349/4-terrorists-killed-in-north-waziristan-operation-ispr",
  "2025-01-15", "text",
"""Security forces killed four terrorists during an intelligence-based operation (IBO) in Khyber Pakhtunkhwa’s North Waziristan district, the military’s media wing said on Wednesday.

According to the Inter-Services Public Relations (ISPR), security forces conducted an IBO on Tuesday night in the Spinwam area of North Waziristan “on the reported presence of khwarij”.

“During [the] conduct of the operation, own troops effectively engaged khwarij’s location, and after an intense exchange of fire, four khwarij were sent to hell,” the statement said.

Security forces also recovered weapons and ammunition from the terrorists who were “actively involved in numerous terrorist activities against the security forces as well as target killing of innocent civilians”.

On Tuesday, the ISPR reported eight terrorists were killed during two separate operations in KP.

Pakistan has recently witnessed an uptick in terror activities, especially in KP and Balochistan.

With at least 685 members of security forces losing their lives amid a total of 444 terror attacks, 2024 turned out to be the deadliest year for the civil and military security forces of Pakistan in a decade, according to a 2024 report issued by the Center for Research and Security Studies (CRSS).""",
[I("2025-01-14", "day", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 4, comb=4)])],
"Tuesday night before the Wednesday statement. Tuesday's report of eight (other operations) and the 2024 tally are context.")

A("ARY News", "https://arynews.tv/terrorist-gunned-down-in-north-waziristan-ibo-ispr-2/", "2023-01-28", "text",
"""RAWALPINDI: Security forces have gunned down a terrorist in an intelligence-based operation (IBO) in Khyber Pakhtunkhwa’s (KP) North Waziristan District, ARY News reported, quoting Inter-Services Public Relations (ISPR).

According to military’s media wing, the IBO operation was conducted in North Waziristan’s Mir Ali area. When the security forces approached the suspects, they retaliated.

In response, an intense fire exchange took place between the troops and terrorists. After killing the suspect, the forces also recovered weapons and ammunition.

Earlier in January, ISPR stated that at least 11 terrorists, including a local commander, were killed in an intelligence-based operation (IBO) in Khyber Pakhtunkhwa’s (KP) South Waziristan district.""",
[I("2023-01-28", "week", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 1, comb=1)])],
"'A terrorist' is one. No day: publication day, week precision. The South Waziristan operation earlier in January is context.")

A("Link4din (Geo News)", "https://link4din.com/guardians-numeric-wisdom/two-terrorists-killed-in-pakistans-north-waziristan/amp",
  "2023-08-16", "text",
"""According to reports from Geo News, security personnel and at least two individuals—whom Pakistani officials have referred to as terrorists—exchanged fire in the North Waziristan region of Khyber Pakhtunkhwa.
According to a statement from Pakistan’s Inter-Services Public Relations (ISPR), the security forces carried out an intelligence-based operation on the nights of August 14 and 15 in response to information about the presence of terrorists in the Razmak region of North Waziristan.
“During the conduct of the operation, security forces surrounded the terrorists’ location and after intense fire exchange, two terrorists were sent to hell,” it added.
The ISPR said that they also recovered weapons and ammunition from the killed “terrorists”, who remained actively involved in terrorist activities against security forces as well as extortion and target killing of innocent citizens.""",
[I("2023-08-14", "day", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 2, comb=2)])],
"Published 'August 16, 2023' (byline). Between the two nights, the earliest. The ISPR's figure.")

A("The Nation", "https://www.nation.com.pk/03-Jan-2024/suicide-bomber-among-4-terrorists-killed-in-nw", "2024-01-03", "url",
"""ISLAMABAD - The security forces on Tuesday killed four terrorists in an operation in North Waziristan area, said the media wing of the military. The ISPR said that on Tuesday (2 January 2024), the security forces conducted an intelligence-based operation in North Waziristan District on reported presence of terrorists. During the operation, intense fire exchange took place between the troops and the terrorists, as a result of which four terrorists including a suicide bomber were killed.
According to the ISPR, the killed terrorists remained actively involved in numerous terrorist activities against the security forces and were planning to conduct a high-profile terrorist attack, which was averted due to proactive response by the security forces. Arms, ammunition and explosives were also recovered from killed terrorists.""",
[I("2024-01-02", "day", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 4, comb=4)])],
"A suicide bomber among the dead does not make the operation a suicide bombing.")

A("MNN News", "https://mnnnews.online/2025/12/03/seven-terrorists-killed-in-north-waziristan-operations-four-including-assistant-commissioner-martyred-in-bannu-attack",
  "2025-12-03", "url",
"""RAWALPINDI (MNN); Security forces killed seven terrorists during two operations in North Waziristan, Khyber Pakhtunkhwa, the ISPR said on Tuesday. The actions were conducted based on intelligence reports about the presence of khawarij, a term the state uses for militants linked with the banned Tehreek-i-Taliban Pakistan (TTP).
According to ISPR, an intelligence-based operation was carried out in Mir Ali, where troops engaged the militants. After a heavy exchange of fire, six terrorists were killed. In a separate operation in Spinwam, one more terrorist was eliminated. Weapons and ammunition were recovered at the scene.
Earlier in the day, Miranshah Assistant Commissioner Shah Wali and two police officials were among four people martyred when Wali’s vehicle was attacked in Bannu district. Bannu DIG Sajjad Khan said the attackers opened fire and then set the vehicle ablaze. A search operation was launched, with security placed on high alert in the area.
Bilal Saqib, the assistant commissioner’s secretary, said the attack occurred around 10am while Wali was travelling to appear before a court. Two constables and a civilian working nearby were martyred, while two police officers sustained injuries.
Pakistan has seen a rise in terrorist attacks, particularly in KP and Balochistan, since the TTP called off its ceasefire with the government in November 2022.""",
[I("2025-12-02", "week", "PAK", KP, "North Waziristan", "armed_clash", None, [C("PAK", 7, comb=7)]),
 I("2025-12-02", "day", "PAK", KP, "Bannu", "armed_attack", "UNKNOWN", [C(None, 4, injured=2, civ=1, sec=2)])],
"Two operations in one district told under one stated total: one incident of seven (the parts are not separate claims); no day for the operations but the statement's Tuesday (week). The Bannu attack 'earlier in the day' is news of its own (a second incident, the same Tuesday): the DIG and the AC's secretary are the article's voice; the assistant commissioner, two police officials (constables) and a civilian.")

A("Tribal News Network (via MENAFN)", "https://menafn.com/1108919393/Tirah-Valley-Clashes-Leave-Eight-Militants-And-Eight-Security-Personnel-Dead-Amid-Intensifying-Violence-In-Khyber",
  "2024-11-24", "text",
"""Khyber District : In a deadly escalation of violence, eight militants, including a senior commander of the banned Lashkar-e-Islam group, were killed during fierce clashes with security forces in the Maidan area of Tirah Valley, Khyber District. The firefight also claimed the lives of eight security personnel.

However, the Inter-Services Public Relations (ISPR) has not yet confirmed these casualties.

The intense exchange of fire, which began around 11 AM today, continues unabated. Militants reportedly evacuated their wounded comrades and retrieved the bodies of their dead. They also seized homes near Bagh Bazaar, using them as positions to fire on security camps and a nearby police station.

The Tirah Valley has seen worsening law and order in recent months. On November 13, an unsettling incident occurred when Zarshed, a water carrier for security personnel at the Bhutan Sharif post, was ambushed in Bara's Bar Qambar Khel area. Assailants shot him dead and set his tanker ablaze.

Earlier, on November 6, a mortar shell reportedly hit schoolchildren in Bhutan Sharif , killing student Abidullah and his sister, while injuring four others.""",
[I("2024-11-24", "day", "PAK", KP, "Khyber", "armed_clash", None,
   [C(None, 8, comb=8), C(None, 8, sec=8)])],
"MENAFN's dateline day ('today'). Sources (the article's voice); each side's dead a claim of its own. The 13 and 6 November incidents are context.")

A("Dawn", "https://www.dawn.com/news/1764297/4-soldiers-martyred-5-critically-injured-in-dastardly-attack-on-zhob-garrison-ispr",
  "2023-07-12", "text",
"""Four Pakistan Army soldiers were martyred while five others were critically injured after militants launched a “dastardly attack” on the Zhob garrison in northern Balochistan during the early hours of Wednesday, the military’s media affairs wing said.

In a statement, the Inter-Services Public Relations (ISPR) said that terrorists’ initial attempt “to sneak into the facility was checked by soldiers on duty”.

“In ensuing heavy exchange of fire, the terrorists have been contained into a small area at the boundary,” the ISPR said, adding that three “heavily armed terrorists” had been killed so far.

Earlier today, Zhob District Commissioner (DC) Azeem Kakar had told Dawn.com that the cantonment area in Zhob was under attack.

He further said that a woman civilian was killed after being caught in the crossfire while five other civilians were left injured. The official added that the severely injured were being referred to Quetta.""",
[I("2023-07-12", "day", "PAK", "Balochistan", "Zhob", "armed_attack", "UNKNOWN",
   [C("PAK", 4, injured=5, sec=4), C("PAK", 3, comb=3), C(None, 1, injured=5, civ=1, women=1)])],
"Unnamed militants attacked: UNKNOWN. The ISPR's soldiers and the attackers' dead are two claims; the district commissioner (the article's voice) gives the civilian toll. Quetta is a destination.")

A("Daily Times", "https://dailytimes.com.pk/1113339/nine-soldiers-martyred-in-zhob-terror-attack/", "2023-07-13", "text",
"""Nine Pakistan Army soldiers embraced martyrdom while five terrorists were killed after security forces retaliated to a “dastardly attack” on the Zhob garrison in northern Balochistan on Wednesday, the military’s media affairs wing said.

In a statement issued in the morning, the Inter-Services Public Relations (ISPR) said the militants launched the attack in the early hours of Wednesday, following which four soldiers were martyred and five others were injured. The terrorists’ initial attempt “to sneak into the facility was checked by soldiers on duty”, the ISPR said, adding that they were “contained into a small area at the boundary” in the ensuing exchange of fire.

Meanwhile, three “heavily armed terrorists” were killed and a clearance operation was initiated to apprehend the remaining two militants, the ISPR said. Later, in an update shared at night, the ISPR said the clearance operation had been completed and in total, five terrorists have been sent to hell”. However, it added, the five soldiers who got critically injured earlier while “fighting gallantly” had succumbed to their injuries and embraced martyrdom.

DC Kakar said that a passenger bus coming from Dera Ismail Khan was also caught in the firing. He added that “nothing can be said about the number of attackers”, and asserted that all departments were on alert.""",
[I("2023-07-12", "day", "PAK", "Balochistan", "Zhob", "armed_attack", "UNKNOWN",
   [C("PAK", 9, sec=9), C("PAK", 5, comb=5)])],
"The night update replaces the morning's figures (nine soldiers, five attackers); the five injured died, so no injured figure stands. Dera Ismail Khan is the bus's origin.")

# ---------------------------------------------------------------- bombings and suicide attacks
A("East Coast Daily", "https://eastcoastdaily.in/2019/04/12/21-killed-50-injured-in-a-suicide-bombing.html", "2019-04-12", "url",
"""In Pakistan, at least 21 people have been killed and 50 others injured in a suicide bombing today in Quetta, the provincial capital of Balochistan. The attack believed to be targeting the Shiite Hazara ethnic minority community.
The explosion happened this morning in the busy wholesale market area of Hazarganj. No group has yet claimed responsibility for the attack.""",
[I("2019-04-12", "day", "PAK", "Balochistan", "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 21, "at_least", 50)])],
"An unnamed suicide bomber: UNKNOWN.")

A("The Indian Express (AP, Reuters)", "http://indianexpress.com/photos/picture-gallery-others/visuals-from-quetta-blast-15-dead-dozens-injured-4794817/",
  "2017-08-13", "text",
"""At least 15 people, including 8 soldiers, were killed and 40 others injured after a suicide bomber targetted an army truck in Pakistan’s southwest Balochistan province Saturday night. The incident took place when the truck was passing through Quetta’s Pishin bus stop. (AP Photo/Arshad Butt)

The injured were immediately rushed to Quetta Civil Hospital. Balochistan Home Minister Sarfaraz Bugti said: “We can now confirm that 15 people have died in the explosion today. At least 32 others are wounded.” (Reuters/Naseer Ahmed)

A man riding a motorbike came close to the army truck and blew himself up,” a senior official of the Bomb Disposal Squad told Pakistan site Dawn. It also reported that around 25-30 kilograms of explosives were used in the suicide attack. The explosion was so loud that its sound was heard across the city. (AP Photo/Arshad Butt)""",
[I("2017-08-12", "day", "PAK", "Balochistan", "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 15, "at_least", 40, sec=8), C("PAK", 15, injured=32)])],
"Saturday night (12 August 2017); the gallery is dated 13 August. The provincial home minister is a minister: PAK. Kilograms are not counts.")

A("Sabah News", "https://sabahnews.net/english/?p=903", "2021-11-13", "inferred",
"""BAJAUR/QUETTA, Nov 13 (SABAH):  Two police officers were martyred in a bomb blast on Saturday morning in Bajaur district of Khyber Pakhtunkhawa, confirmed by the local police. 

Bajaur’s DPO Abdul Samad Khan said the bomb blast took place near Raghagan Dam, confirming that it had taken the lives of the police officers. 

Abdul Samad Khan revealed the bomb blast had been conducted via remote control device, adding that law enforcement agencies had cordoned off the area and were carrying out a search operation to look for suspicious activity. 

Meanwhile at least seven people, including a police official, were injured in a blast in Quetta’s Nawa Killi area on Saturday, Civil Hospital spokesperson Waseem Baig said. The injured also included women, the spokesperson added.

Senior Superintendent of Police (SSP) Operations Asad Nasir said the explosion occurred near a police mobile. He added that three to four kilograms of explosive material, fitted to a motorcycle, was used in the blast, according to initial reports. The bomb was detonated via remote control, the SSP further said.

Balochistan Chief Minister Mir Abdul Quddus Bizenjo condemned the attack and directed that the best medical treatment be provided to those injured.""",
[I("2021-11-13", "day", "PAK", KP, "Bajaur", "bombing", None, [C(None, 2, sec=2)]),
 I("2021-11-13", "day", "PAK", "Balochistan", "Quetta", "bombing", None, [C(None, injured=7)])],
"The dateline 'Nov 13' was a Saturday in 2021 (Bizenjo was chief minister then): year inferred. Two blasts in two provinces: two incidents; nobody named: no perpetrator. Police and hospital are the article's voice.")

A("TNN", "https://tnnenglish.com/suicide-blast-targets-fc-vehicle-in-bajaur-injures-7/?utm_source=rss&utm_medium=rss&utm_campaign=suicide-blast-targets-fc-vehicle-in-bajaur-injures-7",
  "2023-08-09", "text",
"""A suicide blast has rocked the Bajaur district, targeting a Frontier Corps (FC) vehicle and leaving 7 individuals wounded, including security personnel.

According to Bajaur Police, the explosion occurred near Khalozo Hospital, engulfing a government vehicle in flames. Among the casualties, 5 security personnel and 2 civilians sustained injuries from the blast.

The incident took place on an FC vehicle, with the wounded promptly transported to a nearby hospital for medical care.

This incident follows a devastating suicide blast that took place on July 31 during a workers’ convention of Jamiat Ulema-e-Islam in the Khar area of Bajaur. The prior blast resulted in the tragic loss of 56 lives and left 123 individuals injured.""",
[I("2023-08-09", "week", "PAK", KP, "Bajaur", "suicide_bombing", "UNKNOWN", [C(None, injured=7)])],
"No day: publication day, week precision. 5 + 2 are the parts of the 7. The JUI-F convention blast is context ('follows', 'prior').")

A("Pakistan Today", "https://pakistantoday.com.pk/2023/11/27/two-martyred-7-injured-as-suicide-bomber-targets-security-forces-convoy-in-bannu-ispr",
  "2023-11-27", "url",
"""RAWALPINDI: Two civilians were martyred and seven others including three security personnel were injured when a suicide bomber targeted a convoy of security forces, Inter Services Public Relations (ISPR) said.
According to military’s media wing, a suicide exploded himself near convoy of security forces in Baka Khel area of Bannu.
As a result of explosion, two civilians were martyred while three security personnel among seven others sustained injuries.
ISPR said that the suicide bomber was an Afghan citizens belonging to Hafiz Gul Bahadur groups of banned Tehreek-e-Taliban Pakistan (TTP).""",
[I("2023-11-27", "week", "PAK", KP, "Bannu", "suicide_bombing", "OTHER", [C("PAK", 2, injured=7, civ=2)])],
"No day in the text: publication day, week precision. The bomber belonged to the Hafiz Gul Bahadur group: OTHER (the convention names the group, not the TTP it is said to belong to).")

A("The Nation", "https://www.nation.com.pk/28-Nov-2023/two-civilians-martyred-in-bannu-suicide-attack", "2023-11-28", "url",
"""ISLAMABAD - Two civilians were martyred when a suicide bomber exploded himself close to a security forces’ convoy in Bannu district yesterday. According to a statement of the ISPR, on 26 November 2023, a motorcycle-borne suicide bomber, affiliated with Hafiz Gul Bahadur Group and later identified as an Afghan national, exploded himself near to a security forces’ convoy in general area Bakka Khel, Bannu District. “Resultantly, two innocent civilians embraced Shahadat, while seven civilians and three soldiers got injured,” said the ISPR in a statement. Sanitization operation was also carried out to eliminate any other terrorists found in the area.""",
[I("2023-11-26", "day", "PAK", KP, "Bannu", "suicide_bombing", "OTHER", [C("PAK", 2, injured=10, civ=2)])],
"The statement's date (26 November) wins over 'yesterday'. Seven civilians and three soldiers injured add up to 10.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/18-Dec-2022/four-policemen-martyred-as-many-injured-in-lakki-marwat-terror-attack",
  "2022-12-18", "url",
"""PESHAWAR – At least four policemen were martyred and four others wounded as terrorists attacked Bargai police station in Lakki Marwat ten minutes past midnight on Sunday.

Reports in local media suggest some terrorists attacked the police station from two sides which led to an exchange of gunfire that left four policemen dead and as many injured. Rockets and grenades were used to break into the police station.

Militants managed to flee after killing the law enforcers. Soon after the incident, forces launched a search operation in the area.

At least 105 police personnel were martyred in more than a hundred militant attacks in 2022 in the country's northwestern region bordering Afghanistan while the Taliban government has hardly had any control over terror groups.""",
[I("2022-12-18", "day", "PAK", KP, "Lakki Marwat", "armed_attack", "UNKNOWN",
   [C(None, 4, "at_least", 4, sec=4)])],
"'As many injured' is four. Rockets and grenades used in a raid on a police station: an armed attack. The 2022 tally is context.")

A("The Nation", "https://nation.com.pk/30-Mar-2023/pm-shehbaz-expresses-grief-over-martyrdom-of-policemen-in-lakki-marwat-attack",
  "2023-03-30", "url",
"""Prime Minister Shehbaz Sharif has expressed grief over the martyrdom of four policemen including a DSP in a militant attack in Lakki Marwat.
The sacrifices rendered by police officers and personnel in the war against terrorism were unforgettable, the premier said in a tweet while praying for the speedy recovery of those injured in the attack.
According to sources, a portion of police station also collapsed in the bomb attack, burying several police officials under the debris. An armoured vehicle which was dispatched as reinforcement was also targeted by the terrorists.
DSP Lakki Marwat Iqbal Mohmand was among the martyred police officials. The terrorists, however, managed to escape from the scene after exchange of fire with police.
Police and rescue teams have shifted the bodies of martyred and injured police officials to hospital.
The other martyred police officials include, Karamat, Waqar and Ali Marjan while injured officials were identified as Head Constable Farooq Shah, Constable Gultiaz, Constable Asghar, Constable Amanat, Constable Arif and Constable Sardar Ali.""",
[I("2023-03-30", "week", "PAK", KP, "Lakki Marwat", "bombing", "UNKNOWN", [C("PAK", 4, sec=4)])],
"The prime minister gives the figure: PAK. A bomb attack on a police station by unnamed militants: bombing, UNKNOWN. No day: publication day, week. The named injured are not counted in figures.")

# ---------------------------------------------------------------- Kurram and Lakki Marwat
A("Dunya News", "https://dunyanews.tv/en/Pakistan/851952-women-among-20-killed-several-injured-in-attack-on-passenger-vehicles",
  "2024-11-21", "text",
"""LOWER KURRAM (Dunya News) – At least 20 people were killed and several others injured when gunmen on Thursday opened fire on a number of passenger vehicles in Ucheat area of Lower Kurram.

According to Kurram DPO, a convoy of vehicles coming from Peshawar to Parachinar came under fire in the Ucheat area. Automatic weapons were used by the gunmen, he added.

He said 20 people, including three women, died on the spot. Several injured were rushed to nearby hospital where condition of many had been described as serious.

No group has so far claimed responsibility of attack.

Two days ago, 12 security officials embraced martyrdom in an attack on a checkpost in Malikhel area of Bannu, army's media wing said.

The Inter-Services Public Relations (ISPR) said on Wednesday 12 security officials were martyred in the attack. They put up a valiant fight against the terrorists.

Security forces hit back at the assailants and killed six terrorists in the exchange of firing.""",
[I("2024-11-21", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN", [C(None, 20, "at_least", women=3)])],
"Unnamed gunmen: UNKNOWN. The DPO (police) is the article's voice; 'several' injured gives no number. The Bannu checkpost attack 'two days ago' and the ISPR's statement on it are context. Peshawar and Parachinar are the convoy's route.")

A("The Nation", "https://www.nation.com.pk/13-Feb-2023/police-repulse-terrorist-attack-in-lakki-marwat", "2023-02-13", "url",
"""Police repulsed an armed attack of the terrorists on a police station in Lakki Marwat district of the Khyber Pakhtunkhwa (KP) on Sunday night.

According to details, terrorists attacked the Bakhmal Police Station in Lakki Marwat and opened fire at the police personnel. Police returned the fire and after exchange of fire, the terrorist escape from the scene.

No casualty was reported in the incident. Sources said that tribal elders also took up arms and came out in large number to help police officials.

Earlier on February 7 (Tuesday), at least 12 terrorists were killed in an intelligence based operation (IBO) conducted by security forces and police in Lakki Marwat.

According to details, security forces and police conducted a joint operation in Shahbaz Khel area where they signaled a vehicle, going to Tank from Lakki Marwat, to stop upon which the terrorists traveling in the vehicle opened fire and tried to escape from the scene.

The law enforcing agencies destroyed the vehicle with rocket launcher due to which 12 terrorists were killed. Police sources said that the terrorists belonged to the banned Tehreek-e-Taliban Pakistan (TTP) Azhar-ud-Din group which was involved in a December 2022 terrorist attack in which six police officials were martyred.""",
[I("2023-02-12", "day", "PAK", KP, "Lakki Marwat", "armed_attack", "UNKNOWN", [])],
"An attack with a place and a day and no casualty. The 7 February operation (and the December attack it recalls) are context.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/13-Apr-2025/three-terrorists-killed-in-search-and-strike-operation-in-lakki-marwat",
  "2025-04-13", "url",
"""LAKKI MARWAT – Police gunned down three terrorists during a search and strike operation in Lakki Marwat, while several injured militants managed to flee.

Last night, upon detecting the presence of terrorists in the jurisdiction of Tajori Police Station, local police and peace committee members pursued the suspects. Acting swiftly on the information, District Police Officer Jawad Ishaq led a joint team of Lakki Marwat police, CTD, and Quick Response Force to the location and launched an operation, actively supported by the peace committee and residents.

At around 10:45 am, the operation led to a fierce gun battle in the forest area of Khankhel Mandzai, between Tajori and Bargai police stations, where 20 to 25 terrorists were engaged. The exchange of heavy gunfire lasted two hours.

Fighting bravely and without sustaining any losses, police neutralized three terrorists. Several others, though injured, managed to escape, prompting an ongoing search operation in the area.""",
[I("2025-04-12", "day", "PAK", KP, "Lakki Marwat", "armed_clash", None, [C(None, 3, comb=3)])],
"'Last night' (12 April) starts the operation. A police operation with a gun battle: a clash, no perpetrator. Police are the article's voice; 'several injured militants' gives no number.")

A("The Nation", "https://www.nation.com.pk/17-Jan-2024/lakki-marwat-police-repulse-terrorist-attack", "2024-01-17", "url",
"""Lakki Marwat police repulsed a terrorist attack on two police check posts.

According to police, terrorists equipped with rocket launchers and other advanced weapons attacked the police stations of Ghazni and Shehbaz Khel in Lakki Marwat.

The timely response by the police officials forced the terrorists to flee from the scene. No human loss was reported in the shootout.

Police commenced a clearance operation in the area following the attack.

Parts of Khyber Pakhtunkhwa have witnessed a surge in terror attacks in the recent past.

Earlier in October, a policeman was martyred in an attack carried out by terrorists in Dera Ismail Khan district of Khyber Pakhtunkhwa (KP).

According to police officials, the terrorists attacked the police camp near the toll plaza DI Khan.""",
[I("2024-01-17", "week", "PAK", KP, "Lakki Marwat", "armed_attack", "UNKNOWN", [])],
"No day: publication day, week. 'Ghazni' here is a police station's name, not the Afghan province. October's Dera Ismail Khan attack is context.")

# ---------------------------------------------------------------- across the border
A("Daily The Patriot", "https://dailythepatriot.com/unprovoked-afghan-shelling-at-chaman-border-has-injured-numerous-people/",
  "2022-12-15", "text",
"""QUETTA: More than a dozen people were hurt as a result of indiscriminate firing by Afghan border forces near the Chaman border crossing that targeted civilian areas on the Pakistani side.

At the Chaman border, which connects the western Balochistan region of Pakistan with the southern Kandahar province of Afghanistan, tensions erupted for the second time in less than a week. Afghan troops randomly fired heavy weapons, killing six Pakistani civilians and injuring 17 others.

As per Levies officials, all hospitals in the district have declared an emergency in order to treat the injured people, who also include women and children.

Officials claimed that the Pakistani military responded appropriately to the Afghan forces’ unprovoked shelling.

Prime Minister Shehbaz stated following the incident on December 11 that the killings “deserve the harshest condemnation.”""",
[I("2022-12-15", "week", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN", [C(None, injured=13)])],
"The second flare-up (the page's day, no day in the text: week). 'More than a dozen' hurt: 13. The six killed and 17 injured belong to the first flare-up of 11 December (context). Quetta is the dateline; Kandahar describes the border.")

A("Headline Clicker (Anadolu)", "http://www.headlineclicker.com/2013/09/afghanistan-accuses-pakistan-of-shelling-border/",
  "2013-09-16", "text",
"""Afghan officials on Monday accused the Pakistani military of firing roughly 40 missiles over the eastern Kunar province within the last 24 hours.

"There is no human loss, but the shelling damaged crops, forests and property," Kunar Governor Shuja-ul-Mulk Jalalah told Anadolu Agency.

He accused the Pakistani army of targeting the remote Nari and Dangam districts of his province.

"This is not the first time Pakistani forces fired missiles at Afghan soil," Kunar police chief Abdul Habib Saidkhail told AA.

He said some people had been killed and wounded in similar Pakistani shelling within the past three years, but could not provide exact death tolls.""",
[I("2013-09-16", "week", "AFG", "Kunar", None, "cross_border_fire", "PAK", [])],
"Pakistani shelling across the border with no casualty; two districts named: none. The statement's Monday, week precision (the last 24 hours). Earlier shelling is context.")

A("Rawa News (Pajhwok)", "http://www.rawa.org/temp/runews/2012/08/23/cross-border-attacks-displace-1-400-kunar-families.phtml",
  "2012-08-23", "url",
"""Local officials on Thursday alleged that 136 rockets fired from across the border in Pakistan had landed in the Dangam district of eastern Kunar province over the past two days.

A hundred rockets were fired by the Pakistani forces on Wednesday and another 36 early on Thursday, the governor's spokesman, Wasifullah Wasifi, told Pajhwok Afghan News.

He said residents suffered no life loss, but their houses were damaged and some household animals perished in the latest shelling.

About 4,000 missiles and rockets have so far been fired into Dangam and other nearby districts on the Pakistani border since the beginning of Afghan solar year. Ten civilians have been killed and 29 others injured, Wasifi said.

The assaults had displaced about 1,400 families into Asadabad, the provincial capital and Asmar district.""",
[I("2012-08-22", "day", "AFG", "Kunar", "Dangam", "cross_border_fire", "PAK", [])],
"Two days of rockets on Dangam: one incident, the earliest day. 'No life loss'. The tally since the start of the solar year (10 killed, 29 injured) is not this incident's. Asadabad and Asmar are where families went.")

A("Swarnim Times", "https://swarnimtimes.com/world/pakistani-airstrike-afghanistan", "2024-12-25", "inferred",
"""A Pakistani airstrike in Afghanistan’s Paktika province reportedly killed at least 46 people, including many civilians and children, according to Afghan Taliban spokesperson Hamdullah Fitrat. The incident, described as a “heinous act” by Afghanistan’s ruling Taliban, has further strained the already tense relations between the two neighbors.
The airstrike targeted the Barmal district of Paktika late Tuesday, primarily hitting civilians, many of whom were refugees from Pakistan’s Waziristan region. “Most of the civilians whom are Waziristani refugees, were targeted, and a number of civilians including children were martyred and injured,” the Afghan Ministry of Defense said in a statement. Additionally, six people, mostly children, were injured in the attack, Fitrat told AFP.
Local residents and security officials provided differing accounts of the death toll. Residents told the Associated Press (AP) that at least 13 people were killed, though they acknowledged that the toll could rise. Meanwhile, the Pakistani Taliban, also known as Tehreek-e-Taliban Pakistan (TTP), claimed the strike killed 50 people, including 27 women and children.
The Pakistani military has not commented on the alleged airstrike. However, unnamed security officials cited by the AP said the attack targeted a training facility for insurgents near the Afghan border.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, "at_least", 6), C(None, 13, "at_least"), C("TTP", 50)])],
"Late Tuesday, 24 December 2024 (published the next day). Three voices: the Taliban's spokesman, residents via AP (the article's voice), the TTP. '27 women and children' fills neither group alone.")

A("Baztab News (1TV)", "https://baztab.news/article/573105", "2018-04-15", "text",
"""Clash erupted between Afghan and Pakistani forces near Durand Line on Sunday morning, leaving at least five dead, an Afghan official said.

The battle happened after Pakistani forces attempted to seize a checkpoint of Afghan border guards in Zazai Maidan district of Khost province, Basir Khan, a spokesman for provincial police, told 1TV.

Local people also rose up to counter the aggression, the official said.

He said that three dead bodies of Pakistani forces were lying in the area.One Pakistani was arrested.

The clash also left an Afghan border guard and a civilian dead and two people injured, the official said.

In May last year, dozens were reported killed as the sides exchanged fire for several hours.""",
[I("2018-04-15", "day", "AFG", "Khost", "Jaji Maydan", "armed_clash", "PAK",
   [C(None, 3, sec=3), C(None, 2, injured=2, civ=1, sec=1)])],
"Zazai Maidan is the gazetteer's Jaji Maydan. The Pakistani forces started it (said the Afghan police, the article's voice): PAK; their own dead are a claim apart from the victims' (a border guard and a civilian). Last May's exchange is context.")

A("The Sacramento Bee (AP)", "http://www.sacbee.com/news/nation-world/article152343292.html", "2017-05-24", "text",
"""A Pakistani government official says a suspected U.S. drone strike has targeted a compound in Afghanistan, killing three local Taliban militants.

Kamran Afridi, an official in the Pakistani border town of Miran Shah, says the strike took place Wednesday just across the Afghan border in the village of Gurowek in Khost province.

A Taliban commander who identified himself as Abdullah Waziristani confirmed the attack, saying the targeted compound belonged to a local Taliban commander. There was no immediate confirmation from inside Khost province.""",
[I("2017-05-24", "day", "AFG", "Khost", None, "drone_strike", "OTHER", [C(None, 3, comb=3)])],
"A suspected US drone: OTHER. A local official is the article's voice. Miran Shah is where the official sits.")

A("IANS", "https://ianslive.in/pakistan-afghan-forces-exchange-heavy-fire-near-border--20251015084715", "2025-10-15", "text",
"""Kabul, Oct 15 (IANS) Pakistani and Afghan forces engaged in fierce cross-border clashes in the early hours of Wednesday, and reports of civilian casualties emerged from both sides, according to local media reports.

Heavy fighting broke out around 4 a.m. in Spin Boldak, a key border district between Afghanistan's Kandahar province and Pakistan's Balochistan region, Afghanistan-based Khaama Press reported, quoting sources.

The report further mentioned that the Pakistani forces shelled residential areas, forcing many civilians to flee their homes.

Ali Mohammad Haqmal, the information officer of Spin Boldak district, confirmed to the media that clashes between Afghan and Pakistani troops began early Wednesday and that both light and heavy weapons were being used.

The escalation follows a brief confrontation on Tuesday night near the border in Khost province, where Afghan forces and Pakistani border guards exchanged fire along the Durand Line.

No casualties were reported in that incident, according to media reports.

Tensions have been mounting for several days, particularly after Afghanistan claimed over the weekend that it had killed 58 Pakistani soldiers in retaliatory strikes on multiple military posts. Pakistan rejected those claims, stating it had lost 23 soldiers.""",
[I("2025-10-15", "day", "AFG", "Kandahar", "Spin Boldak", "armed_clash", None, [])],
"Clashes between the two forces, no figure. Kabul is the dateline. Tuesday's Khost exchange ('follows') and the weekend's figures (58, 23) are context.")

# ---------------------------------------------------------------- no incident: refugees, trade, diplomacy
A("Dunya News", "https://dunyanews.tv/en/Pakistan/876426-deadline-for-voluntary-repatriation-of-afghan-refugees-ends-deportati",
  "2025-04-01", "text",
"""PESHAWER (Dunya News) – The deadline for the voluntary repatriation of Afghan refugees has ended, and the process of deportation is set to begin today.

According to sources from Khyber Pakhtunkhwa Home Department, the deadline expired on March 31 and authorities will now proceed with sending Afghan refugees back.

Officials further stated that since 2013 approximately 6.5 million Afghan refugees have been repatriated to Afghanistan via Torkham border.""",
[], "Refugees; no incident.")

A("MENAFN (Pajhwok)", "https://menafn.com/1109410068/4000-Afghan-Families-Returned-From-Pakistan-Last-Week", "2025-04-09", "text",
"""JALALABAD (Pajhwok): About 4,000 Afghan families have returned to Afghanistan from Pakistan through the Torkham crossing over the past week, local officials in eastern Nangarhar province said on Wednesday.

This return follows the expiration of Pakistan's government deadline on 31st March, which required illegal Afghan migrants to leave the country or face forced deportation.

Since the expired of the deadline, police have started arresting and deporting Afghan refugees in Islamabad and Rawalpindi.

In a statement, the provincial media office said that most of the returnees were forcibly deported, primarily from Khyber Pakhtunkhwa, Punjab, and other regions of Pakistan.""",
[], "Refugees; no incident.")

A("Pakistan Observer", "https://pakobserver.net/?p=496099", "2023-10-07", "inferred",
"""Afghan refugees are returning to Afghanistan through Torkham border and in the last four days around two hundred Afghan migrant families left for their country, an official of the Torkham Border said here Saturday. Giving detail on the assurance of not to be named, the official disclosed that 198 families were transported to Afghanistan through 54 vehicles through Torkham border. The International Organization for Refugees (IOM) is also registering returning Afghan refugees at Torkham border, he said.

Earlier this week, the government gave an ultimatum to all undocumented immigrants, including Afghan nationals, to leave Pakistan by October 31, or else risk imprisonment and deportation to their respective countries.""",
[], "Refugees; no incident. Published on the Saturday after the ultimatum of 3 October 2023 (inferred).")

A("Afghanistan Peace Campaign (Al Jazeera)", "https://afghanistanpeacecampaign.org/2023/10/31/thousands-of-afghan-refugees-fleeing-pakistan-as-deportation-deadline-looms/",
  "2023-10-31", "url",
"""Islamabad, Pakistan – Thousands of Afghan refugees and migrants in Pakistan are heading to the border to return home a day before a government-imposed deadline to leave the country expires.

Earlier this month, Pakistan’s interim interior minister, Sarfaraz Bugti, issued an October 31 deadline for all “illegal” refugees and migrants to leave, citing security concerns.

The deportation order came during a dramatic surge in armed attacks in Pakistan, which the government blames on Afghanistan-based groups and nationals, allegations denied by the Afghan Taliban.

“There have been 24 suicide bomb attacks since January this year and 14 of them were carried out by Afghan nationals,” Bugti said on October 3 when he announced the repatriation plan.""",
[], "Refugees; the count of suicide attacks since January is a tally, not an incident.")

A("Al Jazeera", "https://www.aljazeera.com/news/2023/2/23/afghanistan-reopens-key-pakistan-trade-route-islamabad-to-follow",
  "2023-02-23", "url",
"""Islamabad, Pakistan – The Taliban government in Afghanistan has reopened a key border crossing with Pakistan after four days of closure that saw thousands of trucks carrying food and other items stranded at the frontier.

Pakistani authorities on Thursday said they will also open their side of the Torkham crossing after completing the “administrative requirements”.

The decision to reopen the border crossing came a day after a high-level Pakistani delegation, led by Defence Minister Khawaja Asif, visited Kabul on Wednesday to discuss security and other matters.

Hours later, the Afghan embassy in Islamabad tweeted that the Torkham trade route, closed since Sunday over a “breach of commitments” by Islamabad, will be reopened on Thursday morning.""",
[], "Trade and diplomacy; no incident.")

A("Afghanistan International", "https://afintl.com/en/202302251321", "2023-02-25", "url",
"""Taliban-controlled National Radio Television Afghanistan (RTA) reported that the Torkham border crossing had been fully reopened on Saturday. The border crossing had been conditionally reopened on Friday after being closed for five days.

Earlier, Ziaul Haq Sarhadi, the director of the Pakistan-Afghanistan Joint Chamber of Commerce and Industry, said that over the last five days, more than seven thousand trucks of goods have been stuck due to the closure of the Torkham crossing.

Sources from Jalalabad city told Afghanistan International that up to 3,000 trucks most of which transport coal to Pakistan, have been stopped at the Torkham border.""",
[], "Trade; no incident (trucks are not casualties).")

A("Telegram Guru (The Express Tribune)", "https://telegram-guru.blogspot.com/2023/09/torkam-border-set-to-reopen-on-friday.html",
  "2023-09-14", "inferred",
"""The Torkham border crossing, a vital conduit for trade and human traffic between Afghanistan and Pakistan, is set to resume regular operations from Friday, following an eight-day suspension. The border crossing was closed after Pakistan accused Afghanistan of construction of a new structure on its territory, leading to an exchange of fire between the security forces of the two countries. As a result of the closure, hundreds of trucks and travellers were stranded on the Pakistan-Afghanistan border.

Asmat Ullah Yaqub, the person in charge of Torkham border affairs, confirmed to The Express Tribune about the reopening of the crossing. "At eight o'clock tomorrow, the gate will be open as usual for transit and passengers,” he stated.""",
[], "Trade; the exchange of fire that closed the crossing eight days before is context. Published the day before the Friday reopening (15 September 2023, inferred).")

A("The Frontier Post", "https://thefrontierpost.com/bajaur-blast-assistant-commissioner-among-5-martyred/", "2025-07-02", "inferred",
"""F.P. Report

BAJAUR: A bomb blast rocked the Nawagai area of Bajaur district on Wednesday, killing at least four people and injuring 10 others, police confirmed.

According to Bajaur DPO Waqas Rafique, a government vehicle was targeted in the explosion that occurred on Nawagai Road in the Siddiqabad railway crossing area of Khar tehsil. Among those martyred were Nawagai assistant commissioner Faisal Sultan, the local tehsildar, subedar Noor Hakim, constable Rashid and a passerby.

The blast occurred while the officials were travelling through the area. Law enforcement officials said the nature of the blast is being investigated, but initial reports suggest it was an improvised explosive device (IED) planted to target the government vehicle.

Four of the bodies were shifted to Khar Hospital, according to hospital sources, while the rescue activities went on in the area. Four of the injured were said to be in critical condition and were shifted to Peshawar for further treatment.""",
[I("2025-07-02", "day", "PAK", KP, "Bajaur", "bombing", None, [C(None, 4, "at_least", 10)])],
"The blast was on Wednesday 2 July 2025 (the page's stamp says 1 July): published that day, inferred. An IED with nobody named: no perpetrator. The five named dead are not a stated figure; the police's 'at least four' stands. Peshawar is a destination.")

A("The Nation", "https://www.nation.com.pk/08-May-2023/pak-afghan-fms-pledge-anti-terrorism-coordination", "2023-05-08", "url",
"""ISLAMABAD - Foreign Minister Bilawal Bhutto Zardari and his Afghan counterpart have emphasised the need for enhanced coordination to counter terrorism and deepening bilateral cooperation.
“The foreign ministers reaffirmed their desire to pursue continuous and practical engagement,” the Foreign Office said in a statement issued here.
The FO statement said that the two sides held a candid and in-depth exchange on key issues of mutual concern, including peace and security, as well as trade and connectivity.
Earlier in the day, FM Bilawal said it was an honour to host the foreign ministers of China and Afghanistan at the 5th China-Pak-Afghan Trilateral FMs dialogue.""",
[], "Diplomacy; no incident.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/10-Nov-2021/afghanistan-fm-arrives-in-islamabad-on-maiden-visit", "2021-11-10", "url",
"""ISLAMABAD – Afghanistan’s interim foreign minister arrived in Islamabad on a three-day visit for discussions that would focus on enhanced trade, cross-border movement, land and aviation links, and regional connectivity, said foreign office in a statement.
This is the first visit of Amir Khan Muttaqi to Pakistan since the Taliban seized control of Kabul on August 15.
He is leading a 20-member delegation comprising Minister for Finance Hidayatullah Badri, and Minister for Industries and Trade Nooruddin Aziz.
Pakistani officials including Adviser to PM on Trade Abdu Razak Dawood received the delegation at the Nur Khan airbase.""",
[], "Diplomacy; a 20-member delegation is not a casualty figure.")

A("The Nation", "https://www.nation.com.pk/30-Nov-2022/khar-holds-political-talks-with-afghan-taliban-leaders-in-kabul", "2022-11-30", "url",
"""ISLAMABAD - Pakistan aims to boost cooperative relations with Afghanistan, halt to attacks from Afghan soil, Minister of State for Foreign Affairs Hina Rabbani Khar told her Afghan counterpart and other senior Afghan officials during the day-long visit to Kabul. Khar held political consultations with the leadership of the interim government of Afghanistan and discussed multilateral matters of importance. In a meeting with deputy Prime Minister Abdul Salam Hanafi, which was also attended by Minister for Mines and Petroleum Shahabuddin delawar, the discussions focused on bilateral trade, connectivity and people-to-people contacts. The attacks on Pakistani territory from the Afghan soil were also discussed and the Afghan officials were asked to take steps for stopping this dangerous trend.""",
[], "Diplomacy; attacks mentioned in general, no incident.")

if __name__ == "__main__":
    # Scored once at the end of round 3; development data since round 4.
    write(lambda index: {"id": f"heldout3-{index:03d}", "split": "dev", "first_split": "heldout3"})
