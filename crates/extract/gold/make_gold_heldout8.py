"""Writes crates/extract/gold/gold-heldout8.jsonl: the eighth held-out set (split "heldout8").

Real passages collected with the search tool from stored news pages (corpus "pages") and labelled
by hand in one sitting, following the written conventions (crates/extract/gold/README.md), by a
helper session that never ran the extractor, nor read its source, word lists, docs, tests or
golden output. They were chosen as an ordinary daily mix of the frontier's news from 2010 to 2025,
from outlets and years the earlier sets use less, and for events not yet in the sets: suicide
bombings at the Ghalanai political agent's office (Mohmand, 2010), a WFP food point in Khar
(Bajaur, 2010, beside helicopter raids in Mohmand the same day), the Jamrud mosque (Khyber, 2011),
a Tirah peace-committee post (2014), the Payee Khan mosque (Mohmand, 2016) and the Bara tehsil
compound (Khyber, 2023, beside a shooting in Peshawar the night before); the Kalaya bazaar blast
(Orakzai, 2018, a toll that rose); roadside and planted bombs in Bajaur (2012, 2017), Mohmand
(2014, claimed by Jamaat-ul-Ahrar), North Waziristan (2020, 2020, 2021, 2022), Chaman (2021,
claimed by the TTP) and D. I. Khan (2025, Balochistan Levies); cross-border raids from Kunar on
Upper Dir (2011, a toll that rose; 2012, with the army's and the TTP's figures) and Chitral (2011);
gunmen against police in Lakki Marwat (2023), Kohat (2024) and a judges' convoy between Tank and
D. I. Khan (2024); a tribal clash in Kurram (2023); the BLA's attack on the naval air base at
Turbat (2024); passengers taken off buses and shot between Zhob and Loralai (2025, claimed by the
BLF); US drone strikes in Datta Khel (2014) and Kunar (2018, Pakistani officials and TTP
commanders); a drone strike in Kunar that Kabul blamed on Pakistan (2021); the Kurram clash of 13
September 2022 (the ISPR's figure beside the Taliban's word); Pakistani fire at Spin Boldak (2022)
and Afghan fire at Torkham (2023); voices are the ISPR and army officers, intelligence officials,
police, hospitals, district and agency administrations, ministers, the Taliban's spokesmen and
officials, the TTP, Jamaat-ul-Ahrar and the BLA; figures in words and digits, "at least", "as
many as", "over", tolls that rose, groups of children, civilians, policemen, soldiers and
attackers, the attackers' dead apart from their victims', two districts named for one place,
incidents with no figure, earlier events named as context; and five passages with no incident
(Afghan refugees' registration cards extended in March 2010 and June 2019, a joint technical
working group on border management in July 2016, transit-trade talks resumed in July 2019, a
special envoy in Kabul in September 2023).

De-duplication, checked with a script that reads only the `url` and `text` fields of gold.jsonl and
gold-heldout2.jsonl to gold-heldout7.jsonl: no URL here is in them (exact and normalised addresses:
scheme, port, www./m. prefix, query, fragment and trailing slash removed, and also the host with
the article's numeric id), and no passage shares a figure sentence with them (shared 8-word
sequences). Search results whose URLs were already in a set were passed over unread (a Pakistan
Today report of the Palosin clash, TNN's Bajaur FC-vehicle blast, the Frontier Post's Bajaur
assistant-commissioner blast, a Nation Lakki Marwat report, a News Quetta blast, Salam Watandar's
Kunar rockets); no chosen candidate had to be dropped for its URL. Candidates were dropped before
labelling because they report events the sets already hold: the Kurram convoy ambush of 16 January
2025 (a Nation and a Dawn report), the Bajaur blast of 19 December 2021 on a party vehicle (a
Pakistan Today report; heldout7-003), the Mastung Levies post of 20 February 2023 (a Dawn and a
Business Recorder report), the Khost and Kunar strikes of 16 April 2022 and of 24-25 November
2025, the Barmal strikes of 24 December 2024, the Palosin clash of 7 September 2024, the Khost and
Kurram clash of 15 April 2018, the Chaman firing of May 2017 and December 2022, the Spin Boldak
fighting of October and November 2025, the Torkham clashes of February 2023 and June 2016, the Bannu
convoy bombing of 26 November 2023, the Tank police-lines attack of 15 December 2023 and the Tank
polio-team shooting of December 2021, the Quetta police-van blast of July 2019, the Kunar rockets
of November 2017 and the Kalat attack of 26 August 2024 (the night of the sets' Musakhel attack);
undated copies were also left out (a Khyber peace-committee raid, a Sarkano shelling, Kunar rockets
and shells, drone strikes in Datta Khel and Shawal, a Goshta clash, a Ziarat landmine, a Hoshab
post, a Lower Kurram shooting). Two kept incidents are named in passing, as context with no
incident labelled, in earlier passages: the Kurram clash of 13 September 2022 (heldout7-018) and
the Torkham exchange of fire of 6 September 2023 (heldout3-036). Two context paragraphs were cut
from the end of heldout8-021 because they are casualty sentences of earlier passages (the Dwatoi
shooting, word for word in heldout6-010; the Kurram clash, worded as in heldout7-018). What
remains shared is no figure sentence: a place phrase ("Khar, the main town of Bajaur tribal
district"), stock clauses ("to be in critical condition and were shifted to Peshawar for further
treatment", in a sentence with another figure; "killed and five others were injured in a suicide
attack on a", in gold-049's lead about another attack with another toll; "injured in an
improvised explosive device (IED) blast in"; "an exchange of fire between the security forces of
the two countries"; "an exchange of fire between security forces and militants in"; "cordoned off
the area and launched a search operation"; "area of Khyber Pakhtunkhwa's Lakki Marwat district"),
claims boilerplate ("no group has claimed responsibility for the blast/attack", "Tehreek-i-Taliban
Pakistan (TTP) has claimed responsibility for the attack") and the ISPR's and the press's
boilerplate ("the Inter-Services Public Relations (ISPR) said on", "according to the military's
media wing", "the military's media wing said on", "Pakistan has witnessed an uptick in terror
activities", "ended its ceasefire with the government in November 2022"). Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- Mohmand, Bajaur, Khyber, Orakzai (2010-2018)
A("The Nation", "http://nation.com.pk/politics/07-Dec-2010/ghalnai-suicide-bombings-toll-51", "2010-12-07", "url",
"""MOHMAND AGENCY/PESHAWAR As many as 51 persons were killed and 120 others including officials of the agency administration got injured as a result of twin suicide blasts in front of the office of Political Agent in Ghallani, headquarters of Mohmand Agency, on Monday.

Sources said that two suicide bombers came near the office of Political Agent Amjad Ali Khan on motorbikes.

The first blew himself up inside the office, while the second one set off explosives when guards caught him in front of the office.

The blast badly damaged the agency administration compartments and its adjacent buildings.

It is stated that more that one hundred people including tribal elders and volunteers of peace committees were present on the occasion for holding talks with top officers of the Agency.

Soon after the blast heavy contingent of security forces and personnel of Khasadar Force rushed towards the site and cordoned off the area.

The injured were rushed towards Agency Headquarter Hospital and Lady Reading Hospital Peshawar.

Tehreek-e-Taliban Pakistan claimed the responsibility for the attack and termed it a reaction to the military operation in Teshil Safi area of Mohmand Agency.""",
[I("2010-12-06", "day", "PAK", KP, "Mohmand", "suicide_bombing", "TTP",
   [C(None, 51, injured=120)], loc="Ghalanai")],
"Published Tuesday 7 December 2010 (url); the blasts were 'on Monday', 6 December. Twin suicide blasts, claimed by the TTP: suicide_bombing, TTP. 'As many as 51' is read as the figure 51, as in heldout6 (unsure: heldout2 read 'as many as' as at_most); 120 injured. The article's voice (sources). The byline (three reporters' names) and the two paragraphs listing the dead and the injured by name are left out.")

A("The News", "http://www.thenews.com.pk/article-8020-Over-80-dead-in-suicide-attack,-raids", "2010-12-26", "text",
"""KHAR: More than 80 people were killed in a suicide bombing on a World Food Programme project and a series of helicopter raids against militant camps in northwestern Pakistan, officials said.

A suicide bomber wearing a burqa, who some officials said was a woman, killed at least 43 people at a World Food Programme distribution point in a tribal area bordering Afghanistan on Saturday.

The blast occurred in Khar, the main town of Bajaur tribal district, once a stronghold of Taliban militants who have carried out several bombings and suicide attacks in the area.

Most of the victims belonged to the local Salarzai tribe which supported military action against the militants and formed a militia to force them from Bajaur.

"At least 43 people were killed and more than 100 wounded in the suicide bombing," top tribal administration official Zakir Hussain said.

Separately, 40 militants were killed in Mohmand, another lawless tribal district, in a series of military raids, officials said.

US President Barack Obama condemned the Khar incident as an "outrageous terrorist attack" and said the United States stood with the people of Pakistan.

There were conflicting reports about the identity of the bomber in Khar, with some officials saying the attacker was a woman, while others claimed a man disguised in a burqa was responsible.

The bomber was intercepted at a checkpoint outside the ration distribution centre and the blast occurred during a search, Sohail Khan said.

