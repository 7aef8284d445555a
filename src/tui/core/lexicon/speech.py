"""English news speech, as data: reporting verbs, titles, honorifics,
demonyms, group and organisation words.

General knowledge of English only. Verbs are listed once, in their base
form, by the grammar they take; `forms()` inflects them, so that no module
keeps its own list of "said, says, saying" that disagrees with another's.
"""

from __future__ import annotations

from functools import lru_cache

from . import calendar

# --------------------------------------------------------------------------
# Reporting verbs (base forms), by what they take after them.

#: Verbs that take a reported clause with or without "that" ("said the plan
#: failed", "argued that the plan failed").
CLAUSE_VERBS = frozenset(
    """say argue insist claim warn note stress maintain admit predict concede assert acknowledge
    state tell add explain suggest indicate confirm emphasize emphasise reiterate reply counter
    respond contend tweet write complain caution believe think allege""".split()
)
#: Verbs that report speech only with "that" (otherwise they take an object:
#: "announced a curfew", "reported a loss").
THAT_VERBS = frozenset(
    """announce post declare hope expect report reveal deny allege promise vow
    underscore underline observe remark point disclose assure recall agree signal estimate
    testify acknowledge conclude find joke quip boast lament text email
    ask urge plead implore""".split()
)
#: Reporting verbs that far more often take an object ('asked for help',
#: 'pleaded guilty', 'emailed the files', 'lamented the loss', 'the alleged
#: fraud', 'spent years denying it'): inside a reported clause they are no cue of its own unless a
#: reported clause follows them ('asked whether …', 'emailed staff that …').
OBJECT_FIRST_VERBS = frozenset("ask urge plead implore text email lament allege deny".split())
#: Verbs of asking: they report speech with 'that' ('urged that the law be
#: changed') or, for 'ask', a question ('asked whether …'); with an object
#: and a to-infinitive ('urged residents to stay indoors') they make an
#: appeal, which the statements do not count.
REQUEST_VERBS = frozenset("ask urge plead implore".split())
#: Verbs whose object is the person addressed ("told reporters that …").
TELL_VERBS = frozenset("tell assure inform remind brief text email".split())
#: Verbs that report speech with a quotation or an object ("called it a “…”").
QUOTE_VERBS = frozenset(
    """say tell state warn stress add note insist claim argue emphasize emphasise acknowledge
    confirm announce reiterate indicate suggest explain write post declare admit agree predict
    maintain concede assert contend counter reply respond reveal caution underscore underline
    remark observe complain urge deny disclose allege report assure recall call describe label
    brand dub term welcome praise accuse ask echo tweet believe think hope vow promise rebut
    criticise criticize speak quip joke shout scream whisper plead
    testify exclaim boast lament concede fume sigh gush enthuse""".split()
)
#: Participles that, after a comma, gloss what was said rather than report it.
GLOSS_PARTICIPLES = frozenset("indicating suggesting signalling signaling".split())

# Irregular forms: base → (third person, past, past participle, -ing).
_IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "hold": ("holds", "held", "held", "holding"),
    "swear": ("swears", "swore", "sworn", "swearing"),
}
_DOUBLED = frozenset("admit rebut quip dub".split())  # admitted, rebutted, dubbed


@lru_cache(maxsize=None)
def forms(base: str) -> frozenset[str]:
    """Every inflected form of a verb: base, third person, past, participles."""
    if base in _IRREGULAR:
        return frozenset((base, *_IRREGULAR[base]))
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base in _DOUBLED:
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base == "label":
        past, ing = "labelled", "labelling"
    else:
        past, ing = base + "ed", base + "ing"
    out = {base, third, past, ing}
    if base == "label":
        out |= {"labeled", "labeling"}
    return frozenset(out)


def all_forms(bases) -> frozenset[str]:
    out: set[str] = set()
    for b in bases:
        out |= forms(b)
    return frozenset(out)


#: Every form of the verbs that report speech whatever follows them: a name
#: beside one is a speaker ("Osei said", "contends Ben Harlow").
SPEECH_FORMS = all_forms(QUOTE_VERBS | CLAUSE_VERBS | TELL_VERBS)
#: Every form of every reporting verb, "that"-only ones included: used where a
#: word is to be recognised as the genre's glue (X said, Y stated).
REPORTING_FORMS = SPEECH_FORMS | all_forms(THAT_VERBS)
#: Nouns of reporting, which the passage aligners treat like the verbs.
REPORTING_NOUNS = frozenset("according comments comment remarks".split())
#: Past participles that report speech in the impersonal passive: '…, it
#: was announced on Monday', 'It has been confirmed that …'.
PASSIVE_REPORTS = frozenset("announced confirmed revealed disclosed reported stated claimed alleged".split())
#: Nouns for what someone said, which may introduce it after a colon: 'Her
#: verdict: …', 'His message was clear: …', 'The minister's answer: …'.
STANCE_NOUNS = frozenset("message verdict response answer reply warning advice plea retort".split())

