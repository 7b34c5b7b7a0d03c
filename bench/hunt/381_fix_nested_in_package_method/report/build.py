from .par import ordered_map


class Report:
    def __init__(self, title, rows):
        self.title = title
        self.rows = rows

    def render(self):
        width = max(len(name) for name, _ in self.rows)

        def fmt(row):
            name, value = row
            return f"{name.ljust(width)} {value:>4}"

        return [self.title] + ordered_map(fmt, self.rows)
