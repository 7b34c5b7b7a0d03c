from .bg import run_in_background


def run_stage(name, n):
    tag = name.upper()

    def stage(q, count):
        q.put([tag + str(i) for i in range(count)])

    return run_in_background(stage, n)
