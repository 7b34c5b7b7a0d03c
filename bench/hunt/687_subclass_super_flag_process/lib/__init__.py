from .base import Runner
from .process import ProcessRunner
