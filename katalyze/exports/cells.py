"""What every exported cell goes through: no control character, and no text
that a spreadsheet could take for a formula.

A spreadsheet starts a formula at ``=``, ``+``, ``-`` or ``@`` (and at a tab
or carriage return some tools strip first); Excel and LibreOffice also read
the full-width and small forms (``＝``, ``﹦``, ``＋``…) and the minus sign
``−`` as those. :func:`starts_like_formula` tests the first character after
Unicode compatibility folding (NFKC), so every look-alike is caught.
"""

from __future__ import annotations

import re
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\u2212")
# C0 and C1 control characters and DEL, except the line feed (a line break
# inside a note); tabs become spaces.
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula."""
    if not text:
        return False
    first = text[0]
    return first in FORMULA_STARTS or unicodedata.normalize("NFKC", first)[:1] in FORMULA_STARTS


def clean_text(text: str) -> str:
    """``text`` with line ends as ``\\n``, tabs as spaces and no other control character."""
    value = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return CONTROL_RE.sub("", value)


# What XML 1.0 (the inside of an XLSX) cannot hold at all: C0 controls but
# tab, line feed and carriage return, and the non-characters U+FFFE, U+FFFF.
XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters an XLSX file cannot hold."""
    return XML_ILLEGAL_RE.sub("", text)
