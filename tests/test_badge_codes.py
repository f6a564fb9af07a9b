"""Badge codes: alphabet, check letters, event tag, keyboard layouts, re-issue."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from katalyze.checkin.codes import (
    ALPHABET,
    CODE_LENGTH,
    check_letters,
    classify_code,
    event_tag,
    format_code,
    looks_like_code,
    new_code,
    normalize_scan,
)
from katalyze.checkin.service import (
    check_in_code,
    issue_missing_codes,
    reissue_badge,
    undo_check_in,
)
from katalyze.events import get_event
from katalyze.participants import ParticipantDraft, add_participant, list_participants

SECRET = "0123456789abcdef0123456789abcdef"
OTHER_SECRET = "fedcba9876543210fedcba9876543210"

# --- keyboards: what each physical key types, unshifted and shifted -------------
# Four rows of the main block (the ISO key left of Enter stands where ANSI's
# backslash is). A handheld scanner sends key presses for the characters of
# *its* layout; the laptop turns those keys into characters of *its* layout.
LAYOUTS: dict[str, tuple[tuple[str, str], ...]] = {
    "US": (
        ("`1234567890-=", "~!@#$%^&*()_+"),
        ("qwertyuiop[]\\", "QWERTYUIOP{}|"),
        ("asdfghjkl;'", 'ASDFGHJKL:"'),
        ("zxcvbnm,./", "ZXCVBNM<>?"),
    ),
    "FR": (
        ("²&é\"'(-è_çà)=", "³1234567890°+"),
        ("azertyuiop^$*", "AZERTYUIOP¨£µ"),
        ("qsdfghjklmù", "QSDFGHJKLM%"),
        ("wxcvbn,;:!", "WXCVBN?./§"),
    ),
    "DE": (
        ("^1234567890ß´", '°!"§$%&/()=?`'),
        ("qwertzuiopü+#", "QWERTZUIOPÜ*'"),
        ("asdfghjklöä", "ASDFGHJKLÖÄ"),
        ("yxcvbnm,.-", "YXCVBNM;:_"),
    ),
}
PAIRINGS = [(s, h) for s in LAYOUTS for h in LAYOUTS if s != h]


def key_table(scanner: str, host: str) -> dict[str, str]:
    """Character the scanner means -> character the host types (same key)."""
    table: dict[str, str] = {}
    for (s_plain, s_shift), (h_plain, h_shift) in zip(LAYOUTS[scanner], LAYOUTS[host], strict=True):
        for s_row, h_row in ((s_plain, h_plain), (s_shift, h_shift)):
            for s_char, h_char in zip(s_row, h_row, strict=True):
                table[s_char] = h_char
    return table


def typed(code: str, scanner: str, host: str, *, caps_lock: bool = False) -> str:
    table = key_table(scanner, host)
    out = "".join(table[c] for c in code)
    return out.swapcase() if caps_lock else out


def test_key_tables_move_what_keyboards_really_move() -> None:
    us_fr = key_table("US", "FR")
    assert us_fr["1"] == "&" and us_fr["2"] == "é" and us_fr["5"] == "("
    assert us_fr["A"] == "Q" and us_fr["Q"] == "A" and us_fr["Z"] == "W" and us_fr["M"] == "?"
    assert key_table("US", "DE")["Y"] == "Z" and key_table("DE", "US")["Z"] == "Y"
    assert key_table("FR", "DE")["A"] == "Q" and key_table("DE", "FR")["W"] == "Z"
    # A naive code with digits and a/q/z/w/m/y would not survive.
    assert typed("AQ12ZWMY", "US", "FR") != "AQ12ZWMY"
    assert typed("AQ12ZWMY", "US", "DE") != "AQ12ZWMY"


def test_alphabet_is_prime_unambiguous_and_layout_proof() -> None:
    assert len(ALPHABET) == 17 == len(set(ALPHABET))
    assert not set(ALPHABET) & set("ILO0123456789AQZWMY")
    for scanner, host in PAIRINGS:
        table = key_table(scanner, host)
        for letter in ALPHABET:
            assert table[letter] == letter, (scanner, host, letter)
            assert table[letter.lower()] == letter.lower(), (scanner, host, letter)


def test_codes_shape_and_uniqueness() -> None:
    taken: set[str] = set()
    for _ in range(2000):
        code = new_code(SECRET, taken)
        assert code not in taken
        taken.add(code)
        assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
        assert code.startswith(event_tag(SECRET))
        assert classify_code(code, SECRET) == "valid"
    assert format_code("BCDFGHJKNP") == "BCD FGHJK NP"


def test_event_tag_is_keyed_by_the_secret() -> None:
    assert event_tag(SECRET) == event_tag(SECRET)
    tags = {event_tag(f"secret-{i}") for i in range(200)}
    assert len(tags) > 150  # 4,913 possible tags


def test_foreign_codes_are_foreign_not_invalid() -> None:
    assert event_tag(SECRET) != event_tag(OTHER_SECRET)
    for _ in range(200):
        other = new_code(OTHER_SECRET)
        assert classify_code(other, SECRET) == "foreign"
        assert classify_code(other, OTHER_SECRET) == "valid"


def _random_code(rng: random.Random) -> str:
    body = event_tag(SECRET) + "".join(rng.choice(ALPHABET) for _ in range(5))
    return body + check_letters(body)


def test_every_single_substitution_and_transposition_is_invalid() -> None:
    rng = random.Random(3)
    for _ in range(300):
        code = _random_code(rng)
        for i in range(CODE_LENGTH):
            for letter in ALPHABET:
                if letter != code[i]:
                    altered = code[:i] + letter + code[i + 1 :]
                    assert classify_code(altered, SECRET) == "invalid", (code, altered)
                    assert classify_code(altered, OTHER_SECRET) == "invalid"
            for j in range(i + 1, CODE_LENGTH):
                if code[i] != code[j]:
                    swapped = list(code)
                    swapped[i], swapped[j] = swapped[j], swapped[i]
                    assert classify_code("".join(swapped), SECRET) == "invalid"


ALTERATIONS = ALPHABET + "AIOLMQWYZ0123456789&é\"'(-_ .#é*?"


@settings(max_examples=400, deadline=None)
@given(
    seed=st.integers(0, 10**9),
    position=st.integers(0, CODE_LENGTH - 1),
    replacement=st.sampled_from(ALTERATIONS),
)
def test_property_any_single_altered_character_is_invalid(
    seed: int, position: int, replacement: str
) -> None:
    code = new_code(str(seed))
    if replacement.upper() == code[position]:
        replacement = ALPHABET[(ALPHABET.index(code[position]) + 1) % len(ALPHABET)]
    altered = code[:position] + replacement + code[position + 1 :]
    assert classify_code(normalize_scan(altered), str(seed)) == "invalid"
    # Also as a scanner would send it (lower case, prefix, Enter).
    assert classify_code(normalize_scan(f"]Q1{altered.lower()}\r\n"), str(seed)) == "invalid"


def test_normalize_scan_accepts_what_scanners_and_people_send() -> None:
    code = new_code(SECRET)
    variants = [
        code,
        code.lower(),
        format_code(code),
        format_code(code).lower().replace(" ", "-"),
        f"  {code}\t",
        f"{code}\r\n",
        f"]Q1{code}",
        f"]E0{code}\n",
    ]
    for raw in variants:
        assert normalize_scan(raw) == code, raw
        assert looks_like_code(raw)
    assert not looks_like_code("Dupont")
    assert not looks_like_code("Jean-Pierre Martin")


def _event_with_people(db, n: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    for i in range(n):
        add_participant(db, ParticipantDraft(first_name=f"P{i}", last_name=f"Nom{i}"))
    issue_missing_codes(db)
    return {p.id: p.badge_code for p in list_participants(db) if p.badge_code}


@pytest.mark.parametrize(("scanner", "host"), PAIRINGS)
def test_every_code_checks_in_through_every_layout_pairing(db, scanner: str, host: str) -> None:  # type: ignore[no-untyped-def]
    codes = _event_with_people(db, 20)
    for caps_lock in (False, True):
        for pid, code in codes.items():
            sent = typed(code, scanner, host, caps_lock=caps_lock)
            result = check_in_code(db, sent + "\r", station=f"{scanner}->{host}")
            assert (result.status, result.participant_id) == ("ok", pid), (code, sent)
        for pid in codes:
            undo_check_in(db, pid)


def test_every_code_of_the_event_survives_every_pairing(db) -> None:  # type: ignore[no-untyped-def]
    codes = _event_with_people(db, 120)
    assert len(codes) == 120
    for code in codes.values():
        for scanner, host in PAIRINGS:
            assert normalize_scan(typed(code, scanner, host)) == code
            assert normalize_scan(typed(code, scanner, host, caps_lock=True)) == code


def test_single_alterations_check_in_as_invalid(db) -> None:  # type: ignore[no-untyped-def]
    codes = _event_with_people(db, 2)
    code = next(iter(codes.values()))
    for i in range(CODE_LENGTH):
        for letter in ALPHABET:
            if letter != code[i]:
                result = check_in_code(db, code[:i] + letter + code[i + 1 :], "Entrée")
                assert result.status == "invalid"
                assert result.participant_id is None


def test_foreign_and_replaced_badges(db) -> None:  # type: ignore[no-untyped-def]
    codes = _event_with_people(db, 3)
    assert get_event(db)  # the event exists
    last_year = new_code(OTHER_SECRET)
    assert check_in_code(db, last_year).status == "foreign"
    pid, old = next(iter(codes.items()))
    new = reissue_badge(db, pid)
    assert new != old
    replaced = check_in_code(db, old)
    assert (replaced.status, replaced.participant_id) == ("replaced", pid)
    assert "remplacé" in replaced.message
    assert check_in_code(db, new).status == "ok"
    # Re-issuing again keeps both old codes answering "replaced".
    newest = reissue_badge(db, pid)
    assert check_in_code(db, new).status == "replaced"
    assert check_in_code(db, newest).status == "already"
