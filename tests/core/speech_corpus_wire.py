"""A tenth and eleventh batch of invented news texts (issue 14), each written
before any rule was changed for it and scored once as it was (see
test_speech_corpus.py): wire copy with "—" datelines and agency tags, British
tabloid style, US local TV, press-conference transcripts with questions and
answers, court reports ("the court heard"), post-match and press-room
interviews, and texts with no statement at all.

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker). Every person, firm and place is fictional.
"""

from __future__ import annotations

WIRE_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "wire-dateline-port-strike",
        "Dockers strike halts car exports at Setubra port\n\n"
        "SETUBRA, May 12 (Meridian) — Dockworkers at the port of Setubra walked out on Tuesday in a dispute over night-shift pay, halting car exports for at least two days.\n\n"
        "The stevedores’ union, SINPORT, said 900 of its members had joined the stoppage. “Nobody unloads a ship for free,” union leader Tiago Barreiros told reporters at the gates.\n\n"
        "The port authority said talks would resume on Thursday and that perishable cargo was still being handled.\n\n"
        "(Reporting by Ana Pires; Editing by Mark Dolan)\n",
        [
            ("900 of its members had joined the stoppage", "indirect", "SINPORT"),
            ("Nobody unloads a ship for free", "direct", "Tiago Barreiros"),
            ("talks would resume on Thursday and that perishable cargo was still being handled", "indirect", "authority"),
        ],
    ),
    (
        "wire-tabloid-lottery-binman",
        "LOTTO LUCK! Binman scoops £2m — and he’s still going to work\n\n"
        "A BINMAN who scooped £2million on the lottery has vowed to keep emptying wheelie bins.\n\n"
        "Dad-of-three Gary Thwaite, 51, from Dunmere, said: “I love my job. The lads would never forgive me if I packed it in.”\n\n"
        "His wife Sharon, 49, joked that he would finally buy a van that starts first time.\n\n"
        "A pal said: “Gary’s the most generous bloke you’ll meet. He’ll be buying the first round for years.”\n",
        [
            ("I love my job. The lads would never forgive me if I packed it in.", "direct", "Gary Thwaite"),
            ("he would finally buy a van that starts first time", "indirect", "Sharon"),
            ("Gary’s the most generous bloke you’ll meet. He’ll be buying the first round for years.", "direct", None),
        ],
    ),
    (
        "wire-us-tv-water-main",
        "Water main break floods Eastfield Avenue; boil notice issued\n\n"
        "EASTFIELD, Ohio (WKTV) — A 16-inch water main broke early Wednesday, flooding several blocks of Eastfield Avenue and leaving hundreds of homes without water.\n\n"
        "\"It looked like a river coming down the street,\" said neighbor Darnell Hughes, who woke up to water in his basement around 5 a.m.\n\n"
        "City Public Works Director Karen Lindqvist told WKTV crews hoped to have the line repaired by Thursday night.\n\n"
        "A boil-water advisory is in effect for residents east of Route 9 until further notice, according to the city.\n\n"
        "Stay with WKTV News 4 for updates on this developing story.\n",
        [
            ("It looked like a river coming down the street", "direct", "Darnell Hughes"),
            ("crews hoped to have the line repaired by Thursday night", "indirect", "Karen Lindqvist"),
            ("A boil-water advisory is in effect for residents east of Route 9 until further notice", "indirect", "city"),
        ],
    ),
    (
        "wire-transcript-police-chief",
        "Transcript: Police chief on the Harbour Street shooting\n\n"
        "The following is a transcript of Wednesday’s news conference, edited for length.\n\n"
        "CHIEF MARTA OYELARAN: Good afternoon. At about 11 last night officers were called to Harbour Street, where a 19-year-old man had been shot. He is in a stable condition.\n\n"
        "QUESTION: Have you made any arrests?\n\n"
        "OYELARAN: Not yet. We have identified a vehicle and we are asking anyone with dashcam footage to come forward.\n\n"
        "QUESTION: Is this linked to last week’s shooting?\n\n"
        "OYELARAN: It is too early to say that.\n",
        [
            ("At about 11 last night officers were called to Harbour Street, where a 19-year-old man had been shot. He is in a stable condition.", "direct", "Marta Oyelaran"),
            ("We have identified a vehicle and we are asking anyone with dashcam footage to come forward.", "direct", "Marta Oyelaran"),
            ("It is too early to say that.", "direct", "Marta Oyelaran"),
        ],
    ),
    (
        "wire-court-heard-carer-theft",
        "Carer stole £38,000 from dementia patient, court hears\n\n"
        "A care worker stole more than £38,000 from an 84-year-old woman with dementia over three years, Brackley Crown Court heard.\n\n"
        "Donna Marsh, 44, used the victim’s bank card to pay for holidays, a car and her daughter’s wedding, the court heard.\n\n"
        "Prosecutor Julian Fenwick said Marsh had “exploited a position of complete trust”.\n\n"
        "In mitigation, Marsh’s barrister, Priya Anand, said her client was deeply ashamed and had been struggling with gambling debts.\n\n"
        "Judge Helen Rourke jailed Marsh for three years and four months. “You targeted someone who could not protect herself,” the judge told her.\n",
        [
            ("A care worker stole more than £38,000 from an 84-year-old woman with dementia over three years", "indirect", None),
            ("Donna Marsh, 44, used the victim’s bank card to pay for holidays, a car and her daughter’s wedding", "indirect", None),
            ("Marsh had “exploited a position of complete trust”", "indirect", "Julian Fenwick"),
            ("her client was deeply ashamed and had been struggling with gambling debts", "indirect", "Priya Anand"),
            ("You targeted someone who could not protect herself", "direct", "Helen Rourke"),
        ],
    ),
    (
        "wire-sport-postmatch-headline-quote",
        "Kessler: ‘We deserved more than a point’\n\n"
        "Greyfield manager Oskar Kessler was left frustrated after a 1-1 draw at Barnfield on Saturday.\n\n"
        "Speaking to Radio Wyvern after the game, Kessler said: “We deserved more than a point. Their goal came from nothing.”\n\n"
        "Asked about the penalty appeal in the second half, he added: “I’ve seen it again and it’s a clear foul. I don’t understand how that isn’t given.”\n\n"
        "Barnfield boss Lee Ashcroft admitted his team had ridden their luck. “We’ll take it,” he said.\n",
        [
            ("We deserved more than a point. Their goal came from nothing.", "direct", "Oskar Kessler"),
            ("I’ve seen it again and it’s a clear foul. I don’t understand how that isn’t given.", "direct", "Oskar Kessler"),
            ("his team had ridden their luck", "indirect", "Lee Ashcroft"),
            ("We’ll take it", "direct", "Lee Ashcroft"),
        ],
    ),
    (
        "wire-emdash-earthquake",
        "PORT VERREN — A magnitude 6.1 earthquake struck off the coast of the island of Mareth early on Sunday, damaging a church and cutting power to thousands of homes, officials said.\n\n"
        "There were no immediate reports of deaths. The regional disaster office said at least 14 people had been treated for minor injuries.\n\n"
        "“The shaking lasted almost a minute. Everything fell off the shelves,” said Lorna Batac, who runs a shop near the harbour.\n\n"
        "The seismology institute said aftershocks were likely over the coming days and urged people to stay out of damaged buildings.\n\n"
        "— Associated Wire\n",
        [
            ("A magnitude 6.1 earthquake struck off the coast of the island of Mareth early on Sunday, damaging a church and cutting power to thousands of homes", "indirect", "officials"),
            ("at least 14 people had been treated for minor injuries", "indirect", "office"),
            ("The shaking lasted almost a minute. Everything fell off the shelves", "direct", "Lorna Batac"),
            ("aftershocks were likely over the coming days", "indirect", "institute"),
        ],
    ),
    (
        "wire-tabloid-hedge-war",
        "EXCLUSIVE: TV chef in hedge war with neighbours\n\n"
        "TELLY chef Marco Bellini is at war with his neighbours over a 20ft hedge.\n\n"
        "Furious retired teacher Pam Cotterill, 68, fumed: “It blocks out the sun from noon. We haven’t seen our garden in daylight since March.”\n\n"
        "A source close to the star insisted the hedge was there long before he bought the house.\n\n"
        "Bellini’s agent, Rosa Delgado, said: “Marco has always tried to be a good neighbour and is happy to talk.”\n\n"
        "The council confirmed it had received a complaint.\n",
        [
            ("It blocks out the sun from noon. We haven’t seen our garden in daylight since March.", "direct", "Pam Cotterill"),
            ("the hedge was there long before he bought the house", "indirect", None),
            ("Marco has always tried to be a good neighbour and is happy to talk.", "direct", "Rosa Delgado"),
            ("it had received a complaint", "indirect", "council"),
        ],
    ),
    (
        "wire-us-tv-school-board",
        "School board votes to close Maple Ridge Elementary\n\n"
        "The Harlan County school board voted 5-2 Tuesday night to close Maple Ridge Elementary at the end of the school year.\n\n"
        "Superintendent Dr. Renee Castillo said declining enrollment left the district no choice. The school has lost nearly 40 percent of its students since 2015.\n\n"
        "Parents packed the meeting. \"You're taking the heart out of this neighborhood,\" mom of two Kayla Brooks told board members during public comment.\n\n"
        "Board member Tom Whitaker, who voted no, said the district should have looked at other options first.\n",
        [
            ("declining enrollment left the district no choice", "indirect", "Renee Castillo"),
            ("You're taking the heart out of this neighborhood", "direct", "Kayla Brooks"),
            ("the district should have looked at other options first", "indirect", "Tom Whitaker"),
        ],
    ),
    (
        "wire-court-journalist-acquitted",
        "VALDERRA, Oct 2 — A court in Valderra on Thursday overturned the conviction of journalist Ines Carvalho, ruling that her reporting on a mining contract was protected by law.\n\n"
        "The three-judge panel said prosecutors had failed to show that Carvalho published anything she knew to be false.\n\n"
        "Carvalho, who spent 14 months in detention, wept as the verdict was read. “I only did my job,” she told reporters outside the court.\n\n"
        "The prosecutor’s office said it would study the ruling before deciding whether to appeal.\n",
        [
            ("her reporting on a mining contract was protected by law", "indirect", "court"),
            ("prosecutors had failed to show that Carvalho published anything she knew to be false", "indirect", "panel"),
            ("I only did my job", "direct", "Ines Carvalho"),
            ("it would study the ruling before deciding whether to appeal", "indirect", "office"),
        ],
    ),
    (
        "wire-tennis-press-room-qa",
        "Nakamura ready for Rivas test\n\n"
        "Yuki Nakamura reached the quarter-finals in straight sets and said afterwards she felt fresher than at any point this year.\n\n"
        "Q: How is the shoulder?\n\n"
        "A: Much better. I had two days off and the physio has done amazing work.\n\n"
        "Q: You play Elena Rivas next. What do you expect?\n\n"
        "A: She hits the ball very hard, so I need to move well and be patient.\n",
        [
            ("she felt fresher than at any point this year", "indirect", "Yuki Nakamura"),
            ("Much better. I had two days off and the physio has done amazing work.", "direct", "Yuki Nakamura"),
            ("She hits the ball very hard, so I need to move well and be patient.", "direct", "Yuki Nakamura"),
        ],
    ),
    (
        "wire-no-speech-tv-forecast",
        "Forecast: Frost tonight, sunshine Friday\n\n"
        "Temperatures will drop below freezing in most areas tonight, with patchy fog by dawn.\n\n"
        "Friday brings plenty of sunshine and highs near 45. Clouds return Saturday with a chance of light rain.\n\n"
        "Download the WKTV Weather app for alerts.\n",
        [],
    ),
    (
        "wire-business-chipmaker-cuts",
        "Chipmaker Norrland Semi to cut 1,200 jobs\n\n"
        "STOCKHOLM, Feb 8 (Meridian) — Norrland Semi will cut 1,200 jobs, about 9% of its workforce, after orders for its memory chips fell for a third straight quarter, the company said on Thursday.\n\n"
        "Chief executive Annika Lundgren said the cuts were “painful but necessary” and that no factories would close.\n\n"
        "The company’s shares rose 4% after the announcement. “The market wanted to see discipline, and this is it,” said Per Ekholm, a fund manager at Saltsjo Capital.\n\n"
        "Unions said they would seek talks with management next week.\n",
        [
            ("Norrland Semi will cut 1,200 jobs, about 9% of its workforce, after orders for its memory chips fell for a third straight quarter", "indirect", "Norrland Semi"),
            ("the cuts were “painful but necessary” and that no factories would close", "indirect", "Annika Lundgren"),
            ("The market wanted to see discipline, and this is it", "direct", "Per Ekholm"),
            ("they would seek talks with management next week", "indirect", "unions"),
        ],
    ),
]

