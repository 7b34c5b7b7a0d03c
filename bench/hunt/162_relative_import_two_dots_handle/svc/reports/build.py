from ..engine import submit


def build(rows, currency):
    handles = [submit(lambda amount: f"{amount:.2f} {currency}", r) for r in rows]
    return [h.result() for h in handles]
