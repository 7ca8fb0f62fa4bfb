"""Writes crates/extract/gold/gold-heldout7.jsonl: the seventh held-out set (split "heldout7").

Real passages collected with the search tool from stored news pages and labelled by hand in one
sitting, following the written conventions (crates/extract/gold/README.md), by a helper session
that never ran the extractor, nor read its source, word lists, docs, tests or golden output. They
were chosen as an ordinary daily mix of the frontier's news from 2012 to 2025 and for events not yet
in the sets: a tribal clash in Kurram, suicide bombings in Bajaur (2012, 2021) and Bannu (2024),
gunmen and ambushes against soldiers, FC and Levies in North and South Waziristan, Mohmand, Kurram,
Mastung, Kalat, Kech, Panjgur and Noshki, infiltrators engaged in Zhob, US drone strikes in North
Waziristan (2012) and Nuristan (2013), a US air strike in Kunar (the UN's figures), Pakistani
helicopters and rockets on Kunar (2014), rockets and mortars from Afghanistan on Bajaur (2013,
2020), fire from across the border at Angoor Adda (2015), Afghan fire at the Chaman gate (2023),
clashes between the two countries' forces at Dand-e-Patan (2022), Kharlachi (2024) and Torkham
(2025), and a Taliban statement on a Pakistani soldier killed at Spin Boldak (2022); voices are the
ISPR, security and intelligence officials, police, hospitals, district and provincial officials,
officials of the Islamic Republic (the article's voice), the Taliban's ministries and spokesman,
the UN and the Taliban's own claim of a bombing; figures in words and digits, "at least", a toll
that rose, groups of women, children, soldiers and attackers, several passages with two or three
incidents, earlier events and tallies as context; and five passages with no incident (a Sharif-
Ghani meeting in 2014, refugees' registration cards extended in 2023, Torkham reopened in March
2025, a Pakistani foreign minister in Kabul in April 2025, a trilateral meeting in Kabul in August
2025).

De-duplication, checked with a script that reads only the `url` and `text` fields of gold.jsonl and
gold-heldout2.jsonl to gold-heldout6.jsonl: no URL here is in them (exact and normalised addresses:
scheme, www./m. prefix, query, fragment and trailing slash removed), and no passage shares a
figure sentence with them (shared 8-word sequences). Three candidates were dropped before
labelling because their URLs were already in a set (a Nation report of a Lakki Marwat police
station attack of February 2023, heldout3-020; a Salam Watandar report of Pakistani rockets on
Kunar in November 2017, heldout2-007; a Headline Clicker copy of an Anadolu report of shelling on
Kunar in September 2013, heldout3-024). Candidates reporting events the sets already hold were
left out (the Khost drone strike of 16 May 2023, the Khost and Kunar strikes of 16 April 2022, the
Paktika and Khost strikes of 18 March 2024, Khost on 24-25 November 2025, the Datta Khel drone
strike of 23 May 2012, the Dangam rockets of 21 July 2012, the Kurram clash at Palosin of 7
September 2024 and the Khost and Paktia clashes of 28 December 2024, the Torkham clash of 12 August
2024, the Nangarhar and Khost drone strikes of August 2025, the Bajaur bombing of 30 July 2023, the
Mamond attack of 13 November 2017, Parachinar's market bombings of 2013, 2015 and 2017), and so
were undated copies (rockets on Kunar and Nangarhar, two North Waziristan reports, a Torkham clash,
a Parachinar blast) and a Tirah explosion of September 2025 whose cause the copies dispute. One ISPR
quotation about an earlier Bajaur attack, shared word for word with heldout6-012, was cut from the
end of heldout7-013. What remains shared is boilerplate of the ISPR's statements ("the menace of
terrorism and such sacrifices of our brave ...", "use of Afghan soil by terrorists for activities
against Pakistan", "according to the ISPR handout the incident took place", "on the reported
presence of terrorists in the area", "the attempt to enter the post was effectively thwarted"), "TTP
claimed responsibility for the attack", "others were injured in a suicide attack on", "forces
launched a search operation in the area", and a context clause about the caretaker government's
ultimatum to undocumented immigrants; no figure sentence. Helpers and conventions as in
make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"
BAL = "Balochistan"

# ---------------------------------------------------------------- Kurram and Bajaur
A("Dawn", "https://www.dawn.com/news/1864875/15-killed-7-injured-in-fresh-kurram-clashes", "2024-10-13", "text",
"""KURRAM: Fifteen people, including two women and a child, were killed and seven others injured in armed clashes between two groups in Kurram district on Saturday, officials said.

According to police sources, clashes broke out early in the morning when Maqbal tribesmen allegedly opened fire, leaving two Kanj Alizai tribesmen wounded.

Soon after the incident, they said, the clashes spread to several parts of the district, adding that passenger and other vehicles were also attacked.

The sources said that the bodies and injured were taken to the district headquarters hospital, Parachinar.

“One injured person is admitted, while the others were shifted to other hospitals,” Parachinar DHQ medical superintendent Dr Syed Meer Hasan said.

Kurram Deputy Commissioner Javedullah Mahsud said that steps were being taken to restore lasting peace and to secure roads for transportation purpose.

Meanwhile, Pir Haidar Shah, member of a local jirga or tribal council, said that Jirga elders were holding talks with the tribesmen when the firing incident took place, adding that the incident dealt a blow to peace efforts in the area.

In September, the district administration had engaged a local jirga to facilitate talks between two tribes. The KP government also formed a land commission to resolve land disputes which are believed to be the main cause of the clashes.Last month, 46 people were killed in the region over a land dispute.""",
[I("2024-10-12", "day", "PAK", KP, "Kurram", "armed_clash", "OTHER",
   [C(None, 15, injured=7, women=2, children=1)])],
"Saturday 12 October 2024 (published Sunday 13th: the page's date line and 'Published in Dawn, October 13th, 2024', left out). Armed clashes between two tribal groups: armed_clash. The police sources allege that Maqbal tribesmen opened fire first: a party outside the list, OTHER (unsure: no perpetrator, since it is a fight between two groups). Officials (the article's voice): 15 killed 'including two women and a child' (women 2, children 1), seven injured; the two Kanj Alizai tribesmen wounded at the start are among the injured, not a separate claim. The 46 killed last month are context.")

A("The Nation", "https://nation.com.pk/05-May-2012/death-toll-of-friday-s-suicide-bombing-in-bajaur-rises-to-29", "2012-05-05", "url",
"""Tense situation was prevailing in the tribal region where tribesmen on Saturday buried the victims of Friday’s deadly suicide attack at separate places in Bajaur Agency as the death toll rose to 29.

Offices and private markets were closed in Bajaur to mourn the deaths as local tribesmen held funerals in different parts of the tribal region, witnesses said.

A teenage suicide bomber blew himself up on Friday in a bustling market in Khar, the headquarters of Bajaur Agency. Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack, threatening that whoever was found involved in anti-Taliban activities would face the same fate.

Paramilitary troops and tribal police were seen patrolling the streets and bazaars on Saturday while roads and markets were deserted with educational institutions closed.

“Five critically injured tribesmen succumbed to their injuries overnight in hospitals. The death toll has now risen to 29,” hospital sources said.

It was the deadliest bombing in Pakistan since February 17, when 31 people were killed in a suicide attack in Kurram tribal region.

Among the dead were the local chief and deputy of Levies Force. The security forces are frequently targeted by insurgents linked to the Taliban and al Qaeda.

The military conducted major anti-Taliban offensives in Bajaur in August 2008 and February 2009, and has repeatedly declared the agency secure. But militants have still proved able to strike. Report says that government has not yet announced any compensation for the heirs of those killed in the deadly suicide bombing.""",
[I("2012-05-04", "day", "PAK", KP, "Bajaur", "suicide_bombing", "TTP",
   [C(None, 29)], loc="Khar")],
"Published Saturday 5 May 2012 (url); the bombing was 'on Friday', 4 May. A teenage suicide bomber; the TTP claimed it: TTP. The toll 'rose to 29' (hospital sources, the article's voice) and replaces any earlier figure; the five who died overnight are part of it. 'The local chief and deputy of Levies Force' are not given as a number (no security-forces figure). The Kurram suicide attack of 17 February (31 killed) is context. The page's headline and footer are left out.")

A("Daily Times", "https://dailytimes.com.pk/857144/two-killed-four-injured-in-suicide-attack-on-anp-vehicle-in-bajaur/", "2021-12-19", "inferred",
"""Two people were killed while four others were injured in a suicide attack on an Awami National Party (ANP) vehicle in Bajaur tribal district, officials said on Sunday. Bajaur District Police Office Samad Khan confirmed the casualties, adding that the blast occurred near the Pak-Afghan border in Sur Qamar area within Laghrey police station’s limits. He said that police and law enforcement personnel arrived at the scene following the blast. The official dispelled the notion that the incident took place near a polling station where local government elections are underway. He said that the site of the incident was a hilly area. “The suicide bomber suddenly appeared and blew himself up,” he said. No one has claimed responsibility for the attack so far. In November, two policemen were martyred in Bajaur after an improvised explosive device (IED) was triggered during a routine patrol. The police officers were deployed near Raghagan Dam when the IED got set off.""",
[I("2021-12-19", "week", "PAK", KP, "Bajaur", "suicide_bombing", "UNKNOWN",
   [C(None, 2, injured=4)], loc="Sur Qamar, Laghrey")],
"The page gives no date: Sunday 19 December 2021, inferred (local government elections under way in Bajaur, the first phase of 19 December 2021; the November IED near Raghagan Dam as context). Nothing dates the blast itself; 'officials said on Sunday' dates the statement: week precision. A suicide bomber, 'no one has claimed responsibility': UNKNOWN. Two killed, four injured (officials and the district police officer: the article's voice). The two policemen killed in November are context. The stored page is one paragraph.")

A("Dawn", "https://www.dawn.com/news/1569031/i.dawn.com", "2020-07-15", "text",
"""BAJAUR: A woman was wounded when a mortar shell fired from Afghanistan’s Kunar province landed in a bordering locality of Mamond tehsil here on Tuesday.

