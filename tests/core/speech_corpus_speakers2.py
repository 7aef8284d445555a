"""A fifteenth batch of invented news texts about WHO speaks (the "speaker
accuracy, fourth round" task), written before any rule was changed for it
and scored once as it was (the first score is recorded in
test_speech_corpus.py, in docs/speech-corpus-history.md and in the commit
that added this file).

It leans on speaker RESOLUTION: several people of one gender and the
pronouns after them, relatives sharing a surname (met later by first name,
by "Mr"/"Mrs" or by surname alone), organisations referred back to by a
common noun ("the company", "the club", "the ministry", "the university",
"the manufacturer" before the firm is named), quotations whose speaker is
named in the sentence or paragraph after, groups ("residents said",
"officials said"), spokespeople, anonymous sources ("a person familiar
with …", "one official, who asked not to be named"), pronoun chains across
paragraphs of background, appeals ("urged X to …", no statement, the
corpus's policy) and traps (job words such as "a layman", quoted titles).

Same format as `speech_corpus`: (label, text, expected), expected a list of
(span, kind, speaker); a lower-case speaker is a group, an organisation or a
role named by its head noun; None means the text names nobody. Every person,
firm, club and place is fictional.
"""

from __future__ import annotations

SPEAKER2_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "spk2-planning-two-councillors",
        "Councillors approve 400 homes on former airfield\n\n"
        "Plans for 400 homes on the former Brackenfield airfield were approved by one vote on Wednesday night.\n\n"
        "The committee’s chairwoman, Councillor Mairead Flynn, said the site had stood empty for twenty years. “Young families in this district cannot find anywhere to live,” she said.\n\n"
        "Councillor Joanna Petrakis, who voted against, said the roads could not cope. “Every morning the junction at Pell Cross is already at a standstill,” she said. “Four hundred more cars will not help.”\n\n"
        "Flynn said the developer would pay for a new roundabout.\n",
        [
            ("the site had stood empty for twenty years", "indirect", "Mairead Flynn"),
            ("Young families in this district cannot find anywhere to live", "direct", "Mairead Flynn"),
            ("the roads could not cope", "indirect", "Joanna Petrakis"),
            ("Every morning the junction at Pell Cross is already at a standstill", "direct", "Joanna Petrakis"),
            ("Four hundred more cars will not help.", "direct", "Joanna Petrakis"),
            ("the developer would pay for a new roundabout", "indirect", "Mairead Flynn"),
        ],
    ),
    (
        "spk2-father-son-first-names",
        "Sheep farm turns to cheese after wool price collapse\n\n"
        "Gareth Lloyd has kept sheep above Llanfedw for forty years. His son, Rhys Lloyd, persuaded him last spring to start milking them.\n\n"
        "“Wool pays less than the shearing costs now,” Rhys said. “Milk at least pays the bills.”\n\n"
        "His father took more convincing. Gareth said he had laughed at the idea for a month before he tasted the first cheese.\n\n"
        "“Now I cannot stop eating it,” he said.\n",
        [
            ("Wool pays less than the shearing costs now", "direct", "Rhys Lloyd"),
            ("Milk at least pays the bills.", "direct", "Rhys Lloyd"),
            ("he had laughed at the idea for a month before he tasted the first cheese", "indirect", "Gareth Lloyd"),
            ("Now I cannot stop eating it", "direct", "Gareth Lloyd"),
        ],
    ),
    (
        "spk2-company-firm-back-reference",
        "Harwick Foods to close bakery with loss of 210 jobs\n\n"
        "Harwick Foods will close its bakery in Tolbury in March, putting 210 jobs at risk.\n\n"
        "The company said demand for packaged bread had fallen for five years in a row.\n\n"
        "Staff were told at a meeting on Tuesday morning. One baker, who has worked at the site for 22 years, said people were in tears.\n\n"
        "The firm added that it would try to find roles for some workers at its plant in Easton.\n",
        [
            ("demand for packaged bread had fallen for five years in a row", "indirect", "Harwick Foods"),
            ("people were in tears", "indirect", None),
            ("it would try to find roles for some workers at its plant in Easton", "indirect", "Harwick Foods"),
        ],
    ),
    (
        "spk2-manufacturer-before-named",
        "Heaters recalled after fires in three homes\n\n"
        "A brand of oil-filled heater sold online is being recalled after three house fires.\n\n"
        "The manufacturer said a faulty thermostat could let the heater overheat if it was left on overnight.\n\n"
        "Velmont Appliances, which makes the heaters in Slovakia, said owners should stop using them at once and would be sent a replacement.\n\n"
        "Fire crews in Denholm said one of the fires had spread to a neighbouring flat.\n",
        [
            ("a faulty thermostat could let the heater overheat if it was left on overnight", "indirect", "Velmont Appliances"),
            ("owners should stop using them at once and would be sent a replacement", "indirect", "Velmont Appliances"),
            ("one of the fires had spread to a neighbouring flat", "indirect", "crews"),
        ],
    ),
    (
        "spk2-club-back-reference",
        "Ashcombe Athletic sack manager after eight defeats\n\n"
        "Ashcombe Athletic have dismissed manager Colin Brereton after a run of eight straight league defeats.\n\n"
        "The club said in a statement that it thanked Brereton for his work but that results had fallen short.\n\n"
        "Brereton, 51, joined from Kelso United in the summer. He said on social media that he was proud of the players.\n\n"
        "Captain Dean Roulstone said the squad had let the manager down. “That is on us, not him,” he said.\n\n"
        "The club added that first-team coach Ahmed Saleh would take charge for Saturday’s game.\n",
        [
            ("it thanked Brereton for his work but that results had fallen short", "indirect", "Ashcombe Athletic"),
            ("he was proud of the players", "indirect", "Colin Brereton"),
            ("the squad had let the manager down", "indirect", "Dean Roulstone"),
            ("That is on us, not him", "direct", "Dean Roulstone"),
            ("first-team coach Ahmed Saleh would take charge for Saturday’s game", "indirect", "Ashcombe Athletic"),
        ],
    ),
    (
        "spk2-ministry-back-reference",
        "Drought: water rationing extended to the capital\n\n"
        "The Ministry of Water Resources extended rationing to the capital on Monday as the main reservoir fell to a fifth of its capacity.\n\n"
        "Households will receive water on four days a week. The ministry said the measure would last at least until the autumn rains.\n\n"
        "Engineers at the Dalmar dam said the level had dropped by two metres in a month.\n\n"
        "“We have never seen it this low,” said Yusuf Hamdan, who has worked at the dam since 1994.\n",
        [
            ("the measure would last at least until the autumn rains", "indirect", "Ministry of Water Resources"),
            ("the level had dropped by two metres in a month", "indirect", "engineers"),
            ("We have never seen it this low", "direct", "Yusuf Hamdan"),
        ],
    ),
    (
        "spk2-quote-then-speaker-next-paragraph",
        "Last shift at the Carrow pit\n\n"
        "“You go down every day for thirty years and then one morning there is nowhere to go.”\n\n"
        "Those are the words of Dennis Mabry, 63, who worked his last shift at the Carrow colliery on Friday as the mine closed after 140 years.\n\n"
        "About 300 miners lost their jobs. The owners, Northvale Mining, said the seam could no longer be worked at a profit.\n",
        [
            ("You go down every day for thirty years and then one morning there is nowhere to go.", "direct", "Dennis Mabry"),
            ("the seam could no longer be worked at a profit", "indirect", "Northvale Mining"),
        ],
    ),
    (
        "spk2-residents-officials-groups",
        "Estate residents say damp complaints ignored for years\n\n"
        "Tenants on the Greystone estate have gathered more than 600 signatures calling for their homes to be repaired.\n\n"
        "Housing manager Lorna Pettigrew met residents on Thursday. Residents said mould had returned within weeks of every repair.\n\n"
        "Council officials said a survey of all 340 flats would begin next month.\n\n"
        "Pettigrew said she understood their anger. “Nobody should have to live like this,” she said.\n",
        [
            ("mould had returned within weeks of every repair", "indirect", "residents"),
            ("a survey of all 340 flats would begin next month", "indirect", "officials"),
            ("she understood their anger", "indirect", "Lorna Pettigrew"),
            ("Nobody should have to live like this", "direct", "Lorna Pettigrew"),
        ],
    ),
    (
        "spk2-spokespeople",
        "Charity shop van stolen with Christmas stock\n\n"
        "A van loaded with donated toys was stolen from outside a charity warehouse in Redbourne overnight on Sunday.\n\n"
        "A spokeswoman for the Marlow Trust, which runs the warehouse, said the toys had been meant for 150 families.\n\n"
        "A police spokesman said officers were checking camera footage from the industrial estate.\n\n"
        "The trust’s chief executive, Harriet Vance, said local firms had already offered to replace some of the stock.\n",
        [
            ("the toys had been meant for 150 families", "indirect", "Marlow Trust"),
            ("officers were checking camera footage from the industrial estate", "indirect", "police"),
            ("local firms had already offered to replace some of the stock", "indirect", "Harriet Vance"),
        ],
    ),
    (
        "spk2-anonymous-sources",
        "Carmaker in talks to sell truck division\n\n"
        "Orlaine Motors is in talks to sell its truck division to a private equity group, according to two people familiar with the negotiations.\n\n"
        "A deal could be announced before the end of the year, one of the people said.\n\n"
        "One executive, who asked not to be named because the talks are private, said the board had been split on the sale.\n\n"
        "Orlaine Motors declined to comment.\n",
        [
            ("Orlaine Motors is in talks to sell its truck division to a private equity group", "indirect", None),
            ("A deal could be announced before the end of the year", "indirect", None),
            ("the board had been split on the sale", "indirect", None),
        ],
    ),
    (
        "spk2-pronoun-chain-background",
        "Lighthouse keeper’s logbooks go on show\n\n"
        "Forty years of logbooks kept at the Skerrin lighthouse go on show at the Wickport museum this week.\n\n"
        "Alasdair Munro kept the light from 1961 until it was automated in 1998. He wrote in the books every four hours, whatever the weather.\n\n"
        "His predecessor, Hector Bain, had kept them only once a day. The museum bought the collection from a private owner last year.\n\n"
        "“The books were my company,” Munro said. “Some winters I saw nobody for six weeks.”\n\n"
        "He said he had never missed an entry, not even on the night his daughter was born.\n",
        [
            ("The books were my company", "direct", "Alasdair Munro"),
            ("Some winters I saw nobody for six weeks.", "direct", "Alasdair Munro"),
            ("he had never missed an entry, not even on the night his daughter was born", "indirect", "Alasdair Munro"),
        ],
    ),
    (
        "spk2-coach-praises-player",
        "Horvat double sends Kelby through\n\n"
        "Luka Horvat scored twice as Kelby Town beat Marsh Lane 2-0 to reach the quarter-finals of the county cup.\n\n"
        "Kelby manager Pieter Jansen said the striker had been the best player on the pitch. “He was outstanding, and he did the work nobody sees as well,” he said.\n\n"
        "Horvat, 22, said he had dedicated the goals to his grandfather, who died last month.\n",
        [
            ("the striker had been the best player on the pitch", "indirect", "Pieter Jansen"),
            ("He was outstanding, and he did the work nobody sees as well", "direct", "Pieter Jansen"),
            ("he had dedicated the goals to his grandfather, who died last month", "indirect", "Luka Horvat"),
        ],
    ),
    (
        "spk2-layman-trap",
        "Cracks found in Tessel footbridge\n\n"
        "A footbridge over the Tessel has been closed after cracks were found in two of its steel beams.\n\n"
        "To a layman the cracks look tiny, but they matter, said structural engineer Carys Bevan, who inspected the bridge.\n\n"
        "“A crack in a beam like that only grows,” Bevan said. She said repairs would take about three months.\n\n"
        "Shopkeeper Martin Ogle said trade had already fallen since the closure.\n",
        [
            ("To a layman the cracks look tiny, but they matter", "indirect", "Carys Bevan"),
            ("A crack in a beam like that only grows", "direct", "Carys Bevan"),
            ("repairs would take about three months", "indirect", "Carys Bevan"),
            ("trade had already fallen since the closure", "indirect", "Martin Ogle"),
        ],
    ),
    (
        "spk2-appeals-and-saying",
        "Gas leak forces evacuation of Hollins Street\n\n"
        "About 80 people were moved from their homes in Hollins Street on Tuesday after a gas main was damaged by roadworks.\n\n"
        "Police urged people to keep away from the area while engineers worked on the pipe.\n\n"
        "Mayor Anton Keller urged calm, saying the leak had been contained within two hours.\n\n"
        "Gas network engineers said residents could return home on Wednesday morning.\n",
        [
            ("the leak had been contained within two hours", "indirect", "Anton Keller"),
            ("residents could return home on Wednesday morning", "indirect", "engineers"),
        ],
    ),
    (
        "spk2-only-person-no-gender",
        "Primary teacher named best in the county\n\n"
        "Alex Morgan, who teaches Year 4 at Lindley primary school, has been named the county’s teacher of the year.\n\n"
        "The award follows a project in which pupils built a weather station on the school roof and sent their readings to the national weather service.\n\n"
        "“The children did all the hard work,” she said. “I just held the ladder.”\n",
        [
            ("The children did all the hard work", "direct", "Alex Morgan"),
            ("I just held the ladder.", "direct", "Alex Morgan"),
        ],
    ),
    (
        "spk2-two-doctors",
        "Hospital opens night clinic for shift workers\n\n"
        "Whitmore General Hospital has opened a clinic that runs from 8pm to 2am for people who work shifts.\n\n"
        "Dr Nadia Qureshi, who set up the clinic, said many shift workers had never seen a GP in years. Her colleague Dr Helen Marsh said the first week had been fully booked.\n\n"
        "“We had a bus driver come in at one in the morning with a blood pressure that could have killed him,” Dr Marsh said.\n\n"
        "Qureshi said the hospital hoped to keep the clinic open beyond its six-month trial.\n",
        [
            ("many shift workers had never seen a GP in years", "indirect", "Nadia Qureshi"),
            ("the first week had been fully booked", "indirect", "Helen Marsh"),
            ("We had a bus driver come in at one in the morning with a blood pressure that could have killed him", "direct", "Helen Marsh"),
            ("the hospital hoped to keep the clinic open beyond its six-month trial", "indirect", "Nadia Qureshi"),
        ],
    ),
    (
        "spk2-court-prosecution-defence",
        "Accountant denies stealing from sailing club\n\n"
        "An accountant stole £86,000 from a sailing club where he was treasurer, a jury at Farnley Crown Court heard on Monday.\n\n"
        "Prosecutor Simon Reyes said Graham Oakes, 57, had moved the money into his own account in small amounts over six years.\n\n"
        "Oakes denies theft. His barrister, Amelia Foster, told the jury that the club’s books had been in chaos long before her client took over.\n\n"
        "The trial continues.\n",
        [
            ("Graham Oakes, 57, had moved the money into his own account in small amounts over six years", "indirect", "Simon Reyes"),
            ("the club’s books had been in chaos long before her client took over", "indirect", "Amelia Foster"),
        ],
    ),
    (
        "spk2-married-couple-mr-mrs",
        "Couple’s café wins village vote\n\n"
        "Omar Haddad and his wife Leila have run the café at Stoke Ferring for twelve years. On Saturday villagers voted it the heart of the parish.\n\n"
        "Mrs Haddad said she had cried when the result was read out. “We came here with nothing,” she said.\n\n"
        "Mr Haddad said the prize money would pay for a ramp at the door.\n",
        [
            ("she had cried when the result was read out", "indirect", "Leila Haddad"),
            ("We came here with nothing", "direct", "Leila Haddad"),
            ("the prize money would pay for a ramp at the door", "indirect", "Omar Haddad"),
        ],
    ),
    (
        "spk2-sisters-first-names",
        "Sisters open climbing wall in old chapel\n\n"
        "Ines Moreau and her younger sister Clara Moreau have turned a chapel in Halsey into a climbing centre.\n\n"
        "Ines, a former physiotherapist, said they had spent two years raising money from friends and a crowdfunding appeal.\n\n"
        "“The ceiling is fourteen metres high, which is perfect,” Clara said. “The pews went to a church in Poland.”\n",
        [
            ("they had spent two years raising money from friends and a crowdfunding appeal", "indirect", "Ines Moreau"),
            ("The ceiling is fourteen metres high, which is perfect", "direct", "Clara Moreau"),
            ("The pews went to a church in Poland.", "direct", "Clara Moreau"),
        ],
    ),
    (
        "spk2-university-back-reference",
        "University to cut languages department\n\n"
        "The University of Eastmoor plans to close its department of modern languages, putting 38 posts at risk.\n\n"
        "The university said fewer than 40 students had applied to study languages this year.\n\n"
        "Lecturers said the decision would leave the region without any degree in German or Italian. Professor Ruth Sandoval, who has taught Italian there since 2002, called it a tragedy.\n\n"
        "“Once a department goes, it never comes back,” she said.\n",
        [
            ("fewer than 40 students had applied to study languages this year", "indirect", "University of Eastmoor"),
            ("the decision would leave the region without any degree in German or Italian", "indirect", "lecturers"),
            ("Once a department goes, it never comes back", "direct", "Ruth Sandoval"),
        ],
    ),
    (
        "spk2-warning-came-from",
        "Warning over winter flu season\n\n"
        "“This could be the worst winter for flu in a decade, and too few people have had the vaccine.”\n\n"
        "The warning came from Dr Marta Lindqvist, who leads the respiratory team at the Ostland Health Institute, on Tuesday.\n\n"
        "Only 41% of people over 65 have been vaccinated so far, the institute said.\n",
        [
            ("This could be the worst winter for flu in a decade, and too few people have had the vaccine.", "direct", "Marta Lindqvist"),
            ("Only 41% of people over 65 have been vaccinated so far", "indirect", "Ostland Health Institute"),
        ],
    ),
    (
        "spk2-union-and-company",
        "Bin workers to strike over pay\n\n"
        "Refuse collectors in Calder Vale will strike for two weeks from Monday after rejecting a pay offer from Greenway Services, which runs the service for the council.\n\n"
        "The union, the Municipal Workers Union, said the offer amounted to a pay cut once inflation was counted.\n\n"
        "The company said it had made a fair offer and was disappointed by the vote.\n\n"
        "The union said its members would picket the depot from six in the morning.\n",
        [
            ("the offer amounted to a pay cut once inflation was counted", "indirect", "Municipal Workers Union"),
            ("it had made a fair offer and was disappointed by the vote", "indirect", "Greenway Services"),
            ("its members would picket the depot from six in the morning", "indirect", "Municipal Workers Union"),
        ],
    ),
    (
        "spk2-returning-officer",
        "Independent wins Farrow by-election by 12 votes\n\n"
        "Independent candidate Susan Alderley won the Farrow ward by-election by 12 votes after two recounts.\n\n"
        "The returning officer said turnout had been 34%.\n\n"
        "Alderley said she would hold her first surgery in the library on Saturday. Her nearest rival, Labour’s Kate Dunmore, said she would not challenge the result.\n\n"
        "“Twelve votes is close, but it is a win,” Dunmore said.\n",
        [
            ("turnout had been 34%", "indirect", "returning officer"),
            ("she would hold her first surgery in the library on Saturday", "indirect", "Susan Alderley"),
            ("she would not challenge the result", "indirect", "Kate Dunmore"),
            ("Twelve votes is close, but it is a win", "direct", "Kate Dunmore"),
        ],
    ),
    (
        "spk2-researchers-group-lead-author",
        "Bees learn to avoid pesticide, study finds\n\n"
        "Bumblebees can learn to avoid flowers treated with a common pesticide, according to a study published on Wednesday.\n\n"
        "The researchers, from the University of Calderbrook, trained 400 bees to tell treated flowers from clean ones. They said most bees learned within a day.\n\n"
        "Lead author Dr Kwame Asante said the finding was no reason to relax the rules. “Learning costs the bees time they should spend feeding,” he said.\n",
        [
            ("most bees learned within a day", "indirect", "researchers"),
            ("the finding was no reason to relax the rules", "indirect", "Kwame Asante"),
            ("Learning costs the bees time they should spend feeding", "direct", "Kwame Asante"),
        ],
    ),
    (
        "spk2-police-neighbour-anonymous",
        "Man arrested after pensioner attacked at home\n\n"
        "A 34-year-old man has been arrested after a woman of 81 was attacked in her home in Bramley on Saturday evening.\n\n"
        "Detective Inspector Fiona Grant said the woman had been hit over the head and was in a stable condition.\n\n"
        "A neighbour, who did not want to be named, said the victim had lived in the street for fifty years. “Everyone knows her,” she said.\n\n"
        "Police said they were not looking for anyone else.\n",
        [
            ("the woman had been hit over the head and was in a stable condition", "indirect", "Fiona Grant"),
            ("the victim had lived in the street for fifty years", "indirect", None),
            ("Everyone knows her", "direct", None),
            ("they were not looking for anyone else", "indirect", "police"),
        ],
    ),
    (
        "spk2-two-managers-he",
        "Derby ends level after late equaliser\n\n"
        "Torrin City and Torrin Wanderers drew 1-1 on Sunday after a penalty in the 94th minute.\n\n"
        "City manager Bogdan Petrescu said the penalty should never have been given. “The ball hit his chest, not his arm,” he said.\n\n"
        "Wanderers boss Kevin Ashworth said his players had deserved the point. “We kept going when nobody believed we could,” he said.\n\n"
        "Petrescu said he would not complain to the league.\n",
        [
            ("the penalty should never have been given", "indirect", "Bogdan Petrescu"),
            ("The ball hit his chest, not his arm", "direct", "Bogdan Petrescu"),
            ("his players had deserved the point", "indirect", "Kevin Ashworth"),
            ("We kept going when nobody believed we could", "direct", "Kevin Ashworth"),
            ("he would not complain to the league", "indirect", "Bogdan Petrescu"),
        ],
    ),
    (
        "spk2-theatre-review-trap",
        "Review: a bold ‘Tempest’ at the Corn Exchange\n\n"
        "The Corn Exchange opens its season with “The Tempest”, set on an oil rig in the North Sea.\n\n"
        "The island’s “magic” is a bank of screens, and Prospero’s books are hard drives. The storm scene, with real water, is the best ten minutes of theatre in town this year.\n\n"
        "Not everything works. The so-called “comic” scenes drag, and the songs are lost under the noise of the generators.\n\n"
        "“The Tempest” runs until 14 March.\n",
        [],
    ),
    (
        "spk2-government-said",
        "Fuel duty to rise by 3p in spring\n\n"
        "Fuel duty will rise by three pence a litre in April, the government said on Thursday, ending a freeze that has lasted four years.\n\n"
        "Motoring groups said the rise would hit rural drivers hardest. The government said the money was needed to repair roads.\n\n"
        "Hauliers’ association chief Brenda Coyle said some small firms would go under.\n",
        [
            ("Fuel duty will rise by three pence a litre in April", "indirect", "government"),
            ("the rise would hit rural drivers hardest", "indirect", "groups"),
            ("the money was needed to repair roads", "indirect", "government"),
            ("some small firms would go under", "indirect", "Brenda Coyle"),
        ],
    ),
    (
        "spk2-founder-and-firm",
        "Robot maker Voss raises £40m\n\n"
        "Voss Robotics, the warehouse robot maker founded by Harlan Voss in a garage in Crewe, has raised £40 million from investors.\n\n"
        "Voss said the money would pay for a factory that could build 2,000 robots a year.\n\n"
        "Voss Robotics said it expected to hire 300 people by the end of next year.\n\n"
        "“I still have the first robot in my office,” Voss said. “It cannot lift anything heavier than a shoebox.”\n",
        [
            ("the money would pay for a factory that could build 2,000 robots a year", "indirect", "Harlan Voss"),
            ("it expected to hire 300 people by the end of next year", "indirect", "Voss Robotics"),
            ("I still have the first robot in my office", "direct", "Harlan Voss"),
            ("It cannot lift anything heavier than a shoebox.", "direct", "Harlan Voss"),
        ],
    ),
    (
        "spk2-residents-then-one-named",
        "Night flights anger villagers\n\n"
        "Villagers under the flight path of Cressley airport say night flights have doubled since the summer.\n\n"
        "Residents said the noise woke them between two and four most nights. One of them, Priya Nair, said her children had started falling asleep at school.\n\n"
        "“I have measured it at 78 decibels in their bedroom,” Nair said.\n\n"
        "The airport said night flights were within its licence.\n",
        [
            ("night flights have doubled since the summer", "indirect", "villagers"),
            ("the noise woke them between two and four most nights", "indirect", "residents"),
            ("her children had started falling asleep at school", "indirect", "Priya Nair"),
            ("I have measured it at 78 decibels in their bedroom", "direct", "Priya Nair"),
            ("night flights were within its licence", "indirect", "airport"),
        ],
    ),
    (
        "spk2-minister-role-back-reference",
        "Health minister promises 2,000 more nurses\n\n"
        "Health Minister Tobias Brandt promised on Friday to recruit 2,000 more nurses within two years.\n\n"
        "The minister said half of them would be trained at home and half recruited abroad.\n\n"
        "Nurses’ leader Ingrid Sollie said the promise had been made before. “We will believe it when they are on the wards,” she said.\n\n"
        "The minister told reporters he understood the doubts.\n",
        [
            ("half of them would be trained at home and half recruited abroad", "indirect", "Tobias Brandt"),
            ("the promise had been made before", "indirect", "Ingrid Sollie"),
            ("We will believe it when they are on the wards", "direct", "Ingrid Sollie"),
            ("he understood the doubts", "indirect", "Tobias Brandt"),
        ],
    ),
    (
        "spk2-she-two-women-object",
        "Rowing crew’s coach steps down\n\n"
        "Sara Lind will step down as coach of the national women’s eight after the world championships in September.\n\n"
        "Lind, 48, thanked her assistant, Ruth Okoro, who will take over. “She held this crew together through two very hard seasons,” Lind said.\n\n"
        "Okoro said she was honoured. “Sara built something special and I do not intend to change it,” she said.\n",
        [
            ("She held this crew together through two very hard seasons", "direct", "Sara Lind"),
            ("she was honoured", "indirect", "Ruth Okoro"),
            ("Sara built something special and I do not intend to change it", "direct", "Ruth Okoro"),
        ],
    ),
    (
        "spk2-brothers-surname-only-ambiguous",
        "Brothers’ bakery rises from the ashes\n\n"
        "Tomasz and Piotr Wrona reopened their bakery in Dunholme on Friday, a year after a fire destroyed it.\n\n"
        "Tomasz Wrona, the elder, bakes; his brother Piotr runs the shop. Piotr said customers had queued from six o’clock.\n\n"
        "“Some of them brought us photographs of the old shop,” he said.\n\n"
        "Tomasz said the new ovens used half the gas of the old ones.\n",
        [
            ("customers had queued from six o’clock", "indirect", "Piotr Wrona"),
            ("Some of them brought us photographs of the old shop", "direct", "Piotr Wrona"),
            ("the new ovens used half the gas of the old ones", "indirect", "Tomasz Wrona"),
        ],
    ),
    (
        "spk2-agency-spokesperson-named-later",
        "Airline cancels 60 flights as pilots fall ill\n\n"
        "Bluecrest Air cancelled 60 flights on Monday after dozens of pilots called in sick.\n\n"
        "A spokesperson for the airline said most passengers had been rebooked on flights the next day.\n\n"
        "Passengers at Norham airport said they had been given no information for hours. “We sat on the floor for six hours,” said Denise Obi, who was flying to Malaga with her two sons.\n\n"
        "The airline said it expected a normal schedule on Tuesday.\n",
        [
            ("most passengers had been rebooked on flights the next day", "indirect", "Bluecrest Air"),
            ("they had been given no information for hours", "indirect", "passengers"),
            ("We sat on the floor for six hours", "direct", "Denise Obi"),
            ("it expected a normal schedule on Tuesday", "indirect", "Bluecrest Air"),
        ],
    ),
    (
        "spk2-pronoun-after-paragraph-of-others",
        "Retired judge writes crime novel\n\n"
        "Sir Edmund Rayner spent 30 years on the bench before he retired in 2019. His first novel, about a murder in a cathedral close, is published this month.\n\n"
        "Rayner said he had started writing on the train to court. His wife, Margaret, typed the first draft from his handwriting.\n\n"
        "His publisher, Colm Devane, said the book had been bought within a week of reaching his desk.\n\n"
        "“Judges hear more stories than anyone,” Rayner said. “Most of them are too strange for fiction.”\n",
        [
            ("he had started writing on the train to court", "indirect", "Edmund Rayner"),
            ("the book had been bought within a week of reaching his desk", "indirect", "Colm Devane"),
            ("Judges hear more stories than anyone", "direct", "Edmund Rayner"),
            ("Most of them are too strange for fiction.", "direct", "Edmund Rayner"),
        ],
    ),
]

