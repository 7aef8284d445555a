"""A seventh batch of invented news texts (issue 13), written before any rule
was changed for them and scored first as they were (see
test_speech_corpus.py): sport, courts, business, weather, science and local
councils, in many quote styles (curly and straight quotes, quotations split
by their cue, quotations over paragraphs, "said X" inversions, titles before
names, groups, pronouns across sentences, names from many languages) and
traps (quoted titles of films and books, scare quotes, headlines).

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker). Every person, firm and place is fictional.
"""

from __future__ import annotations

MORE_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "more-cup-final-penalties",
        "Harlow Town win county cup on penalties\n\n"
        "Harlow Town lifted the county cup on Saturday after beating Stourvale 5-4 on penalties at a packed Mill Lane.\n\n"
        "“I couldn’t watch the last one,” admitted manager Dean Okoro. “My heart is still going.”\n\n"
        "Goalkeeper Luca Bertani, who saved two spot-kicks, said the squad had practised penalties every day for a week.\n\n"
        "Stourvale’s captain, Rhys Pellow, said his side had been the better team for most of the game.\n",
        [
            ("I couldn’t watch the last one", "direct", "Dean Okoro"),
            ("My heart is still going.", "direct", "Dean Okoro"),
            ("the squad had practised penalties every day for a week", "indirect", "Luca Bertani"),
            ("his side had been the better team for most of the game", "indirect", "Rhys Pellow"),
        ],
    ),
    (
        "more-court-tenancy-ruling",
        "A tribunal has ordered a landlord to repay £14,000 in rent after finding that a flat in Wexcombe had no working heating for two winters.\n\n"
        "Judge Miriam Achterberg said the landlord, Kestrel Lettings, had ignored repeated complaints from the tenants.\n\n"
        "“The conditions described to us were wholly unacceptable,” the judge wrote in her decision.\n\n"
        "Kestrel Lettings said it would appeal. A lawyer for the tenants, Sunil Varma, said the ruling should worry every landlord who cut corners.\n",
        [
            ("the landlord, Kestrel Lettings, had ignored repeated complaints from the tenants", "indirect", "Miriam Achterberg"),
            ("The conditions described to us were wholly unacceptable", "direct", "Miriam Achterberg"),
            ("it would appeal", "indirect", "Kestrel Lettings"),
            ("the ruling should worry every landlord who cut corners", "indirect", "Sunil Varma"),
        ],
    ),
    (
        "more-results-brewery",
        "Brewer Hollins & Vane reported a 12% fall in annual profit on Thursday, blaming higher barley prices and a wet summer.\n\n"
        "Chief executive Ingrid Solberg told analysts the company would raise prices by an average of 4% from April.\n\n"
        "\"We have absorbed as much as we can,\" she said. \"Drinkers will see a few pence more on a pint.\"\n\n"
        "Shares fell 3% in early trading. Paul Ferreira, an analyst at Dunmore Securities, said the price rise was smaller than the market had feared.\n",
        [
            ("the company would raise prices by an average of 4% from April", "indirect", "Ingrid Solberg"),
            ("We have absorbed as much as we can", "direct", "Ingrid Solberg"),
            ("Drinkers will see a few pence more on a pint.", "direct", "Ingrid Solberg"),
            ("the price rise was smaller than the market had feared", "indirect", "Paul Ferreira"),
        ],
    ),
    (
        "more-weather-flood-warning",
        "Flood warnings were issued for 23 communities along the River Tallow on Sunday night as heavy rain moved east.\n\n"
        "The river was expected to peak on Monday afternoon, the Environment Agency said.\n\n"
        "“If you are told to leave, please leave,” said Hanna Kowalczyk, who leads the agency’s flood team in the region. “Do not drive through flood water.”\n\n"
        "Forecasters at the national weather service said a further 40mm of rain could fall on higher ground.\n",
        [
            ("The river was expected to peak on Monday afternoon", "indirect", "Environment Agency"),
            ("If you are told to leave, please leave", "direct", "Hanna Kowalczyk"),
            ("Do not drive through flood water.", "direct", "Hanna Kowalczyk"),
            ("a further 40mm of rain could fall on higher ground", "indirect", None),
        ],
    ),
    (
        "more-science-comet",
        "Astronomers have found a comet that will pass close enough to be seen without a telescope next spring.\n\n"
        "The comet was spotted in images taken by an observatory in Chile, according to Dr. Abena Mensah, who led the team.\n\n"
        "“It is brightening faster than we expected,” Mensah said. She added that comets were famously unpredictable and that it could still break apart.\n\n"
        "The discovery was confirmed independently by amateur observers in New Zealand.\n",
        [
            ("The comet was spotted in images taken by an observatory in Chile", "indirect", "Abena Mensah"),
            ("It is brightening faster than we expected", "direct", "Abena Mensah"),
            ("comets were famously unpredictable and that it could still break apart", "indirect", "Abena Mensah"),
        ],
    ),
    (
        "more-council-parking-charges",
        "Councillors in Brinsford voted 31 to 18 on Wednesday to introduce parking charges on the seafront.\n\n"
        "Cllr Janet Oduya, the council’s cabinet member for transport, said the money would pay for road repairs.\n\n"
        "Opposition leader Gareth Pryce called the charges “a tax on families who want a day at the beach”.\n\n"
        "Traders on the promenade said they feared visitors would go elsewhere. “We will lose half our summer trade,” said café owner Beatriz Lobo.\n",
        [
            ("the money would pay for road repairs", "indirect", "Janet Oduya"),
            ("a tax on families who want a day at the beach", "partial", "Gareth Pryce"),
            ("they feared visitors would go elsewhere", "indirect", "traders"),
            ("We will lose half our summer trade", "direct", "Beatriz Lobo"),
        ],
    ),
    (
        "more-film-title-trap",
        "Director Aoife Brennan’s new film “The Long Quiet Harbour” opens in cinemas on Friday.\n\n"
        "The film follows a lighthouse keeper in the 1950s and was shot entirely on the island of Inishmara.\n\n"
        "Brennan said she had wanted to make the film for twenty years. “The island gave us everything,” she said.\n\n"
        "Her previous film, “Salt and Iron”, won two awards at festivals in Europe.\n",
        [
            ("she had wanted to make the film for twenty years", "indirect", "Aoife Brennan"),
            ("The island gave us everything", "direct", "Aoife Brennan"),
        ],
    ),
    (
        "more-book-scare-quotes",
        "A memoir by a former football agent has become the surprise bestseller of the autumn.\n\n"
        "“Ten Per Cent of Everything” describes deals the author calls “handshake contracts” and a culture of “gifts” for club officials.\n\n"
        "The publisher, Grey Heron Books, has printed another 50,000 copies.\n\n"
        "No club named in the book had responded to requests for comment by Monday.\n",
        [("handshake contracts", "partial", "author")],
    ),
    (
        "more-quote-over-paragraphs",
        "The head of the county’s ambulance service has warned that crews are spending too long waiting outside hospitals.\n\n"
        "“Last winter our crews lost more than 9,000 hours outside emergency departments,” said Samuel Adeyemi, the service’s chief executive.\n\n"
        "“Every one of those hours is an hour when a crew could not answer a call.\n\n"
        "“We need the hospitals and the council to treat this as everyone’s problem, not ours alone.”\n\n"
        "The county’s hospital trust said it was opening 40 extra beds in December.\n",
        [
            ("crews are spending too long waiting outside hospitals", "indirect", "Samuel Adeyemi"),
            ("Last winter our crews lost more than 9,000 hours outside emergency departments", "direct", "Samuel Adeyemi"),
            ("Every one of those hours is an hour when a crew could not answer a call.", "direct", "Samuel Adeyemi"),
            ("We need the hospitals and the council to treat this as everyone’s problem, not ours alone.", "direct", "Samuel Adeyemi"),
            ("it was opening 40 extra beds in December", "indirect", "trust"),
        ],
    ),
    (
        "more-tennis-inversion",
        "Teenager Mei-Ling Zhou reached her first grand slam quarter-final on Monday with a 6-3 7-5 win over the fourth seed.\n\n"
        "“I was nervous at the start, but then I stopped thinking,” said Zhou, 17. “I just played.”\n\n"
        "Her coach, Stefan Marchetti, said Zhou had improved her serve more than anything else this year.\n\n"
        "The fourth seed, Valentina Ruiz, said she had felt unwell for two days but would not make excuses.\n",
        [
            ("I was nervous at the start, but then I stopped thinking", "direct", "Mei-Ling Zhou"),
            ("I just played.", "direct", "Mei-Ling Zhou"),
            ("Zhou had improved her serve more than anything else this year", "indirect", "Stefan Marchetti"),
            ("she had felt unwell for two days but would not make excuses", "indirect", "Valentina Ruiz"),
        ],
    ),
    (
        "more-group-residents-plant",
        "Plans for a waste incinerator on the edge of Corran Vale were approved by the regional planning board on Tuesday.\n\n"
        "Residents said they had not been properly consulted. Some told the meeting that they would take the decision to court.\n\n"
        "The developer, Northline Energy, said the plant would power 30,000 homes and create 80 jobs.\n\n"
        "Environmental campaigners argued that the site was too close to two primary schools.\n",
        [
            ("they had not been properly consulted", "indirect", "residents"),
            ("they would take the decision to court", "indirect", None),
            ("the plant would power 30,000 homes and create 80 jobs", "indirect", "Northline Energy"),
            ("the site was too close to two primary schools", "indirect", "campaigners"),
        ],
    ),
    (
        "more-pronoun-across",
        "Farmer Oluwaseun Adebayo has grown rice on his land near Ebonmouth for thirty years, but this summer the water did not come.\n\n"
        "He said the river that feeds his fields had dropped lower than he had ever seen it.\n\n"
        "“My father never saw this. My grandfather never saw this,” he said.\n\n"
        "Officials at the water board said a new pipeline would be finished before next season.\n",
        [
            ("the river that feeds his fields had dropped lower than he had ever seen it", "indirect", "Oluwaseun Adebayo"),
            ("My father never saw this. My grandfather never saw this", "direct", "Oluwaseun Adebayo"),
            ("a new pipeline would be finished before next season", "indirect", "officials"),
        ],
    ),
    (
        "more-straight-quotes-split",
        "Police in Marrow Bay are appealing for witnesses after a fire destroyed a boat shed on Friday night.\n\n"
        "\"We believe the fire was started deliberately,\" Detective Inspector Karen Holt said, \"and we want to hear from anyone who was near the harbour after 10pm.\"\n\n"
        "The shed belonged to the Marrow Bay Rowing Club. Its chairman, Alasdair Finch, said three boats worth £60,000 had been lost.\n",
        [
            ("We believe the fire was started deliberately", "direct", "Karen Holt"),
            ("and we want to hear from anyone who was near the harbour after 10pm.", "direct", "Karen Holt"),
            ("three boats worth £60,000 had been lost", "indirect", "Alasdair Finch"),
        ],
    ),
    (
        "more-company-it-said",
        "Supermarket chain Fenwright is to close 19 stores and cut 1,100 jobs, it announced on Tuesday.\n\n"
        "The company said the stores had been losing money for several years and that staff would be offered jobs at other branches.\n\n"
        "The shop workers’ union said the news was a hammer blow for the towns affected.\n\n"
        "Fenwright said it expected to complete the closures by the end of March.\n",
        [
            ("Supermarket chain Fenwright is to close 19 stores and cut 1,100 jobs", "indirect", "Fenwright"),
            ("the stores had been losing money for several years and that staff would be offered jobs at other branches", "indirect", "Fenwright"),
            ("the news was a hammer blow for the towns affected", "indirect", "union"),
            ("it expected to complete the closures by the end of March", "indirect", "Fenwright"),
        ],
    ),
    (
        "more-headline-trap",
        "Bridge to close for six months\n\n"
        "The Castlegate bridge will close to traffic for six months from January while its deck is replaced, the city council said on Friday.\n\n"
        "Buses will be diverted along the ring road. The council’s highways director, Niamh Gallagher, said the work could not wait any longer.\n",
        [
            ("The Castlegate bridge will close to traffic for six months from January while its deck is replaced", "indirect", "city council"),
            ("the work could not wait any longer", "indirect", "Niamh Gallagher"),
        ],
    ),
    (
        "more-rugby-post-match",
        "Western Harriers came from 17 points down to beat Calder 27-24 in the league on Saturday.\n\n"
        "Head coach Tama Whaanga said his players had shown “real character” in the second half.\n\n"
        "“At half-time we just told them to keep the ball,” he said. “They did the rest.”\n\n"
        "Calder’s director of rugby, Owen Jeffreys, was less happy. “We stopped playing,” he said. “That is on me.”\n",
        [
            ("his players had shown “real character” in the second half", "indirect", "Tama Whaanga"),
            ("At half-time we just told them to keep the ball", "direct", "Tama Whaanga"),
            ("They did the rest.", "direct", "Tama Whaanga"),
            ("We stopped playing", "direct", "Owen Jeffreys"),
            ("That is on me.", "direct", "Owen Jeffreys"),
        ],
    ),
    (
        "more-court-sentencing",
        "A former charity treasurer has been jailed for three years for stealing £230,000 from a children’s hospice.\n\n"
        "Sentencing Deborah Lyle, 58, at Ashcombe Crown Court, Judge Patrick Munro said she had betrayed the trust of everyone who worked there.\n\n"
        "Lyle’s barrister said she was deeply ashamed and had repaid £40,000.\n\n"
        "In a statement, the hospice said the money had now been recovered through its insurance.\n",
        [
            ("she had betrayed the trust of everyone who worked there", "indirect", "Patrick Munro"),
            ("she was deeply ashamed and had repaid £40,000", "indirect", "barrister"),
            ("the money had now been recovered through its insurance", "indirect", "hospice"),
        ],
    ),
    (
        "more-airline-regulator",
        "Budget carrier SkyMarlin has been fined €2.1m for failing to pay compensation for delayed flights.\n\n"
        "The aviation regulator, ACNA, said the airline had rejected thousands of valid claims.\n\n"
        "SkyMarlin said it disagreed with the decision and was considering an appeal.\n\n"
        "“Passengers have rights, and those rights are not optional,” the regulator’s director, Pilar Montoya, said.\n",
        [
            ("the airline had rejected thousands of valid claims", "indirect", "ACNA"),
            ("it disagreed with the decision and was considering an appeal", "indirect", "SkyMarlin"),
            ("Passengers have rights, and those rights are not optional", "direct", "Pilar Montoya"),
        ],
    ),
    (
        "more-science-sleep-study",
        "Teenagers who use phones after midnight sleep on average 40 minutes less than those who do not, a study of 8,000 pupils has found.\n\n"
        "The researchers, from the University of Vellmar, said the effect was strongest in pupils aged 14 and 15.\n\n"
        "“Forty minutes a night adds up to a lost night of sleep every two weeks,” said Prof. Henrik Aaltonen, the study’s lead author.\n\n"
        "Critics said the study could not show that phones caused the lost sleep.\n",
        [
            ("the effect was strongest in pupils aged 14 and 15", "indirect", "researchers"),
            ("Forty minutes a night adds up to a lost night of sleep every two weeks", "direct", "Henrik Aaltonen"),
            ("the study could not show that phones caused the lost sleep", "indirect", "critics"),
        ],
    ),
    (
        "more-mayor-role-later",
        "The mayor said on Monday that the town’s library would stay open despite budget cuts.\n\n"
        "The decision follows a petition signed by 6,000 people.\n\n"
        "Mayor Chiara Lombardi had been under pressure from her own party to close the building.\n",
        [("the town’s library would stay open despite budget cuts", "indirect", "Chiara Lombardi")],
    ),
    (
        "more-colon-quote",
        "A record 41,000 runners took part in the city marathon on Sunday.\n\n"
        "Winner Kiprono Chebet crossed the line in 2:06:11, a course record. His verdict afterwards was short: “The last five kilometres were very hard.”\n\n"
        "The race director, Ellen Haugen, said the cool weather had helped.\n",
        [
            ("The last five kilometres were very hard.", "direct", "Kiprono Chebet"),
            ("the cool weather had helped", "indirect", "Ellen Haugen"),
        ],
    ),
    (
        "more-storm-power-company",
        "Thousands of homes were without power on Thursday after Storm Idris brought gusts of 90mph to the west coast.\n\n"
        "Grid operator Westlink Power said 48,000 customers had lost supply at the height of the storm.\n\n"
        "“Our engineers will work through the night,” a Westlink spokeswoman said.\n\n"
        "The Met Office said the wind would ease by Friday morning.\n",
        [
            ("48,000 customers had lost supply at the height of the storm", "indirect", "Westlink Power"),
            ("Our engineers will work through the night", "direct", "Westlink Power"),
            ("the wind would ease by Friday morning", "indirect", "Met Office"),
        ],
    ),
    (
        "more-council-planning-split",
        "Plans for 400 homes on farmland outside Dunholme have been rejected.\n\n"
        "“This is the wrong site,” said Cllr Tomasz Nowicki, who chairs the planning committee, “and the roads simply cannot cope.”\n\n"
        "The developer, Ashcroft Homes, said it was disappointed and would study the decision before deciding whether to appeal.\n",
        [
            ("This is the wrong site", "direct", "Tomasz Nowicki"),
            ("and the roads simply cannot cope.", "direct", "Tomasz Nowicki"),
            ("it was disappointed and would study the decision before deciding whether to appeal", "indirect", "Ashcroft Homes"),
        ],
    ),
    (
        "more-no-speech-match-report",
        "Kelso Athletic climbed to third in the table with a 2-0 win at Brampton on Tuesday night.\n\n"
        "Jonah Asante headed in the opener after 12 minutes and substitute Ruben Dias added a second in stoppage time.\n\n"
        "Brampton, who have not won at home since August, had a late goal ruled out for offside.\n",
        [],
    ),
    (
        "more-business-according-owner",
        "The Grand Albion hotel in Westport will close in January after 140 years.\n\n"
        "The building will be turned into flats, according to its owner, Marlowe Estates, which bought it last year.\n\n"
        "Staff were told of the decision on Monday. One receptionist, who asked not to be named, said the news had come as a shock.\n",
        [
            ("The building will be turned into flats", "indirect", "Marlowe Estates"),
            ("the news had come as a shock", "indirect", None),
        ],
    ),
    (
        "more-cross-paragraph-she",
        "Swimmer Annika Lindqvist broke the national 200m butterfly record for the second time this year at the trials in Malmhaven.\n\n"
        "The 22-year-old touched in 2:05.40, almost a second inside her old mark.\n\n"
        "She said afterwards that she had changed her training after a shoulder injury in the spring. “I swim fewer metres now, but every one of them is fast,” she said.\n",
        [
            ("she had changed her training after a shoulder injury in the spring", "indirect", "Annika Lindqvist"),
            ("I swim fewer metres now, but every one of them is fast", "direct", "Annika Lindqvist"),
        ],
    ),
    (
        "more-court-appeal-prosecutors",
        "The supreme court will hear an appeal next month in the case of a former mayor convicted of taking bribes.\n\n"
        "Prosecutors said they would ask the court to increase his sentence.\n\n"
        "His lawyer, Farida Haidari, said the original trial had been unfair because key evidence was never disclosed.\n\n"
        "The former mayor, Lucian Dragomir, has always denied the charges.\n",
        [
            ("they would ask the court to increase his sentence", "indirect", "prosecutors"),
            ("the original trial had been unfair because key evidence was never disclosed", "indirect", "Farida Haidari"),
        ],
    ),
    (
        "more-spokesperson-for-firm",
        "A recall of 60,000 electric scooters was announced on Wednesday after reports of batteries overheating.\n\n"
        "A spokesman for the maker, Voltra Mobility, said no one had been injured.\n\n"
        "“Customers should stop using the scooters and contact us for a free repair,” the company said in a statement.\n",
        [
            ("no one had been injured", "indirect", "Voltra Mobility"),
            ("Customers should stop using the scooters and contact us for a free repair", "direct", "Voltra Mobility"),
        ],
    ),
    (
        "more-weather-heat-health",
        "Temperatures are expected to reach 38C in parts of the south this weekend.\n\n"
        "Health officials urged people to check on elderly neighbours and to avoid the sun between 11am and 3pm.\n\n"
        "“Heat kills quietly,” said Dr. Rania Haddad, a public health consultant. “Most deaths happen indoors, in homes that get too hot.”\n\n"
        "The heat would break on Tuesday with thunderstorms, forecasters said.\n",
        [
            ("Heat kills quietly", "direct", "Rania Haddad"),
            ("Most deaths happen indoors, in homes that get too hot.", "direct", "Rania Haddad"),
            ("The heat would break on Tuesday with thunderstorms", "indirect", "forecasters"),
        ],
    ),
    (
        "more-cricket-captain",
        "Eastshire were bowled out for 94 on the final day to lose by an innings at Cranleigh Road.\n\n"
        "Their captain, Imran Qureshi, said the batting had been “simply not good enough”.\n\n"
        "“We have to look at ourselves,” he added.\n\n"
        "The home side’s spinner, Jack Tolland, took six wickets. He said the pitch had turned more than he had expected.\n",
        [
            ("the batting had been “simply not good enough”", "indirect", "Imran Qureshi"),
            ("We have to look at ourselves", "direct", "Imran Qureshi"),
            ("the pitch had turned more than he had expected", "indirect", "Jack Tolland"),
        ],
    ),
    (
        "more-tech-layoffs-told",
        "Software firm Quillion is cutting a fifth of its staff, its chief executive told employees in an email on Thursday.\n\n"
        "In the email, Gustavo Almeida said the company had hired too quickly during the pandemic.\n\n"
        "“This is my responsibility,” Almeida wrote. “I am sorry.”\n\n"
        "Former employees said on social media that whole teams had been cut.\n",
        [
            ("Quillion is cutting a fifth of its staff", "indirect", "Gustavo Almeida"),
            ("the company had hired too quickly during the pandemic", "indirect", "Gustavo Almeida"),
            ("This is my responsibility", "direct", "Gustavo Almeida"),
            ("I am sorry.", "direct", "Gustavo Almeida"),
            ("whole teams had been cut", "indirect", None),
        ],
    ),
    (
        "more-local-school-head",
        "A primary school in Aldbury has been rated outstanding by inspectors for the first time.\n\n"
        "Headteacher Grace Nwosu said she was “incredibly proud” of the pupils and staff.\n\n"
        "The inspectors’ report praised the school’s reading programme. Parents said the school had changed completely in five years.\n",
        [
            ("she was “incredibly proud” of the pupils and staff", "indirect", "Grace Nwosu"),
            ("the school had changed completely in five years", "indirect", "parents"),
        ],
    ),
    (
        "more-minister-title-inversion",
        "The government will spend €800m on rural broadband over five years, the communications minister announced on Monday.\n\n"
        "“No village should be left behind,” said Communications Minister Henrik Vestergaard.\n\n"
        "Opposition MP Lotte Brandt said the money would arrive too late for families who had already moved away.\n",
        [
            ("The government will spend €800m on rural broadband over five years", "indirect", "Henrik Vestergaard"),
            ("No village should be left behind", "direct", "Henrik Vestergaard"),
            ("the money would arrive too late for families who had already moved away", "indirect", "Lotte Brandt"),
        ],
    ),
    (
        "more-sport-transfer-club",
        "Rivermead United have signed striker Kofi Boateng from Portsby for an undisclosed fee.\n\n"
        "The club said the 24-year-old had agreed a four-year contract.\n\n"
        "“I have wanted to play here since I was a boy,” Boateng told the club’s website.\n",
        [
            ("the 24-year-old had agreed a four-year contract", "indirect", "Rivermead United"),
            ("I have wanted to play here since I was a boy", "direct", "Kofi Boateng"),
        ],
    ),
    (
        "more-investigation-police-said",
        "A 31-year-old man has been arrested after a jewellery shop in Carden Street was robbed on Saturday afternoon.\n\n"
        "Police said two men had threatened staff with a hammer before escaping on a motorbike.\n\n"
        "The second man is still being sought, Detective Sergeant Amy Rourke said.\n\n"
        "The shop’s owner, Vikram Desai, said his staff were shaken but unhurt.\n",
        [
            ("two men had threatened staff with a hammer before escaping on a motorbike", "indirect", "police"),
            ("The second man is still being sought", "indirect", "Amy Rourke"),
            ("his staff were shaken but unhurt", "indirect", "Vikram Desai"),
        ],
    ),
    (
        "more-science-vaccine-trial",
        "An experimental vaccine against a common childhood virus cut hospital admissions by 70% in a trial, its makers said on Wednesday.\n\n"
        "The drugmaker, Helvion, said it would apply for approval in Europe next year.\n\n"
        "Independent experts were cautious. “These are good results, but it is one trial,” said Dr. Tendai Moyo of the Institute of Child Health.\n",
        [
            ("An experimental vaccine against a common childhood virus cut hospital admissions by 70% in a trial", "indirect", "Helvion"),
            ("it would apply for approval in Europe next year", "indirect", "Helvion"),
            ("These are good results, but it is one trial", "direct", "Tendai Moyo"),
        ],
    ),
    (
        "more-slogan-trap",
        "Thousands marched through the capital on Saturday under banners reading “Homes Not Hotels”.\n\n"
        "The march was organised by a coalition of tenants’ groups and ended outside the parliament building.\n\n"
        "Police estimated the crowd at 12,000.\n",
        [],
    ),
    (
        "more-chef-award-family",
        "A family-run restaurant in the village of Pentraeth has won a Michelin star.\n\n"
        "Chef Siôn ap Gwilym, who opened the restaurant with his sister Ffion in 2019, said he had cried when he heard the news.\n\n"
        "“We are a small team in a small place,” he said. “This belongs to all of them.”\n\n"
        "His sister said bookings had tripled overnight.\n",
        [
            ("he had cried when he heard the news", "indirect", "Siôn ap Gwilym"),
            ("We are a small team in a small place", "direct", "Siôn ap Gwilym"),
            ("This belongs to all of them.", "direct", "Siôn ap Gwilym"),
            ("bookings had tripled overnight", "indirect", "Ffion"),  # (None until 'his sister Ffion' made her a person)
        ],
    ),
    (
        "more-union-strike-vote",
        "Bus drivers in Kellingford will strike for three days next week after talks over pay broke down.\n\n"
        "The drivers’ union, Unite Transit, said its members had been offered a rise well below inflation.\n\n"
        "The bus company, Kellbus, said the offer was fair and urged the union to put it to a vote.\n\n"
        "“Nobody wants a strike,” the union’s regional organiser, Marek Zielinski, said. “But our members cannot keep going backwards.”\n",
        [
            ("its members had been offered a rise well below inflation", "indirect", "Unite Transit"),
            ("the offer was fair and urged the union to put it to a vote", "indirect", "Kellbus"),
            ("Nobody wants a strike", "direct", "Marek Zielinski"),
            ("But our members cannot keep going backwards.", "direct", "Marek Zielinski"),
        ],
    ),
    (
        "more-wildfire-chief-later",
        "A wildfire that burned 3,000 hectares of forest in the hills above Sant Ramon is now under control.\n\n"
        "The fire chief said crews would stay in the area for several days to put out hot spots.\n\n"
        "More than 400 people who were evacuated on Tuesday have been allowed to return home.\n\n"
        "Fire Chief Jordi Puigdemunt praised residents for leaving quickly when they were told to.\n",
        [("crews would stay in the area for several days to put out hot spots", "indirect", "Jordi Puigdemunt")],
    ),
    (
        "more-museum-loan",
        "A painting lost for more than a century will go on display at the Harrowgate Museum next month.\n\n"
        "The painting, known as “The Ferryman’s Daughter”, was found in an attic in Leeds last year.\n\n"
        "“When I saw the signature, I had to sit down,” said curator Yusuf Demir.\n\n"
        "The family who found it, who do not want to be named, have lent it to the museum for five years, the museum said.\n",
        [
            ("When I saw the signature, I had to sit down", "direct", "Yusuf Demir"),
            ("The family who found it, who do not want to be named, have lent it to the museum for five years", "indirect", "Harrowgate Museum"),
        ],
    ),
    (
        "more-two-ministers-ambiguous",
        "Ministers met farmers’ leaders on Thursday to discuss the drought.\n\n"
        "Agriculture Minister Paula Reis and Environment Minister Davi Couto both attended.\n\n"
        "The minister said emergency payments would start in October.\n",
        [("emergency payments would start in October", "indirect", None)],
    ),
]