Residents and officials said the shell flattened the house of Latifullah in Kaga area. They said a 22-year-old woman was seriously injured in the attack.

They added that a number of cattle were also killed.

The villagers said the people of nearby houses rushed to the spot soon after the attack and launched rescue work. They said security forces also quickly responded to the attack and targeted the militants’ hideouts with heavy fire. No one has claimed responsibility for the attack.

However, officials and local residents believed that militants living inside in the Afghanistan’s Kunar province could be responsible for the attack.

It was the third such attack carried out from the Afghanistan’s Kunar province since May 27 this year.

Meanwhile, elders of Tharkani and Utmankhel tribes condemned the attack, terming it an attempt to disturb peace in the district.

The elders asked the Afghanistan government to immediately stop such attacks carried out from its land.""",
[I("2020-07-14", "day", "PAK", KP, "Bajaur", "cross_border_fire", "UNKNOWN",
   [C(None, injured=1)], loc="Kaga, Mamond")],
"Tuesday 14 July 2020 ('Published in Dawn, July 15th, 2020', in the page; left out with the page's opinion links). A mortar shell fired from Kunar across the border: cross_border_fire, as for the Kunar mortar of heldout6-019. 'No one has claimed responsibility' and officials believe militants in Kunar could be responsible: an attacker, unnamed, UNKNOWN. One woman injured (residents and officials, the article's voice); cattle are not casualties. The two earlier attacks since 27 May are context.")

A("The Express Tribune", "https://tribune.com.pk/story/621062/cross-border-attack-rocket-fired-from-afghanistan-national-brief", "2013-10-23", "text",
"""KHAR: A rocket was fired from Afghanistan on Tuesday in what was the second consecutive cross-border attack in two days, confirmed Umer Khan, a political administration official from Mamond in Bajaur Agency. The rocket was fired from the western side of the Pak-Afghan border towards Sarkai village in Mamond. Though no loss of life was reported in the incident as the rocket did not land in a residential area, two FC personnel sustained minor shrapnel injuries as a result of the explosion. Consequently, security forces retaliated by firing shots towards the direction the rocket was believed to be fired from. A day earlier, two minors were injured in a cross-border firing incident. Such attacks are not uncommon in Bajaur and local tribesmen have repeatedly expressed concern, demanding the administration to put an end to the violation immediately. Bajaur Agency borders the Afghan province of Kunar. Though the government has raised the issue with its Afghan counterpart in the past, little headway has been made to stop the attacks.""",
[I("2013-10-22", "day", "PAK", KP, "Bajaur", "cross_border_fire", None,
   [C(None, injured=2)], loc="Sarkai, Mamond")],
"Tuesday 22 October 2013 ('Published in The Express Tribune, October 23rd, 2013', in the page). A rocket fired from Afghanistan with nobody named as firing it: cross_border_fire, no perpetrator. The political administration official (the article's voice): no one killed, two FC personnel injured (injured 2, no group field for the injured). The Pakistani return fire is part of the same incident. The two minors injured 'a day earlier' are an earlier event named as context. The stored page is one paragraph.")

# ---------------------------------------------------------------- North and South Waziristan
A("Dawn", "https://www.dawn.com/news/1888772/major-among-four-personnel-martyred-in-north-waziristan", "2025-01-31", "text",
"""NORTH WAZIRISTAN: Four security personnel, including a major, were martyred and 13 terrorists were killed in two different encounters in North Waziristan district on Thursday, according to the military’s media wing and sources.

A statement issued by Inter Services Public Relations (ISPR) said security forces conducted an intelligence-based operation in Mir Ali on the reported presence of terrorists in the area.

The forces “effectively engaged” the terrorists’ hideout and killed six of them during the crossfire.

During the operation, Major Hamza Israr, 29, embraced martyrdom while “leading his troops from the front”.

He was a native of Rawalpindi district.

Sepoy Muhammad Naeem, 26, from Naseerabad, Balochistan, “having fought gallantly” also embraced martyrdom.

The ISPR statement added that a sanitisation operation was being conducted to eliminate any remaining terrorists in the area.

Ambush In another shootout, two security personnel were martyred and seven terrorists were killed in North Waziristan, according to local sources.

The shootout took place after the terrorists ambushed a security forces’ convoy, which was going from Datta Khel camp to Ghundi post.

No official statement was issued by the ISPR about the attack till the filing of this report.

Since the start of this month, security forces have conducted numerous operations in Khyber Pakhtunkhwa, which has seen a sharp uptick in terror attacks in the past two years.

Around 30 terrorists, including two ringleaders, were killed and eight others injured in operations earlier this week.

According to ISPR, terrorists’ hideouts were targeted in Lakki Marwat, Karak and Khyber districts.

As per the military’s data, 2024 was the deadliest year in a decade in terms of civil and military casualties.

Most of the 444 terror attacks last year targeted KP.""",
[I("2025-01-30", "day", "PAK", KP, "North Waziristan", "armed_clash", None,
   [C("PAK", 6, comb=6)], loc="Mir Ali"),
 I("2025-01-30", "day", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 2, sec=2), C(None, 7, comb=7)], loc="Datta Khel")],
"Thursday 30 January 2025 (published Friday 31st, the page's date line). Two encounters, two incidents. (1) The ISPR's intelligence-based operation in Mir Ali, an exchange of fire: armed_clash, no perpetrator; the ISPR (PAK): six terrorists killed (combatants 6); the major and the sepoy are named, with no number of the ISPR's own. (2) Terrorists ambushed a convoy going from Datta Khel camp to Ghundi post: armed_attack by unnamed terrorists, UNKNOWN; local sources (the article's voice): two security personnel killed (security forces 2) and, as a separate claim, seven of the attackers (combatants 7); no date of its own, so the date of the incident before it (the lead puts both on Thursday). The lead's four personnel and 13 terrorists add up the two encounters (2+2, 6+7) and are not a claim of either. The 'Ambush' subheading is run into its paragraph as stored. The 30 terrorists of earlier this week and the 2024 figures are context.")

A("The News", "https://www.thenews.com.pk/print/501461-soldier-martyred-in-south-waziristan-ambush", "2019-07-20", "text",
"""WANA: A soldier was martyred and four personnel of the security forces were injured in an attack in Srarogha tehsil in South Waziristan tribal district on Saturday, official sources said.

The sources said the personnel of the security forces were on a routine patrol when militants lying in wait ambushed their vehicle in Shikari area in Srarogha. A soldier was martyred and four others were wounded in the attack. One of the injured soldiers was stated to be in critical condition. The wounded soldiers were taken in a helicopter to the Combined Military Hospital in Dera Ismail Khan.

The security forces launched a search operation in the area after the attack. Also, a man identified as Imran sustained injuries when three rockets hit his house in Konri Raghzai village in Srarogha tehsil.

Meanwhile, three blasts caused by improvised explosive devices were reported in Wargha Tangi area in South Waziristan’s Makeen tehsil. However, no loss of life was reported in the blasts.""",
[I("2019-07-20", "day", "PAK", KP, "South Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 1, injured=4, sec=1)], loc="Shikari, Srarogha"),
 I("2019-07-20", "day", "PAK", KP, "South Waziristan", "bombing", None,
   [C(None, injured=1)], loc="Konri Raghzai, Srarogha"),
 I("2019-07-20", "day", "PAK", KP, "South Waziristan", "bombing", None, [], loc="Wargha Tangi, Makeen")],
"Published 20 July 2019 (the page's date line), a Saturday: 'on Saturday' resolves to the same day. Three incidents. (1) Militants lying in wait ambushed a patrol: armed_attack by unnamed militants, UNKNOWN; official sources (the article's voice): one soldier killed (security forces 1), four injured. (2) Three rockets hit a house, one man injured; nobody is named as firing them and no aircraft or border is mentioned: read as a blast, bombing with no perpetrator (unsure of the type). (3) Three IED blasts in one area reported together, no loss of life: one incident, bombing, no perpetrator (an IED attributed to no one), no claim. (2) and (3) have no date of their own and take the date of the incident before them. Dera Ismail Khan is where the wounded were flown.")

A("The News", "https://www.thenews.com.pk/print/383270-two-fc-soldiers-martyred-in-south-waziristan", "2018-10-20", "text",
"""WANA: Two soldiers of the paramilitary Frontier Corps (FC) were martyred in a firing incident in the Sararogha tehsil in South Waziristan district on Friday, official sources said.

