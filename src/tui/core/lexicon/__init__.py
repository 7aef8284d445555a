"""General English and web-page knowledge, as data, in one place.

Every word list the analysis uses lives in this package, so that a reader
can see at a glance what Parallax "knows" and so that no module keeps a
private, disagreeing copy. Nothing here may name, quote or special-case a
particular article or site: only general linguistic knowledge (reporting
verbs, titles, honorifics, demonyms) and the general shape of scraped pages
(navigation words, prompts, credit lines, wire agencies).

- `speech`: reporting verbs (base forms, with `forms()` to inflect them),
  titles and honorifics, demonyms, group and organisation words.
- `pages`: words and patterns of page furniture: navigation, prompts,
  captions and credits, teasers, interruptions, wire and syndication credits.
- `calendar`: the names of months and days and their short forms, for every
  module that reads a date.
"""