#: An eighth batch, written after the fixes for the seventh and scored unseen.
LAST_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "last-wire-dateline-port",
        "ROTTERDAM, March 3 (Nordwire) - Dock workers at the port of Rotterdam will strike for 48 hours from Thursday, their union said on Monday.\n\n"
        "The strike could delay thousands of containers, port officials warned.\n\n"
        "\"Our members have been patient for a year,\" union negotiator Femke de Vries told Nordwire. \"That patience has run out.\"\n\n"
        "The port authority said it was ready to return to talks at any time.\n",
        [
            ("Dock workers at the port of Rotterdam will strike for 48 hours from Thursday", "indirect", "union"),
            ("The strike could delay thousands of containers", "indirect", "officials"),
            ("Our members have been patient for a year", "direct", "Femke de Vries"),
            ("That patience has run out.", "direct", "Femke de Vries"),
            ("it was ready to return to talks at any time", "indirect", "port authority"),
        ],
    ),
    (
        "last-court-jury-verdict",
        "A jury at Merton Crown Court found a 44-year-old builder guilty on Friday of manslaughter after a wall collapsed on a pavement in 2022.\n\n"
        "The prosecution had argued that Craig Denholm ignored warnings from his own workers that the wall was unsafe.\n\n"
        "Denholm told the jury he had believed the wall was sound.\n\n"
        "Outside court, the victim’s daughter, Priya Nair, said: “Nothing will bring my mother back, but today someone has been held to account.”\n",
        [
            ("Craig Denholm ignored warnings from his own workers that the wall was unsafe", "indirect", "prosecution"),
            ("he had believed the wall was sound", "indirect", "Craig Denholm"),
            ("Nothing will bring my mother back, but today someone has been held to account.", "direct", "Priya Nair"),
        ],
    ),
    (
        "last-council-budget-leader",
        "Eastbridge council has approved a 4.99% rise in council tax, the maximum allowed without a referendum.\n\n"
        "The council leader, Cllr Amara Osei, said the authority had no choice after a cut in government funding.\n\n"
        "“Nobody comes into local politics to put up taxes,” she told the meeting.\n\n"
        "Conservative group leader Philip Hearne said the council had wasted money on consultants.\n",
        [
            ("the authority had no choice after a cut in government funding", "indirect", "Amara Osei"),
            ("Nobody comes into local politics to put up taxes", "direct", "Amara Osei"),
            ("the council had wasted money on consultants", "indirect", "Philip Hearne"),
        ],
    ),
    (
        "last-science-mars-quote-split",
        "A rover has found layers of rock on Mars that probably formed in a lake, scientists said on Wednesday.\n\n"
        "“These layers are like the pages of a book,” said Dr. Sunita Rao, a planetary geologist at the Kessler Institute. “Each one tells us about a different moment in the lake’s life.”\n\n"
        "The team’s findings were published in the journal Planetary Letters.\n",
        [
            ("A rover has found layers of rock on Mars that probably formed in a lake", "indirect", "scientists"),
            ("These layers are like the pages of a book", "direct", "Sunita Rao"),
            ("Each one tells us about a different moment in the lake’s life.", "direct", "Sunita Rao"),
        ],
    ),
    (
        "last-business-merger-ceo-role",
        "Two of the country’s largest building societies, Northgate and Fairholm, have agreed to merge.\n\n"
        "The combined group will have 3.1 million members, the societies said in a joint statement.\n\n"
        "Northgate’s chief executive, Oliver Mensah, will lead the new society. The chief executive said no branches would close for at least two years.\n\n"
        "Fairholm chair Ruth Abernethy said the merger was “the right step for our members”.\n",
        [
            ("The combined group will have 3.1 million members", "indirect", None),
            ("no branches would close for at least two years", "indirect", "Oliver Mensah"),
            ("the merger was “the right step for our members”", "indirect", "Ruth Abernethy"),
        ],
    ),
    (
        "last-weather-snow-met-office",
        "Up to 20cm of snow could fall on high ground in northern England on Tuesday, forecasters have warned.\n\n"
        "The Met Office has issued an amber warning for parts of Cumbria and North Yorkshire.\n\n"
        "“Travel could be very difficult, and some rural communities may be cut off,” said Met Office meteorologist Aled Price.\n\n"
        "Highways officials said gritters had been out since Sunday night.\n",
        [
            ("Up to 20cm of snow could fall on high ground in northern England on Tuesday", "indirect", "forecasters"),
            ("Travel could be very difficult, and some rural communities may be cut off", "direct", "Aled Price"),
            ("gritters had been out since Sunday night", "indirect", "officials"),
        ],
    ),
    (
        "last-sport-f1-team-principal",
        "Driver Kimi Lahtinen took pole position for Sunday’s race with a last-lap flourish.\n\n"
        "“The car was on a knife edge, but I loved it,” Lahtinen said.\n\n"
        "His team principal, Giulia Ferraro, said the team had changed the car’s set-up overnight.\n\n"
        "Championship leader Marco Esposito will start fourth. He said his tyres had overheated.\n",
        [
            ("The car was on a knife edge, but I loved it", "direct", "Kimi Lahtinen"),
            ("the team had changed the car’s set-up overnight", "indirect", "Giulia Ferraro"),
            ("his tyres had overheated", "indirect", "Marco Esposito"),
        ],
    ),
    (
        "last-no-speech-obituary-trap",
        "Elspeth Moray, who ran the village shop in Carrick for 51 years, has died aged 93.\n\n"
        "Her shop, known locally as “the Wee Store”, sold everything from bread to fishing line.\n\n"
        "She is survived by two sons and five grandchildren.\n",
        [],
    ),
    (
        "last-police-appeal-pronoun",
        "Officers are searching for a 15-year-old boy who has been missing from his home in Lydbrook since Saturday.\n\n"
        "Inspector Hamid Rahimi said Josh Carter was last seen at a bus stop on Station Road.\n\n"
        "He urged anyone who had seen Josh to call police. “We are increasingly concerned for his welfare,” he said.\n",
        [
            ("Josh Carter was last seen at a bus stop on Station Road", "indirect", "Hamid Rahimi"),
            ("We are increasingly concerned for his welfare", "direct", "Hamid Rahimi"),
        ],
    ),
    (
        "last-tech-regulator-fine-apposition",
        "The data protection regulator has fined social network Chatterly €15m for keeping users’ messages after they were deleted.\n\n"
        "The regulator, the Office of the Data Commissioner, said the firm had broken the law for at least three years.\n\n"
        "Chatterly said it had fixed the problem and would appeal against the size of the fine.\n",
        [
            ("the firm had broken the law for at least three years", "indirect", "Office of the Data Commissioner"),
            ("it had fixed the problem and would appeal against the size of the fine", "indirect", "Chatterly"),
        ],
    ),
    (
        "last-farm-single-quotes",
        "Farmers in the Vale of Ardent say a wet spring has left them weeks behind with planting.\n\n"
        "'I've never seen the fields like this in April,' said Tom Pryor, who farms 300 acres near Millbrook.\n\n"
        "The farmers' union said members faced losses of up to a third of their crop.\n",
        [
            ("a wet spring has left them weeks behind with planting", "indirect", "farmers"),
            ("I've never seen the fields like this in April", "direct", "Tom Pryor"),
            ("members faced losses of up to a third of their crop", "indirect", "union"),
        ],
    ),
    (
        "last-health-hospital-chief-later",
        "The chief executive of Southmoor Hospitals said on Tuesday that waiting lists had fallen for the first time in three years.\n\n"
        "The trust treated 12% more patients in the year to March.\n\n"
        "Chief executive Daniel Achebe credited staff who had worked extra weekend shifts.\n",
        [("waiting lists had fallen for the first time in three years", "indirect", "Daniel Achebe")],
    ),
    (
        "last-education-strike-groups",
        "Teachers in 40 schools walked out on Wednesday in a dispute over workload.\n\n"
        "Parents said they had been given less than a day’s notice.\n\n"
        "The teachers’ union, the NEU, said the strike had been called as a last resort.\n\n"
        "“We would much rather be in the classroom,” said Helen Tran, a maths teacher on the picket line.\n",
        [
            ("they had been given less than a day’s notice", "indirect", "parents"),
            ("the strike had been called as a last resort", "indirect", "NEU"),
            ("We would much rather be in the classroom", "direct", "Helen Tran"),
        ],
    ),
    (
        "last-theatre-review-titles",
        "The Lyric Theatre’s new production of “The Cherry Orchard” opened on Thursday to warm reviews.\n\n"
        "Director Tomasz Kowalski has set the play in 1990s Poland. He said the story of a family losing its home still felt “painfully modern”.\n\n"
        "The run has been extended to June.\n",
        [("the story of a family losing its home still felt “painfully modern”", "indirect", "Tomasz Kowalski")],
    ),
    (
        "last-transport-minister-two-sources-role",
        "Transport Minister Ingrid Haugland announced a ban on new petrol cars from 2030.\n\n"
        "The minister said charging points would be installed at every petrol station.\n\n"
        "Carmakers said the timetable was too tight. “It can be done, but only with help,” said Jonas Berg, head of the carmakers’ association.\n",
        [
            ("charging points would be installed at every petrol station", "indirect", "Ingrid Haugland"),
            ("the timetable was too tight", "indirect", "carmakers"),
            ("It can be done, but only with help", "direct", "Jonas Berg"),
        ],
    ),
]

