"""Names of months and days in English, the one list every module reads.

Dates are read in several places (a page's date line, a caption's time, a
claim's date in a paraphrase, a speaker run that must not swallow
"Monday"); each used to keep its own copy of these names, and copies drift.
Each module still decides which forms it wants: all abbreviations (a date
line), none, or the full names without "may" (a modal verb in lower case).
"""

from __future__ import annotations

#: The twelve months, in order, lower case.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")

#: Written short forms of the months and the month each stands for ("Sept. 4").
MONTH_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}

#: The seven days, lower case.
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Written short forms of the days ("Thu 4 June").
DAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")


def alternation(names: tuple[str, ...]) -> str:
    """`names` capitalised as a regex alternation ("January|February|…"), for
    patterns that match a month or a day as written in a sentence."""
    return "|".join(name.capitalize() for name in names)
