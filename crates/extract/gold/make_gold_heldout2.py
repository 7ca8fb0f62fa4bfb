"""Writes crates/extract/gold/gold-heldout2.jsonl: the second held-out set of round 2, development
data since round 3 (split "dev", first_split "heldout2").

49 real passages collected and labelled by hand in one sitting, following the written conventions
(crates/extract/gold/README.md), before any rule of the second round of work changed, and
committed before it. None of these URLs or texts is in gold.jsonl. They are scored once, at the
end of that round (docs/extract.md). Helpers and conventions as in make_gold.py."""
from goldlib import A, C, I, write

KP = "Khyber Pakhtunkhwa"

# ---------------------------------------------------------------- Pakistani strikes in Afghanistan
A("Amu TV (AFP)", "https://amu.tv/?p=146224", "2024-12-25", "inferred",
"""KABUL, Afghanistan — Pakistani airstrikes in eastern Afghanistan’s Paktika Province killed at least 46 people, most of them women and children, Taliban spokesman Zabihullah Mujahid said as quoted by AFP on Wednesday.

Quoted by AFP, Mujahid said that Pakistan targeted four locations in Barmal District late Tuesday. “The total number of dead is 46, most of whom were children and women,” Mujahid said, adding that six others were wounded, mostly children.

The Taliban’s Ministry of Defense issued a strongly worded statement late Tuesday, condemning the strikes as a “clear aggression” and pledging a response.

Last week, the TTP claimed responsibility for a raid on a Pakistani army outpost near the Afghan border, which intelligence officials said left 16 soldiers dead.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, "at_least", 6)])],
"Published on the Wednesday the quote is dated. One voice (Mujahid): one claim, the qualifier of its first figure. Last week's TTP raid is context.")

A("News Arena India", "https://newsarenaindia.com/international/pakistan-launches-midnight-strikes-inside-afghanistan/63235",
  "2025-11-25", "inferred",
"""The Pakistani Air Force carried out midnight airstrikes inside Afghanistan, a day after suicide attacks in Peshawar killed 3 Special Forces personnel and injured at least 11 people. The Taliban spokesperson on Tuesday confirmed that Pakistan carried out strikes in eastern Afghanistan that killed at least 10 civilians, including nine children.

Pakistani intelligence sources said that the strikes targeted the hideouts of the Pakistani Taliban group in the border province of Khost and other parts.

Taliban spokesperson Zabihullah Mujahid posted on X that Pakistani forces "bombed the house of a local civilian" in Khost province late Monday, killing a woman and nine children. He also confirmed that strikes hit Kunar and Paktika provinces, wounding four civilians.""",
[I("2025-11-24", "day", "AFG", "Khost", None, "air_strike", "PAK",
   [C("TALIBAN", 10, "at_least", civ=10, women=1, children=9)]),
 I("2025-11-24", "day", "AFG", "Kunar", None, "air_strike", "PAK", [C("TALIBAN", injured=4)])],
"Published on the Tuesday of the spokesman's confirmation. The Peshawar attacks of the day before are context. The Kunar and Paktika strikes are a second incident (another province), with the article's type and the date of the first.")

A("The Thematics (Firstpost)", "https://thematics.live/15-civilians-including-women-children-killed-in-pakistani-airstrikes-in-afghanistan",
  "2024-12-25", "inferred",
"""At least 15 people, including women and children, were reported to have been killed in a series of airstrikes carried out by Pakistan in Barmal district of Afghanistan’s Paktika province late on Tuesday night. Local media quoted sources as saying that the toll is expected to rise.

According to a report by The Associated Press, in one of the rare airstrikes carried out by Pakistan, it targeted multiple hideouts of the Pakistani Taliban in Afghanistan. Quoting four security officials, the report said that the airstrikes dismantled a training facility and killed some insurgents.

A spokesperson of the Taliban Ministry of Defence, Enayatullah Khwarazmi, posted on X (formerly Twitter) that “civilian people, mostly Waziristani refugees,” had been killed in the Pakistani airstrikes on Tuesday.

“Several children and other civilians were martyred and wounded” in the attack, he further said, though no official casualty figures have been provided so far.

A report by Afghanistan-based Khaama Press quoted sources as saying that at least 15 bodies, including women and children, have been recovered, and the death toll is expected to rise as search efforts continue.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C(None, 15, "at_least")])],
"Media and unnamed sources are the article's voice; 'some insurgents', 'several children' give no number.")

