"""A thirteenth batch of invented news texts whose difficulty is WHO speaks
(the "speaker accuracy, second round" task), written before any rule was
changed for it and scored once as it was (the first score is recorded in
test_speech_corpus.py and in the commit that added this file).

It aims at: several people of both genders and the pronouns after them
(genders given by titles, relation nouns or an earlier "he" only), nested
attributions ("her manager had told her ..."), "X's spokesman said",
organisations versus people (a firm named after its founder), role-only
speakers recognised by their shape ("the harbourmaster", "the lock-keeper"),
"the company said" in stories naming one firm or none, a speaker named
after the quotation in the next sentence or paragraph, quotations running
over paragraphs, a long quotation attributed at its end, "he added",
"the pair said", speakers met in full and then by surname or "Ms X", two
people with one surname, names from many languages, a Q/A with the
interviewer's questions, and a trap with no statement.

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker); a lower-case speaker is a group, an organisation or a
role named by its head noun; None means the text names nobody. Every person,
firm, club and place is fictional (a few real institutions appear by name).
"""

from __future__ import annotations

SPEAKER_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "spk-court-judge-and-defendant",
        "Builder jailed for pension fraud\n\n"
        "A builder who took £300,000 from the pension savings of his own employees was jailed for six years at Lancombe Crown Court on Thursday.\n\n"
        "Dominic Selwood, 44, had admitted twelve counts of fraud. Judge Harriet Quarmby told him that his crimes had ruined the retirement plans of people who trusted him.\n\n"
        "“You treated their savings as your own bank account,” she said.\n\n"
        "Selwood’s barrister, Neil Ashdown, said his client was deeply ashamed. “He has sold his house to repay what he can,” he added.\n",
        [
            ("his crimes had ruined the retirement plans of people who trusted him", "indirect", "Harriet Quarmby"),
            ("You treated their savings as your own bank account", "direct", "Harriet Quarmby"),
            ("his client was deeply ashamed", "indirect", "Neil Ashdown"),
            ("He has sold his house to repay what he can", "direct", "Neil Ashdown"),
        ],
    ),
    (
        "spk-flood-mother-and-farmer",
        "Floods cut off hill villages\n\n"
        "Heavy rain on Sunday night cut off four villages in the Tarrant hills, and about 200 homes were without power on Monday.\n\n"
        "Elspeth Mowbray, a mother of two, watched the river rise past her garden wall. “We moved everything upstairs by midnight,” she said. “By two in the morning the kitchen was under a metre of water.”\n\n"
        "Her neighbour, retired farmer Owen Pritchard, said the river had not come that high since 1968. “My father talked about that flood all his life,” he said.\n",
        [
            ("We moved everything upstairs by midnight", "direct", "Elspeth Mowbray"),
            ("By two in the morning the kitchen was under a metre of water.", "direct", "Elspeth Mowbray"),
            ("the river had not come that high since 1968", "indirect", "Owen Pritchard"),
            ("My father talked about that flood all his life", "direct", "Owen Pritchard"),
        ],
    ),
    (
        "spk-org-spokesman-attributive",
        "Brewery recalls cans after labelling error\n\n"
        "Tillbrook Brewery has recalled 40,000 cans of its pale ale because the labels left out a warning about barley.\n\n"
        "A Tillbrook Brewery spokesman said no one had reported feeling ill.\n\n"
        "The Food Standards Agency’s spokeswoman said customers with an allergy should return the cans to the shop for a refund.\n",
        [
            ("no one had reported feeling ill", "indirect", "Tillbrook Brewery"),
            ("customers with an allergy should return the cans to the shop for a refund", "indirect", "Food Standards Agency"),
        ],
    ),
    (
        "spk-company-said-one-firm",
        "Van maker to cut 900 jobs at Wexley plant\n\n"
        "Ostrava Motors will cut 900 jobs at its Wexley plant next year as demand for its diesel vans falls.\n\n"
        "The company said the cuts would be made through voluntary redundancy where possible.\n\n"
        "Union officials said the decision was a betrayal. “These workers built this plant’s reputation,” said regional organiser Bridget Kavanagh.\n\n"
        "The manufacturer said it would keep building electric vans in Wexley.\n",
        [
            ("the cuts would be made through voluntary redundancy where possible", "indirect", "Ostrava Motors"),
            ("the decision was a betrayal", "indirect", "officials"),
            ("These workers built this plant’s reputation", "direct", "Bridget Kavanagh"),
            ("it would keep building electric vans in Wexley", "indirect", "Ostrava Motors"),
        ],
    ),
    (
        "spk-company-said-no-firm",
        "Baby monitors recalled after overheating reports\n\n"
        "About 12,000 baby monitors sold in supermarkets last winter are being recalled after reports that the charging base can overheat.\n\n"
        "The manufacturer said it had received nine reports of scorched bases and no reports of injury.\n\n"
        "Parents should unplug the base and contact the shop where they bought it, the company said.\n",
        [
            ("it had received nine reports of scorched bases and no reports of injury", "indirect", "manufacturer"),
            ("Parents should unplug the base and contact the shop where they bought it", "indirect", "company"),
        ],
    ),
    (
        "spk-lawyers-for-group-judge",
        "Drivers’ group loses challenge to low-traffic zone\n\n"
        "A campaign group has lost its High Court challenge to the low-traffic zone in east Hallam.\n\n"
        "Lawyers for the Hallam Drivers Alliance argued that the council had not consulted residents properly.\n\n"
        "Mr Justice Samuel Okonjo rejected that claim. The council, he said, had held three public meetings and received 4,000 responses.\n\n"
        "The alliance’s chairwoman, Lorraine Beck, said the group would consider an appeal.\n",
        [
            ("the council had not consulted residents properly", "indirect", "lawyers"),
            ("had held three public meetings and received 4,000 responses", "indirect", "Samuel Okonjo"),
            ("the group would consider an appeal", "indirect", "Lorraine Beck"),
        ],
    ),
    (
        "spk-roles-by-shape",
        "Storm surge floods quayside\n\n"
        "A storm surge pushed sea water over the quay at Pellow on Tuesday night, flooding six shops and the lifeboat station.\n\n"
        "The harbourmaster said the tide had been the highest he had seen in 25 years.\n\n"
        "“The boats were fine because we moved them into the inner basin on Monday,” the lock-keeper said.\n\n"
        "The museum’s curator said the ground-floor collection had been carried upstairs in time.\n",
        [
            ("the tide had been the highest he had seen in 25 years", "indirect", "harbourmaster"),
            ("The boats were fine because we moved them into the inner basin on Monday", "direct", "lock-keeper"),
            ("the ground-floor collection had been carried upstairs in time", "indirect", "curator"),
        ],
    ),
    (
        "spk-named-in-next-paragraph",
        "Village school saved from closure\n\n"
        "“It is the best news this village has had in years.”\n\n"
        "That was the reaction of Rachel Enwright, who chairs the parents’ group at Ashby Combe primary school, after the county council dropped its plan to close it.\n\n"
        "Council leader Graham Tiller said new housing nearby had reversed the fall in pupil numbers.\n",
        [
            ("It is the best news this village has had in years.", "direct", "Rachel Enwright"),
            ("new housing nearby had reversed the fall in pupil numbers", "indirect", "Graham Tiller"),
        ],
    ),
    (
        "spk-keeper-quote-over-paragraphs",
        "Keeper’s heroics take Dunmore to the final\n\n"
        "Dunmore Rovers reached the county cup final on Saturday after goalkeeper Tomasz Wielgus saved three penalties in the shoot-out against Kelby Town.\n\n"
        "“I watched videos of their takers all week,” said Wielgus. “Two of them always go to the keeper’s left, so I waited and went late.\n\n"
        "“The third one I guessed. Sometimes you need luck.”\n\n"
        "Kelby manager Sandra Oyelowo said her side had deserved to win in normal time.\n",
        [
            ("I watched videos of their takers all week", "direct", "Tomasz Wielgus"),
            ("Two of them always go to the keeper’s left, so I waited and went late.", "direct", "Tomasz Wielgus"),
            ("The third one I guessed. Sometimes you need luck.", "direct", "Tomasz Wielgus"),
            ("her side had deserved to win in normal time", "indirect", "Sandra Oyelowo"),
        ],
    ),
    (
        "spk-split-quote-couple",
        "Riverside café survives the flood\n\n"
        "The Riverside Café in Mellington reopened on Friday, a week after the Dove burst its banks.\n\n"
        "Its owners, Grace and Tunde Bakare, spent five days clearing mud from the dining room.\n\n"
        "“We were lucky,” Grace Bakare said. “The water stopped at the front step.”\n\n"
        "Her husband was less sure. “Another ten centimetres and we would have lost everything,” he said.\n",
        [
            ("We were lucky", "direct", "Grace Bakare"),
            ("The water stopped at the front step.", "direct", "Grace Bakare"),
            ("Another ten centimetres and we would have lost everything", "direct", "Tunde Bakare"),
        ],
    ),
    (
        "spk-surname-later-ms",
        "Scientist wins medal for drought-resistant wheat\n\n"
        "Dr Adaeze Okafor, a plant geneticist at the University of Harwick, has won the Linnaean Medal for her work on wheat that survives long droughts.\n\n"
        "The variety, developed with farmers in northern Nigeria and southern Spain, yields about a fifth more grain in dry years.\n\n"
        "Ms Okafor said the prize belonged to the farmers who tested the seeds on their own land.\n\n"
        "“They took the risk, not me,” Okafor said. Her colleague Professor Martin Hale said the work could feed millions.\n",
        [
            ("the prize belonged to the farmers who tested the seeds on their own land", "indirect", "Adaeze Okafor"),
            ("They took the risk, not me", "direct", "Adaeze Okafor"),
            ("the work could feed millions", "indirect", "Martin Hale"),
        ],
    ),
    (
        "spk-same-surname-father-son",
        "Father and son in court over quarry sale\n\n"
        "A dispute between two generations of a farming family over a quarry reached Penrith County Court on Monday.\n\n"
        "Gerald Haworth, 71, wants to sell land to a quarry company. His son, Liam Haworth, who farms the land, says the sale would end the farm.\n\n"
        "“I have worked those fields since I was twelve,” Liam Haworth told the court.\n\n"
        "His father said he had offered to share the money. “I am not a rich man and I need to retire,” Gerald Haworth said.\n",
        [
            ("the sale would end the farm", "indirect", "Liam Haworth"),
            ("I have worked those fields since I was twelve", "direct", "Liam Haworth"),
            ("he had offered to share the money", "indirect", "Gerald Haworth"),
            ("I am not a rich man and I need to retire", "direct", "Gerald Haworth"),
        ],
    ),
    (
        "spk-he-added-two-men",
        "Ferry operator defends timetable cuts\n\n"
        "Cordell Ferries will run two crossings a day to Skarra instead of four from April.\n\n"
        "Managing director Euan Strachan said fuel costs had risen by 40% in a year. “We cannot run empty boats,” he added.\n\n"
        "Skarra councillor Iain Munro said islanders had been ignored. He added that the surgery relied on the morning boat for its nurse.\n",
        [
            ("fuel costs had risen by 40% in a year", "indirect", "Euan Strachan"),
            ("We cannot run empty boats", "direct", "Euan Strachan"),
            ("islanders had been ignored", "indirect", "Iain Munro"),
            ("the surgery relied on the morning boat for its nurse", "indirect", "Iain Munro"),
        ],
    ),
    (
        "spk-the-pair-said",
        "Rowers complete Atlantic crossing\n\n"
        "Two friends from Dalston, Hannah Creed and Priyanka Shah, rowed into Antigua on Sunday after 52 days at sea.\n\n"
        "“We argued about everything except whether to keep going,” the pair said on the quay.\n\n"
        "Creed said the worst moment came when a wave flipped the boat in the fourth week. Shah said she had lost eight kilos.\n",
        [
            ("We argued about everything except whether to keep going", "direct", "pair"),
            ("the worst moment came when a wave flipped the boat in the fourth week", "indirect", "Hannah Creed"),
            ("she had lost eight kilos", "indirect", "Priyanka Shah"),
        ],
    ),
    (
        "spk-nested-inquiry",
        "Engineer tells inquiry her bridge report was ignored\n\n"
        "An inquiry into the closure of the Tolver Bridge heard evidence on Tuesday.\n\n"
        "Carys Edwards, who inspected the bridge in 2023, said her manager had told her the report would be dealt with at the top.\n\n"
        "The transport minister, Alun Rees, told the inquiry he had never seen the report. “Nobody put it in front of me,” he said.\n",
        [
            ("her manager had told her the report would be dealt with at the top", "indirect", "Carys Edwards"),
            ("he had never seen the report", "indirect", "Alun Rees"),
            ("Nobody put it in front of me", "direct", "Alun Rees"),
        ],
    ),
    (
        "spk-long-quote-attributed-at-end",
        "Chief constable sets out plan for rural crime\n\n"
        "Rural crime in the county rose by 18% last year, driven by thefts of tractors, quad bikes and livestock.\n\n"
        "“We are going to put officers back into the villages, we are going to work with farmers on tracking equipment, and we are going to make it much harder to sell stolen machinery at auctions and online. None of this will happen overnight, and I will not pretend that it will, but by the end of next year I expect every farm in the county to know the name of its local officer,” said Chief Constable Josephine Marlow, who took up the post in March.\n\n"
        "The farmers’ union said the plan was welcome but overdue.\n",
        [
            ("We are going to put officers back into the villages, we are going to work with farmers on tracking equipment, and we are going to make it much harder to sell stolen machinery at auctions and online. None of this will happen overnight, and I will not pretend that it will, but by the end of next year I expect every farm in the county to know the name of its local officer", "direct", "Josephine Marlow"),
            ("the plan was welcome but overdue", "indirect", "union"),
        ],
    ),
    (
        "spk-firm-named-after-founder",
        "Baxter Foods founder steps down\n\n"
        "Jane Baxter, who founded Baxter Foods in her kitchen in 1989, is stepping down as chair.\n\n"
        "Baxter Foods said in a statement that its finance director, Oliver Nkemelu, would take over as chair.\n\n"
        "“It’s time for someone else to have the fun,” Baxter said.\n\n"
        "Nkemelu said he would keep the company’s factories in the north.\n",
        [
            ("its finance director, Oliver Nkemelu, would take over as chair", "indirect", "Baxter Foods"),
            ("It’s time for someone else to have the fun", "direct", "Jane Baxter"),
            ("he would keep the company’s factories in the north", "indirect", "Oliver Nkemelu"),
        ],
    ),
    (
        "spk-womens-cup-final",
        "Women’s cup final: Harrowgate win in extra time\n\n"
        "Harrowgate Ladies won the National Women’s Cup on Sunday, beating Stanmoor 2-1 after extra time at Fenwick Park.\n\n"
        "Captain Leah Donnelly scored the winner in the 113th minute. “I just closed my eyes and hit it,” she said.\n\n"
        "Harrowgate’s manager, Marco Pellegrini, said his players had shown incredible character. He had started the season with only fourteen fit players.\n\n"
        "Stanmoor’s coach, Ingrid Solberg, said: “We gave everything. It wasn’t enough.”\n",
        [
            ("I just closed my eyes and hit it", "direct", "Leah Donnelly"),
            ("his players had shown incredible character", "indirect", "Marco Pellegrini"),
            ("We gave everything. It wasn’t enough.", "direct", "Ingrid Solberg"),
        ],
    ),
    (
        "spk-she-after-he-resolved",
        "Comet spotted by amateur astronomers\n\n"
        "Two amateur astronomers, Peter Hollins and Margaret Ashe, spotted a new comet from a field near Ludlow on Friday night.\n\n"
        "Hollins said he had been photographing a different part of the sky when a faint smudge appeared.\n\n"
        "“I thought it was a speck of dust on the lens,” she said. “Then it moved.”\n",
        [
            ("he had been photographing a different part of the sky when a faint smudge appeared", "indirect", "Peter Hollins"),
            ("I thought it was a speck of dust on the lens", "direct", "Margaret Ashe"),
            ("Then it moved.", "direct", "Margaret Ashe"),
        ],
    ),
    (
        "spk-unnamed-manager-and-officials",
        "Talks on hospital merger stall\n\n"
        "Talks to merge the Kingsbridge and Ottery hospital trusts have stalled over who would run the new board.\n\n"
        "A senior manager at Kingsbridge, who asked not to be named, said the two chief executives had not spoken for a month.\n\n"
        "Health officials said a decision was still expected before the end of the year.\n\n"
        "Ottery’s chief executive, Dr Sanjay Mehta, said he remained committed to the merger.\n",
        [
            ("the two chief executives had not spoken for a month", "indirect", None),
            ("a decision was still expected before the end of the year", "indirect", "officials"),
            ("he remained committed to the merger", "indirect", "Sanjay Mehta"),
        ],
    ),
    (
        "spk-interviewer-labels",
        "Five minutes with a lifeboat coxswain\n\n"
        "Morwenna Trewin has been coxswain of the Porthkellis lifeboat for eleven years, the first woman to hold the post.\n\n"
        "INTERVIEWER: What is the worst weather you have gone out in?\n\n"
        "TREWIN: A force ten in January 2020. We were called to a fishing boat with a broken engine, and the waves were higher than the station roof.\n\n"
        "INTERVIEWER: Do you ever refuse a call?\n\n"
        "TREWIN: Never. We might wait for the tide, but we always go.\n",
        [
            ("A force ten in January 2020. We were called to a fishing boat with a broken engine, and the waves were higher than the station roof.", "direct", "Morwenna Trewin"),
            ("Never. We might wait for the tide, but we always go.", "direct", "Morwenna Trewin"),
        ],
    ),
    (
        "spk-colon-without-verb",
        "Tenants win rent battle\n\n"
        "Tenants of the Larchfield estate have won a two-year battle against a 30% rent rise.\n\n"
        "Their association’s chair, Delroy Mathers, was delighted: “This proves that if you stand together, landlords have to listen.”\n\n"
        "The landlord, Corvan Homes, said in a statement that rents would be reviewed again next spring.\n",
        [
            ("This proves that if you stand together, landlords have to listen.", "direct", "Delroy Mathers"),
            ("rents would be reviewed again next spring", "indirect", "Corvan Homes"),
        ],
    ),
    (
        "spk-council-bins-cllr",
        "Bin collections to move to every three weeks\n\n"
        "Harnford District Council will collect general waste every three weeks instead of every two from October.\n\n"
        "Cllr Patricia Voss, the cabinet member for the environment, said the change would save £1.2m a year and push up recycling.\n\n"
        "The opposition leader, Cllr Darren Mayhew, said residents would end up with rubbish piled in their gardens. “Foxes and rats will love this policy,” he said.\n\n"
        "The council said food waste would still be collected every week.\n",
        [
            ("the change would save £1.2m a year and push up recycling", "indirect", "Patricia Voss"),
            ("residents would end up with rubbish piled in their gardens", "indirect", "Darren Mayhew"),
            ("Foxes and rats will love this policy", "direct", "Darren Mayhew"),
            ("food waste would still be collected every week", "indirect", "council"),
        ],
    ),
    (
        "spk-bees-researcher-and-critic",
        "Bees learn to count to four\n\n"
        "Bumblebees have been trained to tell three dots from four in experiments at the University of Valdemar.\n\n"
        "The researchers, led by Dr Lucía Ferreira, rewarded 40 bees with sugar water when they picked the right card.\n\n"
        "“Their brains are smaller than a sesame seed, and yet they do this reliably,” Ferreira said.\n\n"
        "Professor Ken Ishida, who was not involved in the work, said the results were striking but needed repeating. “It is one lab, one species and one task,” he said.\n",
        [
            ("Their brains are smaller than a sesame seed, and yet they do this reliably", "direct", "Lucía Ferreira"),
            ("the results were striking but needed repeating", "indirect", "Ken Ishida"),
            ("It is one lab, one species and one task", "direct", "Ken Ishida"),
        ],
    ),
    (
        "spk-mr-and-mrs",
        "Lottery winners give half their prize to hospice\n\n"
        "A retired couple from Wrexford who won £4m on the lottery have given half of it to the hospice that cared for their son.\n\n"
        "Stanisław and Irena Kowalczyk, both 68, handed over the cheque on Thursday.\n\n"
        "“Money cannot bring Adam back, but it can help other families,” Mrs Kowalczyk said.\n\n"
        "Her husband said they would use the rest to buy a bungalow by the sea.\n",
        [
            ("Money cannot bring Adam back, but it can help other families", "direct", "Irena Kowalczyk"),
            ("they would use the rest to buy a bungalow by the sea", "indirect", "Stanisław Kowalczyk"),
        ],
    ),
    (
        "spk-heat-forecaster-and-agency",
        "Heat warning extended to Sunday\n\n"
        "An amber heat warning for the south-east has been extended until Sunday, with temperatures expected to reach 36C.\n\n"
        "Met Office meteorologist Aidan Crowe said the hottest day was likely to be Saturday.\n\n"
        "The Met Office said nights would stay above 20C in London, making it hard for people to sleep.\n\n"
        "“Check on elderly neighbours and keep curtains closed during the day,” said Dr Femi Adebayo of the UK Health Security Agency.\n",
        [
            ("the hottest day was likely to be Saturday", "indirect", "Aidan Crowe"),
            ("nights would stay above 20C in London, making it hard for people to sleep", "indirect", "Met Office"),
            ("Check on elderly neighbours and keep curtains closed during the day", "direct", "Femi Adebayo"),
        ],
    ),
    (
        "spk-prosecution-defence-sister",
        "Van driver cleared over cyclist’s death\n\n"
        "A van driver has been cleared of causing the death of a cyclist by dangerous driving on the A38 near Kenford.\n\n"
        "The prosecution said Martin Greaves, 52, had been looking at his phone seconds before the crash.\n\n"
        "His defence said the phone records showed no activity at the time. The jury took four hours to reach its verdict.\n\n"
        "Outside court, the cyclist’s sister, Julie Ansell, said the family was devastated. “We will keep fighting for safer roads,” she said.\n",
        [
            ("Martin Greaves, 52, had been looking at his phone seconds before the crash", "indirect", "prosecution"),
            ("the phone records showed no activity at the time", "indirect", "defence"),
            ("the family was devastated", "indirect", "Julie Ansell"),
            ("We will keep fighting for safer roads", "direct", "Julie Ansell"),
        ],
    ),
    (
        "spk-two-women-bakers",
        "Rival bakers share the prize\n\n"
        "For the first time in its 30-year history, the Marlby Show’s bread competition has two winners.\n\n"
        "Joan Tilsley, 81, has entered every year since 1994. Her rival, Amira Haddad, moved to the village only last spring.\n\n"
        "Haddad said she had not expected to place at all. “Joan’s sourdough is a legend here,” she said.\n\n"
        "Tilsley was gracious. “The young lady can bake,” she said, laughing.\n",
        [
            ("she had not expected to place at all", "indirect", "Amira Haddad"),
            ("Joan’s sourdough is a legend here", "direct", "Amira Haddad"),
            ("The young lady can bake", "direct", "Joan Tilsley"),
        ],
    ),
    (
        "spk-spokeswoman-named-union-council",
        "Teachers vote to strike over workload\n\n"
        "Teachers in 40 schools across Calderby will strike on 3 March after a ballot on workload.\n\n"
        "“Teachers are working sixty-hour weeks and it has to stop,” said Laura Fenn, a spokeswoman for the National Education Union.\n\n"
        "The union said 78% of members who voted backed the strike.\n\n"
        "A spokesman for Calderby Council said schools would stay open where enough staff were available.\n",
        [
            ("Teachers are working sixty-hour weeks and it has to stop", "direct", "Laura Fenn"),
            ("78% of members who voted backed the strike", "indirect", "union"),
            ("schools would stay open where enough staff were available", "indirect", "Calderby Council"),
        ],
    ),
    (
        "spk-results-ceo-cfo-analyst",
        "Supermarket profits fall as price war bites\n\n"
        "Grebe Stores reported a 22% fall in half-year profit on Tuesday, blaming a price war with discount chains.\n\n"
        "Chief executive Nadia Petrova said the chain would not chase the discounters to the bottom.\n\n"
        "Finance director Rupert Hales said cost savings of £150m were on track. He told analysts that the dividend would be held.\n\n"
        "Shares in Grebe fell 6%. “This is a company stuck in the middle,” said Kwame Asante, an analyst at Lorimer Securities.\n",
        [
            ("the chain would not chase the discounters to the bottom", "indirect", "Nadia Petrova"),
            ("cost savings of £150m were on track", "indirect", "Rupert Hales"),
            ("the dividend would be held", "indirect", "Rupert Hales"),
            ("This is a company stuck in the middle", "direct", "Kwame Asante"),
        ],
    ),
    (
        "spk-quote-first-then-describes",
        "Mountain rescue team called out twelve times in a week\n\n"
        "“People come up in trainers with no map and no torch, and then the cloud comes down.”\n\n"
        "That is how Callum Reid, leader of the Glen Orrin mountain rescue team, describes a typical call-out.\n\n"
        "The team was called out twelve times in the past seven days, a record for September.\n\n"
        "Reid said most of those rescued had been well-meaning but badly prepared.\n",
        [
            ("People come up in trainers with no map and no torch, and then the cloud comes down.", "direct", "Callum Reid"),
            ("most of those rescued had been well-meaning but badly prepared", "indirect", "Callum Reid"),
        ],
    ),
    (
        "spk-particles-cycling-stage",
        "De Wit wins rain-soaked stage\n\n"
        "Femke de Wit won the fourth stage of the Tour of Alvarra on Wednesday, finishing alone in heavy rain.\n\n"
        "“I couldn’t see the road for the last ten kilometres,” De Wit said.\n\n"
        "Her team director, Jan-Willem Bakker, said the team had planned the attack on the final climb. Second-placed Ana Sofía Gutiérrez said she had no legs left.\n",
        [
            ("I couldn’t see the road for the last ten kilometres", "direct", "Femke de Wit"),
            ("the team had planned the attack on the final climb", "indirect", "Jan-Willem Bakker"),
            ("she had no legs left", "indirect", "Ana Sofía Gutiérrez"),
        ],
    ),
    (
        "spk-according-to-brother",
        "Climber’s family thanks rescuers\n\n"
        "The family of a climber who spent two nights on the north face of Ben Caskie have thanked the rescuers who brought her down.\n\n"
        "Sophie Lacroix, 29, is recovering in hospital with frostbite, according to her brother, Mathieu Lacroix.\n\n"
        "“She is tired and she has lost two toes, but she is already talking about going back,” he said.\n",
        [
            ("Sophie Lacroix, 29, is recovering in hospital with frostbite", "indirect", "Mathieu Lacroix"),
            ("She is tired and she has lost two toes, but she is already talking about going back", "direct", "Mathieu Lacroix"),
        ],
    ),
    (
        "spk-trap-library-no-statement",
        "Library marks 150 years\n\n"
        "Thornbury library, said to be the oldest public library in the county, celebrated its 150th birthday on Saturday.\n\n"
        "Visitors queued to see a first edition of “The Mill on the Floss” and a letter from a Victorian mayor complaining about noisy readers.\n\n"
        "The librarian, Gwen Pryce, has worked there for 31 years.\n",
        [],
    ),
]


