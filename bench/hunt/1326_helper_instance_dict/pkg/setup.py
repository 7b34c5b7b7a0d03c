def enable(r, **opts):
    r.__dict__.update(use_processes=True, **opts)