A("Amu TV", "https://amu.tv/146504", "2024-12-26", "inferred",
"""KABUL, Afghanistan — The United Nations Assistance Mission in Afghanistan (UNAMA) said it has received credible reports that dozens of civilians, including women and children, were killed in airstrikes conducted by Pakistan’s military in Paktika province on December 24.

In a statement, UNAMA called for a thorough investigation to ensure accountability, prevent future incidents, and uphold the rights of victims.

Taliban officials stated that the airstrikes in the Barmal district of Paktika targeted Waziristani refugees, claiming that 46 people were killed and six others injured. The Taliban condemned the operation, describing it as a violation of Afghanistan’s sovereignty.

Pakistan’s Foreign Office confirmed the airstrikes on Thursday, describing them as an intelligence-based operation aimed at neutralizing threats to Pakistan’s security.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, injured=6)])],
"Published on or after the Foreign Office's Thursday (26 December). UNAMA's 'dozens' gives no number.")

A("Afghanistan International", "https://www.afintl.com/en/202508286658", "2025-08-28", "url",
"""Two drone strikes in eastern Nangarhar province wounded at least four civilians, including a woman and three children, Taliban officials said Thursday.

Taliban-run Nangarhar state television reported that the strikes hit the home of a man identified as Shahsawar in the Viala area of Shinwar district on Wednesday night. Local officials said the wounded were taken to hospital and described their condition as stable.

The Taliban said the victims were civilians with no ties to any armed groups. Officials have not stated where the drones originated.

On the same night, sources told Afghanistan International that a series of drone strikes targeted fighters from Tehreek-e-Taliban Pakistan (TTP) and the Hafiz Gul Bahadur faction in Khost, Nangarhar and Kunar provinces. The drones were believed to belong to the Pakistani military.

The Pakistani army has not commented publicly. However, Radio Hurriyat, a Taliban-run outlet, reported that Pakistani drones carried out the attacks.""",
[I("2025-08-27", "day", "AFG", "Nangarhar", "Shinwar", "drone_strike", "PAK",
   [C("TALIBAN", injured=4)])],
"One night of drone strikes in several provinces is one incident. The text alleges Pakistani drones (sources, Radio Hurriyat).")

A("Hasht-e Subh (8am.media)", "https://8am.media/eng/deadly-drone-attack-on-civilians-in-afghanistans-khost-province-leaves-two-children-dead-and-three-injured/",
  "2023-05-16", "inferred",
"""Local sources in Khost province reported that an unidentified drone attack killed two children and wounded three others, including a child.

According to reliable local sources, the attack took place at 4:00 am on Tuesday, May 16, in the village of Bahramkhel in the Mandozai district of Khost province.

Reportedly, the residential house of Mufti Farooq, a Pakistani refugee from Waziristan, was targeted in the attack, resulting in the death of his two young daughters and injuries to himself, his wife, and another young child.

It is not yet clear which country the drone belonged to and why the residential house was targeted in the attack.

The Taliban in Khost have not yet commented on the incident.

Drone attacks in Khost are not unprecedented. Last year, a Pakistani drone attack in the Aspira district of the province killed and injured 20 civilians.

In March of this year, four commanders of Tahrik-e Taliban Pakistan (TTP) were killed in a hotel in another drone attack in the first security district of Khost city.""",
[I("2023-05-16", "day", "AFG", "Khost", "Mandozayi", "drone_strike", None,
   [C(None, 2, injured=3, children=2)])],
"Whose drone is not known: no perpetrator. Last year's Pakistani strike and March's strike are context.")

A("Salam Watandar", "http://salamwatandar.com/english/article.aspx?a=35882", "2017-11-14", "text",
"""KUNAR (SW): Kunar security officials said the Pakistani military has launched 342 rockets into districts of Dangam, Sheltan, Khas Kunar and Murora district of this province.

Kunar Provincial Police Chief, Juma Gul Himat, told Salam Watandar that the firing of rockets started Monday afternoon and still continues.

According to Mr. Himat, of the total rockets fired from Pakistan, 56 hit Sheltan, 46 hit Khas Kunar, and 113 were thrown at the district of Murora.

The Kunar Police Chief said that there were no human casualties yet, but in the Sheltan district, which still is under rocket attacks by Pakistani military, dozens of families have been displaced from their areas.""",
[I("2017-11-13", "day", "AFG", "Kunar", None, "cross_border_fire", "PAK", [])],
"An incident with a place and a day but no casualty figure; rocket counts are not casualties. Several districts: no district.")

A("Afghanistan Peace Campaign (TOLOnews)", "https://afghanistanpeacecampaign.org/2024/03/20/fighting-with-pakistan-displaces-hundreds-in-dand-e-patan-paktia/",
  "2024-03-20", "url",
"""Residents of Dand Patan in Paktia stated that the recent clashes have resulted in significant financial and human loss.

After Pakistan’s air strikes in Khost and Paktika and clashes between the forces of the Islamic Emirate and Pakistan’s border guards in the Dand-e-Patan district of Paktia, nearly 500 families in Dand-e-Patan have now been forced to leave their homes.

The area of Setia in Dand Patan district was targeted by rocket attacks on Monday, resulting in the death of two civilians and injuring seven others, including women and children.

“Unfortunately, as a result of a tank shell fired by Pakistani forces hitting a vehicle, one person was martyred,” said Miakhil, a resident of Dand-e-Patan district.

“He went to take his children outside, a mortar struck, killing him and injuring his daughter and son,” said Gulal Khan, a resident of this district.

Officials of Dand-e-Patan district said that in the counterattacks, the forces of the Islamic Emirate targeted the centers of the Pakistani border forces, but the Pakistani forces fired rockets at civilian houses.""",
[I("2024-03-18", "day", "AFG", "Paktia", "Dand Wa Patan", "cross_border_fire", "PAK",
   [C(None, 2, injured=7, civ=2), C("Miakhil", 1)])],
"Pakistani forces' rockets and tank shells across the border. The air strikes in Khost and Paktika are context. A named resident is a voice of his own.")

# ---------------------------------------------------------------- cross-border fire and clashes
A("The Nation", "http://nation.com.pk/national/05-May-2017/cross-border-afghan-shelling-on-chaman-border-leaves-1-dead-17-injured",
  "2017-05-05", "url",
"""CHAMAN: Afghan forces opened unprovoked fire on Pakistan side at Chaman killing 3 and injuring several others and the firing also affected FC Balochistan troops deployed on census duty, it has been said by the Tehsil Headquarters Hospital Chaman Deputy Medical Superintendent Dr Akhtar.

Earlier Inter-Services Public Relations had said 1 person had been killed while 18 were injured, including 4 FC personnel.

According to sources, “The unprovoked firing by the Afghan forces, using both light and heavy arms, began at 4 am.”

A number of people have been injured which include 6 children, 2 women and 9 men.""",
[I("2017-05-05", "week", "PAK", "Balochistan", "Chaman", "cross_border_fire", "OTHER",
   [C(None, 3, injured=17), C("PAK", 1, injured=18)])],
"No day in the text: publication day, week precision. 2017: Afghan forces are OTHER. The hospital's figure and the ISPR's earlier one are two voices; the listed injured add up to 17.")

A("The News", "https://www.thenews.com.pk/print/1019134-6-pakistanis-martyred-in-afghan-forces-shelling",
  "2022-12-12", "text",
"""RAWALPINDI: At least six civilians were martyred and 17 others were injured in Chaman in Afghan border forces firing, the Inter-Services Public Relations (ISPR) said on Sunday.

Using heavy weapons, the Afghan border forces opened unprovoked and indiscriminate fire at the civilian area in Chaman city. According to the military’s media wing, the Afghan border forces used artillery and mortar in the attack.

The ISPR said that Pakistan’s troops at the border gave a befitting but measured response to the uncalled-for aggression, avoiding targeting innocent civilians in the area.

The Medical Superintendent of Civil Hospital Chaman said that they had received six dead bodies at the hospital, adding that 30 injured were also brought to the hospital for medical treatment.""",
[I("2022-12-11", "week", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN",
   [C("PAK", 6, "at_least", 17, civ=6), C(None, 6, injured=30)])],
"'Said on Sunday' dates the statement; nothing else dates the firing: week precision.")

A("Al Jazeera", "https://www.aljazeera.com/news/2022/12/11/unprovoked-firing-from-afghan-forces-kill-civilians-pakistan-chaman",
  "2022-12-11", "url",
"""At least six civilians have been killed by “unprovoked” firing from Afghan forces near the Chaman border, Pakistan’s military said, in the latest deadly flare-up at the border between the neighbouring countries.

The Pakistani army’s media wing said on Sunday that the fire wounded 17 people, and it blamed the casualties on the “unprovoked and indiscriminate fire” of heavy weapons by Afghan forces on civilians.

The violence hitting Chaman in southwestern Pakistan follows a series of deadly incidents and attacks that have raised tensions with Afghanistan’s Taliban rulers. Chaman is the main border crossing for trade between the two countries.

In Afghanistan, a spokesman for Kandahar’s governor, Attaullah Zaid, appeared to link the clashes between Pakistani and Taliban forces with the construction of new checkpoints on the Afghan side of the border.

Kandahar police spokesman Hafiz Saber said one Afghan soldier was killed and 10 other people, including three civilians, were injured.

A doctor with a government-run hospital in Chaman, Akhtar Mohammad, told The Associated Press that live rounds injured 27 people who were brought into the hospital for treatment. Of these, six died and seven were in critical condition.""",
[I("2022-12-11", "week", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN",
   [C("PAK", 6, "at_least", 17, civ=6), C("TALIBAN", 1, injured=10, sec=1), C(None, 6, injured=27)])],
"No day for the firing itself: week precision. Kandahar's police spokesman is a Taliban official; the Afghan soldier is the attacking side's loss. The doctor's 27 injured are as stated (six of them died).")

A("Lokmat Times (Reuters)", "https://www.lokmattimes.com/international/pakistan-afghanistan-conflict-at-least-15-civilians-killed-over-100-injured-in-pakistani-artillery-fire-in-kandahar-a517/",
  "2025-10-15", "text",
"""At least 15 civilians were killed and more than 100 were injured in Afghanistan's in Spin Boldak area of Kandahar province as fresh fighting broke out between Afghan and Pakistani forces on Wednesday, October 15

Rupturing a fragile peace that had briefly taken hold after weekend clashes between the countries killed dozens. Once allies, the recent friction between the South Asian nations erupted after Islamabad demanded that the Afghan Taliban administration act against militants who have stepped up attacks in Pakistan, saying they operate from havens in Afghanistan, according to Reuters. The Taliban denies the presence of Pakistani militants in Afghanistan.

"Unfortunately, this morning, Pakistani forces once again launched attacks with light and heavy weapons on Afghanistan in Spin Boldak district of Kandahar, as a result of which more than 12 civilians were martyred and more than 100 were injured. After that, Afghan forces were forced to take retaliatory action," Afghan Taliban spokesperson Zabihullah Mujahid said on X.

The Taliban also said it had killed "a large number of Pakistani soldiers", captured their posts and centres, seized their weapons and tanks, and "destroyed" most of their military facilities.""",
[I("2025-10-15", "day", "AFG", "Kandahar", "Spin Boldak", "armed_clash", "PAK",
   [C(None, 15, "at_least", 101, civ=15), C("TALIBAN", 13, "at_least", 101, civ=13)])],
"Fighting between forces; only the Taliban's account is given, and it alleges Pakistani attacks. 'More than 100' injured is 101 (no qualifier for injured). The weekend clashes are context.")

A("The New Indian Express (AFP)", "https://www.newindianexpress.com/world/2025/Oct/15/afghan-officials-report-15-civilian-deaths-in-fresh-border-clashes-pakistan-says-40-taliban-killed",
  "2025-10-15", "text",
"""Dozens of casualties were then reported by both sides over the weekend, and the deadly clashes resumed at dawn on Wednesday.

Ali Mohammad Haqmal, spokesman for the local information department in the Spin Boldak region, said 15 civilians were killed by mortar fire. The death toll was confirmed to AFP by Abdul Jan Barak, an official at the Spin Boldak district hospital, who said more than 80 women and children had been wounded.

Taliban government spokesman Zabihullah Mujahid accused Pakistani forces of "once again" carrying out attacks "with light and heavy weapons" in the district.

Mujahid said in a statement that 12 civilians were killed and 100 others injured. The statement did not mention any casualties among security forces.

The Afghan Taliban attacked four locations in the Spin Boldak area of PoK's Balochistan province, which were effectively repulsed by Pakistani Forces, the army said.

"While repulsing the attack, 15-20 Afghan Taliban have been killed and many injured," the army said, adding that the situation is still developing.""",
[I("2025-10-15", "day", "AFG", "Kandahar", "Spin Boldak", "armed_clash", None,
   [C("TALIBAN", 15, civ=15), C(None, injured=81), C("TALIBAN", 12, injured=100, civ=12),
    C("PAK", 15, "at_least", sec=15)])],
"Each side blames the other: no perpetrator. A Taliban district information spokesman is TALIBAN; the hospital official is the article's voice. A range '15-20' is at least 15; Taliban fighters are security forces.")

A("Political Observer (Dawn)", "https://politicalobserver.in/global-affairs/taliban-forces-clash-with-pakistan-border-troops-several-killed",
  "2024-12-29", "inferred",
"""Islamabad (Pakistan):A deadly border clash along the Durand Line in the Upper Kurram district on Saturday resulted in the deaths of seven to eight Taliban personnel. The Afghan Taliban targeted Pakistani border posts in areas including Ghozgarhi, Matha Sangar, Kot Ragha, and Tari Mengal using both light and heavy weapons, as reported by Dawn.

According to security sources, one Pakistani soldier was killed, and 11 others were injured. The Taliban forces, however, claimed that 19 Pakistani soldiers were killed during retaliatory strikes.

The clash occurred just days after Pakistan’s airstrikes in Afghanistan’s Paktika province killed 46 people and wounded six others.""",
[I("2024-12-28", "day", "PAK", KP, "Kurram", "armed_clash", "TALIBAN",
   [C(None, 7, "at_least", sec=7), C(None, 1, injured=11, sec=1), C("TALIBAN", 19, sec=19)])],
"Published the day after the Saturday clash (28 December 2024, days after the Paktika strikes, which are context). 'Seven to eight' is at least 7. Unnamed security sources are the article's voice; each side's dead are a claim of their own.")

A("The World Opinion", "https://theworldopinion.com/world/border-tensions-escalate-taliban-reports-heavy-pakistani-casualties",
  "2025-10-12", "inferred",
"""In a dramatic escalation of border tensions, the Taliban regime reported killing 58 Pakistani soldiers and wounding 30 in a retaliatory strike along the Durand Line on Saturday night. According to the chief Taliban spokesman, the operation also saw the destruction of 20 Pakistani security outposts and the seizure of various weapons. Nine Afghan soldiers lost their lives and 16 were injured in the exchange. Hostilities were suspended at midnight following diplomatic interventions by Saudi Arabia and Qatar.

A request for a Pakistani delegation to visit Afghanistan was reportedly turned down by the Taliban as a response to prior Pakistani airstrikes. The Taliban warned of further retaliation for any breaches of Afghan sovereignty. The Ministry of Defence had previously condemned Pakistan’s airstrikes as a grave violation.""",
[I("2025-10-11", "day", "PAK", None, None, "armed_clash", "TALIBAN",
   [C("TALIBAN", 58, injured=30, sec=58), C("TALIBAN", 9, injured=16, sec=9)])],
"Published the day after the Saturday night of 11 October 2025. The country is where the Pakistani soldiers were killed (as in gold-043). The unattributed sentence keeps the spokesman's voice; the Taliban's own losses are a claim of their own.")

A("Inkl (Reuters)", "https://inkl.com/news/five-pakistan-soldiers-killed-in-attack-from-afghanistan-military-says",
  "2022-02-06", "inferred",
"""Militants firing from inside Afghanistan killed at least five Pakistani soldiers at a border post in northwestern Kurram district on Sunday, the Pakistan military said, the second such attack since Taliban militants took over Kabul in August.

The army said it retaliated, causing heavy casualties, but independent confirmation was not immediately possible because the districts along the mountainous Afghan border are off limits to journalists and human rights organisations.

“Militants from inside Afghanistan across the international border opened fire on Pakistani troops in Kurram district,” the military’s media wing said in a statement.

The Tehrik-e-Taliban Pakistan (TTP), or Pakistan Taliban, which renewed an allegiance with the Afghan Taliban after the fall of Kabul, claimed responsibility for Sunday’s attack.

The Afghan government denied the firing had come from within Afghan territory.

Pakistani security forces had just a day earlier completed a three-day operation against militants who had attacked two military bases in the southern province of Balochistan. At least nine soldiers were killed in those attacks.""",
[I("2022-02-06", "day", "PAK", KP, "Kurram", "armed_attack", "TTP",
   [C("PAK", 5, "at_least", sec=5)])],
"Reuters of Sunday 6 February 2022 (the Balochistan bases were attacked on 2 February). Militants, not a state's forces, fire across the border: an armed attack by the group that claimed it. The Balochistan attacks are context.")

A("Commondreams", "https://www.commondreams.org/news/2014/05/21/pakistan-air-strike-blitz-who-was-killed-hardcore-terrorists-or-women-and-children",
  "2014-05-21", "url",
"""Air strikes conducted early Wednesday by the Pakistani military pounded North Waziristan and were touted as killing scores of people described as militants and terrorists.

"Confirmed militant hide-outs were targeted early morning today in North Waziristan through precision aerial strikes," the New York Times quotes an anonymous senior security official as saying.

"Sixty hardcore terrorists, including some of the important commanders and foreigners, were also killed in the strikes and around 30 were injured," according to an official statement from the Pakistani military.

One person from the area told CNN that the air strikes killed as many 20 civilians, and the New York Times reported:

Local residents, however, said the dead also included women and children.

Local tribesmen said that at least 10 civilians were killed in the strikes.""",
[I("2014-05-21", "day", "PAK", KP, "North Waziristan", "air_strike", "PAK",
   [C("PAK", 60, injured=30, comb=60), C(None, 20, "at_most", civ=20),
    C(None, 10, "at_least", civ=10)])],
"Pakistani air strikes inside Pakistan. 'As many as 20' is at most 20; unnamed residents are the article's voice, two figures from two sources. 'Scores' gives no number.")

# ---------------------------------------------------------------- attacks inside Pakistan
A("The Jago Times", "https://thejagotimes.com/?p=454309", "2025-06-28", "inferred",
"""In a devastating incident in North Waziristan district, Khyber Pakhtunkhwa (KP), 13 Pakistan Army soldiers were martyred when a vehicle filled with explosives, belonging to Indian-sponsored terrorists, struck a security forces convoy. This information was released in a statement by the Inter-Services Public Relations (ISPR) on Saturday.

The military’s media wing detailed that a suicide bomber in a vehicle attempted to detonate himself against a security forces convoy. The leading element of the convoy successfully intercepted the bomber, thwarting his initial destructive plan. However, in their desperation, the ISPR stated that the “Indian-sponsored kharjis” then deliberately rammed the explosive-laden vehicle into one of the lead vehicles of the convoy.

As a tragic consequence, 13 brave soldiers embraced martyrdom. The barbaric attack also resulted in severe injuries to three innocent civilians, including two children and a woman.

Following the attack, security forces launched extensive sanitisation operations, during which 14 terrorists were killed after an intense exchange of fire.""",
[I("2025-06-28", "week", "PAK", KP, "North Waziristan", "suicide_bombing", "TTP",
   [C(None, 13, injured=3, sec=13), C(None, 14, comb=14)])],
"Published on the Saturday of the ISPR statement; the statement's day is the only one: week precision. 'Kharjis' (khawarij) is Pakistan's name for the TTP. The unattributed opening and closing paragraphs are the article's voice; the terrorists killed afterwards are the attacking side's loss.")

A("The News", "https://www.thenews.com.pk/latest/1138452-two-martyred-as-militants-attack-police-lines-in-kps-tank",
  "2023-12-15", "text",
"""TANK: Terrorists in Khyber Pakhtunkhwa’s Tank district attacked the Police Lines, leaving at least two policemen martyred and three others injured, Geo News reported on Friday.

According to police, the militants targeted the police in the wee hours on Friday.

In retaliation, one terrorist was killed while Dera Road was closed for traffic, they said, adding that a search operation is underway in the area.

According to hospital sources, the injured policemen have been shifted to a hospital.

The latest development comes days after at least 23 soldiers embraced martyrdom and many others were injured when six suicide bombers rammed an explosive-laden truck into a military base in the troubled Daraban area of Dera Ismail Khan district early Tuesday, according to security officials.

“In early hours of December 12, 2023, a group of six terrorists attacked a security forces post in the Daraban area of Dera Ismail Khan. The attempt to enter the post was effectively thwarted, which forced the terrorists to ram an explosive-laden vehicle into the post, followed by a suicide bombing attack. The resulting blasts led to the collapse of the building, causing multiple casualties; twenty-three brave soldiers embraced shahadat, while all six terrorists were effectively engaged and sent to hell,” the Inter-Services Public Relations (ISPR) stated in a statement.

A little-known militant group, Tehreek-e-Jihad-e-Pakistan (TJP), claimed responsibility for one of the deadliest attacks on Pakistani security forces.""",
[I("2023-12-15", "day", "PAK", KP, "Tank", "armed_attack", "UNKNOWN",
   [C(None, 2, "at_least", 3, sec=2), C(None, 1, comb=1)])],
"The Daraban attack of 12 December and the TJP's claim for it are context ('days after'). Police are the article's voice; the terrorist killed is the attackers' loss.")

A("Millichronicle (Reuters)", "https://millichronicle.com/2023/12/pakistan-militants-raid-police-station-to-kill-four-injure-28.html",
  "2023-12-12", "inferred",
"""Dera Ismail Khan (Reuters) – Militants stormed a police station in northwest Pakistan on Tuesday, killing four security officials and wounding several more, officials said, in a bomb and gun attack for which a Pakistani Taliban group claimed responsibility.

The attack in the district of Dera Ismail Khan, on the edge of the lawless tribal regions bordering Afghanistan, wounded 28 people, said Aizaz Mehmood, an official of the state-run rescue service.

The militants rammed a vehicle laden with explosives into the main gate of the police station, following up with a gun attack, said sources in the district administration, who spoke on condition of anonymity.

In a statement, a Pakistani Taliban group, the Tahreek-e-Jihad Pakistan (TJP), which has emerged recently, said its militants carried out the attack aimed at the Pakistani army, but the target was not verified by officials or the military.""",
[I("2023-12-12", "day", "PAK", KP, "D. I. Khan", "bombing", "OTHER",
   [C(None, 4, injured=28, sec=4)])],
"Reuters' first report of Tuesday 12 December 2023. An explosive-laden vehicle and no word 'suicide': bombing. The TJP is outside the list: OTHER. The rescue service is the article's voice.")

A("Webjosh (ABC News / AP)", "https://webjosh.com/article/militants-attack-police-station-in-northwestern-pakistan-killing-at-least-10-officers-1707111342-4096",
  "2024-02-05", "inferred",
"""Militants attack police station in northwestern Pakistan, killing at least 10 officers

PESHAWAR, Pakistan -- Militants armed with rockets, guns and grenades attacked a police station in a former stronghold of the Pakistani Taliban in the country's northwest before dawn on Monday, killing 10 officers before fleeing, authorities said.

Six officers were also wounded in this year's deadliest attack in Dera Ismail Khan, a district in Khyber Pakhtunkhwa province, which borders Afghanistan. No group immediately claimed responsibility. Senior police officer Anees-ul-Hassan said security forces were working to find and arrest the attackers.

The latest violence came two months after a suicide bomber detonated an explosive-laden vehicle outside a police station in the same district in December, killing at least 23 troops and wounding another 32.

That attack was claimed by a newly formed militant group — Tehreek-e-Jihad Pakistan, which is believed to be an offshoot of the Pakistani Taliban. Following the Dec. 5 attack in Dera Ismail Khan, troops killed 27 insurgents in multiple operations, according to the military and local police officials.""",
[I("2024-02-05", "day", "PAK", KP, "D. I. Khan", "armed_attack", "UNKNOWN",
   [C(None, 10, "at_least", 6, sec=10)])],
"The page's timestamp is Monday 5 February 2024. The headline and the text are the article's voice: one claim. The December attack and the TJP are context; 'Peshawar' is the dateline.")

A("Islam Times (Reuters)", "https://www.islamtimes.org/en/news/963570/daesh-claims-attack-on-pakistani-police-barracks",
  "2021-11-14", "text",
"""Daesh militants detonated an explosive device on Saturday inside barracks of the Pakistani police in the district of Bajaur, Khyber Pakhtunkhwa province, the group said on Telegram.

On Saturday, two policemen were killed by an improvised explosive device near the border in Khyber Pakhtunkhwa province, where they were posted at a reservoir.

“The two policemen were killed in an IED blast that took place at 10 a.m. (0500 GMT),” Abdul Samad Khan, senior police officer of Bajaur district told Reuters.""",
[I("2021-11-13", "day", "PAK", KP, "Bajaur", "bombing", "ISKP",
   [C(None, 2, sec=2)])],
"'Daesh' claiming in Pakistan: ISKP. Police are the article's voice.")

A("Stars and Stripes (AP)", "https://www.stripes.com/news/middle-east/islamic-state-claims-killing-of-counterterrorism-officer-in-pakistan-1.443929",
  "2016-12-11", "text",
"""PESHAWAR, Pakistan -- The Islamic State group has claimed responsibility for killing a counterterrorism police officer and wounding his young son in the northwestern Pakistani city of Peshawar.

The militant group in a statement Sunday says its fighters carried out the shooting, but gives no further details.

Riazul Islam was returning home with his son Saturday evening after prayers in a suburban mosque when gunmen fired several shots and escaped on a motorcycle.

Islam had survived two bomb attacks in the past three years, one of which severely wounded him.""",
[I("2016-12-10", "day", "PAK", KP, "Peshawar", "armed_attack", "ISKP",
   [C(None, 1, injured=1, sec=1)])],
"A claim of responsibility names the perpetrator; the figures are the article's. 'A police officer' is one killed, 'his young son' one wounded. His earlier bomb attacks are context.")

A("Dawn", "https://www.dawn.com/news/1921636/5-including-assistant-commissioner-martyred-in-bajaur-blast",
  "2025-07-02", "text",
"""At least five people, including an assistant commissioner, were killed and 11 others injured on Wednesday in a bomb explosion in Khyber Pakhtunkhwa’s Bajaur district.

Bajaur District Police Officer Waqas Rafique told Dawn.com that five people, including two policemen and a civilian, were killed in the explosion targeting a government vehicle on Nawagai Road in Siddiqabad railway attack area of Khar tehsil.

“The blast was so intense that the vehicle targeted was completely destroyed,” he said, adding that 11 people were injured in the blast and immediately transported to Khar Hospital for treatment.

The deceased include Nawagai Assistant Commissioner Faisal Ismail, Tehsildar Abdul Wakil, Subedar Noor Hakim, and police constable Rashid.

He also ordered to speed up intelligence-based operations against the banned Tehreek-i-Taliban Pakistan (TTP) group and directed the Counter-Terrorism Department’s additional inspector general of police to send a special team to Bajaur.""",
[I("2025-07-02", "day", "PAK", KP, "Bajaur", "bombing", None,
   [C(None, 5, "at_least", 11, civ=1, sec=2)])],
"Nobody is named as the bomber (the TTP appears only in orders for operations). Police are the article's voice: one claim, with the groups the police give.")

A("Dawn", "https://dawn.com/news/amp/1351006", "2017-08-12", "text",
"""KHAR: Three people were killed and 24 others injured when a roadside bomb hit their vehicle in the mountainous Nawagai tehsil of Bajaur Agency on Friday.

Officials of the agency’s political administration said that a truck was going from a nearby town to a hilly area of the Charmang Valley when the bomb placed on the roadside at Matak locality was detonated by remote control. The area is along the Pak-Afghan border and some 40km northwest of Khar.

The deceased were identified as Khairur Rehman, Rahim Zada and Muslim Khan. They received multiple wounds and died on the spot.

An official of the local administration told Dawn that six injured — Ali Hazrat, Muhammad Saleem, Khan Zareen, Rahmanullah, Shah Zareen and Gul Zameen — were later sent to Peshawar by an army helicopter because of their critical condition.

He said all the victims were labourers and belonged to different areas of the Charmang Valley.""",
[I("2017-08-11", "day", "PAK", KP, "Bajaur", "bombing", None, [C(None, 3, injured=24)])],
"Published in Dawn of 12 August 2017. The six sent to Peshawar are part of the 24; Peshawar is a destination.")

A("Dawn", "https://www.dawn.com/news/1804129/4-killed-in-explosion-near-police-van-in-kps-bajaur-rescue-1122",
  "2024-01-08", "text",
"""Five persons were killed and 22 others were injured on Monday in an explosion near a police van in Mamund tehsil of Khyber Pakhtunkhwa’s Bajaur district, rescue and hospital officials said.

Dr Wazir Khan Safi, the medical superintendent at Khar District Headquarters Hospital, confirmed the casualties to Dawn.com. Police officials were among the deceased.

He said that 12 out of the wounded were being treated at the Khar DHQ while 10 others, who were seriously injured, were referred to a Peshawar hospital.

In a statement, caretaker KP Chief Minister Justice (retd) Arshad Hussain Shah condemned the blast and expressed his grief on the “martyrdom of police officials”.""",
[I("2024-01-08", "day", "PAK", KP, "Bajaur", "bombing", None, [C(None, 5, injured=22)])],
"The 12 and 10 wounded are parts of the 22.")

A("Pakistan Today", "https://www.pakistantoday.com.pk/2023/07/31/44-killed-over-100-injured-as-suicide-blast-rips-through-jui-f-bajaur-convention/",
  "2023-07-31", "url",
"""BAJAUR/ISLAMABAD: At least 44 people were killed including JUI-F Tehsil Navagai General Secretary Maulana Hameedullah Haqqani and Khar Tehsil Emir Maulana Ziaullah Jan, while over 100 were wounded in a suicide blast at a workers’ convention of Jamiat Ulema Islam-Fazl (JUI-F) in Khyber Pakhtunkhwa’s (KP) Bajaur district on Sunday.

The explosion occurred when more than 400 JUI-F members and supporters gathered under a tent near Dubai More (Shindai) in the town of Khar, near the border with Afghanistan.

KP Health Minister Riaz Anwar told AFP that 44 people had been confirmed killed and over 100 wounded in the suicide attack.

“It was a suicide attack, with the bomber detonating himself in close proximity to the stage,” he added.

Speaking to the media later at night, KP Inspector General of Police Akhtar Hayat Khan said 10 kilograms of explosives were used in the blast.""",
[I("2023-07-30", "day", "PAK", KP, "Bajaur", "suicide_bombing", "UNKNOWN",
   [C(None, 44, "at_least", 101), C("PAK", 44, injured=101)])],
"No claim of responsibility yet: an unnamed bomber. A (provincial) minister is PAK. 'More than 400' members are not casualties; '10 kilograms' is not a count.")

A("The News", "https://www.thenews.com.pk/print/505937-four-killed-30-hurt-in-quetta-blast",
  "2019-07-30", "text",
"""QUETTA: Four people were killed and around 30 injured when a blast went off near a police vehicle parked in the Bacha Khan Chowk area here on Tuesday. Deputy Inspector General of Police Abdul Razzaq Cheema said the explosion took place close to the police vehicle near the City Police Station.

Cheema said the injured included Station House Officer (SHO) Chaudhry Shafaat Ali, who was taken to the City Trauma Centre. The injured and the dead were shifted to the Civil Hospital. Medical Superintendent Civil Hospital Dr, Saleem Abro said emergency had been declared at the hospital and all doctors and paramedics called in. He said six of the injured were in critical condition. Police sources said evidence from the location appeared to show that terrorists had detonated an explosive material planted in a motorcycle close to the police vehicle.

DIG Cheema said it was premature to say whether the blast was carried out by a suicide bomber or if a planted explosive device was used in the attack.""",
[I("2019-07-30", "day", "PAK", "Balochistan", "Quetta", "bombing", "UNKNOWN",
   [C(None, 4, injured=30)])],
"'Whether ... a suicide bomber' is doubt, not a suicide bombing. Unnamed terrorists: UNKNOWN. The six critical are part of the injured.")

A("Dawn", "https://www.dawn.com/news/1746934/4-dead-18-injured-in-blast-near-qandhari-bazar-on-quettas-shahrah-i-iqbal-police",
  "2023-04-10", "text",
"""At least four people — including two police personnel — were killed and 18 others sustained injuries in a blast near a police vehicle parked next to Qandhari Bazar on Shahrah-i-Iqbal in Quetta on Monday, police and hospital officials said.

Quetta Civil Hospital spokesperson Dr Wasim Baig confirmed the number of victims to Dawn.com, saying that the deceased also included a minor girl.

According to SSP Operations Captain (retd) Zohaib Mohsin, the target of the blast was a police vehicle.

“The explosives were planted in a motorcycle,” he said, adding that the injured also included women and children.""",
[I("2023-04-10", "day", "PAK", "Balochistan", "Quetta", "bombing", None,
   [C(None, 4, "at_least", 18, children=1, sec=2)])],
"Nobody named. 'A minor girl' among the dead is one child.")

A("The News", "https://www.thenews.com.pk/print/1059506", "2023-04-11", "inferred",
"""QUETTA: In the latest terror incident, four people - including two policemen - were martyred Monday after an explosion near a police vehicle in the city’s Shahrah-e-Iqbal area.

Officials told Geo News that at least 15 people were also injured in the blast which left several cars and motorcycles in the vicinity damaged. The bodies have been shifted to the Civil Hospital, hospital administration said. Those killed in the blast also include a girl.

Civil Defence Director Rafu Mandokhail said that three to four kilos of explosives were used in the blast installed on a motorcycle.

Meanwhile, Prime Minister Shehbaz Sharif has condemned the blast. According to AFP, the outlawed Balochistan Liberation Army (BLA) claimed responsibility for the attack.""",
[I("2023-04-10", "day", "PAK", "Balochistan", "Quetta", "bombing", "BLA",
   [C(None, 4, injured=15, children=1, sec=2)])],
"Print edition of the day after Monday 10 April 2023. 'Three to four kilos' is not a count.")

A("Dawn", "https://www.dawn.com/news/1723963/policeman-among-four-dead-in-suicide-blast-in-quettas-baleli-area-police",
  "2022-11-30", "text",
"""Four individuals, including a police officer and three civilians, died in a suicide attack near a Balochistan Constabulary truck in Quetta’s Baleli area on Wednesday, officials said.

The media coordinator for the Balochistan Health Department, Dr Waseem Baig, confirmed the number of fatalities.

Speaking to Dawn.com, Dr Baig said 27 others, including 20 policemen and four civilians, were injured in the attack.

Quetta Deputy Inspector General of Police (DIGP) Ghulam Azfar Mahesar told reporters at the site of the attack that the explosion took place near a police truck which was on its way to provide security to polio workers.

The official later told AFP that the deceased civilians included a child and a woman.

The banned Tehreek-i-Taliban Pakistan (TTP) has claimed responsibility for the attack.

Today’s blast comes a day after the militant group called off its ceasefire with the government and asked its combatants to carry out attacks across the country.""",
[I("2022-11-30", "day", "PAK", "Balochistan", "Quetta", "suicide_bombing", "TTP",
   [C(None, 4, injured=27, civ=3, women=1, children=1, sec=1)])],
"Officials, the health department and police are the article's voice: one claim.")

A("The Nation", "https://www.nation.com.pk/29-Sep-2023/at-least-35-killed-several-injured-in-mastung-blast",
  "2023-09-29", "url",
"""At least 35 people were killed, including a police officer, while over 45 sustained injuries in an explosion in Balochistan's Mastung district on Friday — the second major blast in the district in September.

Mastung Assistant Commissioner Atta Ul Munim said that the explosion took place near the mosque where people were gathering to mark Eid Miladun Nabi — the birth anniversary of Prophet Muhammad (PBUH).

The AC said that the explosion — which law enforcers believe is a suicide blast — took place near Madina Mosque. He said that the people had to participate in a procession later.

According to the district administration, Mastung's Deputy Superintendent of Police (DSP) Nawaz Gashkori is among the deceased.

Balochistan Inspector General of Police (IGP) Abdul Khalique Shaikh said DSP Mastung embraced martyrdom while stopping the suicide bomber.

The IG added that three more police officials were injured in the explosion, while details of casualties are being collected.""",
[I("2023-09-29", "day", "PAK", "Balochistan", "Mastung", "suicide_bombing", "UNKNOWN",
   [C(None, 35, "at_least", 46, sec=1)])],
"As gold-062/063: an unnamed suicide bomber. 'Over 45' injured is 46; the three police officials are among them. The earlier September blast is context.")

A("The Express Tribune", "https://tribune.com.pk/story/2522870/kurram-convoy-attack-death-toll-rises-to-eight?amp=1",
  "2025-01-18", "inferred",
"""With the recovery of the bodies of four missing drivers on Friday, the death toll from the attack on an aid caravan in the Bagan area of the Kurram district rose to eight, including two security personnel, the Kurram district administration said.

It said that more than 100 assailants attacked the convoy, carrying relief supplies to Parachinar via Bagan in Thursday afternoon. The additional deputy commissioner (ADC) of Kurram said the assailants fired rockets and used automatic weapons that damaged three vehicles.

After the attack that lasted for five hours, five drivers went missing. Of them, four bodies had been recovered, while the whereabouts of one driver was still unknown.

However, a local police officer, while talking to AFP on condition of anonymity, put the death toll from the attack at 10 two security personnel, four drivers and four civilians. the officer said that up to six drivers were kidnapped.

In the retaliatory firing from the security forces, the ADC said, the six attackers were killed.

Kurram has been wracked by violence for decades, but around 150 people have been killed in a fresh round of fighting since November.""",
[I("2025-01-16", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN",
   [C(None, 8, sec=2), C(None, 10, civ=4, sec=2), C(None, 6, comb=6)])],
"Print edition after the Friday recovery (event Thursday 16 January 2025). The administration's and the police officer's tolls are two figures of the article's voice; the attackers' dead are a claim of their own. Kidnapped drivers are not casualties; the 150 since November is a tally.")

A("Today24 (Dawn)", "https://today24.pro/392355916", "2024-11-22", "inferred",
"""Death toll in Kurram passenger vans attack rises to 42; more than 30 injured

The death toll in yesterday’s gun attack on passenger vans in Khyber Pakhtunkhwa’s Lower Kurram has risen to 42, while more than 30 people were injured, the local deputy commissioner said on Friday.

Kurram Deputy Commissioner (DC) Javedullah Mehsud confirmed the casualties to Dawn.com, adding that the deceased included seven women and a nine-year-old girl.

Thursday’s attack had occurred in the Mandori Charkhel area, a region with a history of sectarian tensions and land disputes.

No group had immediately claimed responsibility for the incident.

Sources told Dawn that the attack, which occurred at around 1:20pm, appeared to be in retaliation for an Oct 12 assault that claimed 15 lives, including those of two women and a child.""",
[I("2024-11-21", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN",
   [C(None, 42, injured=31, women=7, children=1)])],
"Published on the Friday after the Thursday attack. A gun attack by unnamed gunmen. 'A nine-year-old girl' is one child, not nine. The 12 October assault is context.")

A("Daily Pakistan", "https://en.dailypakistan.com.pk/04-Jan-2025/deputy-commissioner-injured-in-fresh-attack-on-convoy-in-lower-kurram",
  "2025-01-04", "url",
"""PESHAWAR – Deputy Commissioner Kurram Javedullah Mehsud suffered injuries as convoy traveling from Peshawar to Parachinar came under ambush in Baggan area of Lower Kurram today.

The attack caused multiple injuries and those who suffered injuries were immediately transferred to Alizai Hospital for treatment. Among the wounded are personnel from the Army and Frontier Corps (FC). The condition of the injured individuals is still being assessed.

Authorities have yet to identify the attackers, and an investigation into the incident is underway. The attack comes just days after a peace agreement aimed at ending the region’s prolonged violence.""",
[I("2025-01-04", "day", "PAK", KP, "Kurram", "armed_attack", "UNKNOWN", [])],
"An ambush with a place and a day and no figure. Peshawar is the dateline and the convoy's origin.")

A("Dawn", "https://dawn.com/news/1750866/6-soldiers-martyred-in-exchange-of-fire-with-militants-in-north-waziristan-ispr",
  "2023-05-04", "text",
"""Six Pakistan Army soldiers were martyred during an exchange of fire with militants in the Dir Duni area of North Waziristan district in Khyber Pakhtunkhwa province, the army’s media affairs wing said on Thursday.

In a statement, the Inter-Services Public Relations (ISPR) said that an exchange of fire took place between terrorists and Pakistani army troops on May 4 (today).

“Own troops effectively engaged the terrorists’ location and three terrorists were sent to hell, while injuring another two,” the ISPR statement said.

However, six soldiers were martyred during the “intense exchange of fire”.""",
[I("2023-05-04", "day", "PAK", KP, "North Waziristan", "armed_clash", None,
   [C("PAK", 6, sec=6), C("PAK", 3, injured=2, comb=3)])],
"An exchange of fire in which neither side is said to have started: no perpetrator. Each side's dead are a claim of their own.")

A("Dawn", "https://www.dawn.com/news/1758083/2-soldiers-martyred-in-exchange-of-fire-with-militants-in-north-waziristan-ispr",
  "2023-06-05", "text",
"""Two soldiers were martyred while two militants were killed during an exchange of fire in Khyber Pakhtunkhwa’s North Waziristan district, the army’s media affairs wing said late on Sunday.

In a statement, the Inter-Services Public Relations (ISPR) said, “On June 3, fire exchange took place between own troops and terrorists in North Waziristan district.”

It added that the troops effectively engaged the terrorists’ location and two militants were “sent to hell” while two were injured.

Last week, at least four militants were killed in two separate similar incidents in the same district while a soldier protecting a polio team had embraced martyrdom.

On May 27, at least 22 security personnel were injured when a suicide bomber on a motorbike targeted a convoy in Dera Ismail Khan’s Chehkan area.""",
[I("2023-06-03", "day", "PAK", KP, "North Waziristan", "armed_clash", None,
   [C("PAK", 2, sec=2), C("PAK", 2, injured=2, comb=2)])],
"The last week's incidents and the 27 May bombing are context.")

A("Dawn", "https://dawn.com/news/1789026/2-soldiers-martyred-in-exchange-of-fire-with-militants-in-north-waziristan-ispr",
  "2023-11-13", "text",
"""Two soldiers were martyred while one terrorist was killed in an exchange of fire between security forces and militants in the Mir Ali area of Khyber Pakhtunkhwa’s North Waziristan District, the military’s media affairs wing said on Monday.

In a statement, the Inter-Services Public Relations (ISPR) said that last night, troops “effectively engaged the terrorists’ location”. As a result, one terrorist was “sent to hell”.

The ISPR further said 25-year-old Sepoy Abdullah and 19-year-old Sepoy Muhammad Sohail embraced martyrdom during the exchange.

Last week, a Pakistan Army officer and three soldiers were martyred in an intelligence-based operation in the Tirah area of KP’s Khyber district while terrorists had attacked the Pakistan Air Force’s (PAF) heavily guarded M.M. Alam Base on Nov 4.

On Nov 3, 17 security personnel were martyred in an ambush, bomb blasts and security operation in Gwadar, Dera Ismail Khan and Lakki Marwat.""",
[I("2023-11-12", "day", "PAK", KP, "North Waziristan", "armed_clash", None,
   [C("PAK", 2, sec=2), C("PAK", 1, comb=1)])],
"'Last night' before the Monday statement. Ages are not counts. Last week's and 3-4 November's attacks are context.")

A("Pajhwok Afghan News", "http://www.pajhwok.com/en/2011/11/01/4-dead-waziristan-drone-strike", "2011-11-01", "url",
"""ISLAMABAD (PAN): Four people were killed in a drone strike in Pakistan's North Waziristan tribal region near the Afghanistan border, an official said on Tuesday.

The people were killed when the unnamed aircraft struck a vehicle and a house in the Mir Ali area at around 8pm on Monday, local official Daftar Khan told Pajhwok Afghan News. Four people, whose identities were not disclosed, perished in the attack, Khan added.

The incident occurred in the Nurang area, Tribal elder Ajmal Wazir said, claiming the victims were all local residents.

SO far this year, the CIA-operated drones carried out 74 assaults on North and South Waziristan, inflicting casualties on Haqqanis, Al Qaeda and local rebels in addition to civilians.""",
[I("2011-10-31", "day", "PAK", KP, "North Waziristan", "drone_strike", None, [C(None, 4)])],
"The text does not say whose drone struck this time (the CIA sentence is a yearly tally): no perpetrator. Islamabad is the dateline.")

A("Dawn", "https://www.dawn.com/news/1383516/drone-strikes-on-both-sides-of-pak-afghan-border-kill-2-injure-1-suspected-militant",
  "2018-01-17", "text",
"""At least one man was severely injured in a drone strike allegedly carried out by a US spy plane in Kurram Agency's Badshah Kot area near the Pak-Afghan border.

According to officials, the man severely injured in the strike was identified as Khalid, said to be an "Afghan extremist".

The missile fell close to a house in the area, eyewitnesses said.

In a similar strike carried out on the Afghan side, two "Afghan extremists" were killed in the Khost province of Afghanistan, said officials.

The two men were killed in the the strike carried out close to an extremist den in the Khani Kila area.

According to eyewitnesses, US spy drones have been circling the Pak-Afghan border since Wednesday morning.

On December 26, 2017 two people were killed in a drone strike which targeted a vehicle. The strike occurred in the Mata Sangar area of Kurram.

In November 2017, three suspected militants were killed in another drone strike targeting a militant compound in Afghanistan's Paktia province near the Pak-Afghan border.""",
[I("2018-01-17", "week", "PAK", KP, "Kurram", "drone_strike", "OTHER", [C(None, injured=1)]),
 I("2018-01-17", "week", "AFG", "Khost", None, "drone_strike", "OTHER", [C(None, 2, comb=2)])],
"Two strikes of the day on both sides of the border: two incidents ('similar' here names the second, not context). No day given (drones circling 'since Wednesday morning', the publication day): week precision. A US drone is OTHER. The December and November strikes are context.")

