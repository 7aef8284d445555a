"""A fourteenth batch of invented news texts (the "statement recall" task,
third round), written before any rule was changed for it and scored once as
it was (the first score is recorded in test_speech_corpus.py and in the
commit that added this file).

It aims at shapes of speech that are easy to miss: quotations running over
several paragraphs (opening mark repeated, no closing one until the end),
quotations split around the attribution, speech after a colon with no
reporting verb, indirect speech with less common verbs (conceded, cautioned,
vowed, lamented, quipped, contended, testified, tweeted...), "according to"
in the middle or at the end, "in a statement", "in an interview with",
"speaking to", "told a news conference", "X's message was clear: ...",
speech in the present tense ("says"), in questions ("asked whether"),
"that"-less clauses, bullet lists of what someone said, captions, straight
and curly quotes, single and double, guillemets, German quotes and em-dash
dialogue; and traps with no statement (quoted titles, scare quotes,
"so-called", signs and slogans).

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker); a lower-case speaker is a group, an organisation or a
role named by its head noun; None means the text names nobody. Every
person, firm, club and place is fictional.

One gold was changed after the first scoring: `recall-urged-pleaded` first
held two appeals ('urged walkers not to …', 'pleaded with anyone … to come
forward'), which every earlier batch leaves out ('urged residents to stay
indoors' is no statement there); they were dropped to keep one convention.
"""

from __future__ import annotations

