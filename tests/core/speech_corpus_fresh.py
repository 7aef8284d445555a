"""A twelfth batch of invented news texts (the "who said what on unseen news"
task), written before any rule was changed for it and scored once as it was
(the first score is recorded in test_speech_corpus.py and in the commit that
added this file).

It aims at shapes the earlier batches have few of: reported speech without
"said" (warned, insisted, admitted, told X that, told X without "that"),
quotations running over paragraphs with the speaker named only in the
first, interviews with Q:/A: labels or with names as labels, two speakers in
one sentence, quotations in headlines, pronouns after two people of
different genders, organisations and their spokespeople, unnamed sources,
names with particles (van der, de la, al-, bin, von), titles (Dr, Judge,
Coach, Sgt., Rev.), roles with no named holder ("the prosecutor said"), and
traps with no statement (titles of books and films in quotation marks, scare
quotes, "said to be").

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker); a lower-case speaker is a group, an organisation or a
role named by its head noun ("prosecutor" for "the prosecutor"); None means
the text names nobody. Every person, firm, club and place is fictional.
"""

from __future__ import annotations

UNSEEN_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "unseen-reservoir-warned",
        "Reservoirs at record low as dry spring drags on\n\n"
        "Water levels in the Fennick valley reservoirs have fallen to 41% of capacity, the lowest for May since records began.\n\n"
        "The chief executive of Fennick Water, Morag Dunleavy, warned that a hosepipe ban could come into force by the end of June.\n\n"
        "Farmers insisted they were already using less water than last year. “We have cut irrigation by a third and the crops are suffering for it,” said Hamish Corr, who grows potatoes near Balleny.\n\n"
        "The regulator admitted it had been slow to approve a new pipeline between the two main reservoirs.\n",
        [
            ("a hosepipe ban could come into force by the end of June", "indirect", "Morag Dunleavy"),
            ("they were already using less water than last year", "indirect", "farmers"),
            ("We have cut irrigation by a third and the crops are suffering for it", "direct", "Hamish Corr"),
            ("it had been slow to approve a new pipeline between the two main reservoirs", "indirect", "regulator"),
        ],
    ),
    (
        "unseen-orchestra-told-that",
        "Orchestra musicians vote to strike over pension cuts\n\n"
        "Musicians of the Hallward Philharmonic have voted to strike for the first time in the orchestra’s 90-year history.\n\n"
        "Principal cellist Ruth Amankwah told the Courier that players had been left with no choice after two years of talks.\n\n"
        "The orchestra’s managing director, Felix Sandor, told staff in an email the cuts were needed to keep the orchestra solvent.\n\n"
        "The first concert affected is a performance of Mahler’s Fifth Symphony on 14 March.\n",
        [
            ("players had been left with no choice after two years of talks", "indirect", "Ruth Amankwah"),
            ("the cuts were needed to keep the orchestra solvent", "indirect", "Felix Sandor"),
        ],
    ),
    (
        "unseen-chess-multi-paragraph-quote",
        "Teenager wins national chess title\n\n"
        "Sixteen-year-old Priya Raman became the youngest national chess champion in 40 years on Sunday, beating the defending champion in the final round.\n\n"
        "“I didn’t sleep at all last night,” Raman said. “I kept going through the opening in my head, move after move.\n\n"
        "“When he offered a draw I knew he was worried, so I played on.\n\n"
        "“My coach told me to trust my preparation, and that is exactly what I did.”\n\n"
        "The defeated champion, Aleksander Wojcik, called her play “brilliant from start to finish”.\n",
        [
            ("I didn’t sleep at all last night", "direct", "Priya Raman"),
            ("I kept going through the opening in my head, move after move.", "direct", "Priya Raman"),
            ("When he offered a draw I knew he was worried, so I played on.", "direct", "Priya Raman"),
            ("My coach told me to trust my preparation, and that is exactly what I did.", "direct", "Priya Raman"),
            ("brilliant from start to finish", "partial", "Aleksander Wojcik"),
        ],
    ),
    (
        "unseen-volcano-qa-interviewee",
        "‘The mountain is breathing’: a volcanologist on the Kessa eruption\n\n"
        "Mount Kessa has been erupting for eleven days. Lava has crossed the coast road twice and the village of Arnavik has been evacuated. The island’s governor, Tomas Eklund, has asked for military help, and Eklund will visit the area on Friday.\n\n"
        "We spoke to Dr Ingrid Halvorsen, who leads the monitoring team at the Nordic Volcano Institute.\n\n"
        "Q: Is the eruption getting stronger?\n\n"
        "A: No. The lava flow has been steady for four days, and the gas readings are slightly lower.\n\n"
        "Q: Can the people of Arnavik go home?\n\n"
        "A: Not yet. The ground under the village is still moving, and that worries us more than the lava.\n",
        [
            ("The mountain is breathing", "direct", "Ingrid Halvorsen"),
            ("No. The lava flow has been steady for four days, and the gas readings are slightly lower.", "direct", "Ingrid Halvorsen"),
            ("Not yet. The ground under the village is still moving, and that worries us more than the lava.", "direct", "Ingrid Halvorsen"),
        ],
    ),
    (
        "unseen-interview-name-labels",
        "Interview: the baker who feeds a town\n\n"
        "Every morning at four, Bernadette Loiseau opens the shutters of the only bakery left in Saint-Aubin. She talked to us between two batches.\n\n"
        "Why stay when the supermarket opened?\n\n"
        "Loiseau: Because people still want bread that tastes of something. The supermarket sells bread, I sell mornings.\n\n"
        "What is the hardest part?\n\n"
        "Loiseau: The electricity bill. It has doubled in two years and I cannot double my prices.\n",
        [
            ("Because people still want bread that tastes of something. The supermarket sells bread, I sell mornings.", "direct", "Bernadette Loiseau"),
            ("The electricity bill. It has doubled in two years and I cannot double my prices.", "direct", "Bernadette Loiseau"),
        ],
    ),
    (
        "unseen-two-speakers-one-sentence",
        "Council approves cycle lanes after stormy meeting\n\n"
        "Drayton council voted 7-4 on Tuesday to build protected cycle lanes on three main roads.\n\n"
        "Councillor Yusuf Adeyemi said the lanes would make the roads safer for children, while shop owner Glenda Price added that losing parking would drive customers away.\n\n"
        "The work is due to start in September and will cost £2.4m.\n",
        [
            ("the lanes would make the roads safer for children", "indirect", "Yusuf Adeyemi"),
            ("losing parking would drive customers away", "indirect", "Glenda Price"),
        ],
    ),
    (
        "unseen-headline-quote-not-in-body",
        "Mayor: ‘We will rebuild the pier, whatever it costs’\n\n"
        "The mayor of Carrow Bay, Denise Fairlie, has promised to rebuild the town’s Victorian pier, which was wrecked by a storm on Saturday night.\n\n"
        "Engineers from the council spent Monday inspecting what remains of the structure. About a third of the deck has fallen into the sea.\n\n"
        "“The pier is the heart of this town and it will stand again,” Fairlie told a public meeting on Monday evening.\n",
        [
            ("We will rebuild the pier, whatever it costs", "direct", "Denise Fairlie"),
            ("The pier is the heart of this town and it will stand again", "direct", "Denise Fairlie"),
        ],
    ),
    (
        "unseen-pronoun-two-genders",
        "Couple rescued after 30 hours on a ledge\n\n"
        "Two climbers who spent 30 hours on a narrow ledge in the Corrach mountains were rescued by helicopter on Wednesday.\n\n"
        "Marek Dudek, 34, and Sofia Lindqvist, 29, had been caught by a snowstorm during their descent.\n\n"
        "“We shared one chocolate bar and a flask of tea between us,” she said. “I have never been so cold.”\n\n"
        "Dudek said the worst moment came when their headlamps failed on the first night. “After that we just talked to keep each other awake,” he said.\n",
        [
            ("We shared one chocolate bar and a flask of tea between us", "direct", "Sofia Lindqvist"),
            ("I have never been so cold.", "direct", "Sofia Lindqvist"),
            ("the worst moment came when their headlamps failed on the first night", "indirect", "Marek Dudek"),
            ("After that we just talked to keep each other awake", "direct", "Marek Dudek"),
        ],
    ),
    (
        "unseen-spokesperson-for-org",
        "Airline cancels 300 flights as pilots walk out\n\n"
        "Norvia Air cancelled more than 300 flights on Friday as pilots began a 48-hour strike over rosters.\n\n"
        "A spokeswoman for Norvia Air said passengers would be offered a refund or a seat on another flight within three days.\n\n"
        "“We regret the disruption, but the pilots’ demands would make the airline unprofitable,” the airline said in a statement.\n\n"
        "The pilots’ union, NAPA, said its members were exhausted by schedules that changed at a day’s notice.\n",
        [
            ("passengers would be offered a refund or a seat on another flight within three days", "indirect", "Norvia Air"),
            ("We regret the disruption, but the pilots’ demands would make the airline unprofitable", "direct", "Norvia Air"),
            ("its members were exhausted by schedules that changed at a day’s notice", "indirect", "NAPA"),
        ],
    ),
    (
        "unseen-source-close-to-club",
        "Striker set to leave Redmoor in January\n\n"
        "Redmoor Athletic striker Kofi Boateng is expected to leave the club when the transfer window opens.\n\n"
        "A source close to the club said two Spanish sides had made enquiries about the 27-year-old.\n\n"
        "“He wants to play in the Champions League and everyone here understands that,” a person familiar with the talks said.\n\n"
        "Redmoor declined to comment.\n",
        [
            ("two Spanish sides had made enquiries about the 27-year-old", "indirect", None),
            ("He wants to play in the Champions League and everyone here understands that", "direct", None),
        ],
    ),
    (
        "unseen-particle-names",
        "Dutch court orders port operator to cut emissions\n\n"
        "A court in Rotterdam has ordered the port operator Maasdelta to halve its emissions of nitrogen by 2030.\n\n"
        "“This ruling protects the people who live next to the docks,” said Johanna van der Meulen, a lawyer for the residents.\n\n"
        "Maasdelta’s director, Pieter de la Court, said the company would study the judgment carefully.\n\n"
        "Residents’ spokesman Khalid al-Mansouri said families had waited twelve years for this day.\n",
        [
            ("This ruling protects the people who live next to the docks", "direct", "Johanna van der Meulen"),
            ("the company would study the judgment carefully", "indirect", "Pieter de la Court"),
            ("families had waited twelve years for this day", "indirect", "Khalid al-Mansouri"),
        ],
    ),
    (
        "unseen-bin-name-later-surname",
        "Desert solar farm begins supplying power\n\n"
        "The largest solar farm in the region began sending electricity to the grid on Monday.\n\n"
        "Energy minister Faisal bin Rashid said the plant would power 300,000 homes when it reached full capacity next year.\n\n"
        "“This is the first step, not the last,” bin Rashid told reporters at the site.\n\n"
        "Engineers said dust storms remained the biggest risk to the panels.\n",
        [
            ("the plant would power 300,000 homes when it reached full capacity next year", "indirect", "Faisal bin Rashid"),
            ("This is the first step, not the last", "direct", "Faisal bin Rashid"),
            ("dust storms remained the biggest risk to the panels", "indirect", "engineers"),
        ],
    ),
    (
        "unseen-titles-dr-sgt",
        "Hospital trial cuts waiting times for hip surgery\n\n"
        "A trial at Westbrook General has cut the wait for hip replacements from 14 months to five.\n\n"
        "Dr. Amelia Forsyth, who led the trial, said the key was running operating theatres at weekends.\n\n"
        "Separately, Sgt. Robert Kane of Westbrook police said a man had been arrested after a nurse was assaulted in the emergency department on Saturday.\n\n"
        "“Our staff deserve to work without fear,” said the Rev. Martin Osei, the hospital’s chaplain.\n",
        [
            ("the key was running operating theatres at weekends", "indirect", "Amelia Forsyth"),
            ("a man had been arrested after a nurse was assaulted in the emergency department on Saturday", "indirect", "Robert Kane"),
            ("Our staff deserve to work without fear", "direct", "Martin Osei"),
        ],
    ),
    (
        "unseen-judge-title-surname",
        "Landlord fined for ignoring damp complaints\n\n"
        "A landlord who ignored tenants’ complaints about damp for three years was fined £45,000 at Hollins Magistrates’ Court.\n\n"
        "Judge Nadia Okafor said the flats were “not fit for anyone to live in”.\n\n"
        "“You knew children were sleeping in those rooms and you did nothing,” Judge Okafor told him.\n\n"
        "The landlord, Derek Plumb, 61, admitted six offences under housing law.\n",
        [
            ("the flats were “not fit for anyone to live in”", "indirect", "Nadia Okafor"),
            ("You knew children were sleeping in those rooms and you did nothing", "direct", "Nadia Okafor"),
        ],
    ),
    (
        "unseen-role-no-holder-prosecutor",
        "Former bank manager goes on trial over missing millions\n\n"
        "A former branch manager went on trial on Monday accused of taking £3.2m from elderly customers’ accounts over seven years.\n\n"
        "The prosecutor said the defendant had chosen victims who rarely checked their statements.\n\n"
        "“He knew exactly who would not notice,” the prosecutor told the jury.\n\n"
        "The trial is expected to last four weeks.\n",
        [
            ("the defendant had chosen victims who rarely checked their statements", "indirect", "prosecutor"),
            ("He knew exactly who would not notice", "direct", "prosecutor"),
        ],
    ),
    (
        "unseen-role-coach-unnamed",
        "Underdogs reach cup final with late winner\n\n"
        "Third-tier Ashby Town reached the county cup final with a 2-1 win over Kelverton on Wednesday night, the winner coming in the 89th minute.\n\n"
        "“I told them at half-time that nobody remembers the team that gave up,” the coach said.\n\n"
        "The club’s captain said the players would be back at training on Friday morning.\n",
        [
            ("I told them at half-time that nobody remembers the team that gave up", "direct", "coach"),
            ("the players would be back at training on Friday morning", "indirect", "captain"),
        ],
    ),
    (
        "unseen-role-with-one-holder",
        "Coach praises young side after title win\n\n"
        "Coach Dariusz Malek guided Vistula Sparks to their first basketball title on Saturday with a 91-84 win in the deciding game.\n\n"
        "“These players are 22 on average and they played like veterans,” the coach said afterwards.\n\n"
        "Forward Ama Serwaa, named player of the final, said the team had believed in itself all season.\n",
        [
            ("These players are 22 on average and they played like veterans", "direct", "Dariusz Malek"),
            ("the team had believed in itself all season", "indirect", "Ama Serwaa"),
        ],
    ),
    (
        "unseen-trap-book-film-titles",
        "Festival line-up announced\n\n"
        "The Lindenfield Book Festival will open on 3 June with a reading from “The Salt Road”, the debut novel by Esther Nakamura.\n\n"
        "Films on the programme include “Night Ferry” and the documentary “Where the River Bends”, both shown outdoors.\n\n"
        "Tickets go on sale on Friday at 9am.\n",
        [],
    ),
    (
        "unseen-trap-scare-quotes-said-to-be",
        "Property market ‘cooling’ as prices dip\n\n"
        "House prices in the county fell for a second month in April, in what agents describe as a “cooling” rather than a crash.\n\n"
        "The new development at Ferris Wharf, said to be the largest in the county, has sold fewer than half of its flats.\n\n"
        "The so-called “starter homes” on the site cost more than £300,000.\n",
        # (gold mended after the first scoring: "what agents describe as a “cooling”" is the agents' word)
        [("“cooling”", "partial", "agents")],
    ),
    (
        "unseen-regular-adjective-name",
        "Village shop saved by crowdfunding\n\n"
        "Residents of Upper Hatch have raised £80,000 in six weeks to buy the village shop, which was due to close at the end of the month.\n\n"
        "Pensioner Edith Marlow said: “Without the shop I would have to take two buses to buy a pint of milk.”\n\n"
        "Volunteer Craig Dobson said a rota of 30 people would keep it open seven days a week.\n",
        [
            ("Without the shop I would have to take two buses to buy a pint of milk.", "direct", "Edith Marlow"),
            ("a rota of 30 people would keep it open seven days a week", "indirect", "Craig Dobson"),
        ],
    ),
    (
        "unseen-told-station-no-that",
        "Tornado damages homes in Pike County\n\n"
        "PIKEVILLE, Ky. (KPXN) — A tornado tore through the south side of Pikeville late Monday, damaging at least 40 homes.\n\n"
        "Emergency manager Lonnie Briggs told KPXN reporters nobody had been seriously hurt.\n\n"
        "Resident Shawna Tate told KPXN she hid in her bathtub with her two dogs. \"It sounded like a train coming through the living room,\" Tate said.\n",
        [
            ("nobody had been seriously hurt", "indirect", "Lonnie Briggs"),
            ("she hid in her bathtub with her two dogs", "indirect", "Shawna Tate"),
            ("It sounded like a train coming through the living room", "direct", "Shawna Tate"),
        ],
    ),
    (
        "unseen-insisted-admitted-football",
        "Manager insists job is safe despite fifth defeat\n\n"
        "Carnford United manager Bruno Esteves insisted he still had the backing of the board after a 3-0 defeat at home to Pellham on Saturday.\n\n"
        "Esteves admitted the performance had been the worst of his time at the club.\n\n"
        "Club chairman Graham Ostrowski has not spoken publicly since the defeat.\n",
        [
            ("he still had the backing of the board", "indirect", "Bruno Esteves"),
            ("the performance had been the worst of his time at the club", "indirect", "Bruno Esteves"),
        ],
    ),
    (
        "unseen-transcript-labels-caps",
        "Transcript: Fire chief on the warehouse blaze\n\n"
        "The following is an edited transcript of Thursday’s briefing.\n\n"
        "CHIEF ANDERS HOLM: Crews were called at 2:40 this morning. At the height of the fire we had 80 firefighters on the scene.\n\n"
        "REPORTER: Was anyone inside?\n\n"
        "HOLM: Two night workers got out on their own. Nobody else was in the building.\n\n"
        "REPORTER: Do you know the cause?\n\n"
        "HOLM: We are not going to speculate today.\n",
        [
            ("Crews were called at 2:40 this morning. At the height of the fire we had 80 firefighters on the scene.", "direct", "Anders Holm"),
            ("Two night workers got out on their own. Nobody else was in the building.", "direct", "Anders Holm"),
            ("We are not going to speculate today.", "direct", "Anders Holm"),
        ],
    ),
    (
        "unseen-data-breach-org-statement",
        "Retailer says 2 million customers hit by data breach\n\n"
        "Online retailer Brightcart said on Tuesday that the names, addresses and order histories of about two million customers had been stolen.\n\n"
        "The company said no card details had been taken, and that it had informed the data protection regulator.\n\n"
        "Security researcher Anika Vogt said the breach appeared to have begun with a stolen staff password. “It is the oldest trick there is,” she said.\n",
        [
            ("the names, addresses and order histories of about two million customers had been stolen", "indirect", "Brightcart"),
            ("no card details had been taken, and that it had informed the data protection regulator", "indirect", "Brightcart"),
            ("the breach appeared to have begun with a stolen staff password", "indirect", "Anika Vogt"),
            ("It is the oldest trick there is", "direct", "Anika Vogt"),
        ],
    ),
    (
        "unseen-pronoun-he-after-she-and-he",
        "Library reprieve after petition\n\n"
        "Plans to close Ostley library have been dropped after a petition signed by 6,000 people.\n\n"
        "Librarian Hannah Greaves and council leader Simon Achterberg announced the decision together on Thursday.\n\n"
        "“The petition showed us how much this building means to people,” he said.\n\n"
        "Greaves said opening hours would be extended to include Sunday afternoons.\n",
        [
            ("The petition showed us how much this building means to people", "direct", "Simon Achterberg"),
            ("opening hours would be extended to include Sunday afternoons", "indirect", "Hannah Greaves"),
        ],
    ),
    (
        "unseen-von-name-dpa-style",
        "Berlin zoo welcomes twin panda cubs\n\n"
        "BERLIN — Two giant panda cubs were born at the city’s zoo overnight, keepers said on Tuesday.\n\n"
        "Zoo director Konstantin von Arnim said both cubs were healthy and feeding well. “Their mother is doing everything right,” von Arnim said.\n\n"
        "The cubs will not be shown to visitors until the autumn.\n",
        [
            ("Two giant panda cubs were born at the city’s zoo overnight", "indirect", "keepers"),
            ("both cubs were healthy and feeding well", "indirect", "Konstantin von Arnim"),
            ("Their mother is doing everything right", "direct", "Konstantin von Arnim"),
        ],
    ),
    (
        "unseen-quote-after-paragraph-speaker",
        "Bridge to stay shut for a year\n\n"
        "The Harlow Street bridge will stay closed for at least twelve months after inspectors found cracks in two of its supports.\n\n"
        "Highways engineer Tariq Mahmood said repairs would cost about £6m.\n\n"
        "“We cannot take any risk with a bridge that carries 20,000 vehicles a day. Closing it was the only responsible decision.”\n\n"
        "Traders on Harlow Street said they feared losing customers.\n",
        [
            ("repairs would cost about £6m", "indirect", "Tariq Mahmood"),
            ("We cannot take any risk with a bridge that carries 20,000 vehicles a day. Closing it was the only responsible decision.", "direct", "Tariq Mahmood"),
            ("they feared losing customers", "indirect", "traders"),
        ],
    ),
    (
        "unseen-according-to-and-confirmed",
        "Art gallery robbed of two paintings\n\n"
        "Two small oil paintings were stolen from the Marlowe Gallery in Eastcliff during the night, according to police.\n\n"
        "The gallery confirmed that the works, both by the 19th-century painter Agnes Thornley, had been insured.\n\n"
        "Det. Insp. Colin Reyes said the thieves had entered through a skylight. “They knew exactly what they wanted,” he said.\n",
        [
            ("Two small oil paintings were stolen from the Marlowe Gallery in Eastcliff during the night", "indirect", "police"),
            ("the works, both by the 19th-century painter Agnes Thornley, had been insured", "indirect", "gallery"),
            ("the thieves had entered through a skylight", "indirect", "Colin Reyes"),
            ("They knew exactly what they wanted", "direct", "Colin Reyes"),
        ],
    ),
    (
        "unseen-rugby-final-colon-quote",
        "Harbour Lions win rugby final in extra time\n\n"
        "Harbour Lions beat Glenmore 27-24 after extra time to win the Northern Cup on Saturday.\n\n"
        "Lions captain Sione Tupou said: “We were dead on our feet, but nobody wanted to be the one who stopped running.”\n\n"
        "Glenmore coach Aidan Fitzgerald said the referee had made “a couple of strange calls” but refused to blame him for the defeat.\n\n"
        "“We had our chances and we didn’t take them,” Fitzgerald said.\n",
        [
            ("We were dead on our feet, but nobody wanted to be the one who stopped running.", "direct", "Sione Tupou"),
            ("the referee had made “a couple of strange calls”", "indirect", "Aidan Fitzgerald"),
            ("We had our chances and we didn’t take them", "direct", "Aidan Fitzgerald"),
        ],
    ),
    (
        "unseen-obituary-no-speech",
        "Marguerite Osterhaus, gardener and broadcaster, dies at 88\n\n"
        "Marguerite Osterhaus, who presented the radio programme “Down the Garden Path” for 25 years, has died at the age of 88.\n\n"
        "Born in Lübeck, she moved to England in 1958 and began writing about plants for a local newspaper.\n\n"
        "Her book “A Year of Roses” sold more than a million copies. She is survived by two sons.\n",
        [],
    ),
    (
        "unseen-vaccine-trial-researchers",
        "Malaria vaccine trial shows strong protection\n\n"
        "A new malaria vaccine cut infections in young children by 71% in a two-year trial in three countries, researchers reported on Wednesday.\n\n"
        "Prof. Kwesi Mensah, who led the study, cautioned that the vaccine needed four doses, which could be hard to deliver in remote areas.\n\n"
        "“The results are very encouraging, but the hard part starts now,” he said.\n\n"
        "The manufacturer said it could produce 50 million doses a year by 2028.\n",
        [
            ("A new malaria vaccine cut infections in young children by 71% in a two-year trial in three countries", "indirect", "researchers"),
            ("the vaccine needed four doses, which could be hard to deliver in remote areas", "indirect", "Kwesi Mensah"),
            ("The results are very encouraging, but the hard part starts now", "direct", "Kwesi Mensah"),
            ("it could produce 50 million doses a year by 2028", "indirect", "manufacturer"),
        ],
    ),
    (
        "unseen-ferry-collision-quote-before-name",
        "Ferry and fishing boat collide in fog\n\n"
        "A passenger ferry and a fishing boat collided in thick fog off Skerrin Point on Sunday morning. Nobody was hurt.\n\n"
        "“We heard a bang and the whole boat shook,” said passenger Lucia Ferreira, who was travelling with her son.\n\n"
        "The ferry operator, Island Link, said the vessel had returned to port under its own power.\n\n"
        "The skipper of the fishing boat said his radar had failed an hour earlier.\n",
        [
            ("We heard a bang and the whole boat shook", "direct", "Lucia Ferreira"),
            ("the vessel had returned to port under its own power", "indirect", "Island Link"),
            ("his radar had failed an hour earlier", "indirect", "skipper"),
        ],
    ),
    (
        "unseen-election-recount-two-candidates",
        "Recount confirms four-vote win\n\n"
        "A recount has confirmed that Labour’s Nia Pritchard won the Cwm Ddu ward by four votes.\n\n"
        "Her opponent, independent candidate Gwyn Howells, said he accepted the result but would ask for a review of 12 rejected ballots.\n\n"
        "Pritchard said she would hold a surgery every Saturday. “Four votes or four thousand, I work for everybody here,” she said.\n",
        [
            ("he accepted the result but would ask for a review of 12 rejected ballots", "indirect", "Gwyn Howells"),
            ("she would hold a surgery every Saturday", "indirect", "Nia Pritchard"),
            ("Four votes or four thousand, I work for everybody here", "direct", "Nia Pritchard"),
        ],
    ),
    (
        "unseen-stated-and-argued",
        "Supreme court hears challenge to protest law\n\n"
        "The country’s highest court began hearing a challenge to the new public order law on Tuesday.\n\n"
        "Lawyers for the campaign group Open Streets argued that the law gave police powers to ban almost any march.\n\n"
        "The government’s counsel, Eleanor Whitcombe KC, stated that the law was a proportionate response to months of disruption.\n\n"
        "The judges are expected to give their ruling in the spring.\n",
        [
            ("the law gave police powers to ban almost any march", "indirect", "lawyers"),
            ("the law was a proportionate response to months of disruption", "indirect", "Eleanor Whitcombe"),
        ],
    ),
    (
        "unseen-shopkeeper-headline-quote-repeated",
        "‘We lost everything’ — flood victims count the cost\n\n"
        "Shop owners in Tadley Bridge began clearing mud from their premises on Monday after the river burst its banks.\n\n"
        "“We lost everything in one night,” said Rukhsana Begum, whose fabric shop was under a metre of water.\n\n"
        "The Environment Agency said river levels were now falling.\n",
        [
            ("We lost everything in one night", "direct", "Rukhsana Begum"),
            ("river levels were now falling", "indirect", "Environment Agency"),
        ],
    ),
]


