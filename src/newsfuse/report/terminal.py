"""Untrusted text made safe for a terminal.

Article text, metadata and file names come from outside. Written to a
terminal as they are, an escape sequence in them can recolour the screen,
retitle the window, move the cursor or hide text, and a newline in a file
name forges a second ``newsfuse:`` line on standard error. Two treatments:

* :func:`one_line` for stderr messages: every control character, line or
  paragraph separator and bidirectional override is written as a Python
  escape (``\\n``, ``\\x1b``, ``\\u202e``), so a message is always exactly one
  line and shows what the input really holds;
* :func:`terminal_safe` for the text report: line breaks and tabs stay (they
  are the layout), every other control character becomes a visible stand-in
  of the same length (its Unicode control picture, such as ``␛`` for ESC,
  or U+FFFD for a C1 control), so spans into the text stay valid.
"""

from __future__ import annotations

import re
from typing import TypeVar

import msgspec

__all__ = ["one_line", "terminal_safe", "terminal_safe_report"]

_UNSAFE_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Controls (C0, DEL, C1), line and paragraph separators, bidi embeddings and isolates, lone surrogates."""

_UNSAFE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""The same, less the line feed and tab that lay out the text report."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``text`` as one terminal line: controls and separators written as escapes."""
    return _UNSAFE_IN_LINE.sub(_escape, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def terminal_safe(text: str) -> str:
    """``text`` with every control but line feed and tab replaced one for one by a visible stand-in."""
    return _UNSAFE_IN_TEXT.sub(_picture, text)


T = TypeVar("T")


def _walk(value: object) -> object:
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, (list, tuple)):
        return [_walk(item) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item) for key, item in value.items()}
    return value


_MAYBE_UNSAFE_JSON = re.compile(rb"\\[bfr]|\\u00|\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
"""In a struct's JSON: where a character :func:`terminal_safe` replaces may be (escaped controls, raw C1, bidi).

A match may be a false alarm (``\\\\r`` is a backslash and an r); no match means there is nothing to replace."""


def _surely_safe(value: object) -> bool:
    try:
        encoded = msgspec.json.encode(value)
    except (UnicodeEncodeError, msgspec.EncodeError):  # a lone surrogate: the slow path replaces it
        return False
    return _MAYBE_UNSAFE_JSON.search(encoded) is None


def _safe_copy(value: T) -> T:
    """``value`` with :func:`terminal_safe` applied to every string in it (a walk over all of it)."""
    if isinstance(value, str):
        return terminal_safe(value)  # type: ignore[return-value]
    if isinstance(value, msgspec.Struct):
        return msgspec.convert(_walk(msgspec.to_builtins(value)), type(value))
    if isinstance(value, tuple):
        return tuple(_safe_copy(item) for item in value)  # type: ignore[return-value]
    return value  # a number, a flag or None


def terminal_safe_report(report: T) -> T:
    """A copy of a model struct with :func:`terminal_safe` applied to every string in it.

    The struct itself when its JSON shows no character to replace (one fast
    encoding instead of a walk over every string); otherwise only the rows of
    its tables (and the other fields) that may hold one are walked and copied,
    so that one article with a control character does not cost a walk over
    the whole report.
    """
    if _surely_safe(report):
        return report
    if not isinstance(report, msgspec.Struct):
        return _safe_copy(report)
    changes: dict[str, object] = {}
    for name in report.__struct_fields__:
        value = getattr(report, name)
        if isinstance(value, tuple):
            rows = tuple(row if _surely_safe(row) else _safe_copy(row) for row in value)
            if any(new is not old for new, old in zip(rows, value, strict=True)):
                changes[name] = rows
        elif not _surely_safe(value):
            changes[name] = _safe_copy(value)
    return msgspec.structs.replace(report, **changes)
