"""Who said what: actors and their statements in every source.

One job per module, run in this order by `story.analyze_speech`:

- `quotes`: quotation marks in scraped text (which open and close, quotes
  over several paragraphs or broken by a stray line break);
- `context`: quote-aware sentences, statement drafts, the shared grammar of
  attribution (subjects, speakers after a quote, cue phrases);
- `registry`: the actors of a story, merged across sources;
- `names`: finding names in name-like contexts (pass 1 over all sources);
- `mentions`: every mention of an actor in one article, role phrases,
  described organisations and pronouns resolved (pass 2, per source);
- `described`: speakers described by a common noun (groups such as
  "Prosecutors", organisations such as "the coastguard"), made actors where
  they speak;
- `attribution`: the speaker of each quotation;
- `clauses` and `reported`: reported speech without quotation marks;
- `transcript`: a press conference's or interview's labelled paragraphs
  ("OYELARAN: …", "Q: …", "A: …");
- `reading`: one source read into statement drafts (every paragraph of a
  quotation over several paragraphs with one speaker), and the drafts
  numbered into statements;
- `grouping`: statements rendering one utterance in several sources;
- `fidelity`: whether outlets quote one utterance with the same words.

`words` holds the speech lexicon in the forms these modules use.
"""