# --------------------------------------------------------------------------
# The small grammar words attribution reads: time words, name particles,
# prepositions, the adverbs that sit between a subject and its verb, pronouns,
# determiners, and the words that open or close a reported clause.

DAYS_MONTHS = frozenset(calendar.DAYS + calendar.MONTHS + ("today", "yesterday", "tomorrow")) - {"may"}  # "may": a modal
NAME_PARTICLES = frozenset("de da di du van von der den bin ibn al el la le del dos das ap".split())
LOCATIVES = frozenset("in at from into across throughout near outside inside towards toward".split())
PREPOSITIONS = frozenset(
    """of to in on at by with from for about against into onto over under after before during
    between among via without within toward towards upon like unlike than despite amid including""".split()
)
VERB_GLUE = frozenset("also then later previously repeatedly again has have had 's reportedly publicly "
                       "privately initially earlier recently subsequently further likewise similarly "
                       "immediately simply once still only even long just already never in turn".split())
PERSON_PRONOUNS = frozenset("he she he's she's he'd she'd".split())
GROUP_PRONOUNS = frozenset("they they've they're".split())
CLAUSE_STARTERS = frozenset(
    """the a an this these those there it he she they we i you his her their its our my your
    some any all no more most many much such each every both another one two three four five
    several few nothing everything everyone nobody someone anyone other others""".split()
)
#: Pronouns that open a clause as its subject ('told reporters nobody was hurt').
INDEFINITE_SUBJECTS = frozenset("nobody no-one everyone everybody someone somebody nothing everything none".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my your some any no every each".split())
NEGATIONS = frozenset("not never n't no".split())
SUBJECT_PRONOUNS = frozenset("he she they we i it there he's she's they're we're it's i'm".split())
CONJUNCTIONS = frozenset("and but though although or yet while".split())
CUT_AFTER_COMMA = frozenset(
    """according despite while whereas although though without amid after before when because""".split()
)
SUBORDINATE_STARTS = frozenset(
    """after before while when as since because although though who which whom whose where in on
    at for with without by from during despite amid following having being""".split()
)
PASSIVE_AUX = frozenset("is are was were be been being".split())
ORG_CONNECTORS = frozenset("for of against without".split())
DETS = frozenset(("the", "a", "an"))

# --------------------------------------------------------------------------
# Verbs that make a clause finite.

#: Auxiliaries and copulas: a clause that has one is a sentence, not a phrase.
FINITE = frozenset(
    """is are was were has have had will would can could should may might must shall does did do
    's 're 've 'd isn't wasn't weren't aren't hasn't haven't hadn't won't wouldn't can't couldn't
    shouldn't doesn't didn't don't remains remain remained""".split()
)
#: Common irregular past forms (regular ones end in -ed), and the regular
#: ones too short for the -ed test, which wants five letters so that 'need'
#: and 'feed' are not pasts ('the plant used less energy').
IRREGULAR_PAST = frozenset(
    """gave made met spoke took came went saw sent held left began became brought put set kept got
    found thought said told wrote called rang sat stood led won lost paid ran drew fought grew
    knew threw wore broke chose fell felt heard hit hurt meant read sold spent struck swore
    taught understood woke rose sank shrank flew ate drove rode
    used owed died tied lied aged""".split()
)
#: Past forms that are never participles ('wages grew by 5%' is a clause;
#: 'the progress made during …' is not): finite wherever they stand.
PAST_ONLY = frozenset(
    """gave spoke took came went saw began became drew grew knew threw wore broke chose fell rang
    swore woke rose sank shrank flew ate drove rode wrote ran""".split()
)

# --------------------------------------------------------------------------
# People: honorifics and titles.

#: Honorific → gender ("m", "f", or "" when it tells none).
HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": "", "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "prof": "", "professor": "", "mx": "",
}
#: Role words that tell a gender (for resolving he / she).
GENDERED_ROLES = {
    **{w: "m" for w in """spokesman chairman congressman councilman businessman king prince
       actor father son brother husband boyfriend uncle nephew grandfather duke emperor
       sportsman policeman fireman""".split()},
    **{w: "f" for w in """spokeswoman chairwoman congresswoman councilwoman businesswoman queen
       princess actress mother daughter sister wife girlfriend aunt niece grandmother duchess
       empress sportswoman policewoman firewoman""".split()},
}
#: Nouns that, placed before a name, make it a person and give a role.
TITLE_HEADS = frozenset(
    """president vice-president minister secretary secretary-general spokesman spokeswoman
    spokesperson chancellor premier speaker envoy negotiator ambassador senator governor mayor
    general admiral commander chief director director-general chairman chairwoman chair head
    leader king queen prince princess pope emir sheikh judge justice prosecutor attorney-general
    adviser advisor aide confidant diplomat official officer correspondent editor analyst
    economist ceo cfo coo founder co-founder lawmaker congressman congresswoman representative
    rep sen gov commissioner coordinator mediator delegate candidate lawyer attorney captain
    colonel lieutenant sergeant deputy rapporteur mp senator-elect president-elect counsellor
    councillor councilor councilman councilwoman alderman ombudsman superintendent inspector
    governor-general coach manager owner boss executive chief-executive researcher scientist
    professor doctor nurse teacher headteacher principal historian author writer novelist actor
    actress singer player striker goalkeeper defender midfielder referee activist campaigner
    strategist expert veteran witness survivor resident farmer investor banker entrepreneur
    journalist reporter commentator pollster organiser organizer chairperson archbishop bishop
    cardinal rabbi imam priest pastor treasurer trustee member agent parent student
    meteorologist forecaster spokespeople sheriff constable detective chef firefighter paramedic
    pilot driver engineer architect surgeon physician dentist pharmacist midwife soldier sailor
    lecturer tutor curator librarian designer artist photographer filmmaker producer composer
    musician poet baker butcher plumber electrician builder miner fisherman fisherwoman
    shopkeeper landlord volunteer mechanic cyclist runner swimmer boxer jockey skier climber
    guide ranger warden director-general head-teacher barrister solicitor son-in-law
    daughter-in-law champion sprinter administrator foreman forewoman supervisor caretaker
    clerk cllr supt insp sgt capt cmdr lt atty quarterback linebacker pitcher catcher winger
    fullback full-back centre-back center-back wicketkeeper batsman bowler spinner flanker fly-half
    scrum-half keeper rider skipper""".split()
)
#: Abbreviated titles ("Rep. Tom Hale") → the full title.
TITLE_ABBREVIATIONS = {
    "rep": "Representative", "sen": "Senator", "gov": "Governor", "gen": "General",
    "col": "Colonel", "lt": "Lieutenant", "sgt": "Sergeant", "capt": "Captain",
    "cmdr": "Commander", "adm": "Admiral", "supt": "Superintendent", "insp": "Inspector",
    "det": "Detective", "rev": "Reverend", "hon": "Honourable", "pres": "President",
    "amb": "Ambassador", "atty": "Attorney", "cllr": "Councillor",
}
#: Endings that make a lower-case compound noun a person's role by its shape
#: alone, however rare the role ("the harbourmaster", "the lock-keeper",
#: "the ferryman", "the signalwoman"): the role speaks as itself like a
#: listed title (see words.role_shaped; at least 7 letters, so never "human").
ROLE_NOUN_ENDINGS = ("master", "keeper", "man", "woman")
#: Words with those endings that name no role.
NOT_ROLE_NOUNS = frozenset("superhuman talisman ottoman doberman caiman".split())
#: Lower-case occupation nouns not listed above read as a title before a full
#: name when they have an agent ending ("hydrologist Petra Lind").
AGENT_ENDINGS = ("ist", "ian", "logist", "eer", "ant", "ent", "master")
#: Words that describe a person's side or standing before a name
#: ("Centrist Laura Keane"): never part of the name.
DESCRIPTORS = frozenset(
    """centrist conservative liberal progressive republican democrat democratic socialist
    moderate populist nationalist leftist left-wing right-wing far-right far-left hardline
    independent incumbent former veteran longtime long-time outgoing incoming embattled
    fellow rival opposition retired acting interim newly-elected then-president
    green labour tory teenager pensioner schoolboy schoolgirl youngster newcomer
    regular winner runner-up forward holidaymaker homeowner motorist widow widower mum dad
    grandmother grandfather grandad punter""".split()
)
#: Letters after a name that say an honour, a rank at the bar or a degree
#: ("Jane Doe KC", "Tom Hale OBE"): never part of the name itself.
POSTNOMINALS = frozenset("kc qc obe mbe cbe kbe dbe phd".split())
#: The head nouns of a speaker's office ("Prime Minister X's spokesperson").
SPOKES_HEADS = frozenset("spokesman spokeswoman spokesperson spokespeople office".split())
#: Words that may complete a title after "of": "Secretary of State".
TITLE_COMPLEMENTS = frozenset(
    """state defence defense the interior foreign affairs justice finance treasury commerce
    energy health education agriculture labor labour homeland security transportation transport
    housing veterans war trade economy culture staff police""".split()
)
#: Lower-case words that can sit inside a role phrase before its head noun.
ROLE_MODIFIERS = frozenset(
    """top chief lead senior former current deputy acting special foreign prime vice close state
    news interim outgoing incoming chief-of-staff main principal press defence defense health
    finance interior justice trade energy education transport home security national general
    executive managing communications policy economic military political junior assistant
    associate first party government head operating presiding retired registered returning""".split()
)
#: Relations that name an unnamed person after a possessive ('the victim's
#: daughter', 'the driver's brother'): such a person speaks as the phrase.
RELATION_NOUNS = frozenset(
    """mother father son daughter wife husband brother sister widow widower partner fiancee fiance
    grandmother grandfather grandson granddaughter uncle aunt niece nephew cousin""".split()
)
#: Words that make a title another office ('deputy mayor', 'former
#: president'): a role phrase and a holder's title agree only if both have
#: the same such words.
OTHER_OFFICE_WORDS = frozenset("deputy vice assistant former shadow junior".split())
#: Heads a role phrase may use to refer back to a title ("the French leader"
#: for a president).
ROLE_FAMILIES = (
    frozenset("leader president prime-minister chancellor premier king queen head emir".split()),
    frozenset("diplomat secretary-of-state foreign-minister foreign-secretary ambassador envoy".split()),
    frozenset("spokesman spokeswoman spokesperson spokespeople office".split()),
    frozenset("negotiator envoy mediator".split()),
    frozenset("executive chief-executive ceo boss chief".split()),
    frozenset("coach manager".split()),
)
#: Titles of the person at the top of an organisation, which "the head of
#: the agency" or "the chief" may refer to when the story has only one.
TOP_POSTS = frozenset(
    """head chief boss director director-general administrator chairman chairwoman chair
    chairperson commissioner president ceo chief-executive superintendent governor""".split()
)
#: Titles of several words that a text refers back to as a whole.
COMPOUND_TITLES = {
    "prime minister": "prime-minister",
    "foreign minister": "foreign-minister",
    "foreign secretary": "foreign-secretary",
    "secretary of state": "secretary-of-state",
    "chief executive": "chief-executive",
}