The sources said that suspected militants opened fire on Lance Naik Mumtazullah and Sepoy Sajid Hussain in Walma Langarkhel. Both were martyred.

Soon after the incident, the security forces launched a search operation, but no arrest could be made.

The attackers managed to escape after staging the attack. Sararogha is populated by the Mehsud tribe. It was a stronghold of the militants prior to the launching of the military operation in the winter of 2009.""",
[I("2018-10-19", "day", "PAK", KP, "South Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 2, sec=2)], loc="Walma Langarkhel, Sararogha")],
"Friday 19 October 2018 (the page is dated October 20, 2018; its crawl-day header is left out). Suspected militants opened fire: armed_attack, UNKNOWN. Two FC soldiers killed, a group alone (killed 2, security forces 2), official sources (the article's voice).")

A("Samaa", "https://www.samaa.tv/news/2021/02/four-soldiers-martyred-in-attack-on-south-waziristan-check-post/", "2021-02-12", "text",
"""Four soldiers were martyred in an attack on a Pakistan Army check post in South Waziristan Thursday night, the ISPR said.

In response, the army officers shot dead four alleged terrorists.

The martyred soldiers have been identified as Lance Naik Imran Ali, Sepoy Atif Jehangir, Sepoy Aneesur Rehman, and Sepoy Aziz.

The check post is located near the Afghan border. A search operation has been launched in the area.

Khyber Pakhtunkhwa Chief Minister Mahmood Khan has condemned the attack and offered condolences to the families of the martyrs.

“In the fight against terrorists in the region, the army and security forces have given great sacrifices,” he said.

Earlier this month, two soldiers were martyred and four were injured during an exchange of fire in North Waziristan’s Mir Ali. During an exchange of fire, four terrorists were killed.

The terror suspects were reportedly involved in kidnapping for ransom, extortion, fire raids on security forces, and IED explosions.

The mountainous areas of Khyber Pakhtunkhwa along Pakistan’s border with Afghanistan served as a base for the Pakistani Taliban and other militants until a few years ago when the army said it cleared the region of insurgents. Occasional attacks have, however, continued.""",
[I("2021-02-11", "day", "PAK", KP, "South Waziristan", "armed_attack", "UNKNOWN",
   [C("PAK", 4, sec=4), C(None, 4, comb=4)])],
"Thursday night 11 February 2021 (published the 12th, the page's date line). An attack on a check post by unnamed attackers: armed_attack, UNKNOWN. The ISPR (PAK): four soldiers killed (security forces 4). The four 'alleged terrorists' shot dead are the attackers' dead, a separate claim; their sentence is unattributed and opens a new paragraph, so it is the article's voice (unsure: it may continue the ISPR's statement). The Mir Ali exchange of fire earlier this month (two soldiers, four terrorists) is context.")

A("Pakistan Observer", "https://pakobserver.net/soldier-martyred-in-ambush-from-afghanistan/", "2018-09-27", "text",
"""Peshawar

The militants from Afghanistan again resorted to a naked aggression and ambushed a check post in North Waziristan district Thursday leaving at least one soldier martyred. “A security forces personnel was martyred in a cross-border attack by militants from Afghanistan at a security check post situated on the Pak-Afghan border in North Waziristan tribal district on Thursday”. Official sources said adding the militants launched attack at a security check post in Dandi Kach area of Spin Wam Tehsil . The security personnel martyred in the cowardly attack belonged to Bhitanni Rifles.

The militants from the neighboring Afghanistan, it may be recalled, have been crossing into Pakistani territory and launching ambushed from Afghanistan on the troops as well as the civilian population for the last many years and during this period many people both civilians and troops were martyred though effective retaliation from the valiant security forces also killed many intruders.

Though the security forces during military operation Zarb-e-Azb had cleared most of North Waziristan tribal district of militants as many of them were killed, large number of the miscreants also escaped to Afghan side.

The independent sources, however, do not rule out possibility of Afghan National Army’s involvement in cross border naked aggressions as well as they do not spare.""",
[I("2018-09-27", "day", "PAK", KP, "North Waziristan", "armed_attack", "UNKNOWN",
   [C(None, 1, "at_least", sec=1)], loc="Dandi Kach, Spinwam")],
"Thursday 27 September 2018, the day of the page's date line. Militants from Afghanistan ambushed a check post: armed_attack by unnamed militants, UNKNOWN; the independent sources' remark about the Afghan National Army is a general possibility, not an allegation for this attack. 'At least one soldier' (the article's voice; the official sources' quotation gives the same one): killed 1, at_least, security forces 1. The byline (Tariq Saeed) and the share link are left out.")

A("The Express Tribune", "https://tribune.com.pk/story/388902/deadliest-attack-us-drone-strike-kills-15-in-north-waziristan/", "2012-06-05", "text",
"""Four missiles fired from a US drone killed at least 15 people in Mir Ali town in North Waziristan Agency on Monday – the third drone strike in three days and the deadliest this year, intelligence officials said.

There has been a dramatic increase in drone strikes in Pakistan since a Nato summit in Chicago ended two weeks ago without a deal on the vital Nato supply lines.

Security officials said two missiles slammed into a compound in Esokhel village, east of Miramshah, the capital of North Waziristan, before dawn. It brought the death toll from drone attacks in Pakistan in the past three days to 27.

A security official said there were confirmed reports that foreigners were among the dead. “I don’t know how many foreign militants were killed but we are sure that foreigners were among the dead,” he added.

According to a witness, the compound was razed to the ground and the bodies of victims were immediately buried after being pulled out from the rubble.

“I didn’t go near the house as I avoid going near locations where drone strikes take place,” the witness said, adding that in the debris, locals found letterheads of Tehreek-e-Taliban Pakistan (TTP), wooden beds, blankets and mattresses.

It was the third strike in consecutive three days in the region. Eight drone strikes have been reported in tribal regions since May 23, the same number as in the previous four months, and Monday’s was the deadliest since 18 TTP members were reported killed on November 16, 2011.

The London-based Bureau of Investigative Journalism has said that under President Barack Obama one drone strike has hit Pakistan on average every four days.""",
[I("2012-06-04", "day", "PAK", KP, "North Waziristan", "drone_strike", "OTHER",
   [C("PAK", 15, "at_least")], loc="Esokhel, Mir Ali")],
"Monday 4 June 2012 (the page says 'Published: June 5, 2012'). A US drone: OTHER. Intelligence officials and security officials (named officials, not unnamed 'sources': PAK, as for the security officials of heldout6-026): at least 15 killed; 'foreigners were among the dead' gives no number, and the dead are not called militants or civilians in a number. The 27 killed in three days, the eight strikes since 23 May and the 18 TTP members of 16 November 2011 are tallies and earlier events: context. The headline, photo caption and the page's last, cut paragraph are left out.")

A("Gephardt Daily (UPI)", "https://gephardtdaily.com/?p=311647", "2015-10-27", "text",
"""ANGOOR ADDA, Pakistan, Oct. 27 (UPI) — Firing from across the border in Afghanistan Tuesday killed at least seven soldiers in northwestern Pakistan’s South Waziristan tribal region.

The BBC reports it was not clear who was behind the attack, which targeted a checkpoint near the village of Angoor Adda.

Since mid-2014, the Pakistani military has been involved in an offensive operation, known as Zarb-e-Azb, aimed at radical Islamist militants in the country’s rugged northwestern tribal regions.

South Waziristan is one of seven federally administered tribal agencies along the Afghan border where militants with the Taliban, al-Qaida and affiliates of the Islamic State are known to operate.

Last month, the Pakistani military said it killed 15 militants while conducting airstrikes in the Shawal region of North Waziristan, where a week earlier officials said three “high-profile” militants were killed in the first recorded drone strike by the Pakistani government.

In early September, a U.S. drone strike also reportedly killed six militants in North Waziristan’s Shawal region.

On Aug. 18, the Pakistani military said it killed at least 104 militants during two days of airstrikes in the Shawal and Gharlamai areas of North Waziristan and in the Khyber tribal region.

Three days later, militants killed at least three Pakistani soldiers manning a post in the Ladha area of South Waziristan.""",
[I("2015-10-27", "day", "PAK", KP, "South Waziristan", "cross_border_fire", None,
   [C(None, 7, "at_least", sec=7)], loc="Angoor Adda")],
"Dateline 'Oct. 27 (UPI)'; the year, 2015, from the context (Zarb-e-Azb 'since mid-2014', the Pakistani government's first drone strike of September 2015); 'Tuesday' is 27 October 2015. Firing from across the border, and 'it was not clear who was behind the attack': cross_border_fire with no perpetrator, as for fire from across the border by nobody named in heldout6-019 (unsure: armed_attack if militants). At least seven soldiers killed (security forces 7), the article's voice. The Shawal air and drone strikes, the US drone strike of September, the strikes of 18 August (104 militants) and the Ladha attack are earlier events named as context. The photo credit is left out.")

# ---------------------------------------------------------------- Mohmand, Kurram, Bannu, Upper Dir
A("Business Recorder", "https://www.brecorder.com/news/40048647/pakistan-condemns-mohmand-terrorist-attack-urge-afghanistan-to-take-immediate-action", "2021-01-07", "text",
"""Pakistan has called upon Afghanistan to take immediate action against terrorists using Afghan soil for activities against Pakistan.

