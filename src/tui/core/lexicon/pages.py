"""The general shape of web-page furniture, as words and patterns.

Everything here describes pages in general (what navigation, prompts,
captions, credits and interruptions look like on news sites, blogs and
aggregators); nothing names or quotes a particular article.
"""

from __future__ import annotations

import re

from . import calendar
from .syndication import WIRE_AGENCIES

# --- domains ----------------------------------------------------------------

#: Top-level domains common on news pages (generic, country, and the
#: second-level forms such as .co.uk / .com.au).
TLDS = (
    "com|org|net|edu|gov|int|mil|info|biz|news|press|media|online|site|blog|io|tv|fm|co|me|eu|"
    "uk|us|ca|au|nz|ie|in|za|ng|ke|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|pt|gr|ro|hu|ru|ua|tr|"
    "il|ae|sa|qa|pk|bd|lk|sg|my|ph|id|jp|kr|cn|hk|tw|br|ar|mx|cl"
)
#: A web address: a URL, a www. host, or a bare host ending in a known TLD
#: (group 1 is the host without scheme or www.).
DOMAIN = re.compile(
    rf"(?<![@\w.-])(?:https?://)?(?:www\.)?((?:[A-Za-z0-9][\w-]*\.)+(?:{TLDS})(?:\.(?:{TLDS}))?)\b(?![@.\w-]*@)"
)  # TLDs in lower case only: "said.In" (a missing space) is not an address

# --- navigation and section labels --------------------------------------------

#: Words a line made only of navigation controls is built from.
NAVIGATION_WORDS = frozenset(
    """home menu search skip content main navigation nav top back previous prev next older newer feedback
    post posts page pages share print email comments comment tags tag topics topic related
    article articles story stories more sections section close open toggle login logout account
    jump to go of all view see views likes shares tweet pin facebook twitter linkedin reddit
    whatsapp telegram copy link x newsletter newsletters subscribe podcasts save bookmark gift show less load
    loading listen print image images photo photos caption hide expand collapse enlarge modal min
    audio accept reject agree decline close like reply quote yes no transcript restack repost retweet boost upvote
    downvote""".split()
)

#: Section and desk names used as kickers and breadcrumbs.
SECTION_WORDS = frozenset(
    """news latest breaking live world national local international politics business economy
    markets finance money tech technology science health sport sports football soccer cricket
    tennis rugby culture arts entertainment showbiz celebrity lifestyle travel food opinion
    opinions analysis comment editorial editorials features feature video videos photos gallery
    podcast podcasts weather climate environment education crime courts justice law us uk europe
    asia africa americas middle east pacific region regional australia india china
    exclusive explainer explained investigation investigations update updates top stories home
    global domestic metro city state nation elections election headlines today trending press release releases
    media centre center newsroom releases statements announcements stats statistics lineups line-ups fixtures
    table tables standings scores scorers full-time half-time match results transfers
    transport property motoring books music film films tv games gaming style fashion beauty wellbeing family
    parenting religion obituaries rural farming agriculture classifieds puzzles notices""".split()
)

#: Separators between the items of a breadcrumb or a menu.
NAV_SEPARATORS = re.compile(r"\s+(?:[|>›»/·•∙]|::|-{1,2}|–)\s+|\s*[›»•·∙]\s*")
#: Separators only breadcrumbs use (two items are enough).
BREADCRUMB_SEPARATORS = re.compile(r"\s*[›»>]\s*")
#: Controls of live pages and long reads.
NAV_PHRASES = re.compile(
    r"^\W*(?:show (?:key events|more|less|all)(?: only)?|key events|skip to (?:main )?content|back to top|"
    r"jump to (?:comments|content)|live updates?|live blog|pinned post|refresh|newest first|oldest first|report a problem|"
    r"in this (?:article|story|page)|page contents|on this page|sort(?:ed)? by\s*:?\s*(?:best|top|new|newest|oldest|old|hot|controversial|relevance|date|popular)|full (?:scorecard|match report|results|fixture list)|(?:see )?full coverage|(?:journalistic|editorial) standards|(?:ethics|corrections|editorial) policy|show notes|episode notes|(?:watch|listen)(?:\s+[\w.&'’-]+){0,3}\s+live(?: now| stream)?|(?:table of )?contents|(?:text|font) size\s*:?(?:\W+[a+−-]){0,4})\W*$",
    re.I,
)
#: A scoreboard line: "United 2-1 City".
SCORELINE = re.compile(
    r"^(?:[A-Z][A-Z -]{1,15}:\s*)?"  # a label in capitals: "FULL TIME:", "HT:" (not "Report:", a headline's)
    r"(?:[A-Z][\w.'’ -]{1,30}\s\d{1,3}\s*[-–:]\s*\d{1,3}\s[A-Z][\w.'’ -]{1,30}(?:\s*\([\w.,' -]{1,20}\))?|"
    # each side with its score: "Panthers 28, Eagles 0"
    r"[A-Z][\w.'’ -]{1,30}\s\d{1,3},\s+[A-Z][\w.'’ -]{1,30}\s\d{1,3})$")
#: A note that the page is a machine translation ("This article was translated
#: automatically", "machine-translated from German").
TRANSLATION_NOTE = re.compile(
    r"\b(?:(?:machine|automatically|automatic)[- ]translated|translated (?:automatically|by (?:a )?machine|"
    r"(?:by|with) (?:an? )?(?:AI|artificial intelligence|software|translation tool))|(?:machine|automatic) translation)\b",
    re.I)
