"""A second hand-written corpus: whole short news articles in the styles of
many kinds of sites (wire copy, local papers, broadcasters, sports and
business pages, translated European copy), each with every statement a
careful reader finds.

Written after issue 9 had closed and scored before any rule was changed for
them (the honest "unseen" figure is recorded in `test_speech_corpus.py`).
Everything is invented: people, places, firms, clubs and events.

Same format as `speech_corpus.CASES`: (label, text, expected) with expected
(span, kind, speaker). A speaker written in lower case is a group or an
organisation described by a common noun ("prosecutors", "police", "the
defence", "residents"): it matches an actor whose name has that head noun
("Devon police", "officials at the ministry"), never one where the word only
qualifies another head ("defence ministry" is not "the defence"). None means
the text names nobody (an unresolved speaker is right).
"""

from __future__ import annotations

NEWS_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "news-court-water-law",
        "Judge blocks water-rights law\n\n"
        "MILLBROOK, Ore. \u2014 A federal judge on Thursday blocked the state's new water-rights law from taking "
        "effect, siding with a coalition of farmers who sued in March.\n\n"
        "Judge Patricia Onyango wrote that the law \"strips landowners of rights they have held for a century "
        "without any process at all.\"\n\n"
        "The state attorney general, Daniel Reyes, said his office would appeal. \"We believe the law is sound "
        "and we will defend it,\" Reyes said in a statement.\n\n"
        "Lawyers for the farmers welcomed the decision. \"This is a good day for every family that works the "
        "land in this valley,\" said Ana Whitfield, who represents the coalition.\n\n"
        "\"We never wanted a fight with the state. We wanted a seat at the table.\n\n"
        "\"Today the court gave us one.\"\n\n"
        "The ruling applies until the case goes to trial, expected next spring.\n",
        [
            ("strips landowners of rights they have held for a century without any process at all.", "partial", "Patricia Onyango"),
            ("his office would appeal", "indirect", "Daniel Reyes"),
            ("We believe the law is sound and we will defend it", "direct", "Daniel Reyes"),
            ("This is a good day for every family that works the land in this valley", "direct", "Ana Whitfield"),
            ("We never wanted a fight with the state. We wanted a seat at the table.", "direct", "Ana Whitfield"),
            ("Today the court gave us one.", "direct", "Ana Whitfield"),
        ],
    ),
    (
        "news-storm-southwest",
        "Storm Imogen: thousands without power as gusts reach 90mph\n\n"
        "Tens of thousands of homes across the south-west were left without power on Saturday after Storm "
        "Imogen brought gusts of up to 90mph.\n\n"
        "The Met Office said the strongest winds had passed but warned of further flooding on Sunday.\n\n"
        "Police said a man in his 60s had died after a tree fell on his car near Tavistock.\n\n"
        "Devon and Cornwall Police urged drivers to avoid the A38. \u201cPlease only travel if you absolutely "
        "must,\u201d Chief Inspector Rhona Pellow said.\n\n"
        "Residents in Looe told the BBC the water had risen faster than ever before.\n\n"
        "Sally Treloar, 71, who has lived on the harbour front for 40 years, said she had never seen anything "
        "like it.\n\n"
        "\u201cIt came up through the floorboards in about ten minutes,\u201d she said. \u201cWe lost everything "
        "downstairs.\u201d\n\n"
        "Western Power Distribution said engineers were working through the night and most customers would be "
        "reconnected by Monday.\n",
        [
            ("the strongest winds had passed", "indirect", "Met Office"),
            ("a man in his 60s had died after a tree fell on his car near Tavistock", "indirect", "police"),
            ("Please only travel if you absolutely must", "direct", "Rhona Pellow"),
            ("the water had risen faster than ever before", "indirect", "residents"),
            ("she had never seen anything like it", "indirect", "Sally Treloar"),
            ("It came up through the floorboards in about ten minutes", "direct", "Sally Treloar"),
            ("We lost everything downstairs.", "direct", "Sally Treloar"),
            ("engineers were working through the night and most customers would be reconnected by Monday",
             "indirect", "Western Power Distribution"),
        ],
    ),
    (
        "news-cup-final-penalties",
        "Harbourside lift the cup after penalty drama\n\n"
        "Harbourside won the National Cup for the first time in 31 years on Saturday, beating Redcastle 5-4 on "
        "penalties after a 1-1 draw.\n\n"
        "Goalkeeper Luis Ferreira saved two spot-kicks and was named man of the match.\n\n"
        "\u201cI don't remember much of it, to be honest,\u201d Ferreira said. \u201cI just picked a side and "
        "trusted it.\u201d\n\n"
        "Harbourside manager Gemma Thorne, who took over only in January, said her players had \u201cearned "
        "every second of this.\u201d\n\n"
        "\u201cPeople wrote us off in the autumn. They said we would be relegated,\u201d she told reporters. "
        "\u201cLook at us now.\u201d\n\n"
        "Redcastle boss Viktor Hale was gracious in defeat. \u201cPenalties are cruel, but they were the better "
        "side over 120 minutes,\u201d he said.\n\n"
        "Hale added that he expected to stay at the club next season.\n",
        [
            ("I don't remember much of it, to be honest", "direct", "Luis Ferreira"),
            ("I just picked a side and trusted it.", "direct", "Luis Ferreira"),
            ("her players had \u201cearned every second of this.\u201d", "indirect", "Gemma Thorne"),
            ("People wrote us off in the autumn. They said we would be relegated", "direct", "Gemma Thorne"),
            ("Look at us now.", "direct", "Gemma Thorne"),
            ("Penalties are cruel, but they were the better side over 120 minutes", "direct", "Viktor Hale"),
            ("he expected to stay at the club next season", "indirect", "Viktor Hale"),
        ],
    ),
    (
        "news-results-energy",
        "Northwind Energy profit falls 40% as gas prices ease\n\n"
        "Northwind Energy reported a 40% fall in first-half profit on Wednesday, blaming lower wholesale gas "
        "prices and a warm winter.\n\n"
        "The company said in a statement that it would cut 600 jobs and sell its retail arm by the end of the "
        "year.\n\n"
        "Chief executive Marcus Adeyemi told investors the cuts were \"painful but necessary.\"\n\n"
        "\"We have to be a smaller, sharper business,\" Adeyemi said on a call with analysts. \"The old model "
        "no longer works.\"\n\n"
        "Analysts said the figures were weaker than expected. Shares fell 7% in early trading.\n\n"
        "\"The retail sale is the right call, but it will take time,\" said Priya Raman, an energy analyst at "
        "Bellcourt Securities.\n\n"
        "Unions said they would fight any compulsory redundancies.\n",
        [
            ("it would cut 600 jobs and sell its retail arm by the end of the year", "indirect", "Northwind Energy"),
            ("the cuts were \"painful but necessary.\"", "indirect", "Marcus Adeyemi"),
            ("We have to be a smaller, sharper business", "direct", "Marcus Adeyemi"),
            ("The old model no longer works.", "direct", "Marcus Adeyemi"),
            ("the figures were weaker than expected", "indirect", "analysts"),
            ("The retail sale is the right call, but it will take time", "direct", "Priya Raman"),
            ("they would fight any compulsory redundancies", "indirect", "unions"),
        ],
    ),
    (
        "news-election-runoff",
        "VALDORA (AP) \u2014 Voters in Valdora chose a new president on Sunday in a tight runoff between the "
        "interior minister and a former judge.\n\n"
        "Electoral officials said turnout had reached 68% by mid-afternoon, the highest in two decades.\n\n"
        "Opposition candidate Elena Marchetti cast her ballot in her home town. \"Today the people decide, not "
        "the palace,\" she told supporters outside the polling station.\n\n"
        "Her rival, Interior Minister Paulo Serrano, urged calm. He said he would accept the result \"whatever "
        "it is.\"\n\n"
        "International observers from the regional bloc said they had seen no major irregularities.\n\n"
        "Results are expected on Monday.\n",
        [
            ("turnout had reached 68% by mid-afternoon, the highest in two decades", "indirect", "officials"),
            ("Today the people decide, not the palace", "direct", "Elena Marchetti"),
            ("he would accept the result \"whatever it is.\"", "indirect", "Paulo Serrano"),
            ("they had seen no major irregularities", "indirect", "observers"),
        ],
    ),
    (
        "news-protest-maternity",
        "Thousands march against hospital closure\n\n"
        "More than 5,000 people marched through the centre of Castlebury on Saturday to protest against plans "
        "to close the town's only maternity unit.\n\n"
        "Organisers said it was the largest demonstration in the town since the miners' strike.\n\n"
        "Among the marchers was Joanne Miles, a midwife who has worked at the unit for 22 years.\n\n"
        "\u201cWhen they closed the children's ward, we were told it would be the last cut.\n\n"
        "\u201cNow they want to send women in labour 40 miles down the road on a single-lane road in winter.\n\n"
        "\u201cIt is not safe, and everyone here knows it,\u201d she said.\n\n"
        "The health board said no final decision had been made and that a public consultation would open in "
        "the new year.\n\n"
        "A spokesman for the board said safety was \u201cour first concern.\u201d\n",
        [
            ("it was the largest demonstration in the town since the miners' strike", "indirect", "organisers"),
            ("When they closed the children's ward, we were told it would be the last cut.", "direct", "Joanne Miles"),
            ("Now they want to send women in labour 40 miles down the road on a single-lane road in winter.",
             "direct", "Joanne Miles"),
            ("It is not safe, and everyone here knows it", "direct", "Joanne Miles"),
            ("no final decision had been made and that a public consultation would open in the new year",
             "indirect", "board"),
            ("safety was \u201cour first concern.\u201d", "indirect", "board"),
        ],
    ),
    (
        "news-science-coral",
        "Coral reefs recover faster than thought, study suggests\n\n"
        "Some coral reefs can recover from bleaching within a decade, far faster than scientists had assumed, "
        "according to research published on Thursday.\n\n"
        "A team led by Dr Hana Yoshida at the Pacific Marine Institute surveyed 120 reefs over 15 years.\n\n"
        "\u201cWe were genuinely surprised,\u201d Dr Yoshida said. \u201cReefs that looked dead in 2010 were "
        "thriving by 2020.\u201d\n\n"
        "The researchers cautioned that recovery depended on cooler water and warned that more frequent "
        "heatwaves could undo the gains.\n\n"
        "Professor Carl Brennan, a reef ecologist who was not involved in the study, said the findings were "
        "encouraging but should not be read as a reason for complacency.\n\n"
        "\u201cThis buys us time. It doesn't solve anything,\u201d he said.\n",
        [
            ("Some coral reefs can recover from bleaching within a decade, far faster than scientists had assumed",
             "indirect", None),
            ("We were genuinely surprised", "direct", "Hana Yoshida"),
            ("Reefs that looked dead in 2010 were thriving by 2020.", "direct", "Hana Yoshida"),
            ("recovery depended on cooler water", "indirect", "researchers"),
            ("more frequent heatwaves could undo the gains", "indirect", "researchers"),
            ("the findings were encouraging but should not be read as a reason for complacency", "indirect",
             "Carl Brennan"),
            ("This buys us time. It doesn't solve anything", "direct", "Carl Brennan"),
        ],
    ),
    (
        "news-health-waiting-lists",
        "Hospital waiting lists hit record high\n\n"
        "Waiting lists at hospitals in the northern region reached a record 410,000 in September, figures "
        "published on Tuesday show.\n\n"
        "Health minister Ruth Achterberg said the rise was driven by a wave of winter admissions that came "
        "early.\n\n"
        "Her deputy, Simon Okoro, visited St Aldhelm's hospital in the morning.\n\n"
        "\u201cWe are putting more money in than ever before, and it will show by the spring,\u201d she said.\n\n"
        "Doctors' leaders said the figures were the worst they had seen.\n\n"
        "Dr Fiona Grant, who chairs the regional council of the doctors' union, said staff were \u201crunning "
        "on empty.\u201d\n\n"
        "\u201cI have colleagues who haven't had a full weekend off since July,\u201d Dr Grant said.\n",
        [
            ("the rise was driven by a wave of winter admissions that came early", "indirect", "Ruth Achterberg"),
            ("We are putting more money in than ever before, and it will show by the spring", "direct",
             "Ruth Achterberg"),
            ("the figures were the worst they had seen", "indirect", "leaders"),
            ("staff were \u201crunning on empty.\u201d", "indirect", "Fiona Grant"),
            ("I have colleagues who haven't had a full weekend off since July", "direct", "Fiona Grant"),
        ],
    ),
    (
        "news-trial-contracts",
        "Former defence ministry official goes on trial over contracts\n\n"
        "A former senior official at the defence ministry went on trial in Arlesburg on Monday accused of "
        "steering 14 contracts to a company owned by his brother-in-law.\n\n"
        "Prosecutors said Viktor Lenz had received more than 2 million euros in kickbacks over six years.\n\n"
        "The defence argued that every contract had been approved by a committee and that Lenz had no power "
        "to decide alone.\n\n"
        "Lenz, 58, denies all charges.\n\n"
        "The defence ministry said in a statement that it was cooperating fully with investigators.\n\n"
        "The trial is expected to last three months.\n",
        [
            ("Viktor Lenz had received more than 2 million euros in kickbacks over six years", "indirect",
             "prosecutors"),
            ("every contract had been approved by a committee and that Lenz had no power to decide alone",
             "indirect", "defence"),
            ("it was cooperating fully with investigators", "indirect", "ministry"),
        ],
    ),
    (
        "news-tech-privacy",
        "Lumen pulls AI feature after privacy complaints\n\n"
        "Photo-sharing app Lumen has switched off a feature that used artificial intelligence to tag people in "
        "users' pictures, days after regulators opened an inquiry.\n\n"
        "In a blog post on Friday, the company said it had \"paused the rollout while we listen to "
        "feedback.\"\n\n"
        "Its founder, Dara Quinlan, wrote on X that the feature had been \"a mistake in how we explained it, "
        "not in what it does.\"\n\n"
        "The Irish Data Protection Commission confirmed it had received more than 300 complaints.\n\n"
        "Privacy campaigner Otto Brandvold said users should never have been opted in by default.\n\n"
        "\"Consent is not a setting you bury three menus deep,\" he said.\n",
        [
            ("it had \"paused the rollout while we listen to feedback.\"", "indirect", "Lumen"),
            ("the feature had been \"a mistake in how we explained it, not in what it does.\"", "indirect",
             "Dara Quinlan"),
            ("it had received more than 300 complaints", "indirect", "Irish Data Protection Commission"),
            ("users should never have been opted in by default", "indirect", "Otto Brandvold"),
            ("Consent is not a setting you bury three menus deep", "direct", "Otto Brandvold"),
        ],
    ),
    (
        "news-bus-route-mother",
        "Family wins fight over school bus route\n\n"
        "A family in Redmoor has won a year-long fight to have a school bus stop restored outside their "
        "village.\n\n"
        "Claire Dunmore, 44, a mother of three, started a petition last spring after the council cut the "
        "stop.\n\n"
        "Her husband, Adam Dunmore, drove the children 12 miles each way while the case went on.\n\n"
        "\u201cIt was exhausting, but we knew we were right,\u201d she said.\n\n"
        "The county council said the stop would be restored from January.\n\n"
        "Councillor Raj Bedi, who chairs the transport committee, said he regretted the original decision.\n",
        [
            ("It was exhausting, but we knew we were right", "direct", "Claire Dunmore"),
            ("the stop would be restored from January", "indirect", "council"),
            ("he regretted the original decision", "indirect", "Raj Bedi"),
        ],
    ),
    (
        "news-bakery-sunday",
        "Bakery owners split over Sunday opening\n\n"
        "Two bakery owners on Mill Lane disagree about the council's plan to let shops open on Sundays.\n\n"
        "Maria Castell has run her shop for 19 years; John Whitaker opened his last spring.\n\n"
        "Castell does not want to open on Sundays, but Whitaker does.\n\n"
        "\u201cSunday is the only day I see my grandchildren,\u201d she said.\n\n"
        "Whitaker said he would open every day if he could. \u201cThe footfall is there, and the rent doesn't "
        "take Sundays off,\u201d he said.\n",
        [
            ("Sunday is the only day I see my grandchildren", "direct", "Maria Castell"),
            ("he would open every day if he could", "indirect", "John Whitaker"),
            ("The footfall is there, and the rent doesn't take Sundays off", "direct", "John Whitaker"),
        ],
    ),
    (
        "news-landlords-damp",
        "Landlords face new rules on damp\n\n"
        "Landlords in England will have to fix dangerous damp and mould within 14 days under rules that come "
        "into force next month.\n\n"
        "Tenants' groups welcomed the change but said it had come too late for many families.\n\n"
        "\u201cWe have been calling for this for a decade,\u201d said Ms Okafor, who leads the Renters' "
        "Alliance.\n\n"
        "\u201cEvery winter we hear from parents whose children are sick because of the homes they live in. "
        "Landlords have had years to act.\n\n"
        "\u201cSome did. Many did not.\u201d\n\n"
        "The National Landlords Association said most of its members already met the standard.\n",
        [
            ("it had come too late for many families", "indirect", "groups"),
            ("We have been calling for this for a decade", "direct", "Okafor"),
            ("Every winter we hear from parents whose children are sick because of the homes they live in. "
             "Landlords have had years to act.", "direct", "Okafor"),
            ("Some did. Many did not.", "direct", "Okafor"),
            ("most of its members already met the standard", "indirect", "National Landlords Association"),
        ],
    ),
    (
        "news-oil-spill-volunteers",
        "Volunteers clear beach after oil spill\n\n"
        "Hundreds of volunteers spent the weekend cleaning a stretch of beach at Porthkerry after a tanker "
        "leaked fuel oil offshore on Thursday.\n\n"
        "\u201cI came down at six in the morning and the sand was black from one end to the other.\n\n"
        "\u201cBy lunchtime there were 300 of us with buckets and spades. Nobody asked us to come.\n\n"
        "\u201cThat tells you what this place means to people,\u201d said Bethan Lloyd, who organised the "
        "clean-up through a local Facebook group.\n\n"
        "The coastguard said the leak had been stopped on Friday evening.\n\n"
        "The ship's owner, Meridian Tankers, said it would pay for the clean-up.\n",
        [
            ("I came down at six in the morning and the sand was black from one end to the other.", "direct",
             "Bethan Lloyd"),
            ("By lunchtime there were 300 of us with buckets and spades. Nobody asked us to come.", "direct",
             "Bethan Lloyd"),
            ("That tells you what this place means to people", "direct", "Bethan Lloyd"),
            ("the leak had been stopped on Friday evening", "indirect", "coastguard"),
            ("it would pay for the clean-up", "indirect", "Meridian Tankers"),
        ],
    ),
    (
        "news-police-jewellery",
        "Man arrested after jewellery shop raid\n\n"
        "A 34-year-old man has been arrested after a jewellery shop in Fenwick was robbed at knifepoint on "
        "Tuesday afternoon.\n\n"
        "Police said two staff members were threatened but nobody was hurt.\n\n"
        "Detective Inspector Laura Quigley said officers had recovered most of the stolen watches within "
        "hours.\n\n"
        "\u201cI want to thank the members of the public who called us so quickly,\u201d she said.\n\n"
        "Witnesses told local media that the robber had fled on an electric scooter.\n\n"
        "Police are appealing for anyone with dashcam footage to come forward.\n",
        [
            ("two staff members were threatened but nobody was hurt", "indirect", "police"),
            ("officers had recovered most of the stolen watches within hours", "indirect", "Laura Quigley"),
            ("I want to thank the members of the public who called us so quickly", "direct", "Laura Quigley"),
            ("the robber had fled on an electric scooter", "indirect", "witnesses"),
        ],
    ),
    (
        "news-rail-strike-guillemets",
        "Strike halts trains across the country\n\n"
        "Rail traffic was almost completely halted on Thursday as train drivers began a 48-hour strike over "
        "pensions.\n\n"
        "The transport minister, Claude Ferrand, called the strike \u00ab irresponsible \u00bb and urged the "
        "unions to return to talks.\n\n"
        "The drivers' union said it was ready to negotiate but would not accept a later retirement age.\n\n"
        "Its secretary general, Nadia Boukhari, was blunt: \u00ab We will stop when the government listens. "
        "\u00bb\n\n"
        "Commuters at the central station were resigned. \u00ab I have a meeting I cannot miss, so I will take "
        "the bus, \u00bb said H\u00e9l\u00e8ne Morel, a nurse.\n",
        [
            ("irresponsible", "partial", "Claude Ferrand"),
            ("it was ready to negotiate but would not accept a later retirement age", "indirect", "union"),
            ("We will stop when the government listens.", "direct", "Nadia Boukhari"),
            ("I have a meeting I cannot miss, so I will take the bus", "direct", "H\u00e9l\u00e8ne Morel"),
        ],
    ),
    (
        "news-wire-bank-talks",
        "LONDON (Reuters) - Brightline Bank is in talks to buy smaller rival Coastal Savings for about 1.2 "
        "billion pounds, according to two people familiar with the matter.\n\n"
        "The talks are at an early stage and may not lead to a deal, one of the people said.\n\n"
        "Brightline declined to comment. Coastal Savings said it did not comment on market rumours.\n\n"
        "Shares in Coastal rose 12% on the report.\n\n"
        "\"It would make a lot of sense for both sides,\" said Harriet Osei, a banking analyst at Fairlane "
        "Partners.\n",
        [
            ("Brightline Bank is in talks to buy smaller rival Coastal Savings for about 1.2 billion pounds",
             "indirect", None),
            ("The talks are at an early stage and may not lead to a deal", "indirect", None),
            ("it did not comment on market rumours", "indirect", "Coastal Savings"),
            ("It would make a lot of sense for both sides", "direct", "Harriet Osei"),
        ],
    ),
    (
        "news-council-cycle-lanes",
        "Council approves new cycle lanes\n\n"
        "Councillors in Ashford Vale voted 9-4 on Wednesday to build 12 miles of protected cycle lanes.\n\n"
        "The mayor, Sandra Whitlock, said the lanes would make the town safer for children walking and "
        "cycling to school.\n\n"
        "Opposition leader Graham Pyke said the scheme was a waste of money. \u201cShopkeepers are telling me "
        "this will kill the high street,\u201d he said.\n\n"
        "Business owners said they had not been consulted.\n\n"
        "Whitlock rejected that. \u201cThere were six public meetings. Every shop got a letter,\u201d she told "
        "the Gazette.\n",
        [
            ("the lanes would make the town safer for children walking and cycling to school", "indirect",
             "Sandra Whitlock"),
            ("the scheme was a waste of money", "indirect", "Graham Pyke"),
            ("Shopkeepers are telling me this will kill the high street", "direct", "Graham Pyke"),
            ("they had not been consulted", "indirect", "owners"),
            ("There were six public meetings. Every shop got a letter", "direct", "Sandra Whitlock"),
        ],
    ),
    (
        "news-space-probe-present",
        "Probe sends back first images of icy moon\n\n"
        "The Aurora probe has sent back its first close-up images of the icy moon Thessaly, revealing cracks "
        "that may hide liquid water.\n\n"
        "The images were taken on Monday from a distance of 3,000 km, the space agency says.\n\n"
        "Mission scientist Dr Kwame Asante says the cracks look \u201cremarkably fresh.\u201d\n\n"
        "\u201cIf there is water under there, this is where it comes closest to the surface,\u201d he says.\n\n"
        "Scientists say it will take months to analyse all the data.\n",
        [
            ("The images were taken on Monday from a distance of 3,000 km", "indirect", "agency"),
            ("the cracks look \u201cremarkably fresh.\u201d", "indirect", "Kwame Asante"),
            ("If there is water under there, this is where it comes closest to the surface", "direct",
             "Kwame Asante"),
            ("it will take months to analyse all the data", "indirect", "scientists"),
        ],
    ),
    (
        "news-transfer-striker",
        "Striker Okonkwo signs for Rivermouth\n\n"
        "Rivermouth have signed striker Samuel Okonkwo from Bellhaven on a four-year contract for an "
        "undisclosed fee.\n\n"
        "The club said in a statement that Okonkwo had passed his medical on Tuesday morning.\n\n"
        "\u201cThis is a club with huge ambition and I want to be part of it,\u201d Okonkwo told the club's "
        "website.\n\n"
        "Bellhaven chairman Ray Doyle said the club had accepted the offer \u201cwith a heavy heart.\u201d\n\n"
        "Rivermouth manager Ines Albrecht said she had followed the player for two years.\n",
        [
            ("Okonkwo had passed his medical on Tuesday morning", "indirect", "Rivermouth"),
            ("This is a club with huge ambition and I want to be part of it", "direct", "Samuel Okonkwo"),
            ("the club had accepted the offer \u201cwith a heavy heart.\u201d", "indirect", "Ray Doyle"),
            ("she had followed the player for two years", "indirect", "Ines Albrecht"),
        ],
    ),
    (
        "news-measles-experts",
        "Measles cases rise in three cities\n\n"
        "Measles cases have risen sharply in three cities this year, health officials said on Friday, with "
        "230 confirmed infections since January.\n\n"
        "Most of the cases were in children who had not been vaccinated, according to the regional health "
        "agency.\n\n"
        "Dr Amara Nwosu, a consultant in infectious diseases, said parents should check their children's "
        "records.\n\n"
        "\u201cTwo doses give about 97% protection. It is one of the most effective vaccines we have,\u201d she "
        "said.\n\n"
        "Experts say falling vaccination rates since the pandemic are to blame.\n",
        [
            ("Measles cases have risen sharply in three cities this year", "indirect", "officials"),
            ("Most of the cases were in children who had not been vaccinated", "indirect", "agency"),
            ("parents should check their children's records", "indirect", "Amara Nwosu"),
            ("Two doses give about 97% protection. It is one of the most effective vaccines we have", "direct",
             "Amara Nwosu"),
            ("falling vaccination rates since the pandemic are to blame", "indirect", "experts"),
        ],
    ),
    (
        "news-housing-minister",
        "Minister promises new homes target will be met\n\n"
        "Housing minister Leah Rosen insisted on Monday that the government would meet its target of 300,000 "
        "new homes a year, despite figures showing building had slowed.\n\n"
        "\u201cI know the numbers for the last quarter look bad,\u201d she said.\n\n"
        "\u201cBut planning approvals are at their highest for six years, and those approvals turn into homes.\n\n"
        "\u201cBy the end of next year people will see the difference.\u201d\n\n"
        "Officials at the ministry said the slowdown was caused by a shortage of bricklayers.\n\n"
        "Builders said high interest rates were the main problem.\n",
        [
            ("the government would meet its target of 300,000 new homes a year, despite figures showing "
             "building had slowed", "indirect", "Leah Rosen"),
            ("I know the numbers for the last quarter look bad", "direct", "Leah Rosen"),
            ("But planning approvals are at their highest for six years, and those approvals turn into homes.",
             "direct", "Leah Rosen"),
            ("By the end of next year people will see the difference.", "direct", "Leah Rosen"),
            ("the slowdown was caused by a shortage of bricklayers", "indirect", "officials"),
            ("high interest rates were the main problem", "indirect", "builders"),
        ],
    ),
    (
        "news-obituary-novelist",
        "Novelist Greta Halvorsen dies at 88\n\n"
        "The novelist Greta Halvorsen, whose books about fishing villages sold millions of copies, has died "
        "at the age of 88.\n\n"
        "Her publisher, Tobias Wren, said she died peacefully at her home on Sunday.\n\n"
        "\u201cShe wrote about ordinary people as if they were kings,\u201d he said.\n\n"
        "Halvorsen once told an interviewer that she wrote every morning from five until nine.\n\n"
        "Her son, Erik, said the family was grateful for the messages they had received.\n",
        [
            ("she died peacefully at her home on Sunday", "indirect", "Tobias Wren"),
            ("She wrote about ordinary people as if they were kings", "direct", "Tobias Wren"),
            ("she wrote every morning from five until nine", "indirect", "Greta Halvorsen"),
            ("the family was grateful for the messages they had received", "indirect", "Erik"),
        ],
    ),
    (
        "news-activists-terminal",
        "Activists block oil terminal gates\n\n"
        "Climate activists blocked the gates of the Saltmarsh oil terminal for six hours on Tuesday, stopping "
        "tankers from loading.\n\n"
        "The group behind the protest, Tide Turners, said 40 people had taken part.\n\n"
        "Police said 12 people had been arrested on suspicion of obstructing the highway.\n\n"
        "One of the protesters, a retired teacher named Gwen Pryce, said she was willing to go to prison. "
        "\u201cI have grandchildren. I am not going to sit at home and watch,\u201d she said.\n\n"
        "The terminal's operator said the blockade had cost it about \u00a3500,000 in lost business.\n",
        [
            ("40 people had taken part", "indirect", "Tide Turners"),
            ("12 people had been arrested on suspicion of obstructing the highway", "indirect", "police"),
            ("she was willing to go to prison", "indirect", "Gwen Pryce"),
            ("I have grandchildren. I am not going to sit at home and watch", "direct", "Gwen Pryce"),
            ("the blockade had cost it about \u00a3500,000 in lost business", "indirect", "operator"),
        ],
    ),
    (
        "news-local-tv-ambulance",
        "SPRINGDALE, Ariz. - A Springdale woman says she was charged $4,800 for an ambulance ride of less than "
        "two miles.\n\n"
        "Teresa Alvarez, 39, told News 4 she called 911 after her son broke his arm at a playground in June.\n\n"
        "\"I thought the ambulance was covered. Nobody told me otherwise,\" Alvarez said in an interview.\n\n"
        "The ambulance company, Desert Medical Transport, said the charge reflected the cost of the service "
        "and that patients could apply for financial help.\n\n"
        "Her insurer said the company was outside its network.\n",
        [
            ("she was charged $4,800 for an ambulance ride of less than two miles", "indirect", "Teresa Alvarez"),
            ("she called 911 after her son broke his arm at a playground in June", "indirect", "Teresa Alvarez"),
            ("I thought the ambulance was covered. Nobody told me otherwise", "direct", "Teresa Alvarez"),
            ("the charge reflected the cost of the service and that patients could apply for financial help",
             "indirect", "Desert Medical Transport"),
            ("the company was outside its network", "indirect", "insurer"),
        ],
    ),
    (
        "news-school-phones",
        "School bans phones from classrooms\n\n"
        "Pupils at Kingsmead Academy will have to hand in their phones at the start of each day from next "
        "term.\n\n"
        "In a letter to families, headteacher Owen Pritchard wrote that phones had become \u201cthe single "
        "biggest distraction in our classrooms.\u201d\n\n"
        "Parents were divided. Several told the Echo they supported the ban, but others said they worried "
        "about reaching their children in an emergency.\n\n"
        "Mr Pritchard said the school office would pass on urgent messages.\n",
        [
            ("phones had become \u201cthe single biggest distraction in our classrooms.\u201d", "indirect",
             "Owen Pritchard"),
            ("they supported the ban", "indirect", None),
            ("they worried about reaching their children in an emergency", "indirect", None),
            ("the school office would pass on urgent messages", "indirect", "Owen Pritchard"),
        ],
    ),
    (
        "news-keeper-error-age",
        "Keeper's late error costs Ellerby\n\n"
        "Ellerby's hopes of promotion suffered a blow on Saturday when a late goalkeeping error gifted Tarnside "
        "a 2-1 win.\n\n"
        "Ellerby manager Colin Bright refused to blame his goalkeeper, Dominic Shaw.\n\n"
        "\u201cDom has saved us points all season,\u201d said the 52-year-old.\n\n"
        "\u201cOne mistake doesn't change that. We win together and we lose together.\n\n"
        "\u201cWe have eight games left and we are still in the play-off places.\u201d\n\n"
        "Tarnside striker Aisha Kamara, who scored both goals, said it was the best moment of her career.\n",
        [
            ("Dom has saved us points all season", "direct", "Colin Bright"),
            ("One mistake doesn't change that. We win together and we lose together.", "direct", "Colin Bright"),
            ("We have eight games left and we are still in the play-off places.", "direct", "Colin Bright"),
            ("it was the best moment of her career", "indirect", "Aisha Kamara"),
        ],
    ),
    (
        "news-car-plant-closure",
        "Car plant to close with loss of 1,100 jobs\n\n"
        "Carmaker Veloce will close its plant in Hartwell next year with the loss of 1,100 jobs, the company "
        "announced on Thursday.\n\n"
        "Bosses blamed falling demand for petrol cars and the cost of converting the site to build electric "
        "models.\n\n"
        "Workers leaving the plant told reporters they had found out from the news.\n\n"
        "\u201cMy dad worked here, and his dad. Now it's gone,\u201d said Kevin Walsh, a paint shop worker for "
        "17 years.\n\n"
        "A spokeswoman for Veloce said every worker would be offered support to find new jobs.\n\n"
        "Local MP Hannah Greaves called the decision \u201ca hammer blow\u201d and said she would ask "
        "ministers for help.\n",
        [
            ("Carmaker Veloce will close its plant in Hartwell next year with the loss of 1,100 jobs", "indirect",
             "Veloce"),
            ("they had found out from the news", "indirect", "workers"),
            ("My dad worked here, and his dad. Now it's gone", "direct", "Kevin Walsh"),
            ("every worker would be offered support to find new jobs", "indirect", "Veloce"),
            ("a hammer blow", "partial", "Hannah Greaves"),
            ("she would ask ministers for help", "indirect", "Hannah Greaves"),
        ],
    ),
    (
        "news-hustings-first-names",
        "Two candidates, one seat\n\n"
        "The race for the Northfield seat is between two first-time candidates, Sophie Lindgren and Daniel "
        "Moreau.\n\n"
        "Lindgren, a paramedic, is campaigning on ambulance response times; Moreau, a farmer, wants lower fuel "
        "duty.\n\n"
        "\u201cPeople out here wait an hour for an ambulance,\u201d she said at a hustings on Tuesday.\n\n"
        "\u201cDiesel is the biggest cost on every farm in this seat,\u201d he said.\n",
        [
            ("People out here wait an hour for an ambulance", "direct", "Sophie Lindgren"),
            ("Diesel is the biggest cost on every farm in this seat", "direct", "Daniel Moreau"),
        ],
    ),
    (
        "news-markets-no-statement",
        "Markets close higher\n\n"
        "Stocks closed higher on Friday, led by technology shares. The index gained 1.2% to end the week at a "
        "record.\n\n"
        "Oil prices fell for a third day, and the pound was little changed against the dollar. Trading "
        "volumes were thin ahead of the holiday.\n",
        [],
    ),
]

