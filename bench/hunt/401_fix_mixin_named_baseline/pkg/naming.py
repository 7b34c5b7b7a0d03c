class Named:
    def __init__(self, name):
        self.name = name
        self.tag = name.upper()

    def describe(self):
        return f"<{self.tag}>"
