SCALE = 10.0
normalize = lambda x: x / SCALE
