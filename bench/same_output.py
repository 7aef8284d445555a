"""Does a speed change leave the analysis exactly as it was? Dump, then compare.

    python bench/same_output.py dump /tmp/before        # Story JSON of ./sources, 50 and 200 articles
    python bench/same_output.py dump /tmp/after --sizes 5,50
    python bench/same_output.py compare /tmp/before /tmp/after

Each corpus is written as the `parallax analyze --json` dict (sorted keys,
one file per corpus) plus a digest of what the JSON does not show but later
stages read (every source's paragraphs, sentences and tokens). `compare`
says, per corpus, byte-identical or the first differing line; exit 1 on any
difference. Run `dump` with the code before a change (e.g. in a clean
worktree of the base commit) and after it.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(1, str(ROOT / "src"))


def _digest(story) -> str:
    h = hashlib.sha256()
    for s in story.sources:
        h.update(repr((s.id, s.paragraphs, s.sentences, s.tokens)).encode())
    return h.hexdigest()


def _dump_one(story, out: Path) -> None:
    from tui.core.serialize import story_to_dict

    data = story_to_dict(story)
    out.write_text(json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
                   + "internals " + _digest(story) + "\n")


def dump(folder: Path, sizes: list[int], jobs: int) -> None:
    from corpus import generate
    from tui.core.story import analyze_paths, build_story

    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)  # a relative path: the same JSON from any checkout
    _dump_one(analyze_paths(["sources"], jobs=jobs), folder / "sources.json")
    for n in sizes:
        story = build_story(generate(n).raw_sources(), name="synthetic", jobs=jobs)
        _dump_one(story, folder / f"n{n}.json")
    print(f"dumped sources + {sizes} to {folder}")


def compare(a: Path, b: Path) -> int:
    bad = 0
    for fa in sorted(a.glob("*.json")):
        fb = b / fa.name
        if not fb.exists():
            print(f"{fa.name}: missing in {b}")
            bad += 1
            continue
        if fa.read_bytes() == fb.read_bytes():
            print(f"{fa.name}: identical")
            continue
        bad += 1
        diff = difflib.unified_diff(fa.read_text().splitlines(), fb.read_text().splitlines(), lineterm="", n=2)
        print(f"{fa.name}: DIFFERENT")
        for k, line in enumerate(diff):
            if k > 30:
                break
            print("   ", line[:200])
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folder", type=Path)
    d.add_argument("--sizes", default="50,200")
    d.add_argument("--jobs", type=int, default=1)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.folder, [int(x) for x in args.sizes.split(",") if x], args.jobs)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
