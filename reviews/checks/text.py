"""Small helpers both text checks share."""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _as_text(text: object) -> str:
    if isinstance(text, str):
        return text
    return "" if text is None else str(text)
