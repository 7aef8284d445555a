"""Finding and decoding source files. Sources are only ever read."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 50 * 1024 * 1024  # refuse anything larger: it is not an article


class SourceError(Exception):
    """Bad input the user can fix; the message is one line, shown as is."""


@dataclass(frozen=True)
class RawSource:
    id: str
    path: str
    text: str
    meta: dict  # from sources.toml, may be empty


def find_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Expand folders into their *.txt/*.md files (sorted by name).

    Returns the files and warnings. A path given twice is read once.
    """
    files: list[Path] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise SourceError(f"no such file or folder: {raw}")
        if p.is_dir():
            found = sorted(
                (f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES),
                key=lambda f: f.name,
            )
            if not found:
                raise SourceError(f"no .txt or .md files in folder: {raw}")
        else:
            found = [p]
        for f in found:
            key = f.resolve()
            if key in seen:
                warnings.append(f"{f}: given more than once, read once")
                continue
            seen.add(key)
            files.append(f)
    return files, warnings


def decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    """Decode bytes as UTF-8 (BOM allowed), else cp1252.

    Returns (text, warning). text is None for binary files, which are skipped.
    """
    if b"\x00" in data[:8192]:
        return None, f"{name}: looks binary, skipped"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), f"{name}: not valid UTF-8, read as cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1"), f"{name}: not valid UTF-8, read as latin-1"


def read_metadata(folder: Path) -> dict[str, dict]:
    """Optional sources.toml: a table per file name or stem with
    title/outlet/date/url. Invalid files are an input error."""
    f = folder / "sources.toml"
    if not f.is_file():
        return {}
    try:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SourceError(f"{f}: invalid TOML ({e})") from None
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def load_raw_sources(paths: list[str]) -> tuple[list[RawSource], list[str]]:
    files, warnings = find_files(paths)
    meta_by_folder: dict[Path, dict[str, dict]] = {}
    out: list[RawSource] = []
    used_ids: set[str] = set()
    for f in files:
        try:
            size = f.stat().st_size
            if size > MAX_BYTES:
                warnings.append(f"{f}: larger than {MAX_BYTES // 2**20} MB, skipped")
                continue
            data = f.read_bytes()
        except OSError as e:
            raise SourceError(f"cannot read {f}: {e.strerror}") from None
        text, warning = decode(data, str(f))
        if warning:
            warnings.append(warning)
        if text is None:
            continue
        if not text.strip():
            warnings.append(f"{f}: empty, skipped")
            continue
        folder = f.parent
        if folder not in meta_by_folder:
            meta_by_folder[folder] = read_metadata(folder)
        meta = meta_by_folder[folder].get(f.name) or meta_by_folder[folder].get(f.stem) or {}
        sid = f.stem
        n = 2
        while sid in used_ids:
            sid = f"{f.stem}-{n}"
            n += 1
        used_ids.add(sid)
        out.append(RawSource(sid, str(f), text, meta))
    if not out:
        raise SourceError("no readable articles in: " + " ".join(paths))
    return out, warnings