#: Written after the rules for SPEAKER2_CASES and scored once with them (the
#: honest figure for those rules on speaker resolution): new stories, the
#: same difficulties in other wording.
SPEAKER2_AFTER_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "spk2a-cooperative-back-reference",
        "Dairy co-operative raises milk price\n\n"
        "Fenmoor Dairies, a co-operative owned by 300 farmers, will pay its members two pence more per litre from June.\n\n"
        "The co-operative said higher prices for butter and cheese had made the rise possible.\n\n"
        "Farmer Agnes Whitlow, who milks 90 cows near Stallby, said the extra money would barely cover the cost of feed. “It helps, but it is not enough,” she said.\n",
        [
            ("higher prices for butter and cheese had made the rise possible", "indirect", "Fenmoor Dairies"),
            ("the extra money would barely cover the cost of feed", "indirect", "Agnes Whitlow"),
            ("It helps, but it is not enough", "direct", "Agnes Whitlow"),
        ],
    ),
    (
        "spk2a-two-women-chain",
        "Library saved by volunteers\n\n"
        "Brenna Holt and Gwen Tarrant spent eighteen months persuading the council not to close Mossley library.\n\n"
        "Holt, a retired postmistress, collected 3,000 signatures. Tarrant, a solicitor, wrote the legal challenge.\n\n"
        "“We never expected to win,” Tarrant said. “The council had already sold the shelves.”\n\n"
        "Holt said volunteers would now run the library on three days a week.\n",
        [
            ("We never expected to win", "direct", "Gwen Tarrant"),
            ("The council had already sold the shelves.", "direct", "Gwen Tarrant"),
            ("volunteers would now run the library on three days a week", "indirect", "Brenna Holt"),
        ],
    ),
    (
        "spk2a-spokesman-later-named",
        "Port closed after chemical spill\n\n"
        "The port of Arnholt was closed for six hours on Wednesday after a container leaked a cleaning chemical onto the quay.\n\n"
        "“Nobody was hurt and the spill never reached the water,” a spokesman for the port authority said.\n\n"
        "Dock workers said they had smelled the chemical for an hour before the alarm was raised.\n\n"
        "The spokesman, Jens Aalto, later said an inquiry would look at the delay.\n",
        [
            ("Nobody was hurt and the spill never reached the water", "direct", "port authority"),
            ("they had smelled the chemical for an hour before the alarm was raised", "indirect", "workers"),
            ("an inquiry would look at the delay", "indirect", "Jens Aalto"),
        ],
    ),
    (
        "spk2a-mother-daughter-surname",
        "Mother and daughter graduate together\n\n"
        "Rosa Delgado, 52, and her daughter Lucia Delgado, 24, collected their nursing degrees on the same stage in Wrexford on Friday.\n\n"
        "Rosa started the course after her youngest child left school. “I was the oldest in every lecture,” she said.\n\n"
        "Lucia said her mother had helped her through anatomy exams. “She made flash cards for both of us,” Lucia said.\n",
        [
            ("I was the oldest in every lecture", "direct", "Rosa Delgado"),
            ("her mother had helped her through anatomy exams", "indirect", "Lucia Delgado"),
            ("She made flash cards for both of us", "direct", "Lucia Delgado"),
        ],
    ),
    (
        "spk2a-anonymous-and-official",
        "Minister expected to resign over contracts\n\n"
        "Transport minister Olaf Brenner is expected to resign within days, according to three officials in his department.\n\n"
        "One of them said Brenner had told aides he no longer had the support of the prime minister.\n\n"
        "A government spokeswoman said the minister had the full confidence of the cabinet.\n",
        [
            ("Transport minister Olaf Brenner is expected to resign within days", "indirect", "officials"),
            ("Brenner had told aides he no longer had the support of the prime minister", "indirect", None),
            ("the minister had the full confidence of the cabinet", "indirect", "government"),
        ],
    ),
    (
        "spk2a-quote-then-named",
        "Ninety years of the Regent cinema\n\n"
        "“My grandfather sold tickets here, my mother ran the projector, and now I mop the floors.”\n\n"
        "So says Helen Cardew, 47, whose family has worked at the Regent in Bexley for three generations. The cinema turns ninety on Saturday.\n\n"
        "The owners, a local trust, said a new screen would be fitted in the spring.\n",
        [
            ("My grandfather sold tickets here, my mother ran the projector, and now I mop the floors.", "direct", "Helen Cardew"),
            ("a new screen would be fitted in the spring", "indirect", "owners"),
        ],
    ),
    (
        "spk2a-company-and-regulator",
        "Water firm fined over sewage spills\n\n"
        "Dunmere Water has been fined £4.2 million for releasing sewage into the River Callow on 40 days last year.\n\n"
        "The regulator said the company had ignored repeated warnings.\n\n"
        "The firm said it had since spent £30 million on new storage tanks and apologised to anglers.\n\n"
        "Angling club secretary Derek Moss said fish numbers had halved.\n",
        [
            ("the company had ignored repeated warnings", "indirect", "regulator"),
            ("it had since spent £30 million on new storage tanks and apologised to anglers", "indirect", "Dunmere Water"),
            ("fish numbers had halved", "indirect", "Derek Moss"),
        ],
    ),
    (
        "spk2a-he-two-men-object",
        "Coach hails goalkeeper after cup upset\n\n"
        "Linfield Park beat league leaders Arden 1-0 thanks to eleven saves from goalkeeper Matteo Rinaldi.\n\n"
        "Manager Declan Foyle embraced Rinaldi at the final whistle. “I have never seen a keeper play like that,” he said.\n\n"
        "Rinaldi said he had been nervous before kick-off.\n",
        [
            ("I have never seen a keeper play like that", "direct", "Declan Foyle"),
            ("he had been nervous before kick-off", "indirect", "Matteo Rinaldi"),
        ],
    ),
    (
        "spk2a-urged-and-group",
        "Heatwave warning for the weekend\n\n"
        "Forecasters said temperatures could reach 37C on Saturday in the east.\n\n"
        "Health officials urged people to drink water and to check on elderly neighbours.\n\n"
        "Paramedics said calls had already risen by a fifth. Ambulance manager Tessa Bright said crews were ready.\n",
        [
            ("temperatures could reach 37C on Saturday in the east", "indirect", "forecasters"),
            ("calls had already risen by a fifth", "indirect", "paramedics"),
            ("crews were ready", "indirect", "Tessa Bright"),
        ],
    ),
    (
        "spk2a-surname-later-title",
        "Archaeologists find Roman bath house\n\n"
        "A Roman bath house has been found under a car park in Castlebridge by a team led by Professor Imogen Fairley.\n\n"
        "Prof Fairley said the building was about 1,800 years old. “The floor tiles are still warm to the touch in summer,” she said.\n\n"
        "Her deputy, Dr Samuel Otieno, said the team had found coins from three emperors.\n",
        [
            ("the building was about 1,800 years old", "indirect", "Imogen Fairley"),
            ("The floor tiles are still warm to the touch in summer", "direct", "Imogen Fairley"),
            ("the team had found coins from three emperors", "indirect", "Samuel Otieno"),
        ],
    ),
]

