import multiprocessing

spawn = multiprocessing.get_context("spawn")


def subprocess_started(config, target, sockets):
    config.configure_logging()
    target(sockets=sockets)


def get_subprocess(config, target, sockets):
    kwargs = {"config": config, "target": target, "sockets": sockets}
    return spawn.Process(target=subprocess_started, kwargs=kwargs)