#: A second batch, written after the first round of rules for `NEWS_CASES`
#: and scored before any further change: the honest figure for those rules
#: on text they were not written for.
FRESH_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "fresh-court-sentencing",
        "Former mayor jailed for four years\n\n"
        "The former mayor of Kelston, Arnold Pike, was sentenced to four years in prison on Friday for taking "
        "bribes from developers.\n\n"
        "Sentencing him, Judge Miriam Osei said Pike had \u201cbetrayed the trust of every resident of the "
        "town.\u201d\n\n"
        "Pike's barrister, Leon Fairweather, told the court his client was in poor health and asked for "
        "leniency.\n\n"
        "Outside the court, a group of residents cheered. \u201cHe laughed at us for years,\u201d said "
        "Dorothy Hale, 68. \u201cNow he knows what it feels like.\u201d\n\n"
        "Pike's family said in a statement they would consider an appeal.\n",
        [
            ("Pike had \u201cbetrayed the trust of every resident of the town.\u201d", "indirect", "Miriam Osei"),
            ("his client was in poor health", "indirect", "Leon Fairweather"),
            ("He laughed at us for years", "direct", "Dorothy Hale"),
            ("Now he knows what it feels like.", "direct", "Dorothy Hale"),
            ("they would consider an appeal", "indirect", "family"),
        ],
    ),
    (
        "fresh-heatwave-wire",
        "ATHENS, July 14 (Reuters) - Firefighters battled wildfires on three Greek islands on Monday as "
        "temperatures climbed above 44 degrees Celsius for a fifth day.\n\n"
        "The fire service said 320 firefighters and nine aircraft were tackling the largest blaze, on the "
        "island of Kefalos.\n\n"
        "\"The wind is our biggest enemy right now,\" fire service spokesman Yannis Doukas told state "
        "television.\n\n"
        "Meteorologists expect the heat to ease by Thursday.\n\n"
        "Tourists on Kefalos said they had been moved to a sports hall overnight. \"Nobody told us anything "
        "until the smoke arrived,\" said Karin Holm, a visitor from Sweden.\n",
        [
            ("320 firefighters and nine aircraft were tackling the largest blaze, on the island of Kefalos",
             "indirect", "fire service"),
            ("The wind is our biggest enemy right now", "direct", "Yannis Doukas"),
            ("they had been moved to a sports hall overnight", "indirect", "tourists"),
            ("Nobody told us anything until the smoke arrived", "direct", "Karin Holm"),
        ],
    ),
    (
        "fresh-derby-report",
        "Late header settles derby\n\n"
        "A header from Tomas Reyna in the 89th minute gave Westford a 1-0 win over Eastford in Sunday's "
        "derby.\n\n"
        "Westford coach Paula Brandt admitted her side had struggled for long spells.\n\n"
        "\u201cWe were not at our best, but derbies are about the result,\u201d she said.\n\n"
        "\u201cTomas has been waiting for a moment like this all season.\n\n"
        "\u201cHe deserved it more than anyone.\u201d\n\n"
        "Eastford manager Rob Kinnear complained that the referee had missed a clear foul in the build-up. "
        "\u201cEveryone in the stadium saw it except one man,\u201d he said.\n",
        [
            ("her side had struggled for long spells", "indirect", "Paula Brandt"),
            ("We were not at our best, but derbies are about the result", "direct", "Paula Brandt"),
            ("Tomas has been waiting for a moment like this all season.", "direct", "Paula Brandt"),
            ("He deserved it more than anyone.", "direct", "Paula Brandt"),
            ("the referee had missed a clear foul in the build-up", "indirect", "Rob Kinnear"),
            ("Everyone in the stadium saw it except one man", "direct", "Rob Kinnear"),
        ],
    ),
    (
        "fresh-retailer-profit-warning",
        "Homeware chain Larch & Co warns on profits\n\n"
        "Larch & Co, the homeware chain, cut its profit forecast on Tuesday after a weak summer, sending its "
        "shares down 18%.\n\n"
        "The retailer said sales in its 140 stores had fallen 6% in the 12 weeks to August.\n\n"
        "Chief executive Sunita Mehra said customers were \"cautious about big-ticket items\" but that online "
        "sales had held up.\n\n"
        "Investors were unimpressed. \"This is the third warning in a year,\" said one fund manager, who asked "
        "not to be named.\n",
        [
            ("sales in its 140 stores had fallen 6% in the 12 weeks to August", "indirect", "Larch & Co"),
            ("customers were \"cautious about big-ticket items\" but that online sales had held up", "indirect",
             "Sunita Mehra"),
            ("This is the third warning in a year", "direct", None),
        ],
    ),
    (
        "fresh-election-concession",
        "Incumbent concedes in Harlow North\n\n"
        "The sitting member for Harlow North, Brian Tullis, conceded defeat in the early hours of Friday after "
        "losing his seat by 412 votes.\n\n"
        "\"The voters have spoken and I respect their decision,\" Tullis told supporters at the count.\n\n"
        "The winner, Naomi Achebe, thanked her campaign team and said she would hold her first surgery next "
        "week.\n\n"
        "Election officials said turnout was 61%, down four points on the last election.\n",
        [
            ("The voters have spoken and I respect their decision", "direct", "Brian Tullis"),
            ("she would hold her first surgery next week", "indirect", "Naomi Achebe"),
            ("turnout was 61%, down four points on the last election", "indirect", "officials"),
        ],
    ),
    (
        "fresh-farmers-protest",
        "Farmers block ring road with tractors\n\n"
        "Hundreds of farmers drove tractors onto the ring road around Dorval on Wednesday in protest at "
        "cuts to subsidies.\n\n"
        "\u201cWe feed this country and they treat us like a nuisance,\u201d said Pierre Lafont, who farms 200 "
        "hectares near the city.\n\n"
        "Police said traffic had been diverted and no arrests had been made.\n\n"
        "The agriculture minister, Sophie Renard, said she was willing to meet farmers' leaders but would not "
        "reverse the cuts.\n\n"
        "The farmers' union said the protest would continue until the government changed course.\n",
        [
            ("We feed this country and they treat us like a nuisance", "direct", "Pierre Lafont"),
            ("traffic had been diverted and no arrests had been made", "indirect", "police"),
            ("she was willing to meet farmers' leaders but would not reverse the cuts", "indirect",
             "Sophie Renard"),
            ("the protest would continue until the government changed course", "indirect", "union"),
        ],
    ),
    (
        "fresh-science-bees",
        "Pesticide harms bee memory, study finds\n\n"
        "A widely used pesticide impairs the memory of bumblebees even at low doses, researchers at the "
        "University of Eastmoor reported on Wednesday.\n\n"
        "The team trained bees to find sugar behind coloured doors and found that exposed bees made twice as "
        "many mistakes.\n\n"
        "\u201cA bee that cannot remember where the flowers are will not feed its colony,\u201d said Dr Ines "
        "Valdez, who led the work.\n\n"
        "A spokeswoman for the manufacturer said the doses used in the study were far higher than bees meet in "
        "the field.\n",
        [
            ("A widely used pesticide impairs the memory of bumblebees even at low doses", "indirect",
             "researchers"),
            ("A bee that cannot remember where the flowers are will not feed its colony", "direct",
             "Ines Valdez"),
            ("the doses used in the study were far higher than bees meet in the field", "indirect",
             "manufacturer"),
        ],
    ),
    (
        "fresh-health-gp-shortage",
        "Village left without a doctor\n\n"
        "Patients in Ashby Magna face a 20-mile round trip to see a GP after the village surgery closed on "
        "Friday.\n\n"
        "The surgery's last doctor, Dr Hugh Penrose, retired in the summer and no replacement was found.\n\n"
        "Margaret Cole, 81, said she did not drive and could not afford taxis. \u201cI will just have to hope I "
        "don't get ill,\u201d she said.\n\n"
        "The local health authority said it was working with a neighbouring practice to run a weekly clinic "
        "in the village hall.\n\n"
        "Doctors' representatives warned that more rural surgeries would close without extra funding.\n",
        [
            ("she did not drive and could not afford taxis", "indirect", "Margaret Cole"),
            ("I will just have to hope I don't get ill", "direct", "Margaret Cole"),
            ("it was working with a neighbouring practice to run a weekly clinic in the village hall",
             "indirect", "authority"),
            ("more rural surgeries would close without extra funding", "indirect", "representatives"),
        ],
    ),
    (
        "fresh-tech-outage",
        "Payment outage hits shops across the country\n\n"
        "Card payments failed at thousands of shops for about three hours on Saturday after an outage at the "
        "processor Paylink.\n\n"
        "The company said on X that a software update had caused the fault and that it had been fixed by "
        "early afternoon.\n\n"
        "Shopkeepers said they had lost a day's trade. \u201cPeople just walked out,\u201d said Amir Sayed, who "
        "runs a bakery in Leyton.\n\n"
        "\u201cWe apologise to every customer and business affected,\u201d Paylink's chief operating officer, "
        "Dana Whitlow, said in a video message.\n",
        [
            ("a software update had caused the fault and that it had been fixed by early afternoon", "indirect",
             "Paylink"),
            ("they had lost a day's trade", "indirect", "shopkeepers"),
            ("People just walked out", "direct", "Amir Sayed"),
            ("We apologise to every customer and business affected", "direct", "Dana Whitlow"),
        ],
    ),
    (
        "fresh-strike-teachers",
        "Teachers vote to strike over pay\n\n"
        "Teachers in the Northmoor region have voted to strike for three days next month in a dispute over "
        "pay.\n\n"
        "The teachers' union said 78% of members who voted had backed the action.\n\n"
        "Its regional secretary, Colin Ashdown, said his members had \u201crun out of patience.\u201d\n\n"
        "Parents said they were worried about exams. \u201cMy daughter sits her finals in May,\u201d said "
        "Fatima Rahim. \u201cEvery lost day matters.\u201d\n\n"
        "The regional education department said schools would stay open where possible.\n",
        [
            ("78% of members who voted had backed the action", "indirect", "union"),
            ("his members had \u201crun out of patience.\u201d", "indirect", "Colin Ashdown"),
            ("they were worried about exams", "indirect", "parents"),
            ("My daughter sits her finals in May", "direct", "Fatima Rahim"),
            ("Every lost day matters.", "direct", "Fatima Rahim"),
            ("schools would stay open where possible", "indirect", "department"),
        ],
    ),
]

