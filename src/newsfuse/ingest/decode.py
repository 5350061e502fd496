"""Turning a file's bytes into text, or a clear reason why not.

* A known binary signature (PDF, images, archives, executables) or a NUL
  byte anywhere in an 8-bit text is refused as binary: NULs never occur in
  UTF-8 or cp1252 text, wherever in the file they are.
* A byte-order mark decides the encoding: UTF-32 (checked first: the UTF-32
  little-endian mark begins with the UTF-16 one), UTF-16, UTF-8.
* Otherwise UTF-8, then cp1252 with a warning (Windows-encoded news text is
  common, and latin-1 would silently accept anything). Text decoded as
  cp1252 is refused as binary when the first :data:`CONTROL_SAMPLE_CHARS`
  (8,192) characters hold more than :data:`MAX_CONTROL_SHARE` (1 in 100) or
  :data:`MAX_CONTROL_CHARACTERS` (2) control characters, whichever is more:
  cp1252 takes almost any byte, and news text holds none but a stray one.

JSON Lines decide per line (:func:`decode_line`): one record pasted from a
Windows tool does not make the whole file cp1252.

A small table the user gives beside the articles (an outlet table, a
``sources.csv``) is read whole by :func:`read_capped_text`: strict UTF-8 (a
byte-order mark dropped), no cp1252 fallback (a table's names and addresses
are looked up as written, and a guess at its encoding would silently spoil
them), refused when larger than the caller's limit (such a table is a few
hundred rows; one of megabytes is the wrong file).
"""

from __future__ import annotations

import re
from pathlib import Path

from newsfuse.errors import BinaryInputError, DecodeInputError, EmptyInputError, InputError, MalformedInputError

__all__ = ["CP1252_WARNING", "decode_bytes", "decode_line", "read_capped_text", "refuse_binary", "unicode_bom"]

CP1252_WARNING = "not valid UTF-8; decoded as cp1252"
CONTROL_SAMPLE_CHARS = 8192
"""Characters of a cp1252-decoded text looked at for control characters (module docstring)."""
MAX_CONTROL_SHARE = 100
"""... more than one control character in this many makes it binary ..."""
MAX_CONTROL_CHARACTERS = 2
"""... and so do more than this many, in a short text."""

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
"""Byte-order marks of the wide encodings, UTF-32 first: its little-endian mark starts with UTF-16's."""


def unicode_bom(data: bytes) -> str | None:
    """The wide encoding (``utf-32`` or ``utf-16``) a byte-order mark at the start of ``data`` names."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def refuse_binary(data: bytes, source: str, *, nul_window: int | None = None) -> None:
    """Raise unless ``data`` may be text: not empty, no binary signature, no NUL byte.

    ``nul_window`` limits the NUL search to the first bytes (JSON Lines: a NUL
    further on spoils one line, which the line reader reports on its own).
    Files with a UTF-16 or UTF-32 byte-order mark hold NUL bytes by nature and
    are checked after decoding instead.
    """
    if not data.strip():
        raise EmptyInputError(source, "file is empty")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(source, f"binary file ({what}), not an article")
    if unicode_bom(data) is None and b"\x00" in data[:nul_window]:
        raise BinaryInputError(source, "binary file (contains NUL bytes), not an article")


def decode_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode ``data``; return the text and a warning (or None)."""
    refuse_binary(data, source)
    wide = unicode_bom(data)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            raise DecodeInputError(source, f"invalid {wide.upper()} ({exc.reason})") from None
        if "\x00" in text:
            raise BinaryInputError(source, f"binary file (NUL characters in {wide.upper()} text), not an article")
        text = text.lstrip("\ufeff")
    else:
        text, warning = decode_line(data, source)
        if warning:
            _refuse_control_characters(text, source)
            return text, warning
    if not text.strip():
        raise EmptyInputError(source, "file is empty")
    return text, None


def decode_line(data: bytes, source: str, line: int | None = None) -> tuple[str, str | None]:
    """UTF-8 (a byte-order mark dropped), else cp1252 with :data:`CP1252_WARNING`."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), CP1252_WARNING
    except UnicodeDecodeError as exc:
        raise DecodeInputError(
            source, f"cannot decode as UTF-8 or cp1252 (byte 0x{data[exc.start]:02x} at {exc.start})", line=line
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _refuse_control_characters(text: str, source: str) -> None:
    """Text full of control characters is binary data that happened to decode.

    Checked after the cp1252 fallback only: cp1252 takes almost any byte,
    while binary data practically never passes as valid UTF-8.
    """
    sample = text[:CONTROL_SAMPLE_CHARS]
    if len(_CONTROL.findall(sample)) > max(MAX_CONTROL_CHARACTERS, len(sample) // MAX_CONTROL_SHARE):
        raise BinaryInputError(source, "binary file (control characters), not an article")


def read_capped_text(path: str | Path, what: str, limit: int) -> str:
    """The UTF-8 text of the file at ``path`` (a byte-order mark dropped), named ``what`` in any error.

    Raises :class:`~newsfuse.errors.InputError` when the file cannot be read
    or is over ``limit`` bytes, :class:`~newsfuse.errors.MalformedInputError`
    when it is not UTF-8.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read {what} ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(source, f"{what} is over {limit:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MalformedInputError(source, f"{what} is not UTF-8") from None
