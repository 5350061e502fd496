"""Turning a file's bytes into text, or a clear reason why not."""

from __future__ import annotations

import re

from newsfuse.errors import BinaryInputError, DecodeInputError, EmptyInputError

__all__ = ["decode_bytes"]

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


def decode_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode ``data``; return the text and a warning (or None).

    UTF-8 first (with or without a byte-order mark, or UTF-16 with one), then
    cp1252 with a warning, since Windows-encoded news text is common and
    latin-1 would silently accept anything.
    """
    if not data.strip():
        raise EmptyInputError(source, "file is empty")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(source, f"binary file ({what}), not an article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise DecodeInputError(source, f"invalid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise BinaryInputError(source, "binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DecodeInputError(
                source, f"cannot decode as UTF-8 or cp1252 (byte 0x{data[exc.start]:02x} at {exc.start})"
            ) from None
        _refuse_control_characters(text, source)
        return text, "not valid UTF-8; decoded as cp1252"
    if not text.strip():
        raise EmptyInputError(source, "file is empty")
    return text, None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _refuse_control_characters(text: str, source: str) -> None:
    """Text full of control characters is binary data that happened to decode.

    Checked after the cp1252 fallback only: cp1252 takes almost any byte,
    while binary data practically never passes as valid UTF-8.
    """
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise BinaryInputError(source, "binary file (control characters), not an article")
