"""Finding and decoding source files. Sources are only ever read."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
#: Saved web pages: analysed on their extracted main text (core/webpage.py).
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# Byte-order marks, longest first: the UTF-32-LE mark begins with UTF-16-LE's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf_32_le"), (b"\x00\x00\xfe\xff", "utf_32_be"),
    (b"\xef\xbb\xbf", "utf_8"), (b"\xff\xfe", "utf_16_le"), (b"\xfe\xff", "utf_16_be"),
)
MAX_BYTES = 50 * 1024 * 1024  # refuse anything larger: it is not an article


class SourceError(Exception):
    """Bad input the user can fix; the message is one line, shown as is."""


@dataclass(frozen=True)
class RawSource:
    id: str
    path: str
    text: str
    meta: dict  # from sources.toml, may be empty
    page_meta: dict = field(default_factory=dict)  # what a web page states (title, author, outlet, date, url)


def find_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Expand folders into their *.txt/*.md/*.html files (sorted by name).

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
                (f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SOURCE_SUFFIXES),
                key=lambda f: f.name,
            )
            if not found:
                raise SourceError(f"no .txt, .md or .html files in folder: {raw}")
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


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when data starts with a Unicode byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    """Decode bytes by their byte-order mark (UTF-8/16/32), else as UTF-8,
    else cp1252.

    Returns (text, warning). text is None for binary files, which are skipped.
    """
    bom = bom_encoding(data)
    if bom:
        codec, skip = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError:
            label = codec.replace("_", "-").upper()
            return None, f"{name}: has a {label} byte-order mark but is not valid {label}, skipped"
        if "\x00" in text:
            return None, f"{name}: looks binary, skipped"
        return text, None
    if b"\x00" in data[:8192]:
        return None, f"{name}: looks binary, skipped"
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


def _read_page(data: bytes, name: str) -> tuple[str | None, dict, str | None]:
    """A saved web page: its extracted main text and the metadata it states,
    or (None, {}, why it is skipped)."""
    from .webpage import NoArticle, read_page  # imports trafilatura: only when a page is read

    try:
        page, _codec = read_page(data)
    except NoArticle as e:
        return None, {}, f"{name}: {e}, skipped"
    return page.text, page.meta, None


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
        page_meta: dict = {}
        if f.suffix.lower() in HTML_SUFFIXES:
            text, page_meta, warning = _read_page(data, str(f))
        else:
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
        out.append(RawSource(sid, str(f), text, meta, page_meta))
    if not out:
        raise SourceError("no readable articles in: " + " ".join(paths))
    return out, warnings