#: A ninth batch of 8 texts, written after every fix above and scored unseen.
CODA_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "coda-election-count",
        "Counting in the Ashfield by-election went on until 4am, when the returning officer declared Nadia Rahman the winner by 312 votes.\n\n"
        "“This is a win for every street that felt forgotten,” Rahman told supporters at the count.\n\n"
        "Her defeated rival, Gordon Pike, said he would not ask for a recount. He congratulated Rahman and said turnout had been “shockingly low”.\n\n"
        "Turnout was 29%, the lowest in the constituency since 1945, according to the council.\n",
        [
            ("This is a win for every street that felt forgotten", "direct", "Nadia Rahman"),
            ("he would not ask for a recount", "indirect", "Gordon Pike"),
            ("turnout had been “shockingly low”", "indirect", "Gordon Pike"),
            ("Turnout was 29%, the lowest in the constituency since 1945", "indirect", "council"),
        ],
    ),
    (
        "coda-hospital-superbug",
        "Two wards at Kingsmead Hospital have been closed to visitors after an outbreak of norovirus.\n\n"
        "The hospital’s director of nursing, Abigail Frost, said 14 patients and six staff had been affected.\n\n"
        "“Please do not visit if you have had sickness or diarrhoea in the past 48 hours,” she said.\n\n"
        "Visitors said they had not been told about the closure until they arrived.\n",
        [
            ("14 patients and six staff had been affected", "indirect", "Abigail Frost"),
            ("Please do not visit if you have had sickness or diarrhoea in the past 48 hours", "direct", "Abigail Frost"),
            ("they had not been told about the closure until they arrived", "indirect", "visitors"),
        ],
    ),
    (
        "coda-tech-privacy-fine-quote-first",
        "“We got this wrong, and we are sorry.”\n\n"
        "With those words, the founder of photo app Snapwell, Erik Vahlberg, apologised on Monday for sharing users’ locations with advertisers.\n\n"
        "The company has been fined £4m by the Information Commissioner’s Office, which said the breach affected 2.3 million people.\n",
        [
            ("We got this wrong, and we are sorry.", "direct", "Erik Vahlberg"),
            ("the breach affected 2.3 million people", "indirect", "Information Commissioner’s Office"),
        ],
    ),
    (
        "coda-river-pollution-agency",
        "Sewage was released into the River Wenn on 212 days last year, figures published on Thursday show.\n\n"
        "The water company responsible, Wessex Vale Water, said it was investing £90m to cut spills by half by 2030.\n\n"
        "Campaigners said the plan was far too slow. “Children swim in this river,” said Lucy Hammond of the group Clean Wenn.\n",
        [
            ("it was investing £90m to cut spills by half by 2030", "indirect", "Wessex Vale Water"),
            ("the plan was far too slow", "indirect", "campaigners"),
            ("Children swim in this river", "direct", "Lucy Hammond"),
        ],
    ),
    (
        "coda-arts-festival-cancelled",
        "The Harrowby folk festival has been cancelled for the first time in 40 years because of rising costs.\n\n"
        "Organisers said insurance alone had risen by 60% since last year.\n\n"
        "“It breaks my heart,” said festival director Moira Kennedy, who has run the event since 1998.\n\n"
        "Local businesses said the festival brought in around £2m each summer.\n",
        [
            ("insurance alone had risen by 60% since last year", "indirect", "organisers"),
            ("It breaks my heart", "direct", "Moira Kennedy"),
            ("the festival brought in around £2m each summer", "indirect", "businesses"),
        ],
    ),
    (
        "coda-rail-fares-minister",
        "Rail fares will rise by 4.6% in March, the government confirmed on Wednesday.\n\n"
        "Rail Minister Gareth Lowe said the rise was below inflation and would help pay for new trains.\n\n"
        "Passenger groups said commuters were paying more for a worse service. The minister rejected that, saying punctuality had improved in every region.\n",
        [
            ("Rail fares will rise by 4.6% in March", "indirect", "government"),
            ("the rise was below inflation and would help pay for new trains", "indirect", "Gareth Lowe"),
            ("commuters were paying more for a worse service", "indirect", "groups"),
            ("punctuality had improved in every region", "indirect", "Gareth Lowe"),
        ],
    ),
    (
        "coda-boxing-weigh-in",
        "Former champion Dmitri Volkov weighed in two pounds over the limit on Friday, putting Saturday’s title fight in doubt.\n\n"
        "His promoter, Alex Romero, said the fight would go ahead but Volkov could not win the belt.\n\n"
        "“I made a mistake with my diet. That is on me,” Volkov said.\n",
        [
            ("the fight would go ahead but Volkov could not win the belt", "indirect", "Alex Romero"),
            ("I made a mistake with my diet. That is on me", "direct", "Dmitri Volkov"),
        ],
    ),
    (
        "coda-no-speech-road-closure",
        "The A46 will be closed overnight between Leckby and Fenton for resurfacing from Monday.\n\n"
        "Diversions will be signposted via the B1190. The work is expected to take two weeks.\n\n"
        "Drivers are advised to allow extra time for journeys.\n",
        [],
    ),
]