The deputy administrator of Khar, Tariq Khan, told media that the bombing was carried out by a woman.""",
[I("2010-12-25", "day", "PAK", KP, "Bajaur", "suicide_bombing", "UNKNOWN",
   [C(None, 43, "at_least", injured=101)], loc="Khar"),
 I("2010-12-25", "day", "PAK", KP, "Mohmand", "air_strike", "PAK",
   [C(None, 40, comb=40)])],
"The page says 'December 26, 2010' (a Sunday); the bombing was 'on Saturday', 25 December. Two incidents. (1) A suicide bomber at the WFP distribution point in Khar, nobody claiming it: suicide_bombing, UNKNOWN; the tribal administration official (the article's voice): at least 43 killed, 'more than 100' wounded (injured 101, the 'more than N' rule; injured has no qualifier). (2) The 'helicopter raids against militant camps' in Mohmand, worded 'military raids' in the body: helicopters, air_strike by Pakistan's forces, PAK; unnamed officials (the article's voice): 40 militants killed (combatants 40); no date of its own, so the date of the incident before it. The lead's 'more than 80' adds up the two and is not a claim of either. The page header and the last, cut sentence are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/180613/upper-dir-militants-attack-border-check-post-killing-seven/", "2011-06-02", "text",
"""The death toll from Wednesday’s militant attack ona joint police and Levies check post in Shiltalao area of Upper Dir has risen to 30, according to DCO Ghulam Muhammad.

The dead include three civilians. One woman and two policemen have been injured during the skirmishes and have been shifted to the Barawal hospital. Security forces said over 40 militants were also killed in the clashes.

Skirmishes had been going on for 24 hours in a village in Dir region, Ghulam Mohammad Khan, a top local government official, said by telephone.

“We are preparing to evacuate 25 bodies from the village,” he said, referring to police and paramilitary forces killed in the fighting that spread to a forest.

Khan said he had no figures on militant casualties.

Dir police official Dawar Ali said army troops had arrived in the area to support security forces. He said more details on the battles were hard to come by because communications had broken down in the area.

The militants had arrived in a pre-dawn operation on Wednesday dressed in military uniforms and killed one policeman.

Updated from print edition (below)

Upper Dir: Militants attack border check post, killing seven

At least seven security officials were killed, and several injured, when militants attacked a joint police and Levies check post in Shiltalao area of Upper Dir, close to the Pak-Afghan border.

The attack is the latest in a series of cross-border attacks, where militants from Afghanistan cross over and attack Pakistani check posts, said a security official.

A bridge connecting the area with Sunai Darra was also blown up by the militants to impede the flow of additional troops that were called in.""",
[I("2011-06-01", "day", "PAK", KP, "Upper Dir", "armed_attack", "UNKNOWN",
   [C(None, 30, injured=3, civ=3), C("PAK", 41, "at_least", comb=41)], loc="Shiltalao")],
"'Published: June 2, 2011' (a Thursday); the attack was 'Wednesday', 1 June. Militants from Afghanistan, unnamed, storming a check post: armed_attack, UNKNOWN. The toll 'has risen to 30' (the DCO, the article's voice) and replaces the print edition's 'at least seven' kept below it; 'the dead include three civilians' (civilians 3); one woman and two policemen injured (injured 3). 'Security forces said over 40 militants were also killed': the attackers' dead, a separate claim, read as the army's voice (PAK; unsure: 'security forces' may be the article's unnamed sources), 'over 40' → at_least 41, combatants 41. The 25 bodies to be evacuated are part of the toll. The page's headline, photo caption and the print edition's last, cut sentence are left out.")

A("Times of Pakistan", "http://timesofpakistan.pk/pakistan/2011-08-20/40-killed-over-85-injured-in-suicide-blast-at-mosque-in-khyber-agency/41716/", "2011-08-20", "url",
"""PESHAWAR: As many as 40 worshipers were killed and over 85 others injured as a suicide bomber ripped through a Juma congregation in a mosque at Jumrud, Khyber Agency, official and hospital sources said. The blast occurred at Jamia Masjid Madina in Sherabaz Madokhel in Ghundai area of Tehsil Jamrud, Khyber Agency on Friday, killing 40 people including men and children and injuring 85 others, just after the prayer leader said “Allah-O-Akbar to start the prayer. The KP Information Minister, Mian Iftikhar Hussain said the initial evidences revealed that it was an unfortunate suicide bombing by the militants targeting the innocent worshipers.

At the time of the blast the mosque was packed with worshipers as local witnesses said that around 300/400 people were in the mosque when the bomber detonated explosive wrapped around his body amidst the gathering.The human flesh and blood were seen scattered all around the mosque. The local rescuers retrieved the bodies and injured from the mosque shifted them to Tehsil Headquarter Hospital Jamrud, Hayatabad Medical Complex and Khyber Teaching Hospital.Emergency was declared in Peshawar’s main hospitals where condition of most of the patient was declared unstable as doctors have called for blood donations.

Medical Superintendent, Jamrud Hospital, Dr Abdul Qadous said that 50 injured have been brought to the hospital from where some of the critical injured were shifted to KTH, Peshawar.The Governor Khyber Paktunkhwa, Barrister Masaud Kausar and Chief Minister Ameer Haider Khan Hoti have strongly condemned the suicide bombing at a mosque in Khyber Agency saying it would not deter the government’s resolve of eliminating terrorism and militancy from the country.""",
[I("2011-08-19", "day", "PAK", KP, "Khyber", "suicide_bombing", "UNKNOWN",
   [C(None, 40, injured=85)], loc="Ghundai, Jamrud")],
"Published Saturday 20 August 2011 (url); the blast was 'on Friday', 19 August. A suicide bomber, 'the militants' unnamed: suicide_bombing, UNKNOWN. Official and hospital sources (the article's voice): the lead's 'as many as 40' and 'over 85' are restated plainly in the next sentence ('killing 40 people ... and injuring 85 others'): killed 40, injured 85 (unsure: the lead's qualifiers would give 40 and 86). 'Men and children' gives no number of children. The hospital's 50 injured are a part. The minister gives no figure. The headline, repeated twice, and the fragment run into the dateline are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/241008/cross-border-attack-28-dead-as-ttp-men-attack-border-posts/", "2011-08-28", "text",
"""The death toll from the cross-border attack on checkposts in Chitral climbed to 32 on Sunday, as six more bodies of Chitral scouts were recovered.

Exchange of firing between Taliban militants and security forces has been intermittent.

The attack in the Arandu tehsil of Chitral started at around 4am on Saturday, and the fighting continued throughout the day.

Updated from print edition (below)

28 dead as TTP men attack border posts

Hundreds of Pakistani Taliban fighters mounted pre-dawn raids on paramilitary posts in Chitral district of Khyber-Pakhtunkhwa on Saturday after crossing over from their sanctuary in northeastern Afghanistan, officials said.

At least 28 security personnel were killed in the attack, according to District Coordination Officer (DCO) Rehmatullah Wazir.

Several militant leaders from the outlawed Tehreek-i-Taliban Pakistan (TTP), including Maulana Fazlullah and Maulvi Faqir who led the group in Swat and Bajaur, respectively, fled to Afghanistan in the face of army offensives and regrouped with the help of allies to threaten Pakistan’s border regions.

These militants have set up a base in the Sawoo Khwar area, in Damghan district of the Afghan province of Kunar, an intelligence official told The Express Tribune by phone from Dir district.

“Saturday’s attack was organised by Maulana Fazlullah, Maulvi Faqir and their lieutenants Miftakhudin, alias Shabar and Hafizullah, alias Kochwan,” the official said. The TTP’s Malakand chapter has claimed responsibility for the attack in a telephone call to the BBC.""",
[I("2011-08-27", "day", "PAK", KP, "Chitral Lower", "armed_attack", "TTP",
   [C(None, 32)], loc="Arandu")],
"'Published: August 28, 2011' (a Sunday); the raids began 'at around 4am on Saturday', 27 August. TTP fighters from Kunar raiding posts, claimed by the TTP's Malakand chapter: armed_attack, TTP. The toll 'climbed to 32' (the article's voice) and replaces the print edition's 'at least 28 security personnel' (the DCO); the updated sentence does not say that all 32 were security personnel, so no group figure (unsure: security forces 32). Arandu is in the gazetteer's Chitral Lower. The headline, photo caption and the print edition's last, cut sentence are left out.")

A("Pamir Times", "https://pamirtimes.net/2012/06/26/13-pakistani-soldiers-killed-militants-attacking-afghanistan/", "2012-06-26", "url",
"""CHITRAL/DIR UPPER: As many as 13 soldiers of the Pakistan Army were killed by militants who attacked in the Upper Dir area of Malakand Division. Confirming the news,  an officer of Pakistan Army said that up to 100 extremist militants entered Pakistani territory but they were challenged by our security forces who were patrolling border area and started indiscriminating firing as a result 6 security forces and 14 miscreants also killed.

Almost 11 security forces personnel are missing after the encounter, seven of whom are believed to have been killed and beheaded, sources reveal. A military officer disclosed that some unknown militants attacked at Dir lower and fired 2 rocket launcher and opened firing on Pakistani area.

Pakistan Army has protested against cross border attack on Pak Afghan border area as well as inside of Pakistan’s territory, he added.

While on the other hand spokesman of Tahriki Taliban Pakistan Sirajud Din confirmed attacked on Pakistani security forces while he was talking to foreign media on telephone. He claimed that they have attacked on Barawal Banda and have killed 18 security forces. He further claimed that corps (dead bodies) of 17 security forces are still in their possession.""",
[I("2012-06-26", "week", "PAK", KP, "Upper Dir", "armed_attack", "TTP",
   [C(None, 13, sec=13), C("PAK", 6, sec=6), C("PAK", 14, comb=14), C("TTP", 18, sec=18)],
   loc="Barawal Banda"),
 I("2012-06-26", "week", "PAK", KP, "Lower Dir", "armed_attack", "UNKNOWN", [])],
"Published 26 June 2012 (url); no day is given for the attack: the publication day, precision week. Militants from across the border attacking troops on patrol; the TTP's spokesman says they attacked: armed_attack, TTP. Voices: the article's own ('as many as 13 soldiers', read as 13, security forces 13); the army officer (PAK): six security forces killed and, as a separate claim, 14 'miscreants' (the attackers' dead, combatants 14); the TTP: 18 security forces (the 17 bodies in their possession are a part). The seven missing believed beheaded are the difference between 13 and 6, not a claim. A second incident: 'some unknown militants attacked at Dir lower' with two rockets, no figure: armed_attack, UNKNOWN, no claim, the date of the incident before it (unsure: it may be context, or part of the same raid). The related-articles list and readers' comments are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/413221/bajaur-agency-bomb-blast-kills-3-inures-7/", "2012-07-26", "text",
"""KHAR: At least nine people were killed and 23 injured as a result of a blast in the Pashat market of Salarzai area in Bajaur Agency on Thursday.

