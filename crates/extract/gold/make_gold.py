"""Writes crates/extract/gold/gold.jsonl. Labels were written by hand from the passages below,
before any extraction rule existed. Conventions: crates/extract/gold/README.md."""
from goldlib import A, C, I, write

REPORT = "https://www.acstd.org (ACSTD special report, December 2025; plain-text copy /work/shared/seed/000_f6c24ecd9b835b25.txt)"

# ---------------------------------------------------------------- the seed report's paragraphs
A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""a) April 2022: the first major escalation

While it is difficult to pinpoint exactly when the escalation began, the first major surge occurred in April 2022. According to Al Jazeera, Pakistani airstrikes in Khost and Kunar provinces killed at least 47 civilians—including many women and children displaced from Waziristan—and injured 22 others. Pakistan claimed the strikes targeted TTP fighters following the killing of seven Pakistani soldiers. The Taliban rejected the explanation and condemned the attacks as a direct violation of Afghan sovereignty.""",
[I("2022-04", "month", "AFG", "Khost", None, "air_strike", "PAK",
   [C(None, 47, "at_least", 22, civ=47)])],
"The seven soldiers are the trigger, mentioned in passing: not an incident. Month precision, first day.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""b) March 2024: renewed strikes on Khost and Paktika

In March 2024, Pakistan carried out new airstrikes on Afghan territory. Reports by Hussain (2024a) and Reuters said the attacks killed at least eight civilians—five women and three children—in Khost's Spera district and Paktika's Barmal district. Pakistan described the operation as an "intelligence-based counterterrorism strike," again linking it to TTP activity. The Taliban responded with heavy weapons along the border, summoned Pakistan's envoy in Kabul, and warned of "serious consequences." UNAMA later confirmed the civilian toll in its January–March 2024 Human Rights Update, documenting additional casualties during armed clashes the same day in Paktia's Dand-e Patan district.""",
[I("2024-03", "month", "AFG", "Khost", "Spera", "air_strike", "PAK",
   [C(None, 8, "at_least", civ=8, women=5, children=3)]),
 I("2024-03", "month", "AFG", "Paktia", "Dand Wa Patan", "armed_clash", None, [])],
"Media cited by name (Reuters, Al Jazeera) are the article's own voice.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""c) December 2024: major civilian casualties in Paktika

On December 24, 2024, Pakistan again launched airstrikes, this time in Paktika province. According to Hussain (2024b), at least 46 civilians were killed. The Taliban called the attack a "cowardly act" and warned of retaliation. The strikes occurred only hours after a Pakistani envoy's visit to Kabul, fueling suspicions that diplomacy had become a cover for military action. Pakistan did not issue an official comment, but the timing coincided with a surge in TTP attacks that had killed 16 Pakistani soldiers.""",
[I("2024-12-24", "day", "AFG", "Paktika", None, "air_strike", "PAK",
   [C(None, 46, "at_least", civ=46)])],
"The TTP attacks that killed 16 soldiers are context.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""d) August 2025: drone strikes in Nangarhar and Khost

In August 2025, Pakistani drones reportedly conducted new strikes in Nangarhar and Khost. TOLOnews reporting by Ghorzang (2025) said three children were killed and five others injured in Khost's Spera district, while six civilians were wounded in Nangarhar's Ghanikhel district. Taliban officials blamed Pakistan directly, saying the attacks caused significant human and financial losses. These incidents mirrored earlier operations in Paktika's Barmal district, which had already caused dozens of civilian deaths.""",
[I("2025-08", "month", "AFG", "Khost", "Spera", "drone_strike", "PAK",
   [C(None, 3, injured=5, children=3)]),
 I("2025-08", "month", "AFG", "Nangarhar", "Shinwar", "drone_strike", "PAK",
   [C(None, injured=6)])],
"Ghanikhel is filed under Shinwar in the gazetteer (OCHA). Barmal operations are earlier, mentioned in passing.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""e) October 2025: from Kabul drone strikes to open clashes

Tensions peaked in October 2025. On October 9, Pakistan launched drone strikes in Kabul, reportedly killing two senior TTP members and targeting the group's leader, Noor Wali Mehsud (Khattak, 2025). The Taliban condemned the attack as a severe breach of sovereignty. The same day, Pakistan also struck civilian areas in Paktika, including a local market. Days later, the TTP leader appeared in a video from inside Pakistan, asserting that he was alive.

The timing raised questions, as these strikes occurred only days after a major TTP attack that killed 11 Pakistani soldiers and during the Taliban Foreign Minister Amir Khan Muttaqi's official visit to India. Within 48 hours, fighting spread across multiple frontier points. According to Radio Mashaal and Radio Azadi (2025), the Taliban claimed to have killed 58 Pakistani soldiers while losing 9 of their own. Pakistan reported killing more than 200 Taliban soldiers and losing 23 personnel. Border crossings shut down, and diplomatic channels froze.""",
[I("2025-10-09", "day", "AFG", "Kabul", "Kabul", "drone_strike", "PAK",
   [C(None, 2, comb=2)]),
 I("2025-10-09", "day", "AFG", "Paktika", None, "drone_strike", "PAK", []),
 I("2025-10-09", "week", "PAK", None, None, "armed_clash", "TALIBAN",
   [C("TALIBAN", 58, sec=58), C("TALIBAN", 9, sec=9), C("PAK", 201, "at_least", sec=201),
    C("PAK", 23, sec=23)])],
"The TTP attack that killed 11 soldiers is context. The clashes are dated from the strikes ('within 48 hours'), week precision; each party's own losses are a separate claim.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""f) October 15–18, 2025: drone strikes on Kabul and Spin Boldak

On October 15, Afghanistan International (2025a) reported new Pakistani drone strikes in Kabul's District 4, killing at least five civilians and injuring 35. Hours later, a ceasefire was announced. UNAMA confirmed widespread civilian harm. Spin Boldak was the hardest hit: 17 civilians killed and 346 injured. Additional casualties occurred in Paktika, Paktia, Kunar, and Helmand. The ceasefire did not hold. On October 17, Pakistani strikes on Urgun and Barmal districts killed at least ten civilians, including women, children, and three Afghan cricketers traveling home (The Print, 2025). Afghanistan withdrew from the upcoming cricket Series in Pakistan in protest.""",
[I("2025-10-15", "day", "AFG", "Kabul", "Kabul", "drone_strike", "PAK",
   [C(None, 5, "at_least", 35, civ=5)]),
 I("2025-10-15", "day", "AFG", "Kandahar", "Spin Boldak", "drone_strike", "PAK",
   [C("UN", 17, injured=346, civ=17)]),
 I("2025-10-17", "day", "AFG", "Paktika", "Urgun", "drone_strike", "PAK",
   [C(None, 10, "at_least", civ=10)])],
"The 17 October strikes are only 'strikes' here: they take the paragraph's type (drone strikes). 'Additional casualties' in four provinces is a tally without figures, not an incident. An incident with no date of its own takes the date of the one before it.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""g) November 2025: border fire and new airstrikes during ceasefire talks

Despite ongoing negotiations in Istanbul and Saudi Arabia, cross-border fire on November 6, 2025, killed at least five Afghan civilians—four women and one man—and injured six more in Spin Boldak (France 24, 2025; Mujahid, 2025). Each side blamed the other for starting the exchange. Then, on 25 November, Pakistan again conducted airstrikes in Khost province, killing a woman and nine children (DW, 2025).""",
[I("2025-11-06", "day", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", None,
   [C(None, 5, "at_least", 6, civ=5, women=4)]),
 I("2025-11-25", "day", "AFG", "Khost", None, "air_strike", "PAK",
   [C(None, 10, women=1, children=9)])],
"Both sides blamed each other: no alleged perpetrator.")

A("ACSTD (Tariq Jahan, A Proxy No More?)", REPORT, "2025-12-01", "text",
"""Since 2022, Pakistan has carried out repeated strikes across multiple Afghan provinces, killing dozens of civilians, many of them women and children. The 9 October 2025 airstrikes were a decisive turning point, redefining the proxy-based alignment and accelerating the slide toward confrontation. The Taliban responded with retaliatory fire, assertive political messaging, and strong public condemnation. Despite mediation attempts by Qatar, Turkey, and later Saudi Arabia, ceasefire agreements repeatedly failed.""",
[], "Executive summary: a multi-year summary, no incident.")

# ---------------------------------------------------------------- Pakistani strikes in Afghanistan
A("DNA India", "https://www.dnaindia.com/world/report-afghanistan-s-taliban-government-makes-big-statement-says-9-children-1-woman-killed-in-pakistan-airstrike-in-khost-province-3190345",
  "2025-11-25", "inferred",
"""At least nine children after a Pakistani air strike in Afghanistan’s Khost province killed on Monday night, 24th November. Taliban government in Afghanistan's spokesperson Zabihullah Mujahid made claims that Pakistani forces conducted air strikes on the civilian houses in the Mughalgai area of Gurbuz district in Khost.

“Nine children and one woman was killed in the attack. Pakistani forces also carried out attacks in Kunar and Paktika provinces, injuring four civilians,” he said.""",
[I("2025-11-24", "day", "AFG", "Khost", "Gurbuz", "air_strike", "PAK",
   [C(None, 9, "at_least", children=9), C("TALIBAN", 10, women=1, children=9)]),
 I("2025-11-24", "day", "AFG", "Kunar", None, "air_strike", "PAK", [C("TALIBAN", injured=4)])],
"Published the day after 'Monday night, 24th November' (inferred). The second incident takes the article's event type ('attacks').")

A("News.Az (citing Al Jazeera)", "https://news.az/news/afghanistan-says-pakistani-airstrike-in-khost-kills-nine-children-and-a-woman",
  "2025-11-25", "inferred",
"""At least nine children and a woman were killed after Pakistani forces bombed a house in Khost province, southeastern Afghanistan, Afghan authorities said.

Zabihullah Mujahid, spokesperson for the Taliban administration, stated the attack occurred at midnight (19:30 GMT) in the Gurbuz district, destroying the home of Waliat Khan, son of Qazi Mir. He said the casualties included five boys, four girls, and one woman.

Other strikes were reported in Kunar and Paktika provinces, wounding at least four civilians, Mujahid added. Pakistan has not yet commented on the incident.

The attack comes amid heightened tensions along the Afghanistan-Pakistan border, following a suicide attack on Pakistan’s Federal Constabulary headquarters in Peshawar the previous day, claimed by the Jamaat-ul-Ahrar, a splinter group of the Pakistan Taliban (TTP).""",
[I("2025-11-25", "week", "AFG", "Khost", "Gurbuz", "air_strike", "PAK",
   [C("TALIBAN", 10, "at_least", women=1, children=9)]),
 I("2025-11-25", "week", "AFG", "Kunar", None, "air_strike", "PAK", [C("TALIBAN", injured=4)])],
"No day in the text: publication day, week precision. The Peshawar attack the previous day is context.")

A("Taipei Times (AFP)", "https://www.taipeitimes.com/News/world/archives/2022/04/19/2003776858",
  "2022-04-19", "url",
"""The death toll from Pakistani military airstrikes in the eastern Afghanistan provinces of Khost and Kunar has jumped to at least 47, officials said on Sunday, as Islamabad urged Kabul to act against militants launching attacks from Afghan soil.

