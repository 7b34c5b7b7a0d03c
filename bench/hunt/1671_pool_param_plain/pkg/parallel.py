def parallel_imap(func, args, pool):
    return list(pool.imap(func, args))