# Written after the rules for SPEAKER_CASES, aimed at what those rules could
# get wrong (a surname ending in -man, a firm named later, an unnamed
# husband beside a son of the same surname, firms that look like names, a
# council beside an unnamed operator), and scored once with them.
SPEAKER_AFTER_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "spk-after-surname-ending-in-man",
        "Ferry returns to service\n\n"
        "The Rill ferry returned to service on Monday after a month of repairs.\n\n"
        "Skipper Alan Bowman said the new engine was much quieter. “She runs like a sewing machine,” Bowman said.\n\n"
        "The ferryman on the evening crossing said passengers had been queuing since six.\n",
        [
            ("the new engine was much quieter", "indirect", "Alan Bowman"),
            ("She runs like a sewing machine", "direct", "Alan Bowman"),
            ("passengers had been queuing since six", "indirect", "ferryman"),
        ],
    ),
    (
        "spk-after-council-and-unnamed-operator",
        "Bus route to be cut\n\n"
        "Brackley Council has agreed to stop paying for the 42 bus route from June.\n\n"
        "The operator said it could not run the route without the subsidy.\n\n"
        "Councillor Jean Mabry said the council had no money left for buses.\n",
        [
            ("it could not run the route without the subsidy", "indirect", "operator"),
            ("the council had no money left for buses", "indirect", "Jean Mabry"),
        ],
    ),
    (
        "spk-after-unnamed-husband-and-son",
        "Family café wins national award\n\n"
        "Margaret Doyle opened the café in 1990; her son, Kevin Doyle, now runs the kitchen.\n\n"
        "“We never expected this,” Margaret Doyle said.\n\n"
        "Her husband, who built the counter himself, said he was proud of them both.\n",
        [
            ("We never expected this", "direct", "Margaret Doyle"),
            ("he was proud of them both", "indirect", None),
        ],
    ),
    (
        "spk-after-the-couple",
        "Pensioners win £2m\n\n"
        "A retired couple from Hexford have won £2m on a scratchcard bought with their change.\n\n"
        "The couple said they would buy a boat and sail to the islands they visited on honeymoon.\n",
        [
            ("they would buy a boat and sail to the islands they visited on honeymoon", "indirect", "couple"),
        ],
    ),
    (
        "spk-after-lawyers-for-a-man",
        "Councillor to appeal against ban\n\n"
        "A councillor banned from office for two years will appeal, his lawyers said on Friday.\n\n"
        "Lawyers for Mr Hendry said the tribunal had ignored evidence from his doctor.\n\n"
        "The standards board said its decision had been unanimous.\n",
        [
            ("A councillor banned from office for two years will appeal", "indirect", "lawyers"),
            ("the tribunal had ignored evidence from his doctor", "indirect", "lawyers"),
            ("its decision had been unanimous", "indirect", "board"),
        ],
    ),
    (
        "spk-after-firms-that-look-like-names",
        "Law firms agree merger\n\n"
        "Law firms Hollis Grant and Mercer Lyle have agreed to merge, creating a firm with 900 lawyers.\n\n"
        "Senior partner Ruth Abara said the deal had taken two years to agree. “It is a marriage of equals,” she said.\n",
        [
            ("the deal had taken two years to agree", "indirect", "Ruth Abara"),
            ("It is a marriage of equals", "direct", "Ruth Abara"),
        ],
    ),
    (
        "spk-after-retired-head-in-apposition",
        "School marks centenary\n\n"
        "Elmfield primary school celebrated its hundredth birthday with a street party on Saturday.\n\n"
        "Its longest-serving head, retired headteacher Helen Ames, said the school had changed beyond recognition.\n\n"
        "“We had slates when I started,” she said.\n",
        [
            ("the school had changed beyond recognition", "indirect", "Helen Ames"),
            ("We had slates when I started", "direct", "Helen Ames"),
        ],
    ),
    (
        "spk-after-she-after-he-doctors",
        "Driver saved by passing doctors\n\n"
        "Two doctors, Femi Ade and Clara Voss, stopped to help a driver who collapsed at the wheel on the M6.\n\n"
        "Ade said he had reached the car within a minute.\n\n"
        "“His pulse was very weak, so we started chest compressions,” she said.\n",
        [
            ("he had reached the car within a minute", "indirect", "Femi Ade"),
            ("His pulse was very weak, so we started chest compressions", "direct", "Clara Voss"),
        ],
    ),
    (
        "spk-after-manufacturer-named-later",
        "Toy recalled over loose eyes\n\n"
        "A plush toy sold at fairs is being recalled because its eyes can come loose.\n\n"
        "The manufacturer said it had sold about 8,000 of the toys.\n\n"
        "The company, Kestrel Toys of Leeds, said buyers would get a full refund.\n",
        [
            ("it had sold about 8,000 of the toys", "indirect", "Kestrel Toys"),
            ("buyers would get a full refund", "indirect", "Kestrel Toys"),
        ],
    ),
    (
        "spk-after-groundsman-named",
        "Rain delays county final\n\n"
        "The groundsman, Phil Tate, said the pitch was waterlogged at ten o’clock.\n\n"
        "By noon the covers were off. The groundsman said play might start at two.\n",
        [
            ("the pitch was waterlogged at ten o’clock", "indirect", "Phil Tate"),
            ("play might start at two", "indirect", "Phil Tate"),
        ],
    ),
]
