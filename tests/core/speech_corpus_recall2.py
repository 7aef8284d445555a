"""A sixteenth batch of invented news texts (the "statement recall" task,
fifth round), written before any rule was changed for it and scored once as
it was (the first score is recorded in test_speech_corpus.py and in the
commit that added this file).

Whole articles on subjects the earlier batches had few of (harbour works,
bin rounds, a storm, a bowls-club fraud, a county cup, school meals, a
flood baker, glaciers, a festival, hospital IT, a wildfire, cereal results,
a cash-machine raid, a mayoral race, a rail strike, a museum wing, housing,
tennis, olives, a school inspection, trams, a tapir, a timber claim, a
heatwave, a charity chief, a novel, a marathon, a paint factory). They aim
at recall: statements spread over paragraphs, long quotations whose cue
comes in the middle of the second sentence, reported speech with the verb
at the end ("…, the agency said in a report released on Friday"), "X added"
/ "he went on" continuations, quotations in headlines and subheads,
interviews quoted with "told the Gazette", organisations speaking ("the
ministry said in a statement"), social-media posts ("wrote on X", "posted on
Facebook", "in a post on LinkedIn"), statements in parentheses, and traps
(quoted titles, nicknames, scare quotes, slogans, a banner, a report cited).

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker); a lower-case speaker is a group, an organisation or a
role named by its head noun; None means the text names nobody. Every
person, firm, club and place is fictional. Conventions kept from earlier
batches: a document cited ("according to a study", "the report says") is
no speaker and its claim no statement; an appeal ("asked anyone … to get in
touch", "urged people to …") is no statement; a reported headline the body
reports again is no statement of its own.
"""

from __future__ import annotations

