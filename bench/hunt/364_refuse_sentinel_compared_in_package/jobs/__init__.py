from .spawning import start