On Wednesday, terrorists inside Afghanistan fired across the international border on a military post in Mohmand tribal district. The Inter-Services Public Relations (ISPR) said that the Pakistani troops responded promptly to the attack. The ISPR added that during the exchange of fire with terrorists, a Frontier Corps (FC) soldier Fazal Wahid was injured and later succumbed to his wounds.

In a statement on Thursday, Foreign Office (FO) has condemned the attack and the use of Afghan soil by terrorists for activities against Pakistan. FO has called upon the Afghan government to take immediate action against the terrorists and terrorist groups finding sanctuaries in Afghanistan to target Pakistani security forces, Radio Pakistan reported.

In November, an FC soldier embraced martyrdom while two others sustained injuries when terrorists attacked their security check post along the Pak-Afghan border in Balochistan’s Zhob district.

Two members of security forces were martyred and seven others suffered injuries in separate attacks on security posts in Bajaur and North Waziristan tribal districts in October.""",
[I("2021-01-06", "day", "PAK", KP, "Mohmand", "armed_attack", "UNKNOWN",
   [C("PAK", 1, sec=1)])],
"Wednesday 6 January 2021 (the page is dated 7 January 2021). Terrorists inside Afghanistan fired across the border on a post: an attack by unnamed militants, armed_attack, UNKNOWN (as the ISPR-reported attacks of heldout6). The ISPR (PAK): an FC soldier injured who later died: killed 1 (security forces 1); he is not also an injured figure. The Foreign Office gives no figure. The Zhob attack of November and the Bajaur and North Waziristan attacks of October are context. The market ticker, headline and bullet summary are left out, and so is the page's last paragraph, an ISPR quotation about the October Bajaur attack that heldout6-012 already holds word for word.")

A("Geo News", "https://www.geo.tv/latest/170189-soldier-killed-in-ied-blast-at-mohmand-agency", "2017-12-01", "text",
"""KARACHI: A soldier was killed in an IED blast in Chamarkand area of Mohmand Agency on Friday, informed security officials.

The soldier was killed on his way to the check post while carrying water for his fellow soldiers. Another soldier accompanying him was injured and was immediately shifted to a nearby hospital.

In March 2017, as many as five soldiers embraced martyrdom foiling a terrorism bid on three border checkpoints in Mohmand Agency, according to a statement issued by Inter Services Public Relations (ISPR).

At least 10 terrorists were also killed in the shoot-out between army personnel and terrorists.

"Terrorists must be denied freedom of movement along the border," Chief of Army Staff General Qamar Javed Bajwa was quoted as saying in the statement. He lauded the immediate response of the personnel. However, he also expressed grief over the loss of precious lives.

The martyred soldiers include Sanaullah, Safdar, Altaf, Nek Muhammad and Anwar.

Punjab Chief Minister Shahbaz Sharif condemned the attack on security check posts in Mohmand Agency. He expressed grief with families of the bereaved soldiers.

However, he added, Pakistan Army soldiers showed bravery by killing 10 terrorists.""",
[I("2017-12-01", "day", "PAK", KP, "Mohmand", "bombing", None,
   [C("PAK", 1, injured=1, sec=1)], loc="Chamarkand")],
"Friday 1 December 2017 (the page's date line). An IED blast attributed to no one: bombing, no perpetrator. 'Security officials' (PAK): one soldier killed (security forces 1); the next paragraph, unattributed, goes on with the same account and adds one soldier injured, read as the same voice (unsure: the article's own voice, a second claim). The March 2017 attack on three border checkpoints (five soldiers, at least 10 terrorists) is context.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/20-Nov-2024/12-soldiers-martyred-six-terrorists-killed-as-attack-on-bannu-check-post-repulsed", "2024-11-20", "url",
"""RAWALPINDI – Twelve soldiers were martyred and six terrorists were killed in an attack on a joint check post in in general area MaliKhel in Bannu District, said military’s media wing on Wednesday.

The militants attempted to attack the check post on 19 November 2024. In ensuing fire exchange, six terrorists were killed. The attempt to enter the post was effectively thwarted by own troops, which forced the militants to ram an explosive laden vehicle into the perimeter wall of the post.

The suicide blast led to collapse of portion of perimeter wall and damaged the adjoining infrastructure, resulting in martyrdom of twelve brave sons of soil that include ten soldiers of the security forces and two soldiers of Frontier Constabulary.

Sanitization operation is being conducted in the area and the perpetrators of this heinous act will be brought to justice. Security forces and law enforcement agencies of Pakistan are determined to eliminate the menace of terrorism and such sacrifices of our brave men further strengthen our resolve.

On Tuesday, the Pakistan army said eight terrorists were also killed in clashes in the Tirah valley of the Khyber tribal district.""",
[I("2024-11-19", "day", "PAK", KP, "Bannu", "suicide_bombing", "UNKNOWN",
   [C("PAK", 12, sec=12), C("PAK", 6, comb=6)], loc="Mali Khel")],
"19 November 2024, the text's own date (published Wednesday 20th, url). Militants rammed an explosive-laden vehicle, and the text calls it 'the suicide blast': suicide_bombing; the militants are not named: UNKNOWN. The military's media wing (PAK): twelve soldiers killed (security forces 12; 'ten soldiers ... and two soldiers of Frontier Constabulary' are the parts) and, as a separate claim, six of the attackers (combatants 6). The eight terrorists killed in Tirah on Tuesday are context.")

A("The Hindu", "https://www.thehindu.com/news/international/south-asia/Afghan-militants-kill-four-civilians-in-Pakistan/article60089555.ece", "2014-08-09", "text",
"""Militants from Afghanistan on Saturday stormed the house of local anti-Taliban militia in Pakistan’s restive northwest tribal region, killing him and three of his family members.

They were targeted in their house late last night in remote Upper Dir district of Khyber-Pakhtunkhwa province.

The gunmen coming from Kunar province of Afghanistan attacked the house of local tribal chief Nazmin Khan and killed him with his two sons and a nephew, Sanobar Khan, a local police official said.

Two women were also injured in the attack.

“Mr. Khan was part of local tribal Lashkar (army) raised by the elders to fight Taliban militants,” the policeman said.

He said police and army chased the fleeing attackers and killed two of them.

Taliban chief Mualana Fazlullah who escaped to Afghanistan after 2009 offensive in Swat district often sends his rebels to attack the security force and elders supporting the anti-Taliban movement.

Pakistan has lodged several protests with Afghan government during previous weeks against the border incursions.

Pakistan launched a full-scale military operation Zarb-e-Azb against the local and foreign militants on June 15 in the tribal region once considered as the stronghold of al-Qaeda linked rebels.

More than 600 militants have been killed and over 100 hideouts destroyed so far.

The army has lost at least 35 soldiers in the fighting, which also displaced close to one million people.""",
[I("2014-08-09", "day", "PAK", KP, "Upper Dir", "armed_attack", "UNKNOWN",
   [C(None, 4, injured=2), C(None, 2, comb=2)])],
"Published Saturday 9 August 2014 ('Published - August 09, 2014', in the page). The lead says the militants stormed the house 'on Saturday' and the next sentence 'late last night': read as the small hours of Saturday, 9 August (unsure: 8 August by 'last night'). Gunmen from Kunar storming a house: armed_attack; the line about Fazlullah 'often' sending his rebels is background, not an allegation for this attack: UNKNOWN (unsure: TTP). The police official (the article's voice): four killed (the chief, his two sons and a nephew; 'him and three of his family members'), two women injured (injured 2; women is a killed field only); the two attackers killed by police and army are a separate claim (combatants 2). The headline's 'four civilians' is left out with the headline, so no civilians figure. Zarb-e-Azb's 600 militants and 35 soldiers are tallies, context.")

A("Dawn", "https://dawn.com/news/1833722", "2024-05-16", "text",
"""KURRAM: Pak-Afghan border crossing at Kharlachi in Kurram tribal district remained closed for the second consecutive day on Wednesday as the Afghan forces continued firing from across the border.

Local residents said that the Afghan forces opened fire in Spina Shaga area, forcing closure of the Kharlachi point for movement between the neighbouring countries.

On Tuesday, sources said that four security personnel were injured in a cross-border attack on checkpoints in Kurram. They claimed that 12 suspected attackers were reportedly killed in retaliation.

The checkpoints in Teri Mangal area of Kurram, which borders Afghanistan’s Khost, Paktia and Nangarhar provinces, were fired upon from across the border, the sources said.

The attack, launched with heavy weapons late into the night, targeted security installations, the sources claimed, adding that the Pak-Afghan border was closed following the attack.""",
[I("2024-05-15", "day", "PAK", KP, "Kurram", "cross_border_fire", "TALIBAN", [], loc="Spina Shaga, Kharlachi"),
 I("2024-05-14", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN",
   [C(None, injured=4), C(None, 12, comb=12)], loc="Teri Mangal")],
"Published in Dawn, May 16th, 2024 (in the page; left out with the editorial links). Two incidents. (1) Wednesday 15 May: the Afghan forces (the Taliban's, after August 2021) kept firing from across the border into Spina Shaga: cross_border_fire by TALIBAN, no casualty given, no claim. (2) Tuesday 14 May, 'late into the night': a cross-border attack on checkpoints in Teri Mangal by 'suspected attackers' who are not said to be Afghan forces: armed_attack, UNKNOWN (unsure: cross_border_fire); sources (the article's voice): four security personnel injured (injured 4) and, as a separate claim, 12 attackers killed (combatants 12).")

A("LatestLY (ANI)", "https://www.latestly.com/agency-news/world-news-pak-army-soldier-killed-in-khyber-pakhtunkhwa-attack-4282888.html", "2022-10-03", "text",
"""Peshawar [Pakistan], October 3 (ANI): A Pakistani army soldier was killed after "terrorists" opened fire on troops from inside Afghanistan at Kharlachi border crossing, in Kurram tribal district of Khyber Pakhtunkhwa province, the country's Inter-Services Public Relations (ISPR) said on Friday.

