class Wrapper:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def wrap(self, s):
        return f"{self.left}{s}{self.right}"