Tensions between the two neighbors deepened after Saturday’s pre-dawn air assault, which Afghan officials now claim was carried out by Pakistani military helicopters.

“Forty-one civilians, mainly women and children, were killed and 22 others were wounded in airstrikes by Pakistani forces near the Durand line in Khost Province,” Shabir Ahmad Osmani, director of information and culture in Khost, told reporters.

Najibullah, an official with the Ministry for Promotion of Virtue and Prevention of Vice in Khost said the death toll in the province was 48.

Jamshid, a tribal leader from Khost, also confirmed that more than 40 people had died.""",
[I("2022-04-16", "day", "AFG", "Khost", None, "air_strike", "PAK",
   [C(None, 47, "at_least"), C("TALIBAN", 41, injured=22, civ=41), C("TALIBAN", 48),
    C("Jamshid", 41, "at_least")])],
"Unnamed 'officials' are the article's voice; Taliban-era provincial officials are TALIBAN.")

A("Newspluck", "https://newspluck.com/taliban-says-pakistan-killed-nine-children-in-khost-airstrike",
  "2025-11-25", "inferred",
"""Afghanistan’s Taliban government has accused Pakistan of killing 10 people — nine children and one woman — in an air strike on Tuesday, officials said. The attack was reported a day after a suicide bombing at a security compound in Peshawar.

Taliban spokesperson Zabihullah Mujahid said Pakistani forces “bombed the house of a local civilian resident,” killing nine children (five boys and four girls) and a woman. The strikes occurred at midnight in the Gurboz district of Khost province.

Air strikes also hit border areas of Kunar and Paktika, wounding four other civilians.

On Monday, a suicide attack targeted the headquarters of Pakistan’s Federal Constabulary in Peshawar, killing three officers and wounding 11. Pakistan has not commented on the reported air strikes. Earlier this month, a suicide attack in Islamabad killed 12 people and was claimed by a TTP faction.""",
[I("2025-11-25", "day", "AFG", "Khost", "Gurbuz", "air_strike", "PAK",
   [C("TALIBAN", 10, women=1, children=9)]),
 I("2025-11-25", "day", "AFG", "Kunar", None, "air_strike", "PAK", [C(None, injured=4)])],
"The Peshawar and Islamabad attacks are context, not the article's incidents.")

A("Today24 (news digest)", "https://today24.pro/421759730", "2026-02-22", "inferred",
"""Pakistani airstrikes kill 18 family members in Nangarhar province, officials say

Pakistani airstrikes in eastern Afghanistan killed 18 members of one family in Nangarhar, Taliban officials said, sharply escalating cross-border tensions.

Taliban authorities said women and children were among those killed. Quraishi Badlon, the Taliban’s information chief in Nangarhar, said at least 17 civilians, including 11 children, were killed and five others wounded in the overnight strikes.

Pakistani fighter jets reportedly bombed parts of Khogyani, Ghani Khil and Behsud districts in Nangarhar, as well as Barmal district in Paktika, around midnight on Saturday.""",
[I("2026-02-21", "day", "AFG", "Nangarhar", None, "air_strike", "PAK",
   [C(None, 18), C("TALIBAN", 18), C("TALIBAN", 17, "at_least", 5, civ=17, children=11)])],
"Publication day inferred from 'around midnight on Saturday' (21 February 2026). One night of strikes in several districts is one incident; three districts named together leave the district empty.")

A("Indian Defence News (ANI)", "https://www.indiandefensenews.in/2024/12/pakistan-air-strikes-kill-46-in.html",
  "2024-12-25", "url",
"""On December 25, 2024, the Taliban government reported that air strikes conducted by Pakistan in the Barmal district of Paktika province resulted in the deaths of 46 civilians, predominantly women and children. The strikes occurred late on December 24 and also left six others wounded, most of whom were children.

Taliban spokesman Zabihullah Mujahid condemned the air strikes, labelling them as "barbaric" and a "clear aggression."

A senior Pakistani security official claimed that the air strikes targeted "terrorist hideouts" associated with the TehreekeTaliban Pakistan (TTP), asserting that at least 20 militants were killed in the operation.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, injured=6, civ=46), C("PAK", 20, "at_least", comb=20)])],
"An unattributed sentence inherits the voice of the sentence before it in the same paragraph.")

A("Afghanistan International", "https://afintl.com/en/202412254880", "2024-12-25", "url",
"""Pakistan Airstrikes in Paktika Claim 46 Lives, Majority Women and Children

Zabihullah Mujahid, the spokesperson for the Taliban, has confirmed that at least 46 individuals have lost their lives following airstrikes conducted by Pakistan in Paktika province.

According to Mujahid, Pakistan targeted four locations in the Barmal district, with the majority of the casualties being women and children.

The Pakistani military launched these strikes on Tuesday evening, 24th December, targeting what it described as “Tehrik-e-Taliban Pakistan (TTP) centres” in the Barmal district of Paktika.

This is not the first instance of such actions; the Pakistani military has previously conducted operations against TTP strongholds in the Afghan provinces of Khost, Paktia, and Kunar.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C(None, 46), C("TALIBAN", 46, "at_least")])],
"The headline is a paragraph in the article's own voice.")

A("Pakistan Today", "https://www.pakistantoday.com.pk/2024/12/26/pakistan-airstrikes-target-ttp-camps-as-afghan-govt-calls-it-clear-aggression/",
  "2024-12-26", "url",
"""ISLAMABAD: Pakistan airstrikes targeted four locations, said to be camps of the banned Tehreek-i-Taliban Pakistan (TTP), in Afghanistan’s eastern Paktika province, killing and wounding several suspected terrorists, security officials said.

According to the security sources, these TTP camps in the Murgha and Laman areas of Bernal district were targeted.

Taliban’s spokesperson, Zabihullah Mujahid, on Wednesday claimed that Pakistan airstrikes in Afghanistan’s eastern Paktika province killed at least 46 people, including women and children.""",
[I("2024-12-25", "week", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, "at_least")])],
"'Bernal' is a misspelling of Barmal. No event day: the claim's day, week precision.")

A("The Spokesman-Review (dpa)", "https://www.spokesman.com/stories/2024/dec/25/46-killed-in-pakistani-airstrike-on-afghan-provinc/",
  "2024-12-25", "url",
"""ISLAMABAD – At least 46 people, including children and women, have been killed in Pakistani airstrikes conducted overnight on Afghanistan’s Paktika province, according to Afghan authorities.

Taliban deputy government spokesman Hamdullah Fitrat told German Press Agency that the strikes targeted four locations in the Barmal district of the province, killing mostly children and women. He added that six others were wounded.

Pakistan conducted similar airstrikes in Afghanistan’s border provinces earlier this year.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, "at_least", 6)])],
"'Overnight' dates the strike to the evening before publication.")

A("Times of India (copy)", "http://jeetwin-gaming.com/world/pakistan/46-killed-in-pakistan-airstrikes-on-afghanistan-taliban-calls-it-a-cowardly-act/articleshow/116651491.cms",
  "2024-12-25", "text",
"""NEW DELHI: Pakistan's air strikes on Wednesday in Afghanistan's eastern Paktika province killed 46 people which primarily included women and children, said a Taliban spokesman.

“Last night (Tuesday), Pakistan bombarded four points in the Barmal district of Paktika province. The total number of dead is 46, most of whom were children and women,” Taliban spokesman Zabihullah Mujahid told AFP, adding that six others, mostly children, were wounded.

Similar Pakistani air attacks in March reportedly killed eight civilians, leading to border skirmishes.""",
[I("2024-12-24", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 46, injured=6)])],
"The quoted 'Last night (Tuesday)' is the more precise date. The March strikes are context.")

A("Anews (AFP)", "http://www.anews.com.tr/asia/2024/03/18/kabul-says-8-killed-in-pakistani-air-strikes-on-eastern-afghanistan",
  "2024-03-18", "url",
"""Eight people were killed, including three children, on Monday in Pakistani air strikes in border regions of Afghanistan, a Taliban government spokesman said, condemning the attack as a violation of sovereignty.

At "around 3:00 am (2230 GMT), Pakistani aircraft bombarded civilian homes" in Khost and Paktika provinces near the border with Pakistan, spokesman Zabihullah Mujahid said in a statement.

"In Paktika province, six people, including three women and three children, were killed," he said, adding that two women were killed in Khost.""",
[I("2024-03-18", "day", "AFG", "Khost", None, "air_strike", "PAK",
   [C("TALIBAN", 8, children=3)])],
"One night of strikes on two provinces is one incident; the per-province figures are parts of the total.")

A("Millennium Post (PTI)", "https://www.millenniumpost.in/world/pakistan-conducts-airstrikes-inside-afghanistan-eight-people-killed-556392",
  "2024-03-18", "text",
"""Islamabad/Kabul: Pakistan on Monday carried out airstrikes inside Afghanistan that killed eight civilians, including three children, Afghan Taliban said, amidst a war of words between the two neighbours for a spate of recent militant attacks in restive Pakistani cities.

A senior Afghan interim government official on Monday confirmed that strikes in the Afghanistan provinces of Paktika and Khost along the Pakistan border have taken place. There was no immediate reaction from the Pakistani side.

Mujahid said that Pakistani planes had bombed the Laman area in Paktika’s Barmal district.""",
[I("2024-03-18", "day", "AFG", "Paktika", "Barmal", "air_strike", "PAK",
   [C("TALIBAN", 8, civ=8, children=3)])])

A("Independent Nigeria (agencies)", "https://independent.ng/taliban-say-8-killed-in-pakistani-strikes-on-afghanistan/",
  "2024-03-18", "text",
"""Zabihullah Mujahid, a Taliban spokesperson, said Pakistani aircraft struck civilian homes in Khost and Paktika provinces near the border with Pakistan at around 3:00 a.m. local time (2230 GMT).

According to Mujahid, all eight people killed were women and children.

The early morning strikes came two days after a suicide bombing targeted a Pakistan army post near the Afghan border.

On Satrday, a suicide bomber had rammed a truck filled with explosives into a military checkpoint in northwest Pakistan, killing seven soldiers.""",
[I("2024-03-18", "week", "AFG", "Khost", None, "air_strike", "PAK", [C("TALIBAN", 8)])],
"The Saturday suicide bombing (7 soldiers) is the trigger mentioned in passing. No event day: publication day, week precision.")

