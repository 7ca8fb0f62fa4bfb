"""Writes crates/extract/gold/gold-heldout6.jsonl: the sixth held-out set (split "heldout6").

Real passages collected with the search tool from stored news pages and labelled by hand in one
sitting, following the written conventions (crates/extract/gold/README.md), by a helper session
that never ran the extractor, nor read its source, word lists, docs or tests. They were chosen as
an ordinary daily mix rather than for difficulty: attacks on police and soldiers in Khyber
Pakhtunkhwa and Balochistan (gunmen, roadside bombs, suicide bombings, fire from across the
border), cross-border fire and clashes both ways (Afghan forces before 2021, Pakistani forces on
Kunar and Nangarhar), a US drone strike and a Pakistani air strike, Afghan officials of the
Islamic Republic (the article's voice) beside the ISPR, police, district administrations,
hospitals and the TTP; figures in words and digits, "at least", "about", groups of women,
children and policemen, a toll that rose; and five passages with no incident (diplomacy, trade,
refugees). From 2010 to 2025. None of these URLs is in gold.jsonl or
gold-heldout2/3/4/5.jsonl (checked on exact and normalised addresses; two candidates whose URLs
were already there were dropped), and no passage shares a figure sentence with them (checked on
shared 8-word sequences: what remains shared is a place phrase and a boilerplate clause). Helpers
and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- attacks on police and passers-by, gunmen
A("Dawn", "https://dawn.com/news/1501507/two-passers-by-killed-in-attack-on-security-post-in-dera-ismail-khan", "2019-08-25", "text",
"""DERA ISMAIL KHAN: Suspected militants attacked a police check-post in the Daraban area of Dera Ismail Khan late on Friday night, leaving two passers-by dead and two others injured.

Sources said that a group of 10 to 12 militants on motorcycles opened fire on the post and fled.

As a result, an employee of a nearby petrol filling station and another man passing by the area were killed. Two other passers-by suffered injuries, they said.

The deceased were identified as Samiullah and Naqibullah and the injured as Bangal, hailing from Quetta, and Peer Mohammad. They were taken to hospital.

Security forces started a search in the area to track down the attackers. However, no arrests were made till filing of this report.

On July 21, a suicide attack on a government-run hospital in Dera Ismail Khan followed hot on the heels of a gun assault on a check-post, where two constables were martyred. The bomber had detonated explosives strapped to his body at the entrance to the hospital where the two martyred constables had been shifted. Four policemen and three civilians had been killed in the suicide bombing.

Four terrorists were killed during a search operation carried out by security forces in Kulachi tehsil of Dera Ismail Khan on Aug 17.

It may be mentioned that law enforcement agencies have long pointed to the presence and growing activities of militants in the Dera Ismail Khan district.""",
[I("2019-08-23", "day", "PAK", KP, "D. I. Khan", "armed_attack", "UNKNOWN",
   [C(None, 2, injured=2)], loc="Daraban")],
"Late on Friday night: Friday 23 August 2019 (published Sunday 25th, in the page). Suspected militants, no group named: UNKNOWN; gunmen opening fire on a post: armed attack. Two passers-by killed and two injured, the article's voice (sources); 'passers-by' is not the word civilians, so no group figure. The 10 to 12 militants are attackers, not casualties. The July 21 attacks (two constables; four policemen and three civilians) and the four terrorists killed on 17 August are earlier events named as context, not incidents. The photo caption is left out.")

A("Dawn", "https://www.dawn.com/news/1628438/two-police-officers-protecting-polio-team-shot-dead-in-mardan?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29", "2021-06-09", "text",
"""Unidentified assailants shot and killed on Wednesday two police officers assigned to protect polio vaccination workers in Mardan district of Khyber Pakhtunkhwa, police said.

The victims, identified as police constables Shakir and Syed Raza, were on security duty for the polio team and were on their way back to the police station on a motorcycle after safely dropping the team off, said District Police Officer (DPO) Zahidullah. He added that the two had been shot at by unknown assailants who then managed to escape.

According to the DPO, the two policemen died on the spot. The bodies were shifted to the Mardan District Headquarters Hospital for post-mortem. The DPO further said that the police had launched an operation to search for the assailants and evidence was being collected from the crime scene.

KP Chief Minister Mahmood Khan took notice of the incident, saying the elements involved in the incident will not be able to escape the "grip of the law". He added that the provincial government will take every step to help the martyrs' families.

"The elements involved in the incident are the enemies of our children. The provincial government is committed to rid the province of the poliovirus," he said.

In a tweet, the spokesperson for the provincial government, Kamran Bangash, termed the incident "deeply saddening". He added that KP Chief Minister Mahmood Khan had also expressed grief over the incident and ordered a full investigation.

No one claimed responsibility for the attack, which came two days after the federal government launched a nationwide drive to eradicate the crippling disease by the end of the year.

Militants often target polio teams and police assigned to protect them, claiming the vaccination campaigns are a 'Western conspiracy' to sterilise children.""",
[I("2021-06-09", "day", "PAK", KP, "Mardan", "armed_attack", "UNKNOWN",
   [C(None, 2, sec=2)])],
"Wednesday 9 June 2021 (the page's date line). Two police officers shot dead: police (the DPO) are the article's voice; 'two police officers' is a group alone, so also the total (killed 2, security forces 2). Unidentified assailants and 'no one claimed responsibility': UNKNOWN. The chief minister and the government spokesperson give no figure. The page's last, cut paragraph is left out.")

A("ARY News", "https://arynews.tv/policeman-polio-guard-duty-dies-firing-jamrud/", "2025-02-03", "text",
"""KHYBER: Motorbike riding gunmen shot dead a police official on the duty to guard polio vaccinators in Khyber district on Monday, ARY News reported.

The martyred policeman was identified as Abdul Khaliq.

Police officials said that Abdul Khaliq was going for his duty to guard the polio vaccinators, when motorbike riding armed men targeted him in the area of Jamrud town in northwestern Khyber Pakhtunkhwa province at Jamrud Sakhi bridge.

Local police official Zarmat Khan told AFP, "Two motorcycle riders opened fire on him". "The constable died instantly at the scene."

Police investigators found two spent bullets of 30 bore gun from the crime scene and further inquiring into the attack.

Pakistan and neighbouring Afghanistan are the only countries where polio is endemic and militants target vaccination teams and their security escorts.

Pakistan recorded at least 73 polio infections last year compared to six in 2023. The vaccination campaign which started on Monday is the first of the year and is due to last a week.

"Despite the incident, the polio vaccination drive in the area remains ongoing," Khan said.""",
[I("2025-02-03", "day", "PAK", KP, "Khyber", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)], loc="Jamrud")],
"Monday 3 February 2025 (the page's date line). A police official shot dead by gunmen on a motorbike, nobody named: UNKNOWN. One killed, a policeman (security forces 1), in the article's voice (police). Polio infections (73, six) are not casualties.")

A("Business Recorder", "https://www.brecorder.com/news/40139601/gunmen-kill-policeman-guarding-polio-vaccinators", "2021-12-13", "text",
"""PESHAWAR: Gunmen shot dead a policeman guarding a polio vaccination team in von Sunday in the second such killing in two days, police said. The attack in the Khyber Pakhtunkhwa came a day after two men with the Pakistani Taliban gunned down another police officer who was guarding a similar vaccination team in the same area.

"Two gunmen riding a motorbike opened fire on a policeman who was guarding a two-member female polio vaccination team in the Sheikh Uttar area, killing him on the spot," Tank district police chief Sajjad Khan told AFP.

Another local police official, Amanat Ali, confirmed the incident and said the assailants had escaped. No one has claimed responsibility for the killing, but a spokesman for the Pakistani Taliban earlier claimed Saturday's attack.""",
[I("2021-12-12", "day", "PAK", KP, "Tank", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)])],
"Sunday 12 December 2021 (published Monday 13th, the page's date line). A policeman killed (security forces 1); the Tank district police chief is the article's voice. 'No one has claimed responsibility': UNKNOWN. Saturday's killing of another police officer, claimed by the Pakistani Taliban, is the earlier event named as context ('a day after'), not an incident. The typo 'in von Sunday' is as published.")