# --------------------------------------------------------------------------
# Organisations and groups.

#: Nouns that end an organisation's name ("Pelham Bank", "Harbor Airlines").
ORG_KEYWORDS = frozenset(
    """ministry department agency office council commission parliament senate congress committee
    cabinet government administration party union bank fund funds court police army navy service
    institute university college school hospital foundation association organisation organization
    corporation company authority bureau federation league assembly house times post radio
    television tv network broadcaster newspaper channel airlines airline airways motors energy
    mining steel foods holdings capital partners group industries technologies pharmaceuticals
    logistics media studios insurance savings observatory museum club inc ltd plc corp llc gmbh
    trust society alliance coalition movement board pharma pharmaceutical biotech labs
    laboratories systems solutions software ventures enterprises resources petroleum oil gas
    power electric telecom telecoms shipping automotive chemicals breweries brewery farms
    retail stores supermarkets markets events entertainment records films pictures publishing
    airport railways railway council robotics services appliances wanderers rovers athletic albion
    dairies homes builders construction properties coatings paints plastics textiles packaging
    engineering""".split()
)
#: Words that end organisations' names ("Northern Gas", "Castellan Mining")
#: but in lower case are plain nouns ("the gas main", "the oil price").
NAME_END_ONLY = frozenset(
    """times post motors energy mining steel foods holdings capital partners industries technologies
    pharmaceuticals logistics media studios insurance savings pharma pharmaceutical biotech labs
    laboratories systems solutions software ventures enterprises resources petroleum oil gas power
    electric telecom telecoms shipping automotive chemicals breweries brewery farms retail stores
    supermarkets markets events entertainment records films pictures publishing robotics services
    appliances wanderers rovers athletic albion dairies homes builders construction properties
    coatings paints plastics textiles packaging engineering""".split()
)
#: Openings of a sentence that names the speaker of the quotation just
#: before it ("“…” ¶ With those words, Jane Doe …").
QUOTE_BACK_REFERENCES = (
    "with those words", "with these words", "that is how", "that was how", "this is how", "those were the words",
    "these were the words", "such was the verdict", "that was the verdict", "that was the message", "so said",
    "that was the reaction", "this was the reaction", "such was the reaction", "that was the view",
    "that is the view", "that was the warning", "that was the assessment", "those are the words",
    "these are the words", "the words are those of", "so says", "the warning came from", "the plea came from",
    "the words came from",
)
#: Last words of addresses, which speak for who works there ("Downing Street said").
ADDRESS_WORDS = frozenset("street avenue square plaza boulevard road".split())
#: Adjectives that qualify a speaker with a prepositional phrase ("a source
#: close to the talks", "people familiar with the matter").
QUALIFYING_ADJECTIVES = frozenset("close familiar briefed involved knowledgeable aware".split())
#: Lower-case nouns that make the capitalised word next to them a news organisation.
MEDIA_NOUNS = frozenset("agency radio newspaper broadcaster channel television network magazine daily outlet".split())
#: Nouns by which a text refers back to an organisation it has named ("the
#: company said", "the airline added"): never new actors of their own.
ORG_DESCRIPTORS = frozenset(
    """company firm group board airline carrier carmaker automaker bank lender insurer retailer
    manufacturer producer developer operator business corporation conglomerate club
    charity organisation organization publisher miner utility supplier startup start-up chain
    brand platform maker giant app processor provider drugmaker chipmaker brewer co-operative
    cooperative co-op dairy""".split()
)
#: What a firm has, after "Its" opening a sentence ("Its shares fell 4%", "Its
#: chief executive said"): there "its" is the firm the article named (a bare
#: "Its" may be anything: the bridge, the plan).
FIRM_POSSESSIONS = frozenset(
    """shares stock profit profits revenue revenues sales earnings chief boss chairman chairwoman board
    directors staff workers employees customers investors shareholders""".split()
)
#: The descriptors that fit any firm ("the company said"); the others name a
#: kind of firm ("the operator", "the airline"), which another source's firm
#: is only when its name says so ("Skyway Airlines").
GENERAL_FIRM_WORDS = frozenset("company firm group business corporation conglomerate giant organisation organization".split())
#: People described by what they are, not by name ("the defendant said").
PERSON_NOUNS = frozenset(
    """defendant victim witness resident neighbour neighbor passenger patient customer voter
    shopper commuter parent pupil student fan supporter critic trader dealer insider source
    observer person people man woman official officer team crew staff panel jury mother father
    son daughter wife husband brother sister family relative relatives child children friend
    neighbour colleague partner owner survivor camper holidaymaker tourist visitor hiker walker
    climber swimmer diner guest tenant""".split()
)
#: Nouns for documents, which may be cited ("according to the report") but never speak.
DOCUMENT_NOUNS = frozenset(
    """report reports study studies survey surveys data figures document documents plan draft
    poll polls analysis estimates estimate statistics records research paper filing filings
    website guidance law bill rules text agreement census forecast forecasts index
    minutes transcript memo letter""".split()
)
#: What a speaker issues and the text then quotes as if it spoke ("the
#: ministry said in a statement … “…,” the statement said"): the words are
#: the speaker's who issued it.
ISSUED_TEXTS = frozenset("statement message letter post email note memo".split())
#: Plural heads of a group that can speak as one ("European leaders").
GROUP_HEADS = frozenset(
    """leaders officials allies senators lawmakers ministers diplomats negotiators countries
    nations governments delegations members residents activists protesters experts analysts
    critics parties sides teams representatives legislators mps envoys authorities
    spokespeople campaigners unions economists scientists researchers doctors teachers
    workers employees investors shareholders prosecutors lawyers police officers""".split()
)
#: Bodies that speak and are usually described rather than named ("the
#: coastguard said"), beyond the organisation words above.
BODY_NOUNS = frozenset(
    """coastguard regulator watchdog prosecution defence defense inquiry tribunal panel jury
    embassy consulate municipality prefecture ministry brigade hospice zoo library theatre theater
    church cathedral mosque temple synagogue prison orchestra festival gallery""".split()
)
#: Local governments, which speak as "the city said" / "according to the
#: county": a speaker only as the subject of a reporting verb (or after
#: "according to"), never a kind that a name in apposition is the name of
#: ("the city, Kharkiv" is a place, not an organisation).
MUNICIPAL_NOUNS = frozenset("city county town village borough".split())
#: The sides of a trial, which speak as one ("the defence argued", "the
#: prosecution said"): a group speaker only right before its verb, after "the".
SIDE_NOUNS = frozenset("defence defense prosecution".split())
#: Singular nouns for people who speak as one, after a possessive or "the"
#: ("Pike's family said", "the family said").
COLLECTIVE_NOUNS = frozenset("family pair couple duo trio".split())  # ("the pair said": both of them at once)
#: Last words of public bodies' names: such a body is never what "the
#: company" or "the manufacturer" refers back to.
PUBLIC_BODY_WORDS = frozenset(
    """university college school institute ministry department council commission government
    parliament senate congress committee cabinet administration authority bureau police army
    navy court hospital museum observatory agency party union assembly service""".split()
)
#: Plural people nouns that are not titles or roles but speak as groups.
PEOPLE_PLURALS = frozenset(
    """organisers organizers protesters demonstrators marchers volunteers campaigners
    scientists researchers experts doctors nurses teachers parents pupils students
    residents villagers locals neighbours neighbors witnesses observers monitors inspectors
    investigators prosecutors detectives lawyers analysts economists traders bankers
    investors shareholders executives bosses managers owners landlords tenants renters
    farmers fishermen builders workers employees staff drivers passengers commuters
    travellers travelers fans supporters players officials authorities leaders
    critics opponents activists environmentalists unions rescuers firefighters paramedics
    medics survivors relatives families victims voters citizens consumers customers
    shoppers users diplomats negotiators lawmakers legislators ministers senators mps
    engineers pilots airlines operators insurers regulators tourists visitors holidaymakers
    spectators groups organisations organizations agencies charities astronomers forecasters brokers
    pollsters""".split()
)
#: Group heads that name a speaker with no modifier ("the countries said").
BARE_GROUP_HEADS = frozenset("countries parties sides allies nations".split())
#: Function words that are also first names ("said Will Dawson", "Per Ekholm",
#: "May Lin", "An Tran"): a name only inside a sentence, after a lower-case
#: word and before a capitalised one (see names.given_name_word).
FUNCTION_WORD_NAMES = frozenset("will may per an".split())
GROUP_QUANTIFIERS = frozenset("the a an many some several both all most other few two three four".split())

