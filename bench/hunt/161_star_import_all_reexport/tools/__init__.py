from .par import *
from .text import *
