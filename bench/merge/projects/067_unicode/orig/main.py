# -*- coding: utf-8 -*-
# Übersetzungswerkzeug — © 2024 Ünïcödé GmbH
"""Greetings in several languages (non-ASCII source)."""

from concurrent.futures import ProcessPoolExecutor

GRÜSSE = {"de": "Grüß dich", "ja": "こんにちは", "fr": "Ça va"}


def grüßen(namen, satzzeichen="！"):
    präfix = "→"

    def gruß(name):  # 名前ごとに
        return f"{präfix} {GRÜSSE['ja']}、{name}{satzzeichen}"

    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(gruß, namen))


if __name__ == "__main__":
    print("\n".join(grüßen(["Jürgen", "さくら"])))