#: An aggregator card's source and age under a teaser: "The Carrow Herald · 1d".
CARD_META = re.compile(r"^[A-Z][^·•∙|]{1,40}?\s*[·•∙|]\s*\d{1,2}\s*(?:m|mins?|h|hrs?|d|w|mo|y)\W*$")
#: The blogging platform or site builder credited in a footer: "Published on Substack", "Powered by WordPress".
PLATFORM_CREDIT = re.compile(r"^\W*(?i:published (?:on|with|via)|powered by|made with|hosted (?:on|by)) [A-Z][\w.]*\W*$")
#: A link to a live page's earlier entry or another story, stamped with its age: "2h ago  Road reopens".
AGED_LINK = re.compile(r"^\W*\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\b\W+\w")
#: A line that is only an e-mail address.
EMAIL_ONLY = re.compile(r"^\W*(?:[\w ]{1,20}:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|"
                        # a wire's contact in brackets: "((jane.roe@agency.lt; +370 5 212 0000))"
                        r"^\W*\(+[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,/]\s*\+?\d[\d ()-]{6,}\d)?\)+\W*$|"
                        # "Contact Priya Ramaswamy at pramaswamy@quadledger.org."
                        r"^\W*(?:[Cc]ontact|[Ee]-?mail|[Rr]each|[Ww]rite to)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:at|on|via)\s+"
                        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$")
#: A social handle alone on its line, under a byline: "@mthibodeau_ckrv".
HANDLE_ONLY = re.compile(r"^\s*@[A-Za-z0-9_]{2,30}\s*$")
#: A credit to a site in brackets, alone ("(Nippon Economic Wire)") or after a name ("Dewi Kartika (The
#: Archipelago Herald)"): the name must be shaped like a site's (`outlet.is_site_shaped`).
BRACKETED_SITE = re.compile(r"^\s*(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+)?"
                            r"\((?P<site>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){1,4})\)\s*$")
#: A date followed by the author: "May 20, 2025 by Jane Roe".
DATED_BYLINE = re.compile(
    r"^\W*(?:[Pp]osted on\s+)?(?:[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9},? \d{4})\s+[Bb]y\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|@?[a-z][a-z0-9]*[_.][\w.]+|newsdesk|admin|editor|staff)\s*$|"  # a name, a user handle or a desk's account
    # the author first: "Posted by terrace_talk on 3 May 2026"
    r"^\W*(?:[Pp]osted|[Pp]ublished|[Ww]ritten) by\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|@?[a-z][\w.]*)\s+on\s+"
    r"(?:[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})\s*$"
)
#: A post embedded from a social network, credited on its own line: "— Name (@handle) March 4, 2025".
EMBED_CREDIT = re.compile(r"^\W*[—–-]\s*[^()]{1,60}\(@\w{1,30}\)")
#: A label introducing the page's topic links: "Tags: …", "Filed under: …".
TOPIC_LABEL = re.compile(r"^\W*(?:(?:tags?|tagged(?: with| in| as)?|labels|topics?|filed under|categories|category|keywords?|more about|now playing|on air|"
                         r"listen again|categorías|categorias|catégories|kategorien|kategorie|schlagwörter|schlagworte|"
                         r"etiquetas|temas|thèmes|mots-clés|argomenti|categorie|trefwoorden)\s*:|(?:posted|filed) (?:in|under)\s*:?\s+[A-Z])", re.I)

# --- interruptions inside the article ---------------------------------------------

#: Lines that interrupt the body (an advert slot, a "continues below" note);
#: what follows them is still the article.
_INTERRUPTION = (
    r"(?:advertisement|advertising|advert|ad|publicity|sponsored(?: content)?|promoted(?: content)?|"
    r"skip (?:advertisement|ad)|(?:the )?(?:article|story|content|text) continues (?:below|after)(?:\s+(?:this|the))?"
    r"(?:\s+(?:advertisement|advert|ad))?|continue reading(?: (?:below|the main story|the article))?|"
    r"scroll (?:down )?to continue(?: with content)?|story continues|"
    r"(?:the )?article continues after (?:this|the) (?:ad|advertisement)|ad feedback|supported by)"
)
INTERRUPTION = re.compile(rf"^\W*{_INTERRUPTION}(?:\W+{_INTERRUPTION})*\W*$", re.I)

# --- promotion of other stories ------------------------------------------------------

#: A line that starts like a link to another story.
TEASER_START = re.compile(
    r"^\W*(?:also read|read also|also interesting\s*:|read more|more reading|read next|read:|see also|related(?:\s*:|\s+\w+\s*:)|"
    r"more on this story|also on [\w .&'’-]{1,30}:|related (?:article|story|content|coverage|video)\b|you (?:may|might) (?:also )?(?:be interested|like|have missed)|"
    r"watch(?: now| live)?\s*:|listen(?: now)?\s*:|video\s*:|gallery\s*:|in pictures\s*:|"
    r"explore more|read (?:the )?full (?:story|article|report)|what to read next|further reading)(?:\b|(?<=:))",
    re.I,
)
#: Labels of link blocks that also start ordinary headlines ("Most read books
#: of the year"): a teaser only alone on their line or before a colon.
TEASER_LABEL = re.compile(
    r"^\W*(?:related(?:\s+\w+){0,2}|recommended(?: for you| reading| stories| articles| videos)?|more from [\w .&'’-]{1,40}|more on this|more in(?-i:(?: [A-Z][\w&'’-]*){1,3})|"
    r"more stories|more (?:stories|news|articles|videos) (?:on|from|in) [\w .&'’-]{1,40}|latest (?:from|on)(?-i:(?: [A-Z][\w&'’-]*){1,4})|more (?:on|about)(?-i:(?: [A-Z][\w&'’-]*){1,3})|top stories|latest stories|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|"
    r"popular(?: now| stories| articles)?|don'?t miss|more about (?:this|these) (?:topics?|stories)|"
    r"editor'?s picks?|up next|watch next|read next|suggested (?:videos?|stories|articles|reading|for you|topics)|around the web|from the web|more for you|you may like|"
    r"(?:promoted|sponsored|paid|partner) (?:stories|content|links|posts))\s*(?::|$)",
    re.I,
)
#: A short heading that introduces a block of links ("Related stories").
TEASER_HEADING_WORDS = frozenset(
    """related more read also recommended stories story articles article reading posts news
    latest popular trending you may might like be interested in this topic from on see missed
    watch next further picks editor's top other most pages links content coverage galleries gallery photos
    pictures videos podcasts""".split()
)

# --- prompts to act (share, subscribe, sign in, comment) ---------------------------

#: Phrases that only a page asking its reader to do something uses.
PROMPT = re.compile(
    r"\b(?:sign (?:up|in)\b(?! (?:the|a|an) (?:deal|agreement|treaty|law|bill|order|contract))|log ?in to|"
    r"subscribe (?:to|now|for|today|here)|(?:email|e-mail) us\b|"
    r"follow (?:[\w&'’.-]+ ){1,4}on (?:telegram|whatsapp|facebook|instagram|x|twitter|tiktok|youtube|threads|linkedin|bluesky|google news)\b|subscribers? only|already (?:a )?(?:subscriber|member|registered)|"
    r"our newsletters?|the newsletter|newsletters?|newsletter sign|get (?:our|the) (?:[\w&'’.-]+ ){0,4}newsletter|get (?:our|the) (?:[\w&'’.-]+ ){0,5}e-?mails?\b|^\W*[\d.,]+k?\s+(?:comments?|likes?|shares?|restacks?|reactions?|upvotes?|downvotes?|reposts?|claps?)(?:\W+[\d.,]+k?\s+(?:comments?|likes?|shares?|restacks?|reactions?|upvotes?|downvotes?|reposts?|claps?))*\W*$|"
    r"follow us|like us on|in your inbox\b|we(?:'| a)re hiring\b|support (?:[\w&'’.-]+ ){1,4}on (?:patreon|ko-fi|substack|buy me a coffee)\b|join (?:us on|our \w+ (?:channel|group|community))|"
    r"share (?:this|on|via)\b|click here|tap here|(?:download|get) (?:our|the) (?:free )?(?:[\w&.'’-]+ ){0,4}app\b|ctrl\s*\+\s*enter|(?:noticed|spotted|found) (?:a|an) (?:mistake|error|typo)|report an? (?:error|typo)|"
    r"create (?:a|an|your) (?:free )?(?:\w+ ){0,3}account|to (?:post|leave|read|view) (?:a )?comments?|"
    r"(?:leave|post|add) a (?:comment|reply|response)|comments? (?:are|is) closed|view comments|"
    r"submit a (?:letter|tip|story)|send us (?:a|your) (?:tip|story|letter|news)|"
    r"support (?:our|independent|local|quality|public[- ]interest) (?:\w+ ){0,2}journalism|donate (?:today|here)\b|(?:watch|hear|listen to) (?:the )?(?:full |all )?(?:\w+ ){0,3}(?:highlights|interview|video|replay|match|game)\b[^.]{0,40}\bon [A-Z]|(?:on|in|via) our (?:[\w&'’.-]+ ){0,2}app\b|make a donation|donate now|donate to (?:us|our)|donate to (?:the|this|our) (?:[\w'’-]+ ){0,3}(?:appeal|fund|campaign)\b|"
    r"turn on (?:notifications|alerts)|enable javascript|accept (?:all )?cookies|cookie (?:policy|settings)|"
    r"privacy policy|terms of (?:use|service)|all rights reserved|whatsapp channel|telegram channel|"
    r"google news|for the latest (?:news|updates)|get the latest|sign up for|have your say|"
    r"(?:listen|watch) (?:on|via|in) (?:apple|spotify|google|amazon|youtube|soundcloud|audible|deezer|tiktok|"
    r"instagram|facebook|the app|our app)|email us|contact us|tell us (?:what|your)|got a (?:story|tip|question)|listen to (?:this|the) (?:article|story)|"
    r"follow (?:\w+ ){0,3}on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube)\b|"
    r"^\W*listen live\b|^\W*tune in (?:to|on)\b|"
    r"opens in (?:a )?new window|views expressed (?:\w+ ){0,4}are (?:the|those of|solely)|send (?:your |us )?letters? to|may not be (?:published|reproduced|redistributed|copied))",
    re.I,
)
#: Phrases only page furniture uses, whatever the line's shape.
PAGE_SPEAK = re.compile(
    r"\b(?:views expressed (?:\w+ ){0,4}are (?:the|those of|solely)|opens in (?:a )?new window|"
    r"ctrl\s*\+\s*enter|may not be (?:published|reproduced|redistributed|copied)|all rights reserved|"
    r"(?:enable|turn on) javascript|accept (?:all )?cookies|subscribers? only|already a subscriber|"
    r"enlarge this image|toggle caption|hide caption|(?:gift|give) this article|share full article|"
    r"this article is more than \d+ (?:years?|months?) old|a post shared by|reach (?:him|her|them|me) at|"
    r"join the (?:conversation|discussion|debate)|reuse this content|this page was last (?:edited|updated|modified)|thanks? (?:you )?for (?:signing up|subscribing)|we use cookies|(?:our|the) use of cookies|to continue reading|(?:start|begin) (?:your|a) free trial|"
    r"already have an account|^\W*download (?:this|the|all) (?:data|dataset|report|pdf|file|spreadsheet|tables?)\b|^\W*(?:pin|print|save|share|email|rate|jump to) (?:this |the )?recipe\W*$|republish (?:this|our) (?:story|article)|^\W*(?:share|save|print|copy link|e-?mail|report|repost|send|follow)(?:\W+(?:share|save|print|copy link|e-?mail|report|repost|send|follow))*\W*$|^\W*comments? on this (?:post|article|story)\W*$|you have read \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)|\d+ free (?:articles|stories) (?:left|remaining)|^\W*open (?:in|the) (?:[\w&'’.-]+ ){0,4}app\W*$|(?:continue|keep) reading (?:on|at)\b|read (?:the (?:full|whole|rest of the) (?:story|article)|more) (?:on|at)\b|"
    r"enjoy(?:ing|ed)? [^?.]{1,40}\?\s*(?:subscribe|sign up|become|join|support)|(?:log|sign) ?in or register|register or (?:log|sign) ?in|"
    r"(?:our|this) (?:site|website|page)s? (?:uses?|needs?) (?:\w+ ){0,2}cookies|we(?:'d| would)? (?:also )?(?:like to )?(?:use|set|store) (?:\w+ ){0,2}cookies|become a (?:paying )?(?:subscriber|member)|(?:for|get|enjoy) unlimited access|"
    r"(?:this|the) (?:article|story) is free to (?:read|access)|is this (?:page|article|story) (?:useful|helpful)|"
    r"thanks? (?:you )?for reading\b[^.!?]{0,50}[.!]\s*(?:subscribe|sign up|share)|to your reading list|subscribe by e-?mail|subscribe to (?:continue|read)|was this (?:page|article|story) (?:useful|helpful)|"
    r"report this (?:post|comment|ad)|print this (?:page|article|story)|"
    r"(?:type|enter) your email|your email address|we pay for (?:your )?stories|"
    r"view this (?:post|photo|video|profile) on (?:instagram|facebook|x|twitter|tiktok|youtube|threads)|"
    r"(?:do you have|have you got|got) a (?:story|tip|news tip)|"
    r"(?:is|are) not responsible for the content of external|"
    r"\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?sales?)\b[^.]{0,60}\b(?:links?|buy|purchase)|"
    r"^\W*(?:check|see|compare) (?:the )?(?:latest )?prices? (?:at|on|from)\b|^\W*buy (?:it )?(?:now )?(?:at|from|on) [A-Z]|^\W*our standards(?=:)|"
    r"for the latest (?:news|updates|headlines)[^.]{0,80}\b(?:head to|visit|go to|download)\b)\b|\{\d+\}",
    re.I,
)
#: Words of which a line must hold at least one for `PROMPT` or `PAGE_SPEAK`
#: to be tried (the regexes are long; most lines hold none of these). Each
#: phrase above holds one of them; tests/core/test_boilerplate.py checks it.
PROMPT_TRIGGERS = frozenset(
    """sign log login subscribe subscribers subscriber subscription already member registered newsletter newsletters
    follow like join share click tap download get ctrl enter noticed spotted found mistake error typo report create
    account comments comment submit send support donation donate notifications alerts javascript cookies cookie
    privacy terms rights whatsapp telegram google latest say email contact tell got listen hear watch opens views
    advertise policy
    letters letter editors enlarge caption gift give article trial continue reading useful helpful story stories
    standards type enter pay shared post view reach print app tip published reproduced redistributed copied
    conversation discussion debate signing subscribing reuse edited updated modified
    e-mail mail read save copy become unlimited free leave reply response useful thanks responsible earn receive
    tune check compare buy price prices hiring inbox upvotes upvote downvotes downvote reposts repost claps clap pin recipe rate republish data likes shares restacks reactions restack reaction keep enjoy enjoying enjoyed register uses use needs set store""".split()
)
#: Verbs a prompt line opens with (imperative).
PROMPT_VERBS = frozenset(
    "subscribe sign share follow join download register log click tap get support donate "
    "read watch listen hear submit send email print save bookmark like comment leave follow tell".split()
)

# --- credits and captions -----------------------------------------------------------------

#: Photo agencies and picture-desk words that stand where an agency's name would.
PHOTO_CREDITS = ("Getty(?: Images)?", "EPA-EFE", "EPA", "PA Wire", "Shutterstock", "Alamy", "Zuma", "SIPA", "Sipa",
                 "NurPhoto", "Pool", "Handout", "Supplied", "File")
#: News and photo agencies, as they appear in credits and datelines: the wire
#: agencies of `syndication` (one list for lineage and cleaning) and the photo credits.
AGENCIES = "|".join(
    sorted({re.escape(name) for canon, others in WIRE_AGENCIES.items() for name in (canon, *others)},
           key=len, reverse=True) + list(PHOTO_CREDITS))
#: An image credit: "Photo: Name/Agency", "(Name/Agency)", "Image credit: …".
CREDIT_LABEL = re.compile(
    r"^\W*(?:photo|photos|photograph|image|images|picture|pictures|pic|credit|credits|illustration|"
    r"graphic|video|footage|file photo|photo credit|image credit|source|foto|bild)s?\b\s*(?:[:/|©-]|by\b|courtesy\s[^.]{1,60}$)|"
    r"^\W*(?:image|media|video) (?:source|credit)s?\s*,|"
    r"^\W*(?:photo|image|picture|portrait|headshot|profile (?:photo|picture)) of (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})\s*$",
    re.I,
)
#: A parenthesised credit closing a caption: "(Photo: Name/AFP)", "(AP Photo/Name)", "(Name/PA)".
CAPTION_CREDIT = re.compile(
    r"[(\[](?:[^()\[\]]*\b(?:photo|photos|image|picture|credit|file|foto|via|source)\b[^()\[\]]*|"
    r"[A-Z][^()\[\]]{0,40}/\s*[A-Z][^()\[\]]{0,40})[)\]]\s*$",
    re.I,
)
#: A caption introduced by a label: "Image caption, …", "Caption: …", "FILE PHOTO: …".
CAPTION_LABEL = re.compile(r"^\W*(?:(?:(?:image|photo|media|video)\s+)?caption\s*[,:]|file photo\s*[:–—-]|file\s*[–—-]\s|"
                           # where the picture stands and who is in it: "Pictured: …", "Above: …", "Left to right: …"
                           r"(?:pictured|main (?:picture|photo|image)|above|top|inset|"
                           r"(?:from )?left to right|from left|l-r|l to r|clockwise from (?:top |bottom )?(?:left|right))\s*:\s+\S)",
                           re.I)
#: A caption ending in a credit without brackets: "… Photograph: Name".
CAPTION_TRAILING_CREDIT = re.compile(
    rf"(?:\b(?i:photo|photograph|picture|image|credit|pic|foto)s?\s*:\s*(?:[A-Z0-9][\w .'’/&-]{{1,60}}|{AGENCIES})|"
    rf"\bGetty Images|[.!?]\s+\((?!(?:{AGENCIES})\))[A-Z][^()]{{1,40}}\)|"
    rf"\b(?:{AGENCIES}|[A-Z]{{3,}})/[A-Z][\w .'’-]{{1,40}}(?:/(?:File|File Photo|Pool|Handout|Illustration))?)\s*$"
)
#: A name in capitals followed by an agency in brackets: "JANE ROE (REUTERS)".
CAPS_NAME_AGENCY = re.compile(rf"^[A-Z][A-Z.'’ -]+\s*[(\[](?:{AGENCIES})[)\]]\s*$", re.I)
#: Wire-copy credits at the foot of a story, in two parts: the wordy
#: alternatives, which scan the whole line for "contributed" and the like, are
#: tried only when the line holds one of WIRE_CREDIT_WORDY_HINTS (see
#: `boilerplate.credit`); they cost ten times the rest.
_WIRE_CREDIT_PLAIN = (
    r"(?:additional |live )?reporting by|writing by|editing by|(?:edited|compiled|produced|written) by [A-Z]|"
    r"(?:journal|doi|funding|neutral citation|case (?:number|no)|paper|reference|contacts?)\s*:\s*\S|"
    r"in (?:partnership|association|collaboration) with [A-Z][^.]{0,40}$|(?:sponsored|paid for|brought to you|supported) by [A-Z][^.]{0,40}$|"
    r"(?:presented|hosted|narrated|mixed|illustrated|composed) by [A-Z]|(?:music|sound design|artwork) (?:by|from) (?-i:[A-Z])|"
    r"with (?:additional )?(?:reporting|input|inputs) (?:from|by)|with agency inputs|with assistance from|"
    r"with inputs from|contributing:|disclaimer:|contacts?\W*$|correction note:|corrections? appended\W*$|registered charity (?:number|no\b)|"
    r"(?:this|the) (?:report|story|article) by [A-Z][^.]{1,50} was (?:first )?published\b|"
    r"by (?:[\w-]+ ){0,2}(?:staff|desk|reporters?|correspondents?|newsroom|team)\W*$|correction:|clarification:|editor['’]?s[’']? note:|"
    # a dated correction: "Correction, Feb 6: A previous version of this article gave …"
    r"(?:correction|clarification),\s[^:.]{2,25}:|(?:an earlier|a previous|an previous) version of this (?:story|article)|"
    # a translator's credit, an opinion page's disclaimer
    r"translated (?:from [a-z]+ )?(?:and edited )?by (?:the |our )?[A-Z]|(?:the )?(?:views|opinions) expressed (?:in this|here|are)\b|"
    r"(?:the )?(?:views|opinions) (?:expressed )?in this (?:column|article|piece|post|blog)\b[^.]{0,40}\b(?:own|not necessarily)\b|this (?:article|story) (?:appears|appeared|was published) in|(?:end|ends|xxx|###|-30-)\W*$|"
    r"this (?:episode|podcast|video|programme|program) (?:was|is) (?:produced|edited|presented|reported|hosted)|contributors?:|notes? to editors|about the author|media contacts?|press contacts?|"
    r"for (?:press|media) (?:enquiries|inquiries)|for (?:more|further) information,? (?:contact|visit|please)|for (?:more|further) information\W*$|"
    r"for (?:[\w-]+ ){0,2}(?:interviews|interview requests|comment|images|photos|pictures|photographs|footage)\b[^.]{0,20}\b(?:contact|call|email|please)\b|"
    r"embargoed (?:until|till|to)\b|under embargo\b|"
    r"this (?:story|article) (?:was|has been) (?:updated|corrected|"
    rf"first published|originally published)|source:|sources:|via:\s|(?:—|–|-)\s*(?:{AGENCIES})\s*$|"
    r"\((?:with )?(?:agencies|agency inputs|wire services)\)\s*$|"
    rf"with (?:agencies|{AGENCIES})\W*$|via\s+(?:{AGENCIES})\W*$"
)
_WIRE_CREDIT_WORDY = (
    # "AP writers Lena Morrow and Jake Tull contributed from Chicago."
    r"(?:[A-Z][\w.&-]* )*(?:writers?|reporters?|correspondents?|journalists?|staff) [A-Z][^.]{0,80}\bcontributed\b|"
    r"[A-Z][^.]{0,80}\bcontributed (?:to this (?:report|story|article)|reporting)\b|"
    r".{0,80}\bcontributed (?:reporting )?to this (?:report|story|article)|"
    r"[^.]{0,80}\bcontributed(?: reporting)?\.?\s*$|"
    r".*\b(?:is solely responsible for all content|receives (?:financial )?support from)"
)
WIRE_CREDIT = re.compile(rf"^\W*(?:{_WIRE_CREDIT_PLAIN}|{_WIRE_CREDIT_WORDY})", re.I)
WIRE_CREDIT_PLAIN = re.compile(rf"^\W*(?:{_WIRE_CREDIT_PLAIN})", re.I)
WIRE_CREDIT_WORDY = re.compile(rf"^\W*(?:{_WIRE_CREDIT_WORDY})", re.I)
#: Words one of which every match of WIRE_CREDIT_WORDY holds (lower case).
WIRE_CREDIT_WORDY_HINTS = ("contributed", "solely responsible", "receives")
#: "By Jane Roe", "By Jane Roe and John Doe | Site", "Jane Roe, Staff Writer".
BYLINE = re.compile(
    r"^\W*(?:(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eported by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Ff]rom(?=\s+[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*\s*$)|(?:[Mm]edically |[Ff]act[- ])?(?:[Rr]eviewed|[Cc]hecked|[Vv]erified) by):?|[Aa]uthors?:)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|al|bin))*"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*(?:\s*(?:[|,·•–—/-]|\bfor\b|\bin\b)\s*.*|\s+\S+@\S+)?$"
)
#: A note about the author: "Jane Roe is a reporter at …".
AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:(?:is|was|has been)\s+(?:an?|the)\s+[^.]{0,80}?"
    r"\b(?i:reporter|correspondent|writer|editor|journalist|columnist|column|producer|contributor|photographer|reviewer|critic)s?\b|"
    r"(?:covers|writes about|reports on) [^.]{1,80}\bfor (?:the )?[A-Z])"
)
#: The page's note on its writer, as the last line: "The writer is a former editor of …", "The
#: author travelled as a guest of …" (the same words inside a review are about a book's author).
WRITER_NOTE = re.compile(
    r"^\W*(?i:the (?:writer|author|reviewer|columnist|contributor)s?) (?:is|was|are|were|travell?ed|stayed|received)\b"
    r"[^.]{0,100}\.\s*$")
