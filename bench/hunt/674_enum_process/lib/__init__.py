from .kinds import Kind
from .runner import Runner
