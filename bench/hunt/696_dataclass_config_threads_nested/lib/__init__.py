from .config import Config
from .runner import Runner