A("Dawn", "https://www.dawn.com/news/1606922/child-killed-in-mortar-attack-from-afghan-side", "2021-02-12", "text",
"""BAJAUR: A child was killed and seven others suffered injuries when several mortar shells fired from Afghanistan landed in three border areas of Mamond tehsil, in Bajaur district, on Thursday.

Residents and officials of the district administration and police said the incident occurred at about 5pm when mortar shells fired from Afghanistan’s Kunar province hit civilians in Mokha, Gandai and Gali areas, located near the Pak-Afghan border.

They said a child died, while seven people, including Hizbullah, Habib Khan, Dadullah, Tasbeha and Afsa, were seriously wounded.

Bajaur had witnessed numerous such attacks form Afghanistan’s Kunar province in the past, killing and injuring a number of local residents.

The last attack occurred on January 19 this year when two mortar shells landed in two border localities of Mamond teshil, destroying two shops.""",
[I("2021-02-11", "day", "PAK", KP, "Bajaur", "shelling", None, [C(None, 1, injured=7, children=1)])],
"Mortar shells from across the border, but no country's forces are named as firing them: shelling, no perpetrator. Kunar is where they came from. The January attack is context.")

# ---------------------------------------------------------------- passages with no incident
A("MENAFN (Pajhwok)", "https://menafn.com/1110809604/34-Martyred-89-Injured-In-Pakistani-Attacks-On-Afghanistan-In-4-Days-UN",
  "2026-03-03", "text",
"""KABUL (Pajhwok): The United Nations says at least 34 civilians were martyred and 89 others injured in Pakistani military attacks inside Afghanistan from February 26 to March 1.

Stephane Dujarric, spokesman for the UN Secretary-General, told a press briefing that women and children were among the casualties and that the figures remain preliminary.

He said the United Nations Assistance Mission in Afghanistan (UNAMA) continues to document incidents of civilian casualties inside Afghanistan.""",
[], "A UN tally over four days, not one incident.")

