"""`parallax fetch`: collect a story from a list of URLs into a folder of
sources (extracted text + raw pages + sources.toml) that `parallax DIR` reads."""

from .runner import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, Options, fetch, read_url_list

__all__ = ["EXIT_INTERRUPTED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "Options", "fetch", "read_url_list"]