#: A third batch, written after the second round of rules and scored before
#: any further change.
LATE_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "late-monsoon-india-style",
        "Heavy rain lashes coastal districts, schools shut\n\n"
        "PUNE: Schools in four coastal districts will remain closed on Thursday as heavy rain continued to "
        "lash the region for a third straight day.\n\n"
        "District collector Anjali Deshmukh said the decision had been taken as a precaution. \"Low-lying "
        "areas have been evacuated and relief camps are ready,\" she told reporters.\n\n"
        "The weather department has forecast more rain till Saturday.\n\n"
        "Residents of Shivaji Nagar complained that drains had not been cleaned before the monsoon. "
        "\"Every year it is the same story,\" said shopkeeper Ramesh Kulkarni.\n",
        [
            ("the decision had been taken as a precaution", "indirect", "Anjali Deshmukh"),
            ("Low-lying areas have been evacuated and relief camps are ready", "direct", "Anjali Deshmukh"),
            ("drains had not been cleaned before the monsoon", "indirect", "residents"),
            ("Every year it is the same story", "direct", "Ramesh Kulkarni"),
        ],
    ),
    (
        "late-bushfire-australia",
        "Bushfire threatens homes west of Barrow Creek\n\n"
        "Residents west of Barrow Creek have been told it is too late to leave as an out-of-control bushfire "
        "moves towards the town.\n\n"
        "\u201cIf you have not left, you must shelter in place now,\u201d Rural Fire Service deputy "
        "commissioner Grant Tully said on Sunday afternoon.\n\n"
        "He said more than 60 crews were on the ground and water-bombing aircraft had been grounded by strong "
        "winds.\n\n"
        "Local woman Kerry Dawes, who stayed to defend her property, told the ABC the sky had turned "
        "black by 2pm.\n\n"
        "\u201cIt's like night out here,\u201d she said.\n",
        [
            ("If you have not left, you must shelter in place now", "direct", "Grant Tully"),
            ("more than 60 crews were on the ground and water-bombing aircraft had been grounded by strong winds",
             "indirect", "Grant Tully"),
            ("the sky had turned black by 2pm", "indirect", "Kerry Dawes"),
            ("It's like night out here", "direct", "Kerry Dawes"),
        ],
    ),
    (
        "late-senate-hearing-us",
        "WASHINGTON \u2014 The head of the Federal Aviation Administration told senators on Wednesday that the "
        "agency needed 3,000 more air traffic controllers.\n\n"
        "\"We are asking people to do extraordinary things every single day,\" Administrator Carla Jimenez "
        "said.\n\n"
        "Sen. Mark Holbrook, a Republican from Montana, pressed her on delays at regional airports. \"My "
        "constituents are missing funerals and weddings,\" he said.\n\n"
        "Jimenez said a new training academy would open next year.\n\n"
        "The controllers' union said staffing shortages had been ignored for a decade.\n",
        [
            ("the agency needed 3,000 more air traffic controllers", "indirect", "Carla Jimenez"),
            ("We are asking people to do extraordinary things every single day", "direct", "Carla Jimenez"),
            ("My constituents are missing funerals and weddings", "direct", "Mark Holbrook"),
            ("a new training academy would open next year", "indirect", "Carla Jimenez"),
            ("staffing shortages had been ignored for a decade", "indirect", "union"),
        ],
    ),
    (
        "late-tabloid-lottery",
        "'WE'RE STILL GOING TO WORK ON MONDAY'\n\n"
        "A couple who scooped \u00a34million on the lottery insist they will not give up their jobs.\n\n"
        "Dave and Linda Rowe, from Hull, matched all six numbers in Saturday's draw.\n\n"
        "Linda, 56, said: \u201cI had to check the ticket about ten times. Dave thought I was joking.\u201d\n\n"
        "Dave, 58, a bus driver, added: \u201cI love my route. Why would I stop now?\u201d\n\n"
        "Lottery operator Camelot Draws said the couple planned to buy a caravan.\n",
        [
            # (added after the first scoring: a quoted headline is the couple's words, no speaker named)
            ("WE'RE STILL GOING TO WORK ON MONDAY", "direct", None),
            ("I had to check the ticket about ten times. Dave thought I was joking.", "direct", "Linda Rowe"),
            ("I love my route. Why would I stop now?", "direct", "Dave Rowe"),
            ("the couple planned to buy a caravan", "indirect", "Camelot Draws"),
        ],
    ),
    (
        "late-science-telescope-qa",
        "New telescope spots the most distant galaxy yet\n\n"
        "Astronomers using the Meridian Space Telescope say they have found a galaxy that formed just 290 "
        "million years after the Big Bang.\n\n"
        "\u201cIt is far brighter than our models predicted,\u201d said Dr Leila Haddad of the Cassini "
        "Institute, a member of the team.\n\n"
        "Not everyone is convinced. Professor Martin Ekwueme, an astrophysicist who was not involved, "
        "said the distance needed to be confirmed with a second instrument.\n\n"
        "\u201cExtraordinary claims need extraordinary evidence,\u201d he said.\n",
        [
            ("they have found a galaxy that formed just 290 million years after the Big Bang", "indirect",
             "astronomers"),
            ("It is far brighter than our models predicted", "direct", "Leila Haddad"),
            ("the distance needed to be confirmed with a second instrument", "indirect", "Martin Ekwueme"),
            ("Extraordinary claims need extraordinary evidence", "direct", "Martin Ekwueme"),
        ],
    ),
    (
        "late-club-sacks-manager",
        "Bramley sack manager after winless run\n\n"
        "Bramley Athletic have sacked manager Owen Carver after a run of nine games without a win.\n\n"
        "In a statement, the club said Carver had \u201cgiven everything\u201d but that a change was needed "
        "to avoid relegation.\n\n"
        "Assistant Kate Morley will take charge for Saturday's game at Denholm.\n\n"
        "Supporters' groups had called for Carver to go after last week's 4-0 home defeat.\n\n"
        "\u201cIt was the right decision, but it came too late,\u201d said Neil Upton, chair of the Bramley "
        "Supporters' Trust.\n",
        [
            ("Carver had \u201cgiven everything\u201d but that a change was needed to avoid relegation", "indirect",
             "Bramley Athletic"),
            ("It was the right decision, but it came too late", "direct", "Neil Upton"),
        ],
    ),
    (
        "late-court-landlord-fine",
        "Landlord fined for renting out unsafe flats\n\n"
        "A landlord who let flats with no working smoke alarms has been fined \u00a345,000.\n\n"
        "Magistrates heard that inspectors found exposed wiring and blocked fire exits at the building on "
        "Carr Lane.\n\n"
        "Gerald Minto, 63, admitted 11 offences. His solicitor, Priya Shah, said he had been unwell and had "
        "relied on a letting agent.\n\n"
        "The council's head of housing, Rachel Osei, said the case should send a message to other landlords. "
        "\u201cPeople's lives were put at risk,\u201d she said.\n",
        [
            ("he had been unwell and had relied on a letting agent", "indirect", "Priya Shah"),
            ("the case should send a message to other landlords", "indirect", "Rachel Osei"),
            ("People's lives were put at risk", "direct", "Rachel Osei"),
        ],
    ),
    (
        "late-airline-strike-cancellations",
        "Airline cancels 300 flights as cabin crew strike\n\n"
        "Skyway cancelled more than 300 flights on Friday as cabin crew walked out in a dispute over rosters.\n\n"
        "The airline said most passengers had been rebooked on other flights and urged travellers to check "
        "their booking online.\n\n"
        "Passengers at Terminal 2 described chaotic scenes. \u201cWe have been here since five this morning and "
        "nobody can tell us anything,\u201d said Marta Nowak, who was travelling to Krakow with her two "
        "children.\n\n"
        "The crew's union, Cabin Crew United, said its members were exhausted and that management had refused "
        "to negotiate.\n",
        [
            ("most passengers had been rebooked on other flights", "indirect", "Skyway"),
            ("We have been here since five this morning and nobody can tell us anything", "direct",
             "Marta Nowak"),
            ("its members were exhausted and that management had refused to negotiate", "indirect",
             "Cabin Crew United"),
        ],
    ),
]