#: A line that is only an agency's name (perhaps with its editors' sign-off
#: initials), or a gallery counter ("Image 2 of 7").
AGENCY_ONLY = re.compile(rf"^\W*(?:{AGENCIES})(?:\s+[a-z]{{1,4}}){{0,4}}\W*$|^\W*(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\W*$", re.I)
#: Role words that follow a name in a byline ("Jane Roe, Staff Writer").
BYLINE_ROLES = frozenset(
    """head director manager officer engineer founder co-founder ceo cto cfo coo lead partner analyst consultant
    adviser advisor coordinator executive
    reporter writer correspondent editor staff contributor columnist journalist producer
    photographer bureau chief senior political business health science digital news desk
    freelance special lecturer professor researcher fellow scientist student
    chair chairman chairwoman secretary treasurer president""".split()  # a signature: "Dr Ellen Marsh, Chair, …"
)
COPYRIGHT = re.compile(
    r"©|\b(?:tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|riproduzione riservata|"
    r"alle rechten voorbehouden)\b|\(c\)\s*(?:19|20)\d\d|^\W*copyright\s*(?:©|\(c\)|(?:19|20)\d\d|by\b|$)|\ball rights reserved\b|"
    # "Copyright The Commerce Ledger Ltd 2026": a capitalised name, then the year, nothing else
    r"^\W*copyright\s+(?-i:(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\.?,?\s*(?:19|20)\d\d\W*$", re.I)

# --- dates and times on their own line ---------------------------------------------------

#: Words that may fill a line that only states when the article appeared.
DATE_LINE_WORDS = frozenset(
    """published updated last modified posted first on at am pm a.m p.m gmt utc bst cet cest est edt
    pst pdt cst cdt ist aest aedt jst msk hrs hr hours hour ago minutes minute mins min read
    reading time yesterday today just now days day weeks week months month
    of th st nd rd et pt ct mt local time hkt sgt uhr mst mdt akst hst
    pht wib wita wit pkt ict kst myt nst ndt ast adt art brt clt cot pet eet eest wet west gst
    wat cat eat sast nzst nzdt acst awst eastern pacific central mountain daylight standard reviewed review due
    next page klo um o'clock oclock clock from the issue edition print release released date immediate for""".split()
) | frozenset((*calendar.MONTHS, *calendar.MONTH_ABBREVIATIONS, *calendar.DAYS, *calendar.DAY_ABBREVIATIONS))


# --- the site's own name ----------------------------------------------------------------------

#: Last words of news mastheads ("Transit Times", "RTN News", "The Weald Post"):
#: a short capitalised line ending in one, at the top of a page, names the site.
MASTHEAD_NOUNS = frozenset(
    """news times post herald tribune gazette journal daily chronicle observer express mail telegraph
    courier record star sun press review weekly radio tv television network online today standard
    bulletin dispatch sentinel monitor ledger register examiner inquirer mercury echo argus
    advertiser reporter insider wire fm enquirer clarion bugle advocate messenger recorder courant""".split()
)

#: Last words of a site's name that are no masthead noun ("Brackenfield
#: Live", "Dunmore Now"): enough only where a prompt names the site ("Follow
#: Brackenfield Live on Facebook"), never alone at the top of a page (a
#: headline may end in "Live").
PROMPT_SITE_ENDINGS = MASTHEAD_NOUNS | frozenset("live now voice matters hub local 24 365 digest".split())

#: What a prompt offers from the site ("the Dunmore Record newsletter"): in a
#: prompt written in capitals these stay lower case so the name stands out.
PROMPT_OBJECTS = frozenset(
    "newsletter newsletters app briefing alerts podcast digest edition email emails account subscription "
    "newsroom live smart speaker".split())
#: Last words of a newsletter's own name, not a site's: "Subscribe to The
#: Morning Brief" names the e-mail, not the page's publisher.
NEWSLETTER_NAME_ENDINGS = frozenset("brief briefing digest roundup round-up rundown catch-up update wrap".split())
#: A byline that credits the site's staff or board, not a person:
#: "By Corran Bay Courier Staff", "The Wexcombe Standard Editorial Board",
#: "Harbour Times News Desk".
STAFF_CREDIT_WORDS = r"(?:staff(?:\s+reports?)?|editorial\s+board|editorial\s+staff|editorial\s+team|news\s+desk|newsroom|news\s+team|reporters|writers|correspondents)"
#: Two to five capitalised words, single-spaced (not a menu's items), none a
#: joining word ("Nurses And Staff" names nobody's site).
_SITE_WORDS = r"[A-Z][\w&'’.-]*(?: (?!(?:And|Or|Of|For|With)\b)[A-Z][\w&'’.-]*){1,4}"
#: A credit line of its own naming the site, not a person: "Marlow Bay Voice
#: staff reports", "Special to the Tarnbridge Observer" (under "By Oona Pike").
SITE_CREDIT_LINE = re.compile(
    rf"^\W*(?:(?i:special to) (?:the |The )?{_SITE_WORDS}|(?:The )?{_SITE_WORDS} (?i:{STAFF_CREDIT_WORDS}))\W*$")

# --- where a page is from, for numeric dates ---------------------------------------------------

#: Time-zone abbreviations of places that write the day first ("04/03/2025"
#: is 4 March next to "BST") and of places that write the month first.
DAY_FIRST_ZONES = frozenset(
    """GMT BST IST WET WEST CET CEST EET EEST MSK SAST WAT CAT EAT AEST AEDT ACST ACDT AWST NZST NZDT
    HKT SGT PKT""".split()
)
MONTH_FIRST_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET PT CT MT".split())

# --- other languages' page furniture ----------------------------------------------------------

#: Section and menu words of news sites in other languages (accents folded, as
#: `text.norm_word` folds them): a page in English often keeps its site's
#: menus and kickers in the site's own language ("Deportes", "Politik").
FOREIGN_SECTION_WORDS = frozenset(
    """startseite nachrichten politik wirtschaft kultur gesellschaft panorama wissen ausland inland
    lokales region regionales meinung reise auto digital leben
    accueil actualites actualite politique economie societe regions faits divers loisirs
    inicio noticias deportes economia opinion cultura sociedad nacional internacional espectaculos
    tecnologia salud ciencia sucesos
    notizie cronaca politica economia esteri spettacoli
    nieuws binnenland buitenland weer verkeer regio economie cultuur sportnieuws
    desporto
    nyheter inrikes utrikes ekonomi kultur noje uutiset urheilu talous""".split()
)
#: Controls and account links in other languages ("Teilen", "Partager").
FOREIGN_NAVIGATION_WORDS = frozenset(
    """teilen drucken suche anmelden abmelden kommentare teilen artikel
    partager imprimer rechercher connexion commentaires article
    compartir imprimir buscar comentarios articulo
    condividi stampa cerca commenti articolo
    delen deel dit artikel zoeken reacties
    dela sok""".split()
)
#: Adverts, teaser headings and prompts in other languages: one pattern
#: each, tried whole-line (a foreign word inside an English sentence is not one).
FOREIGN_INTERRUPTION = re.compile(
    r"^\W*(?:anzeige|werbung|publicidad|publicite|publicité|pubblicità|pubblicita|advertentie|reklame|annons|mainos)\W*$",
    re.I)
FOREIGN_TEASER_HEADING = re.compile(
    r"^\W*(?:mehr zum thema|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|weitere artikel|"
    r"à lire aussi|a lire aussi|lire aussi|sur le même sujet|voir aussi|"
    r"leer más|lee también|te puede interesar|más noticias|noticias relacionadas|relacionadas|"
    r"leggi anche|potrebbe interessarti|ook interessant|lees ook|meer nieuws|läs också|lue myös)(?:\W*$|\s*:\s*\S)",
    re.I)
FOREIGN_PROMPT = re.compile(
    r"^\W*(?:(?:comparte|compartir|partager|partagez|teilen|condividi|deel|delen)(?: (?:esta|este|cette|cet|ce|dieses|diesen|den|questo|questa|dit|deze|sur|en|auf|su|op|via)(?: \w+){0,2})?|"
    r"(?:download|descarga|descargue|télécharge[rz]?|lade|laden sie|scarica)(?: \S+){0,2} (?:app|application|aplicación|applicazione)\b.*|"
    r"(?:(?:jetzt|ahora|maintenant|ora|nu) )?(?:suscríbete|suscribirse|abonnez-vous|abonnieren|abonneer|iscriviti)\b.*|"
    r"(?:jetzt )?kommentieren|commenter|commentez|comentar|comenta|commenta|reageer|reageren|"
    r"(?:réagir|reagir|réagissez)(?: (?:à|a) (?:cet|cette|l')\s?\w+)?)\W*$",
    re.I)

#: Month and day names in other languages (accents folded, `text.norm_word`),
#: for dates such as "24 août 2026", "25 de mayo de 2026", "28 oktober 2026".
FOREIGN_MONTHS = {
    name: n
    for n, names in enumerate((
        "janvier januar enero gennaio januari janeiro janvier ionawr",
        "fevrier februar febrero febbraio februari fevereiro chwefror",
        "mars marz maerz marzo maart mawrth",  # (Portuguese "março" folds to a sample name the guard test bans)
        "avril april abril aprile ebrill",
        "mai mayo maggio mei maio maj",
        "juin juni junio giugno juni junho mehefin",
        "juillet juli julio luglio julho gorffennaf",
        "aout august agosto augustus augusti awst",
        "septembre september septiembre settembre setembro medi",
        "octobre oktober octubre ottobre oktober outubro hydref",
        "novembre november noviembre novembro tachwedd",
        "decembre dezember diciembre dicembre december dezembro desember rhagfyr",
    ), start=1)
    for name in names.split()
}
FOREIGN_DAYS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)
#: Other words of date lines in other languages ("Publié le 24 août 2026 à
#: 10h15", "Mis à jour", "actualizado el", "veröffentlicht am", "om 13:20 uur").
FOREIGN_DATE_LINE_WORDS = frozenset(
    """publie le a mis jour de del el publicado actualizado actualizacion am um uhr veroffentlicht aktualisiert
    zuletzt stand gepubliceerd bijgewerkt op om uur pubblicato aggiornato alle il ore em as""".split()
)

