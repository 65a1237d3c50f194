"""`zhkg`: a thin command line over the package's functions. Parse, check, call, report.

Exit codes: 0 ok, 1 some documents skipped, 2 usage, 66 unreadable input, 70 internal error,
73 cannot write output, 78 invalid data/config file, 130 interrupted."""
from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
import traceback

from .errors import ExtractorError, UsageError

# Subcommands implemented in their own modules, each exposing add_arguments(parser) and run(args) -> int.
COMMANDS = {
    "evaluate": ("extractor.evaluate", "score the NER and segmenter on an annotated corpus"),
    "query": ("extractor.query", "run SPARQL over graphs in an embedded store"),
    "serve": ("extractor.serve", "serve graphs from an Oxigraph SPARQL server on loopback"),
    "export": ("extractor.export", "export graphs for graph viewers (GraphML, GEXF, Cytoscape, HTML …)"),
    "validate": ("extractor.validate", "validate graphs against the SHACL shapes"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zhkg", description="Offline Chinese knowledge-graph extractor.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    ex = sub.add_parser("extract", help="extract a knowledge graph from articles into Turtle")
    ex.add_argument("inputs", nargs="+", help="files or folders (.txt, .md, .html)")
    ex.add_argument("-o", "--output", required=True, help="Turtle file to write")
    ex.add_argument("--base", help="base IRI for minted resources (default https://example.org/kg/id/)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=run_extract)

    for name, (module, help_text) in COMMANDS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        p = sub.add_parser(name, help=help_text)
        mod.add_arguments(p)
        p.set_defaults(func=mod.run)
    return parser


class Interrupts:
    """Ctrl-C raises KeyboardInterrupt as usual and is also remembered, and `check` raises it again: an
    interrupt that lands inside a compiled extension can be swallowed there (it prints "Exception ignored" and
    carries on), and the run must still stop at the next document rather than go on for minutes."""

    def __init__(self):
        self.seen = False
        self.previous = None

    def _handle(self, signum, frame):
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt

    def __enter__(self) -> "Interrupts":
        if threading.current_thread() is threading.main_thread():  # signal handlers live in the main thread
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def run_extract(args) -> int:
    with Interrupts() as interrupts:
        return _run_extract(args, interrupts)


def _run_extract(args, interrupts: Interrupts) -> int:
    from .extract import extract_paths
    from .io import collect_inputs
    from .pipeline import load_pipeline

    paths = collect_inputs(args.inputs)  # before the pipeline loads: a missing input fails at once
    # extract the files found here rather than walk the folders again; with none, the folders themselves, so
    # that the error names them
    inputs = [str(p) for p in paths] or args.inputs
    nlp = load_pipeline()
    errors: list[str] = []

    def warn(msg: str) -> None:
        errors.append(msg)
        print(f"warning: skipped {msg}", file=sys.stderr)

    total_chars = 0

    def count(doc) -> None:
        nonlocal total_chars
        total_chars += len(doc.text)
        interrupts.check()

    if len(paths) > 1 and not args.quiet and sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task(f"extracting {len(paths)} documents", total=len(paths))

            def step(doc) -> None:
                count(doc)
                progress.advance(task)

            result = extract_paths(inputs, args.output, nlp, step, warn, args.base)
    else:
        result = extract_paths(inputs, args.output, nlp, count, warn, args.base)
    s = result.stats
    print(f"{args.output}: {s['documents']} document(s), {total_chars:,} chars, {s['entities']} entities "
          f"({s['people']} people, {s['organisations']} organisations/brands, {s['places']} places), "
          f"{s['figures']} figures, {s['relations']} relations")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            raise UsageError("zhkg: choose a command: extract, " + ", ".join(COMMANDS))
        return args.func(args)
    except ExtractorError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line unless --debug
        if debug:
            traceback.print_exc()
        print(f"error: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