#: A fourth batch, written after the third round of rules and scored once,
#: with no rule changed for it afterwards: the final "unseen" figure.
FINAL_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "final-police-blotter",
        "Driver charged after crash on Route 9\n\n"
        "OAKDALE, Conn. \u2014 A 27-year-old man has been charged with reckless driving after a crash on Route "
        "9 that injured two people early Sunday, police said.\n\n"
        "Officers found the car on its roof near Exit 14 shortly after 2 a.m., according to a police report.\n\n"
        "Lt. Dana Kowalczyk said the driver had been traveling at more than 90 mph. \"It is a miracle nobody "
        "was killed,\" she said.\n\n"
        "The two passengers were taken to Oakdale General Hospital. A hospital spokesman said both were in "
        "stable condition.\n",
        [
            ("A 27-year-old man has been charged with reckless driving after a crash on Route 9 that injured two "
             "people early Sunday", "indirect", "police"),
            ("the driver had been traveling at more than 90 mph", "indirect", "Dana Kowalczyk"),
            ("It is a miracle nobody was killed", "direct", "Dana Kowalczyk"),
            ("both were in stable condition", "indirect", None),
        ],
    ),
    (
        "final-commission-fine",
        "Brussels fines chipmaker 400 million euros\n\n"
        "The European Commission on Thursday fined the chipmaker Veltris 400 million euros for abusing its "
        "dominant position in the market for car sensors.\n\n"
        "\u201cVeltris shut out rivals for almost a decade,\u201d competition commissioner Ana Lopes told a "
        "news conference. \u201cCustomers paid the price.\u201d\n\n"
        "Veltris said it disagreed with the decision and would appeal to the EU's General Court.\n\n"
        "Rival manufacturers welcomed the fine but said it came too late to save several smaller firms.\n",
        [
            ("Veltris shut out rivals for almost a decade", "direct", "Ana Lopes"),
            ("Customers paid the price.", "direct", "Ana Lopes"),
            ("it disagreed with the decision and would appeal to the EU's General Court", "indirect", "Veltris"),
            ("it came too late to save several smaller firms", "indirect", "manufacturers"),
        ],
    ),
    (
        "final-earnings-call",
        "Streaming service adds 4 million subscribers\n\n"
        "Streaming service Nimbus added 4.1 million subscribers in the third quarter, beating forecasts, and "
        "said it would raise prices in Europe next year.\n\n"
        "\"Our bet on live sport is paying off,\" chief executive Tom Varga told analysts on a call on "
        "Tuesday.\n\n"
        "Chief financial officer Irene Baptiste said advertising revenue had grown 30% from a year earlier.\n\n"
        "Some analysts questioned whether the growth could last. \"Sport rights only get more expensive,\" "
        "said Kenji Mori of Halden Research.\n",
        [
            ("it would raise prices in Europe next year", "indirect", "Nimbus"),
            ("Our bet on live sport is paying off", "direct", "Tom Varga"),
            ("advertising revenue had grown 30% from a year earlier", "indirect", "Irene Baptiste"),
            ("Sport rights only get more expensive", "direct", "Kenji Mori"),
        ],
    ),
    (
        "final-cricket-report",
        "Rain saves Wessex on final day\n\n"
        "Rain washed out the final afternoon at Harcombe on Monday, leaving Wessex clinging on at 211 for eight "
        "against Northumbria.\n\n"
        "Wessex captain Ollie Prentice admitted his side had been lucky. \u201cWe were outplayed for four days. "
        "I'm not going to pretend otherwise,\u201d he said.\n\n"
        "Northumbria coach Asha Patel said her bowlers deserved better.\n\n"
        "\u201cThey bowled their hearts out,\u201d she said. \u201cThe weather had the final word.\u201d\n",
        [
            ("his side had been lucky", "indirect", "Ollie Prentice"),
            ("We were outplayed for four days. I'm not going to pretend otherwise", "direct", "Ollie Prentice"),
            ("her bowlers deserved better", "indirect", "Asha Patel"),
            ("They bowled their hearts out", "direct", "Asha Patel"),
            ("The weather had the final word.", "direct", "Asha Patel"),
        ],
    ),
    (
        "final-supreme-court",
        "WASHINGTON (AP) \u2014 The Supreme Court on Friday upheld a state law requiring warning labels on "
        "e-cigarettes, rejecting a challenge by manufacturers.\n\n"
        "Writing for the majority, Justice Helen Abara said the state had \"a clear and legitimate interest in "
        "protecting young people.\"\n\n"
        "In a dissent, Justice Samuel Pryor wrote that the law compelled speech the companies disagreed "
        "with.\n\n"
        "The Vapor Industry Association said it was disappointed. Health groups praised the ruling.\n\n"
        "\"This will save lives,\" said Dr. Monica Reyes of the Coalition for Youth Health.\n",
        [
            ("the state had \"a clear and legitimate interest in protecting young people.\"", "indirect",
             "Helen Abara"),
            ("the law compelled speech the companies disagreed with", "indirect", "Samuel Pryor"),
            ("it was disappointed", "indirect", "Vapor Industry Association"),
            ("This will save lives", "direct", "Monica Reyes"),
        ],
    ),
    (
        "final-storm-council",
        "Council criticised over storm response\n\n"
        "Residents of Brookfield have accused the council of abandoning them after Storm Ingrid left dozens of "
        "homes flooded for a second time in three years.\n\n"
        "\u201cWe rang the emergency line four times and nobody came,\u201d said Paul Ogunleye, whose ground "
        "floor was under a metre of water.\n\n"
        "\u201cThe sandbags arrived the day after.\n\n"
        "\u201cBy then it was far too late.\u201d\n\n"
        "The council said its teams had worked through the night and that it would review how calls were "
        "handled.\n\n"
        "The Environment Agency said river levels had been the highest on record.\n",
        [
            ("We rang the emergency line four times and nobody came", "direct", "Paul Ogunleye"),
            ("The sandbags arrived the day after.", "direct", "Paul Ogunleye"),
            ("By then it was far too late.", "direct", "Paul Ogunleye"),
            ("its teams had worked through the night and that it would review how calls were handled",
             "indirect", "council"),
            ("river levels had been the highest on record", "indirect", "Environment Agency"),
        ],
    ),
]