According to the ISPR handout, the incident took place on Thursday, at the Kharlachi border crossing, around 15 km southwest of Parachinar, reported the Dawn.

"Pakistani troops responded in a befitting manner and inflicted heavy casualties on terrorists," ISPR said, adding that 27-year-soldier Jamshed Iqbal from Chiniot was killed during the exchange of fire.

The ISPR in its statement condemned the use of Afghan soil for terror activities, adding that Pakistan expects the interim Afghan government to not allow their land for such attacks in future, reported the Dawn.

"Pakistan Army is determined to defend Pakistan's borders against the menace of terrorism and such sacrifices of our brave soldiers further strengthen our resolve," ISPR added.

The attack was second in line with the attacks on the security forces in the Kurram district of Khyber Pakhtunkhwa province.

In September, three Pakistan Army soldiers were killed in an exchange of fire with terrorists across the Pakistan-Afghanistan border in Kurram district.

As per ISPR, the terrorists inside Afghanistan opened fire on Pakistani troops in the general area of Kharlachi in Khyber Pakhtunkhwa province, reported the Dawn.""",
[I("2022-09-29", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN",
   [C("PAK", 1, sec=1)], loc="Kharlachi")],
"Dateline 'October 3 (ANI)' (2022, the page's date line), a Monday. The ISPR's handout says the incident took place 'on Thursday': the latest Thursday on or before publication, 29 September 2022 (the statement 'on Friday' dates only the statement). Terrorists firing from inside Afghanistan: armed_attack by unnamed militants, UNKNOWN. The lead is attributed to the ISPR: PAK, one soldier killed (security forces 1); 'heavy casualties' of the terrorists has no number. The three soldiers killed in September, and the ISPR's sentence about that attack, are context. The page's last paragraph (on North Waziristan in general) is left out.")

# ---------------------------------------------------------------- Balochistan
A("Dawn", "https://www.dawn.com/news/1892393/four-security-men-martyred-in-balochistan-attacks", "2025-02-17", "text",
"""QUETTA: Four security personnel were martyred and eight others injured in armed attacks on the Frontier Corps and Levies’ check posts in Kalat and Kech districts over the past 24 hours.

In a third incident, a police station in Noshki also came under attack.

Officials said the Levies check post was targeted in the Togho Chpeer area in the early hours of Sunday.

Balochistan government spokesman Shahid Raid said unidentified men opened fire at the post, adding that the Levies personnel retaliated and returned fire. The exchange continued for some time after which the assailants fled.

“As a result of gunfight, one Levies man lost his life while two others were seriously injured,” Mr Rind said, adding that after receiving information about the assault Levies forces rushed to the site and shifted the body and the injured to the Kalat district hospital.

The martyr was identified as Ali Nawaz Langove while the injured were Ghulam Ali and Mohammad Ayub Langove.

“An operation is underway in the area to trace the attackers,” officials said.

In Kech district, unknown armed men attacked a check post of the paramilitary Frontier Corps late on Saturday night.

Officials said that FC personnel deployed at the post engaged the assailants. During a heavy gun battle, three soldiers were martyred and six others injured, they added.

The injured and bodies were shifted to a hospital where the martyred FC personnel were identified as Naik Gul Sanat, Lance Naik Rana Zakir and Sepoy Lakhmir, officials said, adding that the condition of the two injured was critical.

Later, all the injured were transferred to Quetta for treatment.

Sepoy Lakhmir belonged to the Nasirabad area of Balochistan.

More FC troops moved to the area after the attack and a search operation was launched.""",
[I("2025-02-16", "day", "PAK", BAL, "Kalat", "armed_attack", "UNKNOWN",
   [C(None, 1, injured=2, sec=1)], loc="Togho Chpeer"),
 I("2025-02-15", "day", "PAK", BAL, "Kech", "armed_attack", "UNKNOWN",
   [C(None, 3, injured=6, sec=3)]),
 I("2025-02-15", "day", "PAK", BAL, "Nushki", "armed_attack", "UNKNOWN", [])],
"Published Monday 17 February 2025 (the page's date line). Three incidents. (1) Kalat, 'in the early hours of Sunday', 16 February: unidentified men opened fire on a Levies post: armed_attack, UNKNOWN; the provincial government's spokesman (read as the article's voice, like officials; unsure: PAK): one Levies man killed (security forces 1), two injured. (2) Kech, 'late on Saturday night', 15 February: unknown armed men attacked an FC post: armed_attack, UNKNOWN; officials: three soldiers killed (security forces 3), six injured. (3) A police station in Noshki (the gazetteer's Nushki) 'also came under attack': an attack with an attacker implied, UNKNOWN, no figure, no claim; no date of its own, so the date of the incident named before it (Kech, last in the lead). The lead's four killed and eight injured add up (1) and (2) and are not a separate claim. The page's last, cut paragraph is left out.")

A("Geo News", "https://geo.tv/latest/472072-two-levies-troopers-martyred-as-terrorists-storm-mastung-check-post", "2023-02-21", "text",
"""MASTUNG: At least two Levies men were martyred as terrorists stormed a check post of the force near Babri area of Mastung district in Balochistan, an official said on Tuesday.

The officials also said that the terrorists also took the weapons of the martyred personnel with them after the attack.

Assistant commissioner Mastung said that the area has been sealed and the search for the attackers is underway.

Meanwhile, the residents of the area blocked the Quetta-Taftan national highway after the terror incident.

After hearing the news about the incident, Prime Minister Shehbaz Sharif condemned the Mastung attack and prayed for the martyred personnel's high ranks in the hereafter.

PM Shehbaz also expressed his condolences to the families of the Levies officials.

PM Shehbaz also said that the morale of the security forces is high in the fight against terrorism.

Meanwhile, Balochistan Chief Minister Abdul Qudoos Bizenjo condemned the attacks on the check post.

Bizenjo also expressed his grief over the martyrdom of the two levies personnel. He offered his condolences to the families of the victims of the terror incidents.""",
[I("2023-02-21", "week", "PAK", BAL, "Mastung", "armed_attack", "UNKNOWN",
   [C(None, 2, "at_least", sec=2)], loc="Babri")],
"The page's date line is February 21, 2023 (a Tuesday). Nothing in the passage dates the attack; 'an official said on Tuesday' dates the statement: 21 February, week precision. Terrorists stormed a check post, none named: armed_attack, UNKNOWN. An official (the article's voice): 'at least two Levies men' killed (at_least 2, security forces 2); the chief minister's 'two levies personnel' is the same figure. The prime minister gives no figure. The page's last paragraphs (the chief minister's directions) are left out.")

A("Business Recorder", "https://brecorder.com/news/40151791/attacks-repulsed-in-naushki-panjgur-4-terrorists-killed", "2022-02-03", "inferred",
"""ISLAMABAD: Terrorists attempted to attack security forces camps at two locations, Panjgur and Naushki, in Balochistan late Wednesday evening. Both attacks have been successfully repulsed while inflicting heavy casualties to terrorists.

In Panjgur, terrorists tried to enter security forces camp from 2 locations. However, timely response by troops foiled the terrorist attempt. During intense exchange of fire one soldier has been martyred. Terrorists have fled while their casualties are being ascertained.

In Naushki, terrorists attempted to enter FC camp. Four terrorists have been killed. One officer has been injured during the shoot out. Intermittent firing was continuing. Further details to follow.

The banned Baloch Liberation Army (BLA) has claimed responsibilities for the attacks in a statement.""",
[I("2022-02-02", "day", "PAK", BAL, "Panjgur", "armed_attack", "BLA",
   [C(None, 1, sec=1)]),
 I("2022-02-02", "day", "PAK", BAL, "Nushki", "armed_attack", "BLA",
   [C(None, injured=1), C(None, 4, comb=4)])],
"The page gives no date ('Copyright Business Recorder, 2022'): published Thursday 3 February 2022, inferred from the attacks of 'late Wednesday evening', 2 February 2022. Two attacks at two places: two incidents; terrorists attempting to enter camps: armed_attack; the BLA claimed both: BLA. The text is not attributed (the ISPR's first statement, but the passage does not say so): the article's voice. (1) Panjgur: one soldier killed (security forces 1); the terrorists' casualties 'being ascertained' have no number. (2) Naushki (the gazetteer's Nushki): one officer injured, and four of the attackers killed, a separate claim (combatants 4). A related-story link inside the text and the page's footer are left out.")

A("Daily Times", "https://dailytimes.com.pk/1350462/security-forces-kill-33-indian-proxy-fitna-al-khwaraj-militants-in-zhob/", "2025-08-08", "text",
"""ZHOB: Security forces killed 33 terrorists during a major counterterrorism operation near the Pakistan-Afghanistan border in Balochistan’s Zhob district, according to the military’s media wing.