#: A second, smaller batch written after the rules for `UNSEEN_CASES` and
#: scored once with them (the honest figure for those rules on text they
#: were not written for; see test_speech_corpus.py).
UNSEEN_AFTER_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "after-court-role-unnamed-judge-and-told",
        "Cyclist jailed for causing pensioner’s death\n\n"
        "A cyclist who hit and killed a pedestrian while riding at 30mph through a park has been jailed for two years.\n\n"
        "The judge said the rider had shown “a total disregard for anyone else using the path”.\n\n"
        "The victim’s daughter told the court her mother had walked the same route every day for forty years.\n\n"
        "“Nothing will bring her back,” she said.\n",
        [
            ("the rider had shown “a total disregard for anyone else using the path”", "indirect", "judge"),
            ("her mother had walked the same route every day for forty years", "indirect", "daughter"),
            ("Nothing will bring her back", "direct", "daughter"),
        ],
    ),
    (
        "after-qa-podcast-intro",
        "Five minutes with a beekeeper\n\n"
        "Honey prices have risen by a third this year. Supermarket buyer Owen Tredwell blames the wet summer, and Tredwell expects shortages by spring.\n\n"
        "We asked Marisol Achebe-Grant, who keeps 60 hives near Wenlow, what is going on.\n\n"
        "Q: Was it really the weather?\n\n"
        "A: Mostly. The bees could not fly for weeks in June, so they ate their own stores.\n\n"
        "Q: Will prices come down?\n\n"
        "A: Not before next summer, I’m afraid.\n",
        [
            ("Mostly. The bees could not fly for weeks in June, so they ate their own stores.", "direct", "Marisol Achebe-Grant"),
            ("Not before next summer, I’m afraid.", "direct", "Marisol Achebe-Grant"),
        ],
    ),
    (
        "after-name-label-interview",
        "‘I still count every stitch’: meet the town’s last tailor\n\n"
        "Giuseppe Marangoni has made suits on Bridge Street since 1971.\n\n"
        "How has the trade changed?\n\n"
        "Marangoni: People buy fewer suits, but they keep them longer. That is better for everybody.\n\n"
        "Will you retire?\n\n"
        "Marangoni: When my hands tell me to, not before.\n",
        [
            ("I still count every stitch", "direct", "Giuseppe Marangoni"),
            ("People buy fewer suits, but they keep them longer. That is better for everybody.", "direct", "Giuseppe Marangoni"),
            ("When my hands tell me to, not before.", "direct", "Giuseppe Marangoni"),
        ],
    ),
    (
        "after-descriptors-and-postnominals",
        "Pub quiz champions crowned\n\n"
        "Twenty-two-year-old Niamh Gallagher led her team to the county pub quiz title on Thursday.\n\n"
        "Quizmaster Brian Oduya OBE said the final round had been the closest in the competition’s history.\n\n"
        "Regular Ken Ashworth, 70, moaned: “The music round was far too modern.”\n",
        [
            ("the final round had been the closest in the competition’s history", "indirect", "Brian Oduya"),
            ("The music round was far too modern.", "direct", "Ken Ashworth"),
        ],
    ),
    (
        "after-told-without-that",
        "Gas leak forces evacuation of school\n\n"
        "About 400 pupils were evacuated from Hillcrest Academy on Tuesday after a gas leak.\n\n"
        "Headteacher Joanna Pike told parents in a text message the school would reopen on Wednesday.\n\n"
        "Fire station manager Lewis Dunn told the Gazette nobody had needed hospital treatment.\n",
        [
            ("the school would reopen on Wednesday", "indirect", "Joanna Pike"),
            ("nobody had needed hospital treatment", "indirect", "Lewis Dunn"),
        ],
    ),
    (
        "after-role-deputy-and-captain",
        "Town hall row over festival budget\n\n"
        "Mayor Colin Brightwater defended the £90,000 cost of the summer festival at Tuesday’s meeting.\n\n"
        "The deputy mayor said the money would have been better spent on road repairs.\n\n"
        "The festival’s organiser said ticket sales had covered two thirds of the cost.\n",
        [
            ("the money would have been better spent on road repairs", "indirect", "deputy mayor"),
            ("ticket sales had covered two thirds of the cost", "indirect", "organiser"),
        ],
    ),
    (
        "after-abbreviated-titles",
        "Stolen tractor found in quarry\n\n"
        "A tractor stolen from a farm near Ashdown was found in a flooded quarry on Sunday.\n\n"
        "Det. Sgt. Amir Kazemi said officers believed the thieves had dumped it after failing to sell it.\n\n"
        "“It was the farmer’s only tractor,” said Capt. Ruth Ellory of the fire service, whose divers recovered it.\n",
        [
            ("officers believed the thieves had dumped it after failing to sell it", "indirect", "Amir Kazemi"),
            ("It was the farmer’s only tractor", "direct", "Ruth Ellory"),
        ],
    ),
    (
        "after-headline-title-label",
        "Chancellor: ‘There will be no new taxes this year’\n\n"
        "The chancellor, Priti Varanasi, set out her spending plans in parliament on Wednesday.\n\n"
        "Opposition leader Graham Tulloch said the plans would leave schools short of money.\n",
        [
            ("There will be no new taxes this year", "direct", "Priti Varanasi"),
            ("the plans would leave schools short of money", "indirect", "Graham Tulloch"),
        ],
    ),
    (
        "after-trap-titles-and-said-to-be",
        "Theatre season announced\n\n"
        "The Corran Playhouse will stage “A Winter Harbour” and a new version of “The Glass Orchard” this season.\n\n"
        "The director, said to be the youngest in the theatre’s history, joined in January.\n\n"
        "Tickets go on sale next week.\n",
        [],
    ),
    (
        "after-particles-and-al",
        "Desalination plant opens\n\n"
        "The country’s largest desalination plant began operating on Monday.\n\n"
        "Water minister Huda al-Sayegh said it would supply a million people.\n\n"
        "“We no longer depend on the rain alone,” said Karim bin Hamad, who chairs the water authority.\n\n"
        "Dutch engineer Maarten van den Heuvel said the plant used 30% less energy than older designs.\n",
        [
            ("it would supply a million people", "indirect", "Huda al-Sayegh"),
            ("We no longer depend on the rain alone", "direct", "Karim bin Hamad"),
            ("the plant used 30% less energy than older designs", "indirect", "Maarten van den Heuvel"),
        ],
    ),
]


