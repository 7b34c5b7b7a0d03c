from .bg import background