A("Malay Mail (AFP)", "https://www.malaymail.com/news/world/2024/03/18/kabul-says-eight-killed-in-pakistani-air-strikes-on-eastern-afghanistan/124120",
  "2024-03-18", "url",
"""KABUL, March 18 — Eight people, all women and children, were killed today in “reckless” air strikes by the Pakistani military in the border regions of Afghanistan, the Taliban government’s spokesman said.

At “around 3.00am, Pakistani aircraft bombarded civilian homes” in Khost and Paktika provinces near the border with Pakistan, spokesman Zabihullah Mujahid said in a statement.

The strikes come after seven Pakistani troops were killed in an attack inside Pakistan territory on Saturday, for which the country’s President Asif Ali Zardari vowed retaliation.

In 2022, Taliban authorities said Pakistani military helicopters carried out strikes along the Afghan side of the border killing at least 47 people.""",
[I("2024-03-18", "day", "AFG", "Khost", None, "air_strike", "PAK", [C("TALIBAN", 8)])],
"Two earlier incidents mentioned in passing.")

A("See News", "https://see.news/8-killed-in-pakistani-airstrikes-in-afghanistan", "2024-03-18", "text",
"""In a recent development, the Taliban revealed that eight individuals, including three children, lost their lives in airstrikes conducted by Pakistani aircraft on border regions of Afghanistan.

Zabihullah Mujahid, a spokesperson for the Taliban movement, disclosed that the airstrikes occurred around 3 am (22:30 GMT) on Sunday night, targeting civilian residences in the border provinces of Khost and Paktika.""",
[I("2024-03-17", "day", "AFG", "Khost", None, "air_strike", "PAK", [C("TALIBAN", 8, children=3)])],
"The text says 'Sunday night'; the label follows the text.")

A("Atlas Press", "https://atlaspress.news/en/2026/02/23/unama-confirms-13-civilians-killed-pakistan-airstrikes-afghanistan",
  "2026-02-23", "url",
"""The United Nations Assistance Mission in Afghanistan (UNAMA) has confirmed that, based on preliminary data, at least 13 civilians, including women and children, have been killed and seven others injured as a result of recent Pakistani airstrikes on parts of Afghan territory.

In a statement, UNAMA called on both parties to end the hostilities promptly, prevent civilian casualties, and prioritize the protection of civilians.""",
[I("2026-02-23", "week", "AFG", None, None, "air_strike", "PAK", [C("UN", 13, "at_least", 7, civ=13)])],
"One wave of 'recent' strikes: an incident without a province.")

A("Al-Ahed News (agencies)", "https://english.alahednews.news/essaydetails.php?eid=82982&cid=532", "2025-10-10", "text",
"""Two powerful explosions shook central Kabul late Thursday, fueling speculation that Pakistan carried out precision airstrikes targeting Tehrik-i-Taliban Pakistan [TTP] chief Noor Wali Mehsud, one of Islamabad’s most wanted militant leaders.

The blasts occurred near Abdul Haq Square in Kabul’s eastern District 8, with eyewitnesses describing two successive detonations followed by bursts of gunfire and an unusually heavy Taliban security deployment.

While Taliban officials sought to downplay the incident—asserting that no casualties or damage had been reported—regional sources and Pakistani media indicated otherwise.""",
[I("2025-10-09", "day", "AFG", "Kabul", "Kabul", "air_strike", "PAK", [])],
"An incident with no figures.")

A("The Balochistan Post", "https://thebalochistanpost.net/?p=51497", "2025-10-10", "inferred",
"""Pakistani fighter jets reportedly carried out airstrikes in Afghanistan’s capital, Kabul, on Thursday night. According to Taliban officials, no casualties have been reported, although rumours circulated on social media suggesting that Tehrik-i-Taliban Pakistan (TTP) leader Mufti Noor Wali Mehsud had been killed.

According to the French news agency AFP, the first powerful explosion occurred at around 9:50 p.m. local time, followed by a second blast a few minutes later.""",
[I("2025-10-09", "day", "AFG", "Kabul", "Kabul", "air_strike", "PAK", [])])

# ---------------------------------------------------------------- cross-border fire and clashes
A("Anadolu Agency", "https://aa.com.tr/en/asia-pacific/pakistan-says-6-civilians-killed-in-shelling-from-afghanistan/2761234",
  "2022-12-11", "inferred",
"""KARACHI, Pakistan

Pakistan on Sunday said at least six civilians were killed and dozens of others injured due to "unprovoked" and "indiscriminate" firing by Afghan forces near the Chaman border crossing in southwestern Balochistan province.

Heavy weapons including artillery and mortars were used in the firing by Afghan forces, according to Pakistan military’s media wing.

Dr. Abdul Malik Achakzai, head of the Chaman district hospital, told reporters that six bodies and 20 injured were brought to the medical facility.""",
[I("2022-12-11", "week", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN",
   [C("PAK", 6, "at_least", civ=6), C(None, 6, injured=20)])],
"'Dozens' gives no number (the project's convention). 'Pakistan said' is the Pakistani state.")

A("WION", "https://www.wionews.com/node/542118", "2022-12-12", "text",
"""The Pakistan army said Afghan border forces killed six civilians across the border in Pakistan on Sunday (December 11). As reported by local media outlets, the military also said that over a dozen were injured in the heavy gunfire and artillery shelling.

Apart from the civilian casualties on the Pakistan side, one Afghan soldier was killed in the cross-border shelling and gunfire, officials from both sides stated.

As per the Pakistan army, Afghan border forces had opened "unprovoked and indiscriminate fire of heavy weapons including artillery/mortar onto the civilian population" at the Chaman border crossing.""",
[I("2022-12-11", "day", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN",
   [C("PAK", 6, injured=13, civ=6), C(None, 1, sec=1)])],
"'Over a dozen' is at least 13. The Afghan soldier killed is the attacking side's loss: a separate claim.")

A("TRT World", "https://trtworld.com/asia/at-least-six-killed-in-firing-by-afghan-forces-on-pakistan-border-63432",
  "2022-12-11", "inferred",
"""Heavy gunfire and artillery shelling by Afghan border forces have killed six civilians across the border in Pakistan and wounded another 17, the Pakistan army said.

The latest violence hitting Chaman in southwestern Pakistan on Sunday follows a series of deadly incidents and attacks that have skyrocketed tensions with Afghanistan's Taliban rulers. Chaman is the main border crossing for trade between the countries.

In Kandahar, the province on the Afghan side of the border, a spokesperson for the governor, Ataullah Zaid, appeared to link the clashes between Pakistani and Afghan forces with the construction of new checkpoints on the Afghan side of the border.

He said one Taliban fighter was killed, and 10 were wounded. Three civilians were also injured, he added.""",
[I("2022-12-11", "day", "PAK", "Balochistan", "Chaman", "cross_border_fire", "TALIBAN",
   [C("PAK", 6, injured=17, civ=6), C("TALIBAN", 1, injured=13, sec=1)])],
"The Taliban's forces are counted as security forces (the demo data's convention).")

A("Dawn", "https://www.dawn.com/news/1331245/civilian-killed-17-injured-in-firing-from-afghan-side-in-chaman",
  "2017-05-05", "text",
"""At least nine people were killed and over 40 others injured as Afghan border forces opened fire on security personnel guarding a census team in Balochistan's Chaman area early Friday.

Chaman Civil Hospital's medical superintendent, Dr Akhtar, told DawnNews that five children and three women were among those killed, whereas police confirmed that four Frontier Corps (FC) personnel are among the injured.

The Chaman border had been closed soon after the hostilities started.""",
[I("2017-05-05", "day", "PAK", "Balochistan", "Chaman", "cross_border_fire", "OTHER",
   [C(None, 9, "at_least", 41, women=3, children=5)])],
"2017: Afghan border forces were the Islamic Republic's, not the Taliban's: OTHER.")

A("The Express Tribune", "https://tribune.com.pk/story/1401727/civilian-killed-17-injured-afghan-forces-fire-checkposts-chaman/",
  "2017-05-05", "text",
"""QUETTA/ISLAMABAD/LANDIKOTAL: At least 10 people, including women, children and a Frontier Corps (FC) man, were killed and 47 injured after Afghan border forces resorted to ‘unprovoked’ firing at Pakistani troops guarding a census team on Friday.

The incident occurred in the Killi Luqman and Killi Jahangir villages of Chaman, which straddle the border and have been a source of controversy between Afghanistan and Pakistan.

Pakistani authorities closed the Chaman crossing indefinitely once again. Pakistan had closed the border with Afghanistan for a month after a series of terrorist attacks across the country left around 100 people dead.""",
[I("2017-05-05", "day", "PAK", "Balochistan", "Chaman", "cross_border_fire", "OTHER",
   [C(None, 10, "at_least", 47, sec=1)])],
"The earlier 'series of terrorist attacks' is a tally in passing.")

A("Dunya News", "https://dunyanews.tv/en/Pakistan/701062-Pakistan,-Afghan-forces-exchange-fire-at-Torkham;-border-guard-wounded",
  "2023-02-20", "inferred",
"""Pakistan, Afghan forces exchange fire at Torkham; border guard wounded

KHYBER (Web Desk) - A border guard sustained injuries after Pakistan and Afghanistan traded fire on the Torkham border on Monday.

Blaming Pakistan for reneging on its commitments, the Afghan Taliban closed the border crossing on Sunday.

According to a district administration official, Pakistan responded to “unprovoked” firing from the Afghan side.""",
[I("2023-02-20", "day", "PAK", "Khyber Pakhtunkhwa", "Khyber", "cross_border_fire", "TALIBAN",
   [C(None, injured=1)], loc="Torkham")],
"Published on the Monday of the clash (inferred from Dawn's and AFP's reports of 20 February 2023).")

A("The Nation", "https://www.nation.com.pk/13-Aug-2024/torkham-border-closed-after-armed-clash-between-pak-afghan-forces",
  "2024-08-13", "url",
"""KHYBER - The Torkham border was closed on Monday after Pakistani and Afghan forces had an armed clash with each other over building a post in disputed area. Official and local sources said armed clashes erupted when the Afghan border security force attempted to build a post on disputed land near Pakistani post big-bang at the border.

On refusal of the Afghan forces, the Pakistani troops fired warning shots that caused ful-fledged arm fight. The sources said one Pakistani soldier sustained injuries during cross firing and was shifted to forces health center for medical treatment.""",
[I("2024-08-12", "day", "PAK", "Khyber Pakhtunkhwa", "Khyber", "cross_border_fire", None,
   [C(None, injured=1)], loc="Torkham")],
"Who fired first is disputed in the text: no perpetrator.")

