from .forking import ForkRunner
