from .par import *