A("Afghanistan International", "https://www.afintl.com/en/202301051833", "2023-01-05", "url",
"""Taliban-Pakistan Military Forces Engage in Firefight at Torkham Border

Sources confirmed a firefight on the Torkham border between Taliban and Pakistan military on Thursday.

Pakistani officials said that the shelling was started by the Taliban forces, and as a result, an Afghan citizen had been killed and a Pakistani officer had been wounded.

Earlier, the Taliban forces and the Pakistani military had a military confrontation on the border of Torkham and Spin Boldak.""",
[I("2023-01-05", "day", "PAK", "Khyber Pakhtunkhwa", "Khyber", "cross_border_fire", "TALIBAN",
   [C("PAK", 1, injured=1, civ=1)], loc="Torkham")])

A("Al-Ahed News (agencies)", "https://english.alahednews.news/essaydetails.php?eid=83614&cid=551", "2025-11-07", "text",
"""At least five civilians were killed and six others wounded in a brief cross-border exchange of fire between Afghanistan and Pakistan on Thursday, according to an Afghan hospital official, raising fears that the incident could derail ongoing ceasefire talks in Turkey.

An official at Spin Boldak district hospital in southern Kandahar province said the dead included four women and one man, while six others were injured. No casualties were immediately reported on the Pakistani side.

Taliban spokesman Zabihullah Mujahid said on X that “while the third round of negotiations with the Pakistani side has begun in Istanbul, unfortunately, this afternoon Pakistani forces once again opened fire on Spin Boldak.”

Islamabad denied the accusation, with the Pakistani Information Ministry stating that “firing was initiated from the Afghan side, to which our security forces responded immediately in a measured and responsible manner.”""",
[I("2025-11-06", "day", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", "PAK",
   [C(None, 5, "at_least", 6, civ=5, women=4)])],
"Each side blames the other; the harm is on the Afghan side and the Afghan side names Pakistani forces.")

A("Daily Dhaka Times", "https://dailydhakatimes.com/?p=37273", "2025-11-06", "inferred",
"""Five individuals lost their lives, and six others sustained injuries during a brief exchange of gunfire at the border between Afghanistan and Pakistan on Thursday afternoon, as confirmed by a hospital official in Afghanistan. Both countries pointed fingers at each other for the incident, which is likely to complicate ongoing ceasefire discussions in Turkey aimed at resolving deadly confrontations between them.

An unnamed official at the Spin Boldak district hospital in Kandahar province disclosed that “five people, including four women and one man, lost their lives in today’s incident, while six others sustained injuries.”""",
[I("2025-11-06", "day", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", None,
   [C(None, 5, injured=6, women=4)])],
"This text attributes the firing to neither side.")

A("Reporter Post (IANS)", "https://reporterpost.in/article/world/41270/six-civilians-including-women-and-children-killed-in-pakistani-military-strike-on-afghanistans-kandahar",
  "2025-11-08", "inferred",
"""Kabul – At least six civilians, including women and children, were killed and five others injured after Pakistani military forces reportedly shelled three residential homes in Spin Boldak district of Afghanistan’s Kandahar Province, local media reported on Saturday.

The cross-border attack occurred amid the third round of peace talks between Afghanistan and Pakistan in Istanbul, which ended in a deadlock with no progress on security and counterterrorism cooperation.""",
[I("2025-11-08", "week", "AFG", "Kandahar", "Spin Boldak", "cross_border_fire", "PAK",
   [C(None, 6, "at_least", 5, civ=6)])],
"Dateline of the IANS copies: 8 November. Only the report's day is given: week precision.")

A("UNAMA", "http://unama.unmissions.org/unama-welcomes-afghanistan-pakistan-ceasefire-urges-protection-civilians",
  "2025-10-16", "inferred",
"""UNAMA welcomes Afghanistan-Pakistan ceasefire, urges protection of civilians

KABUL - The United Nations Assistance Mission in Afghanistan (UNAMA) has received credible reports of significant civilian casualties, including women and children, as a result of clashes between Afghanistan’s de facto security forces and Pakistani military forces, and welcomes the announcement of a ceasefire.

To date, the highest number of civilian casualties in Afghanistan has been in Spin Boldak district of Kandahar province, where heavy fighting between de facto security forces and Pakistani military forces took place on Wednesday. UNAMA is still assessing the exact number of killed and injured; current information, however, indicates that at least 17 civilians were killed and 346 injured in Spin Boldak on the Afghan side of the border.

UNAMA also documented at least 16 civilian casualties (one killed, 15 injured) as a result of earlier cross-border clashes in Paktika, Patkya, Kunar and Helmand provinces.""",
[I("2025-10-15", "day", "AFG", "Kandahar", "Spin Boldak", "armed_clash", None,
   [C("UN", 17, "at_least", 346, civ=17)])],
"The earlier clashes in four provinces are a tally over several days: not an incident.")

A("UNB (AP)", "https://unb.com.bd/category/world/un-urges-pakistan-afghanistan-to-end-deadly-border-clashes/170722",
  "2025-10-16", "inferred",
"""The United Nations has called on Pakistan and Afghanistan to ensure “a lasting end to hostilities” and protect civilians after days of intense cross-border fighting left dozens dead and hundreds injured on both sides.

The violence, the deadliest since the Taliban’s takeover of Afghanistan in 2021, has raged since October 10, with both countries accusing each other of provocation. A ceasefire was agreed on Wednesday following appeals from regional powers.

The UN Assistance Mission in Afghanistan (UNAMA) welcomed the truce, reporting at least 17 civilians killed and 346 injured in Spin Boldak, while documenting further casualties in other provinces.""",
[I("2025-10-16", "week", "AFG", "Kandahar", "Spin Boldak", "armed_clash", None,
   [C("UN", 17, "at_least", 346, civ=17)])],
"'Since October 10' starts a span, it does not date the Spin Boldak fighting.")

A("KabulNow", "https://kabulnow.com/2025/10/taliban-claims-killing-58-pakistani-soldiers-in-retaliatory-border-operations/",
  "2025-10-12", "text",
"""KABUL — Taliban authorities claimed Sunday that they killed 58 Pakistani soldiers and captured 25 border posts in retaliatory operations carried out overnight in response to what it described as repeated violations of Afghanistan’s territory and airspace.

Taliban spokesman Zabihullah Mujahid said 30 Pakistani soldiers were wounded, and that “all official borders and de facto lines” are now under their group’s control.

In Islamabad, officials accused the Taliban of opening fire across multiple districts, including Chitral, Bajaur, Mohmand, Angoor Adda, and Kurram, prompting Pakistani forces to respond.

Pakistan has not independently confirmed the Taliban’s casualty numbers. However, the Pakistani army has confirmed the death of 23 of its soldiers in clashes with the Taliban.

Earlier in the week, Pakistan bombed both the capital Kabul and a market in eastern Afghanistan.""",
[I("2025-10-11", "day", "PAK", "Khyber Pakhtunkhwa", None, "armed_clash", "TALIBAN",
   [C("TALIBAN", 58, injured=30, sec=58), C("PAK", 23, sec=23)])],
"Fighting along many districts: province only. The Kabul and market strikes are context.")

A("Fact File", "https://factfile.pk/2025/10/12/deadly-clashes-200-taliban-killed-23-pakistani-soldiers-martyred",
  "2025-10-12", "url",
"""Deadly Clashes: 200 Taliban Killed, 23 Pakistani Soldiers Martyred. The Pakistan Army announced that more than 200 Taliban and affiliated militants were killed, and several others injured after Pakistan launched a decisive counteroffensive in response to unprovoked firing from across the Afghan border.

The clashes also claimed the lives of 23 Pakistani soldiers, while 29 others were wounded, according to the Inter-Services Public Relations (ISPR).

In a statement, ISPR said Afghan Taliban and India-backed Kharijite militants carried out an overnight attack along the Pak-Afghan border, aiming to destabilize the region and facilitate terrorism.""",
[I("2025-10-11", "day", "PAK", None, None, "armed_clash", "TALIBAN",
   [C(None, 200, sec=200), C(None, 23, sec=23), C("PAK", 201, "at_least", comb=201),
    C("PAK", 23, injured=29, sec=23)])],
"The headline sentence is the article's voice. The attackers' losses and Pakistan's own losses are separate claims.")

A("Trends N News", "https://trendsnnews.com/?p=19784", "2025-10-12", "inferred",
"""Over 200 Taliban, 23 Pakistani Soldiers Killed in Fierce Overnight Border Clashes

At least 23 Pakistani soldiers and more than 200 Taliban and Tehrik-i-Taliban Pakistan (TTP) militants were killed in heavy overnight clashes along the Pakistan-Afghanistan border, the Pakistani Army announced on Sunday.

However, Kabul disputed Pakistan’s account, claiming that 58 Pakistani soldiers were killed and 30 others wounded during the confrontation.""",
[I("2025-10-11", "day", "PAK", None, None, "armed_clash", None,
   [C(None, 201, "at_least", sec=201), C(None, 23, sec=23), C("PAK", 23, "at_least", sec=23),
    C("PAK", 201, "at_least", comb=201), C("TALIBAN", 58, injured=30, sec=58)])],
"The headline is the article's voice; each side's dead are a separate claim. A number of 'Taliban' alone counts the Taliban's forces (security forces); 'militants' are combatants. This text names no side as the attacker.")

A("NewsX", "https://www.newsx.com/world/taliban-claims-58-pakistan-soldiers-killed-in-border-clash-afghanistan-issues-fresh-warning-demands-islamabad-to-90386/",
  "2025-10-12", "text",
"""The Taliban on Sunday issued a strong warning to Pakistan, accusing Islamabad of providing shelter to ISIS terrorists. The group also claimed that its counterstrikes along the Afghanistan-Pakistan border killed 58 Pakistani soldiers and injured 30 others. These strikes came in response to recent Pakistani air raids in Kabul.

The Taliban spokesperson also revealed that at least 20 Taliban fighters were killed during the clashes.""",
[I("2025-10-12", "week", "PAK", None, None, "armed_clash", "TALIBAN",
   [C("TALIBAN", 58, injured=30, sec=58), C("TALIBAN", 20, "at_least", sec=20)])],
"The Kabul air raids are context. The country is where the Pakistani soldiers were killed.")

# ---------------------------------------------------------------- the Paktika strike of 17 October 2025
A("Goemkarponn", "https://goemkarponn.com/three-afghan-cricketers-killed-in-pakistani-airstrike-along-border-afghanistan-withdraws-from-series",
  "2025-10-18", "inferred",
"""New Delhi: At least three Afghan cricketers were killed in a Pakistani airstrike in Paktika province, near the border with Pakistan, the Afghanistan Cricket Board (ACB) confirmed. The players, identified as Kabeer, Sibghatullah, and Haroon, had travelled from Urgun to Sharana to take part in a friendly match. Five other individuals also lost their lives in the attack.

The airstrike occurred amid ongoing tensions along the Afghanistan-Pakistan border. Afghan media reported that Pakistani forces targeted residential areas in Urgun and Barmal districts, causing significant civilian casualties.""",
[I("2025-10-18", "week", "AFG", "Paktika", "Urgun", "air_strike", "PAK",
   [C("ACB", 8, "at_least")])],
"'Five other individuals' add to the three cricketers.")

