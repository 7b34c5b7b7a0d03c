def enable(r):
    setattr(r, "use_processes", True)
