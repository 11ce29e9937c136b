"""Untrusted text made safe to print: one line, control characters shown, not obeyed.

File names, article text and labels can hold newlines, terminal escape
sequences (``ESC [ 2 J`` clears the screen) or bidirectional overrides that
reorder what a reader sees. Everything kg prints for a person goes through
:func:`printable`.

>>> printable("evil\\x1b[2J\\nname\\u202e.txt")
'evil\\\\x1b[2J\\\\nname\\\\u202e.txt'
>>> printable("Zoë 😀 O'Brien")
"Zoë 😀 O'Brien"
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str, *, limit: int | None = None) -> str:
    """``text`` on one line with control, format and separator characters escaped
    (emoji joiners kept), cut to ``limit`` characters when given."""
    out = []
    for ch in text:
        if ch.isprintable() or ch == " " or ch == "\u200d":
            out.append(ch)
        elif unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}:
            out.append(_escape(ch))
        else:
            out.append(ch)
    line = "".join(out)
    if limit is not None and len(line) > limit:
        line = line[: max(limit - 3, 0)] + "..."
    return line