#: Written after every rule the two batches above prompted, and scored once
#: with them: the honest figure for the rules as they stand.
SPEAKER2_FINAL_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "spk2f-bakery-couple",
        "Bakery couple retire after forty years\n\n"
        "Walter Brisk and his wife Edna closed the door of their bakery in Pemberton for the last time on Saturday.\n\n"
        "Mrs Brisk said she would miss the early mornings more than she expected. “The street is so quiet at five,” she said.\n\n"
        "Mr Brisk said the building had been sold to a florist.\n",
        [
            ("she would miss the early mornings more than she expected", "indirect", "Edna Brisk"),
            ("The street is so quiet at five", "direct", "Edna Brisk"),
            ("the building had been sold to a florist", "indirect", "Walter Brisk"),
        ],
    ),
    (
        "spk2f-league-club-statement",
        "Kestrel Albion fined for crowd trouble\n\n"
        "Kestrel Albion have been fined £20,000 after fans threw flares onto the pitch during the derby in March.\n\n"
        "The club said it had banned eleven supporters for life and would appeal against the size of the fine.\n\n"
        "Supporters’ trust chairman Len Oduya said the punishment fell on the many for the acts of a few.\n",
        [
            ("it had banned eleven supporters for life and would appeal against the size of the fine", "indirect", "Kestrel Albion"),
            ("the punishment fell on the many for the acts of a few", "indirect", "Len Oduya"),
        ],
    ),
    (
        "spk2f-anonymous-colleague",
        "Surgeon suspended after patient complaints\n\n"
        "A surgeon at Marbury Royal Infirmary has been suspended while the hospital investigates complaints from eleven patients.\n\n"
        "One colleague, who spoke on condition of anonymity, said concerns had been raised with managers two years ago. “Nobody listened,” he said.\n\n"
        "Medical director Dr Hannah Lowe said patient safety came first.\n",
        [
            ("concerns had been raised with managers two years ago", "indirect", None),
            ("Nobody listened", "direct", None),
            ("patient safety came first", "indirect", "Hannah Lowe"),
        ],
    ),
    (
        "spk2f-quote-first-then-voice",
        "The last ferryman of the Tamber\n\n"
        "“People think it is a romantic job until they row across in January.”\n\n"
        "Those are the words of Owen Pryce, 71, who has rowed passengers across the Tamber at Kellow for half a century.\n\n"
        "The parish council said it would look for someone to take over the crossing.\n",
        [
            ("People think it is a romantic job until they row across in January.", "direct", "Owen Pryce"),
            ("it would look for someone to take over the crossing", "indirect", "parish council"),
        ],
    ),
    (
        "spk2f-according-to-groups",
        "School bus contract collapses\n\n"
        "About 400 pupils in the Fenwold valley had no bus on Monday after the operator withdrew from its contract, according to parents.\n\n"
        "The council said a new operator would start next week. Teachers said attendance had fallen by a third.\n\n"
        "One of them said some children had walked six miles.\n",
        [
            ("About 400 pupils in the Fenwold valley had no bus on Monday after the operator withdrew from its contract", "indirect", "parents"),
            ("a new operator would start next week", "indirect", "council"),
            ("attendance had fallen by a third", "indirect", "teachers"),
            ("some children had walked six miles", "indirect", None),
        ],
    ),
    (
        "spk2f-two-men-same-paragraph",
        "Mountain rescue volunteers honoured\n\n"
        "Two volunteers of the Caldern mountain rescue team, Gareth Pugh and Anil Mehta, received bravery awards on Friday for a rescue in a blizzard last winter.\n\n"
        "Pugh said they had found the walker by the light of his phone. Mehta carried him for two hours.\n\n"
        "“I did not feel the cold until we were back at the base,” Mehta said.\n",
        [
            ("they had found the walker by the light of his phone", "indirect", "Gareth Pugh"),
            ("I did not feel the cold until we were back at the base", "direct", "Anil Mehta"),
        ],
    ),
    (
        "spk2f-manufacturer-later",
        "Kettles recalled over loose handles\n\n"
        "About 30,000 kettles sold in supermarkets are being recalled because their handles can come away.\n\n"
        "The manufacturer said it knew of four cases of minor burns.\n\n"
        "Harland Homeware, which is based in Sheffield, said customers could return the kettles to any store for a refund.\n",
        [
            ("it knew of four cases of minor burns", "indirect", "Harland Homeware"),
            ("customers could return the kettles to any store for a refund", "indirect", "Harland Homeware"),
        ],
    ),
    (
        "spk2f-sisters-pronoun",
        "Twins share top marks\n\n"
        "Twin sisters Maya and Noor Rahman have both been awarded top marks in their medical finals at Lindale University.\n\n"
        "Noor said they had studied together every evening for five years. “Maya is better at anatomy and I am better at exams,” she said.\n\n"
        "Their father, Imran Rahman, said the family was very proud.\n",
        [
            ("they had studied together every evening for five years", "indirect", "Noor Rahman"),
            ("Maya is better at anatomy and I am better at exams", "direct", "Noor Rahman"),
            ("the family was very proud", "indirect", "Imran Rahman"),
        ],
    ),
    (
        "spk2f-residents-and-one",
        "Landslip closes coast road\n\n"
        "A landslip has closed the coast road between Porth Enys and St Ruan, cutting the shortest route to the nearest hospital.\n\n"
        "Residents said the cliff had been moving for months. One of them, fisherman Tom Keast, said he had warned the council in the spring.\n\n"
        "The highways authority said engineers would inspect the cliff on Wednesday.\n",
        [
            ("the cliff had been moving for months", "indirect", "residents"),
            ("he had warned the council in the spring", "indirect", "Tom Keast"),
            ("engineers would inspect the cliff on Wednesday", "indirect", "highways authority"),
        ],
    ),
]
