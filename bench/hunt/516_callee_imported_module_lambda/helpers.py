square = lambda x: print("square", x * x, flush=True)