# --- the organisation that runs the site -------------------------------------------------------

#: Last words of an organisation's name ("Pendle Brook District Council",
#: "Clearwater Relief Trust", "Westmarch Police", "Harrowgate Athletic FC"):
#: a line that is only such a name, at the top above a menu or alone in the
#: footer, names the site when a council, charity or club publishes its own news.
ORGANISATION_NOUNS = frozenset(
    """council councils university college school academy police constabulary trust foundation charity society
    institute institution association federation union commission authority ministry department government
    parliament assembly hospital hospitals nhs service services museum library gallery fc afc rfc cf sc club
    partnership board network alliance coalition fund agency office centre center observatory zoo
    church cathedral parish chapel mosque synagogue temple solicitors ltd limited plc llc inc gmbh""".split()
)
#: An address in a footer after the organisation's name: a street word or a postcode.
ADDRESS = re.compile(
    r"\b(?:Street|St|Road|Rd|Square|Lane|Avenue|Ave|Way|Place|Quay|Hall|House|Offices|Building|Drive|Boulevard|"
    r"Crescent|Terrace|Parade|PO Box|P\.O\. Box)\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b")

# --- the end of the page -----------------------------------------------------------------------

#: Footer links that a run of short lines ending the page is made of
#: ("Contact us", "Accessibility statement", "Privacy notice").
FOOTER_WORDS = frozenset(
    """contact accessibility privacy cookies cookie terms conditions sitemap careers jobs help about advertise
    notice statement policy complaints feedback faq faqs press media team office newsroom subscriptions
    subscribe newsletter newsletters report back news latest""".split()
)
#: A sentence about the author's career, after an author note or in a line
#: that names the byline's author ("She joined the paper in 2019", "Jane
#: previously worked as a health reporter", "… writes about rural life").
AUTHOR_CAREER = re.compile(
    r"\b(?:joined|previously|formerly|before that|began (?:her|his|their) career|started (?:her|his|their) career|"
    r"(?:has )?worked (?:as|at|for|on)|writes (?:about|on|for)|covers|covering|reports (?:on|for)|"
    r"is (?:(?:an?|the|our) )?[\w -]{0,40}(?:reporter|correspondent|writer|editor|journalist|columnist|producer|critic|reviewer)|"
    r"was (?:previously )?(?:an?|the) [\w -]{0,40}(?:reporter|correspondent|writer|editor|journalist|columnist|producer|critic|reviewer)|"
    r"lives in|is the author of|has (?:written|reported|covered))\b")
#: Work words a biography sentence names (the job, the newsroom).
JOURNALISM_WORDS = frozenset(
    """reporter reporters correspondent writer editor journalist journalism columnist producer critic newsroom
    paper newspaper magazine weekly daily radio broadcaster desk newsletter news staff bureau""".split()
)

# --- captions without a credit -------------------------------------------------------------------

#: "-ing" words that are not a verb in a caption ("morning", "building").
ING_NOT_VERBS = frozenset(
    """morning evening during according including thing things nothing something anything everything king
    spring string ring wing building ceiling meeting wedding funding housing parking clothing
    bring sing sting swing ding sibling pudding earring beginning""".split()
)
#: When and where a caption places its picture.
CAPTION_ANCHOR = re.compile(
    r"\b(?:on|last|this|early on|late on|before|after|ahead of) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|"
    r"afternoon|evening|night|week|month|year|weekend)\b|\bin (?:" + calendar.alternation(calendar.MONTHS) + r"|early|late)\b|\b(?:19|20)\d\d\b")
#: A caption naming who is where in the picture: "Name, left, and …", "(pictured)".
CAPTION_POSITION = re.compile(
    r"[A-Z][\w'’.-]+,? \(?(?:left|right|centre|center|far left|far right|second (?:left|right|from (?:left|right))|"
    r"pictured|front|back row|front row)\)?(?:,| and | with |$)|"
    r"[A-Z][\w'’.-]+, pictured (?:at|in|with|on|during|outside|after|before|last|earlier)\b")

# The foreign words join the lists the detectors read (one lookup per word).
SECTION_WORDS = SECTION_WORDS | FOREIGN_SECTION_WORDS
NAVIGATION_WORDS = NAVIGATION_WORDS | FOREIGN_NAVIGATION_WORDS
FOREIGN_DATE_LINE_WORDS = FOREIGN_DATE_LINE_WORDS | frozenset(
    "lesezeit temps lecture tiempo lectura leestijd tempo leitura".split())  # "Lesezeit: 3 Min."
DATE_LINE_WORDS = DATE_LINE_WORDS | FOREIGN_DATE_LINE_WORDS | FOREIGN_DAYS | frozenset(FOREIGN_MONTHS)
#: A line that is only a telephone number, perhaps labelled: "Telephone 01234 567890".
PHONE_LINE = re.compile(r"^\W*(?:tel|telephone|phone|call us on|switchboard|t)\b\.?\s*:?\s*\+?\d[\d ()./-]{6,}\d\W*$", re.I)
#: "All rights reserved" in other languages: words of a copyright line that never name a site.
RIGHTS_RESERVED_WORDS = frozenset(
    "riproduzione riservata tous droits reserves todos los derechos reservados alle rechte vorbehalten rechten "
    "voorbehouden".split())
#: Words that make a desk's heading of a masthead noun ("Community News", "Campus News"), not a site's name.
DESK_QUALIFIERS = frozenset("community campus company staff member members student students school council".split())
#: A note on who pays for a kind of reporting: "LDR is local body journalism co-funded by …".
FUNDING_NOTE = re.compile(r"\bjournalism (?:is )?(?:co-?)?funded by\b|\b(?:journalism|reporting|news|media) (?:initiative|project|programme|program|fund) (?:is|are) (?:co-?)?funded by\b|\b(?:is|are) supported (?:using|with|by) (?:public )?funding\b|\b(?:co-?)?funded by [^.]{0,60}\b(?:news|journalism|media) "
                          r"(?:initiative|industry|fund|programme|program|scheme)\b", re.I)
#: A date line of a day-first language: "05/02/2026 à 08h45", "10.09.2026, 17:45 Uhr", "om 13:20".
DAY_FIRST_HINT = re.compile(r"\d{1,2}h\d\d\b|\d{1,2}[:.]\d\d\s?h\b|\b(?:à|às|um|uhr|om|uur|alle|ore|publié|publicado|veröffentlicht|"
                            r"gepubliceerd|pubblicato)\b", re.I)
#: A reading-time line: "3 mins to read", "Reading time: 4 minutes".
READING_TIME = re.compile(r"^\W*(?:(?:estimated )?reading time\W+|timer|schedule|clock)?\d{1,2}\s*(?:mins?|minutes?)\.?(?:\s+(?:to\s+)?read)?\W*$", re.I)
#: "Back to the overview", "Show more" and the like in other languages.
FOREIGN_NAV_PHRASES = re.compile(
    r"^\W*(?:zurück (?:zur|zum|zu) \w+|zurueck (?:zur|zum) \w+|retour (?:à|a|aux?) (?:la |l')?\w+|volver (?:a|al) \w+|"
    r"terug naar \w+|torna (?:a|alla|all'|al) ?\w+|mehr anzeigen|voir plus|ver más|lees meer|leggi di più)\W*$", re.I)
#: A company's legal footer: "a charitable company limited by guarantee", "Registered in England No. 123".
CORPORATE_NOTE = re.compile(
    r"\bcompany limited by guarantee\b|\bregistered (?:in (?:england|scotland|wales|ireland)|office|company)\b|"
    r"\bis a (?:registered )?trade ?mark of\b|"
    # "Riverbend Festival is run by Riverbend Arts CIC, a community interest company.": ends at the company
    r"^\W*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4} (?:is|are) (?:run|owned|operated|managed|organi[sz]ed) by "
    r"(?:the )?[A-Z][^,;.]{0,50}\b(?:Ltd|Limited|plc|CIC|LLP|Inc|LLC|GmbH)\.?(?:,? (?:a|an) [^.,;]{0,60})?\.?\s*$|\b(?:is|are) (?:a )?trading (?:name|style)s? of\b|"
    r"^\W*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4} (?:is|are) (?:part of|a (?:division|subsidiary|brand) of|owned by) "
    r"(?:the )?[A-Z][^,;.]{0,50}\b(?:Ltd|Limited|plc|PLC|\w*[Gg]roup|Media|Trust|Inc|LLC|Newspapers|Publishing|Press|Network)\.?\s*$")
#: A note that a text was made by a machine: "Transcripts are generated automatically and may contain errors".
MACHINE_TEXT_NOTE = re.compile(
    r"\b(?:transcripts?|captions?|subtitles?|summary|summaries) (?:is|are|was|were|has been|have been) "
    r"(?:generated|produced|created|written) (?:automatically|by (?:a )?machine|by software|by (?:an )?AI|with (?:the help of )?AI)|"
    r"\bautomatically generated (?:transcript|captions?|subtitles|summary)\b", re.I)

# --- obituaries, print editions, comment threads, radio (pages f1_*) -------------------------------

#: A funeral home's or obituary site's buttons: "Share a memory", "Light a Candle", "Sign the Guestbook".
OBITUARY_PROMPT = re.compile(
    r"^\W*(?:share (?:a|your) (?:memory|memories|condolences?|photos?)|send (?:flowers|a card|a sympathy gift)|"
    r"light a candle|plant (?:a )?(?:tree|memorial tree)s?|sign (?:the |our )?guest ?book|leave (?:a )?condolences?|"
    r"offer (?:a )?condolences?|view (?:the )?(?:tribute|guest ?book|service details))\W*$", re.I)
#: "Arrangements entrusted to X Funeral Home." closing an obituary.
FUNERAL_ARRANGEMENTS = re.compile(
    r"^\W*(?:(?:funeral|memorial|cremation) )?arrangements (?:are |were |have been )?(?:entrusted to|by|with|under the "
    r"(?:care|direction) of|in the care of|(?:being )?(?:handled|made) by)\s+[A-Z]", re.I)
#: A print page's folio, scraped with the text: "A4 THE NORTHGATE ECHO Thursday, March 12, 2026",
#: "THE NORTHGATE ECHO | Thursday, March 12, 2026 | 14" (the paper's name in capitals, a weekday).
PRINT_FOLIO = re.compile(
    r"^\W*(?:(?:[A-Z]{1,2}\d{1,3}|\d{1,3}|PAGE \d{1,3})\s+[|·•–—-]?\s*)?(?P<name>(?:THE\s+)?[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+){0,4})"
    r"\s*[|·•,–—-]?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[A-Za-z0-9 ,.]{5,22}?(?:\s*[|·•–—-]\s*|\s+)?(?:[A-Z]{1,2}\d{1,3}|\d{1,3})?\s*$")
#: A print story's jump lines: "Please see LIBRARIES, Page A6", "Continued on Page 4", "From Page 1".
JUMP_LINE = re.compile(
    r"^\W*(?:(?:please )?see\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+(?:on\s+)?page\s+[A-Z]?\d{1,3}|"
    r"continued (?:on|from|to) (?:page\s+[A-Z]?\d{1,3}|(?:the )?(?:next|back|previous) page)|"
    r"(?:continued )?from page\s+[A-Z]?\d{1,3}|(?:story )?jumps? (?:to|from) page\s+[A-Z]?\d{1,3})\W*$", re.I)
#: A reporter's contact line: "Karen Holt can be reached at 555-0142 or kholt@….".
AUTHOR_CONTACT = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:can|may) be (?:reached|contacted|emailed)\s+(?:at|on|by|via)\b")
#: A comment thread's furniture: "3 thoughts on “Headline”", "12 Responses to …", "Helen P says:", "Like Loading...".
COMMENT_FURNITURE = re.compile(
    r"^\W*(?:\d+\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+\S.*|"
    r"(?i:like\s+loading\W*)|"
    r"(?i:(?:leave|post) a (?:reply|comment)(?:\s+cancel reply)?|cancel reply))\s*$")
#: A commenter's name over the comment: "Helen P says:" (a page rule: only above a date line).
COMMENTER = re.compile(r"^\W*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s+says\s*:\s*$")
#: A hosting platform's or web designer's credit ("Blog at WordPress.com.", "Website by Foo"): never the site's name.
PLATFORM_LINE = re.compile(
    r"^\W*(?:(?:proudly )?(?:published (?:on|with|via)|powered by|made with|hosted (?:on|by)|blog at|website by|"
    r"site by|theme by|designed by|built (?:with|by)|web design by)\s)|[|·•]\s*(?:website|site|web design|theme) by\s", re.I)
#: A broadcaster's frequency or channel number after its name: "Coastline FM 96.4", "Heart 102.2".
FREQUENCY = re.compile(r"\s+\d{2,3}(?:\.\d)?\s*(?:FM|AM|MHz)?$")
#: A press release's running header: "Ashgrove Water Trust | Media Release".
RELEASE_HEADER = re.compile(
    r"^\W*(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w&'’.-]*){0,5})\s*[|·•:–—-]\s*"
    r"(?i:(?:media|press|news) (?:release|statement|notice))\W*$")
