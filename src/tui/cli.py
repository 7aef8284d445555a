"""The `parallax` command: open the reader, or analyse from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .core.loading import SourceError, find_files

DEFAULT_PATH = "sources"
PATH_HELP = "a folder (every *.txt and *.md inside, sorted by name) or a file"
COMMANDS = ("analyze", "actors", "statements")

DESCRIPTION = """\
Parallax compares how several news articles tell the same story: what they
share word for word or reworded, what each adds or leaves out, and who said
what in each.

commands:
  parallax [PATH ...]                 open the reader (default: ./sources)
  parallax analyze PATH ... [--json | --markdown | --explain FILE] [-o FILE]
                                      analyse and print a summary, the Story
                                      as JSON, a Markdown report, or why each
                                      line of one source was marked
  parallax actors PATH ... [--json]   people and organisations, with roles and
                                      statements per source
  parallax statements PATH ... [--actor NAME] [--json]
                                      who said what in each source, grouped
                                      across sources, with quote-fidelity notes

A PATH is a folder (every *.txt and *.md inside, sorted by name) or a file.
An optional sources.toml beside the files sets title/outlet/date/url per file.
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
  parallax statements sources --actor Rubio

exit status: 0 success, 2 usage or input error (one line on stderr).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other input error
        self.exit(2, f"parallax: error: {message} (see 'parallax --help')\n")


def _main_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parallax", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"folders or files to read (default: ./{DEFAULT_PATH})")
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="parallax", description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"parallax {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    analyze = sub.add_parser("analyze", help="analyse and print a summary, JSON or Markdown",
                             description="Analyse the articles at PATH and print a summary: per source its "
                             "title, outlet, words and boilerplate; the share of words each source "
                             "shares with each other; the passages shared by the most sources.",
                             epilog="example: parallax analyze sources --json > story.json")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    fmt = analyze.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the Story as JSON (schema parallax.story/1)")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown report")
    fmt.add_argument("--explain", metavar="FILE",
                     help="print FILE (a path, file name or id among PATH) line by line with the reason "
                     "for each line marked as boilerplate, and what decided its title, outlet and date")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    actors = sub.add_parser("actors", help="people and organisations with their statements per source",
                            epilog="example: parallax actors sources --json")
    actors.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    actors.add_argument("--json", action="store_true", help="print JSON")

    statements = sub.add_parser("statements", help="who said what, grouped across sources",
                                epilog="example: parallax statements sources --actor Zelensky")
    statements.add_argument("paths", nargs="+", metavar="PATH", help=PATH_HELP)
    statements.add_argument("--actor", metavar="NAME", help="only this actor (name or alias, any case)")
    statements.add_argument("--json", action="store_true", help="print JSON")
    return p


def _warn(message: str) -> None:
    print(f"parallax: warning: {message}", file=sys.stderr)


def _analyze(paths: Sequence[str]):
    """Run the analysis with a progress line on a terminal."""
    from rich.console import Console

    from .core import analyze_paths

    err = Console(stderr=True)
    if err.is_terminal:
        with err.status("reading sources…") as status:
            story = analyze_paths(list(paths), progress=lambda stage, _f: status.update(f"{stage}…"))
    else:
        story = analyze_paths(list(paths))
    for w in story.warnings:
        _warn(w)
    return story


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as e:
            raise SourceError(f"cannot write {output}: {e.strerror}") from None
    else:
        sys.stdout.write(text)


def run_command(args: argparse.Namespace) -> int:
    from rich.console import Console

    story = _analyze(args.paths)
    if args.command == "analyze":
        if args.json:
            from .core.serialize import story_to_dict

            _write(json.dumps(story_to_dict(story), ensure_ascii=False, indent=1) + "\n", args.output)
        elif args.explain:
            from .explain import explain, find_source

            _write(explain(find_source(story, args.explain)), args.output)
        elif args.markdown:
            from .report import markdown_report

            _write(markdown_report(story), args.output)
        else:
            from .report import print_summary

            if args.output:
                with open(args.output, "w", encoding="utf-8") as f:
                    print_summary(story, Console(file=f, width=120))
            else:
                print_summary(story, Console())
        return 0
    from . import statements_report

    console = Console()
    if args.command == "actors":
        statements_report.print_actors(story, console, as_json=args.json)
    else:
        statements_report.print_statements(story, console, actor=args.actor, as_json=args.json)
    return 0


def run_reader(paths: Sequence[str]) -> int:
    find_files(list(paths))  # fail fast with a one-line error, before the screen switches
    from .reader import run

    return run(list(paths))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(_command_parser().parse_args(argv))
        args = _main_parser().parse_args(argv)
        return run_reader(args.paths or [DEFAULT_PATH])
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
