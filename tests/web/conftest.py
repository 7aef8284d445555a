"""Every web test stays on this machine: a connection to anything but
127.0.0.1 fails the test (the fixture pages name made-up sites in their
canonical links, and nothing may ever follow them)."""

from __future__ import annotations

import os
import socket

import pytest

_real_connect = socket.socket.connect


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch):
    def guarded(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            assert address[0] == "127.0.0.1", f"a test tried to reach {address[0]}"
        return _real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    for var in list(os.environ):
        if var.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
            monkeypatch.delenv(var)