# ---------------------------------------------------------------- bombings in Quetta
A("The News", "https://thenews.com.pk/print/615459", "2020-02-18", "inferred",
"""QUETTA: At least eight people—including two police officers—were killed and 23 others wounded in a suicide blast near Quetta Press Club on Monday, officials said.

A young suicide bomber was trying to enter a religious rally but police intercepted him at a security barrier at the city's Shahra-e-Iqbal Road. "As police were searching him, he detonated his vest, resulting in the killing of eight people including two policemen, while injuring 23 others," senior police official Abdul Razzaq Cheema told AFP.

The toll was confirmed by a local hospital spokesman, Mohammad Waseem Baig. No group immediately claimed responsibility for the blast. In January, at least 15 people, including Deputy Superintendent of Police (DSP) Ammanullah and the Imam of the mosque, were killed and 19 others sustained injuries in a powerful explosion at a mosque in the provincial capital's Satellite Town. The bomb explosion took place when the people were offering Maghrib prayers.""",
[I("2020-02-17", "day", "PAK", BAL, "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 8, "at_least", 23, sec=2)])],
"The page gives no date: the print edition of Tuesday 18 February 2020, inferred from the events (the Satellite Town mosque blast of January 2020 as context); 'on Monday' is 17 February. Officials, the police official and the hospital spokesman are one voice, the article's: at least eight killed, 23 wounded; 'including two police officers' gives security forces 2. A suicide bomber, no claim: UNKNOWN. The January mosque explosion (at least 15 killed, 19 injured) is context. Advertising links after the text are left out.")

A("Geo News", "https://geo.tv/latest/146786-explosion-heard-near-igp-office-in-quetta", "2017-06-24", "text",
"""QUETTA: Fourteen people, including seven policemen, were killed and 21 injured in a suicide car bombing near the office of the inspector general of police Balochistan on Gulistan Road early Friday.

The bodies and the 21 people injured in the attack were shifted to Civil Hospital Quetta, said hospital officials.

Civil Defence Director Aslam Tareen, quoting the initial investigation report, revealed that 75 kilogrammes of explosives were used in the attack, which was said to be the result of a suicide bombing.

Talking to Geo News, Tareen added experts also discovered ball bearings and various kinds of nuts and bolts were used in the blast to inflict maximum damage.

Balochistan government spokesperson Anwarul Haq Kakar said the suspected bomber, likely travelling in Toyota Corolla, tried to break a security perimeter to target police offices situated nearby, but blew up after policemen standing guard at the location attempted to stop him.

Kakar added India is using terror as a tool against the people of Pakistan, adding that it [India] is playing an extremely irresponsible role in Balochistan.

Security officials also confirmed that the blast was the result of a vehicle-borne improvised explosive device (VBIED) which exploded after the 'suspicious' driver was spotted by policemen.

Addressing the media earlier, DIG Quetta Abdul Razzaq Cheema said they are examining CCTV footage to determine further details about the incident.

Security forces cordoned off the site of the blast and began investigating after rescue services shifted the injured and deceased to the hospital.

Officials said body parts of the suspected bomber, strewn across the site of the blast, were being collected along with other evidence for forensic examination.""",
[I("2017-06-23", "day", "PAK", BAL, "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 14, injured=21, sec=7)])],
"Early Friday: 23 June 2017 (the page is dated June 24, 2017). Fourteen killed 'including seven policemen' (security forces 7) and 21 injured, the article's voice (hospital officials repeat the 21). A suicide car bombing: suicide_bombing. The suspected bomber is not tied to a group; the provincial spokesperson's remark that India 'is using terror as a tool' is a general accusation, not a claim that India carried out this attack: UNKNOWN (unsure: it could be read as alleging India, OTHER). 75 kg of explosives are not casualties.")

A("The Asian Age", "http://archive.asianage.com/international/death-toll-quetta-suicide-attack-rises-seven-615", "2013-05-13", "inferred",
"""The death toll in a devastating suicide attack targeting the provincial police chief in Quetta city of southwestern Pakistan rose to seven today with several injured persons dying in hospital.

The bomber detonated his explosives-laden pick-up truck near the official residence of Balochistan police chief Mushtaq Sukhera in a high-security area of Quetta last night.

Sukhera, who was returning home from work, escaped unhurt.

Four policemen were among the dead. About 70 people, including 27 policemen, were injured by the powerful blast that created a crater 12 feet deep and seven feet wide.

Buildings within a radius of 1.5 km, including the governor house, chief minister's house, Quetta Press club, and dozens of shops on Jinnah road, were damaged by the blast.

The provincial police chief's residence was extensively damaged and several cars were destroyed by the blast.

The windows of offices of several media organisations were blown out. The blast also hit members of a political party who were returning from a protest.

Police officials said an estimated 2,000 kg of explosives were used in the attack, for which no group claimed responsibility.

The police officials said the bomber had followed the police chief's motorcade when he returned home from work.

Some reports said the suicide attack was followed by intense firing. It could not be ascertained who had opened fire.

TV news channels reported that several rockets were fired at different parts of Quetta before the suicide attack. The attack came a day after Pakistan's general elections.

A string of gun and bomb attacks during and after the polling claimed nearly 50 lives.""",
[I("2013-05-12", "day", "PAK", BAL, "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 7, injured=70, sec=4)])],
"The page gives no date: published 13 May 2013, inferred ('a day after Pakistan's general elections' of 11 May; 'rose to seven today'). 'Last night' is the day before publication, 12 May. A toll that 'rose to' seven (exact); four policemen among the dead (security forces 4); 'about 70' injured is 70 (injured has only a value; the 27 policemen are part of them). A suicide bomber, 'no group claimed responsibility': UNKNOWN. The rockets fired earlier have no casualties; 'nearly 50' lives in election attacks is a tally, context.")

A("Th3 Blogs", "http://th3blogs.com/pakistan-eight-killed-in-hospital-blast", "2010-04-17", "text",
"""A suicide bomber attacked an emergency room of a hospital in Quetta, located in southwest Pakistan, killing eight people, including three policemen. Approximately 35 people were wounded in the attack. The explosion occurred in the Civil Hospital of the city.
"The latest death toll is eight," Qazi Abdul Wahid, police chief of the province, told Agence France-Presse news agency. He said that two senior police officers, a police commando along with a cameraman for a local television channel, died in the attack. Four other journalists were wounded, he added. Hospital authorities confirmed these figures. Television footage showed rescuers carrying away the dead and the injured from the scene of the incident.
"It appears to be sectarian violence," Wahid added. "Evidence collected so far indicate it (the blast) was a suicide attack," he commented. Mohammad Iqbal, another police official stated "it was a suicide attack." "We have found legs and head from the blast site. We have also found metal pellets, usually stuffed in suicide vests, from the blast site", Iqbal noted.
The hospital was full of journalists who were reporting about the shooting of a bank manager belonging to the Shiite community. Mohammad Sabir, another police official, claimed the room was full of the manager's friends and family when the suicide bomber attacked.
Quetta is the capital of the Baluchistan province of the country. It has frequently witnessed disputes and clashes between the Sunni and Shiite communities. Several people have died in multiple conflicts in the province. In February this year, suspected Sunni insurgents blew up a bus with Shiite worshippers. Two hours after the incident, a hospital treating the victims was attacked. 25 people died in that incident, with 100 being injured.""",
[I("2010-04-17", "week", "PAK", BAL, "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 8, injured=35, sec=3)])],
"The blog post is dated Saturday, April 17, 2010 (text); the text gives no day for the bombing: the publication day, week precision. Eight killed 'including three policemen' (security forces 3); 'approximately 35' wounded is 35 (injured has only a value); the police chief's 'latest death toll is eight' is the same voice (police are the article's voice), and the officers, commando, cameraman and four journalists are parts. A suicide bomber, 'sectarian violence' names no group: UNKNOWN. The shooting of the bank manager (no figure) and February's bus bombing (25 killed, 100 injured) are context.")

# ---------------------------------------------------------------- fire from across the border on Pakistani posts (ISPR)
A("Business Recorder", "https://www.brecorder.com/news/40169124/three-soldiers-martyred-in-another-attack-from-afghanistan", "2022-04-24", "text",
"""RAWALPINDI: Three Pakistani soldiers were martyred as terrorists opened fire on Pakistani troops from across the Afghan border in North Waziristan.

According to a statement issued by the ISPR on Saturday, the terrorists from inside Afghanistan across the international border opened fire on Pakistani troops in general area Dewagar in North Waziristan District.

The ISPR said Pakistani troops responded to the terrorists' attack in a befitting manner. As per credible intelligence reports, due to the Pakistani troops' retaliation, the terrorists suffered heavy casualties.

However, during the fire exchange, Havaldar Taimoor (resident of Jhelum, age 30 years), Naik Shoaib (resident of Attock, age 38 years) and Sepoy Saqib Nawaz (resident of Sialkot, age 24 years), having fought gallantly, embraced Shahadat (martyrdom).

Pakistan strongly condemned the use of Afghan soil by terrorists for activities against Pakistan and expected that the Afghan government will not allow conduct of such activities in the future, the ISPR statement said.

It further said Pakistan Army is determined to defend Pakistan's borders against the menace of terrorism and such sacrifices of our brave men further strengthen our resolve.

Last Sunday, Pakistan Foreign Office had called on the Taliban government in Kabul to take "stern actions" against militants launching attacks against the country from inside Afghanistan.

"Pakistan, once again, strongly condemns terrorists operating with impunity from Afghan soil to carry out activities in Pakistan," the foreign ministry said in the statement. "Pakistan requests the sovereign Government of Afghanistan to secure Pak-Afghan Border region and take stern actions against the individuals involved in terrorist activities in Pakistan.\"""",
[I("2022-04-23", "week", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 3, sec=3)], loc="Dewagar")],
"Published 24 April 2022 (the page's date line). Nothing dates the attack; 'a statement issued by the ISPR on Saturday' dates the statement (23 April): week precision. Terrorists (not a country's forces) firing from across the border: an armed attack by unnamed militants, UNKNOWN. The lead's three soldiers (security forces 3) have no attribution: the article's voice; the ISPR names three soldiers but gives no number of its own, and 'heavy casualties' of the terrorists has no number. The page's last, cut paragraph (an earlier attack) is left out.")

A("The Frontier Post", "https://thefrontierpost.com/soldier-martyred-in-attack-from-afghan-border/?utm_source=rss&utm_medium=rss&utm_campaign=soldier-martyred-in-attack-from-afghan-border", "2022-09-20", "inferred",
"""RAWALPINDI: A soldier was martyred after terrorists from Afghanistan opened fire on Pakistan Army troops in Dwatoi area of North Waziristan district, the Inter-Services Public Relations (ISPR) said in a statement on Tuesday.

According to the ISPR handout, the incident took place on September 19 (Monday) as terrorists from inside Afghanistan opened fire. "Our troops responded befittingly. As per credible intelligence, due to our troops firing terrorists suffered heavy casualties," the ISPR added. However, during the fire exchange, 34-year-old Sepoy Nazar Muhammad, a resident of Jaffarabad, was martyred, the ISPR said.

"Pakistan strongly condemns use of Afghan soil by terrorists for activities against Pakistan & expects that the Interim Afghan Government will not allow conduct of such activities, in future". "Pakistan Army is determined to defend Pakistan's borders against the menace of terrorism & such sacrifices of our brave soldiers further strengthen our resolve," it added.""",
[I("2022-09-19", "day", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C("PAK", 1, sec=1)], loc="Dwatoi")],
"The page gives no date: Tuesday 20 September 2022, inferred (the ISPR's statement 'on Tuesday' about 'September 19 (Monday)'). The text dates the incident itself: 19 September, day precision. The lead sentence is attributed to the ISPR: PAK, one soldier killed (security forces 1). 'Heavy casualties' of the terrorists has no number. Terrorists from Afghanistan, none named: UNKNOWN.")

A("Dawn", "https://www.dawn.com/news/1625182/soldier-martyred-in-terrorist-firing-from-afghanistan?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29", "2021-05-23", "text",
"""KARACHI: A Pakistan soldier was martyred in an exchange of fire with Afghanistan-based terrorists in North Waziristan tribal district on Saturday night.

According to an Inter-Services Public Relations (ISPR) statement, terrorists based inside Afghanistan from across the international border opened fire on a military post in North Waziristan tribal district.

The Pakistani troops responded to the attack in a befitting manner. However, the ISPR said, during the fighting Sepoy Umar Daraz received a bullet injury and embraced martyrdom. The 32-year-old soldier hailed from Jhang.

Pakistan has consistently asked Afghanistan to ensure effective management and control on their side of the Pakistan-Afghan border.

Pakistan strongly condemns the continuous use of Afghan soil by terrorists for activities against Pakistan, it added.

Such attacks are common as earlier in the second week of May, one soldier was injured after terrorists opened fire from across the Pakistan-Afghanistan border at a military check-post in the Bajaur district of Khyber Pakhtunkhwa.""",
[I("2021-05-22", "day", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)])],
"Saturday night 22 May 2021 ('Published in Dawn, May 23rd, 2021', in the page; that line is left out). The lead (no attribution, the article's voice): one soldier killed (security forces 1); the ISPR names the soldier with no number of its own. Terrorists based inside Afghanistan opened fire on a post: armed attack by unnamed militants, UNKNOWN. The Bajaur soldier injured in the second week of May is an earlier event named as context.")

A("The Nation", "https://nation.com.pk/15-Oct-2020/pak-army-soldier-martyred-in-terror-attack-from-across-afghan-border", "2020-10-15", "url",
"""ISLAMABAD - A Pak Army soldier was martyred and another injured after terrorists opened fires from across the Pak-Afghan border at a Pakistan post, said the Inter-Services Public Relations (ISPR) directorate on Wednesday.

The martyred soldier has been identified as Havaldar Tanveer. "Terrorists fired from across on Pakistan Army post along the Pak-Afghan border in Bajaur. Resultantly Havaldar Tanveer embraced Shahadat while one soldier got injured," said the ISPR.

In September, a soldier was martyred during an exchange of fire with terrorists in South Waziristan's Shakai Vally. The troops were patrolling in the area after they had received reports about the presence of terrorists there.

On September 22 also, a post located in Bajaur sector of the international border, came under fire from Afghan territory, resulting in the martyrdom of a soldier.

Islamabad has consistently been raising the issue of border management with Kabul to avoid the use of Afghan soil for attacks against Pakistan but the authorities on the other side of the border remain unmoved.""",
[I("2020-10-14", "week", "PAK", KP, "Bajaur", "armed_attack", "UNKNOWN",
   [C("PAK", 1, injured=1, sec=1)])],
"Published 15 October 2020 (url). No day for the attack; the ISPR's statement 'on Wednesday' (14 October) dates it: week precision. The ISPR (PAK): one soldier killed (security forces 1) and one injured; Bajaur is named in its quotation. Terrorists firing from across the border, none named: UNKNOWN. The September deaths in Shakai and Bajaur (22 September) are context.")

A("Samaa", "https://www.samaa.tv/news/2019/05/three-soldiers-martyred-in-cross-border-north-waziristan-terror-attack/", "2019-05-01", "inferred",
"""Three soldiers have been martyred while other seven were left injured on Wednesday in a cross-border attack by a group of 60-70 terrorists in North Waziristan.

The soldiers who embraced martyrdom were identified as Lance Naik Ali, Lance Naik Nazeer and Sepoy Imdadullah.

"A group of 60-70 terrorists from across the border from bases in Afghanistan attacked troops undertaking fencing effort along the Pak-Afghan Border in Alwara, North Waziristan," said a statement issued by the Inter-Services Public Relations (ISPR).

The statement added that several terrorists were killed in retaliatory firing by the Pakistan Army. "Attack effectively responded and repulsed by troops in the area."

The statement further says that Afghan soil should not be used against Pakistan.

"While Pakistan security forces are solidifying border security through fencing and construction of forts to deny liberty of action to the terrorists, Afghan Security Forces and the authorities need to have more effective control in the border region to support Pakistan's efforts as well as deny the use of Afghan soil against Pakistan."

ISPR has also said that Pakistan will continue to fence the border despite all obstacles.""",
[I("2019-05-01", "day", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 3, injured=7, sec=3)], loc="Alwara")],
"The page gives no day (May 2019 in the url): Wednesday 1 May 2019, inferred, and 'on Wednesday' resolves to it. The lead has no attribution: the article's voice, three soldiers killed (security forces 3) and seven injured. The ISPR's 'several terrorists were killed' has no number (no claim for the attackers). 60-70 terrorists are the attackers, not casualties; none is named: UNKNOWN.")

# ---------------------------------------------------------------- roadside bombs
A("The Nation", "https://nation.com.pk/18-Sep-2017/tehsildar-among-six-die-in-bajaur-blast", "2017-09-18", "url",
"""PESHAWAR -  A roadside bomb killed a political tehsildar and five Levies personnel in Tangi Gari Kal area of Bajaur Agency on Sunday.

Several people were also injured in the blast. The incident took place at about 12:30 pm.

According to a local source, political tehsildar Fawad Ali along with Levies personnel was traveling with the police to attend a meeting in the Bajur tribal region when, in Upper Mamond area, their vehicle was struck by the device.

"A government official and five security personnel were among the killed," said a political administration official of the agency, adding that the target of the militants was the security forces.

Anwarul Haq, another tribal official, said the device was detonated remotely, and that a search for the perpetrators was underway.

Soon after the incident, Khasadar and Levies men rushed to the site and took part in rescue activities.

The injured were shifted to the Agency Headquarters Hospital Bajaur Agency where they were provided emergency medical treatment.

The killed were identified as Fawad Ali, Motabar, Baradar, Jan Mohammad, Yousaf and Rasheed.

Security forces cordoned off the area and started a search operation in the surrounding areas to apprehend the culprits.

Tehreek-e-Taliban Pakistan (TTP) spokesperson, Mohammad Khorasani, claimed responsibility for the attack. Khorasani said militants had planted an improvised explosive device "to target security personnel" in the Bajaur Agency.

In a statement sent to media via email, Muhammad Khurasani asserted the blast killed seven people, including Ali.

Meanwhile, Prime Minister Shahid Khaqan Abbasi strongly condemned loss of precious lives in Bajaur blast on Sunday that resulted in martyrdom of political tehsildar and others, said an official statement.

The prime minister prayed for the departed souls and expressed deep grief and condolences for the bereaved families.""",
[I("2017-09-17", "day", "PAK", KP, "Bajaur", "bombing", "TTP",
   [C(None, 6, sec=5), C("TTP", 7)], loc="Tangi Gari Kal, Mamond")],
"Sunday 17 September 2017 (published Monday 18th, url). A remotely detonated roadside bomb: bombing (no suicide word); the TTP claimed it: TTP. 'A political tehsildar and five Levies personnel' are groups joined by 'and': 6 killed, security forces 5 (the tehsildar is a civil official); the administration official's 'a government official and five security personnel' is the same figure in the article's voice. 'Several' injured gives no number. The TTP spokesman's own figure, seven killed, is a separate voice: a claim by TTP (named party). The prime minister gives no figure. The last, cut paragraph is left out.")

A("The Express Tribune", "https://tribune.com.pk/story/1576611/six-killed-miranshah-ied-blast-targeting-military-vehicle?amp=1", "2017-12-05", "inferred",
"""PESHAWAR:
At least six people were martyred in a roadside bomb attack targeting a military vehicle in the North Waziristan (NWA) tribal region on Tuesday.
The military vehicle was carrying three potential recruits in the town of Mir Ali, a main town of NWA, when it was targeted, administration officials said.
The improvised explosive device (IED) was fitted to a motorcycle which was parked at a roadside. It was remotely detonated when the military vehicle drove past.
Kamran Afridi, the political agent of North Waziristan, confirmed to The Express Tribune that all three on board the military vehicle were martyred.
Of the three other fatalities, Afridi said they were passers-by riding in a motorcycle rickshaw at the time of the blast.
North Waziristan had been a stronghold of a potpourri of militants, including foreigners, until they were routed in a massive military operation, codenamed Zarb-e-Azb, in 2014.
Their bomb-making factories and their command and control centre were decimated in the operation. The remaining militants fled across the border into Afghanistan where they have found sanctuaries.
According to Pakistani officials, these terrorists, who enjoy state patronage, use the Afghan soil as a springboard for mounting attacks in Pakistan. Kabul, however, denies the charge.
The deadly bomb attack came days after terrorists, armed with heavy weapons and suicide vests, rampaged through Agriculture Training Institute in Peshawar, killing nine people.
The terrorists live-streamed their bloody rampage on their mobile phone to their handlers in Afghanistan. The Pakistani military said the attackers had been in contact with their handlers in Afghanistan throughout the rampage.""",
[I("2017-12-05", "day", "PAK", KP, "North Waziristan", "bombing", None,
   [C(None, 6, "at_least")], loc="Mir Ali")],
"The page gives no date: Tuesday 5 December 2017, inferred ('days after' the Agriculture Training Institute attack in Peshawar of Friday 1 December); 'on Tuesday' resolves to it. At least six killed (administration officials and the political agent, the article's voice); the three on board and the three passers-by are parts of the six, and neither group is named as soldiers or civilians in numbers of their own. An IED fitted to a motorcycle, remotely detonated, with nobody named or said to have claimed it: bombing, no perpetrator. The Peshawar attack (nine killed) is context. The headline and the page's repeated opening are left out.")

A("The Nation", "https://nation.com.pk/28-Apr-2019/3-levies-men-martyred-in-north-waziristan-blast", "2019-04-28", "url",
"""Peshawar - Three Levies personnel were martyred and one other got injured as improvised explosive device (IED) went off near a checkpost in tehsil Shiwa of North Waziristan district on Saturday.

The victims were rushed to Bannu for medical aid soon after the incident. Two Levies personnel Ameer Zaman and Abdul Wali were among the victims.

An eyewitness said that a huge blast took place as the Levies personnel arrived at the spot. The security forces conducted search operation in the area following the incident.

The martyred and injured security personnel were local residents of the area.

According to Sputnik, security officials and witnesses told RFE/RL the bomb attack targeted a checkpoint of the locally recruited tribal force in the Shiwa area, about 20 kilometres east of the border with Afghanistan.

Members of the paramilitary force in the area told RFE/RL that the bomb had been planted at the checkpoint during the early morning hours when there were no security forces present.

They said the bomb was detonated at 8 am when four members of the Khasadar force arrived for duty and entered the post.

There was no immediate claim of responsibility for the attack. The Tehrik-e Taliban Pakistan (TTP) has previously claimed responsibility for similar attacks in North Waziristan.

Khyber Pakhtunkhwa Chief Minister Mahmood Khan condemned the incident and extended condolences to the families of the martyred personnel.

"Terrorists cannot diminish our hope through such incidents and we will eliminate terrorism. No religion allows attacks on innocent people," the KP chief minister added.""",
[I("2019-04-27", "day", "PAK", KP, "North Waziristan", "bombing", "UNKNOWN",
   [C(None, 3, injured=1, sec=3)], loc="Shiwa")],
"Saturday 27 April 2019 (published Sunday 28th, url). Three Levies personnel killed (a group alone: killed 3, security forces 3) and one injured, the article's voice. An IED planted at the checkpoint with 'no immediate claim of responsibility': an attacker is implied, UNKNOWN (the TTP's earlier claims of similar attacks are context, not an allegation for this one). The four Khasadar men who arrived are not a casualty figure. Bannu is where the victims were taken. A second story on the page (arrests in Kohat) is left out.")

A("Dawn", "http://dawn.com/news/1042842/fonts.googleapis.com", "2013-09-14", "text",
"""KHAR: A bomb explosion Saturday killed two members of a pro-government aman lashkar (militia) and wounded four others during an archaeological dig in the tribal Bajaur region close to the Afghanistan border, officials said.

The incident took place in the mountainous area of Darra in Salarzai tehsil, 30 kilometres northeast of Khar, the main town of Bajaur agency.

"About a dozen members of the local peace committee were digging at an excavation site when a remote controlled bomb went off, killing two members and wounding four others," senior local administration official Sardar Yousuf said.

The men belonged to the Salarzai peace committee, a local tribal militia supported by the government to fight Taliban and anti-state militants.

The group was digging in the area to look for antiquities.

Another local administration official Asad Sarwar also confirmed the incident and casualties.

The injured were shifted to agency headquarters hospital in Khar.

No militant group has yet accepted responsibility for the explosion.""",
[I("2013-09-14", "day", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 2, injured=4)], loc="Darra, Salarzai")],
"Saturday 14 September 2013 ('Published September 14, 2013', in the page). Officials and the local administration officials are the article's voice: two killed, four wounded. Members of a pro-government tribal militia are not a security-force group in the contract's sense (no group figure). A remote-controlled bomb and 'no militant group has yet accepted responsibility': UNKNOWN. 'About a dozen' members digging are not casualties.")

