"""The `parallax` command: open the reader, or analyse from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .core.loading import SourceError, find_files

DEFAULT_PATH = "sources"
NO_CACHE_HELP = "analyse afresh: neither read nor write the cache of analysed stories"
JOBS_HELP = ("processes that share the analysis of a large folder (default: one per idle core; "
             "1 = no extra process); the result is the same whatever N")
PATH_HELP = "a folder (every *.txt, *.md and *.html inside, sorted by name) or a file"
COMMANDS = ("analyze", "actors", "statements", "compare", "cache", "fetch")

DESCRIPTION = """\
Parallax compares how several news articles tell the same story: what they
share word for word or reworded, what each adds or leaves out, and who said
what in each.

commands:
  parallax [PATH ...] [--watch]       open the reader (default: ./sources);
                                      --watch follows new and changed articles
  parallax analyze PATH ... [--json | --markdown | --explain FILE] [-o FILE] [--watch]
                                      analyse and print a summary, the Story
                                      as JSON, a Markdown report, or why each
                                      line of one source was marked
  parallax actors PATH ... [--json]   people and organisations, with roles and
                                      statements per source
  parallax statements PATH ... [--actor NAME] [--json]
                                      who said what in each source, grouped
                                      across sources, with quote-fidelity notes
  parallax compare A B [PATH ...] [--json | --markdown]
                                      two sources side by side: who took from
                                      whom and why, what each adds and leaves
                                      out, quotations rendered differently
  parallax fetch URL ... --into DIR   download web pages (or --from urls.txt)
                                      into DIR, ready for `parallax DIR`
  parallax cache [info | clear]       where analysed stories are remembered,
                                      how much room they take; delete them