The market is owned by Shahabuddin Khan, a former Awami National Party (ANP) MNA and currently a leader of Pakistan Muslim League – Nawaz (PML-N), said a local in Salarzai. He is considered to be pro-government.

According to a political administration official, an Improvised Explosive Device (IED) was planted in a vehicle which killed nine people and injured 23.

An eyewitness Ajmal Khan told the media that the bomb was fitted in a double cabin pick-up parked in the area.

The blast also destroyed two vehicles and four shops.

Administration officials and security forces rushed to the site and cordoned off the area after the blast.

An official at the Agency Headquarters Hospital in Khar told The Express Tribune that among those killed were two children, and that 22 injured had also been brought to the hospital.

Three of the injured were reported to be in critical condition and were shifted to Peshawar for further treatment.

The official said that there was a possibility that the number of casualties might rise. “They are all civilians and there is no security officer there.”

No group has claimed responsibility for the blast.

The Salarzai are a pro-government tribe and have been on the hit list of militants for a long time.""",
[I("2012-07-26", "day", "PAK", KP, "Bajaur", "bombing", "UNKNOWN",
   [C(None, 9, "at_least", injured=23, children=2)], loc="Pashat, Salarzai")],
"'Published: July 26, 2012', a Thursday; the blast was 'on Thursday', the same day. An IED planted in a parked pick-up, no suicide: bombing; 'no group has claimed responsibility' says there is an attacker: UNKNOWN. The article's voice (the political administration official and the hospital official): at least nine killed, 23 injured, 'among those killed were two children' (children 2). 'They are all civilians' gives no number of its own (unsure: civilians 9). The hospital's 22 injured are a part. The paragraph of the dead's names, the headline, photo caption and readers' comments are left out.")

A("Dawn", "https://www.dawn.com/news/1134495/blast-kills-two-peace-committee-members-in-mohmand-agency", "2014-09-26", "text",
"""PESHAWAR: Two activists of an anti-Taliban peace committee were killed and another seriously injured in an improvised explosive device (IED) blast in Dawezai area of Pindyali Tehsil of Mohmand tribal region.

Officials sources say that the IED was planted on the roadside by unknown miscreants and was detonated when the peace committee members were travelling along the road in Inzari Miangan village of Dawezai area.

Two people died on the spot whereas another person was critically injured.

The victims were shifted to a nearby hospital.

Security personnel reached the blast site and cordoned off the area as a probe into the incident went underway.

The attack comes against the backdrop of an ongoing military action Operation Zarb-i-Azb in North Waziristan tribal region.

Jamatul Ahrar claims responsibility

Jamatul Ahrar, a breakaway faction of Tehreek-i-Taliban Pakistan (TTP) has claimed responsibility for the attack on the peace committee members in Pandyali.

Spokesman for the group, Ehsanullah Ehsan told Dawn.com over telephone that they have targeted the peace committee members for fighting and spying against Taliban.

He said that such attacks on what he termed ‘pro-government paid people’ would continue as they were enemies of Taliban.""",
[I("2014-09-26", "week", "PAK", KP, "Mohmand", "bombing", "OTHER",
   [C(None, 2, injured=1)], loc="Inzari Miangan, Dawezai")],
"'Published September 26, 2014'; the text gives no day for the blast: the publication day, precision week. A roadside IED detonated on peace-committee members, claimed by Jamaat-ul-Ahrar (a group outside the list): bombing, OTHER. Official sources (the article's voice): two killed, one injured; the group's spokesman gives no figure. Operation Zarb-i-Azb is background. The photo caption, a paragraph on the tribal agencies and the page's opinion links are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/775678/5-killed-in-tirah-valley-suicide-blast/", "2014-10-15", "text",
"""KHYBER AGENCY: At least seven people were killed and five others were injured in a suicide attack on a check post of peace committee volunteers in the Pir Mela area of Tirah Valley, Khyber Agency on Wednesday morning.

The political administration officials said volunteers of a peace committee were present at the check post when a suicide bomber detonated explosives, killing five volunteers on the spot. Two of the deceased were said to be children.

According to the officials, the injured - several of whom are in critical condition - were shifted to local private clinics.

"At least five tribesmen were killed and seven others were wounded after a suicide bomber blew himself up," a local government official told AFP.

Local security officials also confirmed the bombing and casualties.

Meanwhile, a spokesperson of Governor of Khyber-Pakhtunkhwa (K-P) province Mehtab Ahmed Khan told AFP that the top provincial official condemned the suicide bombing and ordered health authorities to provide the best care for the wounded.

So far no one has claimed responsibility for the latest suicide attack but officials allege involvement of banned Lashkar-e-Islam (LeI), headed by Mangal Bagh.""",
[I("2014-10-15", "day", "PAK", KP, "Khyber", "suicide_bombing", "OTHER",
   [C(None, 7, "at_least", injured=5, children=2)], loc="Pir Mela, Tirah")],
"Byline 'October 15, 2014', a Wednesday; the attack was 'on Wednesday morning', the same day. A suicide bomber; nobody claimed it but officials allege Lashkar-e-Islam, a group outside the list: suicide_bombing, OTHER. The article's voice: at least seven killed, five injured, 'two of the deceased were said to be children' (children 2). The local official quoted by AFP (at least five killed, seven wounded) is other media cited, also the article's voice: one claim per voice, so the lead's figures are kept (unsure). The five volunteers killed on the spot are a part. The headline, standfirst and readers' comments are left out.")

A("Military Times (AP)", "https://www.militarytimes.com/news/your-military/2014/12/07/suspected-u-s-drone-strike-kills-4-in-pakistan/", "2014-12-07", "url",
"""ISLAMABAD — A suspected U.S. drone strike on a Pakistani Taliban compound in North Waziristan tribal region killed at least four alleged militants Sunday, officials said.

Two missiles fired from a drone hit a compound in the village of Khara Tanga in the Datta Khel area, two Pakistani intelligence officials said. The strike also wounded two militants, they said.

The officials said Pakistani Taliban linked to commander Hafiz Gul Bahadur used the compound, but it wasn't immediately known whether Bahadur was there at the time of the strike.

"There is (suspicion) that an important commander was within the compound when missiles struck but this is yet to be verified," one of the intelligence officials said.

Both the officials spoke on condition of anonymity because they weren't authorized to speak to journalists.

North Waziristan is home to both local and al-Qaida-linked militants. Pakistani army is presently carrying out operations in both part of Waziristan.

On Saturday, Pakistani soldiers killed top al-Qaida operative Adnan Shukrijumah who was indicted in the U.S. for his alleged involvement in a plot to bomb New York's subway system. A military official said that Shukrijumah had escaped the military operation in North Waziristan and was hiding in South Waziristan, where he was killed along with two other suspected militants.""",
[I("2014-12-07", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C("PAK", 4, "at_least", injured=2, comb=4)], loc="Khara Tanga, Datta Khel")],
"Published Sunday 7 December 2014 (url); the strike was 'Sunday', the same day. A suspected US drone: drone_strike, OTHER. Two Pakistani intelligence officials (PAK, as the intelligence officials of heldout7-011): at least four 'alleged militants' killed (combatants 4) and two militants wounded (injured 2). The army's killing of Adnan Shukrijumah in South Waziristan 'on Saturday' is an earlier event named as background (unsure: it could be read as a second incident, with 'two other suspected militants' and no total). The page's share links and the last paragraph on drone strikes are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/1182675/huge-explosion-mosque-mohmand-agency/", "2016-09-16", "text",
"""PESHAWAR: At least 28 people were killed while another 31 injured in a suspected suicide blast inside a local mosque in Mohmand Agency during Friday prayers.

Confirming the incident, assistant political agent told The Express Tribune that the mosque was located in village Payee Khan in Anbar tehsil of the agency. “It was a suicide blast,” the assistant political agent quoted a witness as saying.

A second regional official confirmed the bombing in the village of Payee Khan, in the troubled region of Federally Administered Tribal Areas (Fata) bordering Afghanistan.

“Many people were gathered inside the mosque where a suicide bomber blew himself up,” said Shaukat Khan, another official in Fata.

The country’s frontier regions, which are deeply conservative and hard to access due to rough terrain, have long been the sanctuary of fighters from al Qaeda, the Taliban and other extremist groups.""",
[I("2016-09-16", "day", "PAK", KP, "Mohmand", "suicide_bombing", "UNKNOWN",
   [C(None, 28, "at_least", injured=31)], loc="Payee Khan, Anbar")],
"'Published: September 16, 2016', a Friday; the blast was 'during Friday prayers', the same day. A suicide bomber; the stored copy breaks off at the subheading announcing Jamaat-ul-Ahrar's claim, which is left out with it, so no group is named in the passage: UNKNOWN. The article's voice: at least 28 killed, 31 injured. Photo captions, the deputy administrator's quotation (split over three lines in the copy), a related-story link and the prime minister's condemnation are left out.")

A("Daily Mail News", "http://dailymailnews.com/2017/02/11/1-killed-4-injured-in-ied-blast-in-bajaur-agency/", "2017-02-11", "url",
"""BAJAUR AGENCY: At least one person was killed and four injured in an explosion in Arang tehsil of Bajaur Agency Friday morning, according to sources in the Levies force.

The injured persons have been taken to District Headquarters Hospital Timergara. According to the Levies Forces the bomb was planted on a roadside in the area. The bomb was detonated through a remote control device.

The vehicle was carrying students to a private school when the explosion took place.

The security forces and political administration officials have cordoned off the area.""",
[I("2017-02-10", "day", "PAK", KP, "Bajaur", "bombing", None,
   [C(None, 1, "at_least", injured=4)], loc="Arang")],
"Published Saturday 11 February 2017 (url); the blast was 'Friday morning', 10 February. A roadside bomb detonated by remote control, attributed to no one: bombing, no perpetrator. Sources in the Levies (the article's voice): at least one killed, four injured. The page's update line and headline are left out.")

