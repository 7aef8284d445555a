"""End to end: the real `parallax` command in a detached tmux session."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def command() -> str:
    exe = ROOT / ".venv" / "bin" / "parallax"
    run = str(exe) if exe.exists() else f"{sys.executable} -m tui"
    return f"cd {ROOT} && {run} sources; echo PARALLAX_EXIT=$?; sleep 30"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def wait_for(session: str, predicate, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if predicate(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"timed out; screen was:\n{screen}")


def test_parallax_in_tmux():
    session = f"parallax-e2e-{uuid.uuid4().hex[:8]}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command()], check=True)
    try:
        # the footer shows the panes' keys once a pane has the focus
        screen = wait_for(session, lambda s: "5 sources" in s and "shared" in s and "Diff" in s)
        assert "1/5" in screen and "2/5" in screen  # two panes side by side at 100 columns
        assert "Search" in screen
        tmux("send-keys", "-t", session, "a")  # the actor sidebar
        wait_for(session, lambda s: "Actors quoted" in s)
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "Tab")
        time.sleep(0.2)
        for key in ("j", "j", "]", "d"):
            tmux("send-keys", "-t", session, key)
            time.sleep(0.15)
        wait_for(session, lambda s: "similarity" in s or "No shared passage" in s)
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "?")
        wait_for(session, lambda s: "Parallax — keys" in s)
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "q")
        screen = wait_for(session, lambda s: "PARALLAX_EXIT=" in s)
        assert "PARALLAX_EXIT=0" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


SCREEN_CHECK = ROOT.parent / "shared" / "tools" / "screen-check"

# (size, TERM, extra environment): 256 colours, 16 colours, no colour
SCREEN_CHECKS = [
    ("160x48", "xterm-256color", []),
    ("80x24", "xterm", []),
    ("160x48", "xterm-256color", ["NO_COLOR=1"]),
]


@pytest.mark.skipif(not SCREEN_CHECK.exists(), reason=f"{SCREEN_CHECK} is absent (../shared not checked out)")
@pytest.mark.parametrize("size,term,env", SCREEN_CHECKS, ids=["256-colours", "16-colours", "no-colour"])
@pytest.mark.parametrize("keys", ["j j j j", "u ] d"], ids=["cursor", "only-here-and-diff"])
def test_screen_check(size, term, env, keys):
    """What a person sees, checked cell by cell: no invisible text, and no more
    low-contrast text than screen-check allows (it exits 1 otherwise)."""
    exe = ROOT / ".venv" / "bin" / "parallax"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]
    args = [sys.executable, str(SCREEN_CHECK), "--size", size, "--term", term, "--keys", keys]
    for e in env:
        args += ["--env", e]
    proc = subprocess.run([*args, "--", *command, "sources"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "invisible (contrast < 1.5) 0;" in proc.stdout, proc.stdout