A("The Friday Times", "https://thefridaytimes.com/21-Oct-2021/attacks-in-khyber-pakhtunkhwa-five-security-personnel-martyred-in-separate-incidents", "2021-10-21", "url",
"""Five security personnel were martyred in two separate incidents in Khyber Pakhtunkhwa on Wednesday.

Bajaur police told newsmen that a roadside bomb went off in Mamund tehsil near the Pak-Afghan border. The explosion occurred while a team of security forces and police were conducting a search operation in the area following an earlier explosion that had targeted a vehicle of a contractor. Two people were injured the attack.

Police officials said four personnel —Jamshed and Mudassir of the Frontier Constabulary and police constables Noor Rahman and Samad Khan were killed in the second explosion.

Police said an IED device had been planted before the first explosion. A team of security personnel later reached the site and moved bodies of the deceased to the district headquarters hospital in Khar for formalities.

The site of the explosion has been cordoned off and a search operation was launched to trace those involved in the blast.

No group immediately claimed responsibility for the bombing. Tribal elders and political figures condemned the incident and asked the authorities to take serious action against the attackers.

Earlier, an army soldier was martyred in a terrorist attack on the Chapri Waziran check post adjacent to North Waziristan tribal district.

Officials said a sepoy of the Thall Scouts — identified as Waqas, 28, a resident of Mansehra —was killed during an exchange of fire that lasted several hours.

The Inter-Services Public Relations said in a statement that troops initiated a prompt response and effectively engaged the terrorists. Area clearance was being carried out to eliminate any terrorists found in the locality.""",
[I("2021-10-20", "day", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 4, sec=4)], loc="Mamund"),
 I("2021-10-20", "day", "PAK", KP, "Bajaur", "bombing", None,
   [C(None, injured=2)], loc="Mamund"),
 I("2021-10-20", "day", "PAK", KP, None, "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1)], loc="Chapri Waziran check post")],
"Wednesday 20 October 2021 (published the 21st, url). Three incidents in the order the text tells them. (1) The roadside bomb in Mamund that killed four personnel (two FC and two police constables, named: a group alone, killed 4, security forces 4), police the article's voice; 'no group immediately claimed responsibility for the bombing' follows it: UNKNOWN. (2) The earlier explosion the same day that targeted a contractor's vehicle, two injured (injured has only a value); an IED 'planted', with no attacker named and the no-claim sentence tied to the second blast: no perpetrator (unsure: UNKNOWN is also defensible). (3) The attack on the Chapri Waziran check post ('earlier', no date of its own: the date of the incident before it); officials (the article's voice): one sepoy killed; unnamed terrorists: UNKNOWN; the text names no district for the post (only that it is adjacent to North Waziristan): district empty. The lead's 'five security personnel' is the sum of (1) and (3), not a claim. The ISPR gives no figure. The page's last, cut paragraph is left out.")