A("Indian Defence News (AP)", "https://indiandefensenews.in/2018/03/us-drone-kills-21-pakistani-taliban.html", "2018-03-08", "inferred",
"""DERA ISMAIL KHAN: Two missiles fired from a U.S. drone hit a militant facility in neighboring Afghanistan, killing 21 insurgents, including the son of the head of the Pakistani Taliban, two Pakistani intelligence officials and local Taliban commanders said on Thursday.

The strike, which according to the officials took place on Wednesday, targeted a compound frequented by Mullah Fazlullah, the leader of the Pakistani Taliban who is believed to be hiding in Afghanistan.

The intelligence officials said that Fazlullah was apparently not there, but his son was killed in the strike in Afghanistan's Kunar province, miles away from Pakistani border.

Three Pakistani Taliban commanders also confirmed the strike and militant casualties. Pakistani officials and the Taliban commanders spoke on condition of anonymity as they were not authorized to speak to the media.

The United States made no comment on the strike. There was also no immediate comment from NATO, Afghan authorities or the Pakistani government.

It was unclear whether the bodies of those killed in Wednesday's drone strike would be brought to Pakistan for burial.

Islamabad has for years has asked Washington and Kabul to take action against Fazlullah and other Pakistani Taliban, who are believed to be hiding in neighboring Afghanistan and who cross the porous Afghan-Pakistan border to launch attacks inside Pakistan.

Kabul, for its part, has long complained that Islamabad is not taking enough action against militants who use Pakistani soil to launch attacks against U.S., NATO and Afghan forces in Afghanistan.""",
[I("2018-03-07", "day", "AFG", "Kunar", None, "drone_strike", "OTHER",
   [C("PAK", 21, comb=21), C("TTP", 21, comb=21)])],
"The page is dated only by its address (March 2018); published Thursday 8 March 2018, inferred (the officials 'said on Thursday' of a strike 'on Wednesday', the AP report of the strike that killed Fazlullah's son). The strike was Wednesday 7 March. A US drone: drone_strike, OTHER. Kunar with no district. Two voices give the same figure: Pakistani intelligence officials (PAK) and local Pakistani Taliban commanders (TTP): 21 insurgents (combatants 21); the three commanders' later confirmation gives no number of its own. The page's standfirst and its last, cut paragraph are left out.")

A("Dawn", "https://dawn.com/news/1447345/orakzai-bazaar-blast-leaves-34-dead", "2018-11-24", "text",
"""KALAYA: At least 34 people, including 24 members of the Shia community, were killed and 36 others wounded when a powerful bomb ripped through the main Kalaya bazaar of Orakzai tribal district on Friday morning, officials and hospital sources said.

While no militant group immediately claimed responsibility of the attack, there were conflicting reports about the nature of the explosion in the Shia-dominated area. Some officials said a suicide bomber riding an explosive-laden motorbike hit the crowd, while others said the motorbike parked near a seminary was exploded with a detonator.

Initial death toll was 31, according to the Orakzai deputy commissioner’s office. It said there were three children among the victims. Witnesses and rescue workers said many of them died while being shifted to hospitals in the neighbouring districts of Kohat and Hangu. It was reported that of the 34 deceased, 24 were Shia, seven were Sunni and three were Sikh.

Locals said that the explosion occurred around 10am when the market was crowded with customers due to Friday’s weekly bazaar.

Hussain Badshah, who was transporting groundnuts to the market, said his vehicle was entering the market when the blast took place. “A huge plume of thick black smoke filled the air after the explosion,” he said, adding that it damaged around 10 vehicles and several shops.

He said area people rushed to the blast site for rescue work as the road was strewn with human remains.""",
[I("2018-11-23", "day", "PAK", KP, "Orakzai", "suicide_bombing", "UNKNOWN",
   [C(None, 34, "at_least", injured=36, children=3)], loc="Kalaya")],
"'Published November 24, 2018' (a Saturday); the blast was 'on Friday morning', 23 November. Conflicting reports on its nature: some officials say a suicide bomber on a motorbike, others a parked motorbike bomb; the word suicide is used, so suicide_bombing (unsure: bombing); 'no militant group immediately claimed responsibility': UNKNOWN. The article's voice: at least 34 killed (replacing the deputy commissioner's initial 31), 36 wounded, three children among the victims (children 3, kept from the initial count; unsure). The 24 Shia, seven Sunni and three Sikh are parts by community, not groups of the contract. The photo caption and a subheading are left out.")

# ---------------------------------------------------------------- Waziristan, Chaman, Kunar, Kurram (2020-2022)
A("The Nation", "https://nation.com.pk/04-Sep-2020/lieutenant-two-soldiers-martyred-in-nw", "2020-09-04", "url",
"""ISLAMABAD - An officer and two soldiers of Pakistan Army embraced martyrdom while 4 others were injured in a roadside IED attack on the security forces in North Waziristan, said media wing of the military yesterday.

The terrorists targeted the security forces providing protection to road construction teams working in Ghariom sector on Road Shaga - Nishpa in North Wazirstan, said Inter-Services Public Relations (ISPR) directorate in the statement.

“Terrorists planted roadside IED which exploded on troops providing protection to road construction teams working in Ghariom sector on Road Shaga - Nishpa in North Waziristan,” said the statement. Those martyred have been identified as Lieutenant Nasir Hussain Khalid (23), resident of Muzafarabad; Naik Muhammad Imran (33), married, resident of Faisalabad; and Sepoy Usman Akhtar (30), resident of Rawalpindi. Four soldiers also got injured in the incident. The security forces cordoned off the area immediately and search operation was carried out for area clearance, said the ISPR further.""",
[I("2020-09-03", "week", "PAK", KP, "North Waziristan", "bombing", "UNKNOWN",
   [C("PAK", 3, injured=4, sec=3)], loc="Ghariom, Shaga-Nishpa road")],
"Published Friday 4 September 2020 (url). Nothing dates the blast itself; the military 'said ... yesterday' dates the statement: Thursday 3 September, precision week. A roadside IED that 'terrorists planted': an attacker, unnamed: bombing, UNKNOWN. The ISPR (PAK): 'an officer and two soldiers' killed (groups joined by 'and' add up: 3, security forces 3), four injured.")

A("Dawn", "https://www.dawn.com/news/1585213/6-pakistan-army-soldiers-martyred-in-ied-attack-in-north-waziristan-ispr?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29", "2020-10-15", "text",
"""Six Pakistan Army personnel were martyred in a "terrorist" bomb attack near Razmak area of North Waziristan tribal district, the military's media wing said on Thursday.

It said a convoy of security forces was attacked through an improvised explosive device (IED), resulting in the martyrdom of one officer and five soldiers.

The martyred personnel were identified by the Inter-Services Public Relations (ISPR) as Capt Umar Farooq, aged 24 years; Naib Subedar Riaz Ahmed, aged 37 years; Naib Subedar Shakeel Azad, aged 44; Havaldar Younas Khan, 36; Naik Muhammad Nadeem, 37; and Lance Naik Asmat Ullah, aged 30 years.

'Encounters' between security forces and militants have frequently been taking place in North Waziristan. Security forces have killed several suspected hardcore terrorists in recent clashes.

The latest incident comes four days after two soldiers were martyred and three others sustained injuries in an attack on a security post in Shawal valley of North Waziristan.

Officials said militants attacked the post in the Manra Mendara area adjacent to South Waziristan district. They said militants fired rockets in the pre-dawn attack on the post which left two soldiers martyred and three others wounded.

Last month, security forces had killed four terrorists, including militant commander Ihsanullah alias Ihsan Sanray, in an intelligence-based operation (IBO) in what was termed as a "major breakthrough" by the ISPR.

The operation was carried out in Ghariom, Shaktu, near the inter-district boundary of North and South Waziristan.""",
[I("2020-10-15", "week", "PAK", KP, "North Waziristan", "bombing", "UNKNOWN",
   [C("PAK", 6, sec=6)], loc="Razmak")],
"'Updated 15 Oct 2020', a Thursday. Nothing dates the blast; the media wing 'said on Thursday' dates the statement: 15 October, precision week. A 'terrorist' IED on a convoy: bombing by unnamed attackers, UNKNOWN. The ISPR (PAK): six personnel killed, 'one officer and five soldiers' (security forces 6). The Shawal post attack 'four days' earlier (two soldiers, three wounded) and last month's operation in Ghariom (four terrorists) are earlier events named as context. The page header and photo captions are left out, and so is the last, cut sentence.")

A("Dawn", "https://www.dawn.com/news/1614191/three-killed-13-injured-in-chaman-bomb-blast?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29", "2021-03-24", "text",
"""QUETTA: Three people were killed and 13 others injured as a bomb attached to a motorcycle exploded in front of the Levies Lines in Chaman area on Tuesday evening.

“It was an improvised explosive device attached to a motorcycle which targeted a police vehicle carrying the SHO of Saddar police station,” said Qila Abdullah’s deputy commissioner by phone.

He said that the bomb was detonated using a remote control device when police vehicles reached near the Levies Lines.

The Tehreek-i-Taliban Pakistan has claimed responsibility for the bombing.

The explosion left three people, including a six-year-old boy, dead on the spot and 13 other people, including a policeman and some Levies personnel, injured.

Soon after the blast, members of the Levies Force, Frontier Corps and police reached the place, cordoned off the area and took bodies and the injured to Chaman district hospital.

“We have referred nine injured people to the Trauma Centre of Quetta Civil Hospital due to their serious condition,” a police officer said, adding that the Station House Officer who was traveling in the targeted vehicle remained unhurt in the blast.

Two of the deceased were identified as Abdullah and Muhammad Altaf. The body of the six-year-old boy could not be identified till late in the night.

The powerful blast damaged several shops of the area besides smashing windowpanes of nearby buildings.""",
[I("2021-03-23", "day", "PAK", BAL, "Chaman", "bombing", "TTP",
   [C(None, 3, injured=13, children=1)], loc="Levies Lines, Chaman")],
"The stored copy is dated 24 March 2021 (a Wednesday); the blast was 'on Tuesday evening', 23 March. A motorcycle bomb detonated by remote control, claimed by the TTP: bombing, TTP. The article's voice (the deputy commissioner, police): three killed 'including a six-year-old boy' (children 1), 13 injured; the nine referred to Quetta are a part. Chaman is named as the gazetteer's district (then part of Qila Abdullah, as the deputy commissioner's title says).")

