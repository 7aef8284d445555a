"""Web pages as sources: decode the bytes, then extract the main text and the
page's own metadata with trafilatura.

trafilatura (and lxml under it) is imported on the first page only, so reading
plain-text folders starts as fast as before. The extracted text is what a
Source holds and what every offset points into; the page itself is only read.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .loading import bom_encoding

#: Fewer words than this after extraction is not an article: a sign-in wall, a
#: cookie notice, a "you need JavaScript" line. The shortest news briefs are
#: about 60 words.
MIN_WORDS = 40

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_PASSWORD_FIELD = re.compile(r"""<input\b[^>]*\btype\s*=\s*["']?password""", re.I)
_SCRIPT_BLOCK = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_STYLE_BLOCK = re.compile(r"<style\b.*?</style\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
# Browsers decode pages labelled Latin-1 or ASCII as windows-1252 (WHATWG
# Encoding Standard), and so do pages in the wild expect.
_BROWSER_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}


class NoArticle(Exception):
    """The page has no usable article text; the message says why (one line)."""


@dataclass(frozen=True)
class Page:
    text: str  # the extracted main text: the Source text
    meta: dict = field(default_factory=dict)  # title/author/outlet/date/url the page states


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _BROWSER_ALIASES.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (<meta charset>, the
    http-equiv Content-Type, or an XML declaration), as a Python codec name."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    codec = _codec(m.group(1)) if m else None
    if codec and codec.startswith(("utf_16", "utf_32")):
        # A declaration readable as ASCII is not in UTF-16/32: browsers take it as UTF-8.
        return "utf_8"
    return codec


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode a page the way browsers do: a byte-order mark first, then the
    HTTP header's charset, then the page's own declaration, then UTF-8, then
    windows-1252 (which decodes almost any byte). Returns (text, codec)."""
    bom = bom_encoding(data)
    if bom:
        codec, skip = bom
        return data[skip:].decode(codec, "replace"), codec
    for codec in (_codec(http_charset), declared_charset(data)):
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # a wrong label is common; fall through to the guesses
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "cp1252"


def _trafilatura():
    import trafilatura

    # The libraries log extraction hiccups at WARNING without a handler of
    # their own, which Python would print on stderr; Parallax reports its own
    # one-line warnings instead.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
            logger.propagate = False
    return trafilatura


def _outlet(sitename: str | None, url: str | None, hostname: str | None) -> str | None:
    if sitename:
        return sitename.strip()
    host = (urlsplit(url).hostname if url else None) or (hostname or "").rpartition(":")[0] or hostname
    if host:
        return host.removeprefix("www.")
    return None


def extract_page(html: str, url: str | None = None) -> Page:
    """The article in a page: main text (navigation, ads, comments and teasers
    left out) and the metadata the page states. Raises NoArticle."""
    trafilatura = _trafilatura()
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False,
        include_links=False, include_formatting=False, deduplicate=False,
    )
    text = (doc.text if doc is not None else "") or ""
    words = len(_WORD.findall(text))
    if words < MIN_WORDS:
        raise NoArticle(_why_empty(html, words))
    meta = {
        "title": doc.title,
        "author": doc.author,
        "outlet": _outlet(doc.sitename, doc.url or url, doc.hostname),
        "date": doc.date,
        "url": doc.url,
    }
    return Page(text=text, meta={k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()})


def _why_empty(html: str, words: int) -> str:
    if _PASSWORD_FIELD.search(html):
        return f"no article, only a sign-in form ({words} words of text): a login or paywall page"
    if _SCRIPT_BLOCK.search(html):
        visible = _TAG.sub(" ", _SCRIPT_BLOCK.sub(" ", _STYLE_BLOCK.sub(" ", html)))
        if len(_WORD.findall(visible)) < MIN_WORDS:
            return (f"no article text ({words} words without scripts): the page is probably "
                    "built by JavaScript")
    if words == 0:
        return "no article text found"
    return f"no article text (only {words} words extracted, {MIN_WORDS} needed)"


def read_page(data: bytes, url: str | None = None, http_charset: str | None = None) -> tuple[Page, str]:
    """Decode and extract a page. Returns (page, codec); raises NoArticle."""
    html, codec = decode_html(data, http_charset)
    return extract_page(html, url), codec
