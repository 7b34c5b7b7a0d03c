from multiprocessing import Pool

PROCESSES = 2

def fastmap(function, iterable, display_progress=False):
    with Pool(processes=PROCESSES) as p:
        if display_progress:
            out = []
            for res in p.imap(func=function, iterable=iterable):
                out.append(res)
            return out
        return list(p.imap(func=function, iterable=iterable))