# ---------------------------------------------------------------- fire and clashes across the border, both ways
A("Pakistan Today", "https://www.pakistantoday.com.pk/2020/02/03/seven-of-a-family-killed-as-mortar-fired-from-afghanistan-hits-house-in-pakistan/", "2020-02-03", "url",
"""KHAR: A mortar shell fired from Afghanistan hit a house in a border village in the Khyber Pakhtunkhwa province on Sunday, killing seven people who were members of the same family, officials said.

"The mortar fired from Afghanistan hit the house of local villager Fazal Ghani. He along with his wife and five other members of the family died on spot," senior police official Gulzar Khan told AFP.

The dead included three women, three children and the head of the family. The incident took place in Batwaar Bangro village, some 50 kilometre from Khar, the main town of Bajaur tribal district.

Khan said police and rescue officials helped the villagers retrieve dead bodies when they reached the site. "The house (was) completely destroyed in the attack," Khan said.

Anwar ul Haq, a senior government official in the area, confirmed the incident and the death toll and said the mortar was fired from Kunar province, across the border in Afghanistan.

Haq said the mortar collapsed the roof of the house, killing the family members. Islamabad this week briefly closed the Torkham border crossing after a mortar fired from Afghanistan landed in Pakistan.

All seven tribal districts in Pakistan were once a focal point in the global war on terror but were brought under the control of Pakistani authorities after the passage of legislation in 2018 backed by major political parties.

Security has improved in the region in recent years, with the army carrying out multiple operations there. Terrorist attacks in Pakistan from across the border with Afghanistan have also decreased.

A report by the United Nations had last week endorsed a long-standing claim by the Pakistan government about the country being a victim of cross-border terrorism emanating from Afghanistan.

The report, released by the Monitoring Team of UN Security Council expressed concern over the growth of terrorist organizations in Afghanistan and their impact on the region, reported Radio Pakistan.""",
[I("2020-02-02", "day", "PAK", KP, "Bajaur", "cross_border_fire", None,
   [C(None, 7, women=3, children=3)], loc="Batwaar Bangro")],
"Sunday 2 February 2020 (published Monday 3rd, url). A mortar shell fired from Kunar across the border into Bajaur: cross-border fire; the text names no one who fired it: no perpetrator. Officials, the police official and the government official are the article's voice: seven killed; 'three women, three children and the head of the family' are the parts (women 3, children 3; they add up to 7). The earlier mortar that closed Torkham has no casualty: context. The page's last, cut paragraph is left out.")