#: A news agency's full name on its own line ("African News Agency (ANA)", "– Pacific Press Agency").
AGENCY_NAME_LINE = re.compile(
    r"^\W*(?:[A-Z][\w'’-]*\s+){0,3}(?:News|Press) (?:Agency|Association|Service)(?:\s+\([A-Z]{2,6}\))?\W*$")

# --- minutes, club sites, syndicated feeds, blog post links (pages f2_*) ----------------------------

#: A meeting's attendance lines: "Present: Cllr J. Marsh (Chair), …", "Apologies: …".
ATTENDANCE = re.compile(r"^\W*(?:present|also present|in attendance|apologies(?: for absence)?|absent)\s*:\s*\S", re.I)
#: A form's blank to fill in: "Signed ......... Chair", "Date ________".
FORM_BLANK = re.compile(r"(?:\.{5,}|_{5,}|…{3,})")
#: A club site's furniture: "Match ball sponsored by …", "Man of the match: …", "Next home game: …".
CLUB_FURNITURE = re.compile(
    r"^\W*(?:(?:match ?ball|kit|shirts?|programme|today'?s match|this (?:report|page|fixture)|"
    r"(?:man|woman|player) of the match(?: award)?) (?:is |was |has been )?(?:kindly )?sponsored by\s+[A-Z]|"
    r"(?:man|woman|player) of the match\s*:|next (?:home |away )?(?:game|match|fixture)\s*:|"
    # a society's or show's next date: "Next meeting: Tuesday 6 October, 7.30pm, church hall"
    r"next (?:\w+ )?(?:meeting|event|session|talk|show|episode|issue|edition|walk|ride|race|class|club night|service)\s*:|"
    r"(?:match|kit|shirt|event|headline|title|official) sponsors?\s*:\s*[A-Z]|"
    # "Club sponsors: Riverside Dental · …", "Our partners: …"
    r"(?:[\w-]+ ){0,2}(?:sponsors|partners|supporters|funders)\s*:\s*[A-Z]|"
    r"[A-Z][^.]{0,60}\b(?:is|are) a registered charity\b)", re.I)
#: A site's note that a wire story reached it unedited: "… auto-generated from a syndicated feed."
SYNDICATED_FEED = re.compile(
    r"\bauto-?generated from (?:a )?syndicated (?:news )?feed\b|\b(?:published|generated) from (?:a )?(?:syndicated|wire|agency) feed\b|"
    r"\b(?:has|have) not been edited by [^.]{1,40}\bstaff\b", re.I)
#: A wire desk's initials closing a story: "rs/vd", "ab/sk/ksk".
DESK_INITIALS = re.compile(r"^\s*[a-z]{1,4}(?:/[a-z]{1,4}){1,3}\s*$")
#: A link to the previous or next post: "« Winter exhibition report", "Older posts »" (not a «quotation»).
POST_LINK = re.compile(r"^\s*[«‹←]\s*[^«»‹›]{2,80}$|^[^«»‹›]{2,80}\s[»›→]\s*$")

# --- e-mail newsletters, statements, alerts, scorecards (pages f3_*) --------------------------------

#: An e-mail newsletter's furniture on its web copy, and a sign-up box's messages.
EMAIL_FURNITURE = re.compile(
    r"^\W*(?:view (?:this (?:email|e-mail|newsletter) )?in (?:your |a )?browser|forwarded this (?:email|e-mail|newsletter)\?|"
    r"you(?:'re| are) receiving this (?:email|e-mail|newsletter)\b|unsubscribe\b|(?:update|manage) (?:your )?(?:email )?preferences|"
    r"invalid email(?: address)?\W*$|something went wrong,? please try again(?: later)?\W*$|"
    r"we use your sign-?up to\b|(?:thanks for reading[.!]\s*)?(?:just )?hit reply and\b)", re.I)
#: "In today's issue:", "In this edition:" over a newsletter's contents.
ISSUE_LABEL = re.compile(r"^\W*(?:in (?:today'?s|this|this week'?s) (?:issue|edition|newsletter)|issue (?:#|no\.?\s*)\d{1,4})\W*$", re.I)
#: A newsletter's sign-off: "— Nell", "– Tom and Ada".
SIGN_OFF = re.compile(r"^\s*[—–-]{1,2}\s*[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\s*$")
#: A government statement's credits: "Issued by: …", "Enquiries: …".
STATEMENT_CREDIT = re.compile(r"^\W*(?:issued by|(?:media |press )?(?:enquiries|inquiries)|released by|authori[sz]ed by)\s*:\s*\S", re.I)
#: "This interview has been edited for length and clarity."
EDITED_NOTE = re.compile(
    r"^\W*(?:this|the following|our) (?:interview|conversation|transcript|q\s?&\s?a|exchange) (?:has been|was|have been) "
    r"(?:lightly |slightly )?(?:edited|condensed)\b", re.I)
#: "Published by The Brookfield Sentinel on Mar. 4, 2026.": a reprint's or obituary's publication line.
PUBLISHED_BY_ON = re.compile(
    r"^\W*(?i:published|appeared|originally published) (?i:by|in) (?P<name>(?:The |the )?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
    r"\s+(?:on|from)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})[^.]{0,40}\.?\s*$")
#: A name run into its time: "Sam Te Rangi10:24, Mar 05 2026".
RUN_ON_BYLINE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?,?\s+"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*$")
#: A banner over the page: "WEATHER ALERT: Winter Storm Warning until 6 PM".
ALERT_BANNER = re.compile(r"^\W*(?:(?:severe )?weather|traffic|travel|breaking(?: news)?|school|news) alert\s*:", re.I)
#: A menu item with its count: "Closings & Delays (14)".
COUNTED_ITEM = re.compile(r"^\W*[A-Z][\w&'’-]*(?:\s+(?:&|and|[A-Z][\w&'’-]*)){0,3}\s*\(\d{1,4}\)\s*$")
#: A cricket score bar: "Eastmoor 187 all out (48.2 overs) | Linden Park 188-8 (47.1 overs)".
CRICKET_SCORE = re.compile(r"\b\d{1,3}(?:[-/]\d{1,2}| all out| for \d{1,2})?\s*\(\d{1,2}(?:\.\d)? overs\)")
#: A club's notices: "Thanks to our sponsors: …", "New members welcome."
CLUB_NOTICE = re.compile(r"^\W*(?:thanks|thank you) to our (?:\w+ )?sponsors\b|\bnew (?:members|players) (?:are )?(?:always )?welcome\W*$", re.I)
#: A firm's or site's legal notes: "This article is for general information only and is not legal advice",
#: "Harlow & Quinn Solicitors is authorised and regulated by the Solicitors Regulation Authority."
LEGAL_NOTE = re.compile(
    r"^\W*(?:this|the) (?:article|post|page|blog|content|information|material)\b[^.]{0,60}\b(?:not (?:constitute )?"
    r"(?:legal|financial|medical|investment|tax) advice|for general information)|"
    r"^[A-Z][^.]{0,60}\b(?:is|are) authori[sz]ed and regulated by\b", re.I)

# --- theme furniture, forums, professional networks, archives (pages f5_*) -------------------------------

#: A byline that names a site account, not a person: "By admin".
ACCOUNT_BYLINE = re.compile(r"^\W*(?:by|posted by|written by)\s+(?:admin|administrator|webmaster|editor|site editor|staff|newsroom|web desk|u/[\w-]+)\W*$", re.I)
#: A date and the place it was issued from: "March 4, 2026 – Halden Bay", "Halden Bay, 4 March 2026".
DATE_PLACE = re.compile(
    # "Jakarta | Tue, March 10, 2026 | 09:14 am": the place, the date, perhaps the time, in a bar-separated row
    r"^\W*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*[|·•]\s*(?:[A-Z][a-z]{2,8}\.?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})"
    r"(?:\s*[|·•,]\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*$|"
    r"^\W*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*[–—|·-]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[,–—-]\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}))\s*$")
#: An author's job under their name: "Chief Executive at Holm Print Ltd".
ROLE_AT = re.compile(r"^[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for)){0,5}\s+(?:at|@)\s+[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}\s*$")
#: An archive's clipping credit: "Clipped by heritage_vol from The Millbrook Gazette, Fri, Jun 14, 1968, Page 3".
CLIPPING = re.compile(r"^\W*(?i:clipped) (?:by \S+ )?from (?P<name>(?:The )?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*,")
#: A button's label: "+ Follow", "+ Connect" (PAGE_SPEAK's phrases start at a word).
ACTION_BUTTON = re.compile(r"^\W*(?:follow|connect|subscribe|join)\W*$", re.I)
#: Site furniture that speaks to the reader, found on the pages f1_*-f5_* (tried only on lines
#: opening with one of FURNITURE_PROMPT_OPENERS: PAGE_SPEAK's trigger words would wake its long
#: regexes on too many article lines): "Do you have an opinion on this issue? Email …",
#: "You must be logged in to post a comment.", "Premium content", "Please enter your comment!".
FURNITURE_PROMPT = re.compile(
    r"^\W*(?:thanks? (?:you )?for reading\b[^.!?]{0,50}[.!]|"
    r"(?:do you have|have you got) (?:an opinion|a view|views|something to say) (?:on|about) (?:this|the) "
    r"(?:issue|story|article|topic|subject)|to report an? (?:error|mistake|correction)\b|"
    r"you (?:must|need to) be (?:logged|signed) in to (?:post|leave|add) (?:a )?(?:comment|reply)|"
    r"our journalists work hard\b|(?:premium|subscriber|members?|paid)(?:[- ]only)? (?:content|article|story)\W*$|"
    r"comments\s*:\s*our rules\W*$|we want our comments to be\b|"
    r"to (?:view|add|post|read) (?:or (?:add|post|view) )?(?:a )?comments?,? (?:please )?(?:sign|log) ?in\b|"
    r"please enter your (?:comment|name|e-?mail|website)\b|you have entered an incorrect e-?mail\b|"
    r"listen (?:to .{1,40}? )?(?:on|via) .{0,60}?\b(?:DAB|smart speaker|the app|online)\b|"
    # a station sending its listener to the programme: "Hear Gwen's full interview in tonight's community hour at 6",
    # "You can listen back to Monday's Morning Show on our player"; its schedule label "ON AIR NOW: …"
    r"(?:you can )?(?:hear|listen(?: back| again)? to)\b[^.\"“”]{0,50}\b(?:full )?(?:interview|bulletin|programme|program|show|"
    r"episode|conversation|report)\b[^.\"“”]{0,40}(?:\bat \d|\bon (?:our|the) (?:player|app|website|podcast)|\btonight\b|\btomorrow\b)|"
    r"(?:on air|now playing|live now)(?: now)?\s*:|"
    r"shared (?:from|via|using) (?:the )?[\w&'’. -]{1,40}? app\W*(?:$|download\b|get\b)|"
    r"thank(?:s| you) for (?:supporting|your support(?: of)?) (?:local |independent |quality )?(?:journalism|news|us)\W*$|"
    r"write to us (?:at|via|on)\b|letters may be edited\b|this (?:post|article|story|episode) is for (?:paid )?(?:subscribers|members)\b|"
    r"keep reading with a (?:\d+-day )?free trial\b|not (?:a member|a subscriber|subscribed) yet\?|"
    r"(?:support us|join us|donate|become a member)\W*$|"
    # a newsletter's own header: "You're reading The Ledger Letter, the weekly newsletter of the …"
    r"you(?:'|’| a)re reading\b[^.]{0,60}\bnewsletter\b)", re.I)
FURNITURE_PROMPT_OPENERS = frozenset("do have to you our premium subscriber member members paid comments we please "
                                     "listen shared thank thanks write letters this keep not support join donate "
                                     "become you're you’re you hear on now live".split())

# --- letters, paywalls, video pages, agency tags (pages f7_*) ---------------------------------------

#: A letter's signature: the writer's name in capitals and where they live ("GRAHAM LYLE, Ashby Road").
LETTER_SIGNATURE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Rev|Prof)\.?\s+(?:[A-Z]\.\s*)*[A-Z][A-Z'’-]+|"
    r"(?:[A-Z]\.\s*)*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2}),\s+[A-Z][\w'’ -]{2,40}$")
#: A visitor notice: "Opening times: Tuesday to Sunday, 10am to 5pm."
VISITOR_NOTICE = re.compile(r"^\W*(?:opening (?:times|hours)|admission|tickets)\s*:", re.I)
#: An agency's tag alone on its line: "(NAN)", "(AP)".
AGENCY_TAG = re.compile(r"^\s*\([A-Z]{2,6}\)\.?\s*$")
#: A wire's or site's terms of reuse: "Reproduction only with reference to BPA", "Partial or total
#: reproduction is prohibited", "Reproduction only with quotation of the source".
REPRODUCTION_NOTE = re.compile(r"\breproduction (?:is )?(?:only|(?:strictly )?(?:prohibited|forbidden|not permitted)|"
                               r"(?:only )?(?:permitted|allowed) (?:only )?with)\b", re.I)
#: A channel's counts: "12.4K subscribers"; a video's views and date: "1,204 views  4 Mar 2026".
CHANNEL_COUNT = re.compile(r"^\W*[\d.,]+\s*[KkMm]?\s+(?:subscribers|followers|views|watching|plays|listens)\W*$")
VIEWS_DATE = re.compile(
    r"^\W*[\d.,]+\s*[KkMm]?\s+views?\s+[•·]?\s*(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8} \d{1,2},? \d{4}|"
    r"\d+ (?:hours?|days?|weeks?|months?|years?) ago)\s*$")