RECALL_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "recall-multi-paragraph-straight",
        "Lighthouse keeper retires after 38 years\n\n"
        "The last resident keeper of the Skerrow light, Angus MacPhail, handed over the keys on Thursday.\n\n"
        "\"When I started, we wound the clockwork by hand every four hours,\" MacPhail said. \"You learned to sleep in pieces.\n\n"
        "\"The sea was never the same two nights running, and I never tired of watching it.\n\n"
        "\"I will miss the quiet more than anything else.\"\n\n"
        "The light will now be run from a control room in Oban.\n",
        [
            ("When I started, we wound the clockwork by hand every four hours", "direct", "Angus MacPhail"),
            ("You learned to sleep in pieces.", "direct", "Angus MacPhail"),
            ("The sea was never the same two nights running, and I never tired of watching it.", "direct", "Angus MacPhail"),
            ("I will miss the quiet more than anything else.", "direct", "Angus MacPhail"),
        ],
    ),
    (
        "recall-split-around-attribution",
        "Bridge closure to last until spring\n\n"
        "The Halden swing bridge will stay shut until April after cracks were found in its main bearing.\n\n"
        "“We know this is a huge inconvenience,” said Carys Pryce, the county’s director of highways, “but we cannot take any risk with a structure this old.”\n\n"
        "“Nobody asked us,” complained Owen Tudge, who runs a café on the east bank. “Half my customers came over that bridge.”\n",
        [
            ("We know this is a huge inconvenience", "direct", "Carys Pryce"),
            ("but we cannot take any risk with a structure this old.", "direct", "Carys Pryce"),
            ("Nobody asked us", "direct", "Owen Tudge"),
            ("Half my customers came over that bridge.", "direct", "Owen Tudge"),
        ],
    ),
    (
        "recall-colon-verdict",
        "Inquiry into stadium crush published\n\n"
        "The report into the crush at the Marlow Road stadium last August was published on Tuesday after eleven months of hearings.\n\n"
        "Its author, retired judge Helena Strand, did not soften her conclusions. Her verdict: “The club knew the turnstiles were too few and did nothing.”\n\n"
        "The club’s chairman, Derek Amos, said the board accepted every recommendation.\n",
        [
            ("The club knew the turnstiles were too few and did nothing.", "direct", "Helena Strand"),
            ("the board accepted every recommendation", "indirect", "Derek Amos"),
        ],
    ),
    (
        "recall-less-common-verbs-a",
        "Chip maker cuts forecast\n\n"
        "Shares in Veltronix fell 12% on Wednesday after the chip maker lowered its sales forecast for the year.\n\n"
        "Chief executive Rosa Lindgren conceded the company had built too much stock in the spring.\n\n"
        "Finance director Paul Meaney cautioned that prices for memory chips could keep falling until the summer.\n\n"
        "Analyst Grace Obi predicted the company would announce job cuts before Christmas.\n",
        [
            ("the company had built too much stock in the spring", "indirect", "Rosa Lindgren"),
            ("prices for memory chips could keep falling until the summer", "indirect", "Paul Meaney"),
            ("the company would announce job cuts before Christmas", "indirect", "Grace Obi"),
        ],
    ),
    (
        "recall-less-common-verbs-b",
        "Ferry operator promises new boats\n\n"
        "Islanders on Garra have endured a summer of cancelled sailings.\n\n"
        "Transport secretary Fiona Kerr vowed that two new ferries would be in service by 2028.\n\n"
        "Local councillor Iain Munro lamented that young families were leaving the island because they could not rely on the boats.\n\n"
        "The operator acknowledged its fleet was the oldest in Europe.\n",
        [
            ("two new ferries would be in service by 2028", "indirect", "Fiona Kerr"),
            ("young families were leaving the island because they could not rely on the boats", "indirect", "Iain Munro"),
            ("its fleet was the oldest in Europe", "indirect", "operator"),
        ],
    ),
    (
        "recall-less-common-verbs-c",
        "Tennis: Okoro reaches first final\n\n"
        "Nneka Okoro reached her first grand slam final on Friday with a 6-4 6-3 win over the third seed.\n\n"
        "Okoro joked that she had played better because she had forgotten her lucky socks.\n\n"
        "Her opponent, Lena Brandt, stressed she had been carrying a shoulder injury for a month.\n\n"
        "Okoro’s coach, Martin Vale, boasted that nobody in the draw returned serve better.\n",
        [
            ("she had played better because she had forgotten her lucky socks", "indirect", "Nneka Okoro"),
            ("she had been carrying a shoulder injury for a month", "indirect", "Lena Brandt"),
            ("nobody in the draw returned serve better", "indirect", "Martin Vale"),
        ],
    ),
    (
        "recall-less-common-verbs-d",
        "Court hears fraud trial evidence\n\n"
        "A former accountant at Brackley Foods testified that she had been told to move money between accounts at the end of each quarter.\n\n"
        "The accountant, Maria Santos, said she raised her concerns twice in writing.\n\n"
        "Defence counsel Richard Hale contended the transfers were normal practice in the industry.\n\n"
        "The prosecution alleged the company’s owner had hidden losses of £3m from the bank.\n",
        [
            ("she had been told to move money between accounts at the end of each quarter", "indirect", "Maria Santos"),
            ("she raised her concerns twice in writing", "indirect", "Maria Santos"),
            ("the transfers were normal practice in the industry", "indirect", "Richard Hale"),
            ("the company’s owner had hidden losses of £3m from the bank", "indirect", "prosecution"),
        ],
    ),
    (
        "recall-tweeted-posted-wrote",
        "Singer cancels tour over vocal strain\n\n"
        "Pop singer Tamsin Reyes has cancelled the rest of her European tour.\n\n"
        "Reyes tweeted that she was heartbroken but her doctors had ordered three months of rest.\n\n"
        "Her promoter, Lorcan Daly, wrote on Instagram that every ticket would be refunded within 14 days.\n\n"
        "Fans posted messages of support outside the arena in Lyon.\n",
        [
            ("she was heartbroken but her doctors had ordered three months of rest", "indirect", "Tamsin Reyes"),
            ("every ticket would be refunded within 14 days", "indirect", "Lorcan Daly"),
        ],
    ),
    (
        "recall-according-to-middle-end",
        "Storm leaves thousands without power\n\n"
        "More than 40,000 homes were without electricity on Sunday night after Storm Idris brought gusts of 90mph to the west coast.\n\n"
        "Repairs could take until Wednesday in the worst-hit valleys, according to the network operator Westgrid.\n\n"
        "The damage, according to engineer Sian Bowen, was the worst she had seen in twenty years.\n\n"
        "Schools in three counties will stay closed on Monday.\n",
        [
            ("Repairs could take until Wednesday in the worst-hit valleys", "indirect", "Westgrid"),
            ("was the worst she had seen in twenty years", "indirect", "Sian Bowen"),
        ],
    ),
    (
        "recall-in-a-statement-interview",
        "Museum returns carved masks\n\n"
        "The Corvell Museum has returned six carved masks to the community they were taken from in 1903.\n\n"
        "In a statement, the museum said it had been wrong to keep the masks for so long.\n\n"
        "In an interview with the Daily Record, elder Joseph Tane said the masks would be kept in a new cultural centre.\n\n"
        "Speaking to reporters at the handover, curator Anna Feld said other objects were being researched.\n",
        [
            ("it had been wrong to keep the masks for so long", "indirect", "museum"),
            ("the masks would be kept in a new cultural centre", "indirect", "Joseph Tane"),
            ("other objects were being researched", "indirect", "Anna Feld"),
        ],
    ),
    (
        "recall-news-conference",
        "Police appeal after jewellery raid\n\n"
        "Detectives investigating a raid on a jewellery shop in Harwell have released images of two men.\n\n"
        "Detective Inspector Mark Ellery told a news conference the men had used a stolen van that was later found burned out.\n\n"
        "“Someone knows who these men are,” he told the news conference. “Please call us.”\n",
        [
            ("the men had used a stolen van that was later found burned out", "indirect", "Mark Ellery"),
            ("Someone knows who these men are", "direct", "Mark Ellery"),
            ("Please call us.", "direct", "Mark Ellery"),
        ],
    ),
    (
        "recall-message-was-clear",
        "Union rejects pay offer\n\n"
        "Nurses at three hospitals in the Tarran region have rejected a 4% pay offer.\n\n"
        "The union’s regional secretary, Bridget Nolan, addressed a rally outside Tarran General on Saturday. Her message was clear: nurses would not accept another real-terms cut.\n\n"
        "The health board said talks would resume next week.\n",
        [
            ("nurses would not accept another real-terms cut", "indirect", "Bridget Nolan"),
            ("talks would resume next week", "indirect", "board"),
        ],
    ),
    (
        "recall-present-tense-says",
        "The beekeeper who saved a village orchard\n\n"
        "Halima Yusuf keeps forty hives on a hillside above the village of Brenn.\n\n"
        "“The bees tell you everything if you are patient enough to watch them,” she says.\n\n"
        "Yusuf says the orchard produced three times more apples in the first year after the hives arrived.\n\n"
        "Her neighbour, Tomas Reiner, says he was sceptical at first.\n",
        [
            ("The bees tell you everything if you are patient enough to watch them", "direct", "Halima Yusuf"),
            ("the orchard produced three times more apples in the first year after the hives arrived", "indirect", "Halima Yusuf"),
            ("he was sceptical at first", "indirect", "Tomas Reiner"),
        ],
    ),
    (
        "recall-asked-whether",
        "Minister questioned over rail delays\n\n"
        "Rail minister Gwen Ashby faced questions from MPs on Tuesday over months of delays on the northern lines.\n\n"
        "Committee chair Simon Pratt asked whether the minister had read the operator’s own safety report.\n\n"
        "Ashby replied that she had read it twice and ordered an independent review.\n",
        [
            ("the minister had read the operator’s own safety report", "indirect", "Simon Pratt"),
            ("she had read it twice and ordered an independent review", "indirect", "Gwen Ashby"),
        ],
    ),
    (
        "recall-thatless-clauses",
        "Zoo welcomes rare twin calves\n\n"
        "Two Bactrian camel calves were born at Ellmoor Zoo last week.\n\n"
        "Keeper Lydia Marsh said both calves were feeding well and had started to explore the paddock.\n\n"
        "The zoo’s director, Arjun Mehta, told visitors the twins were the first born in a British zoo for a decade.\n\n"
        "Vets believe the mother is healthy.\n",
        [
            ("both calves were feeding well and had started to explore the paddock", "indirect", "Lydia Marsh"),
            ("the twins were the first born in a British zoo for a decade", "indirect", "Arjun Mehta"),
        ],
    ),
    (
        "recall-bullet-list",
        "What the central bank governor said\n\n"
        "Central bank governor Elena Marquez spoke to reporters after the bank held interest rates at 4.5% on Thursday. She said:\n\n"
        "- inflation would fall below 3% by the end of next year;\n"
        "- wage growth was still too strong for a cut;\n"
        "- the bank was ready to act if unemployment rose quickly.\n\n"
        "Markets had expected the decision.\n",
        [
            ("inflation would fall below 3% by the end of next year", "indirect", "Elena Marquez"),
            ("wage growth was still too strong for a cut", "indirect", "Elena Marquez"),
            ("the bank was ready to act if unemployment rose quickly", "indirect", "Elena Marquez"),
        ],
    ),
    (
        "recall-caption-quote",
        "Village fights to keep its post office\n\n"
        "Photo: Postmistress Jean Arkwright behind the counter. “This counter is where the village meets,” she says.\n\n"
        "The Post Office plans to close the branch in Lowther Dale in March.\n\n"
        "Residents have collected 900 signatures against the closure.\n",
        [
            ("This counter is where the village meets", "direct", "Jean Arkwright"),
        ],
    ),
    (
        "recall-single-quotes",
        "Rowing crew smash world record\n\n"
        "The Danish women’s eight set a world best time at the regatta in Lucerne on Saturday.\n\n"
        "'We dreamed of this for four years,' said stroke Freja Holm. 'Today everything clicked.'\n\n"
        "Their coach, Jens Berg, said the crew had trained through the winter on a frozen lake.\n",
        [
            ("We dreamed of this for four years", "direct", "Freja Holm"),
            ("Today everything clicked.", "direct", "Freja Holm"),
            ("the crew had trained through the winter on a frozen lake", "indirect", "Jens Berg"),
        ],
    ),
    (
        "recall-guillemets",
        "Paris bakery wins baguette prize\n\n"
        "A bakery in the 14th arrondissement has won the city’s annual prize for the best baguette.\n\n"
        "«I use the same flour my father used,» said the baker, Hervé Lacombe. «The secret is patience.»\n\n"
        "The winner will supply bread to the presidential palace for a year.\n",
        [
            ("I use the same flour my father used,", "direct", "Hervé Lacombe"),
            ("The secret is patience.", "direct", "Hervé Lacombe"),
        ],
    ),
    (
        "recall-german-quotes",
        "Brewery in Bavaria closes after 400 years\n\n"
        "One of the oldest breweries in Bavaria, the Klosterbräu in Lindach, will close at the end of the year.\n\n"
        "„We could not find anyone in the family to take over,“ said owner Konrad Huber. „It breaks my heart.“\n\n"
        "The buildings will be sold to the town.\n",
        [
            ("We could not find anyone in the family to take over,", "direct", "Konrad Huber"),
            ("It breaks my heart.", "direct", "Konrad Huber"),
        ],
    ),
    (
        "recall-em-dash-dialogue",
        "A night on the trawler\n\n"
        "The skipper, Dougie Bain, stood at the wheel as the Morning Star left harbour at two in the morning.\n\n"
        "— The weather will turn by four, he said. We have two hours to get the nets down.\n\n"
        "His deckhand, Callum Reid, was less worried.\n\n"
        "— He says that every night, Reid said.\n",
        [
            ("The weather will turn by four", "direct", "Dougie Bain"),
            ("We have two hours to get the nets down.", "direct", "Dougie Bain"),
            ("He says that every night", "direct", "Callum Reid"),
        ],
    ),
    (
        "recall-passive-announced",
        "Festival moves to new site\n\n"
        "The Greywater folk festival will move to a larger site next summer, it was announced by the organisers on Monday.\n\n"
        "Festival director Moira Quinn said the old field could not hold more than 8,000 people safely.\n\n"
        "Tickets go on sale in February.\n",
        [
            ("The Greywater folk festival will move to a larger site next summer", "indirect", "organisers"),
            ("the old field could not hold more than 8,000 people safely", "indirect", "Moira Quinn"),
        ],
    ),
    (
        "recall-urged-pleaded",
        "Family appeal for missing walker\n\n"
        "The family of a walker missing in the Cairnmore hills for four days has appealed for help.\n\n"
        "His sister, Rachel Dunn, pleaded with anyone who had been on the hills on Tuesday to come forward.\n\n"
        "Mountain rescue leader Gordon Fyfe urged walkers not to search on their own because the weather was worsening.\n",
        # (gold as first written held the two appeals, "anyone … to come forward" and
        # "walkers not to search …"; the earlier batches never count 'urged X to …' as a
        # statement, so they were dropped after the first scoring to keep one convention)
        [],
    ),
    (
        "recall-reiterated-maintained",
        "Developer defends tower plans\n\n"
        "Plans for a 30-storey tower next to Kelby railway station face a public inquiry next month.\n\n"
        "The developer, Arlington Homes, maintained that the tower would bring 400 affordable homes to the town.\n\n"
        "Campaigner Nadia Haddad reiterated that the tower would overshadow a conservation area.\n\n"
        "Planning officer Ben Crouch noted that the council had received 1,200 objections.\n",
        [
            ("the tower would bring 400 affordable homes to the town", "indirect", "Arlington Homes"),
            ("the tower would overshadow a conservation area", "indirect", "Nadia Haddad"),
            ("the council had received 1,200 objections", "indirect", "Ben Crouch"),
        ],
    ),
    (
        "recall-quipped-remarked",
        "Veteran goalkeeper signs new deal at 41\n\n"
        "Eastfield Town goalkeeper Stan Kowalski has signed a contract for one more season.\n\n"
        "“My knees have asked for a transfer, but the rest of me is staying,” Kowalski quipped.\n\n"
        "Manager Leon Carter remarked that Kowalski trained harder than players half his age.\n",
        [
            ("My knees have asked for a transfer, but the rest of me is staying", "direct", "Stan Kowalski"),
            ("Kowalski trained harder than players half his age", "indirect", "Leon Carter"),
        ],
    ),
    (
        "recall-texted-claimed",
        "Councillor resigns over planning row\n\n"
        "A Morton councillor has resigned after a row over a planning vote.\n\n"
        "Councillor Philip Grange texted colleagues that he could no longer work with the group leader.\n\n"
        "The group leader, Anita Rowe, claimed Grange had leaked the vote in advance.\n\n"
        "Grange observed that nobody had shown him any evidence.\n",
        [
            ("he could no longer work with the group leader", "indirect", "Philip Grange"),
            ("Grange had leaked the vote in advance", "indirect", "Anita Rowe"),
            ("nobody had shown him any evidence", "indirect", "Philip Grange"),
        ],
    ),
    (
        "recall-multi-paragraph-curly-open",
        "Flood victims tell of night the river rose\n\n"
        "Residents of Ashby Mill were woken by sirens shortly after midnight as the river Leven burst its banks.\n\n"
        "Pensioner Dorothy Hale, 82, was carried from her bungalow by firefighters.\n\n"
        "“The water came under the door like someone had turned on a tap,” she said.\n\n"
        "“By the time the firemen arrived it was up to my knees. I just grabbed my husband’s photograph.\n\n"
        "“I have lived here for sixty years and I have never seen anything like it.”\n\n"
        "The Environment Agency said river levels were now falling.\n",
        [
            ("The water came under the door like someone had turned on a tap", "direct", "Dorothy Hale"),
            ("By the time the firemen arrived it was up to my knees. I just grabbed my husband’s photograph.", "direct", "Dorothy Hale"),
            ("I have lived here for sixty years and I have never seen anything like it.", "direct", "Dorothy Hale"),
            ("river levels were now falling", "indirect", "Environment Agency"),
        ],
    ),
    (
        "recall-he-added-split",
        "Hospital opens new cancer unit\n\n"
        "A £20m cancer treatment unit has opened at Northgate Hospital.\n\n"
        "Consultant oncologist Dr Samuel Achebe said patients would no longer have to travel 60 miles for radiotherapy.\n\n"
        "“For many families that journey was the hardest part,” he added. “Now they can be home for tea.”\n",
        [
            ("patients would no longer have to travel 60 miles for radiotherapy", "indirect", "Samuel Achebe"),
            ("For many families that journey was the hardest part", "direct", "Samuel Achebe"),
            ("Now they can be home for tea.", "direct", "Samuel Achebe"),
        ],
    ),
    (
        "recall-colon-no-verb-org",
        "Supermarket defends price rises\n\n"
        "Shoppers have complained about the cost of basic food at Freshway stores.\n\n"
        "Freshway’s response: “Our prices reflect the costs we face from farmers and energy suppliers.”\n\n"
        "Consumer group Fairshop said prices had risen faster at Freshway than at its rivals.\n",
        [
            ("Our prices reflect the costs we face from farmers and energy suppliers.", "direct", "Freshway"),
            ("prices had risen faster at Freshway than at its rivals", "indirect", "Fairshop"),
        ],
    ),
    (
        "recall-warned-recalled",
        "Veteran recalls wartime airfield\n\n"
        "The airfield at Hensby, closed since 1958, is to become a housing estate.\n\n"
        "Former mechanic Walter Pike, 99, recalled that the runway was so muddy in winter that planes sank to their axles.\n\n"
        "Local historian Ruth Cole warned the last hangar would be lost unless it was listed.\n",
        [
            ("the runway was so muddy in winter that planes sank to their axles", "indirect", "Walter Pike"),
            ("the last hangar would be lost unless it was listed", "indirect", "Ruth Cole"),
        ],
    ),
    (
        "trap-quoted-titles-slogans",
        "Theatre season opens with new musical\n\n"
        "The Kingsway Theatre opens its season on Friday with “Northern Lights”, a musical about a mining town.\n\n"
        "Protesters outside carried signs reading “Save Our Stage” after the council cut the theatre’s grant.\n\n"
        "The production runs until 12 November.\n",
        [],
    ),
    (
        "trap-scare-quotes-so-called",
        "Regulator looks at ‘buy now, pay later’ firms\n\n"
        "The financial regulator will examine so-called “buy now, pay later” lenders after a rise in complaints.\n\n"
        "The firms’ “interest-free” deals have become popular with shoppers under 25.\n\n"
        "The review will report in the spring.\n",
        [],
    ),
    (
        "trap-sign-and-nickname",
        "Cafe owner’s sign goes viral\n\n"
        "A sign in the window of a café in Brindle reading “No laptops after noon” has been shared thousands of times online.\n\n"
        "The café, known locally as “the Blue Door”, opened in 1974.\n\n"
        "The phrase “third place” is used by sociologists to describe spaces between home and work.\n",
        [],
    ),
]