A("Rediff (agencies)", "https://m.rediff.com/cricket/report/afghanistan-players-pay-homage-to-airstrike-victims/20251018.htm",
  "2025-10-18", "url",
"""The Afghanistan Cricket Board confirmed that the players, identified as Kabeer, Sibghatullah, and Haroon, were among eight people killed in the airstrike in the Urgun district.

"Last night, several local citizens, including three cricketers, were martyred, and many others were injured in a tragic airstrike carried out by the Pakistani regime," Afghanistan Cricket Board (ACB) wrote on X.

In response to the terror attack, Afghanistan announced their withdrawal from the upcoming Tri-Nation T20I series involving Pakistan.""",
[I("2025-10-17", "day", "AFG", "Paktika", "Urgun", "air_strike", "PAK", [C("ACB", 8)])])

A("SSI Fanzine", "https://ssifanzine.com/2025/10/18/three-afghan-cricketers-killed-in-pakistani-airstrike-near-border/",
  "2025-10-18", "url",
"""At least three Afghan cricketers were among eight people killed in a Pakistani airstrike in Afghanistan’s eastern Paktika province, according to the Afghanistan Cricket Board (ACB). The players had travelled from Urgun to Sharana to play a friendly match before returning home, where they were struck during a gathering.

The attack came amid growing tension along the Afghanistan-Pakistan border. Afghan media reported that Pakistan carried out multiple airstrikes in Paktika’s Urgun and Barmal districts, violating a 48-hour ceasefire between the two nations. Afghan officials said at least ten civilians were killed and twelve injured.""",
[I("2025-10-18", "week", "AFG", "Paktika", "Urgun", "air_strike", "PAK",
   [C("ACB", 8), C("TALIBAN", 10, "at_least", 12, civ=10)])])

A("MENAFN (NNN-BNA)", "https://menafn.com/1110214025/Pakistans-Airstrike-Kills-17-Civilians-In-E-Afghanistan",
  "2025-10-18", "text",
"""KABUL, Oct 18 (NNN-BNA) – At least 17 civilians, including three cricket players, were killed, in a Pakistani airstrike in eastern Afghanistan's Paktika province, last night, the local TOLOnews reported today, citing security sources.

The attack occurred at around 8:30 p.m. local time in Khandaro village of Argun district, where a Pakistani jet targeted a house. The airstrike also injured 16 others, including women and children, according to the sources.

Afghanistan and Pakistan agreed on a ceasefire on Wednesday, and it expired yesterday afternoon.""",
[I("2025-10-17", "day", "AFG", "Paktika", "Urgun", "air_strike", "PAK",
   [C(None, 17, "at_least", 16, civ=17)])],
"Media citing unnamed security sources: the article's voice. 'Argun' is Urgun.")

# ---------------------------------------------------------------- attacks inside Pakistan
A("KUNA", "https://www.kuna.net.kw/ArticlePrintPage.aspx?id=3107722&language=ar", "2023-08-31", "text",
"""ISLAMABAD, Aug 31 (KUNA) -- At least nine soldiers were killed while five others injured in a suicide attack targeting a military convoy in Pakistan's northern Khyber Pakhtunkhwa (KPK) province bordering Afghanistan late on Thursday, said military.

According to a police statement, a suicide attack at a military convoy in the Jani Khel general area of Bannu district in KPK killed at least nine soldiers and wounded five others. It confirmed that a suicide bomber riding a motorbike blew himself up on a military convoy.

The attack comes at a time when terror activities have risen in the country following the end of ceasefire by the banned outfit Tehreek e Taliban Pakistan with the government last year.""",
[I("2023-08-31", "day", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "UNKNOWN",
   [C("PAK", 9, "at_least", 5, sec=9), C(None, 9, "at_least", 5, sec=9)])],
"Jani Khel is also the name of two Afghan districts; here it is an area of Bannu. The TTP is named only as context.")

A("Apeksha Sandesh (ANI)", "https://apekshasandesh.com/pakistan-9-soldiers-killed-5-injured-in-suicide-attack-in-khyber-pakhtunkhwa",
  "2023-09-01", "inferred",
"""Khyber Pakhtunkhwa, Pakistan: Nine Pakistan soldiers have been killed and five others were injured in a suicide attack on a military convoy in Jani Khel general area of Khyber Pakhtunkhwa's Bannu district, Dawn reported citing the army’s media affairs wing.

“Resultantly, nine soldiers including Naib Subedar Sanobar Ali embraced shahadat, while five soldiers were injured,” the ISPR said, as reported by Dawn, a Pakistani English-language newspaper.

Six soldiers were killed on August 22 during a gun battle in the South Waziristan district, according to information released last week by the military's media wing.

During separate military operations in the Balochistan areas of Zhob and Sui, as many as 12 Pakistani Army troops were killed.""",
[I("2023-09-01", "week", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "UNKNOWN",
   [C("PAK", 9, injured=5, sec=9)])],
"The 22 August gun battle and the Zhob and Sui operations are earlier incidents mentioned in passing.")

A("India.com", "https://www.india.com/news/world/9-soldiers-killed-5-injured-in-suicide-attack-in-pakistans-khyber-pakhtunkhwa-area-cordoned-off-6278407/",
  "2023-09-01", "text",
"""Khyber Pakhtunkhwa (Pakistan): At least nine police personnel were killed and five others were critically injured in a suicide bomb blast in Pakistan’s Khyber Pakhtunkhwa region, Dawn News reported on Thursday. A suicide bomber on a motorbike attacked a security forces convoy in the Mali Khel area, The Pakistan Telegraph quoted police sources as saying.

Giving details, the Inter-Services Public Relations (ISPR) said, “Resultantly, nine soldiers including Naib Subedar Sanobar Ali embraced shahadat, while five soldiers were injured.”

“Heartbroken by the loss of 9 valiant soldiers in Bannu Division, KP, to a cowardly terrorist act that injured many,” Kakar posted on social media platform X.""",
[I("2023-08-31", "week", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "UNKNOWN",
   [C(None, 9, "at_least", 5, sec=9), C("PAK", 9, injured=5, sec=9)])],
"'Reported on Thursday' dates the report, not the blast: week precision. Kakar (caretaker prime minister) is PAK; his figure agrees with the ISPR's, so it is the same claim (one per voice).")

A("Dawn (video page)", "https://www1.furr.pk/watch/44594/two-civilians-killed-in-bannu-suicide-attack-ispr-dawn-news-english",
  "2023-11-20", "inferred",
"""Two civilians died and 10 others, including three Pakistan Army soldiers, were injured in a suicide attack on a convoy of security forces in Baka Khel area of Khyber Pakhtunkhwa’s Bannu district, the military’s media affairs wing said on Monday.

In a statement, the Inter-Services Public Relations (ISPR) said that a “motorcycle borne suicide bomber” detonated himself on a security forces’ convoy on Sunday. It said that the bomber was affiliated with the Hafiz Gul Bahadur Group and “later identified as an Afghan national”.""",
[I("2023-11-19", "day", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "OTHER",
   [C("PAK", 2, injured=10, civ=2)])],
"Published on the Monday after the attack (Dawn story 1792997).")

A("Times of Islamabad", "https://timesofislamabad.com/30-Jan-2023/peshawar-police-lines-suicide-blast-death-toll-rises-further",
  "2023-01-30", "url",
"""A suicide bomber exploded himself during Zuhr prayers at a mosque inside Police Lines in Peshawar on Monday, martyring 44 worshippers and injuring more than 157 others including policemen.

Lady Reading Hospital spokesman Muhammad Asim Khan said: "We are receiving more dead bodies, so far we have received 44 dead bodies and more than 157 wounded."

Twenty-seven of the dead people were said to be policemen. The mosque's prayer leader was also among the killed persons.

Last March, an Islamic State suicide bomber attacked a minority Shiite mosque in Peshawar killing 64 in Pakistan's deadliest terror attack since 2018.""",
[I("2023-01-30", "day", "PAK", "Khyber Pakhtunkhwa", "Peshawar", "suicide_bombing", "UNKNOWN",
   [C(None, 44, injured=158, sec=27)])],
"Last March's mosque bombing is an earlier incident in passing.")

A("Dunya News", "https://dunyanews.tv/en/Pakistan/694939-Death-toll-in-suicide-bombing-at-mosque-in-Peshawar-climbs-to-64",
  "2023-01-31", "text",
"""PESHAWAR (Dunya News) - The death toll in the suicide bombing in the Police Lines mosque in Peshawar has climbed to 64 after five more dead bodies were retrieved from the wreckage on late Monday night, Dunya News reported.

Security officials said the explosion took place around 1:40pm on Monday as Zuhr prayers were being offered as a result of which the roof of the mosque caved in. At least 157 persons were also wounded in the blast.""",
[I("2023-01-30", "day", "PAK", "Khyber Pakhtunkhwa", "Peshawar", "suicide_bombing", "UNKNOWN",
   [C(None, 64), C("PAK", injured=157)])],
"'Security officials' are Pakistani state officials; the wounded sentence inherits their voice.")

A("Jago News 24 (Geo News)", "https://jagonews24.com/en/international/news/66569", "2023-01-31", "inferred",
"""The death toll from the suicide bombing that rocked the crowded mosque at the Police Lines compound in Peshawar of Pakistan rose to 93, with 221 people wounded, police said Tuesday, reports Geo News.

A suicide bomber blew himself up in the mosque - which is in a tightly guarded police compound - on Monday at around 1pm during the Zohr prayers, causing the roof to come crashing down upon those who were offering the prayers at that time.""",
[I("2023-01-30", "day", "PAK", "Khyber Pakhtunkhwa", "Peshawar", "suicide_bombing", "UNKNOWN",
   [C(None, 93, injured=221)])],
"Police are the article's own voice (like hospital and local officials).")

A("Take One Digital Network (ANI)", "https://takeonedigitalnetwork.com/islamic-state-claims-responsibility-for-bajaur-suicide-blast-in-pakistan-that-killed-54",
  "2023-08-01", "text",
"""Islamabad [Pakistan], August 1 (ANI): The Islamic State group on Monday claimed responsibility for the Bajaur suicide blast in Pakistan that killed 54 people, including 23 children, according to Al Jazeera.

The bombing targeted an election rally in Pakistan’s border district of Bajaur on Sunday in which nearly 200 people were wounded.

“A suicide attacker from the Islamic State [ISIL] … detonated his explosive jacket in the middle of a crowd” in the town of Khar, the armed group’s news arm Amaq said in a statement, according to Al Jazeera.""",
[I("2023-07-30", "day", "PAK", "Khyber Pakhtunkhwa", "Bajaur", "suicide_bombing", "ISKP",
   [C(None, 54, injured=200, children=23)])],
"'Nearly 200' wounded: injured carries no qualifier in the contract. One claim per voice: the wounded join the article's claim.")