# --- where a site names itself (outlet inference, see core/outlet.py) ----------------------------

#: Last words of a site's name: newspaper, broadcaster and online nouns in
#: English and the neighbouring languages ("Kelderby Star", "Tarnside FM",
#: "Neue Lahntal-Zeitung" by its last hyphenated part). A name found
#: anywhere in the page furniture counts only when it ends in one of these.
SITE_NAME_NOUNS = MASTHEAD_NOUNS | frozenset(
    """enquirer voice leader clarion bugle beacon sentinel guardian citizen advocate recorder messenger
    informer packet journal magazine zeitung anzeiger rundschau kurier tageblatt nachrichten allgemeine
    courrier républicain republicain dépêche depeche quotidien gazzetta corriere giornale diario periódico
    periodico noticias krant dagblad courant nieuws avis tidning posten quarterly monthly""".split())

#: First words of a site's name in languages that put the noun first
#: ("Le Journal des Trois Vallées", "Il Corriere di Valle", "El Diario del Sur"):
#: the name then runs from the article to the end of the capitalised run.
NOUN_FIRST_ARTICLES = frozenset("le la les l' il lo el los las o a der die das de het".split())

#: Words a page furniture line puts before a site's name that are no part of
#: it ("Logo of The Fernhill Mercury", "Veröffentlicht von …", "Publié par …").
NAME_LEAD_WORDS = frozenset(
    """a an logo image photo picture icon go back return about more from visit contact advertise with
    veröffentlicht veroffentlicht publié publie publicado publicada pubblicato pubblicata gepubliceerd
    par von por da door by""".split())

#: Cues, in the few words before a name in the page furniture, that the name
#: is another outlet: the one an article came from, a partner, an earlier
#: employer ("She previously worked at the Dunmore Courier", "This story
#: first appeared in the Harkness Courier", "More from our partners at …").
OTHER_OUTLET_CUE = re.compile(
    r"\b(?:previously|formerly|former|used to|first|originally|partners?|partner site|sister|courtesy of|"
    r"appeared|reprinted|republished from|syndicated from|via|from our|reporting by|contributed|contributions?)\b[^.;|]{0,30}$|"
    r"\bus on\s+$", re.I)  # "Follow us on Google News": a platform

#: An author's note naming the outlet the author works for: "… is the local
#: democracy reporter for The Glenmora Herald", "Gwen Pryce reports on
#: farming and rural life for the Upland Courier".
AUTHOR_OUTLET = re.compile(
    r"\b(?:is|was) (?:a|an|the|our) (?:[\w-]+ ){0,4}(?:reporter|correspondent|editor|writer|columnist|journalist|"
    r"producer|photographer|critic)\s+(?:for|at|with)\s+|"
    # a rank without an article: "… is deputy editor of Cold Chain Review"
    # (not a past post: "… is a former editor of the Glenmoor Herald")
    r"\bis (?!(?:a |an |the )?(?:former|ex-|retired|onetime)\b)(?:[\w-]+ )?(?:editor|reporter|correspondent)\s+(?:of|at)\s+|"
    r"\b(?:reports|writes|covers)\s+(?:on|about)?\s*[^.;]{0,50}?\s+for\s+|"
    # a credit line: "Reporting by Sean Kehoe for Radio Slaney West", "Words by … for the …"
    r"^\W*(?i:reporting|reported|written|words|text|story) by [A-Z][^.;,]{2,40}? for\s+")

#: A one-word edition after a masthead ("Evening Lantern – North", "… – Weekend").
EDITION_WORDS = frozenset(
    """north south east west northern southern eastern western central edition weekend midweek
    international national uk us europe asia africa online digital""".split())

#: A foreign "published by" line: "Veröffentlicht von Neue Lahntal-Zeitung", "Publié par Le Courrier".
FOREIGN_PUBLISHED_BY = re.compile(
    r"^\W*(?:veröffentlicht von|herausgegeben von|publié par|publicado por|pubblicato da|gepubliceerd door)\s+"
    r"(?P<name>[A-Z][^.]{1,60}?)\W*$", re.I)

#: A consent banner: "X and our partners use cookies … Accept all | Manage preferences".
COOKIE_BANNER = re.compile(
    r"\b(?:and|&) (?:our|its) (?:\w+ )?partners (?:use|store|set) cookies\b|"
    r"\bmanage (?:your )?(?:cookie |privacy |consent )?(?:preferences|choices|settings)\W*$", re.I)

#: A reprint's credit to where the text first ran, however long the line:
#: "This article first appeared in The Tarn Review, …, and is republished here with permission."
FIRST_APPEARED = re.compile(
    r"^\W*(?:this|the) (?:article|story|piece|report|column|interview|essay|post) (?:was )?(?:first|originally) "
    r"(?:appeared|published|ran|run) (?:in|on|by|at)\s+(?:the\s+)?[A-Z]", re.I)

#: A sponsor's or a site builder's line: "Sponsored by Harlow Motors – test
#: drive the new range today", "Website by Bluefin Web Design Ltd".
SPONSOR_LINE = re.compile(r"^\W*(?:sponsored|promoted|presented|brought to you) by\s+(?:the\s+)?[A-Z]", re.I)
SITE_BUILDER = re.compile(
    r"^\W*(?:(?:web)?site|web design|designed|built|developed|hosted) by\s+[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}\W*$",
    re.I)

#: Prompts to support or hear the site: "Become a Friend of The Tollbridge
#: Voice", "Listen again on the Tarnside FM app".
SUPPORT_PROMPT = re.compile(
    r"\bbecome a (?-i:Friend|Supporter|Patron|Member|Founding Member) of\b|"
    r"^\W*(?:get|see|find|read) more stories like this\b|"
    r"\brss feeds?\s*$|^\W*write to the editor\b|^\W*advertise (?:with|in)\b|\bcorrections? policy\s*$|"
    r"^\W*already an? (?:[\w&'’.-]+ ){1,4}(?:subscriber|member)\b|^\W*(?:have|got) an? (?:news )?tip\b|"
    r"^\W*(?:watch|catch) (?-i:[A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,4})\s+(?:at|on|tonight|live|from)\b[^.!?]{0,25}$|"
    r"^\W*comments? (?:on|to|under) [^.]{1,60}? (?:are|is) (?:pre-?)?(?:moderated|reviewed|checked)\b|"
    r"^\W*(?:listen again|listen back|catch up|watch again) (?:on|via|in|with)\b", re.I)

#: A site describing itself at the foot of its page: "The Copperton Mail is an
#: independent news site serving the west valley since 2011."
SITE_DESCRIPTION = re.compile(
    r"^\W*(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z&][\w&'’.-]*){0,5})\s+(?:(?:is|are)\s+"
    r"(?:an?|the|your)\s+(?:[\w-]+\s+){0,4}(?:news\s+(?:site|website|service|outlet|organi[sz]ation|publication|platform)|"
    r"newspaper|magazine|radio station|television station|tv station|broadcaster|publication|newsroom|podcast|newsletter|blog)\b|"
    # "X brings you the latest company news from around the world"
    r"brings? you (?:the )?(?:latest|best|top)\b[^.]{0,40}\b(?:news|stories|coverage|reporting|updates)\b)")

#: An opinion page's disclaimer names its own site last: "Opinions expressed in this column are the
#: author's own and do not necessarily reflect those of the Dunmore Tribune."
SITE_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)\b[^.]{0,80}\b(?:do not|don['’]t|does not)\s+(?:necessarily\s+)?(?:reflect|represent)\s+"
    r"(?:those|the (?:views|opinions|position)) of\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,4})\W*$",
    re.I)

#: A magazine's credit to its print issue: "From the March 2026 issue of Coastline Magazine".
ISSUE_CREDIT = re.compile(r"^\W*(?:from|in|this (?:article|story|piece) (?:appears|appeared) in) (?:the )?(?:[\w-]+ ){0,3}"
                          r"(?:issue|edition|number) of\s+(?:the\s+)?[A-Z]", re.I)

#: A show's or podcast's credit to the station or network that made it: "A Ridgeline Radio production".
PRODUCTION_CREDIT = re.compile(r"^\W*(?:an?|this is an?)\s+(?-i:(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})\s+"
                               r"(?:production|podcast|original|programme|program|presentation)\W*$", re.I)

#: Contact details in a line: a footer's "Newsdesk: 01632 960 555 | X" names the site even
#: among the lines after the article (which otherwise name other stories and partners).
CONTACT_CUE = re.compile(r"\b(?:newsdesk|news desk|contact|tips?|call us|phone|tel|e-?mail)\b|@|\d{3,}[\s-]?\d{3,}", re.I)
#: A product's details (a book, an album, a ticket): a price or an ISBN; the names in it
#: are a publisher's or a label's ("The Lamp Room by Nell Harker, Fenwick Press, £16.99").
PRODUCT_DETAILS = re.compile(r"[£$€]\s?\d|\d\s?(?:€|EUR|USD|GBP)\b|\bISBN\b|\b\d+\s?pp\b")

#: Words just before a name that make it the site's whatever its shape ("Subscribe to the print
#: edition of The Islesman", "Thanks for reading the Oxmere Gazette", "Advertise with the …").
SITE_CUE = re.compile(r"\b(?:(?:print|digital|online|weekend|sunday|e-?) ?edition of|thanks? (?:you )?for reading|"
                      r"advertise (?:with|in)|work (?:for|at))\s+(?:the\s+)?$", re.I)
#: A station's name before its frequency: "Ferryside Sound 102.4", "Valley Radio 1350 AM".
STATION_FREQUENCY = re.compile(r"^\s*(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+"
                               r"(?:\d{2,3}\.\d\s*(?:FM|MHz)?|\d{2,4}\s*(?:FM|AM|kHz|MHz))\s*$")

#: "Issued by Corporate Communications" under a statement (no full stop: not a sentence of the text).
ISSUED_BY = re.compile(r"^\W*(?:issued|released|distributed) by\s+(?:the\s+)?[A-Z][^.!?]{0,60}$", re.I)

#: A note placing the story in the site's series: "This story is part of the Dunmore Ledger's series on housing."
SERIES_NOTE = re.compile(r"^\W*this (?:story|article|piece|report|investigation) is (?:part|one) of\b", re.I)

# --- classes of furniture by general signals (issue 8, batches k*) ------------------------------
# Each list below feeds one shape in `boilerplate`; none is a list of phrases
# seen on particular pages: they are the vocabulary of the class.

#: The page speaking to its reader: imperatives of what a reader does on a
#: site or with its products. "Strong" ones are page actions whatever else the
#: line says ("Subscribe and save 30%", "Advertise your boat"); the others need
#: the site's voice (us, our), a web word or a question put to the reader
#: ("Want to play? Find a club near you") before the line is a prompt.
READER_VERBS_STRONG = frozenset(
    "subscribe unsubscribe advertise donate download register upgrade renew unlock install login become join purchase".split())
READER_VERBS = READER_VERBS_STRONG | frozenset(
    """sign log join share follow get find book bet give leave become start try claim discover explore browse
    visit tell send submit vote rate review watch listen read click tap set turn save shop order buy apply enter
    win support sponsor activate enable allow accept manage update sell list post upload bookmark email message
    check grab see learn sign-up play report ask plan purchase drop let gift use claim stay come""".split())
#: Imperatives that are also common nouns opening a headline or a sentence
#: ("Report finds …", "Book festival returns", "Play resumed"): these need
#: the reader addressed (you, us, "!", "below") as well as a web word.
READER_VERBS_NOUNS = frozenset("report book check play list order post review rate support update set turn email message "
                               "shop sell win vote plan drop use".split())
#: Commerce a site offers its reader: "save up to 25%", "free for 14 days", "No credit card required".
COMMERCE = re.compile(r"\bsave (?:up to )?(?:£|\$|€)?\d+ ?%?|\b\d+ ?% off\b|\bfree for \d+ (?:days|weeks|months)\b|"
                      r"\bno credit card (?:required|needed)\b|\b(?:zero|no) (?:fees|commission)\b|\btickets? now\b|"
                      r"\b(?:children|kids|under-?\d+s?) (?:go|travel|eat|enter|get in) free\b|"
                      r"\bbecome a (?:paying |monthly )?(?:patron|supporter|member|subscriber|donor)\b|"
                      r"\bfrom (?:£|\$|€)?\d+(?: euros| dollars| pounds)? a month\b|\bon sale now\b|\bbefore (?:they'?re|they are|it'?s) gone\b|"
                      r"\bwhile stocks? lasts?\b|\blimited[- ]time (?:offer|only)\b|\bearly[- ]bird\b|\bfree (?:trial|delivery|shipping|returns)\b|\b(?:promo|discount) code\b",
                      re.I)
#: A heading or note about the page itself: "Discussion about this post", "This article is also available in Welsh".
PAGE_ITSELF = re.compile(r"^\W*[\w'’ ]{0,30}\bthis (?:post|article|story|page|episode|video)\W*$|"
                         r"\bthis (?:article|story|page|post) is (?:also )?available in [A-Z]", re.I)
#: The page pointing at itself or its parts: "this article", "the comment section below", "the link below".
PAGE_DEIXIS = re.compile(r"\bthis (?:article|story|page|post|site|website|blog|episode|video|news)\b|\b(?:below|above)\W*(?:$|[^\w\s])|"
                         r"\b(?:link|comments?|form|button|section|box) below\b|\bsocial media\b|[@#][A-Za-z_]\w+|[★☆]{3,}", re.I)
#: Web, app and shop vocabulary: what a site offers its reader (a line in the
#: reader's voice holding one of these is about the page, not the story).
WEB_WORDS = frozenset(
    """app apps newsletter newsletters inbox account accounts notification notifications alert alerts subscription
    subscriptions subscriber subscribers member members membership podcast podcasts episode episodes browser link
    links download downloads comment comments forum rating ratings review reviews tab settings profile login password
    email e-mail website voucher ad-free premium searching rss t&cs homepage subscribe subscribing unsubscribe online
    details preferences
    signup sign-up spreadsheet pdf""".split())
#: Openers of a question put to the reader before an imperative
#: ("Love the show? Leave us a rating", "Thinking of selling? Book a valuation").
READER_QUESTION = re.compile(
    r"^\W*(?:want|fancy|love|loving|like|enjoy|enjoying|enjoyed|thinking|looking|need|got|have you|do you|are you|"
    r"not yet|missed|interested|curious|keen|planning|could you|can you|would you|ready|new to|already|did you)\b[^?.!]{0,50}\?\s+",
    re.I)
#: Finite verbs of narration and report: a line holding one tells the story
#: ("Residents were told to leave your car at home") even if it addresses someone.
NARRATIVE_VERBS = frozenset(
    "said says told was were had did added announced urged asked warned claimed according explained insisted "
    "wrote replied admitted described recalled".split())
#: A short label before the prompt itself: "Tip: set up a budget …", "Members' area: log in …".
READER_LABEL = re.compile(r"^\W*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s+")
#: The page's comment system described: "Comments are moderated", "Your email will not be published".
COMMENT_SYSTEM = re.compile(
    r"^\W*(?:comments?|replies|posts|your (?:comment|reply|email|e-mail|details|name|data|review))\s+"
    r"(?:are|is|will|may|must|have|can|should)\b", re.I)
#: The site's paying tier offered: "Premium members can download the table", "Subscribers get early access".
MEMBER_TIER = re.compile(
    r"^\W*(?:premium|paying|registered|digital|plus|gold|pro) (?:members|subscribers|users|customers|readers) "
    r"(?:can|get|enjoy|receive|have|will)\b", re.I)

#: Credits as a shape: a credit word (what was made), then a colon and a
#: name or title ("Theme music: …", "Additional reporting: Neil Baird",
#: "Data source: …", "Journal reference: …"), or "by" and names alone on
#: the line ("Blog post by Hannah Ives, Marine Officer"). Words that also
#: open headlines ("Report: …", "Study: …", "Review: …") take only the
#: second, anchored form.
_CREDIT_COLON_WORDS = (r"(?:words|text|photos?|photography|photographs?|pictures?|images?|video|videography|graphics?|"
                       r"illustrations?|artwork|cover(?: art| image| photo)?|design|layout|maps?|charts?|animation|editing|"
                       r"production|research|translation|additional reporting|reporting|(?:theme |original )?music|score|"
                       r"sound(?: design)?|audio|mixing|engineering|cartoon|drawing|(?:data|image|photo|picture|video) sources?|"
                       r"journal reference|reference|citation|doi|lead image|header image|featured image|main image|top image|"
                       r"camera|filming)")
_CREDIT_BY_WORDS = (rf"(?:(?:blog |guest |news |feature )?(?:post|article|story|feature|column|blog|essay)|interviews?|"
                    rf"(?:match |race |game |court |live )?(?:report|reports|updates|coverage|blog)|"
                    rf"{_CREDIT_COLON_WORDS})")
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|al|bin))*"
CREDIT_COLON = re.compile(
    rf"^\W*(?i:{_CREDIT_COLON_WORDS})(?:\s*(?:,|&|and)\s*(?i:{_CREDIT_COLON_WORDS}))*\s*:\s*[\"“‘'A-Z@0-9]")
