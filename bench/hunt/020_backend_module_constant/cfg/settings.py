# Flip to False when debugging: thread pools keep tracebacks readable.
USE_PROCESSES = True