A("The Philadelphia Inquirer (AP)", "https://www.inquirer.com/philly/news/nation_world/20130503_Afghan-Pakistan_clash_turns_deadly.html", "2013-05-03", "url",
"""KABUL, Afghanistan - An Afghan border policeman was killed in an exchange of fire with Pakistani troops along the country's contested eastern border, an Afghan security official said Thursday, in an incident that threatens to further inflame tensions.

Pakistani forces fired artillery rounds late Wednesday at Afghan border police in the Goshta district of Nangarhar province, according to Interior Ministry spokesman Sediq Sediqi. In an ensuing five-hour firefight, one border policeman was killed, he said.

Pakistan's government blamed Afghan forces for opening fire at a border post and described the incident as one of many "repeated violations" of the border. A statement said two Pakistani paramilitary soldiers were wounded.

"This is not the first time that the heavy fire was initiated from the Afghan side causing heavy injury and damage to the Pakistani structures," the Pakistani Foreign Office said. It added that the Afghan ambassador to Islamabad was summoned to the ministry and a complaint was filed.

Ties between the neighbors have been severely strained in recent months, and the mountainous region where the latest shooting took place has seen acrimonious exchanges between the two sides over the demarcation of their border.

A Western military official said the Pakistanis fired tank rounds into the Afghan side of the border as part of the exchange of fire. The official said it was not clear what started the skirmish, which was observed remotely by the U.S.-led coalition.""",
[I("2013-05-01", "day", "AFG", "Nangarhar", "Goshta", "armed_clash", None,
   [C(None, 1, sec=1), C("PAK", injured=2)])],
"Late Wednesday: 1 May 2013 (the latest Wednesday before the url's 3 May; the Afghan official spoke on Thursday). An exchange of fire between the two countries' forces: armed clash; each side blames the other: no perpetrator. The Interior Ministry spokesman of the Islamic Republic (2013) is the article's voice: one border policeman killed (security forces 1). Pakistan's government statement (PAK): two paramilitary soldiers wounded, a claim with only an injured figure. The Western official gives no figure. The page's repeated opening is left out.")

