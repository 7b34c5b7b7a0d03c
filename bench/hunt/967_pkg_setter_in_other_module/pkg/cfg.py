from pkg.x import Runner
def enable():
    Runner.use_processes = True