In a statement issued on Friday, the Inter-Services Public Relations (ISPR) said the terrorists were attempting to infiltrate through the Sambaza area on the night of August 7 and 8. The militants reportedly belonged to the “Indian proxy Fitna al Khwaraj” — a term the state uses for members of the banned Tehreek-i-Taliban Pakistan (TTP).

Troops detected the infiltration attempt and launched a swift and precise response. “As a result of bold and skilful engagement, 33 Indian-sponsored Khawarij were sent to hell,” the ISPR stated. The military also recovered a large cache of weapons, ammunition, and explosives from the scene.

The statement reiterated that Pakistan’s security forces remain committed to protecting national borders and eliminating threats posed by foreign-backed terrorist groups. “Our forces will continue operations to root out Indian-sponsored terrorism,” it concluded.

Pakistan has seen a spike in terror attacks in Khyber Pakhtunkhwa and Balochistan following the TTP’s end to a ceasefire in November 2022. In July, 30 more terrorists linked to a similar group were killed while trying to infiltrate North Waziristan. Pakistan currently ranks second in the Global Terrorism Index 2025, highlighting the scale of the challenge.""",
[I("2025-08-07", "day", "PAK", BAL, "Zhob", "armed_clash", None,
   [C("PAK", 33, comb=33)], loc="Sambaza")],
"Published Friday 8 August 2025 (the page's date line). 'The night of August 7 and 8': the night's first day, 7 August (as 'overnight' gives the day before publication). Troops engaging infiltrators: an operation with an exchange of fire, armed_clash with no perpetrator (as the ISPR operations of heldout3). The ISPR (PAK): 33 terrorists killed (combatants 33); the lead's 33, attributed to the military's media wing, is the same voice. The 30 killed in North Waziristan in July are context.")

A("Ground Zero", "https://groundzero.pk/unprovoked-firing-by-afghan-guards-kills-two-at-the-chaman-border-ispr/", "2023-10-04", "inferred",
"""An Afghan sentry at Chaman Border Crossing in Balochistan Province opened unprovoked firing at pedestrians moving from Pakistan to Afghanistan. Two Pakistani citizens, including a 12-year-old child, were martyred. According to the Inter-Services Public Relations (ISPR), the incident occurred at the outbound gate located on the zero line.

The dead bodies of the deceased have been shifted to DHQ Hospital Chaman, and the injured child, who was immediately evacuated by security forces, is under treatment. Pakistani troops showed extreme control and avoided any exchange of fire in the presence of innocent passengers to avoid collateral damage.

Afghan authorities have been approached to inquire about the reason for such an irresponsible and reckless act, apprehend it, and hand over the culprit to Pakistani authorities. The interim Afghan government is also expected to exercise control over its troops and impart discipline to act responsibly in order to avoid the recurrence of such incidents in the future.
“Pakistan remains committed to contributing towards peace, prosperity, and development through positive and constructive bilateral relations; however, such unpleasant occurrences have the potential to harm the sincere intent and purpose,” the ISPR said.

The incident on October 4th came a day after the caretaker government gave an ultimatum to all undocumented immigrants, including Afghan nationals, to leave Pakistan. There was no immediate reaction from Afghanistan. However, condemnations by the current Interior Minister, Sarfaraz Bugti, were released immediately after the attack.

Tensions between the two countries escalated on Tuesday after Pakistan announced it would deport illegal immigrants living in the country starting Nov. 1 after a steep rise in militant attacks in the country.""",
[I("2023-10-04", "day", "PAK", BAL, "Chaman", "cross_border_fire", "TALIBAN",
   [C(None, 2, injured=1, children=1)], loc="Chaman border crossing")],
"The page gives no date: 4 October 2023, inferred from 'the incident on October 4th' and 'no immediate reaction from Afghanistan'; the incident takes the text's own date. An Afghan sentry (the Taliban's forces, after August 2021) firing at the zero line into Pakistan: cross_border_fire (Afghan fire on Chaman), TALIBAN. The figure sentence comes before the ISPR is named and is not attributed: the article's voice, two killed 'including a 12-year-old child' (children 1), and the injured child (injured 1); 'Pakistani citizens' is not the word civilians, so no civilians figure. The caretaker government's ultimatum and the deportation plan are context. The headline and the page's last, cut sentence are left out.")

A("Amu TV", "https://amu.tv/23863/", "2022-11-16", "inferred",
"""The Taliban has acknowledged and expressed regret over the shooting incident at the Spin Boldak-Chaman crossing three days ago and said they have formed a high-ranking delegation to investigate the incident.

According to a statement issued by Taliban spokesman Zabihullah Mujahid, “on 11/13/2022, on the road leading from Spin Boldak to Chaman in Kandahar province, an unknown person fired at Pakistani security personnel, as a result of which one Pakistani soldier was killed.

“The Islamic Emirate of Afghanistan (Taliban) is sorry for this incident,” Mujahid said, adding that a high-ranking delegation has been appointed to investigate the incident and find the perpetrators.

He also said Taliban security agencies are trying to prevent such incidents from happening again.

The Taliban statement comes after Islamabad shut its southwestern border crossing with Afghanistan for an “indefinite period” following the shooting incident.

The Chaman border – also known as Friendship Gate – connects Pakistan’s Balochistan province to Afghanistan’s Kandahar province.

Reports on Monday indicated Pakistan is pressing the Taliban to hand over the suspected killer of the Pakistani guard before it reopens the busy crossing.

However, a senior Chaman administration official told VOA that the border crossing was briefly opened late Monday afternoon to allow stranded Afghan and Pakistani pedestrians to return to their countries, but no trade convoys were permitted to move in either direction.

“The border terminal has now been indefinitely closed for trade and all other movements. It will not be opened until the handing over of the assailant responsible for the martyrdom of the Pakistani soldier,” Deputy Commissioner Abdul Hameed Zehri told VOA.""",
[I("2022-11-13", "day", "AFG", "Kandahar", "Spin Boldak", "armed_attack", "UNKNOWN",
   [C("TALIBAN", 1, sec=1)], loc="road from Spin Boldak to Chaman")],
"The page gives no date: published 16 November 2022, inferred ('three days ago' of a shooting the statement dates 11/13/2022; 'Reports on Monday', 14 November). The Taliban's statement dates the shooting (13 November 2022) and places it on the road from Spin Boldak to Chaman in Kandahar province: AFG, Kandahar, Spin Boldak. 'An unknown person fired': an attacker, unnamed, UNKNOWN; a shooting: armed_attack. The Taliban spokesman (TALIBAN): one Pakistani soldier killed (security forces 1). The deputy commissioner's 'the Pakistani soldier' repeats it without a number. The closure of the crossing is not an incident. The headline and photo credit are left out.")

# ---------------------------------------------------------------- Afghanistan's side: Kunar, Nuristan, Paktia, Torkham
A("Pakistan Today (archive)", "https://archive.pakistantoday.com.pk/2014/05/31/four-afghans-killed-in-pakistani-border-strike-allege-officials/", "2014-05-31", "url",
"""An airstrike by Pakistani forces along the Afghan border allegedly killed four civilians on Saturday, officials said, as a Pakistani offensive against Taliban militants continued.

Pakistan launched its first major offensive in years against insurgents near the Afghan border on May 22 after several rounds of government-led peace talks ended in failure.

“A Pakistani army helicopter strike in Dangam district killed four civilians and wounded 10 others,” said Abdul Habib Sayed Khel, police chief of Afghanistan’s Kunar province, adding that 124 rockets had landed in the province on Saturday alone.

Afghanistan says hundreds of rockets and bombs have landed in Afghan villages close to the border since the offensive began 11 days ago.

Anger over the strikes prompted Afghanistan President Hamid Karzai on Wednesday to demand the Pakistani government take action to stop its military killing Afghan civilians.

Pakistan said the airstrikes had targeted Taliban militants conducting attacks on Pakistani soil from across the Afghan border, but agreed to investigate claims that civilians had been killed.

In turn, Afghanistan has long accused Pakistan of sheltering the Afghan Taliban on its territory.""",
[I("2014-05-31", "day", "AFG", "Kunar", "Dangam", "air_strike", "PAK",
   [C(None, 4, injured=10, civ=4)])],
"Saturday 31 May 2014 (url). A Pakistani army helicopter strike: air_strike by PAK; the 124 rockets of the same day are part of the same night of fire and give no casualty. The Kunar police chief (an official of the Islamic Republic in 2014: the article's voice, like the lead's 'officials'): four civilians killed (civilians 4), ten wounded. Pakistan's general statement gives no figure. The offensive of 22 May and Karzai's demand are context. The headline is left out.")

A("Pajhwok Afghan News", "https://pajhwok.com/2014/08/22/policeman-dead-2-injured-roadside-blast/?rcp_action=lostpassword", "2014-08-22", "url",
"""ASADABAD (Pajhwok): One public order policeman was killed and two others wounded when their vehicle struck a roadside bomb in the Manogai district of eastern Kunar province on Friday.

Provincial Police Chief Brig. Gen. Abdul Habib Syedkhel said the incident occurred in the Lechlam locality of the district. The explosion left the vehicle completely damaged, he added.

