"""Bytes to text for untrusted files: BOMs, UTF-16, legacy 8-bit encodings, binaries.

>>> decode_bytes("caf\\u00e9".encode("cp1252"))
'café'
>>> decode_bytes(b"\\xef\\xbb\\xbfhello")
'hello'
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n....")
Traceback (most recent call last):
...
kg.errors.InputError: binary file (PNG image), not text
"""

from __future__ import annotations

import codecs

from kg.errors import InputError

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\x1f\x8b": "gzip archive",
    b"PK\x03\x04": "zip archive",
    b"%PDF": "PDF document",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"BZh": "bzip2 archive",
    b"\x7fELF": "executable",
    b"\xfd7zXZ": "xz archive",
}


def decode_bytes(data: bytes) -> str:
    """Decode file contents to text, or raise :class:`InputError` for binaries."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace").lstrip("\ufeff")
    sample = data[:4096]
    if sample and sample.count(0) > len(sample) // 10:
        # Many NULs without a BOM: UTF-16 without BOM, or a binary file.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return text
        raise InputError("binary file (many NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy single-byte text: Windows-1252 is a superset of Latin-1's
        # printable range; fall back to Latin-1 for its five undefined bytes.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if not _mostly_text(text[:4096]):
        raise InputError("binary file (unprintable bytes), not text")
    return text


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad <= len(text) // 20