# --------------------------------------------------------------------------
# Countries: name ↔ adjective ↔ people. One line per country; alternative
# forms separated by "/". Used to tell that "the French president" and
# "President of France" share a nationality, and that a demonym is never a
# person's name.

_COUNTRIES = """
Afghanistan|Afghan|Afghans
Albania|Albanian|Albanians
Algeria|Algerian|Algerians
Andorra|Andorran|Andorrans
Angola|Angolan|Angolans
Antigua and Barbuda/Antigua|Antiguan|Antiguans
Argentina|Argentine/Argentinian|Argentines/Argentinians
Armenia|Armenian|Armenians
Australia|Australian|Australians
Austria|Austrian|Austrians
Azerbaijan|Azerbaijani/Azeri|Azerbaijanis/Azeris
Bahamas|Bahamian|Bahamians
Bahrain|Bahraini|Bahrainis
Bangladesh|Bangladeshi|Bangladeshis
Barbados|Barbadian|Barbadians
Belarus|Belarusian|Belarusians
Belgium|Belgian|Belgians
Belize|Belizean|Belizeans
Benin|Beninese|Beninese
Bhutan|Bhutanese|Bhutanese
Bolivia|Bolivian|Bolivians
Bosnia and Herzegovina/Bosnia|Bosnian|Bosnians
Botswana|Botswanan/Motswana|Batswana
Brazil|Brazilian|Brazilians
Brunei|Bruneian|Bruneians
Bulgaria|Bulgarian|Bulgarians
Burkina Faso|Burkinabe|Burkinabe
Burundi|Burundian|Burundians
Cambodia|Cambodian|Cambodians
Cameroon|Cameroonian|Cameroonians
Canada|Canadian|Canadians
Cape Verde/Cabo Verde|Cape Verdean|Cape Verdeans
Central African Republic|Central African|Central Africans
Chad|Chadian|Chadians
Chile|Chilean|Chileans
China|Chinese|Chinese
Colombia|Colombian|Colombians
Comoros|Comoran|Comorans
Congo/DRC/DR Congo|Congolese|Congolese
Costa Rica|Costa Rican|Costa Ricans
Ivory Coast/Cote d'Ivoire|Ivorian|Ivorians
Croatia|Croatian/Croat|Croatians/Croats
Cuba|Cuban|Cubans
Cyprus|Cypriot|Cypriots
Czech Republic/Czechia|Czech|Czechs
Denmark|Danish|Danes
Djibouti|Djiboutian|Djiboutians
Dominica|Dominican|Dominicans
Dominican Republic|Dominican|Dominicans
East Timor/Timor-Leste|Timorese|Timorese
Ecuador|Ecuadorian|Ecuadorians
Egypt|Egyptian|Egyptians
El Salvador|Salvadoran|Salvadorans
Equatorial Guinea|Equatoguinean|Equatoguineans
Eritrea|Eritrean|Eritreans
Estonia|Estonian|Estonians
Eswatini/Swaziland|Swazi|Swazis
Ethiopia|Ethiopian|Ethiopians
Fiji|Fijian|Fijians
Finland|Finnish|Finns
France|French|French
Gabon|Gabonese|Gabonese
Gambia|Gambian|Gambians
Georgia|Georgian|Georgians
Germany|German|Germans
Ghana|Ghanaian|Ghanaians
Greece|Greek|Greeks
Grenada|Grenadian|Grenadians
Guatemala|Guatemalan|Guatemalans
Guinea|Guinean|Guineans
Guinea-Bissau|Bissau-Guinean|Bissau-Guineans
Guyana|Guyanese|Guyanese
Haiti|Haitian|Haitians
Honduras|Honduran|Hondurans
Hungary|Hungarian|Hungarians
Iceland|Icelandic|Icelanders
India|Indian|Indians
Indonesia|Indonesian|Indonesians
Iran|Iranian|Iranians
Iraq|Iraqi|Iraqis
Ireland|Irish|Irish
Israel|Israeli|Israelis
Italy|Italian|Italians
Jamaica|Jamaican|Jamaicans
Japan|Japanese|Japanese
Jordan|Jordanian|Jordanians
Kazakhstan|Kazakh/Kazakhstani|Kazakhs/Kazakhstanis
Kenya|Kenyan|Kenyans
Kiribati|I-Kiribati|I-Kiribati
Kosovo|Kosovar/Kosovan|Kosovars
Kuwait|Kuwaiti|Kuwaitis
Kyrgyzstan|Kyrgyz|Kyrgyz
Laos|Lao/Laotian|Laotians
Latvia|Latvian|Latvians
Lebanon|Lebanese|Lebanese
Lesotho|Basotho|Basotho
Liberia|Liberian|Liberians
Libya|Libyan|Libyans
Liechtenstein|Liechtensteiner|Liechtensteiners
Lithuania|Lithuanian|Lithuanians
Luxembourg|Luxembourgish|Luxembourgers
Madagascar|Malagasy|Malagasy
Malawi|Malawian|Malawians
Malaysia|Malaysian|Malaysians
Maldives|Maldivian|Maldivians
Mali|Malian|Malians
Malta|Maltese|Maltese
Marshall Islands|Marshallese|Marshallese
Mauritania|Mauritanian|Mauritanians
Mauritius|Mauritian|Mauritians
Mexico|Mexican|Mexicans
Micronesia|Micronesian|Micronesians
Moldova|Moldovan|Moldovans
Monaco|Monegasque|Monegasques
Mongolia|Mongolian|Mongolians
Montenegro|Montenegrin|Montenegrins
Morocco|Moroccan|Moroccans
Mozambique|Mozambican|Mozambicans
Myanmar/Burma|Burmese/Myanmar|Burmese
Namibia|Namibian|Namibians
Nauru|Nauruan|Nauruans
Nepal|Nepali/Nepalese|Nepalis
Netherlands/Holland|Dutch|Dutch
New Zealand|New Zealand|New Zealanders/Kiwis
Nicaragua|Nicaraguan|Nicaraguans
Niger|Nigerien|Nigeriens
Nigeria|Nigerian|Nigerians
North Korea|North Korean|North Koreans
North Macedonia/Macedonia|Macedonian|Macedonians
Norway|Norwegian|Norwegians
Oman|Omani|Omanis
Pakistan|Pakistani|Pakistanis
Palau|Palauan|Palauans
Palestine|Palestinian|Palestinians
Panama|Panamanian|Panamanians
Papua New Guinea|Papua New Guinean|Papua New Guineans
Paraguay|Paraguayan|Paraguayans
Peru|Peruvian|Peruvians
Philippines|Philippine/Filipino|Filipinos
Poland|Polish|Poles
Portugal|Portuguese|Portuguese
Qatar|Qatari|Qataris
Romania|Romanian|Romanians
Russia|Russian|Russians
Rwanda|Rwandan|Rwandans
Saint Kitts and Nevis|Kittitian|Kittitians
Saint Lucia|Saint Lucian|Saint Lucians
Saint Vincent and the Grenadines|Vincentian|Vincentians
Samoa|Samoan|Samoans
San Marino|Sammarinese|Sammarinese
Sao Tome and Principe|Santomean|Santomeans
Saudi Arabia|Saudi|Saudis
Senegal|Senegalese|Senegalese
Serbia|Serbian/Serb|Serbians/Serbs
Seychelles|Seychellois|Seychellois
Sierra Leone|Sierra Leonean|Sierra Leoneans
Singapore|Singaporean|Singaporeans
Slovakia|Slovak/Slovakian|Slovaks
Slovenia|Slovenian/Slovene|Slovenians/Slovenes
Solomon Islands|Solomon Islander|Solomon Islanders
Somalia|Somali|Somalis
South Africa|South African|South Africans
South Korea/Korea|South Korean/Korean|South Koreans/Koreans
South Sudan|South Sudanese|South Sudanese
Spain|Spanish|Spaniards
Sri Lanka|Sri Lankan|Sri Lankans
Sudan|Sudanese|Sudanese
Suriname|Surinamese|Surinamese
Sweden|Swedish|Swedes
Switzerland|Swiss|Swiss
Syria|Syrian|Syrians
Taiwan|Taiwanese|Taiwanese
Tajikistan|Tajik|Tajiks
Tanzania|Tanzanian|Tanzanians
Thailand|Thai|Thais
Togo|Togolese|Togolese
Tonga|Tongan|Tongans
Trinidad and Tobago/Trinidad|Trinidadian|Trinidadians
Tunisia|Tunisian|Tunisians
Turkey/Turkiye|Turkish|Turks
Turkmenistan|Turkmen|Turkmens
Tuvalu|Tuvaluan|Tuvaluans
Uganda|Ugandan|Ugandans
Ukraine|Ukrainian|Ukrainians
United Arab Emirates/UAE/Emirates|Emirati|Emiratis
United Kingdom/UK/Britain/Great Britain/England/Scotland/Wales|British/English/Scottish/Welsh|Britons/Brits/English/Scots/Welsh
United States/US/USA/America|American/US|Americans
Uruguay|Uruguayan|Uruguayans
Uzbekistan|Uzbek|Uzbeks
Vanuatu|Ni-Vanuatu|Ni-Vanuatu
Vatican/Holy See|Vatican|Vatican
Venezuela|Venezuelan|Venezuelans
Vietnam|Vietnamese|Vietnamese
Yemen|Yemeni|Yemenis
Zambia|Zambian|Zambians
Zimbabwe|Zimbabwean|Zimbabweans
European Union/EU/Europe|European/EU|Europeans
"""


