"""Render e-mails in parallel; isort configured in setup.cfg."""

import string
from multiprocessing import Pool
from multiprocessing import cpu_count

TEMPLATE = string.Template("Dear $name, your order $order has shipped.")


def render_all(customers, sender="shop@example.com"):
    signature = "-- The Shop"
    with Pool(max(1, min(2, cpu_count()))) as pool:
        return pool.map(
            lambda c: f"{TEMPLATE.substitute(c)}\n{signature} <{sender}>", customers
        )


if __name__ == "__main__":
    for mail in render_all([{"name": "Ann", "order": 1}, {"name": "Bo", "order": 2}]):
        print(mail)