# Written after the rules for RECALL_CASES, and scored once with them (the
# first score is in test_speech_corpus.py and in the commit that added it).
RECALL_AFTER_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "recall-after-vet-multi-paragraph",
        "Vet warns of tick season\n\n"
        "Vets in the Dunmore area have seen twice as many dogs with tick-borne illness this spring.\n\n"
        "\u201cWe used to see one case a month,\u201d said Dr Niamh Corcoran, who runs a surgery in Dunmore. \u201cNow it is one a week.\n\n"
        "\u201cOwners should check their dogs every evening after a walk in long grass.\u201d\n\n"
        "Corcoran predicted the numbers would rise again in the autumn.\n",
        [
            ("We used to see one case a month", "direct", "Niamh Corcoran"),
            ("Now it is one a week.", "direct", "Niamh Corcoran"),
            ("Owners should check their dogs every evening after a walk in long grass.", "direct", "Niamh Corcoran"),
            ("the numbers would rise again in the autumn", "indirect", "Niamh Corcoran"),
        ],
    ),
    (
        "recall-after-cycling-colon-verbs",
        "Cyclist stripped of title\n\n"
        "The national cycling federation has stripped road champion Emil Varga of his title after a failed drugs test.\n\n"
        "Varga maintained he had never knowingly taken a banned substance. His response: \u201cI will clear my name in court.\u201d\n\n"
        "Federation president Lotte Kruger acknowledged that the case had damaged the sport.\n",
        [
            ("he had never knowingly taken a banned substance", "indirect", "Emil Varga"),
            ("I will clear my name in court.", "direct", "Emil Varga"),
            ("the case had damaged the sport", "indirect", "Lotte Kruger"),
        ],
    ),
    (
        "recall-after-school-list",
        "Head teacher sets out plans for new term\n\n"
        "Parents at Millbrook Primary received a letter from the head teacher, Graham Oduya, on Friday.\n\n"
        "In it, Oduya wrote:\n\n"
        "\u2022 the school day would start ten minutes earlier from September;\n"
        "\u2022 mobile phones would be handed in at the gate;\n"
        "\u2022 the breakfast club would be free for every pupil.\n\n"
        "Some parents said they had not been consulted.\n",
        [
            ("the school day would start ten minutes earlier from September", "indirect", "Graham Oduya"),
            ("mobile phones would be handed in at the gate", "indirect", "Graham Oduya"),
            ("the breakfast club would be free for every pupil", "indirect", "Graham Oduya"),
            ("they had not been consulted", "indirect", "parents"),
        ],
    ),
    (
        "recall-after-court-according-middle",
        "Builder jailed for roof scam\n\n"
        "A builder who took deposits for roofs he never fixed has been jailed for three years at Larkhill Crown Court.\n\n"
        "The victims, according to prosecutor Hannah Voss, were mostly pensioners living alone.\n\n"
        "The builder, Craig Denholm, 51, told the court he had intended to finish every job.\n\n"
        "Judge Peter Lusk asked whether any of the money had been repaid.\n",
        [
            ("The victims, according to prosecutor Hannah Voss, were mostly pensioners living alone", "indirect", "Hannah Voss"),
            ("he had intended to finish every job", "indirect", "Craig Denholm"),
            ("any of the money had been repaid", "indirect", "Peter Lusk"),
        ],
    ),
    (
        "recall-after-says-present",
        "The last clog maker in the valley\n\n"
        "In a workshop behind his house, Arne Nilsen carves clogs from alder wood, as his grandfather did.\n\n"
        "He says a good pair takes two days and lasts ten years.\n\n"
        "\u201cPeople buy them as ornaments now,\u201d Nilsen says, \u201cbut they were made for mud.\u201d\n",
        [
            ("a good pair takes two days and lasts ten years", "indirect", "Arne Nilsen"),
            ("People buy them as ornaments now", "direct", "Arne Nilsen"),
            ("but they were made for mud.", "direct", "Arne Nilsen"),
        ],
    ),
    (
        "recall-after-passive-and-statement",
        "Airport to build second runway\n\n"
        "Calderport airport will build a second runway by 2032, it was announced on Wednesday.\n\n"
        "In a statement, the airport's owners said the runway would create 3,000 jobs.\n\n"
        "Campaign group Quiet Skies vowed to challenge the plan in court.\n\n"
        "Speaking to local radio, resident Joan Pardew said the noise was already unbearable.\n",
        [
            ("Calderport airport will build a second runway by 2032", "indirect", None),
            ("the runway would create 3,000 jobs", "indirect", "owners"),
            ("the noise was already unbearable", "indirect", "Joan Pardew"),
        ],
    ),
    (
        "recall-after-guillemets-single",
        "Swiss village votes to keep its cable car\n\n"
        "Voters in the village of Oberried have agreed to pay for repairs to their 60-year-old cable car.\n\n"
        "\u00abWithout it we would be cut off every winter,\u00bb said mayor Ursula Imhof.\n\n"
        "'It is our road,' added farmer Beat Zurbriggen. 'We have no other.'\n",
        [
            ("Without it we would be cut off every winter,", "direct", "Ursula Imhof"),
            ("It is our road,", "direct", "Beat Zurbriggen"),
            ("We have no other.", "direct", "Beat Zurbriggen"),
        ],
    ),
    (
        "recall-after-verbs-tweeted-cautioned",
        "Storm chaser's warning goes viral\n\n"
        "Forecasters have issued an amber warning for thunderstorms across the east on Saturday.\n\n"
        "Meteorologist Keith Armitage cautioned that hail the size of golf balls was possible in places.\n\n"
        "Storm chaser Dana Whitlow tweeted that she had never seen the sky turn green so quickly.\n\n"
        "The Met service conceded its first forecast had underestimated the storm.\n",
        [
            ("hail the size of golf balls was possible in places", "indirect", "Keith Armitage"),
            ("she had never seen the sky turn green so quickly", "indirect", "Dana Whitlow"),
            ("its first forecast had underestimated the storm", "indirect", "service"),
        ],
    ),
    (
        "recall-after-trap-slogans",
        "Climate march fills city centre\n\n"
        "Thousands of people marched through Brannock on Saturday carrying banners reading \u201cThere is no planet B\u201d.\n\n"
        "The march ended at the so-called \u201cgreen mile\u201d, a row of solar-powered shops.\n\n"
        "A song called \u201cRising Tide\u201d was played from a lorry at the front.\n",
        [],
    ),
    (
        "recall-after-message-clear",
        "Hospital chief warns of winter pressure\n\n"
        "The chief executive of Westmere Hospitals, Priti Nanda, spoke to staff on Tuesday. Her warning was stark: the wards would be full by December.\n\n"
        "Nurses' representative Colin Byrne complained that staff had not had a day off in weeks.\n",
        [
            ("the wards would be full by December", "indirect", "Priti Nanda"),
            ("staff had not had a day off in weeks", "indirect", "Colin Byrne"),
        ],
    ),
]
