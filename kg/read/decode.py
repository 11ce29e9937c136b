"""Bytes to text for untrusted files: BOMs, UTF-16/32, legacy 8-bit encodings, binaries.

Decoding never fails on text: a file that is not valid UTF-8 is read as
Windows-1252 (Latin-1 for its five undefined bytes), unless it is UTF-8 with a
few stray bytes, which become U+FFFD. Binary files are recognised by their magic
numbers or by their share of control bytes and rejected with :class:`InputError`.

>>> decode_bytes("caf\\u00e9".encode("cp1252"))
'café'
>>> decode_bytes(b"\\xef\\xbb\\xbfhello")
'hello'
>>> decode_bytes("Genève".encode("utf-16-le"))
'Genève'
>>> decode_bytes("caf\\u00e9 \\u2013 ".encode() + b"\\xff")
'café – \\ufffd'
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
    b"MZ\x90\x00": "executable",
    b"\xfd7zXZ": "xz archive",
    b"\x28\xb5\x2f\xfd": "zstd archive",
    b"7z\xbc\xaf\x27\x1c": "7z archive",
    b"Rar!\x1a\x07": "rar archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "Office document",
    b"SQLite format 3\x00": "SQLite database",
    b"\x00asm": "WebAssembly module",
    b"\xca\xfe\xba\xbe": "Java class",
    b"OggS": "Ogg media",
    b"fLaC": "FLAC audio",
    b"ID3": "MP3 audio",
    b"wOFF": "web font",
    b"wOF2": "web font",
}
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_SAMPLE = 4096


def decode_bytes(data: bytes) -> str:
    """Decode file contents to text, or raise :class:`InputError` for binaries."""
    _reject_known_binary(data)
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strip_bom(data.decode("utf-32", errors="replace"))
    if data.startswith(codecs.BOM_UTF8):
        return _strip_bom(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strip_bom(data.decode("utf-16", errors="replace"))
    sample = data[:_SAMPLE]
    if sample and sample.count(0) > len(sample) // 10:
        return _decode_nul_heavy(data)
    text = _decode_8bit(data)
    if not _mostly_text(text[:_SAMPLE]):
        raise InputError("binary file (unprintable bytes), not text")
    return text


def _reject_known_binary(data: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        raise InputError(f"binary file ({_RIFF_KINDS[data[8:12]]}), not text")
    if data[4:8] == b"ftyp":
        raise InputError("binary file (MP4/QuickTime media), not text")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _decode_nul_heavy(data: bytes) -> str:
    """Many NUL bytes without a BOM: UTF-16 without BOM, NUL-padded text, or binary."""
    sample = data[: _SAMPLE - _SAMPLE % 4]
    even, odd = sample[0::2], sample[1::2]
    for enc, zeros, chars in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # ASCII-range UTF-16 has a NUL in every other byte, and only there.
        if zeros.count(0) > len(zeros) * 6 // 10 and chars.count(0) < len(chars) // 10:
            text = data[: len(data) - len(data) % 2].decode(enc, errors="replace")
            if _mostly_text(text[:_SAMPLE]):
                return text
    # Text padded or interleaved with NULs (UTF-32 without BOM, a truncated
    # download): what is left after dropping them must read as text.
    text = _decode_8bit(data.replace(b"\x00", b""))
    if text.strip() and _mostly_text(text[:_SAMPLE]):
        return text
    raise InputError("binary file (many NUL bytes), not text")


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    errors = lenient.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in lenient if ord(c) > 0x7F) - lenient.count("\ufffd")
    if multibyte > errors:
        # UTF-8 with a few stray bytes: keep the good characters.
        return lenient
    # Legacy single-byte text: Windows-1252 is a superset of Latin-1's
    # printable range; fall back to Latin-1 for its five undefined bytes.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    # NUL is not counted: stray NULs are dropped later, NUL-heavy data is judged above.
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f\x00") or c == "\ufffd")
    return bad <= max(1, len(text) // 20)