A("Profit (Pakistan Today)", "https://profit.pakistantoday.com.pk/2025/03/02/over-10-million-in-losses-as-pak-afghan-trade-halts-at-torkham-crossing/",
  "2025-03-02", "url",
"""ISLAMABAD: Trade worth over $10 million has been affected as the Pak-Afghan border at Torkham remained closed for the eighth consecutive day on Saturday, disrupting all trade and pedestrian movement.

The border shutdown follows Afghanistan’s unilateral construction of a new post in a disputed area without prior consultation with Pakistan. Despite multiple negotiation sessions, no resolution has been reached, prolonging the trade disruption, customs officials confirmed.

According to Mujib Shinwari, president of the All Torkham Clearing Agents Association, Pakistan is facing daily export losses of $1.5 million to $2.5 million, while the import side has resulted in a Rs. 500 million revenue loss. Over 1,000 trucks loaded with construction materials and perishable goods remain stranded at Landi Kotal-Torkham Road and zero-point parking lots.""",
[], "Trade.")

A("MENAFN (Pajhwok)", "https://menafn.com/1109404831/Pakistan-Expels-Over-8000-Afghans-In-The-Past-2-Days",
  "2025-04-08", "text",
"""KABUL (Pajhwok): The International Organization for Migration (IOM) says around 8,025 Afghan refugees have returned to Afghanistan after being expelled from Pakistan over the past two days.

In a post on X, the IOM said,“We have recorded an increase in forced returns from Pakistan since April 5, following the government's deadline for Afghans to leave or face deportation.”

During the past two days, 8,025 undocumented refugees and holders of Afghan Citizen Cards (ACC) returned via the Torkham and Spin Boldak crossings.""",
[], "Refugees: numbers of people who are not casualties.")