def _nation_table() -> dict[str, str]:
    """Every lower-case form (name, adjective, people) → the country's key."""
    out: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        fields = line.split("|")
        key = fields[0].split("/")[0].lower()
        for f in fields:
            for form in f.split("/"):
                form = form.strip().lower().replace(".", "")
                if form:
                    out.setdefault(form, key)
    return out


#: Lower-case country name, adjective or people → the country ("iranian" → "iran").
NATIONS: dict[str, str] = _nation_table()


def nation_of(word: str) -> str | None:
    """The country a word names or describes (case-insensitive), or None."""
    return NATIONS.get(word.lower().replace(".", "").replace("’", "'"))

#: Bodies that hear evidence: "…, the court heard" / "an inquest was told"
#: report what was said before them, by a speaker the sentence does not name.
HEARING_BODIES = frozenset("court inquest tribunal hearing jury trial inquiry magistrates panel committee".split())

#: People who make or run a thing: "its makers said", "the firm's owners
#: said" speak for the organisation the text names (before or just after).
MAKER_NOUNS = frozenset("makers owners operators manufacturers developers organisers organizers publishers "
                        "creators producers".split())

#: A wire dateline opening a lede ("HARLOW, Nov 6 (Northwire) —", "PORT
#: VERREN —", "BERLIN, March 3 —"): it places the story and is not part of
#: the statement after it.
DATELINE_PATTERN = (r"[A-Z][A-Z.'’ -]*[A-Z](?:/[A-Z][A-Z .-]*)?(?:,\s*[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?"
                    r"(?:,\s*[A-Z][a-z]+\.?)?\s*(?:\([^()\n]{2,40}\)\s*)?[—–]\s+"
                    # a live page's time stamp: "09:14 Ferries are …", "9.02am Schools …"
                    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+(?=[A-Z])")

#: Labels in capitals opening a transcript's paragraphs that are not a
#: speaker's name: the questions asked, and page labels ("UPDATE: …").
QUESTION_LABELS = frozenset("q question questions reporter reporters interviewer audience".split())
ANSWER_LABELS = frozenset("a answer".split())
NOT_SPEAKER_LABELS = frozenset(
    """update updated breaking exclusive watch listen read note editor's editors correction
    warning live latest analysis opinion comment video photos pictured see also related""".split())
