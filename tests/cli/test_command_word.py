"""Command lines we print for the user to copy survive the shell they paste them into."""

from __future__ import annotations

import shlex

import pytest

from kam.cli.output import command_word


@pytest.mark.parametrize(
    "word",
    [
        "postgresql://admin@/kam?host=%2Fvar%2Frun%2Fpostgresql&port=5432",
        "postgresql://anna@kam-server/kam",
        r"C:\Users\王强\My Documents\kam.sqlite3",
        "kam.sqlite3",
    ],
)
def test_a_printed_word_reads_back_as_one_word(word: str) -> None:
    printed = command_word(word)
    if "\\" not in word:  # POSIX shells treat backslashes outside quotes as escapes
        assert shlex.split(f"kam --db {printed} sync") == ["kam", "--db", word, "sync"]
    assert printed == word or printed == f'"{word}"'


def test_plain_words_are_left_bare() -> None:
    assert command_word("postgresql://anna@kam-server/kam") == "postgresql://anna@kam-server/kam"
    assert command_word("a b") == '"a b"'
    assert command_word("host=x&port=1") == '"host=x&port=1"'