A("Pakistan Today", "https://pakistantoday.com.pk/2021/09/07/ied-martyrs-two-soldiers-in-n-waziristan-attack-ispr", "2021-09-07", "url",
"""Two Pakistan Army soldiers were martyred in an improvised explosive device attack in North Waziristan on Tuesday, the Inter-Services Public Relations informed.

In a statement, the statement issued by the ISPR read that security forces were conducting a clearance operation in the district’s Dosalli area when the IED exploded. As a result, 25-year-old Sepoy Zia Akram and 20-year-old Sepoy Musawwar Khan were martyred, it said.

Akram hailed from Muzaffarabad while Khan was a resident of Bajaur, according to the ISPR.

Pakistan Army troops immediately cordoned off the area to apprehend the terrorists who had planted the IED, the statement said.

During intense exchange of fire, one of the terrorists, who were trying to flee, was killed, it added.

The clearance operation was still ongoing to find and eliminate any other terrorists in the area, the ISPR said.

There has been an uptick in attacks on security forces in recent months. Last week, four Frontier Corps officials were martyred and 18 others injured in a suicide attack near a checkpost on Quetta’s Mastung Road.

In August, three Levies personnel were martyred and as many injured when their vehicle hit a landmine in Balochistan’s Ziarat district.

Earlier that week, a Pakistan Army captain was martyred and two soldiers were injured when their vehicle hit an IED planted by terrorists in the province’s Gichik area.""",
[I("2021-09-07", "day", "PAK", KP, "North Waziristan", "bombing", "UNKNOWN",
   [C("PAK", 2, sec=2), C("PAK", 1, comb=1)], loc="Dosalli")],
"Published Tuesday 7 September 2021 (url); the blast was 'on Tuesday', the same day. An IED that 'the terrorists ... had planted': bombing by unnamed attackers, UNKNOWN. The ISPR (PAK): two soldiers killed (security forces 2) and, as a separate claim, one of the terrorists killed in the exchange of fire that followed (the attacking side's dead, combatants 1). The Mastung Road suicide attack of last week (four FC, 18 injured), the Ziarat landmine in August (three Levies) and the Gichik IED are earlier events named as context.")

A("Kokcha Press (Hasht-e Subh)", "https://en.kokchapress.com/2021/12/17/drone-strike-in-afghanistan-near-border-with-pakistan/", "2021-12-17", "url",
"""Kabul – According to media reports, drone strikes were carried out in Kunar province to target a senior Pakistani Taliban member near the Afghan-Pakistani border on Thursday, December 16, but failed.

However, the perpetrator of the attacks has not yet been identified.

The rockets fired by the drone at the Mawlawi Faqir Mohammad’s guest house of senior Tehrik-i-Taliban Pakistan (TTP) leaders did not explode, Reuters reported, quoting Pakistani Taliban sources.

However, a Pakistani Taliban source claimed that Faqir Mohammad was not injured in the attack.

Faqir Mohammad is a former deputy leader of the TTP, and he spent eight years in Bagram prison in Afghanistan and was released after the overthrow of the previous government by the Taliban, according to Reuters.

However, it has not yet been determined by which country the airstrikes were carried out.

In the meantime, the Pakistani Taliban ended a ceasefire agreed with the Pakistani government last week.

Local Taliban officials in Kunar have confirmed that the airstrike was carried out by a drone in the Chugam area of Sheltan district.

On the other hand, the Taliban has so far made no official statement about airstrikes in the east of the country.

“Pakistan fired missiles into Afghanistan and that the Foreign Ministry is following up,” said Taliban spokesman Zabihullah Mujahid to the media.

Meanwhile, the Shelton district was also a target of Pakistani rocket fire during the previous government.""",
[I("2021-12-16", "day", "AFG", "Kunar", "Shigal", "drone_strike", "PAK", [], loc="Chugam, Sheltan")],
"Published 17 December 2021 (url); the strike was 'on Thursday, December 16'. Drone strikes on a TTP leader's guest house: drone_strike. The article says the perpetrator is not identified, but the Taliban's spokesman alleges Pakistan fired the missiles: the party the text alleges, PAK (unsure: none). No casualty figure ('Faqir Mohammad was not injured'): no claim. Sheltan is the gazetteer's Shigal (Shigal wa Sheltan; unsure). The publisher is the Kokcha Press copy of a Hasht-e Subh report; the copy's source line and footer are left out.")

A("Sputnik", "https://sputniknews.com/20220914/taliban-says-its-fighters-fatally-clashed-with-pakistani-troops-after-disagreement-over-border-1100753422.html", "2022-09-14", "url",
"""The 2,790-kilometre Durand Line, the de-facto border between Afghanistan and Pakistan, was established by the British in 1893. However, no Afghan government, including the Taliban*, has recognized the Durand Line, which runs through 12 provinces of Afghanistan. The Taliban has also objected to the fencing of the border by Pakistan.

The Taliban said on Wednesday that a disagreement between its fighters and the Pakistani Army at the Durand Line the evening before escalated into a fatal shootout which resulted in casualties on both sides.

“The building of military installations and border posts aren’t allowed near the Durand Line. However, the Pakistan Army tried to erect a structure very close to the border,” Taliban deputy spokesperson Bilal Karimi said.

Karimi said that Taliban guards objected to the construction of a new border post, leading to Pakistani soldiers opening fire on the Islamist group’s fighters. He claimed that the Taliban fighters retaliated against the Pakistani Army, an encounter which led to casualties on both sides.

The fatal encounter between the Pakistani Army and the Taliban on Tuesday evening took place in the restive Kurram Agency in the Khyber-Pakhtunkhwa province, which borders Afghanistan’s Paktia province.

The Inter-Services Public Relations (ISPR), the media department of the Pakistani military, said the clashes left three soldiers dead.""",
[I("2022-09-13", "day", "PAK", KP, "Kurram", "armed_clash", None,
   [C("PAK", 3, sec=3)])],
"Published Wednesday 14 September 2022 (url); the clash was 'on Tuesday evening', 13 September. A shootout between the Taliban's fighters and the Pakistani army: armed_clash. The Taliban say Pakistani soldiers opened fire; the ISPR's statement (cut in the copy) blames terrorists using Afghan soil: the sides blame each other, no perpetrator (unsure). The ISPR (PAK): three soldiers killed (security forces 3). The Taliban's 'casualties on both sides' gives no number: no claim. The URL line, headline and standfirst repeated at the top and the ISPR's last, cut quotation are left out.")

A("Dawn", "https://www.dawn.com/news/1711903/2-soldiers-martyred-in-north-waziristan-ied-blast-ispr", "2022-09-25", "text",
"""Two Pakistan Army soldiers were martyred in North Waziristan district’s Esham area on Saturday because of an improvised explosive device, according to a press release from the military’s media wing.

The statement issued today (Sunday) from the Inter Services Public Relations (ISPR) identified the martyrs as 42-year-old Naib Subedar Javed Iqbal from Attock and 38-year-old Naik Hussain Ahmed from Okara.

“Clearance of the area is being carried out to eliminate any terrorists in the area,” the ISPR statement reads.

President Dr Arif Alvi expressed his regret and sorrow over the incident and prayed for the martyrs and their families.

“The martyrs who sacrificed their lives in defence of the country are the benefactors of the nation,” Alvi said.""",
[I("2022-09-24", "day", "PAK", KP, "North Waziristan", "bombing", None,
   [C("PAK", 2, sec=2)], loc="Esham")],
"'Published September 25, 2022' (a Sunday); the blast was 'on Saturday', 24 September. 'Because of an improvised explosive device', attributed to no one: bombing, no perpetrator. The ISPR (PAK): two soldiers killed (security forces 2). The page's last two paragraphs, earlier events named as context (the Dwatoi shooting of last week, which heldout6-010 holds word for word, and the Kurram exchange of fire of 13 September, the incident of the Sputnik passage above, worded as in heldout7-018), are cut for the de-duplication check; the byline and readers' comments are left out too.")

