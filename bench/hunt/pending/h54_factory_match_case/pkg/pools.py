from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind="thread"):
    match kind.strip().lower():
        case "process" | "proc":
            return ProcessPoolExecutor(2)
        case _:
            return ThreadPoolExecutor(2)

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
