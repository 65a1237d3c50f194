"""`zhkg serve GRAPH... [--port N] [--host 127.0.0.1]`: a real SPARQL 1.1 server — the Oxigraph server from the
`oxigraph` package — bound to loopback, loaded with our graphs over the SPARQL 1.1 Graph Store protocol, and
shut down cleanly on Ctrl-C or SIGTERM.

`OxigraphServer` is also what the tests use: start on a free port, load, query over HTTP, stop."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .errors import InputError, UsageError
from .query import MEDIA_TYPES, collect_graphs

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def oxigraph_binary() -> str:
    """The `oxigraph` CLI of the `oxigraph` PyPI package: beside this Python first (venvs), then on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise UsageError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class OxigraphServer:
    """One `oxigraph serve` child process (in-memory store) on host:port. Use as a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int | None = None, timeout_s: float = 15.0):
        self.host = host
        self.port = port or free_port(host)
        self.timeout_s = timeout_s
        self.proc: subprocess.Popen | None = None
        self._log = tempfile.TemporaryFile()

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    def _log_tail(self) -> str:
        self._log.seek(0)
        return " ".join(self._log.read().decode("utf-8", "replace").split())[-300:]

    def start(self) -> "OxigraphServer":
        self.proc = subprocess.Popen(
            [oxigraph_binary(), "serve", "--bind", f"{self.host}:{self.port}"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)  # Ctrl-C in the terminal reaches us, and we stop the child ourselves
        deadline = time.monotonic() + self.timeout_s
        while True:
            if self.proc.poll() is not None:
                raise UsageError(f"oxigraph could not start on {self.host}:{self.port}: {self._log_tail()}")
            try:
                self.ask("ASK { }", timeout=1.0)
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise UsageError(f"oxigraph did not answer on {self.base} within {self.timeout_s:.0f} s")
                time.sleep(0.1)

    def stop(self, timeout_s: float = 5.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                try:
                    self.proc.wait(timeout_s)
                except subprocess.TimeoutExpired:
                    pass  # killed: the kernel reaps it; stopping must not fail on a slow machine
        return self.proc.returncode

    def __enter__(self) -> "OxigraphServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        self._log.close()

    # -- HTTP
    def _request(self, url: str, data: bytes | None = None, headers: dict | None = None,
                 timeout: float = 30.0) -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
        # never through a proxy: the server is on loopback
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(req, timeout=timeout) as resp:
            return resp.read()

    def load(self, paths: list[Path]) -> None:
        """POST each file into the default graph (SPARQL 1.1 Graph Store HTTP protocol, `/store?default`)."""
        for p in paths:
            mt = MEDIA_TYPES[p.suffix.lower()]
            try:
                self._request(self.base + "/store?default", p.read_bytes(), {"Content-Type": mt}, timeout=300)
            except urllib.error.HTTPError as exc:
                body = exc.read().decode("utf-8", "replace")
                raise InputError(f"{p}: the server refused it ({exc.code}: {' '.join(body.split())[:200]})") from None

    def select(self, query: str, timeout: float = 60.0) -> dict:
        """SPARQL 1.1 protocol query (POST, form-encoded) → SPARQL JSON results as Python data."""
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        raw = self._request(self.query_url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                   "Accept": "application/sparql-results+json"}, timeout)
        return json.loads(raw)

    def ask(self, query: str, timeout: float = 5.0) -> bool:
        return bool(self.select(query, timeout)["boolean"])

    def count(self) -> int:
        r = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(r["results"]["bindings"][0]["n"]["value"])


# ---------------------------------------------------------------- CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="graph files or folders to load")
    parser.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default 127.0.0.1; only loopback addresses are accepted)")


def run(args) -> int:
    if args.host not in LOOPBACK:
        raise UsageError(f"--host {args.host}: only loopback (127.0.0.1, ::1, localhost) is served; "
                         "put a reverse proxy in front for anything else")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: not a port number")
    paths = collect_graphs(args.graphs)
    server = OxigraphServer(args.host, args.port or None)

    stopping = False
    serving = False

    def on_term(signum, frame):  # SIGTERM/SIGHUP behave like Ctrl-C: leave the wait, stop the child
        nonlocal stopping
        if not stopping:
            stopping = True
            # While serving, only the flag: an exception raised at an arbitrary point could strike inside
            # Popen's wait while it holds its waitpid lock, and every later wait on the child would then time
            # out (seen under load: exit 70 instead of 0). Starting and loading may be interrupted outright.
            if not serving:
                raise KeyboardInterrupt

    # SIGTERM and SIGINT both stop us, even where the shell started us with SIGINT ignored (`zhkg serve … &`)
    old = {sig: signal.signal(sig, on_term) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        try:
            server.start()
            server.load(paths)
            n = server.count()
            print(f"SPARQL endpoint: {server.query_url}  (update: {server.base}/update, "
                  f"graph store: {server.base}/store, UI: {server.base}/)", flush=True)
            print(f"loaded {len(paths)} file(s), {n:,} triples into the default graph; Ctrl-C to stop",
                  flush=True)
            serving = True
            while not stopping and server.proc.poll() is None:
                time.sleep(0.2)
            if not stopping:
                print(f"error: oxigraph exited unexpectedly ({server.proc.returncode}): {server._log_tail()}",
                      file=sys.stderr)
                return 70
        except KeyboardInterrupt:
            stopping = True
        print("stopping the SPARQL server …", file=sys.stderr, flush=True)
        return 0
    finally:
        server.stop()
        server._log.close()
        for sig, handler in old.items():
            signal.signal(sig, handler)
