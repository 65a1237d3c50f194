"""Errors a user can act on. Each carries the exit code the CLI returns; the message is one line."""


class ExtractorError(Exception):
    exit_code = 70  # internal error (EX_SOFTWARE)


class UsageError(ExtractorError):
    exit_code = 2


class InputError(ExtractorError):
    """The input cannot be read as text (missing, binary, undecodable)."""

    exit_code = 66  # EX_NOINPUT


class ConfigError(ExtractorError):
    """A data file (gazetteer, patterns, metrics) is invalid; the message names file and line."""

    exit_code = 78  # EX_CONFIG


class OutputError(ExtractorError):
    exit_code = 73  # EX_CANTCREAT