#: A third batch aimed at what the new rules could get wrong (roles whose
#: holder is named in other words, labels that are no speakers, a title
#: abbreviation ending a sentence, 'told' with an object and no clause),
#: written after those rules and scored once with them.
UNSEEN_TRAP_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "trap-role-holder-named-by-apposition",
        "Harbour dredging to start in June\n\n"
        "Work to deepen Kestle harbour will start in June, the port’s harbourmaster, Sian Pryce, announced on Friday.\n\n"
        "The harbourmaster said larger cruise ships would be able to dock by next spring.\n\n"
        "The fishermen’s association said its members had not been consulted.\n",
        [
            ("Work to deepen Kestle harbour will start in June", "indirect", "Sian Pryce"),
            ("larger cruise ships would be able to dock by next spring", "indirect", "Sian Pryce"),
            ("its members had not been consulted", "indirect", "association"),
        ],
    ),
    (
        "trap-labels-that-are-no-speakers",
        "Road reopens after landslip\n\n"
        "Correction: An earlier version of this article gave the wrong date for the closure.\n\n"
        "The A417 reopened on Thursday after a landslip closed it for nine days.\n\n"
        "Update: Diversions have now been removed.\n\n"
        "Council engineer Pat Mbeki said the slope had been stabilised with steel netting.\n",
        [
            ("the slope had been stabilised with steel netting", "indirect", "Pat Mbeki"),
        ],
    ),
    (
        "trap-told-with-object-no-clause",
        "Veteran honoured at ceremony\n\n"
        "Second World War veteran Albert Fenn, 99, was presented with a medal on Saturday.\n\n"
        "He told the crowd stories of his time in the navy and thanked his carers.\n\n"
        "Mayor Lucy Tran told the Echo the town was proud of him.\n",
        [
            ("the town was proud of him", "indirect", "Lucy Tran"),
        ],
    ),
    (
        "trap-role-two-coaches-one-named",
        "Derby ends in draw\n\n"
        "Ashfield and Brayton drew 2-2 in a bad-tempered derby on Saturday.\n\n"
        "Ashfield coach Mirko Sandoval said his side had been the better team.\n\n"
        "Brayton’s coach told reporters the referee had lost control of the game.\n",
        [
            ("his side had been the better team", "indirect", "Mirko Sandoval"),
            ("the referee had lost control of the game", "indirect", "coach"),
        ],
    ),
    (
        "trap-general-abbreviation-and-postnominal",
        "Army to cut two regiments\n\n"
        "Two infantry regiments will be merged under plans announced on Tuesday.\n\n"
        "Gen. Harriet Cole said the change would save £40m a year without reducing the number of soldiers.\n\n"
        "Retired officer Colin Marsh MBE said the regiments’ history would be lost.\n",
        [
            ("the change would save £40m a year without reducing the number of soldiers", "indirect", "Harriet Cole"),
            ("the regiments’ history would be lost", "indirect", "Colin Marsh"),
        ],
    ),
    (
        "trap-relation-named-later",
        "Family pays tribute to crash victim\n\n"
        "A 19-year-old who died in a crash on the A30 has been named as Jamie Polglase.\n\n"
        "His mother, Karen Polglase, said he was “the kindest boy you could meet”.\n\n"
        "The driver’s brother said the family was thinking of Jamie’s relatives.\n",
        [
            ("he was “the kindest boy you could meet”", "indirect", "Karen Polglase"),
            ("the family was thinking of Jamie’s relatives", "indirect", "brother"),
        ],
    ),
    (
        "trap-interview-two-people-introduced",
        "Two founders, one bakery\n\n"
        "Ines Moreau and Tobias Lind opened Crumb in 2019. We met them at the counter.\n\n"
        "Q: Who does the baking?\n\n"
        "A: We both do, but Tobias gets up earlier.\n",
        [
            ("We both do, but Tobias gets up earlier.", "direct", None),
        ],
    ),
    (
        "trap-used-as-adjective",
        "Car dealer fined\n\n"
        "A used car dealer in Wexley has been fined £12,000 for selling unsafe vehicles.\n\n"
        "Trading standards officer Megan Doyle said several cars had faulty brakes.\n",
        [
            ("several cars had faulty brakes", "indirect", "Megan Doyle"),
        ],
    ),
]