CREDIT_BY = re.compile(
    rf"^\W*(?i:{_CREDIT_BY_WORDS})(?:\s*(?:,|&|and)\s*(?i:{_CREDIT_BY_WORDS}))*\s+(?i:by)\s+{_NAME}"
    rf"(?:\s*(?:,|&|and)\s*{_NAME})*(?:\s*[,|·•–—-]\s*[\w'’ &-]{{1,40}})?"
    # where the report was written: "Match report by Liam Pryde at the Marsh Lane ground"
    rf"(?:\s+(?:at|in|from) (?:the )?[\w'’ &-]{{1,40}})?\s*$")
#: A picture's source after the caption's last full stop: "… on Tuesday. Dana Reimer/Prairie Sentinel",
#: "… commuter town. Stock image", "… the meeting. Handout".
CAPTION_TAIL_CREDIT = re.compile(
    # "… on the finishing straight © Race Photo / M. Lund": five words of caption, then its credit
    r"\s©\s*[A-Z][\w .'’/&-]{1,50}$|"
    # after the last full stop (perhaps after a dash or in brackets): "… Dana Reimer/Prairie Sentinel",
    # "… commuter town. Stock image", "… a training exercise. (Supplied)", "… in Mashonaland. – File picture"
    r"[.!?]\s+(?:[–—-]\s*)?\(?(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}|"
    r"(?i:stock (?:image|photo|picture)|file (?:photo|picture|image)|handout(?: photo| picture)?|supplied|"
    r"illustrative (?:image|photo)|representational (?:image|photo)|(?:photo|image|picture) (?:supplied|courtesy of [^.]{1,40}|via [^.]{1,40}))|"
    # "… on Wednesday. Picture by Bec Harlan", "… protected lanes. Photo by Evan Roy /Lakeshore Metro"
    r"(?i:photo(?:graph)?|picture|image|pic)s?\s+(?i:by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}|\s+for\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})?)"
    r"\)?\.?\s*$")
#: A caption that opens by naming the picture: "Satellite image from Sunday morning showing …",
#: "Aerial view of the flooded fields", "Map showing the new route".
PICTURE_OPENING = re.compile(
    r"^\W*(?:an? |the )?(?:satellite |aerial |file |archive |undated |handout |drone |cctv |thermal |infrared )?"
    r"(?:image|photo|photograph|picture|map|chart|graphic|illustration|screenshot|still|view|footage|video still)s? "
    r"(?:of|from|showing|shows|taken|captured|released)\b", re.I)
#: A site's acknowledgement of the land's first peoples, a footer of Australian and Canadian sites.
LAND_ACKNOWLEDGEMENT = re.compile(
    r"\backnowledges? (?:the )?(?:traditional |first )?(?:custodians|owners|peoples?|nations)\b[^.]{0,80}\b(?:land|lands|country|territory|territories)\b|"
    r"\backnowledges? [^.]{0,80}\b(?:traditional (?:custodians|owners)|first (?:peoples|nations|australians))\b",
    re.I)
#: A picture label alone: "File photo", "Stock image", "Handout photo".
PICTURE_LABEL = re.compile(
    r"^\W*(?:file|stock|archive|handout|illustrative|representational|library|generic|supplied)\s+(?:photo|photograph|picture|image|pic|shot)s?\W*$|"
    r"^\W*(?:photo|photograph|picture|image|pic)s?\s+(?:supplied|contributed|submitted)\W*$",
    re.I)
#: A caption's "(right)", "(pictured)" or "(second left)": who stands where.
CAPTION_BRACKET_POSITION = re.compile(
    r"\((?:left|right|centre|center|pictured|far left|far right|top|bottom|above|inset|front|back|"
    r"(?:second|third) (?:from )?(?:left|right)|l|r|l-r|left to right|from left)\)", re.I)
#: An imprint: "Printed and published by Torran Press Ltd, Harbour Road".
IMPRINT = re.compile(r"^\W*(?:printed|published|edited|designed|typeset|distributed|owned)(?:,? (?:and|&) (?:printed|published|edited|designed|distributed|owned))+ by\s+[A-Z]", re.I)
#: Disclaimers of a site's advice, odds or prices: "Moneyline does not give financial advice",
#: "Odds correct at time of publishing", "T&Cs apply", "News provided by a third-party partner".
DISCLAIMER = re.compile(
    r"\b(?:(?:does|do|is|are) not (?:give|provide|offer|constitute|represent) (?:\w+ ){0,2}(?:financial|legal|medical|investment|tax|betting) advice|"
    r"(?:odds|prices?|rates?|figures|information|details) (?:are )?(?:correct|accurate) (?:at|as at|as of) (?:the )?time of (?:publishing|publication|writing|going to press)|"
    r"t ?& ?cs apply|terms (?:and|&) conditions apply|(?:news|content|data|prices|odds|quotes|feed) (?:is |are )?(?:provided|supplied|powered) by)\b",
    re.I)
#: A staff credit of one word: "Bulletin staff", "Web desk", "Sports team" (a newsroom's name, not a person).
NEWSROOM_CREDIT = re.compile(
    r"^\W*(?:the )?(?:bulletin|news|newsroom|editorial|web|online|digital|sports?|business|city|features|magazine|"
    r"paper|weekly|daily|desk|agency|wire|staff)\s+(?:staff|desk|team|reporters?|writers?|correspondents?)\W*$", re.I)

#: A line that only interrupts the article: every word from the vocabulary
#: of adverts and "continues below" notes, one of them an advert's
#: ("— Advertisement feature —", "Continue reading after the ad").
#: A shop widget's prices in a review: "$89 at Bookstall | $94 at MegaMart"; its label "Today's best deals".
PRICE_ROW = re.compile(r"^\W*(?:[$€£]\s?\d[\d.,]*\s+at\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s*(?:[|·•,]\s*|$)){1,5}$|"
                       r"^\W*(?:today['’]s |the )?(?:best|top|latest) (?:deals|prices|offers)(?: today)?\W*$", re.I)
AD_WORDS = frozenset("ad ads advert adverts advertisement advertisements advertising sponsored promoted promotion "
                     "partner annonse annons reklame reklama mainos hirdetés publicidade anúncio anuncio".split())
AD_LINE_WORDS = AD_WORDS | frozenset(
    "the this a an continue continues continued reading read story article content text below after feature features "
    "break from our partners paid post content skip close x report hide remove why".split())

#: The first words of a heading over links to other stories: "Latest jobs",
#: "Popular guides", "Also on X", "In the latest issue", "More football news".
LINK_HEADING = re.compile(
    r"^\W*(?:latest|popular|more|also|trending|top|most|other|recent|featured|elsewhere|related|recommended|"
    r"in the latest|from the|from our|best of|you (?:may|might) also|don'?t miss|editor'?s|hot|new on|"
    r"catch up|what'?s on|what to read|keep reading|read on|further|next)\b|"
    # a block of the day or week: "Jobs of the week", "Picture of the day"
    r"^\W*\w+(?:\s+\w+)? of the (?:day|week|month)\W*$|"
    # a block's name: two or three words ending in what the block lists ("Web Stories", "Popular reads")
    r"^\W*\w+(?:\s+\w+)?\s+(?:stories|videos|reads|picks|articles|posts|galleries|podcasts|guides|headlines|links)\W*$", re.I)

#: A ticker's rise and fall signs: two or more in a line make a price or score bar.
TICKER_SIGNS = frozenset("▲▼△▽↑↓⬆⬇")

#: Who stands in a news picture: plural people nouns that open a caption
#: placed in space ("Trust members outside the village hall after hearing
#: the news", "Pupils at the new school on its first day").
PICTURE_SUBJECTS = frozenset(
    """members residents pupils students volunteers players fans supporters firefighters officers police workers staff
    children families protesters campaigners crowds visitors farmers villagers councillors nurses doctors rescuers
    teams team-mates teammates guests runners riders drivers passengers shoppers climbers walkers swimmers dancers
    musicians performers actors competitors winners finalists delegates ministers leaders officials volunteers
    parents pupils locals mourners worshippers spectators onlookers engineers crews soldiers troops
    people men women girls boys""".split())
#: Prepositions that place a picture's subject.
PICTURE_PLACES = frozenset("outside inside at near beside on in during behind under above below by with after".split())
#: An opinion piece's sign-off: "— Jo Grant is chief executive of a care charity".
DASH_SIGN_OFF = re.compile(r"^\s*[—–]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},?\s+(?:is|was|has been|are|were)\s")
#: A contact line: a name or desk, then a telephone number: "Media Relations, Parks Agency, 555-0177".
CONTACT_LINE = re.compile(r"^\W*[A-Z][^.!?]{0,80},\s*(?:tel\.?:?\s*|phone:?\s*)?\+?\d[\d ()./-]{5,}\d\s*$", re.I)

#: A police or court page's standing disclaimer: "All suspects are presumed innocent until proven guilty …",
#: "A charge is merely an accusation." (an article's "The man is presumed innocent …" names its subject).
PRESUMPTION_NOTE = re.compile(
    r"^\W*(?:all|every|any) (?:suspects?|persons?|people|defendants?|individuals?|arrestees|those (?:arrested|charged|named))\b"
    r"[^.]{0,40}\bpresumed innocent\b|^\W*(?:an? |the )?(?:criminal )?(?:charges?|complaints?|indictments?) (?:is|are) "
    r"(?:merely |only |simply )?(?:an? )?(?:accusations?|allegations?)\b", re.I)

