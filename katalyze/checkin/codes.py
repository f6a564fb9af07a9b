"""Badge codes: short, checkable, tied to one event, immune to keyboard layouts.

A code is ten letters from a 17-letter alphabet::

    T T T  R R R R R  C C
    event  random     check
    tag    (secrets)  letters

* **Alphabet** ``BCDEFGHJKNPRSTUVX``. A handheld scanner types *keys*: one set up
  for US-QWERTY that types into a French AZERTY or a German QWERTZ laptop (or the
  reverse) turns digits into ``&é"'(``, swaps a/q, z/w, y/z and moves m. The
  seventeen letters kept sit on the same key in all three layouts, so every
  pairing types the code unchanged; I, L and O are left out so that a code read
  aloud is never ambiguous (no 1/l/I, 0/O). Scans are upper-cased because Caps
  Lock inverts the case a scanner sends.
* **Event tag**: three letters derived from the event's secret (HMAC-SHA-256), so
  a badge from another event (last year's) is recognised as *foreign*.
* **Random part**: five letters drawn with :mod:`secrets` (1.4 million values per
  event): nothing personal goes in, and nobody can derive a code from a name or
  an e-mail address.
* **Check letters**: the ten values ``v1..v10`` (0-16) satisfy
  ``Σ vi ≡ 0`` and ``Σ i·vi ≡ 0 (mod 17)``. Seventeen is prime, so any single
  changed letter breaks the first sum, and any swap of two letters (adjacent or
  not) breaks the second: a mistyped code is always *invalid*, never another
  participant's, never *foreign*.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets as _secrets
import unicodedata
from collections.abc import Container
from typing import Literal

ALPHABET = "BCDEFGHJKNPRSTUVX"
BASE = len(ALPHABET)  # 17, prime
TAG_LENGTH = 3
RANDOM_LENGTH = 5
CHECK_LENGTH = 2
CODE_LENGTH = TAG_LENGTH + RANDOM_LENGTH + CHECK_LENGTH  # 10

_VALUE = {letter: i for i, letter in enumerate(ALPHABET)}
# What people and scanners put between groups: spaces, dashes, dots, slashes.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·/:]+")
_RUN = re.compile(f"[{ALPHABET}]+")

CodeClass = Literal["valid", "invalid", "foreign"]


def _letters(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        value, digit = divmod(value, BASE)
        out.append(ALPHABET[digit])
    return "".join(reversed(out))


def event_tag(secret: str) -> str:
    """The three letters that start every code of the event keyed by ``secret``."""
    digest = hmac.new(secret.encode("utf-8"), b"katalyze badge tag v1", hashlib.sha256).digest()
    return _letters(int.from_bytes(digest[:8], "big") % BASE**TAG_LENGTH, TAG_LENGTH)


def check_letters(body: str) -> str:
    """The two check letters that complete the eight letters of ``body``."""
    if len(body) != TAG_LENGTH + RANDOM_LENGTH or any(c not in _VALUE for c in body):
        raise ValueError(f"not a code body: {body!r}")
    values = [_VALUE[c] for c in body]
    s = sum(values)
    t = sum((i + 1) * v for i, v in enumerate(values))
    # Solve s + c9 + c10 ≡ 0 and t + 9·c9 + 10·c10 ≡ 0 (mod 17).
    c10 = (9 * s - t) % BASE
    c9 = (-s - c10) % BASE
    return ALPHABET[c9] + ALPHABET[c10]


def _checks_out(code: str) -> bool:
    values = [_VALUE[c] for c in code]
    return sum(values) % BASE == 0 and sum((i + 1) * v for i, v in enumerate(values)) % BASE == 0


def new_code(secret: str, taken: Container[str] = ()) -> str:
    """A fresh code for the event keyed by ``secret``, not in ``taken``."""
    tag = event_tag(secret)
    for _ in range(10_000):
        body = tag + "".join(_secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
        code = body + check_letters(body)
        if code not in taken:
            return code
    raise RuntimeError("no free badge code left")  # 1.4 million codes per event


def normalize_scan(raw: str) -> str:
    """What a scanner or a person typed, reduced to the letters of a code.

    Case is ignored (Caps Lock), group separators are dropped (``BCD-FGHJK-NP``,
    ``bcd fghjk np``), and a scanner's prefix or suffix (an AIM identifier such
    as ``]Q1``, a stray Enter or Tab) is cut off when exactly one run of ten
    code letters remains. Anything else comes back upper-cased for
    :func:`classify_code` to call invalid.
    """
    text = unicodedata.normalize("NFKC", raw or "").upper().strip()
    compact = _SEPARATORS.sub("", text)
    if all(c in _VALUE for c in compact):
        return compact
    runs = [run for run in _RUN.findall(compact) if len(run) == CODE_LENGTH]
    if len(runs) == 1:
        return runs[0]
    return compact


def looks_like_code(raw: str) -> bool:
    """Whether ``raw`` is shaped like a badge code (ten code letters once
    normalised), whatever its check letters say; a typed name is not."""
    code = normalize_scan(raw)
    return len(code) == CODE_LENGTH and all(c in _VALUE for c in code)


def well_formed(code: str) -> bool:
    """Ten code letters whose check letters add up (any event's code)."""
    return len(code) == CODE_LENGTH and all(c in _VALUE for c in code) and _checks_out(code)


def classify_code(code: str, secret: str) -> CodeClass:
    """*valid* (well-formed, this event), *foreign* (well-formed, another
    event) or *invalid* (wrong length, letters or check letters).

    ``code`` should come from :func:`normalize_scan`.
    """
    if len(code) != CODE_LENGTH or any(c not in _VALUE for c in code):
        return "invalid"
    if not _checks_out(code):
        return "invalid"
    if code[:TAG_LENGTH] != event_tag(secret):
        return "foreign"
    return "valid"


def format_code(code: str) -> str:
    """The code as printed under the QR: ``BCD FGHJK NP``."""
    if len(code) != CODE_LENGTH:
        return code
    a, b = TAG_LENGTH, TAG_LENGTH + RANDOM_LENGTH
    return f"{code[:a]} {code[a:b]} {code[b:]}"