#: An eleventh batch of 12 texts, written with the tenth and scored unseen
#: before any rule was changed for either.
PRESS_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "press-science-release-says",
        "Bees learn faster in cooler mornings, study finds\n\n"
        "Honeybees trained at dawn learned to find a sugar reward almost twice as fast as bees trained in the afternoon heat, according to research published today in the journal Insect Minds.\n\n"
        "“We did not expect the effect to be this large,” says Dr Amara Nwosu of the University of Kelbridge, who led the study.\n\n"
        "Her co-author, Professor Lars Eklund, says the findings could help farmers decide when to move hives.\n\n"
        "The team now plans to repeat the experiment with bumblebees.\n",
        [
            ("We did not expect the effect to be this large", "direct", "Amara Nwosu"),
            ("the findings could help farmers decide when to move hives", "indirect", "Lars Eklund"),
        ],
    ),
    (
        "press-council-meeting-leader",
        "Councillors approve 4.99% tax rise\n\n"
        "Members of Dunmore District Council voted on Wednesday evening to raise council tax by the maximum allowed.\n\n"
        "Council leader Bridget Aherne told the meeting the authority faced a £6m gap and had “no painless options left”.\n\n"
        "Opposition leader Cllr Kevin Doyle argued the rise would hit pensioners hardest. “People are choosing between heating and eating,” he said.\n\n"
        "The budget passed by 31 votes to 19.\n",
        [
            ("the authority faced a £6m gap and had “no painless options left”", "indirect", "Bridget Aherne"),
            ("the rise would hit pensioners hardest", "indirect", "Kevin Doyle"),
            ("People are choosing between heating and eating", "direct", "Kevin Doyle"),
        ],
    ),
    (
        "press-live-blog-entries",
        "Storm Ilse: live updates\n\n"
        "09:14 Ferries between Kilmore and the islands are cancelled for the rest of the day, the operator says.\n\n"
        "09:02 The Met Service has upgraded its warning to red for the north coast. Chief forecaster Nuala Brennan said gusts of 90mph were possible by midday.\n\n"
        "08:45 Schools in the county will stay closed today, the education board has confirmed.\n",
        [
            ("Ferries between Kilmore and the islands are cancelled for the rest of the day", "indirect", "operator"),
            ("gusts of 90mph were possible by midday", "indirect", "Nuala Brennan"),
            ("Schools in the county will stay closed today", "indirect", "board"),
        ],
    ),
    (
        "press-profile-chef-past",
        "The baker who wakes at 2am\n\n"
        "Every night for 22 years, Ruth Adeyemi has set her alarm for two o’clock.\n\n"
        "“People think it’s romantic,” she laughs, wiping flour from her hands. “It isn’t. It’s just bread.”\n\n"
        "Her bakery on Quay Street sells 600 loaves on a Saturday. Her son, Tunde, who joined the business last year, says the queue starts before opening.\n\n"
        "Adeyemi insists she has no plans to retire.\n",
        [
            ("People think it’s romantic", "direct", "Ruth Adeyemi"),
            ("It isn’t. It’s just bread.", "direct", "Ruth Adeyemi"),
            ("the queue starts before opening", "indirect", "Tunde"),
            ("she has no plans to retire", "indirect", "Ruth Adeyemi"),
        ],
    ),
    (
        "press-rugby-captain-interview",
        "Rugby: Mataio relishing Lions return\n\n"
        "Kelso Lions captain Sione Mataio returns from a hamstring injury against Riverton on Friday, and he cannot wait.\n\n"
        "“Six weeks of watching from the stand is torture,” Mataio told the Courier. “I’ve been driving the physios mad.”\n\n"
        "Coach Brendan Oakes confirmed Mataio would start at number eight but said he would be managed carefully. “We won’t throw him in for eighty minutes,” Oakes said.\n",
        [
            ("Six weeks of watching from the stand is torture", "direct", "Sione Mataio"),
            ("I’ve been driving the physios mad.", "direct", "Sione Mataio"),
            ("Mataio would start at number eight", "indirect", "Brendan Oakes"),
            ("he would be managed carefully", "indirect", "Brendan Oakes"),
            ("We won’t throw him in for eighty minutes", "direct", "Brendan Oakes"),
        ],
    ),
    (
        "press-police-appeal-statement",
        "Police appeal after cyclist seriously hurt in Elmwood\n\n"
        "A cyclist was seriously injured in a collision with a van on Elmwood Road on Monday morning.\n\n"
        "Sergeant Farida Qureshi, of the Roads Policing Unit, said: “We are keen to hear from anyone who saw the collision or who has dashcam footage from the area between 7.30am and 8am.”\n\n"
        "The driver of the van stopped at the scene and is helping officers with their inquiries, police said.\n\n"
        "Anyone with information should call 101, quoting incident 214.\n",
        [
            ("We are keen to hear from anyone who saw the collision or who has dashcam footage from the area between 7.30am and 8am.", "direct", "Farida Qureshi"),
            ("The driver of the van stopped at the scene and is helping officers with their inquiries", "indirect", "police"),
        ],
    ),
    (
        "press-markets-wire-analysts",
        "NEW YORK, June 3 — Oil prices fell more than 3% on Tuesday after producers signalled they would pump more from July.\n\n"
        "“The market was not ready for this much supply,” said Chloe Renner, head of commodities research at Bayfield Bank.\n\n"
        "Traders said thin volumes ahead of a holiday had exaggerated the move.\n\n"
        "Brent crude settled at $71.20 a barrel.\n",
        [
            ("The market was not ready for this much supply", "direct", "Chloe Renner"),
            ("thin volumes ahead of a holiday had exaggerated the move", "indirect", "traders"),
        ],
    ),
    (
        "press-inquest-coroner",
        "Inquest hears climber died after anchor failed\n\n"
        "An experienced climber died when a bolt anchor pulled out of the rock at Carn Dubh quarry, an inquest heard.\n\n"
        "Daniel Frye, 34, fell about 25 metres in April last year.\n\n"
        "Climbing instructor Megan Lloyd, who was with him, told the hearing: “He did everything right. There was nothing he could have done.”\n\n"
        "Recording a conclusion of accidental death, coroner Alan Pryce said he would write to the quarry’s owners about checking old anchors.\n",
        [
            ("An experienced climber died when a bolt anchor pulled out of the rock at Carn Dubh quarry", "indirect", None),
            ("He did everything right. There was nothing he could have done.", "direct", "Megan Lloyd"),
            ("he would write to the quarry’s owners about checking old anchors", "indirect", "Alan Pryce"),
        ],
    ),
    (
        "press-radio-phone-in",
        "Listeners split over four-day school week\n\n"
        "Callers to Drivetime on Radio Fenn were divided on Thursday over plans for a four-day school week.\n\n"
        "Sandra from Oakham said her children would be bored by the third day. Another caller, Mike, said teachers deserved the break.\n\n"
        "Education minister Joanna Whitlow told the programme no decision had been made.\n",
        [
            ("her children would be bored by the third day", "indirect", "Sandra"),
            ("teachers deserved the break", "indirect", "Mike"),
            ("no decision had been made", "indirect", "Joanna Whitlow"),
        ],
    ),
    (
        "press-no-speech-results-table",
        "Results: Saturday’s county league\n\n"
        "Ashby 2 Wellford 0; Corley 1 Hatton 1; Mersey Vale 3 Bramford 2.\n\n"
        "Ashby stay top on goal difference. Corley’s next game is away at Bramford on 14 March.\n",
        [],
    ),
    (
        "press-ambassador-interview-dash-cue",
        "Envoy urges calm over fishing dispute\n\n"
        "The ambassador of Norvania, Henrik Aalto, said on Sunday that the dispute over fishing rights could be settled “within weeks” if both sides returned to talks.\n\n"
        "“Nobody gains from boats being seized,” Aalto said in an interview. “We are neighbours, and we will be neighbours long after this.”\n\n"
        "The foreign ministry in Kessa did not respond to a request for comment.\n",
        [
            ("the dispute over fishing rights could be settled “within weeks” if both sides returned to talks", "indirect", "Henrik Aalto"),
            ("Nobody gains from boats being seized", "direct", "Henrik Aalto"),
            ("We are neighbours, and we will be neighbours long after this.", "direct", "Henrik Aalto"),
        ],
    ),
    (
        "press-tabloid-pub-landlord",
        "PINT-SIZED! Landlord’s £9 beer sparks fury\n\n"
        "A PUB landlord has been slammed for charging £9 for a pint of craft ale.\n\n"
        "Regular Trevor Holt, 62, blasted: “It’s daylight robbery. I’ve been drinking here 30 years.”\n\n"
        "But landlord Craig Munro, 45, hit back, saying his costs had doubled since he took over the Red Lion.\n",
        [
            ("It’s daylight robbery. I’ve been drinking here 30 years.", "direct", "Trevor Holt"),
            ("his costs had doubled since he took over the Red Lion", "indirect", "Craig Munro"),
        ],
    ),
]
