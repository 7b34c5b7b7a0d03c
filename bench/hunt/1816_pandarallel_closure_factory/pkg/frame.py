class Frame:
    def __init__(self, rows):
        self.rows = list(rows)

    def __repr__(self):
        return f"Frame({self.rows})"
