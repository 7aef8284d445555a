"""Parallax: compare how several news articles tell the same story."""

__version__ = "0.1.0"
