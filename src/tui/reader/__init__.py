"""The terminal reader. It reads a `Story` from `tui.core` and never re-derives analysis."""

from .app import ParallaxApp, run

__all__ = ["ParallaxApp", "run"]
