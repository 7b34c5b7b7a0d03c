class Settings:
    scale = 1
