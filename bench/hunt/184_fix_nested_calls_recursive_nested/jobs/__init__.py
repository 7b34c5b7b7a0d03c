from .bg import start_background