A("The National", "https://www.thenationalnews.com/world/asia/2023/07/31/pakistan-bombing-isis-claims-suicide-attack-as-death-toll-rises/",
  "2023-07-31", "url",
"""The death toll from a suicide bombing at a political rally in north-west Pakistan rose to 45 on Monday, as ISIS claimed responsibility for the attack.

Dozens more were injured in the attack, which occurred when an explosive device was detonated at the gathering of supporters of the political party Jamiat Ulema-e-Islam-Fazl, or JUI-F, in the Bajaur tribal district of Pakistan's Khyber Pakhtunkhwa province on Sunday.

Assistant Commissioner Khar Mohibullah Yousafzai said the death toll had reached 45 after three more victims succumbed to their injuries. However, Abdul Jaliil Jan, provincial spokesman for JUI-F, said that more than 70 were killed in the blast.""",
[I("2023-07-30", "day", "PAK", "Khyber Pakhtunkhwa", "Bajaur", "suicide_bombing", "ISKP",
   [C(None, 45), C("JUI-F", 71, "at_least")])],
"'ISIS' claiming in Pakistan is the Khorasan branch. A party spokesman is named by his party.")

A("Fox 5 New York (AP)", "https://www.fox5ny.com/news/islamic-state-claims-responsibility-for-pakistan-bombing-that-killed-54-at-pro-taliban-election-rally",
  "2023-07-31", "inferred",
"""An Afghan branch of Islamic State on Monday claimed responsibility for a suicide bombing in Pakistan that killed at least 54 people at a pro-Taliban party's election rally, in one of the region's worst attacks in recent years.

Islamic State in Khorasan Province made the claim in a statement posted on its Amaq website. It said the attacker detonated an explosive vest, and that the bombing in the northwestern town of Bajur was part of the group's continuing war against forms of democracy it deems to be against Islam.

Hours earlier, hundreds of mourners in Bajur carried caskets draped in colorful cloths to burial sites following the previous day’s attack at the election rally for the Jamiat Ulema Islam party. Officials said Sunday’s bombing killed 54 people, including at least five children, and wounded nearly 200.""",
[I("2023-07-30", "day", "PAK", "Khyber Pakhtunkhwa", "Bajaur", "suicide_bombing", "ISKP",
   [C(None, 54, "at_least", 200, children=5)])],
"'Bajur' is Bajaur; the rally was in Khar, Bajaur.")

A("Dawn", "https://www.dawn.com/news/1767781", "2023-08-01", "inferred",
"""BAJAUR / KHAR: The so-called Islamic State-Khorasan (IS-K) group on Monday claimed responsibility for the suicide bombing at a JUI-F political gathering, as the toll from the tragedy rose to 54, including 23 minors.

According to Counter Terrorism Department (CTD) Additional Inspector General Shaukat Abbas, at least 83 people were hurt in the attack, while Dr Naseeb Gul of Khar DHQ hospital feared that the toll might rise further.

According to APP, AIG Abbas told reporters the convention began at 2pm on Sunday and the explosion occurred two hours later.""",
[I("2023-07-30", "day", "PAK", "Khyber Pakhtunkhwa", "Bajaur", "suicide_bombing", "ISKP",
   [C(None, 54, injured=83, children=23)])],
"Published in the print edition of Tuesday 1 August 2023. 'Minors' are children. Police figures are the article's voice: one claim.")

A("Report.az (Geo News)", "https://report.az/en/other-countries/at-least-12-killed-nearly-two-dozen-injured-in-islamabad-suicide-blast",
  "2025-11-11", "text",
"""A suicide blast rocked Pakistan's capital Islamabad on Tuesday, leaving at least 12 killed and 21 injured outside a kachehri court building on Tuesday, police sources said, Report informs via Geo News.

Police said that the explosion occurred in a car parked outside the court.

They said the bombing was carried out by India-backed terrorists and the Afghan Taliban's proxy, Fitna al-Khawarij.""",
[I("2025-11-11", "day", "PAK", "Islamabad Capital Territory", "Islamabad", "suicide_bombing", "TTP",
   [C(None, 12, "at_least", 21)])],
"'Fitna al-Khawarij' is Pakistan's name for the TTP.")

A("Asia News Network (Dawn)", "https://asianews.network/afghan-link-being-probed-as-terror-revisits-islamabad-after-years",
  "2025-11-13", "text",
"""ISLAMABAD – A suicide attack outside the judicial complex housing the Islamabad district and sessions courts on Tuesday killed 12 people and injured at least 36, including four women and four policemen. It was the first such attack in the capital in nearly three years.

Officials said the banned Tehreek-i-Taliban Pakistan (TTP) had claimed responsibility for the suicide attack.""",
[I("2025-11-11", "day", "PAK", "Islamabad Capital Territory", "Islamabad", "suicide_bombing", "TTP",
   [C(None, 12, injured=36)])])

A("The Hans India", "https://www.thehansindia.com/news/international/suicide-blast-outside-islamabad-court-kills-12-injures-27-terror-attack-in-pakistan-1022735",
  "2025-11-12", "text",
"""A suicide bomb exploded outside a district court in Islamabad. The blast killed 12 people and injured 27, said Interior Minister Mohsin Naqvi.

The bomber tried to enter the court but couldn’t. He waited near a police car for around 15 minutes before setting off the bomb. The blast took place at 12:39 pm.

A group called Jumaat Ul Ahrar, linked to the Pakistani Taliban (TTP), claimed the attack. However, the main TTP leaders denied any role.""",
[I("2025-11-12", "week", "PAK", "Islamabad Capital Territory", "Islamabad", "suicide_bombing", "OTHER",
   [C("PAK", 12, injured=27)])],
"Jamaat-ul-Ahrar is a splinter group: OTHER. No day in the text.")

A("Lokmat Times (ANI)", "https://www.lokmattimes.com/international/pakistan-34-killed-130-injured-in-suicide-blast-near-mosque-in-balochistan-a475/",
  "2023-09-29", "text",
"""34 lives were lost and over 130 others left wounded in a suicide blast near a mosque in Balochistan province's Mastung district on Friday, as people gathered in the area for an Eid-e-Milad procession, according to Mastung Assistant Commissioner Attahul Munim. Munim told Dawn that the explosion occurred when a suicide bomber blew himself up near the car of Mastung Deputy Superintendent of Police (DSP) Nawaz Gishkori, who was among the deceased.

According to Balochistan interim Information Minister Jan Achakzai, critically injured people are being transferred to Quetta and an emergency has been imposed in all hospitals.""",
[I("2023-09-29", "day", "PAK", "Balochistan", "Mastung", "suicide_bombing", "UNKNOWN",
   [C(None, 34, injured=131)])],
"Quetta is where the wounded were taken, not where the blast was.")

A("Kashmir Dot Com (Dawn)", "https://kashmirdotcom.in/2023/09/29/52-killed-scores-injured-in-suicide-blast-near-12th-rabiul-awwal-procession-in-balochistan/",
  "2023-09-29", "url",
"""At least 52 people were killed — including a police officer — and around 50 were injured in what officials believe was a suicide blast near a Rabiul Awwal procession in Balochistan’s Mastung district on Friday.

District Health Officer (DHO) Abdul Rasheed Shahi confirmed the casualties to Dawn.com while City Station House Officer (SHO) Mohammad Javed Lehri said a police official was among the dead.

The banned Tehreek-i-Taliban Pakistan denied it had carried out the attack.""",
[I("2023-09-29", "day", "PAK", "Balochistan", "Mastung", "suicide_bombing", "UNKNOWN",
   [C(None, 52, "at_least", 50, sec=1)])],
"The TTP denied it: not the alleged perpetrator.")

A("Pakistan Today", "https://www.pakistantoday.com.pk/2025/01/17/kurram-convoy-ambush-claims-10-lives-including-security-personnel/",
  "2025-01-17", "url",
"""KURRAM: The death toll from Thursday’s attack on a supply convoy traveling to Parachinar in Khyber Pakhtunkhwa’s Kurram district has now reached 10, according to District Health Officer (DHO) Qaiser Abbas.

The convoy, comprising 35 vehicles carrying essential goods for the residents of Parachinar, was ambushed by attackers. In response, security personnel escorting the convoy engaged the assailants, resulting in six attackers being killed and ten others injured.

The ongoing violence, which has been exacerbated by longstanding land disputes in the region, has claimed over 130 lives since November.""",
[I("2025-01-16", "day", "PAK", "Khyber Pakhtunkhwa", "Kurram", "armed_attack", "UNKNOWN",
   [C(None, 10), C(None, 6, injured=10, comb=6)])],
"The attackers' losses are a separate claim. 'Over 130 lives since November' is a tally.")

A("Sub News English", "https://subnewsenglish.com/38-killed-including-women-several-injured-in-passenger-vehicle-attack-in-kurram",
  "2024-11-21", "text",
"""Lower Kurram, November 21, 2024– At least 38 people, including six women, were killed, and several others injured when gunmen attacked passenger vehicles in the Ucheat area of Lower Kurram on Thursday.

According to Kurram District Police Officer (DPO), the convoy was traveling from Peshawar to Parachinar when it came under fire. The attackers used automatic weapons, resulting in 38 fatalities on the spot.

As of now, no group has claimed responsibility for the attack.""",
[I("2024-11-21", "day", "PAK", "Khyber Pakhtunkhwa", "Kurram", "armed_attack", "UNKNOWN",
   [C(None, 38, "at_least", women=6)])],
"Peshawar is where the convoy came from.")

A("Dawn", "https://www.dawn.com/news/1797456", "2023-12-13", "inferred",
"""D.I. KHAN: In the deadliest attack on security forces this year, at least 23 Pakistan Army soldiers were martyred and more than 30 troops wounded after militants belonging to the Tehreek-i-Jihad Pakistan (TJP) stormed a compound used by the military in Dera Ismail Khan’s Daraban area, in the early hours of Tuesday.

Six militants who stormed the building were killed.

The assault was followed by blasts, as militants rammed an explosives-laden vehicle into the gate and carried out a subsequent suicide bombing. “The resulting explosion caused the building to collapse, resulting in multiple casualties. All six militants were engaged and killed,” the ISPR statement said.""",
[I("2023-12-12", "day", "PAK", "Khyber Pakhtunkhwa", "D. I. Khan", "suicide_bombing", "OTHER",
   [C(None, 23, "at_least", 31, sec=23), C(None, 6, comb=6), C("PAK", 6, comb=6)])],
"Published in the print edition of Wednesday 13 December 2023.")