Syedkhel said the wounded had been struggling for life. Militants had planted roadside bombs in the province, he alleged.

But Taliban spokesman Zabihullah Mujahid, claiming responsibility for the attack, said that four policemen had been killed.

Also on Friday, the Pakistani military fired 55 rockets into Dangam, Shigal, Marawara and Sarkano districts. The latest attack left one person wounded.""",
[I("2014-08-22", "day", "AFG", "Kunar", "Dara-e-Pech", "bombing", "TALIBAN",
   [C(None, 1, injured=2, sec=1), C("TALIBAN", 4, sec=4)], loc="Lechlam, Manogai"),
 I("2014-08-22", "day", "AFG", "Kunar", None, "cross_border_fire", "PAK",
   [C(None, injured=1)])],
"Friday 22 August 2014 (url). Two incidents. (1) A roadside bomb on a police vehicle in Manogai district, which the gazetteer names Dara-e-Pech (Manogai is its seat; unsure of the district name): bombing; the Taliban claimed it: TALIBAN (insurgents in 2014). The police chief (the article's voice): one policeman killed (security forces 1), two wounded; the Taliban spokesman, a separate voice, says four policemen (TALIBAN, security forces 4). (2) 'Also on Friday' the Pakistani military fired 55 rockets into four districts: cross_border_fire by PAK, district left empty (several named); one person wounded. The page's footer is left out.")

A("UN News", "http://www.un.org/apps/news/story.asp?NewsID=44591&Cr=afghan&Cr1=", "2013-04-08", "text",
"""8 April 2013 – The United Nations today voiced “serious concern” over the deaths of at least 10 Afghan children and a woman, and injuries to seven others in an armed clash during a joint Afghan-NATO operation against the Taliban in eastern Kunar province.

“The Afghan National Security Forces and the international military forces should take all measures aimed at preventing harm to civilians during military operations, including those which involve the use of aerial force,” the UN Assistance Mission in Afghanistan (UNAMA) said in a statement.

“UNAMA urgently renews its call on all parties engaged in military operations to be mindful always of their obligations to protect civilians and to prevent civilian casualties.”

According to published reports the children and the woman were killed during a United States air strike which also claimed the life of a senior Taliban commander in the Shaigal Wa Shiltan district near the Pakistani border.

The United States provides the bulk of the international forces led by the North Atlantic Treaty Organization in the battle against the Taliban.

According to a UNAMA report published in February, the number of Afghan civilians killed or injured dropped by 12 percent in 2012, the first decrease since the UN began keeping track of such figures, but attacks on women and children, and threats on perceived Government supporters, are on the rise.""",
[I("2013-04-08", "week", "AFG", "Kunar", "Shigal", "air_strike", "OTHER",
   [C("UN", 11, "at_least", 7, women=1, children=10)])],
"Dated 8 April 2013 in the text. The UN gives no day for the deaths ('recent'): the publication day, week precision. Published reports place the deaths in a United States air strike: air_strike by OTHER (the US), in Shaigal Wa Shiltan, the gazetteer's Shigal. The UN (UNAMA's concern, UN): 'at least 10 Afghan children and a woman' add up to at least 11 (children 10, women 1), seven injured. The senior Taliban commander killed in the same strike is named in the article's voice without a figure of its own; no separate claim (unsure). The 12 percent drop of 2012 is a tally, context. The headline, photo caption and related-story links are left out.")

A("Freedom's Phoenix (Antiwar.com)", "https://www.freedomsphoenix.com/News/127079-2013-01-24-us-drone-strike-kills-at-least-14-in-eastern-afghanistan.htm", "2013-01-24", "url",
"""According to provincial officials in the eastern Afghan province in Nuristan, US drones fired multiple missiles against the Kamdish District late Monday, causing “around 35” casualties, with others reporting at least 14 deaths in the strike. Local officials termed all the slain suspects.

Oddly, NATO officials insisted they had no information about any operations ongoing in the region, and they declined to speculate whether there was a strike at all, though not all drone strikes are necessarily coordinated through NATO.

The Kamdish District borders Chitral, Pakistan, which is part of Malakand.""",
[I("2013-01-21", "day", "AFG", "Nuristan", "Kamdesh", "drone_strike", "OTHER",
   [C(None, 14, "at_least")])],
"Published Thursday 24 January 2013 (url); 'late Monday' is 21 January. US drones: drone_strike by OTHER. The provincial officials' 'around 35' casualties are killed and wounded together, not a killed figure; 'others reporting at least 14 deaths' are unnamed (the article's voice): at least 14 killed. 'Suspects' is not the word militants: no combatants figure. Kamdish is the gazetteer's Kamdesh. The headline and page furniture are left out.")

A("KabulNow", "https://kabulnow.com/2022/11/border-clashes-between-taliban-pakistani-forces-leave-five-dead/", "2022-11-21", "inferred",
"""The Taliban and Pakistani forces clashed for hours on Sunday in the border areas of the eastern Afghan province of Paktia. These clashes have so far left at least five people dead, including civilians, and 15 others wounded, local sources confirmed.

A local source, who spoke on condition of anonymity, said that the dead bodies and the wounded have been transferred to Samkanai and Paktia provincial hospitals. The source added that the Taliban forces have also suffered casualties in these clashes.

These cross-border clashes erupted on Sunday evening, November 20, between the Taliban and Pakistani forces in Dand-e-Patan district of Paktia province.

Clashes at this border area intensified after a Pakistani border guard was killed by an Afghan man at the Chaman-Spinboldak border crossing in the southern Afghan province of Kandahar a week earlier. Since then, Pakistan has shut its border reportedly making the handover of the assailant by the Taliban a condition to re-open it.

Despite these intensified recent skirmishes, the Dawn – a Pakistani newspaper – reported that the Chaman-Spinboldak border crossing is set to reopen today as Pakistan has agreed conditionally to do so.

Another source in Dand-e-Patan district of Paktia confirmed that Pakistani forces were shelling civilian houses in Afghanistan with mortar fires.

The source added that the Taliban have destroyed at least three security outposts of the Pakistani border forces.

In the meantime, Pakistani media also reported that civilians have been wounded on the Pakistani side of the border as a result of these clashes.""",
[I("2022-11-20", "day", "AFG", "Paktia", "Dand Wa Patan", "armed_clash", None,
   [C(None, 5, "at_least", 15)], loc="Dand-e-Patan")],
"Sunday 20 November 2022, the text's own date; the page gives no publication date: Monday 21 November, inferred (the clashes of Sunday evening, and Chaman 'set to reopen today'). Hours of fighting between the Taliban and Pakistani forces, neither said to have started it: armed_clash, no perpetrator (the Pakistani mortar fire on houses is part of the same clash). Local sources (the article's voice): at least five dead 'including civilians' (no number for them), 15 wounded; the Taliban's own casualties and the civilians wounded on the Pakistani side have no number. Dand-e-Patan is the gazetteer's Dand Wa Patan. The killing of the border guard at Chaman a week earlier is context. The headline is left out.")

A("Al Jazeera", "https://www.aljazeera.com/news/2025/3/3/pakistani-and-afghan-forces-clash-at-vital-border-crossing?traffic_source=rss", "2025-03-03", "url",
"""At least one person has been killed as Pakistani and Afghan security forces have traded fire at the recently closed main border crossing between the two countries.

Afghanistan’s Ministry of Interior Affairs confirmed on Monday that one member of its security forces had been killed and two injured in the overnight clashes at the Torkham crossing, a vital transit point that Pakistan closed last month after disputing its neighbour’s construction of a new border post.

Two Pakistani security officials speaking on condition of anonymity told the news agency Reuters that members of their security forces had been wounded in the clashes.

The conflict erupted on the first working day of the Islamic holy month of Ramadan when food imports from Pakistan usually peak in Afghanistan. The fighting stranded about 5,000 trucks filled with essential goods on both sides of the border in harsh winter conditions.

The conflict could exacerbate the challenges confronting the crisis-hit Afghan economy at a time when millions of people are at risk of hunger and about half the population needs humanitarian assistance to survive, according to the United Nations.

In the past, both countries have closed Torkham and the southwestern Chaman border crossing after deadly shootings and crossfire.

Pakistan said it faces attacks from Afghan soil – a charge the Taliban government denies. In December, Pakistani military aircraft carried out strikes that killed dozens of people on Afghan territory.

Abdul Mateen Qani, spokesman for the Interior Ministry in Kabul, accused Pakistan on Monday of initiating the overnight violence, after which Afghan security forces went into “defensive mode” and responded after attempts at dialogue failed.""",
[I("2025-03-02", "day", "PAK", KP, "Khyber", "armed_clash", "PAK",
   [C(None, 1, "at_least"), C("TALIBAN", 1, injured=2, sec=1)], loc="Torkham")],
"Published Monday 3 March 2025 (url and the page's date line). 'Overnight' clashes: the day before publication, 2 March. Security forces of the two countries trading fire at Torkham: armed_clash, placed at the crossing on the Pakistani side (Khyber) as for earlier Torkham clashes. The Interior Ministry's spokesman accuses Pakistan of starting it, and the passage gives no Pakistani counter-accusation: PAK, the party the text alleges (unsure: no perpetrator). Two voices: the article's own 'at least one person' killed (at_least 1); the Afghan Interior Ministry (TALIBAN): one member of its security forces killed (security forces 1) and two injured. The Pakistani officials' wounded have no number. The December strikes ('dozens') are context. The standfirst and the page's last, cut paragraph are left out.")

# ---------------------------------------------------------------- no incident: diplomacy, refugees, trade
A("RFE/RL Gandhara", "https://gandhara.rferl.org/a/sharif-peaceful-afghansitan/26693742.html", "2014-11-15", "text",
"""Pakistani Prime Minister Nawaz Sharif has pledged support to Afghan President Ashraf Ghani in attempts to bring peace to Afghanistan.