A("Pajhwok Afghan News", "https://www.pajhwok.com/en/2020/09/04/pakistan-fencing-inside-afghan-soil-prevented-amarkhel", "2020-09-04", "url",
"""JALALABAD (Pajhwok): Afghan forces frustrated Pakistani militia forces' attempt to build a fence inside Afghanistan 's territory in eastern Nangarhar province, the governor said late Thursday.

Ziaul Haq Amarkhel tweeted that the Pakistani forces against all norms and principles wanted to work on a fence in Ghowargi area of Momand Dara district near the Torkham town.

However, he said the vigilant Afghan border forces bravely prevented the move in defense of their motherland and now the situation was calm.

Amarkhel's spokesman Attaullah Khogyani said a clash occurred after the Pakistani forces tried to build a fence in Ghowargi area, leaving one Afghan border policeman dead and three injured. He said the governor remained in constant contact with the border forces and had praised their bravery.""",
[I("2020-09-03", "week", "AFG", "Nangarhar", "Muhmand Dara", "armed_clash", "PAK",
   [C(None, 1, injured=3, sec=1)], loc="Ghowargi")],
"Published Friday 4 September 2020 (url). Nothing dates the clash itself; 'the governor said late Thursday' dates the statement (3 September): week precision. Momand Dara is the gazetteer's Muhmand Dara. A clash between the two countries' forces: armed clash; the governor's office says it followed the Pakistani forces' attempt to fence inside Afghan territory: the party the text alleges, PAK (unsure: the text does not say who fired first). The governor's spokesman (the Islamic Republic's official in 2020, the article's voice): one border policeman killed (security forces 1), three injured.")

A("Dawn", "https://dawn.com/news/1043931/five-killed-in-border-firing-by-afghan-troops", "2013-09-19", "inferred",
"""QUETTA / ISLAMABAD, Sept 18: At least five Pakistanis, a woman among them, were killed and 25 others injured when Afghan National Army personnel opened fire at a border village in Zhob district on Wednesday.

According to official sources, the woman and her three brothers were among the victims and a Levies man was injured in the pre-dawn incident.

Security personnel have reached the Karez Qamaruddin village. The Afghan forces started firing indiscriminately at the village without any provocation. Those killed belonged to the Loion tribe.

Personnel of Levies and other law-enforcement agencies took the injured to the Zhob hospital.

"The death toll may increase because 25 people have suffered bullet wounds and the condition of some of them is critical," the sources said.

They said the Afghan forces were continuing to fire intermittently and Pakistani officials were trying to contact Afghan border authorities.

Zulfiqar Durrani, a senior administration official in Zhob, told AFP: "Their soldiers entered Pakistani territory to launch indiscriminate fire."

AP quoted another official as saying that the victims might have strayed across the porous border to get fodder for their cattle.

However, Daulat Khan Zadran, police chief of Afghanistan's Paktika province, said the men were Taliban militants killed in a confrontation with Afghan security forces. He said the bodies of three of the slain men were still in Afghanistan.

In Islamabad, the Afghan charge d'affaires was summoned to the Foreign Office on Wednesday and a strong protest was lodged over the death of five Pakistanis in cross-border firing.

The Foreign Office demanded an investigation into the incident and said Afghans must adhere to an agreed border coordination mechanism among Pakistan, Afghanistan and the International Security Assistance Force.""",
[I("2013-09-18", "day", "PAK", BAL, "Zhob", "cross_border_fire", "OTHER",
   [C(None, 5, "at_least", 25, women=1)], loc="Karez Qamaruddin")],
"Wednesday 18 September 2013 (the dateline 'Sept 18'; the page gives no publication date: the next day's print, inferred). Afghan National Army personnel firing on a Pakistani border village: cross-border fire; Afghan forces before August 2021 are OTHER. Official sources (the article's voice): at least five killed, 'a woman among them' (women 1), 25 injured (the Levies man is one of them). The Paktika police chief (the Islamic Republic's official, the article's voice too) says they were Taliban militants but gives no other total (three bodies in Afghanistan are part of the five). The Foreign Office repeats five. The page's last, cut paragraph is left out.")

A("The Nation", "https://nation.com.pk/17-Jun-2011/afghan-militants-storm-pak-villages", "2011-06-17", "url",
"""BAJAUR Armed with sophisticated weapons, over 300 militants Thursday crossed into Pakistan and attacked villages in Bajaur Agency, killing five people, three women and two children, while eight others sustained injuries. In a pre-dawn attack, at about 4am the group of militants crossed over the Pak-Afghan border along the Kunar province of Afghanistan and attacked Pakistani villages Manu Jangal and Takha, adjacent to the border at tehsil Mamoond. Over 300 militants, who were armed with mortars, rockets and machine guns, targeted civilians. It has also been reported that the militants have detained and taken away some volunteers of local peace Lashkar formed against militants in Bajaur. Soon after the militants attack on the villages, personnel of law enforcement agencies backed by volunteers of local Lashkar retaliated with full forces. The militants went back into Afghanistan. It was believed that some of the attackers were also killed but the toll was not known. Sources said that after the happening, reinforcements have been dispatched to the area. Sources said exchange of fire between security forces and the militants continued till 1pm. In a similar incident on June 1, hundreds of militants attacked Barawal area in Upper Dir on the Afghan border, and reportedly a total of 80 people, 32 policemen and some locals, were killed in the standoff. Agencies add: Afghan officials deny any cross-border attack and instead accused Pakistani troops of killing six people in a rocket attack on Wednesday. It was the third such attack reportedly carried out by hundreds of fighters into northwest Pakistan this month. The border is porous and tensions between Afghans and Pakistanis are high. Muhammad Ilyas Khan, a government official in Mamoond, and security officials in the northwest confirmed the attack and casualties.""",
[I("2011-06-16", "day", "PAK", KP, "Bajaur", "armed_attack", "UNKNOWN",
   [C(None, 5, injured=8, women=3, children=2)], loc="Manu Jangal and Takha, Mamoond"),
 I("2011-06-15", "day", "AFG", None, None, "cross_border_fire", "PAK",
   [C(None, 6)])],
"Published Friday 17 June 2011 (url); 'Thursday' is 16 June. (1) Over 300 militants from Kunar stormed villages in Bajaur: an armed attack by militants of no named group, UNKNOWN; five killed, 'three women and two children' (the parts: women 3, children 2), eight injured, the article's voice; the attackers' losses have no number. (2) Afghan officials (the Islamic Republic's, in 2011: the article's voice) accuse Pakistani troops of a rocket attack on Wednesday (15 June) that killed six: a separate event the article reports, cross-border fire by PAK, in Afghanistan with no province named (unsure whether it counts as an incident or as context). The Upper Dir siege of 1 June (80 killed) is an earlier event named as context. The stored page is one long paragraph; it is cut at the end of a sentence, before a quotation that the page itself cuts.")