A("The News", "https://www.thenews.com.pk/latest/1154777-10-cops-martyred-six-injured-in-terrorist-attack-on-police-station-in-di-khan",
  "2024-02-05", "inferred",
"""DI KHAN: Terrorists in Khyber-Pakhtunkhwa’s Dera Ismail Khan district attacked a police station in the wee hours of Monday, leaving at least 10 cops martyred and six others injured.

Police said terrorists attacked the police station with heavy weapons at 3am in Tehsil Daraban of the district.

The terrorists attacked the police station from all sides with grenades and heavy gunfire.""",
[I("2024-02-05", "day", "PAK", "Khyber Pakhtunkhwa", "D. I. Khan", "armed_attack", "UNKNOWN",
   [C(None, 10, "at_least", 6, sec=10)])],
"Published on the day of the attack (Monday 5 February 2024, inferred from other reports).")

A("Dawn", "https://www.dawn.com/news/1912113/four-kids-killed-in-north-waziristan-strike", "2025-05-20", "text",
"""NORTH WAZIRISTAN: Four children were killed and five others, including a woman, injured in a suspected quadcopter munitions drop in Mir Ali tehsil of North Waziristan district on Monday.

Sources told Dawn that the drone strike took place in Hurmuz village during day time, leaving four children of the same family dead and five others, including a woman, injured.

Both security forces and outlawed Tehreek-i-Taliban Pakistan are known to have been using quadcopters.""",
[I("2025-05-19", "day", "PAK", "Khyber Pakhtunkhwa", "North Waziristan", "drone_strike", "UNKNOWN",
   [C(None, 4, injured=5, children=4)])],
"Whose quadcopter is not known.")

A("Dawn", "https://www.dawn.com/news/1895825/11-lives-lost-as-bannu-survives-deadly-attack", "2025-03-05", "inferred",
"""LAKKI MARWAT: At least 11 people — five women and four children — lost their lives and 22 sustained injuries after terrorists rammed two explosives-laden vehicles into the perimeter of Bannu Cantonment in an attempt to enter the high-security zone, on Tuesday evening.

Sources told Dawn that six attackers were also killed in the ensuing shoot-out, which took place in the jurisdiction of the Bannu Cantonment police station.

According to a source, the Jaish-i-Fursan Muhammad, a faction of the outlawed Hafiz Gul Bahadur group, claimed responsibility for the attack on social media.""",
[I("2025-03-04", "day", "PAK", "Khyber Pakhtunkhwa", "Bannu", "bombing", "OTHER",
   [C(None, 11, "at_least", 22, women=5, children=4), C(None, 6, comb=6)])],
"Lakki Marwat is the dateline. 'Explosives-laden vehicles' without the word suicide: bombing.")

A("Tehran Digest", "https://tehrandigest.com/five-soldiers-13-civilians-killed-in-a-suicide-bombing-of-twins-in-pakistan",
  "2025-03-05", "inferred",
"""Five soldiers and at least 13 civilians were killed on Tuesday in a suicide bombing of twins targeting military compounds in northwestern Pakistan on Tuesday, according to the military.

At least 32 people were injured in the attack in Bannu district of Khyber Pakhtunkhwa, the military media building, Inter Services Public Relations (ISPR), said in a statement Wednesday.

The military said five soldiers were killed in a shootout that killed 12 militants. Four suicide bombers were also killed.""",
[I("2025-03-04", "day", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "UNKNOWN",
   [C("PAK", 18, "at_least", 32, civ=13, sec=5), C("PAK", 16, comb=16)])],
"The attackers' dead (12 militants and 4 bombers) are one separate claim. No group is named: unnamed attackers.")

A("The Crime BD (Reuters)", "https://thecrimebd.net/english/news/19349", "2025-03-05", "text",
"""International Desk: Twin suicide bombings have occurred at a cantonment in the city of Bannu in Pakistan’s northwestern province of Khyber Pakhtunkhwa. Twelve civilians were killed and at least 30 others were injured.

The report, citing local officials, said that the attack was carried out using two explosive-laden vehicles after iftar on Tuesday (March 4).

Muhammad Nauman, a spokesman for Bannu Hospital, said that 12 people were killed and 30 were injured in the attack. Security officials said that six attackers were killed in the exchange of fire.

The attack came a day after a suicide bombing at a madrassa in Khyber Pakhtunkhwa on Monday killed six people, including a top local Taliban leader.""",
[I("2025-03-04", "day", "PAK", "Khyber Pakhtunkhwa", "Bannu", "suicide_bombing", "UNKNOWN",
   [C(None, 12, injured=30, civ=12), C("PAK", 6, comb=6)])],
"The madrassa bombing the day before is context.")

A("Daily Times", "https://dailytimes.com.pk/1304471/khuzdar-school-bus-blast-kills-5-injures-38-children-in-suspected-terror-attack/",
  "2025-05-21", "text",
"""A tragic suicide bombing targeted a school bus near Zero Point on the National Highway in Khuzdar on Wednesday, killing three schoolchildren and two teachers. According to Inter-Services Public Relations (ISPR), the attack completely destroyed the vehicle and left 38 students injured, some of them critically.

The wounded children were immediately transported to Combined Military Hospital (CMH) Khuzdar for emergency treatment.""",
[I("2025-05-21", "day", "PAK", "Balochistan", "Khuzdar", "suicide_bombing", "UNKNOWN",
   [C(None, 5, children=3), C("PAK", injured=38)])])

A("Devdiscourse (Reuters)", "https://www.devdiscourse.com/article/law-order/3422627-tragedy-strikes-school-bus-bombing-in-balochistan",
  "2025-05-23", "text",
"""The death toll from a tragic school bus bombing in southwestern Pakistan's Khuzdar city increased to eight on Friday, following the deaths of three critically wounded children, as reported by the country's military.

This devastating attack claimed the lives of two soldiers on board and left a total of 53 people injured, including 39 schoolchildren. The victims were headed to their Army Public School when the explosion occurred on Wednesday in the troubled province of Balochistan.

Initial investigations suggest that insurgents from the banned Baloch Liberation Army orchestrated the attack. However, no group has officially claimed responsibility for the bombing.""",
[I("2025-05-21", "day", "PAK", "Balochistan", "Khuzdar", "bombing", "BLA",
   [C("PAK", 8), C(None, 2, injured=53, sec=2)])],
"The second paragraph starts without attribution: the article's voice.")

A("The Friday Times", "https://thefridaytimes.com/09-Nov-2024/suicide-blast-at-quetta-railway-station-kills-27-including-13-army-personnel",
  "2024-11-09", "url",
"""An explosion at the railway station in Quetta on Saturday killed at least 27 people and injured 61 others, including waiting passengers, passersby and security officials.

The blast took place when the Rawalpindi-bound Jaffar Express and the Chaman-bound Chaman Express trains were due to depart the station, and many passengers for the two trains were present on the platform where the attack took place.

Quetta Police Operations SSP Muhammad Baloch said per initial investigations, the blast appeared to be a suicide blast, but a probe is underway.""",
[I("2024-11-09", "day", "PAK", "Balochistan", "Quetta", "suicide_bombing", "UNKNOWN",
   [C(None, 27, "at_least", 61)])],
"Rawalpindi and Chaman are train destinations.")

A("Newser (AP)", "https://www.newser.com/story/359220/menace-of-terrorism-hits-pakistan-train-station-killing-24.html",
  "2024-11-09", "text",
"""A suicide bomber blew himself up at a train station in restive southwestern Pakistan on Saturday, killing at least 24 people, including soldiers and railway staff, and wounding about 50 others, some critically, officials said. The attack happened when nearly 100 passengers were waiting for a train to travel to the garrison city of Rawalpindi from Quetta, the capital of Balochistan province, according to Hamza Shafqaat, a senior government administrator.

A separatist group, the Balochistan Liberation Army, claimed responsibility for the attack in a statement, saying a suicide bomber targeted troops present at the railway station.""",
[I("2024-11-09", "day", "PAK", "Balochistan", "Quetta", "suicide_bombing", "BLA",
   [C(None, 24, "at_least", 50)])])

A("Business Recorder", "https://www.brecorder.com/news/40331655/over-26-killed-in-attack-at-railway-station-by-bla",
  "2024-11-10", "text",
"""QUETTA: At least 26 people were killed and over 50 others injured some of them critically, when a suicide bomber belonging to banned Balochistan Liberation Army (BLA) detonated himself among passengers getting ready to board a train at the Railway Station of the southwestern city of Quetta, officials said on Saturday.

The outlawed Balochistan Liberation Army group, the most prominent of militant groups in Balochistan, claimed responsibility for the attack, the deadliest since a string of coordinated attacks on August 25-26 in which more than 50 people, civilians and security officials, were killed.""",
[I("2024-11-09", "week", "PAK", "Balochistan", "Quetta", "suicide_bombing", "BLA",
   [C(None, 26, "at_least", 51)])],
"'Officials said on Saturday' dates the statement: week precision. The August attacks are earlier.")

A("News9 Live", "https://www.news9live.com/world/pakistan-four-police-officers-killed-in-coordinated-baloch-separatist-attacks-2924838",
  "2026-01-31", "inferred",
"""At least four police personnel were killed after Baloch separatists launched a coordinated series of attacks across five districts of Pakistan’s Balochistan province. The assaults, involving gunmen and suicide bombers, prompted heightened security and emergency deployments, while the Baloch Liberation Army claimed responsibility, saying it targeted security forces and government installations.

The violence was reported from Quetta, Pasni, Mastung, Nushti and Gwadar districts. According a senior security official, “AT least four cops were killed in Quetta alone”.""",
[I("2026-01-31", "week", "PAK", "Balochistan", None, "armed_attack", "BLA",
   [C(None, 4, "at_least", sec=4), C("PAK", 4, "at_least", sec=4)])],
"Five districts: province only. The publication day is inferred from France 24's report of the same Saturday's attacks.")

A("France 24 (video description)", "http://foreverwed1.com/?p=5915", "2026-01-31", "text",
"""Some 10 police and security personnel and 11 civilians were killed during orchestrated militant attacks across the southwestern province of Balochistan Saturday, Pakistan officials said. The banned separatist group Baloch Liberation Army (BLA) claimed responsibility for the attacks in a region that has faced a decades-long insurgency by ethnic Baloch militant groups.""",
[I("2026-01-31", "day", "PAK", "Balochistan", None, "armed_attack", "BLA",
   [C("PAK", 21, "approx", civ=11, sec=10)])],
"The page carries the Unix time 1769882617 (31 January 2026).")

A("Dawn (copy)", "https://sothatsthestory.com/pakistan-latest-news-and-opinions/targeted-attack-in-balochistan-leaves-20-punjab-travellers-dead",
  "2024-08-27", "inferred",
"""IN a rather definitive proof that Balochistan is facing a full-blown insurgency, a whopping 50 people, including 14 security personnel, were killed after dozens of militants belonging to the banned Balochistan Liberation Army (BLA) — a separatist outfit — went on a rampage across the province. They shot dead innocent travellers, stormed police stations and set almost three dozen vehicles afire.

In subsequent operations 21 militants were ‘neutralised’ by the security forces, according to the Inter-Services Public Relations (ISPR).

In the latest flare-up of violence, the insurgents launched numerous attacks on Sunday midnight, targeting security personnel as well as civilians, particularly those hailing from Punjab.""",
[I("2024-08-25", "day", "PAK", "Balochistan", None, "armed_attack", "BLA",
   [C(None, 50, sec=14), C("PAK", 21, comb=21)])],
"Dawn's print story of 27 August 2024 (inferred).")