Sharif said after talks in Islamabad with Ghani on November 15 that a "peaceful, stable, united, and prosperous" Afghanistan is in Pakistan's national interest.

"Our security and future prosperity remain interlinked," Sharif added. "I have consistently emphasized Pakistan's [utmost] priority of building a peaceful neighborhood and as fundamental element I have a vision of a strong, comprehensive, and enduring partnership between Pakistan and Afghanistan."

Ghani has called for the Taliban and other Islamic militant groups in Afghanistan to join in peace talks.

Ghani's predecessor, Hamid Karzai, had often accused Pakistan of allowing the Taliban and other militant groups to carry out attacks against Afghanistan from bases in Pakistan.

Ghani called for a joint effort in the fight against terrorism in both countries, saying that instability in either country would negatively affect the other.

Sharif also said the two countries hope to form a "robust economic partnership" by expanding trade and investment and improving infrastructure.

Ghani said he hoped that Pakistan and Afghanistan could "serve as the heart of Asia" and to help the economic integration of Central and Southeastern Asia.

He added that "enormous steps" had been made to resolve economic problems between the two countries, saying: "We've overcome obstacles of 13 years in three days."

Ghani is on the second and final day of his visit to Pakistan, his first trip there since becoming president in late September.""",
[], "Diplomacy: the Sharif-Ghani talks in Islamabad on 15 November 2014 (the text's date; the photo caption, left out, gives the same day). Karzai's accusations of attacks from Pakistan are general, with no event; '13 years in three days' is not a figure of harm: no incident. The page's last, cut paragraph is left out.")

A("The Nation", "https://www.nation.com.pk/09-Nov-2023/govt-approves-extension-in-1-3-million-afghan-refugees-stay", "2023-11-09", "url",
"""ISLAMABAD - The Government of Pakistan has allowed 1.304 million afghan refugees to stay in the country till the end of ongoing year, as the Federal Cabinet has extended their Proof of Registration (PoR) cards/certificates till December 31, 2023.

The Federal Cabinet through circulation has granted extension in Proof of Registration (PoR) cards/certificates of Afghan refugees for six months from July 1, 2023 to December 31, 2023, official source told The Nation.

Sharing the details the source said that there are 1.304 million registered Afghan refugees in Pakistan. Their data is based on the Document Renewal, Information and Verification Exercise (DRIVE) of 2021-22. DRIVE also identified 145,716 unregistered members of registered families (UMRF). The exercise was undertaken with the support of United Nations High Commissioner for Refugees (UNHCR) which recognizes above category as refugees. The registered Afghan refugees were issued Proof of Registration (PoR) cards and the unregistered members of their families were provided certificates for identification purpose for a period of two years.

The validity of the PoR cards/certificates expired on 30 June, 2023. Prior to the expiry of PoR cards/certificates, Ministry of States and Frontier Regions had submitted a case for the Cabinet for extension of PoR cards but it was returned by Cabinet Division with the remarks that it should be considered at the relevant forum, said the source.

Meanwhile, Ministry of Interior finalized illegal Foreigners Repatriation Plan aimed at deporting foreigners staying illegally in Pakistan. Regarding PoR card holders, the Plan stipulates a policy of voluntary repatriation in the last phase. The issue of PoR extension was discussed in the Afghanistan Central Asian Republics Inter-Ministerial Coordination Cell (AICC) which recommended extension in the validity period of POR cards.""",
[], "Refugees: the cabinet's extension of Proof of Registration cards to 31 December 2023 (published 9 November 2023, url). 1.304 million refugees and 145,716 family members are counts of people, not casualties: no incident. The page's last, cut paragraph is left out.")

A("Daily Times", "https://dailytimes.com.pk/1277362/torkham-border-reopens-after-nearly-a-month-of-closure-due-to-clashes/", "2025-03-19", "text",
"""Pakistan and Afghanistan reopened their main border crossing, the Torkham border, on Wednesday. The border had been closed for nearly a month following clashes between security forces. These clashes started on February 21, after Afghan forces protested Pakistan’s construction of a border outpost, leading to mortar and rocket exchanges.

Initially, the Torkham crossing will open for trade, according to Pakistani official Riaz Khan Mehsud. From Friday, people will also be allowed to cross on foot. The reopening comes after an agreement between both governments to resume transit trade and ease tensions at the border.

Since the closure, truckloads of supplies, mainly food, had been stranded at the crossing. Afghanistan, facing a humanitarian crisis, depends on these imports for its food security. The closure had severely impacted the supply of essential goods, especially to Afghanistan, which is experiencing hunger and shortages.

Trade between Pakistan and Afghanistan reached over $1.6 billion in 2024, according to Pakistan’s foreign office. With the reopening, both nations hope to restore normal trade flow and ease the ongoing crisis.""",
[], "Trade: Torkham reopened on Wednesday 19 March 2025 (the page's date line). The clashes that began on 21 February, with mortar and rocket exchanges and no figure, are the earlier events that closed the crossing, named as context: no incident. $1.6 billion of trade is not a casualty figure.")

A("WE News", "https://wenewsenglish.com/pakistan-foreign-minister-ishaq-dar-leads-delegation-to-kabul", "2025-04-19", "inferred",
"""ISLAMABAD: Pakistan’s Deputy Prime Minister/Foreign Minister, Senator Ishaq Dar called on the acting Afghan Prime Minister, Mullah Muhammad Hassan Akhund on Saturday in Kabul.

According to a press release issued by Pakistan’s Ministry of Foreign Affairs, both sides exchanged views on key issues of mutual interest, including security, trade and transit cooperation, and explored ways to enhance people-to-people contacts.

Reaffirming the commitment to continued engagement, both sides agreed to maintain high-level exchanges to further strengthen the relations between the two brotherly countries, it said.

Pakistan and Afghanistan delegations earlier held talks at the Afghan Foreign Ministry in Kabul on Saturday.

Pakistani Deputy Prime Minister/Foreign Minister Ishaq Dar led the Pakistani delegation while the Afghan acting Foreign Minister Amir Muttaqi led the Afghan side.

Earlier, the Pakistani high-level delegation led by Ishaq Dar arrived in Kabul on Saturday for his first ever official visit to Afghanistan.

The delegation was welcomed by top Afghan officials including Deputy Foreign Minister Dr Muhammad Naeem Wardak, Director General Foreign Ministry Mufti Noor Muhammad, and Chief of State Protocol Faisal Jalali.

Pakistan’s head of mission in Afghanistan Ambassador Ubaidur Rehman Nizamani and other officials were present on the occasion.

The Pakistan delegation comprises the Special Representative for Afghanistan, Ambassador Sadiq Khan, Special Assistant to the Prime Minister (SAPM) Tariq Bajwa, federal secretaries for Commerce, Railways and Interior, as well as other senior officials.""",
[], "Diplomacy: Ishaq Dar's first official visit to Kabul. The page gives no date: Saturday 19 April 2025, inferred (the day of that visit, which the text places 'on Saturday'). No violent event and no figure: no incident. The 'Key points' summary and the page's last section ('Day long stay') are left out.")

A("TRT World (Anadolu)", "https://www.trtworld.com:443/article/9c8f0f4308be", "2025-08-20", "text",
"""Top diplomats from China, Pakistan, and Afghanistan met in Kabul on Wednesday for a trilateral meeting, reaffirming their commitment to political, economic, and security cooperation, said a statement issued by the Foreign Ministry in Islamabad.

The Sixth Trilateral Foreign Ministers Dialogue was attended by Chinese Foreign Minister Wang Yi and his Pakistani and Afghan counterparts, Ishaq Dar and Amir Khan Muttaqi.

The three sides agreed to strengthen joint efforts against terrorism and reaffirmed their commitment to deepening collaboration in trade, transit, regional development, health, education, culture, and combating drug trafficking, as well as extending the multibillion-dollar China-Pakistan Economic Corridor (CPEC) to Afghanistan.

According to a statement from Afghanistan's Foreign Ministry, the foreign ministers emphasised the importance of strengthening political, economic, and transit relations between the three countries.

Muttaqi told the summit that development and cooperation will allow the three countries to capitalise on regional opportunities in an array of fields.

"This tripartite mechanism gives us the opportunity to do so," the statement quoted Muttaqi as saying.""",
[], "Diplomacy: the sixth trilateral foreign ministers' dialogue of China, Pakistan and Afghanistan in Kabul on Wednesday 20 August 2025 (the page's date line). 'Joint efforts against terrorism' names no event: no incident. The headline, standfirst and photo caption are left out.")

if __name__ == "__main__":
    # Scored once at the end of round 7; development data since round 8.
    write(lambda index: {"id": f"heldout7-{index:03d}", "split": "dev", "first_split": "heldout7"})