#: A company's name with its legal form, alone on its line: "Northlight Review ehf.", "Harbour Media AS".
COMPANY_LINE = re.compile(
    r"^\W*[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5},?\s+(?:Ltd|Limited|plc|PLC|LLC|Inc|GmbH|AG|SA|AS|ASA|AB|Oy|ehf|"
    r"BV|NV|Pty Ltd|\(Pty\) Ltd|S\.A\.|S\.L\.|SRL|Srl|SpA|LLP|CIC)\.?\s*$")
#: A members' area or login note: "Members' area (login required)", "Members only".
LOGIN_NOTE = re.compile(r"^\W*(?:members'?|subscribers'?)(?: area| only| section)?\W*(?:\(?\s*(?:login|log-in|sign-in|log in|sign in) required\s*\)?)?\W*$|"
                        r"\b(?:login|log-in|sign-in|log in|sign in) required\b", re.I)

# --- captions that are a noun phrase placed in space or time --------------------------------------

#: Prepositions that end a caption's subject and place it: "A grader | on Boundary Road | last month".
CAPTION_PREPOSITIONS = frozenset(
    "at on in near outside inside beside with under over by along across behind after during before from "
    "above below among around through past opposite towards toward into onto".split())
#: Words that never stand in a caption's subject (a noun phrase): pronouns,
#: conjunctions of clauses, negations, adverbs of narration, the infinitive's
#: "to". One of them makes the line a sentence or a subheading.
NOT_IN_CAPTION_SUBJECT = frozenset(
    """i we you he she it they me us him them there here this that these those what why how when who whom which
    whose if because so but or yet then than not no never also just only still even already again too very
    to as like more less most least much many some any another same such other all both each every
    first last next back now today tonight yesterday tomorrow""".split())
#: Time words after a caption's place: "… last month", "… on Tuesday night", "… in 2024".
CAPTION_TIME = re.compile(
    r"\b(?:(?:on|last|this|early on|late on|before|after|ahead of|since|until|from) (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|morning|afternoon|evening|night|week|month|year|weekend|season|summer|winter|spring|autumn)"
    r"(?: morning| afternoon| evening| night)?|"
    r"in (?:the )?(?:" + calendar.alternation(calendar.MONTHS) + r"|early|late|"
    r"(?:19|20)\d\d)|(?:earlier|later) (?:this|that) (?:week|month|year)|"
    # a season of a year after its article: "(from) the winter of 1978" (the preposition stays)
    r"(?<=the )(?:winter|summer|spring|autumn) of (?:19|20)\d\d|"
    r"(?:" + calendar.alternation(calendar.MONTHS) + r") \d{1,2}|"
    r"\d{1,2} (?:" + calendar.alternation(calendar.MONTHS) + r"))\b")
#: Verbs of news prose whose past is not "-ed" and that the speech lexicon's
#: irregular pasts leave out ("A water main burst on Elm Street"): a caption has none.
CAPTION_NOT_VERBS = frozenset(
    """burst cut hit shut set put quit spread split cost let beat shed fled caught bought sought hid slid stuck
    swept wept crept dealt dug hung lit shot spun swung tore bit bled bred clung fed fought flung forgave froze
    ground laid lent meant overtook paid rebuilt sent shook slept sped stole stung strode swam sprang withdrew
    go goes gone went come comes do does get gets make makes take takes""".split())
#: A site's live page or service named to its reader: "the live snow report", "our live traffic map".
LIVE_PAGE = re.compile(
    r"\b(?:the|our) live (?:[\w-]+ )?(?:report|page|blog|feed|map|updates?|coverage|cams?|webcams?|tracker|stream|"
    r"scores?|results|tables?|ticker|radar|timetables?|departures)\b", re.I)
#: Verbs that make a picture's name a sentence: "Satellite images show the storm …".
PICTURE_VERBS = frozenset("show shows showed reveal reveals revealed suggest suggests appear appears appeared "
                          "capture captures captured circulate circulates circulated".split())
#: The page asking its reader to ring it: "If you have information about this or any other crime, call the
#: tip line at 555-0112", "Please call us on 0300 555 0199". A third person ("Anyone with information
#: should call police on 101") is the article reporting the appeal.
PHONE_APPEAL = re.compile(
    r"^\W*(?:if you\b[^.?!\"“”]{3,80},\s*(?:please\s+)?(?:call|phone|ring|text|contact|dial)\b|"
    r"(?:please\s+)?(?:call|phone|ring|text|contact|dial)\s+us\b|please\s+(?:call|phone|ring|text|contact|dial)\b)", re.I)
#: An inline telephone number, or a short service number (101, 105, 111, 999, 911, 112).
PHONE_NUMBER = re.compile(r"\+?\d[\d ()-]{5,}\d|\b(?:101|105|111|999|911|112)\b")
#: What a site asking for help says it needs: "Could you help? We always need volunteers …".
SITE_NEEDS = frozenset("need needs welcome rely relies volunteers helpers donations donors supporters".split())
#: An appeal for information (not safety advice: "If you smell gas, call …" is the story's advice).
APPEAL_WORDS = frozenset("information tip tips tipline tip-line anonymously anonymous crimestoppers witness witnessed "
                         "witnesses quoting reference dashcam footage".split())
#: Common nouns that follow a place's name: "at Kingsgate station", "on Mill Lane", "in Ashby park".
CAPTION_PLACE_NOUNS = frozenset(
    """station street road lane avenue square park bridge hall church chapel school college university hospital
    harbour harbor port airport court house centre center stadium ground grounds field fields farm beach bay river
    lake market museum library office quay pier estate village town city airfield junction roundabout crossing
    common green gardens garden wood woods forest hill moor valley castle cathedral abbey theatre arena pool""".split())


# --- batch n1-n3: media players, reader questions, comment rules, sign-offs, small credits -------

#: A media player's controls and fallback text: "Tap to unmute", "Play episode",
#: "Your browser does not support the video tag." (never a sentence of a story).
PLAYER_CONTROL = re.compile(
    r"^\W*(?:(?:tap|click|press|touch) (?:here )?(?:to|for) (?:unmute|mute|play|sound|listen|watch)(?: (?:video|audio))?|"
    r"unmute|mute|play (?:episode|video|audio|podcast|clip|now|all)|pause|replay(?: video)?|"
    r"(?:this )?(?:video|audio|media) (?:is )?(?:unavailable|not available|failed to load|could not be loaded)|"
    r"your browser does not support (?:the |this )?(?:video|audio|html5|iframe|media)\b[^.]{0,30})\W*$", re.I)
#: A question that the page puts to its reader about the page or the site:
#: "Like this post?", "Enjoyed this?", "Want to write for us?", "Did you find a mistake?".
#: (With an opener of READER_QUESTION; the question names the page, the site or an error in it.)
PAGE_QUESTION = re.compile(r"\b(?:this(?:\s+(?:post|article|story|page|piece|newsletter|e-?mail|episode|show|podcast|site|"
                           r"blog|video|recipe|guide))?|us|our\s+[\w-]+|a (?:mistake|typo)|an error|"
                           r"the (?:show|newsletter|podcast|site|blog))\s*\?", re.I)
#: A site's rules for its comments: "Please keep comments relevant and respectful",
#: "… a lively but civil forum for discussion".
COMMENT_RULES = re.compile(r"\b(?:keep (?:your |all )?comments?|comments? (?:should|must) (?:be|stay|remain)|"
                           r"civil (?:forum|discussion|debate|conversation)|(?:lively|respectful) but civil)\b", re.I)
#: A legal label before its notice: "Privacy Notice: Newsletters may contain …", "Cookie policy: …".
LEGAL_LABEL = re.compile(r"^\W*(?:privacy (?:notice|policy|statement)|cookie (?:notice|policy)|terms(?: of (?:use|service))?|"
                         r"data protection)\s*:\s+\S", re.I)
#: A review's score on its own line: "Rating: 4/5", "Our verdict: 8/10", "★★★★☆".
RATING_LINE = re.compile(r"^\W*(?:(?:our )?(?:rating|score|verdict|grade|stars)\s*:\s*)?\d+(?:\.\d)?\s*(?:/|out of)\s*\d+\W*$|"
                         r"^\s*[★☆✩✪⭐]{3,}\s*(?:\(?\d(?:\.\d)?\s*/\s*\d\)?)?\s*$", re.I)
#: A letter's or newsletter's closing salutation, alone on its line (the signature follows):
#: "Until next week,", "Best wishes,", "See you on Friday,".
VALEDICTION = re.compile(
    r"^\s*(?:until (?:next (?:time|week|month|issue)|tomorrow|then|soon)|see you (?:next (?:time|week)|soon|tomorrow|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:best|warm|kind|warmest|all the best)(?: wishes| regards)?|"
    r"(?:with )?(?:best|warm|kind) regards|regards|cheers|yours(?: truly| sincerely| faithfully)?|sincerely|"
    r"thanks(?: again)?(?: for reading)?|happy (?:reading|cooking|gardening|weekend)|take care)\s*[,!—–-]?\s*$", re.I)
#: A credit to the institution that supplied a story: "Provided by University of Kestwick",
#: "Courtesy of the Harbour Trust" (alone on its line, no sentence).
PROVIDED_BY = re.compile(r"^\W*(?:provided|supplied|contributed|content|story|press release|more information) "
                         r"(?:by|courtesy of|from)\s+(?:the\s+)?[A-Z][^.!?]{0,60}$|^\W*courtesy of\s+(?:the\s+)?[A-Z][^.!?]{0,60}$", re.I)
#: A newsroom credited as a desk or an office: "Editorial office North", "Newsroom South West".
NEWSROOM_OFFICE = re.compile(r"^\W*(?:the )?(?:editorial|news|regional|local) (?:office|desk|team|staff|department)"
                             r"(?:\s+[A-Z][\w'’-]*){0,2}\W*$", re.I)

#: A newsroom credited in another language, its word before the site's name:
#: "Redacción Costa Norte Today", "Rédaction du Courrier", "Redaktion Lahntal-Bote".
FOREIGN_NEWSROOM = re.compile(r"^\W*(?:redacción|redaccion|rédaction|redaktion|redazione|redactie|redação|redacao|"
                              r"uredništvo|redakcja)\s+(?:(?:de|du|de la|der|des|di|del|van|do|da)\s+)?(?P<name>[A-Z][^.!?|·•]{1,50}?)\W*$",
                              re.I)
#: An aggregator's or reprint's credit to the page's publisher: "This story was originally
#: published by the Brackwater Evening Post" (the site that wrote the story, as "Source: X" is).
ORIGINALLY_BY = re.compile(r"^\W*(?:this (?:story|article|report|piece) )?(?:was )?(?:originally|first) "
                           r"(?:published|appeared|posted) (?:by|in|on) (?:the\s+)?", re.I)
#: The last word of a label naming an edition of the site, not the site: "English Edition", "UK edition".
EDITION_LABEL_WORDS = frozenset("edition editions version".split())

#: A gallery's position counter standing alone: "1 of 12", "3 / 8".
GALLERY_COUNTER = re.compile(r"^\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$")
#: A short line that credits or describes a picture: "Pic: Name", "Image: Supplied",
#: "Photo | Name", "[Image: a drone on a rooftop]" (an image's alt text kept as a line).
PICTURE_NOTE = re.compile(r"^\W*(?:photo|photograph|picture|pic|image|img|credit|foto)s?(?:\s+credits?)?\s*[:|]", re.I)
#: An image's alt text kept as a line: a label, then a description ("[Image: a white drone …]");
#: "(Photo | Site Name)" is a credit.
IMAGE_ALT = re.compile(r"^\W*(?:photo|picture|image|img)\s*:\s*(?:a|an|the|two|three)\s", re.I)
#: A line naming the source of data or a story, not of a picture: "Source: …".
SOURCE_NOTE = re.compile(r"^\W*(?:source|sources|data)\s*:", re.I)
#: A caption closed by a dash and the site or agency that took the picture:
#: "Villagers wade through floodwater on Tuesday. — The Morning Star".
CAPTION_DASH_CREDIT = re.compile(r"[.!?]\s+[—–]\s*(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s*$")
#: A byline whose name ends in an initial: "Posted by Kwame A.", "By Dana R."
INITIAL_BYLINE = re.compile(r"^\W*(?:[Pp]osted by|[Ww]ritten by|[Bb]y)\s+[A-Z][a-z][\w'’-]*\s+[A-Z]\.$")
#: The print edition a web story ran in, named with its date: "Published in The Frontier
#: Daily, November 16th, 2026", "Printed in the Harbour Star on 3 May 2026". A sentence
#: ("… published in The Lancet on Monday") has no year right after the name.
PRINT_EDITION_NOTE = re.compile(
    r"^\W*(?i:published|printed|appeared) in (?:[Tt]he )?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4},?\s+(?:on\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \d{4})\W*$")
#: Participles that open a death or service notice, not a caption: "Reposing at her home …".
NOTICE_PARTICIPLES = frozenset("reposing resting lying predeceased surviving remembering".split())
#: A picture credited to the site's own staff photographer: "Name/Island Sport Daily
#: Photographer", "Name / The Vale Post staff photographer" (another paper's picture is
#: credited "Name/Paper", without the role).
STAFF_PHOTOGRAPHER = re.compile(
    r"^\W*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}?)"
    r"\s+(?i:(?:staff |chief )?photographer)\W*$")