RECALL2_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "recall2-harbour-dredging",
        "Harbour dredging delayed by a year\n\n"
        "Work to deepen the channel at Port Ellery will not start until next summer, the harbour board said in a report released on Friday.\n\n"
        "The delay follows a shortage of dredging vessels across northern Europe and a legal challenge by a shellfish cooperative.\n\n"
        "“We have done everything we can to keep the timetable. The vessels we booked, however,” said harbour master Ines Falk, “were sold to a Danish contractor in March.”\n\n"
        "Falk added that the board would seek compensation from the broker.\n\n"
        "The cooperative’s lawyer, Martin Reeve, told the Ellery Gazette his clients had never opposed the dredging itself, only the dumping ground chosen for the spoil.\n",
        [
            ("Work to deepen the channel at Port Ellery will not start until next summer", "indirect", "board"),
            ("We have done everything we can to keep the timetable. The vessels we booked, however", "direct", "Ines Falk"),
            ("were sold to a Danish contractor in March.", "direct", "Ines Falk"),
            ("the board would seek compensation from the broker", "indirect", "Ines Falk"),
            ("his clients had never opposed the dredging itself, only the dumping ground chosen for the spoil", "indirect", "Martin Reeve"),
        ],
    ),
    (
        "recall2-councillor-facebook",
        "Councillor apologises for bin collection post\n\n"
        "A Marchbury councillor has apologised after a post about missed bin collections was shared thousands of times.\n\n"
        "Cllr Tessa Whitlow wrote on Facebook on Sunday that crews in the Orchard ward had \"simply stopped bothering\" since the new contract began.\n\n"
        "The contractor, Greenline Services, posted on X that every round had been completed on time for six weeks.\n\n"
        "On Monday Whitlow posted again. \"I was wrong to single out the crews, who work hard in all weathers,\" she wrote. \"My quarrel is with the contract, not with them.\"\n\n"
        "Council leader Amir Sadiq said he welcomed the apology.\n",
        [
            ("crews in the Orchard ward had \"simply stopped bothering\" since the new contract began", "indirect", "Tessa Whitlow"),
            ("every round had been completed on time for six weeks", "indirect", "Greenline Services"),
            ("I was wrong to single out the crews, who work hard in all weathers", "direct", "Tessa Whitlow"),
            ("My quarrel is with the contract, not with them.", "direct", "Tessa Whitlow"),
            ("he welcomed the apology", "indirect", "Amir Sadiq"),
        ],
    ),
    (
        "recall2-storm-parentheses",
        "Storm leaves 40,000 homes without power\n\n"
        "Storm Odile brought gusts of 90mph to the west coast overnight, cutting power to about 40,000 homes.\n\n"
        "Engineers worked through the night (the network operator said about 300 were in the field by dawn) and most supplies were back by noon.\n\n"
        "In Carrick Bay a fishing boat broke its moorings and sank in the harbour. Its owner, Declan Roe (\"I have had her twenty years,\" he said), watched from the quay.\n\n"
        "The Met Office said the winds would ease on Wednesday but warned that rivers in low-lying areas could burst their banks.\n",
        [
            ("about 300 were in the field by dawn", "indirect", "operator"),
            ("I have had her twenty years", "direct", "Declan Roe"),
            ("the winds would ease on Wednesday", "indirect", "Met Office"),
            ("rivers in low-lying areas could burst their banks", "indirect", "Met Office"),
        ],
    ),
    (
        "recall2-bowls-fraud-headline",
        "Judge: ‘This fraud was cold and calculated’\n\n"
        "Former treasurer jailed for four years\n\n"
        "A former treasurer of a Lowestead bowls club who stole £212,000 from its accounts has been jailed for four years.\n\n"
        "Neville Ashcroft, 67, admitted fraud at an earlier hearing. Sentencing him at Lowestead Crown Court on Tuesday, Judge Harriet Byrne said he had betrayed friends of forty years.\n\n"
        "“You took money that elderly members had saved for new greens,” she told him. “You spent it on cruises and a sports car.”\n\n"
        "Defending, Simon Kale said his client was deeply ashamed and had sold his house to repay what he could.\n\n"
        "Club secretary Maureen Platt told the Lowestead Echo outside court: “We will never get it all back, but today we got justice.”\n",
        [
            ("This fraud was cold and calculated", "direct", "Harriet Byrne"),
            ("he had betrayed friends of forty years", "indirect", "Harriet Byrne"),
            ("You took money that elderly members had saved for new greens", "direct", "Harriet Byrne"),
            ("You spent it on cruises and a sports car.", "direct", "Harriet Byrne"),
            ("his client was deeply ashamed and had sold his house to repay what he could", "indirect", "Simon Kale"),
            ("We will never get it all back, but today we got justice.", "direct", "Maureen Platt"),
        ],
    ),
    (
        "recall2-county-cup-went-on",
        "Harwood lift cup after extra time\n\n"
        "Harwood Athletic won the county cup for the first time in 31 years, beating Stallbridge 3-2 after extra time at Ferris Park.\n\n"
        "Manager Callum Dorsey could barely speak at the final whistle. “I have been coming to this ground since I was six,” he said. “My dad brought me, and he would have loved tonight.”\n\n"
        "He went on: “The lads ran until they had nothing left. Some of them were playing with injuries nobody outside the dressing room knew about.”\n\n"
        "Dorsey went on to praise the supporters, who filled the away end.\n\n"
        "Stallbridge captain Femi Adeyemi said his side had thrown the game away. “We were 2-0 up with twenty minutes left. That should never happen at this level,” he said.\n",
        [
            ("I have been coming to this ground since I was six", "direct", "Callum Dorsey"),
            ("My dad brought me, and he would have loved tonight.", "direct", "Callum Dorsey"),
            ("The lads ran until they had nothing left. Some of them were playing with injuries nobody outside the dressing room knew about.", "direct", "Callum Dorsey"),
            ("his side had thrown the game away", "indirect", "Femi Adeyemi"),
            ("We were 2-0 up with twenty minutes left. That should never happen at this level", "direct", "Femi Adeyemi"),
        ],
    ),
    (
        "recall2-school-meals-ministry",
        "Ministry orders review of school meal contracts\n\n"
        "The education ministry has ordered a review of every school meal contract in the country after pupils in three regions fell ill.\n\n"
        "About 140 children were treated for stomach complaints last week. None was seriously ill, the ministry said in a statement on Sunday.\n\n"
        "The caterer involved, Brightplate, said it had suspended deliveries from one of its kitchens and was cooperating fully with inspectors.\n\n"
        "“Families deserve to know that what their children eat at school is safe,” the statement said. “No contract will be renewed until the review is complete.”\n\n"
        "The teachers’ union said the review was overdue.\n",
        [
            ("None was seriously ill", "indirect", "ministry"),
            ("it had suspended deliveries from one of its kitchens and was cooperating fully with inspectors", "indirect", "Brightplate"),
            ("Families deserve to know that what their children eat at school is safe", "direct", "ministry"),
            ("No contract will be renewed until the review is complete.", "direct", "ministry"),
            ("the review was overdue", "indirect", "union"),
        ],
    ),
    (
        "recall2-flood-baker-gazette",
        "Baker who fed a village during the floods\n\n"
        "When the river cut Wenbury off for nine days in February, Lidia Moreno kept her bakery open through the night.\n\n"
        "“I had flour for two weeks and an oven that runs on gas,” Moreno told the Gazette this week. “It seemed stupid to sit upstairs while people had no bread.”\n\n"
        "She baked about 600 loaves a day, she said, and gave most of them away.\n\n"
        "Her neighbour Colin Brayfield, 81, told the Gazette he had eaten her sourdough every morning of the flood. “She is the reason half this street did not go hungry,” he said.\n\n"
        "Moreno says she has no plans to expand. “One oven is enough for one woman,” she laughed.\n",
        [
            ("I had flour for two weeks and an oven that runs on gas", "direct", "Lidia Moreno"),
            ("It seemed stupid to sit upstairs while people had no bread.", "direct", "Lidia Moreno"),
            ("She baked about 600 loaves a day, she said, and gave most of them away", "indirect", "Lidia Moreno"),
            ("he had eaten her sourdough every morning of the flood", "indirect", "Colin Brayfield"),
            ("She is the reason half this street did not go hungry", "direct", "Colin Brayfield"),
            ("she has no plans to expand", "indirect", "Lidia Moreno"),
            ("One oven is enough for one woman", "direct", "Lidia Moreno"),
        ],
    ),
    (
        "recall2-glacier-researchers-wrote",
        "Glacier loss in the Tarvos range doubled in a decade\n\n"
        "Glaciers in the Tarvos range lost ice twice as fast in the past ten years as in the decade before, according to a study published on Thursday.\n\n"
        "The smallest glaciers could vanish entirely by 2050, the researchers wrote in the journal Alpine Earth.\n\n"
        "Lead author Dr Kasia Nowicka, of the University of Lindholm, said the findings were worse than her team had expected. “We went back and checked the satellite data three times,” she said.\n\n"
        "Nowicka added that farmers downstream should start planning for drier summers now.\n",
        [
            ("The smallest glaciers could vanish entirely by 2050", "indirect", "researchers"),
            ("the findings were worse than her team had expected", "indirect", "Kasia Nowicka"),
            ("We went back and checked the satellite data three times", "direct", "Kasia Nowicka"),
            ("farmers downstream should start planning for drier summers now", "indirect", "Kasia Nowicka"),
        ],
    ),
    (
        "recall2-trap-festival-slogans",
        "Festival line-up announced\n\n"
        "The Kelwick arts festival will open on 4 July with a staging of the musical “Wide Awake in Paradise”, followed by the premiere of the short film “Nobody Told the River”.\n\n"
        "Organisers have built the programme around the theme “Streets That Sing”, and posters reading “Come as you are” have gone up across the town.\n\n"
        "The so-called “silent disco” on the pier returns for a third year, along with the “pay what you can” ticket scheme.\n\n"
        "Tickets go on sale on Monday.\n",
        [],
    ),
    (
        "recall2-hospital-it-added",
        "Hospital cancels operations after IT failure\n\n"
        "St Brennan’s Hospital in Audley cancelled 86 planned operations on Tuesday after its computer systems failed overnight.\n\n"
        "A spokeswoman for the hospital said staff had switched to paper records and that emergency care was running normally. Patients whose operations were cancelled would be contacted within 48 hours, she added.\n\n"
        "The failure was caused by a faulty update from a software supplier, the hospital’s chief executive, Dr Owen Basu, wrote in a message to staff that was seen by the Audley Courier.\n\n"
        "“I want to thank every one of you for your calm,” the message said.\n\n"
        "The supplier did not respond to a request for comment.\n",
        [
            ("staff had switched to paper records and that emergency care was running normally", "indirect", "hospital"),
            ("Patients whose operations were cancelled would be contacted within 48 hours", "indirect", "hospital"),
            ("The failure was caused by a faulty update from a software supplier", "indirect", "Owen Basu"),
            ("I want to thank every one of you for your calm", "direct", "Owen Basu"),
        ],
    ),
    (
        "recall2-wildfire-subhead",
        "Wildfire crews hold the line above Saltcombe\n\n"
        "‘We had minutes to get out,’ say campers\n\n"
        "Firefighters kept a wildfire on the moors above Saltcombe from reaching the village overnight, the county fire service said on Saturday morning.\n\n"
        "About 200 people were moved from two campsites on Friday evening as the flames spread across dry heather.\n\n"
        "Among them was Priya Chandran, who was staying with her two children. “The smoke came over the hill like a wall. We had minutes,” she said, “and I left everything except the car keys.”\n\n"
        "Group manager Rob Hennessy said the fire had burned about 400 hectares. Crews would stay on the moor for several days to put out hot spots, he said.\n",
        [
            ("We had minutes to get out", "direct", "campers"),
            ("Firefighters kept a wildfire on the moors above Saltcombe from reaching the village overnight", "indirect", "service"),
            ("The smoke came over the hill like a wall. We had minutes", "direct", "Priya Chandran"),
            ("and I left everything except the car keys.", "direct", "Priya Chandran"),
            ("the fire had burned about 400 hectares", "indirect", "Rob Hennessy"),
            ("Crews would stay on the moor for several days to put out hot spots", "indirect", "Rob Hennessy"),
        ],
    ),
    (
        "recall2-cereal-results-annual-report",
        "Tollbridge Foods profits fall as costs bite\n\n"
        "Tollbridge Foods, the maker of Crunchwell cereals, reported a 14% fall in annual profit on Wednesday.\n\n"
        "Higher prices for grain and packaging had cut its margins by almost two percentage points, the company said in its annual report.\n\n"
        "Chief executive Helen Marsh told analysts on a call that the worst of the cost rises was over. Prices in the shops would not go up again this year, she said.\n\n"
        "“We have taken difficult decisions, including closing our plant in Wexley. I know what that means,” Marsh said, “for the 300 people who worked there.”\n\n"
        "Shares rose 3% in early trading.\n",
        [
            ("Higher prices for grain and packaging had cut its margins by almost two percentage points", "indirect", "Tollbridge Foods"),
            ("the worst of the cost rises was over", "indirect", "Helen Marsh"),
            ("Prices in the shops would not go up again this year", "indirect", "Helen Marsh"),
            ("We have taken difficult decisions, including closing our plant in Wexley. I know what that means", "direct", "Helen Marsh"),
            ("for the 300 people who worked there.", "direct", "Helen Marsh"),
        ],
    ),
    (
        "recall2-cash-machine-posts",
        "Police appeal after cash machine raid\n\n"
        "Thieves used a stolen digger to rip a cash machine from the wall of a village shop in Upper Tenby early on Sunday.\n\n"
        "Greyshire Police wrote on X that the machine was later found empty in a field two miles away. The force asked anyone with dashcam footage to get in touch.\n\n"
        "The shop’s owner, Raj Kapoor, posted on Facebook that the front of the building would have to be rebuilt. “Twenty years of work, gone in five minutes,” he wrote.\n\n"
        "Detective Sergeant Amy Liddell said: “This was planned. Someone will have seen the digger on the road at three in the morning.”\n",
        [
            ("the machine was later found empty in a field two miles away", "indirect", "police"),
            ("the front of the building would have to be rebuilt", "indirect", "Raj Kapoor"),
            ("Twenty years of work, gone in five minutes", "direct", "Raj Kapoor"),
            ("This was planned. Someone will have seen the digger on the road at three in the morning.", "direct", "Amy Liddell"),
        ],
    ),
    (
        "recall2-mayoral-buses-spread",
        "Mayoral hopeful promises free buses for under-18s\n\n"
        "Green candidate Noor Hassan launched her campaign for mayor of Dunmere on Monday with a promise of free bus travel for everyone under 18.\n\n"
        "Speaking at a depot in the east of the city, Hassan said the scheme would cost about £6m a year and would be paid for by a levy on workplace parking.\n\n"
        "“Young people are priced out of their own city. A return ticket to the college costs more than an hour’s wage for a sixteen-year-old,” she said.\n\n"
        "She went on to say that the levy would exempt hospitals and schools.\n\n"
        "The Conservative candidate, Giles Arbuthnot, called the plan “a tax on getting to work”. Labour’s Dave Kimber said he would study the costings.\n",
        [
            ("the scheme would cost about £6m a year and would be paid for by a levy on workplace parking", "indirect", "Noor Hassan"),
            ("Young people are priced out of their own city. A return ticket to the college costs more than an hour’s wage for a sixteen-year-old", "direct", "Noor Hassan"),
            ("the levy would exempt hospitals and schools", "indirect", "Noor Hassan"),
            ("a tax on getting to work", "partial", "Giles Arbuthnot"),
            ("he would study the costings", "indirect", "Dave Kimber"),
        ],
    ),
    (
        "recall2-rail-strike-union",
        "Rail strike called off after late talks\n\n"
        "A strike that would have halted trains across the Kestrel Line network on Friday has been called off, the Locomotive Crews Union said late on Wednesday.\n\n"
        "The union said in a statement that the operator had improved its pay offer and dropped plans to cut guards from weekend services. Members will vote on the new offer next month.\n\n"
        "Kestrel Line’s operations director, Sunita Varma, said she was “relieved for passengers and for staff”.\n\n"
        "(The union had called off a strike in March too, before the operator’s first offer was rejected by members.)\n\n"
        "Passenger group RailFirst said commuters had been left in limbo for too long.\n",
        [
            ("A strike that would have halted trains across the Kestrel Line network on Friday has been called off", "indirect", "union"),
            ("the operator had improved its pay offer and dropped plans to cut guards from weekend services", "indirect", "union"),
            ("she was “relieved for passengers and for staff”", "indirect", "Sunita Varma"),
            ("commuters had been left in limbo for too long", "indirect", "RailFirst"),
        ],
    ),
    (
        "recall2-museum-scare-quotes",
        "Museum defends ‘ugly’ new wing\n\n"
        "The Holloway Museum has defended its new glass wing after critics called it an “eyesore”.\n\n"
        "The extension, nicknamed “the Greenhouse” by locals, opened on Saturday. Its architect described it as a “lantern for the town”.\n\n"
        "Museum director Fiona Blake said the building would age well. “Every new building is hated for ten years and loved for a hundred,” she said.\n\n"
        "A banner across the entrance reads “Art for everyone, every day”.\n",
        [
            ("eyesore", "partial", "critics"),
            ("lantern for the town", "partial", "architect"),
            ("the building would age well", "indirect", "Fiona Blake"),
            ("Every new building is hated for ten years and loved for a hundred", "direct", "Fiona Blake"),
        ],
    ),
    (
        "recall2-housing-minister-interview",
        "Minister: housing target will be missed\n\n"
        "The housing minister, Robert Ellingham, has admitted for the first time that the government will not build the 300,000 homes a year it promised.\n\n"
        "In an interview with the Sunday Ledger, Ellingham said planning delays and the cost of materials had made the target “out of reach for now”.\n\n"
        "“I would rather be honest with people than keep repeating a number we cannot hit,” he told the paper. “We will get closer every year, but not this year and probably not next.”\n\n"
        "Opposition housing spokeswoman Karen Doyle said the admission was “long overdue”. The minister had spent two years denying what every builder in the country knew, she added.\n",
        [
            ("the government will not build the 300,000 homes a year it promised", "indirect", "Robert Ellingham"),
            ("planning delays and the cost of materials had made the target “out of reach for now”", "indirect", "Robert Ellingham"),
            ("I would rather be honest with people than keep repeating a number we cannot hit", "direct", "Robert Ellingham"),
            ("We will get closer every year, but not this year and probably not next.", "direct", "Robert Ellingham"),
            ("the admission was “long overdue”", "indirect", "Karen Doyle"),
            ("The minister had spent two years denying what every builder in the country knew", "indirect", "Karen Doyle"),
        ],
    ),
    (
        "recall2-tennis-long-quote",
        "Okafor through to Marlow Open final\n\n"
        "Chidi Okafor reached his first tour final on Saturday with a 6-4 7-6 win over the second seed, Lars Brandt, at the Marlow Open.\n\n"
        "The 21-year-old had been ranked outside the top 200 a year ago. “I nearly stopped playing last winter. My knee was bad, I had no money and I was sleeping,” Okafor said, “on a friend’s sofa in Lagos.”\n\n"
        "Brandt, who saved four match points, was gracious in defeat. “He hits the ball as hard as anyone I have played,” the German told reporters. “If he stays healthy he will be top 20.”\n\n"
        "Okafor will play the Spaniard Mateo Ruiz in Sunday’s final.\n",
        [
            ("I nearly stopped playing last winter. My knee was bad, I had no money and I was sleeping", "direct", "Chidi Okafor"),
            ("on a friend’s sofa in Lagos.", "direct", "Chidi Okafor"),
            ("He hits the ball as hard as anyone I have played", "direct", "Lars Brandt"),
            ("If he stays healthy he will be top 20.", "direct", "Lars Brandt"),
        ],
    ),
    (
        "recall2-olive-agency-wire",
        "Drought cuts olive harvest by a third\n\n"
        "LISBON, Nov 12 — Olive oil output in the Alvara region will fall by about a third this year after the driest summer on record, the regional farm agency said in a report released on Friday.\n\n"
        "Yields per tree were the lowest since 1995, the agency added, and some growers had abandoned irrigated groves because they could not pay for water.\n\n"
        "Prices paid to farmers have already risen by half since the spring, according to the agency.\n\n"
        "“Nobody under sixty has seen a year like this,” said Joaquim Serra, who farms 40 hectares near Évora do Sul. He said he would keep his workers on through the winter even if it cost him his savings.\n",
        [
            ("Olive oil output in the Alvara region will fall by about a third this year after the driest summer on record", "indirect", "agency"),
            ("Yields per tree were the lowest since 1995, the agency added, and some growers had abandoned irrigated groves because they could not pay for water", "indirect", "agency"),
            ("Prices paid to farmers have already risen by half since the spring", "indirect", "agency"),
            ("Nobody under sixty has seen a year like this", "direct", "Joaquim Serra"),
            ("he would keep his workers on through the winter even if it cost him his savings", "indirect", "Joaquim Serra"),
        ],
    ),
    (
        "recall2-school-inspection-parenthesis",
        "School rated inadequate after inspection\n\n"
        "Fernhill Academy in Tolworth has been rated inadequate by inspectors after a visit in October.\n\n"
        "The report, published on Thursday, says leaders had “lost sight of the basics”.\n\n"
        "Headteacher Graham Lowe (who took over in January) said the school accepted the findings. Much of the behaviour described dated from before his arrival, he said, and exclusions had already halved.\n\n"
        "Parent Michelle Tan told the Tolworth Post her son had been bullied for a year before anyone acted. “I wrote to the school six times,” she said. “Nobody wrote back.”\n",
        [
            ("the school accepted the findings", "indirect", "Graham Lowe"),
            ("Much of the behaviour described dated from before his arrival, he said, and exclusions had already halved", "indirect", "Graham Lowe"),
            ("her son had been bullied for a year before anyone acted", "indirect", "Michelle Tan"),
            ("I wrote to the school six times", "direct", "Michelle Tan"),
            ("Nobody wrote back.", "direct", "Michelle Tan"),
        ],
    ),
    (
        "recall2-tram-authority-parenthesis",
        "New tram line to open two years late\n\n"
        "The Eastway tram extension will open in 2029, two years later than planned, the city’s transport authority confirmed on Tuesday.\n\n"
        "Costs have risen to £410m from £290m (the authority blames “ground conditions nobody could have foreseen”), and a third of the track has still to be laid.\n\n"
        "Councillor Bea Lindholm, who chairs the transport committee, said residents along the route had been “let down badly”. She wants an independent review of the contract.\n\n"
        "“We were told the ground surveys were thorough,” she said. “Clearly they were not.”\n",
        [
            ("The Eastway tram extension will open in 2029, two years later than planned", "indirect", "authority"),
            ("ground conditions nobody could have foreseen", "partial", "authority"),
            ("residents along the route had been “let down badly”", "indirect", "Bea Lindholm"),
            ("We were told the ground surveys were thorough", "direct", "Bea Lindholm"),
            ("Clearly they were not.", "direct", "Bea Lindholm"),
        ],
    ),
    (
        "recall2-tapir-instagram",
        "Rare tapir calf born at Highmoor Zoo\n\n"
        "A Malayan tapir calf has been born at Highmoor Zoo, the first of its kind born in the county.\n\n"
        "The zoo announced the birth on Instagram on Monday, writing that mother and calf were “doing brilliantly”.\n\n"
        "Keeper Tom Ashby, who has looked after the mother for six years, said the calf was already feeding well. “She was up on her feet within an hour,” he said. “The stripes will fade by the time she is six months old.”\n\n"
        "Visitors will be able to see the calf from next week, the zoo said.\n",
        [
            ("mother and calf were “doing brilliantly”", "indirect", "zoo"),
            ("the calf was already feeding well", "indirect", "Tom Ashby"),
            ("She was up on her feet within an hour", "direct", "Tom Ashby"),
            ("The stripes will fade by the time she is six months old.", "direct", "Tom Ashby"),
            ("Visitors will be able to see the calf from next week", "indirect", "zoo"),
        ],
    ),
    (
        "recall2-timber-ruling",
        "Supplier wins £2m claim against builder\n\n"
        "A timber supplier has won a £2.1m claim against a housebuilder that refused to pay for a delivery of wood.\n\n"
        "In a ruling handed down on Wednesday, Judge Amelia Pereira found that the wood had met the contract’s standard when it was delivered. The builder, Castlegate Homes, had stored it uncovered for three months, she said.\n\n"
        "“The damp was of the builder’s own making,” the judge wrote.\n\n"
        "Castlegate said it was disappointed and would consider an appeal. The supplier’s managing director, Ewan Gillies, said the firm had nearly gone under while it waited to be paid.\n",
        [
            ("the wood had met the contract’s standard when it was delivered", "indirect", "Amelia Pereira"),
            ("The builder, Castlegate Homes, had stored it uncovered for three months", "indirect", "Amelia Pereira"),
            ("The damp was of the builder’s own making", "direct", "Amelia Pereira"),
            ("it was disappointed and would consider an appeal", "indirect", "Castlegate Homes"),
            ("the firm had nearly gone under while it waited to be paid", "indirect", "Ewan Gillies"),
        ],
    ),
    (
        "recall2-heatwave-briefing",
        "Heatwave warning extended to Sunday\n\n"
        "Temperatures could reach 38C in the south-east on Saturday, the national weather service said on Thursday as it extended its heat warning to the weekend.\n\n"
        "Nights would stay above 22C in cities, making it hard for people to sleep, forecaster Leah Dunmore said in a briefing.\n\n"
        "Health officials urged people to check on elderly neighbours.\n\n"
        "“Heat kills quietly. Most of the people who die in a heatwave are alone at home, and nobody notices until it is too late,” said Dr Sami Rahal, a public health consultant.\n",
        [
            ("Temperatures could reach 38C in the south-east on Saturday", "indirect", "service"),
            ("Nights would stay above 22C in cities, making it hard for people to sleep", "indirect", "Leah Dunmore"),
            ("Heat kills quietly. Most of the people who die in a heatwave are alone at home, and nobody notices until it is too late", "direct", "Sami Rahal"),
        ],
    ),
    (
        "recall2-charity-linkedin",
        "Charity chief steps down after funding row\n\n"
        "The chief executive of the homelessness charity Open Door North, Martin Feld, has resigned after a row over a grant from a gambling firm.\n\n"
        "In a post on LinkedIn on Tuesday, Feld wrote that he had made “a judgement call that many supporters could not accept”.\n\n"
        "“I still believe the money would have helped people sleeping rough this winter,” he wrote. “But a charity runs on trust, and I have lost some of it.”\n\n"
        "The charity’s chair, Joan Whitaker, thanked Feld for nine years of work. The grant has been returned, she confirmed.\n",
        [
            ("he had made “a judgement call that many supporters could not accept”", "indirect", "Martin Feld"),
            ("I still believe the money would have helped people sleeping rough this winter", "direct", "Martin Feld"),
            ("But a charity runs on trust, and I have lost some of it.", "direct", "Martin Feld"),
            ("The grant has been returned", "indirect", "Joan Whitaker"),
        ],
    ),
    (
        "recall2-trap-novel-review",
        "Review: a slow-burning thriller set on the fens\n\n"
        "“The Drowned Acre”, the third novel by Imogen Sale, opens with a body in a drainage ditch and the words “Nobody leaves the fen”.\n\n"
        "Sale has a fine ear for the flat, wary talk of the villages, and her detective, a weary sergeant called Hal Pryor, is better drawn than most.\n\n"
        "The so-called “fen noir” wave has produced a dozen such books in five years; this is one of the better ones.\n\n"
        "“The Drowned Acre” is published by Halcyon Press at £16.99.\n",
        [],
    ),
    (
        "recall2-marathon-added",
        "Runner, 74, finishes her 100th marathon\n\n"
        "Margaret Olsen crossed the line in Ravenport on Sunday to complete her 100th marathon, 41 years after her first.\n\n"
        "“I only started because my husband bet me I couldn’t do one,” she said at the finish. “He has been paying for it ever since.”\n\n"
        "Olsen, a retired postwoman, said her knees were “surprisingly fine” but that her feet had never forgiven her.\n\n"
        "She has no plans to stop. “Number 101 is in Dublin in October,” she added.\n\n"
        "Race director Imran Shah said organisers had made her a medal with “100” engraved on the back.\n",
        [
            ("I only started because my husband bet me I couldn’t do one", "direct", "Margaret Olsen"),
            ("He has been paying for it ever since.", "direct", "Margaret Olsen"),
            ("her knees were “surprisingly fine” but that her feet had never forgiven her", "indirect", "Margaret Olsen"),
            ("Number 101 is in Dublin in October", "direct", "Margaret Olsen"),
            ("organisers had made her a medal with “100” engraved on the back", "indirect", "Imran Shah"),
        ],
    ),
    (
        "recall2-paint-factory-mid-cue",
        "Fire at paint factory forces evacuation\n\n"
        "Around 150 workers were evacuated from the Corlin Coatings factory in Sheldon Vale on Thursday after a fire broke out in a storage building.\n\n"
        "No one was hurt, a spokesman for the fire service told reporters at the scene, but crews would stay overnight because of the risk from solvent drums.\n\n"
        "The company said production would resume on Monday at the latest.\n\n"
        "Resident Kelly Burns, whose house backs onto the site, said the smell of burning paint had woken her. “The whole sky was orange,” she told the Sheldon Star.\n",
        [
            ("No one was hurt, a spokesman for the fire service told reporters at the scene, but crews would stay overnight because of the risk from solvent drums", "indirect", "service"),
            ("production would resume on Monday at the latest", "indirect", "Corlin Coatings"),
            ("the smell of burning paint had woken her", "indirect", "Kelly Burns"),
            ("The whole sky was orange", "direct", "Kelly Burns"),
        ],
    ),
]