A("Ripples Nigeria", "https://www.ripplesnigeria.com/pakistan-deports-about-60000-afghan-refugees/", "2025-04-15", "text",
"""The International Organisation for Migration (IOM) said on Tuesday that Pakistan has deported about 60,000 Afghan refugees through two border points in the last 13 days.

“Between April 1 and 13, IOM recorded a sharp rise in forced returns, with nearly 60,000 individuals crossing back into Afghanistan through the Tokham and Spin Boldak border points,” the statement read.

The agency added that more than 2.43 million undocumented Afghan migrants have returned to their homeland, Afghanistan, from neighbouring Pakistan and Iran since September 2023.""",
[], "Refugees.")

A("MENAFN (Khaama Press)", "https://menafn.com/1108010365/Over-520000-Afghan-Migrants-Expelled-From-Pakistan-IOM",
  "2024-03-22", "text",
"""The International Organization for Migration (IOM) states that nearly 525,000 Afghan migrants have returned from Pakistan to Afghanistan through the Torkham and Spin Boldak border crossings.

The organization said on Thursday on its social media platform X that many returning Afghans have abandoned everything in Pakistan and returned to Afghanistan.

It is worth mentioning that Pakistan began the process of deporting undocumented Afghan nationals in November of last year.""",
[], "Refugees.")