A PATH is a folder (every *.txt, *.md and *.html/*.htm/*.xhtml inside, sorted
by name) or a file. A web page is read on its main text (navigation, ads and
comments left out), with the title, author, outlet and date it states.
An optional sources.toml beside the files sets title/outlet/author/date/url
per file, and wins over what the pages state.
An analysed folder is remembered in the user's cache directory (see 'parallax
cache'), so opening it again is instant; --no-cache analyses afresh and
remembers nothing. A large folder is analysed on every idle core; --jobs N
sets how many processes (the result is the same whatever N).
"""

EPILOG = """\
examples:
  parallax                            read ./sources in the terminal reader
  parallax ~/story a.txt b.txt        read a folder plus two more files
  parallax analyze sources            similarity matrix and top shared passages
  parallax analyze sources --json > story.json
  parallax analyze sources --markdown -o report.md
  parallax analyze sources --explain 001_58cfef797c40897c.txt
  parallax actors sources
  parallax statements sources --actor "Jane Doe"
  parallax compare 001 003 sources    two sources of ./sources (id prefixes)
  parallax compare a.txt b.txt        two files on their own
  parallax fetch --from urls.txt --into story && parallax story

exit status: 0 success, 2 usage or input error (one line on stderr);
parallax fetch: 1 when some URLs failed (see parallax fetch --help).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other input error
        self.exit(2, f"parallax: error: {message} (see 'parallax --help')\n")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parallax", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"folders or files to read (default: ./{DEFAULT_PATH})")
    p.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    _add_jobs(p)
    p.add_argument("--watch", action="store_true",
                   help="follow a developing story: new, changed or removed articles are picked up "
                   "within 2 s; the panes, cursors and actor stay where they were")
    return p


def _command_parser() -> argparse.ArgumentParser:
    from .core.cache import MAX_BYTES

    p = _Parser(prog="parallax", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    analyze = sub.add_parser("analyze", help="analyse and print a summary, JSON or Markdown",
                             description="Analyse the articles at PATH and print a summary: per source its "
                             "title, outlet, words and boilerplate; the share of words each source "
                             "shares with each other; the passages shared by the most sources.",
                             epilog="example: parallax analyze sources --json > story.json")
    analyze.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    _add_jobs(analyze)
    analyze.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    fmt = analyze.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the Story as JSON (schema parallax.story/1)")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown report")
    fmt.add_argument("--explain", metavar="FILE",
                     help="print FILE (a path, file name or id among PATH) line by line with the reason "
                     "for each line marked as boilerplate, and what decided its title, outlet and date")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    analyze.add_argument("--watch", action="store_true",
                         help="keep watching PATH: analyse again within 2 s of a new, changed or removed "
                         "article; with --json one Story per line (JSON Lines); Ctrl+C stops")

    actors = sub.add_parser("actors", help="people and organisations with their statements per source",
                            epilog="example: parallax actors sources --json")
    actors.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    _add_jobs(actors)
    actors.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    actors.add_argument("--json", action="store_true", help="print JSON")

    statements = sub.add_parser("statements", help="who said what, grouped across sources",
                                epilog="example: parallax statements sources --actor \"Jane Doe\"")
    statements.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    _add_jobs(statements)
    statements.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    statements.add_argument("--actor", metavar="NAME", help="only this actor (name or alias, any case)")
    statements.add_argument("--json", action="store_true", help="print JSON")

    compare = sub.add_parser("compare", help="two sources side by side: lineage, additions, omissions",
                             description="Compare two sources of a story: whether one took text from the other "
                             "(with the evidence), the share of each found in the other, the sentences only "
                             "one of them has, and the quotations they render differently. A and B are source "
                             "ids (or a unique prefix), file names or outlets; the rest of the folder is "
                             "analysed too, since lineage reads the whole family of sources.",
                             epilog="examples: parallax compare 001 003 sources · parallax compare a.txt b.txt")
    compare.add_argument("a", metavar="A", help="the first source: id, id prefix, file name or outlet")
    compare.add_argument("b", metavar="B", help="the second source")
    compare.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    _add_jobs(compare)
    compare.add_argument("paths", nargs="*", metavar="PATH",
                         help=f"{PATH_HELP} (default: A and B when they are files, else ./{DEFAULT_PATH})")
    cfmt = compare.add_mutually_exclusive_group()
    cfmt.add_argument("--json", action="store_true", help="print JSON")
    cfmt.add_argument("--markdown", action="store_true", help="print Markdown")
    compare.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    cache = sub.add_parser("cache", help="the cache of analysed stories: where it is, its size; clear it",
                           description="Parallax remembers each analysed folder in the user's cache directory "
                           "($PARALLAX_CACHE_DIR, else $XDG_CACHE_HOME/parallax, else ~/.cache/parallax), keyed by "
                           "the files' contents and Parallax's own code, and keeps it under "
                           f"{MAX_BYTES // 2**20} MB by deleting the least recently used stories.",
                           epilog="examples: parallax cache · parallax cache clear")
    cache.add_argument("action", nargs="?", choices=("info", "clear"), default="info",
                       help="info (default): where and how large; clear: delete every remembered story")
    _add_fetch_parser(sub)
    return p


FETCH_DESCRIPTION = """\
Download web pages into DIR, extract each article's main text, and record
where each came from, so that `parallax DIR` compares them.

layout of DIR:
  NAME.txt            the extracted main text (what `parallax DIR` analyses)
  .raw/NAME.html      the page as received (gzip undone, bytes untouched)
  sources.toml        one table per NAME.txt: url, title, outlet, author, date,
                      fetched_at, raw, charset (+ final_url, canonical); values
                      you edit there win over what the page states
NAME is the site and the end of the URL's path plus a hash of the URL.

Every file is written under a temporary name and renamed when complete, and
sources.toml is rewritten the same way as pages complete: an interrupted run
(Ctrl+C, even a kill) leaves every finished page usable, and a re-run fetches
only what is missing. A URL already in DIR is skipped unless --force; a URL given twice is
fetched once.

On a terminal a progress bar shows each download; otherwise only faults
(one line per URL) and the summary are printed, on stderr.
"""

FETCH_EPILOG = """\
faults, one line each: an invalid URL; HTTP 404/410 and other 4xx; 5xx (after
the retries); a timeout; too many redirects or a redirect loop; a response
that is not HTML (PDF, image …); a body over --max-size (cut off there); a
page with no article text (only script, a sign-in wall).

exit status: 0 every URL fetched (or already there), 1 some URLs failed or
were invalid, 2 usage error (no URLs, unreadable --from file, --into not a
folder, another fetch writing into it), 130 interrupted.

examples:
  parallax fetch https://a.example/news/1 https://b.example/story --into talks
  parallax fetch --from urls.txt --into talks --jobs 8
  parallax talks
"""


def _add_fetch_parser(sub) -> None:
    fetch = sub.add_parser("fetch", help="download web pages into a folder of sources",
                           description=FETCH_DESCRIPTION, epilog=FETCH_EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    fetch.add_argument("urls", nargs="*", metavar="URL", help="http:// or https:// addresses")
    fetch.add_argument("--from", dest="from_file", metavar="FILE",
                       help="read URLs from FILE, one a line (# comments; - for stdin)")
    fetch.add_argument("--into", required=True, metavar="DIR", help="folder to fill (created if needed)")
    fetch.add_argument("--jobs", type=_positive_int, default=4, metavar="N",
                       help="pages fetched in parallel (default 4)")
    fetch.add_argument("--timeout", type=_positive_float, default=20.0, metavar="S",
                       help="seconds per request, connection to last byte (default 20)")
    fetch.add_argument("--total-timeout", type=_positive_float, default=600.0, metavar="S",
                       help="seconds for the whole run; what is left fails (default 600)")
    fetch.add_argument("--retries", type=_non_negative_int, default=2, metavar="N",
                       help="retries after a network error, a timeout or HTTP 5xx/429, "
                       "0.5 s then 1 s … apart (default 2)")
    fetch.add_argument("--delay", type=_non_negative_float, default=0.5, metavar="S",
                       help="seconds between two requests to one site (scheme, host and "
                       "port; default 0.5)")
    fetch.add_argument("--max-size", type=_positive_float, default=10.0, metavar="MB",
                       help="largest page accepted, in MB after gzip decoding (default 10)")
    fetch.add_argument("--max-redirects", type=_non_negative_int, default=5, metavar="N",
                       help="redirects followed per URL (default 5)")
    fetch.add_argument("--force", action="store_true", help="fetch again URLs already in DIR")


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=_positive_int, default=None, metavar="N", help=JOBS_HELP)


def _number(kind, test, what):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not test(value) or value != value:
            raise argparse.ArgumentTypeError(f"must be {what}: {text!r}")
        return value
    return parse


_positive_int = _number(int, lambda v: v > 0, "at least 1")
_non_negative_int = _number(int, lambda v: v >= 0, "0 or more")
_positive_float = _number(float, lambda v: 0 < v < float("inf"), "more than 0")
_non_negative_float = _number(float, lambda v: 0 <= v < float("inf"), "0 or more")


def run_fetch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .fetch import Options, fetch, read_url_list
    from .fetch.download import Limits

    urls = list(args.urls)
    if args.from_file:
        urls += read_url_list(args.from_file)
    limits = Limits(timeout=args.timeout, retries=args.retries, delay=args.delay,
                    max_bytes=int(args.max_size * 2**20), max_redirects=args.max_redirects)
    return fetch(urls, Options(into=Path(args.into), jobs=args.jobs, total_timeout=args.total_timeout,
                               force=args.force, limits=limits))


def _warn(message: str) -> None:
    print(f"parallax: warning: {message}", file=sys.stderr)


def _cache(no_cache: bool):
    from .core.cache import StoryCache

    return None if no_cache else StoryCache()


def _analyze(paths: Sequence[str], no_cache: bool = False, jobs: int | None = None, memo=None):
    """Run the analysis with a progress line on a terminal (`memo`: see
    story.CleaningMemo, for watch mode)."""
    from .core import analyze_paths

    err = _terminal_stderr()
    cache = _cache(no_cache)
    if err is not None:
        with err.status("reading sources…") as status:
            story = analyze_paths(list(paths), progress=lambda stage, _f: status.update(f"{stage}…"), cache=cache,
                                  jobs=jobs, memo=memo)
    else:
        story = analyze_paths(list(paths), cache=cache, jobs=jobs, memo=memo)
    for w in story.warnings:
        _warn(w)
    return story


def _terminal_stderr():
    """A rich Console on stderr when stderr is a terminal (for a progress
    line), else None. Rich is imported only then: a piped run (`analyze
    --json > file`) never needs it. Rich would say the same: without a tty,
    FORCE_COLOR or TTY_COMPATIBLE=1 it sees no terminal."""
    import os

    if not (sys.stderr.isatty() or "FORCE_COLOR" in os.environ or os.environ.get("TTY_COMPATIBLE") == "1"):
        return None
    from rich.console import Console

    err = Console(stderr=True)
    return err if err.is_terminal else None


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise SourceError(f"cannot write {output}: {e.strerror}") from None
    else:
        sys.stdout.write(text)


def _compare_paths(args: argparse.Namespace) -> list[str]:
    from pathlib import Path

    if args.paths:
        return args.paths
    if Path(args.a).is_file() and Path(args.b).is_file():
        return [args.a, args.b]
    return [DEFAULT_PATH]


def _run_compare(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rich.console import Console

    from . import compare_report

    story = _analyze(_compare_paths(args), args.no_cache, args.jobs)
    cmp = compare_report.compare(story, Path(args.a).name if Path(args.a).is_file() else args.a,
                                 Path(args.b).name if Path(args.b).is_file() else args.b)
    if args.json:
        _write(json.dumps(compare_report.comparison_to_dict(story, cmp), ensure_ascii=False, indent=1) + "\n",
               args.output)
    elif args.markdown:
        _write(compare_report.markdown_comparison(story, cmp), args.output)
    elif args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            compare_report.print_comparison(story, cmp, Console(file=f, width=120))
    else:
        compare_report.print_comparison(story, cmp, Console())
    return 0


def _run_cache(action: str) -> int:
    from .core.cache import StoryCache

    cache = StoryCache()
    if action == "clear":
        gone = cache.clear()
        print(f"deleted {gone.files} remembered {'story' if gone.files == 1 else 'stories'} "
              f"({gone.bytes / 2**20:.1f} MB) from {gone.directory}")
    else:
        usage = cache.usage()
        print(f"{usage.directory}: {usage.files} remembered {'story' if usage.files == 1 else 'stories'}, "
              f"{usage.bytes / 2**20:.1f} MB of at most {cache.max_bytes // 2**20} MB")
    return 0


def _print_analysis(story, args: argparse.Namespace, compact: bool = False) -> None:
    if args.json:
        from .core.serialize import story_to_dict

        data = story_to_dict(story)
        text = json.dumps(data, ensure_ascii=False) if compact else json.dumps(data, ensure_ascii=False, indent=1)
        _write(text + "\n", args.output)
    elif args.explain:
        from .explain import explain, find_source

        _write(explain(find_source(story, args.explain)), args.output)
    elif args.markdown:
        from .report import markdown_report

        _write(markdown_report(story), args.output)
    else:
        from rich.console import Console

        from .report import print_summary

        if args.output:
            with open(args.output, "w", encoding="utf-8") as f:
                print_summary(story, Console(file=f, width=120))
        else:
            print_summary(story, Console())


def _watch_analyze(args: argparse.Namespace) -> int:
    """Analyse, then again after every change of the inputs, until Ctrl+C:
    with --json one Story per line (JSON Lines), else a summary per update."""
    import time

    from .core.story import CleaningMemo
    from .watch import changes

    memo = CleaningMemo()  # an update cleans again only the sources it touches
    print(f"parallax: watching {' '.join(args.paths)} for new and changed articles (Ctrl+C stops)",
          file=sys.stderr, flush=True)
    try:
        for change in changes(args.paths, on_error=lambda message: print(f"parallax: {message}", file=sys.stderr)):
            story = _analyze(args.paths, args.no_cache, args.jobs, memo)
            print(f"parallax: {time.strftime('%H:%M:%S')} {len(story.sources)} sources"
                  f" ({change.describe()})", file=sys.stderr, flush=True)
            _print_analysis(story, args, compact=True)
            sys.stdout.flush()
    except KeyboardInterrupt:
        return 0
    return 0


def run_command(args: argparse.Namespace) -> int:
    if args.command == "fetch":
        return run_fetch(args)
    if args.command == "compare":
        return _run_compare(args)
    if args.command == "cache":
        return _run_cache(args.action)
    if args.command == "analyze" and args.watch:
        return _watch_analyze(args)
    story = _analyze(args.paths, args.no_cache, args.jobs)
    if args.command == "analyze":
        _print_analysis(story, args)
        return 0
    from rich.console import Console

    from . import statements_report

    console = Console()
    if args.command == "actors":
        statements_report.print_actors(story, console, as_json=args.json)
    else:
        statements_report.print_statements(story, console, actor=args.actor, as_json=args.json)
    return 0


def run_reader(paths: Sequence[str], no_cache: bool = False, watch: bool = False, jobs: int | None = None) -> int:
    find_files(list(paths))  # fail fast with a one-line error, before the screen switches
    from .reader import run

    return run(list(paths), cache=_cache(no_cache), watch=watch, jobs=jobs)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(_command_parser().parse_args(argv))
        args = _main_parser().parse_args(argv)
        return run_reader(args.paths or [DEFAULT_PATH], args.no_cache, args.watch, args.jobs)
    except SourceError as e:
        print(f"parallax: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `parallax analyze … | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