A("Kabul Now", "https://kabulnow.com/2021/06/11-pakistanis-among-27-taliban-militants-killed-in-paktia/", "2021-06-17", "inferred",
"""As many as 27 Taliban militants, including 11 Pakistani nationals and two commanders of the group, were killed and 12 others wounded in a counterattack by army forces in Paktia province, an army source reported.

The army launched the counterattack on Wednesday, June 16, following the militants attacked outposts of Afghan border forces in Bayankhel village of Zazi Aryob district, said Aimal Khan Momand, press officer at the 203 Tandar Miliatry Corps.

The army forces also seized a large number of ammunitions left by the Taliban, he added.

The military official also confirmed that three border forces were killed and six others wounded after the Taliban militants detonated a car bomb in the battle against Afghan forces.

He added that the militants were pushed back from the area.

The Taliban, however, has not commented regarding the incident so far.

Located in southeast of the country, Paktia is one of the most volatile provinces where the Taliban actively operate, particularly in the districts bordering with Pakistan.

In the latest operations to reclaim lost territories, Afghan forces pushed back militants from Dawalat Abad district in Faryab which had fallen to the Taliban on June 08 and Khanabad district in Kunduz which had fallen to the militant group on June 14.""",
[I("2021-06-16", "day", "AFG", "Paktia", "Jaji", "armed_attack", "TALIBAN",
   [C(None, 3, injured=6, sec=3), C(None, 27, injured=12, comb=27)], loc="Bayankhel")],
"Wednesday 16 June 2021, the text's own date (the page gives none: published the next day, inferred from the url's month). Zazi Aryob is the gazetteer's Jaji (alias Aryub Zazai). The Taliban (insurgents in 2021) attacked border outposts; the army's counterattack is part of the same fight: one incident, armed attack by TALIBAN. The 203rd Corps press officer and 'an army source' (the Islamic Republic's, the article's voice): the victims, three border forces killed (security forces 3) and six wounded; the attackers' dead, 27 Taliban (combatants 27) and 12 wounded, a separate claim; the 11 Pakistanis and two commanders are parts. 'As many as 27' is read as the figure 27 (the conventions map 'up to' to at_most; unsure whether 'as many as' should be at_most). Dawlat Abad (8 June) and Khanabad (14 June) are context.")

A("Kabul Now", "https://kabulnow.com/2025/01/pakistan-launches-missile-attack-on-afghanistans-kunar-province-sources-confirm/", "2025-01-10", "inferred",
"""KABUL, AFGHANISTAN – The Pakistani army has reportedly launched dozens of missiles into the border region of Afghanistan's eastern Kunar province, the second such attack within a week.

Local sources have confirmed that at least 50 missiles were fired at several villages in Sirkanay district in the early hours of Friday, January 10.

There have been no reports as yet regarding potential casualties or damage from the incident. However, sources indicate that local residents, fearing for their safety, have fled their homes and moved to nearby areas.

The Taliban authorities have not provided any comment on the matter at this time.

This attack follows another similar incident earlier this year on January 2, when the Pakistani army fired multiple mortars into three villages in eastern Khost province.

Additionally, on December 24, 2024, Pakistani fighter jets bombed several locations in eastern Paktika province, an attack that, according to the Taliban, resulted in over 50 casualties, including women and children.

Islamabad has described its actions in the border region as part of a "counterterrorism operation," claiming they target hideouts of the Pakistani Taliban (TTP). Pakistan accuses the Afghan Taliban of harboring the militant group and allowing them to use Afghan soil as a base to plan and launch attacks in Pakistan. Since the Taliban's takeover of Afghanistan in August 2021, Islamabad has reported a significant rise in terrorist activity.

The Taliban, however, denies these allegations, asserting that the TTP operates from within Pakistan and that they are not responsible for the security of neighboring countries.""",
[I("2025-01-10", "day", "AFG", "Kunar", "Sar Kani", "cross_border_fire", "PAK", [])],
"Friday 10 January 2025, the text's own date (the page gives no publication date: the same day, inferred). Missiles fired by the Pakistani army into Kunar across the border: cross-border fire by PAK. Sirkanay is the gazetteer's Sar Kani. 'No reports as yet regarding potential casualties': an incident with no claim; 50 missiles are not casualties. The Khost mortars of 2 January and the Paktika strikes of 24 December 2024 ('over 50 casualties', killed and injured together) are earlier events named as context.")

# ---------------------------------------------------------------- a drone strike and an air strike in North Waziristan
A("Pakistan Today (archive)", "https://archive.pakistantoday.com.pk/2011/07/12/us-drone-strike-kills-12-militants-in-nwa/", "2011-07-12", "url",
"""A US drone strike targeting a compound in North Waziristan Agency on Monday killed at least 12 militants, local security officials said. Two unmanned aircraft fired four missiles, hitting the compound and a vehicle parked in Gorwaik area of Datta Khel town, 45 kilometres west of Miranshah, the main town of the agency, a senior official based in Peshawar said.
"Two missiles struck the compound and another two hit a vehicle," the official said. "At least 12 militants were killed in this American drone attack." A second security official based in Miranshah confirmed the death toll.""",
[I("2011-07-11", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C("PAK", 12, "at_least", comb=12)], loc="Gorwaik, Datta Khel")],
"Monday 11 July 2011 (published the 12th, url). A US drone: OTHER. 'Local security officials said' is PAK (named security officials, not unnamed 'sources'): at least 12 militants (combatants 12); the senior official and the second security official repeat the same figure. Four missiles and two aircraft are not casualties.")

A("South China Morning Post", "http://www.scmp.com/news/asia/article/1557287/civilian-deaths-anti-taliban-air-raid-stoke-anger-pakistans-lawless", "2014-07-22", "text",
"""When Pakistani air force jets rained down missiles on a village in the country's violence-wracked northwest last week, it was described as yet another victory over Taliban insurgents in an ongoing military offensive.

Now an account has emerged of the killing of dozens of women and children, sparking anger over rising civilian casualties and fears that a fresh generation of radicals is being created.

"Today early morning 35 fleeing terrorists were killed through aerial strikes in Shawal Valley." That was how the military's information wing chose to describe the July 16 incident.

The terse press statement was among regular updates by the army since the operation in the North Waziristan tribal district, aimed at clearing Taliban strongholds, began in mid-June.

Almost 500 "militants" are said to have been killed in the campaign, which has been enthusiastically backed by political parties and media, who see it as a means of tackling a decade-long Islamist insurgency that has claimed thousands of lives.

But the official toll has been impossible to verify, raising questions on the true human cost.

According to multiple accounts, 37 civilians were killed in Thursday's attack, including 20 women and 10 children.

While villagers grieve, the incident has become a focus of rising anger among tribesmen who have fled to border towns inside Pakistan, and who threaten to march on Islamabad if the operation does not end.

The bombardment in the Shawal Valley began just before 1am, lighting up the sky as residents of Zoi Saidgai village ate pre-dawn Ramadan meals.""",
[I("2014-07-16", "day", "PAK", KP, "North Waziristan", "air_strike", "PAK",
   [C("PAK", 35, comb=35), C(None, 37, civ=37, women=20, children=10)], loc="Zoi Saidgai, Shawal Valley")],
"Published Tuesday 22 July 2014 (in the page). The strikes by Pakistani air force jets: air strike by PAK, dated by the text's 'the July 16 incident' (the article also calls it 'Thursday's attack', which would be 17 July; the explicit date is used, unsure). Two voices with two figures: the military's information wing (PAK) 35 'terrorists' (combatants 35); 'multiple accounts' (the article's voice) 37 civilians, including 20 women and 10 children (parts). 'Dozens of women and children' has no number; 'almost 500' militants in the campaign is a tally, context. The page's last, cut paragraph and its headers are left out.")