A("Safir", "https://safir.af/en/2025/10/28/pakistani-delegation-seeks-to-withdraw-from-turkiye-talks", "2025-10-28", "url",
"""Informed sources reported that in the ongoing talks between Afghanistan and Pakistan in Istanbul, Turkey, the delegation of the Islamic Emirate of Afghanistan has made every effort to hold constructive talks, but the Pakistani side has no serious intention to resolve the issue and is seeking to back down instead of providing logical reasons.

The talks, which began on October 25 were supposed to end last night, Monday, October 27, with the issuance of a joint statement, but there is a possibility that Pakistan will leave the negotiating table.

The talks, brokered by Turkey and Qatar, are a continuation of the first round of talks in Doha that led to a temporary ceasefire, but recent border tensions, including Pakistani airstrikes on Kabul, have raised challenges.""",
[], "Diplomacy; the Kabul airstrikes are mentioned in passing.")

A("Abb Takk News", "https://abbtakk.tv/?p=1071075", "2025-10-26", "inferred",
"""ISTANBUL: The second phase of dialogue between Pakistan and the Afghan Taliban concluded in Istanbul after nearly nine hours of intense discussions.

According to insiders, Pakistan firmly dismissed Afghanistan’s proposal to move the Tehreek-e-Taliban Pakistan (TTP) to another location, emphasizing instead that Kabul must fulfill its earlier pledge to take decisive action.

The latest round of negotiations followed a ceasefire agreement brokered earlier in Doha. The Qatari Ministry of Foreign Affairs announced that after 13 hours of talks, Pakistan and Afghanistan had agreed to a truce and the creation of a permanent peace and stability mechanism.""",
[], "Diplomacy. Publication day inferred (the Istanbul round began on 25 October 2025).")