A("Ariana News", "https://www.ariananews.af/pakistan-opens-fire-on-afghan-border-crossing-in-kandahar/", "2022-10-20", "text",
"""Pakistani forces opened fire at an Islamic Emirate of Afghanistan (IEA) check post in Kandahar province on Wednesday night and Thursday morning, local officials said.

Officials said that there had been a short clash between IEA forces and Pakistani forces in Spinboldak district of Kandahar.

Officials said Pakistani forces opened fire on the IEA at a check post for no reason.

IEA forces responded by firing back on Thursday morning.

According to officials, no damage nor casualties were reported.

Pakistani forces also fired off two mortars from across the Durand Line, officials said.

Officials said that due to the shelling, Chaman-Spin Boldak was closed for the movement of travellers for the moment.

However, Haji Zaid, the spokesman for the provincial governor’s office, confirmed the incident but said that at the moment the situation is under controll and the crossing has been reopened for the public.""",
[I("2022-10-19", "day", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", "PAK", [])],
"The stored copy is dated 20 October 2022 (a Thursday); the firing began 'on Wednesday night', 19 October, and went on into Thursday morning: the first day named. Pakistani forces firing on an IEA check post and two mortars 'from across the Durand Line', a short clash as the IEA fired back: cross_border_fire, as for the exchanges of fire at Torkham in the earlier sets (unsure: armed_clash); local officials allege Pakistan opened fire 'for no reason': PAK. 'No damage nor casualties': no claim. The headline and the page's other, unrelated stories that follow (a father who killed his sons, a mass grave) are left out.")

# ---------------------------------------------------------------- Lakki Marwat, Kurram, Khyber, Kohat (2023-2024)
A("Dawn", "https://www.dawn.com/news/1729365/constable-martyred-in-attack-on-police-checkpost-in-kps-lakki-marwat-official", "2023-01-01", "text",
"""A “key terrorist” was killed and a police constable martyred in the early hours of Sunday when gunmen attacked a police checkpost in the Shahbaz Khel area of Khyber Pakhtunkhwa’s Lakki Marwat District, a local police official said.

“The terrorists attacked the police [checkpost] with heavy and automatic weapons and tried to break in,” Lakki Marwat police spokesperson Shahid Hameed told Dawn.com, adding that RPG-7s, grenades and other “advanced weapons” were used.

“The attack was thwarted by the timely action of the police,” the spokesperson said.

Hameed identified the martyred policeman as of Constable Tehsinullah of the Rapid Response Force.

“A key terrorist was killed during the police’s retaliatory action,” the spokesperson said, identifying him as Owais Abdulkhel. Weapons were recovered from his possession.

The suspect was wanted by the CTD (Counter Terrorism Department) Bannu for being allegedly involved in attacks on police and security forces, Hameed said.

A police search operation is underway in the area.

The martyred police constable’s funeral prayers were offered at the office of the Lakki Marwat district police officer on Sunday morning, where they were attended by police and army officials.

The attack comes in the wake of a recent uptick in terrorist attacks across the country after the outlawed Tehreek-i-Taliban Pakistan (TTP) ended its months-long ceasefire with the government.""",
[I("2023-01-01", "day", "PAK", KP, "Lakki Marwat", "armed_attack", "UNKNOWN",
   [C(None, 1, sec=1), C(None, 1, comb=1)], loc="Shahbaz Khel")],
"'Published January 1, 2023', a Sunday; the attack was 'in the early hours of Sunday', the same day. Gunmen, 'terrorists' unnamed, storming a police checkpost: armed_attack, UNKNOWN (the TTP's end of its ceasefire is background, not an attribution). The police spokesman (the article's voice): one constable killed (security forces 1) and, as a separate claim, one attacker killed (combatants 1). The page header, byline and photo caption are left out, and so is the last, cut paragraph.")

A("The Nation", "https://www.nation.com.pk/13-Jul-2023/army-troops-deployed-to-control-situation-in-kurram-kp-govt", "2023-07-13", "url",
"""PESHAWAR - Additional troops of Pakistan Army and FC were deployed on the request of Khyber Pakhtunkhwa government, in district Kurram to control the situation over land disputes among locals. An official communiqué of the KP Home department issued here said the Army and FC would remain in the area till the situation gets normal, adding that the decision has been taken to normalize the situation and avoid further losses and casualties.

The government was trying to get the longstanding issue resolved amicably through Jirga and the support of the revenue department, it informed. It warned of strict action against such individuals and requested the people to cooperate with the district government and law enforcement agencies to foil the nefarious designs of anti-state elements. At least two more people were killed and over 20 injured on Wednesday as firing continued between tribes in Parachinar in Kurram district over an issue of property ownership. According to police and hospital sources, the firing continued for the last five consecutive days at various villages of the Parachinar took the lives of two more people with over 20 reportedly inured.

The firing was taking place between people from Pewar Gido, Balash Khel, Khar Killay, Sadda and Para Chamkani Karman wherein automatic and heavy weapons were being used during the clashes.

Police said in recent clashes, two more people have been killed while over 20 were reportedly injured. Most of the injured have been shifted District Headquarters Hospital Parachinar and Tehsil Headquarters Hospital Sadda. Condition of some of the injured was stated to be critical, the hospital sources said.

Federal Minister, Sajid Turi, Deputy Commissioner Saiful Islam Shah and DPO Muhammad Imran told media that strong efforts were on to make a ceasefire truce between the conflicting tribes.""",
[I("2023-07-12", "day", "PAK", KP, "Kurram", "armed_clash", None,
   [C(None, 2, "at_least", injured=21)], loc="Parachinar")],
"Published Thursday 13 July 2023 (url); the deaths were 'on Wednesday', 12 July, as tribal firing over land went on for a fifth day. Firing between tribes, neither side blamed: armed_clash, no perpetrator. Police and hospital sources (the article's voice): 'at least two more' killed and 'over 20' injured (injured 21, the 'more than N' rule; unsure: the injured may be counted over several days). The five days of firing before Wednesday carry no figure of their own. The troops' deployment is the response, not an incident.")

A("DNA News", "https://dnanews.com.pk/cop-martyred-eight-injured-in-khyber-district-suicide-attack/?utm_source=rss&utm_medium=rss&utm_campaign=cop-martyred-eight-injured-in-khyber-district-suicide-attack", "2023-07-20", "text",
"""KHYBER: A cop was martyred, and eight others including policemen were injured in a suicide attack in the Bara Bazar area of Khyber Pakhtunkhwa’s Khyber district, police said Thursday.

The latest attack on the law enforcers occurred when police were checking people entering the tehsil compound — which houses the Bara Police Station, government offices, and a cell of the counter-terrorism department (CTD).

KP Inspector General Akhtar Hayat confirmed that the attack was led by two terrorists who entered the compound from the main and rear gates. Both of the terrorists were killed in the attack.

The police said that the bomb disposal squad and CTD teams were sent to the crime scene to ascertain the nature of the explosion.

Meanwhile, the Hayatabad Medical Complex administration said that a body and four injured — including three cops — were brought to the medical facility.

Earlier, some injured were shifted to District Headquarters Hospital Dogra Khyber Agency.

Initially, the police said that smoke was seen rising from the site of the explosion. They said that heavy firing was also reported after the explosion.

The KP police suffered another attack last night when two cops were martyred, and two others were injured in a firing incident in the Regi area of Peshawar.

Police said that unidentified armed men opened fire on the cops at the entry checkpoint near Regi Model Town Police Station and fled. The injured cops were shifted to Khyber Teaching Hospital for treatment.

The martyred were identified as Head Constable Wajid and driver Farman.

Pakistan has witnessed a surge in terrorist attacks following Afghan Taliban’s return to power in August 2021 and called upon the interim rulers to take decisive actions against terrorists including the TTP responsible for cross-border attacks.""",
[I("2023-07-20", "week", "PAK", KP, "Khyber", "suicide_bombing", "UNKNOWN",
   [C(None, 1, injured=8, sec=1), C(None, 2, comb=2)], loc="Bara Bazar"),
 I("2023-07-19", "day", "PAK", KP, "Peshawar", "armed_attack", "UNKNOWN",
   [C(None, 2, injured=2, sec=2)], loc="Regi Model Town")],
"The stored copy is dated Thursday 20 July 2023. Two incidents. (1) The suicide attack on the Bara tehsil compound: nothing dates it but 'police said Thursday', which dates the statement: precision week (unsure: 'the latest attack' was that day). Two terrorists, unnamed: suicide_bombing, UNKNOWN. Police (the article's voice): one policeman killed (security forces 1), eight injured; the IG (police, the article's voice): both attackers killed, a separate claim (combatants 2). The hospital's body and four injured are parts. (2) The shooting at the Regi checkpoint 'last night', the day before publication (19 July), reported with its own details, not as a trigger: unidentified armed men, armed_attack, UNKNOWN; police: two policemen killed (security forces 2), two injured (unsure: it may be read as context). The last, cut paragraph of the copy (terror statistics) is left out.")

A("The News", "https://www.thenews.com.pk/print/1107572-torkham-border-closed-after-pak-afghan-forces-exchange-fire", "2023-09-07", "inferred",
"""LANDIKOTAL: The Pak-Afghan border at Torkham was closed on Wednesday after an exchange of fire between the security forces of the two countries over the construction of a bunker on the Afghan side, officials said.

An official performing duty at the Torkham border told The News on the condition of anonymity that the Interim Afghanistan government was constructing a bunker on a hilltop near the border.

He said Pakistani authorities requested the Afghan side to stop the construction as it was a violation of international law but they did not entertain the request.

“Both Pakistani and Afghan officials held talks but failed to resolve the issue and all of a sudden, Afghan troops started shelling Pakistan’s side of the border,” said the official.

He added that several mortar shells were fired from the Afghan side, which landed at the Customs, FIA and other offices.

The official added that a mortar shell also hit a mosque on the Pakistani side of the border while another landed in Bacha Mena border village. However, these did not cause any human loss.

He said gunfire started at 2pm which continued for around three hours. A Frontier Corps soldier, Maqsood, sustained bullet injuries and was taken to a hospital.

Meanwhile, thousands of passengers including patients, women and children besides empty and loaded trucks were stuck up on both sides of the border.

Hundreds of government and private offices were shut for safety measures.

Residents of the border village of Bacha Mena started shifting from Torkham to safer places. Residents urged the authorities to resolve the matter through talks. The border remained closed till filing to this report.""",
[I("2023-09-06", "day", "PAK", KP, "Khyber", "cross_border_fire", "TALIBAN",
   [C(None, injured=1)], loc="Torkham, Bacha Mena")],
"The page gives no date: Thursday 7 September 2023, inferred (the print edition the day after the Wednesday clash over a bunker, which other copies date 6 September 2023). The exchange of fire was 'on Wednesday', 6 September. Afghan troops shelling and firing across the border on Torkham, as the official tells it: cross_border_fire, as for the Torkham exchanges in the earlier sets; Afghan forces after August 2021: TALIBAN. The official (the article's voice): no loss of life, one FC soldier injured (injured 1). The headline, standfirst and the last, cut AFP sentence are left out.")

A("Pakistan Standard", "https://www.pakistanstandard.com/three-policemen-among-four-martyred-in-kohat/", "2024-01-10", "text",
"""At least four people, including three police personnel, were martyred in an assault on a security checkpost near the Lachi Toll Plaza on the Kohat Indus Highway late on Tuesday night.

In a statement, Lachi Police Public Relations Officer (PRO) Fazl Naeem identified the martyred cops as Lance Naik Constable Amjad, Lance Naik Constable Junaid and Constable Waqar. He said one civilian of Lakki Marwat, Noor Muhammad, was also killed.

Reportedly, the assault comprised over 10 terrorists, who targeted the Lachi Toll Plaza and security checkpost. After repulsing them, said police, a heavy contingent of police and Pakistan Army had cordoned off the area and launched a search operation to hunt down the terrorists.

There has been a resurgence of terrorism across Pakistan since the Afghan Taliban returned to power in 2021, especially in Khyber-Pakhtunkhwa and Balochistan. Earlier this week, a roadside bomb martyred seven police officers deployed to protect polio vaccination workers in Mamund tehsil of Bajaur district. The same day, a soldier was martyred and an injured militant arrested following an exchange of fire between security forces and militants in North Waziristan.

Islamabad has accused Kabul of sheltering militants such as the Tehreek-e-Taliban Pakistan (TTP), allowing them to use its soil to launch attacks in Pakistan with impunity.""",
[I("2024-01-09", "day", "PAK", KP, "Kohat", "armed_attack", "UNKNOWN",
   [C(None, 4, "at_least", sec=3, civ=1)], loc="Lachi Toll Plaza")],
"The stored copy is dated Wednesday 10 January 2024; the assault was 'late on Tuesday night', 9 January. Over ten terrorists, unnamed: armed_attack, UNKNOWN. The police spokesman (the article's voice): at least four killed, 'including three police personnel' (security forces 3) and one civilian (civilians 1). The Bajaur roadside bomb (seven police) and the North Waziristan exchange of fire 'earlier this week' are earlier events named as context.")

A("Business Recorder", "https://www.brecorder.com/news/40295530/fc-soldier-martyred-4-terrorists-killed-in-attack-on-pakistan-naval-base", "2024-03-26", "text",
"""The Inter-Services Public Relations (ISPR) said on Tuesday that a Balochistan Frontier Corps soldier was martyred as security forces thwarted a late-night attack on a naval base in Turbat, Aaj News reported.

In a statement today, the military’s media affairs wing said that terrorists attempted to attack PNS Siddique in Turbat last night, adding that the attempt was foiled due to the “swift and effective response by the troops ensuring the safety and security of personnel and assets”.

It said that security forces in the vicinity were immediately mobilised to support the naval troops and synergetic and effective response by the “armed forces enabled killing of all four terrorists in ensuing joint clearance operation”.

24-year-old Sepoy Noman Fareed of the Balochistan Frontier Corps embraced martyrdom during the exchange of fire, the ISPR added.

The Baloch Liberation Army (BLA), the most prominent of several separatist groups in Balochistan, claimed responsibility for the assault in a statement, Reuters reported.

Pakistan has witnessed an uptick in terror activities after the banned militant Tehreek-i-Taliban Pakistan ended its ceasefire with the government in November 2022.

Last week, a group of eight terrorists attempted to enter Port Authority Complex in Gwadar which was successfully thwarted by the security forces personnel.

According to the military’s media wing, the military troops employed for security responded immediately & effectively engaged the terrorists, and in ensuing fire exchange, all eight terrorists were sent to hell.""",
[I("2024-03-25", "day", "PAK", BAL, "Kech", "armed_attack", "BLA",
   [C("PAK", 1, sec=1), C("PAK", 4, comb=4)], loc="PNS Siddique, Turbat")],
"The stored copy is dated Tuesday 26 March 2024; the attack was 'last night' in the ISPR's statement of Tuesday, so Monday 25 March. An attempt to storm the naval base, claimed by the BLA: armed_attack, BLA. The ISPR (PAK): one FC soldier killed (security forces 1) and, as a separate claim, all four attackers (combatants 4). The Gwadar port attack of last week (eight terrorists) is an earlier event named as context; its last, cut paragraph (two soldiers) is left out. Turbat is in Kech.")

A("Pakistan Today", "https://www.pakistantoday.com.pk/2024/08/03/two-cops-martyred-as-convoy-of-judges-attacked-in-tank/", "2024-08-03", "url",
"""TANK: Two policemen were martyred and two others injured an attack on a convoy of vehicles carrying judges near Hathala area in Dera Ismail Khan (DIK) district of Khyber-Pakhtunwa (KP), the police confirmed.

According to police officials, the convoy included Additional Judge Tang Hasnain, Additional Sessions Judge South, and Senior Civil Judge Mah Jabeen, who were all unharmed in the attack.

Initial reports indicated that the judges’ convoy was attacked near Bhagwal area of district Tank by gunfire. In this terrorist action, two officers of the Upper Waziristan Police, Abdullah and Constable Samad Khan, embraced martyrdom.

Following the incident, the bodies and injured were transported to the hospital. A heavy contingent of police responded swiftly, gathering evidence from the scene, cordoning off the area, and launching a search operation for the terrorists.

According to details, terrorists attacked the convoy of judges squad at Dera Ismail Khan road near Bhagwal area of district Tank of Khyber Pakhtunkhwa.

As a result of firing, two policemen including Abdullah and Samad were martyred while two officials were injured. The martyred cops belonged to South Waziristan. The assailants fled the scene after retaliatory action of police.

Naqvi condemns attack on judges’ convoy in Tank

Federal Interior Minister Mohsin Naqvi has strongly condemned the terrorist attack on convoy of judges in Tank resulted in martyrdom of two policemen.

The interior minister paid rich tribute to the martyred constables Abdullah and Abdul Samad.

Mohsin Naqvi expressed his heartfelt sympathies and condolence with the families of martyrs and said that the martyred constables thwarted the nefarious designs of the terrorists by laying down their lives.""",
[I("2024-08-03", "week", "PAK", KP, None, "armed_attack", "UNKNOWN",
   [C(None, 2, injured=2, sec=2), C("PAK", 2, sec=2)], loc="Bhagwal / Hathala")],
"Published 3 August 2024 (url); the text gives no day for the attack: the publication day, precision week. Terrorists, unnamed, firing on a judges' convoy: armed_attack, UNKNOWN. The place is given as near Hathala 'in Dera Ismail Khan (DIK) district' and near Bhagwal 'of district Tank': two districts named, so the district is left empty (unsure: Tank, the dateline and later paragraphs). Police (the article's voice): two policemen killed (security forces 2), two injured; the interior minister (PAK): 'martyrdom of two policemen' (security forces 2). The headline is left out.")

# ---------------------------------------------------------------- D. I. Khan and Zhob (2025)
A("Business Recorder (PPI)", "https://www.brecorder.com/news/40345981/four-balochistan-levies-men-martyred-in-dik-blast", "2025-02-03", "text",
"""DERA ISMAIL KHAN: A bomb blast late Saturday night in the Kolachi area of Dera Ismail Khan martyred five people, including four Balochistan Levies personnel, officials confirmed Sunday.

Assistant Commissioner Muhammad Akram said the explosion occurred when a vehicle carrying the Levies personnel was struck by a bomb. The blast caused the vehicle to catch fire, killing all five persons.

The victims were identified as Noor Ahmed Kakar, a senior Naib Risaldar of the Balochistan Levies Force, and three sepoys — Rasheed Zaman, Dawood Khan, and Bilal Ahmed — along with a civilian driver whose identity was not immediately released.

According to officials, the Levies personnel from Khanozai in Balochistan were en route to Dera Ismail Khan to receive a stolen truck recovered by local police. The truck had been reported stolen from Khanozai on Jan 13.

The Levies team was traveling in a private vehicle when unidentified attackers targeted them near Kolachi, Akram said. Authorities were investigating the incident. The mission turned fatal when unidentified attackers detonated a bomb near the vehicle before it reached its destination.

The authorities were set to shift bodies to Balochistan. No group has claimed responsibility for the attack yet.

The Balochistan Levies is a paramilitary force responsible for maintaining law and order in Balochistan province. The force often faces threats from militant groups and criminal gangs operating in the region.""",
[I("2025-02-01", "day", "PAK", KP, "D. I. Khan", "bombing", "UNKNOWN",
   [C(None, 5, sec=4, civ=1)], loc="Kolachi")],
"'Published 03 Feb, 2025' (a Monday); the blast was 'late Saturday night', 1 February (officials confirmed Sunday). A bomb that 'unidentified attackers detonated', no group claiming it: bombing, UNKNOWN. Officials (the article's voice): five killed, 'including four Balochistan Levies personnel' (security forces 4) and a civilian driver (civilians 1). The truck stolen on 13 January is background. The market ticker and byline are left out.")

A("Sun Online (Anadolu)", "https://en02.sun.mv/97399", "2025-07-11", "inferred",
"""Unknown gunmen abducted nine passengers from a bus in Pakistan's southwestern Balochistan province and later killed them, a local official said Friday.

The incident occurred Thursday night in the Sur-Dakai area on the border between Balochistan’s Zhob and Loralai districts, Zhob Assistant Commissioner Naveed Alam told reporters.

Their bodies, with bullet wounds, were discovered in the mountains overnight.

According to a report in Dawn, quoting sources, two passenger coaches en route Punjab were intercepted in the Sur-Dakai area near the N-70 highway, close to Dab — a place along the Loralai-Zhob border. A group of armed men had blocked the road and stopped the two vehicles.

The news report stated that the gunmen got on the buses, checked the ID of passengers and forced 10 people off the vehicles.

“They dragged out 10 passengers — seven from one coach and three from the other — and took them away (to an unknown place),” a surviving passenger told Levies law enforcers. “I don’t know what they did to them, but I heard gunfire as we were leaving.”

After abducting the nine passengers, the assailants allowed both coaches to leave the area.

The attackers reportedly checked the CNICs of all passengers and specifically targeted individuals with Punjab addresses. They also opened fire on the coaches during the abduction to prevent any escape.

Prime Minister Shehbaz Sharif and Interior Minister Mohsin Naqvi confirmed the incident and strongly condemned the killings.

"The blood of innocent people will be avenged. The killing of innocent citizens is an open act of terrorism by India-sponsored terrorists," Sharif said.

There was no immediate reaction from India to his statement.

The Balochistan Liberation Front, a banned outfit, later claimed responsibility for the attack.""",
[I("2025-07-10", "day", "PAK", BAL, None, "armed_attack", "OTHER",
   [C(None, 9)], loc="Sur-Dakai, N-70 highway")],
"The page gives no date: Friday 11 July 2025, inferred (the official 'said Friday' of an attack on 'Thursday night'; other copies are dated 11 July 2025). The attack was Thursday night, 10 July. Gunmen stopping two coaches and shooting passengers taken off them, claimed by the Balochistan Liberation Front, a group outside the list: armed_attack, OTHER (the prime minister's 'India-sponsored terrorists' names no group). The place is 'on the border between Balochistan's Zhob and Loralai districts': two districts, so the district is left empty (unsure: Zhob, whose assistant commissioner reports it). The assistant commissioner (the article's voice): nine killed; the surviving passenger's ten dragged out is an abduction figure, not a death toll. The photo caption and the last, cut paragraph are left out.")

# ---------------------------------------------------------------- no incident: refugees, border talks, trade, diplomacy
A("UNHCR (briefing notes)", "http://www.unhcr.org/4bac9adf9.html", "2010-03-26", "text",
"""UNHCR has welcomed Pakistan's decision to allow 1.7 million registered Afghans to remain in the country for three more years, alongside continued voluntary repatriation to Afghanistan. For the past three decades, Pakistan has shown strong commitment to the protection of Afghan refugees, who have been caught in one of the world's most protracted refugee situations. Pakistan remains host to the largest refugee population in the world under UNHCR's care.

The new Strategy for the Management of Afghans in Pakistan, which was endorsed on Wednesday by the cabinet of the Pakistan government, includes the extension until the end of 2012 of Proof of Registration (PoR) cards. These cards are issued to registered Afghan refugees. The existing PoR cards, which expired on December 31 last year, will be replaced with new cards with enhanced identification features.

The card is an important form of identification for Afghan refugees proving their legal right of stay in the country, and therefore giving important protection against possible detention or deportation particularly during 'crackdowns' against foreigners and suspected illegal immigrants in the wake of terror incidents.

More than 3.5 million Afghans have returned home from Pakistan with UNHCR's help since 2002 while more than a million others have returned by their own means. The voluntary repatriation operation resumed this week after the winter recess, from UNHCR centres in the North West Frontier Province city of Peshawar and in Quetta in the southern province of Balochistan. UNHCR remains committed to continuing its work with the governments of Pakistan and Afghanistan to find lasting solutions for Afghan refugees.""",
[], "Refugees: the briefing notes of 26 March 2010 (the page's date line) on Pakistan's extension of 1.7 million Afghans' registration cards to the end of 2012, endorsed by the cabinet 'on Wednesday'. 'Terror incidents' names no event; 1.7 million, 3.5 million and 'more than a million' are not casualty figures: no incident. The page's title and its last, cut paragraph are left out.")

A("Dawn", "http://www.dawn.com/news/1273488/code.jquery.com", "2016-07-27", "text",
"""ISLAMABAD: Officials from Pakistan and Afghanistan held on Tuesday technical talks on border management and security in Kabul.

The inaugural meeting of the Pak-Afghan Joint Technical Working Group held under a newly-formed high-level consultation mechanism for coordination on border management and related security issues was also attended by Nato officials. Director General Military Operations Maj Gen Sahir Shamshad Mirza led the Pakistani delegation in the talks.

“Afghan, Pakistani and Nato officials met at the defence ministry in Kabul on Tuesday to discuss issues related to border security and joint fight against terrorism on both sides of the Durand Line,” said a brief statement issued by the Afghan defence ministry.

The bilateral mechanism meant for coordination on border management was formed after last month’s violent clashes between Pakistani and Afghan troops over the construction of a border gate that left four soldiers dead on both sides.

The joint technical working group was formed to support the consultative mechanism that includes foreign ministers and national security advisers of both countries.""",
[], "Border talks: the first meeting of the Pak-Afghan Joint Technical Working Group in Kabul on Tuesday 26 July 2016 ('Published in Dawn, July 27th, 2016', left out with the page's opinion links). The clashes over the Torkham gate 'last month' that 'left four soldiers dead on both sides' are an earlier event named as context (the sets already hold the Torkham firing of June 2016): no incident.")

A("The News", "https://www.thenews.com.pk/latest/490947-unhcr-welcomes-pakistan-cabinet-s-decision-to-extend-stay-of-afghan-refugees", "2019-06-28", "text",
"""PESHAWAR: UNHCR, The UN refugee agency Friday welcomed the Pakistan cabinet’s decision to extend the Proof of Registration (PoR) cards to some 1.4 million Afghan refugees in Pakistan until June 30, 2020.

“We appreciate the government decision to extend the PoR cards for twelve months, since this will provide predictability to Afghan refugees who were facing uncertainty and anxiety,” said UNHCR Country Representative in Pakistan, Ruvendrini Menikdiwela in a press release issued here.

Menikdiwela appreciated the people and government of Pakistan for generously hosting Afghan refugees for four decades.

“Pakistan has been an exemplary host throughout” she said, adding that UNHCR will continue to support government policies which promote the resilience and voluntary repatriation in dignity and safety, of the refugees.

Menikdiwela said UNHCR will continue to call for international support to Pakistan for Pakistani host communities and Afghan refugees living in the country.""",
[], "Refugees: UNHCR welcomes, on Friday 28 June 2019 (the stored copy's date line), the cabinet's extension of 1.4 million Afghans' registration cards to 30 June 2020. No violent event; 1.4 million is not a casualty figure: no incident. The headline is left out.")

A("The Indian Wire", "https://www.theindianwire.com/world/pakistan-afghan-resume-transit-trade-talks-152389/amp/", "2019-07-13", "text",
"""Islamabad, July 13: Afghanistan and Pakistan have on Friday relaunched their dialogues to bridge the differences between the two sides in a way of transit pact after a three-year suspension.

According to Dawn news reports, talks between the two nation had abruptly ended in September 2015 after Afghanistan insisted to including India in their transit deal negotiations and also the trilateral trade agreement involving Tajikistan, Afghanistan, and Pakistan.

The development has come after Pak Prime Minister Imran Khan and Afghan President Ashraf Ghani on June 27 in capital Islamabad, during which both the leaders agreed to enhance their trade ties.

A Technical Working Group (TWG) of Kabul officials has on Friday met with Abdul Razak Dawood, PM Khan’s advisor on commerce, where both the leaders exchanged their proposals and mutual concerns.

During the gathering, Dawood griped to Afghan authorities over the unchecked pilferage of products through travel exchange and requested that they address the issue.

He additionally requested that authorities present their amended draft on the Afghanistan Pakistan Transit Trade Agreement (APTTA) which has been pending since 2017.""",
[], "Trade: transit-trade talks resumed in Islamabad on Friday 12 July 2019. The dateline gives 'July 13'; the year, 2019, from the context (Ghani's visit to Islamabad of 27 June and the photo of 31 May 2019 in the page's caption, left out). No violent event and no casualty figure: no incident. The page's header and last, cut paragraph are left out.")

A("Daily Times", "https://dailytimes.com.pk/1134239/pakistan-special-envoy-discusses-security-matters-with-afghan-fm/", "2023-09-22", "text",
"""Pakistan’s Special Envoy for Afghanistan Ambassador Asif Khan Durrani visited Kabul on Thursday and held talks with the Taliban administration’s acting foreign minister, according an Afghan foreign ministry statement.

Durrani, along with a high-level delegation, met acting foreign minister Amir Khan Muttaqi in Kabul on an unannounced visit. The visit comes amid tensions between the neighbouring countries over an uptick in terrorist attacks by the outlawed Tehreek-i-Taliban Pakistan in the country. In a statement posted on social media platform X, Afghan Deputy Spokesman Hafiz Zia Ahmad Takal said it was decided during the meeting that joint committees should solve security issues between Pakistan and Afghanistan while major routes should not be closed due to security and political problems.

“Pakistani special envoy and Afghan foreign minister underlined the need to take urgent measures for the solution to the problems and to prevent untoward incidents in future,” he said. “Being neighbours and Muslim nations, Pakistan and Afghanistan must avoid issuing statements against each that create a gap between the two sides,” the Afghan spokesman added.

He quoted the Afghan foreign minister as saying that his government would not allow anyone to spoil relations between the two countries, adding that the policy of the Islamic Emirate was based on goodwill and sincerity. Meanwhile, Durrani called for both countries’ cooperation in connection to the security problems, according to the Afghan spokesman.

He said Pakistan would find a solution to the cross-border movement of passengers, bilateral trade and transit. Pakistan, Durrani was quoted as saying, was ready for cooperation with Afghanistan in many areas. He informed the Afghan side that Islamabad would resume scholarships for the Afghan students.""",
[], "Diplomacy: Pakistan's special envoy Asif Durrani in Kabul on Thursday 21 September 2023 (the stored copy is dated 22 September 2023). 'An uptick in terrorist attacks' and 'untoward incidents' name no event (the Torkham closure of that month is not named): no incident. The last, cut sentence is left out.")

if __name__ == "__main__":
    # Scored once at the end of round 8; development data since round 9.
    write(lambda index: {"id": f"heldout8-{index:03d}", "split": "dev", "first_split": "heldout8"})