A("Munsif Daily (PTI)", "https://munsifdaily.com/security-forces-kill-6-bla-militants-in-paks-restive-balochistan-province/",
  "2024-10-03", "text",
"""Karachi: Six militants of the banned Balochistan Liberation Army have been killed by security forces during an operation in Pakistan’s restive Balochistan province, police said.

A security official said the incident occurred during a raid at a BLA hideout in Harnai district on Wednesday.

In a separate incident at Dera Murad Jamali area on Wednesday, armed men attacked a prison van, SSP Fahad Khan Khosa said.

In the retaliatory action by police, a policeman and an under-trial prisoner were also killed in the attack, he said. “In the firing, one of the shooters was also killed,” he said, adding that three policemen were also injured in the attack.""",
[I("2024-10-02", "day", "PAK", "Balochistan", "Harnai", "armed_clash", "PAK",
   [C(None, 6, comb=6)]),
 I("2024-10-02", "day", "PAK", "Balochistan", "Nasirabad", "armed_attack", "UNKNOWN",
   [C(None, 2, injured=3, sec=1), C(None, 1, comb=1)], loc="Dera Murad Jamali")],
"Two incidents on one day. Karachi is the dateline. The shooter killed is the attackers' loss.")

A("The Current", "https://thecurrent.pk/jaffar-express-hijack-security-forces-rescue-155-hostages-eliminate-27-terrorists",
  "2025-03-12", "inferred",
"""The rescue operation for the Jaffar Express is underway, with security forces successfully rescuing around 155 hostages and eliminating at least 27 terrorists who had hijacked the train in Balochistan’s Bolan district on Tuesday.

An unknown number of terrorists bombed the railway track before storming the train near the Bolan Pass, opening fire on the locomotive and injuring the driver.

The outlawed Baloch Liberation Army (BLA) claimed responsibility for the attack, stating that they had taken a significant number of people hostage.

According to reports, the security forces' operation forced the militants to split into small groups. Meanwhile, 17 injured passengers were shifted to a nearby hospital for urgent medical treatment.""",
[I("2025-03-11", "day", "PAK", "Balochistan", "Kachhi", "armed_attack", "BLA",
   [C(None, 27, "at_least", comb=27), C(None, injured=17)])],
"Bolan is the old name of Kachhi district. Published the day after the hijacking (inferred).")

# ---------------------------------------------------------------- no incident: diplomacy, opinion, tallies
A("MENAFN (KUNA)", "https://menafn.com/1110215738/Qatari-Foreign-Ministry-Announces-Ceasefire-Between-Pakistan-Afghanistan",
  "2025-10-19", "text",
"""DOHA, Oct 19 (KUNA) -- The Qatari Foreign Ministry announced on Sunday a ceasefire agreement between Afghanistan and Pakistan.

A statement by the Ministry said that negotiations in Doha -- under Qatari and Turkish mediation, resulted in the agreement. It added that the two sides agreed, after negotiations, on the immediate ceasefire as well as creating a mechanism for peace and stability between the two countries.

A statement by the Pakistani Defense Minister Khawaja Asif confirmed the immediate ceasefire following high-level negotiations in Doha. He confirmed that the delegations would meet again in Istanbul on October 25, and detailed matters will be discussed.""",
[], "Diplomacy.")

A("Global Pulse", "https://wp.globalpulseonline.com/pakistan-afghanistan-agree-to-immediate-ceasefire-in-qatar-talks",
  "2025-10-19", "inferred",
"""In a significant diplomatic breakthrough, Pakistan and Afghanistan have agreed to an immediate ceasefire following high-stakes talks mediated by Qatar and Turkey in Doha. The agreement, announced early Sunday by Qatar’s foreign ministry, comes after a week of escalating cross-border violence that claimed dozens of lives on both sides.

Pakistan’s Defence Minister Khawaja Asif confirmed the agreement and announced that the next round of talks will take place in Istanbul on October 25.

Despite the agreement, local officials in Afghanistan’s Paktika province reported that 10 civilians, including two children, were killed in Pakistani air strikes prior to the ceasefire.""",
[], "Diplomacy; the Paktika strikes are mentioned in passing ('prior to the ceasefire').")

A("News24 (India)", "https://news24online.com/world/qatar-says-pakistan-and-afghanistan-agree-to-immediate-ceasefire-plan-follow-up-talks-to-sustain-peace/653225",
  "2025-10-19", "inferred",
"""Doha: Pakistan and Afghanistan have agreed to an “immediate ceasefire” following intense border clashes and plan for follow-up talks to ensure its “sustainability”, Qatar announced.

The Qatari Foreign Ministry said that both sides also agreed to hold follow-up meetings in the coming days to make sure the ceasefire lasts and to work towards long-term peace and stability between the two neighbouring countries.

The Doha meeting follows a deadly ceasefire violation by Pakistan on Friday in Afghanistan’s southeastern Paktika province, killing 17, including three Afghan cricketers.""",
[], "Diplomacy; the Friday strike is the background of the talks.")

A("The News", "https://www.thenews.com.pk/print/1044363-torkham-border-reopens-after-six-days", "2023-02-26", "text",
"""LANDIKOTAL: The Torkham border that remained closed for six days was reopened to traffic on Saturday, officials said.

Customs official Tamash Khan told The News that they reopened the border after getting orders from Islamabad.

He said more than 5,000 loaded trucks had been stranded at the border, adding that they were facilitating the flow of traffic despite heavy rush at the border crossing.""",
[], "Trade.")

A("Hindustan Times", "https://www.hindustantimes.com/world-news/only-war-if-talks-fail-pakistan-defence-ministers-big-remark-amid-peace-dialogue-with-afghanistan-101762403252643.html",
  "2025-11-06", "inferred",
"""In an interview with Pakistan's Geo News, Asif said, “If talks fail, only war will happen,” when he was asked about the military confrontation being the last resort to deal with the Taliban government in Afghanistan.

The talks in Turkish city of Istanbul are expected to be the final round of negotiations as the earlier two rounds failed to produce any breakthrough.

The second round of talks in late October lasted four days but ended without results. The talks followed deadly border clashes and a temporary ceasefire that began on October 19.""",
[], "Statements.")

A("The Sunday Guardian", "https://sundayguardianlive.com/world/durands-curse-when-strategic-depth-became-strategic-trap-173099",
  "2026-03-01", "text",
"""The borderlands of empire have always been laboratories of human folly, and the Durand Line separating Afghanistan from Pakistan stands as no exception. When the United States withdrew chaotically from Kabul in August 2021, Islamabad believed decades of Taliban investment would yield strategic depth against India and suppress Tehrik-e-Taliban Pakistan bleeding western regions for years.

Pakistan’s intelligence services spent twenty years nurturing Taliban leadership in Quetta and Peshawar safe houses—providing medical facilities, logistical corridors, and diplomatic cover—transforming disparate warlords into cohesive movement.""",
[], "Opinion.")

A("CNTA", "https://cnta.ca/end-long-pretense-durand-line", "2026-03-01", "inferred",
"""The pretense of a "brotherly Islamic relationship" between Pakistan and Afghanistan has finally collapsed under the weight of ballistic reality. When Pakistani jets crossed the border to strike targets in Khost and Paktika, they didn't just hit militant hideouts. They incinerated decades of strategic depth doctrine.

The immediate trigger for the strikes was a series of high-profile attacks within Pakistan, specifically a suicide bombing in North Waziristan that killed seven Pakistani soldiers. For the military establishment in Rawalpindi, the patience for the Taliban’s "hospitality" toward the Tehrik-i-Taliban Pakistan (TTP) has run dry.""",
[], "Opinion; publication day unknown (inferred from the events it discusses). The bombing is an example in passing.")

A("Afghanistan Peace Campaign (TOLOnews)", "https://afghanistanpeacecampaign.org/2025/01/10/unhcr-urges-pakistan-to-halt-forced-deportations-of-afghan-refugees",
  "2025-01-10", "url",
"""The United Nations High Commissioner for Refugees (UNHCR) in Pakistan has called for the suspension of Afghan refugee deportations from the country.

While the deportation of Afghan refugees from Pakistan has intensified over the past week, statistics from the International Organization for Migration (IOM) indicate that over the past five days, more than 26,000 people have entered Afghanistan through shared border crossings between the two countries.

However, over 25,000 people have returned to Pakistan via crossings such as Torkham, Ghulam Khan, Dand-e-Patan, Angoor Adda, and Spin Boldak.""",
[], "Refugees; numbers of people that are not casualties.")

A("Dawat Media 24", "https://dawatmedia24.com/afghanistan-news/unama-146-afghan-civilians-killed-or-wounded-in-pakistani-attacks/",
  "2026-03-03", "text",
"""KABUL – The United Nations Assistance Mission in Afghanistan (UNAMA) has documented at least 146 civilian casualties in Afghanistan resulting from Pakistani military operations since the escalation of cross-border hostilities began late last month.

In a stark warning issued on Tuesday, UNAMA confirmed that between February 26 and March 2, the violence has resulted in the deaths of 42 civilians and left a further 104 wounded.

UNAMA attributed the majority of these casualties to direct and indirect cross-border shelling that struck residential areas in the eastern provinces of Paktia, Nangarhar, Kunar, and Khost.""",
[], "A tally over five days and four provinces, not one incident.")

A("Afghanistan Times", "https://afghanistantimes.media/?p=22478", "2018-02-15", "inferred",
"""AT-KABUL: Pakistani forces have killed 23 and injured 48 Afghan civilians as result of their cross border mortar attacks at least in four Afghan provinces near the so-called Durand Line in 2017, a violation that even “concerned” the United Nations Assistance Mission (UNAMA), a new report revealed Thursday.

Report found at least 29 cross border shelling in 2017 caused 71 civilian casualties (23 deaths and 48 injured) over the triple of incidents and more than four times the number of civilian casualties compared to 2016.""",
[], "A yearly tally (UNAMA's 2017 annual report, released on Thursday 15 February 2018).")

if __name__ == "__main__":
    # Round 1 held out every fourth passage (fixed by position, before any rule was written).
    # Those 22 passages were scored and read, so from round 2 on they are development data
    # too; "first_split" keeps the record. The new held-out set is make_gold_heldout2.py.
    write(lambda index: {"id": f"gold-{index:03d}", "split": "dev",
                         "first_split": "heldout" if index % 4 == 0 else "dev"})