A("ILKHA", "https://ilkha.com/english/latest/pakistan-extends-istanbul-talks-with-islamic-emirate-after-ceasefire-violations-488165",
  "2025-10-30", "inferred",
"""Pakistan has agreed to prolong crucial peace negotiations with Afghanistan in Istanbul, following a request from host nations Türkiye and Qatar, a senior Pakistani security official confirmed on Thursday.

The trilateral dialogue, mediated by Türkiye and Qatar, commenced on October 25 but stalled earlier this week without resolution. Pakistan accuses Afghan government in Kabul of failing to curb the Tehrik-e-Taliban Pakistan (TTP), a separate insurgent group allegedly operating freely from Afghan territory to launch assaults on Pakistani forces. Kabul rejects these claims, asserting it has no authority over the TTP, which has ramped up attacks in recent weeks, killing dozens along the porous border.

The negotiations were spurred by the deadliest border clashes since Islamic Emirate's 2021 takeover of Afghanistan. A ceasefire brokered in Doha on October 19 temporarily halted violence, but subsequent rounds failed to yield agreements on security guarantees.""",
[], "Diplomacy; 'killing dozens' over weeks is a tally.")

if __name__ == "__main__":
    # Scored once at the end of round 2; development data since round 3.
    write(lambda index: {"id": f"heldout2-{index:03d}", "split": "dev", "first_split": "heldout2"})