# ---------------------------------------------------------------- no incident: diplomacy, trade, refugees, a UN tally
A("Newslab Media", "https://newslabmedia.com/2022/01/pak-afghan-trade-facilities-at-crossing-points-to-be-enhanced", "2022-01-31", "inferred",
"""ISLAMABAD: Pakistan's National Security Adviser Moeed Yusuf, who also heads Afghanistan Inter-Ministerial Coordination Cell (AICC), visited Kabul on 29-30 January 2022.

The purpose of the visit was to discuss with Afghanistan's leaders the humanitarian needs of the country and Pakistan's proposal to deepen economic involvement in addressing the current challenges facing by Afghanistan. The delegation included Afghanistan's envoy, Ambassador Muhammad Sadik, and senior officials from relevant ministries.

During the two-day visit, the NSA called on Afghanistan's Acting Deputy Prime Minister Mullah Abdus Salam Hanafi and the Acting Foreign Minister Mullah Amir Khan Muttaqi to discuss the current situation in Afghanistan and strengthening of bilateral relations between the two countries, says a press release.

Dr Moeed Yousuf also held delegation level meetings with other relevant Afghan Ministers and senior officials dealing with humanitarian and economic issues. The visit yielded substantive outcomes in terms of forward movement on trade facilitation and social sector support. Both sides agreed to establish a National Level Coordination Mechanism for enhancing facilitation at Border Crossing Points. They also agreed to initiate barter trade, modalities for which will be worked out immediately.

During the visit, Pakistan offered Afghanistan capacity building and training support in multiple sectors including Health, Education, Banking, Customs, Railways and Aviation, among others. Both sides also reiterated their commitment to early completion of the three major connectivity projects, CASA- 1000, TAPI, and Trans-Afghan Rail project.

Afghanistan and Pakistan emphasized their commitment to ensuring peace and stability in both countries. Dr Yusuf thanked the interim Afghan government for their warm hospitality.""",
[], "A diplomatic visit (Kabul, 29-30 January 2022; the page gives no day: published after the visit, inferred 31 January). No attack and no casualty figure: no incident.")

A("The Public Purview", "https://thepublicpurview.com.pk/pakistan-afghanistan-make-progress-on-trade-transit-in-kabul-talks", "2024-03-29", "inferred",
"""Pakistan and Afghanistan reached some agreements during trade talks in Kabul, including the start of negotiations on a revised transit trade agreement and the introduction of a temporary entry document (TAD) for commercial vehicle drivers, officials said on Friday.
The talks came amid tensions following Pakistan's March 18 airstrikes in Afghanistan's Patika and Khost provinces as part of "intelligence counter-terrorism operations" that Afghan officials said killed eight people.
The Foreign Office confirmed the attacks, saying they were aimed at Hafiz Gul Bahadur's group, which has been responsible for several terrorist attacks in Pakistan, including one on security forces in North Waziristan that killed seven soldiers.
Foreign Ministry (FO) spokesperson Mumtaz Zahra Baloch said at a weekly press briefing on Thursday that Commerce Minister Mohammad Khurrum Agha visited Afghanistan from March 24 to 27 to discuss bilateral trade and transit with his Afghan counterpart Nooruddin Azizi. The two sides discussed bilateral Preferential Trade Agreement, TAD implementation for commercial vehicle drivers, multimodal air transit and issues related to transit trade.
"We are encouraged by the progress made on these issues and remain committed to promoting trade and people-to-people relations with Afghanistan," the FO said. Pakistan embassy officials in Kabul today said progress has been made on many issues – including bilateral preferential trade agreement, air transit, operation of border crossings 24/7 for commercial purposes, resolution of transit trade through Afghanistan and Afghan transit trade passing through Pakistan.
Afghan chargé d'affaires Sardar Shakib Ahmad rushed to Kabul to inform officials of his meetings in Islamabad. He met Afghanistan's Acting Foreign Minister Amir Khan Muttaq and briefed him on recent developments in Afghanistan-Pakistan relations, Foreign Ministry Deputy Spokesman Hafiz Zia Ahmad Takkal said.""",
[], "Trade talks in Kabul (the page gives no date: Friday 29 March 2024, inferred from the visit of 24-27 March and 'officials said on Friday'). The March 18 air strikes (eight killed, per Afghan officials) and the attack that killed seven soldiers are earlier events named as context, not the news: no incident. The page's last, cut paragraph is left out.")

A("Manila Bulletin (AP)", "https://mb.com.ph/2025/08/06/pakistan-extends-afghan-refugee-deportation-deadline-to-sept-1", "2025-08-06", "url",
"""PESHAWAR, Pakistan — Pakistan extended the deadline for the deportation of millions of Afghan refugees to Sept. 1, officials said Wednesday as the United Nations welcomed the decision while expressing concern over coerced returns.
Afghans have fled to Pakistan over the past four decades to escape war, political instability and economic hardship in their homeland. An estimated 1.4 million are now registered with the U.N. refugee agency and have Proof of Residence cards, or PoR, issued by Pakistani authorities, which have refused to reissue them after June 30, the original deadline for voluntary reptariation, drawing criticism from rights groups.
The refugees will be allowed a "grace period" of 25 days, from August 4 to August 31, to voluntarily return to their home country, said Lateef-ur-Rehman, a spokesman for the Home and Tribal Affairs Department. He added that Islamabad approved the new deadline this week, after which those remaining could face arrest and forced expulsion.
Islamabad is also targeting an additional 800,000 with Afghan Citizen Cards, who it says reside in the country illegally.
While the U.N. refugee agency welcomed the extension decision, it warned that forced deportation could violate the international principle of non-refoulement, which prohibits the return of individuals to a country where they face serious threats to their life or freedom.""",
[], "Refugees: a deportation deadline extended (Wednesday 6 August 2025, the url's date). Refugee counts (1.4 million, 800,000) are not casualties: no incident. Photo captions and the page's last, cut paragraph are left out.")

A("EFE", "https://efe.com/en/latest-news/2023-11-01/afghan-refugees-sleep-rough-after-leaving-pakistan-amid-threat-of-deportations/", "2023-11-01", "url",
"""Kabul, Nov 1 (EFE).- Hundreds of families were forced to spend the night outdoors, with their belongings, due to the lack of shelters in Afghanistan, a country unable to cope with the massive influx of Afghan refugees coming in from Pakistan.

Pakistan's Oct. 3 ultimatum to undocumented foreigners, including 1.7 million Afghans, to leave the country and avoid being forcibly expelled, came to an end at midnight.

The main border between the two countries, the Torkham Pass, has been overwhelmed by the tens of thousands of people waiting to cross to avoid being forcibly deported.

Once they arrive on Afghan soil, they find collapsed shelters with no facilities to start a new life in their own country, despite promises from the interim Taliban government that they would build temporary shelters.

"Most of us have not received tents, food or water, and we stay on the streets or public areas without any shelter," Haji Afzal Khan, 70, told EFE after returning to Afghanistan.

The chaos on the Pakistan-Afghanistan border forced authorities on Tuesday to extend the deadline to leave Pakistan by another day.

From Thursday, any undocumented migrant in the country will be transferred to detention centers and then sent back to their home nation.

But many Afghan refugees will be left in Pakistan after the deadline due to severe restrictions imposed by the Taliban on women, who are prohibited from making long journeys without the company of a male family member.""",
[], "Refugees returning through Torkham as Pakistan's deadline ended (1 November 2023, the url's date). Families, the 1.7 million and the returnee's age are not casualties: no incident. Photo captions and the page's last, cut paragraph are left out.")

A("Insight Online News (UNI)", "https://insightonlinenews.in/afghanistanpak-to-form-joint-trade-commission/", "2021-11-12", "text",
"""Kabul, Nov 12 : Afghanistan and Pakistan have agreed to establish a high-level interstate commission that will deal with trade issues between the two countries, the Afghan Foreign Ministry said.

The decision was made at a meeting of Amir Khan Muttaqi, the acting Afghan foreign minister, appointed by the Taliban, and his Pakistani counterpart, Shah Mahmood Qureshi, on Thursday.

The commission is expected to be tasked with monitoring the implementation of a bilateral trade strategy.

Last month, the Pakistani top diplomat said the countries had agreed to simplify travel between the countries. At the meeting in question, Qureshi detailed Islamabad's initiatives regarding Kabul, including free access to all Pakistani ports for Afghan traders, the free movement of heavy vehicles, resumption of the movement of passenger buses, and an increase in air traffic.""",
[], "Diplomacy and trade: a joint trade commission agreed by the two foreign ministers (dateline 'Kabul, Nov 12'; the year, 2021, from the Taliban's acting foreign minister meeting Qureshi). No incident and no figure.")

if __name__ == "__main__":
    # Scored once at the end of round 6; development data since round 7.
    write(lambda index: {"id": f"heldout6-{index:03d}", "split": "dev", "first_split": "heldout6"})
