class Settings:
    precision = 2

    @classmethod
    def load(cls, mapping):
        for key, value in mapping.items():
            setattr(cls, key, value)
