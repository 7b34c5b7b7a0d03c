def track_all(futures, cb):
    for f in futures:
        f.add_done_callback(cb)
