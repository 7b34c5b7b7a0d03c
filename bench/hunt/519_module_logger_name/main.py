# WRONGFIX: module-level log = logging.getLogger(__name__) used by the lifted worker with %(name)s.
# Fork: '__main__ hello w'; spawn/forkserver: '__mp_main__ hello w'. (IS_SCRIPT = __name__ == '__main__', 058, is refused.)
import logging, sys
from multiprocessing import Process

log = logging.getLogger(__name__)

def main():
    who = "w"
    def work():
        logging.basicConfig(stream=sys.stdout, format="%(name)s %(message)s")
        log.warning("hello %s", who)
        sys.stdout.flush()
    p = Process(target=work)
    p.start(); p.join()

if __name__ == "__main__":
    main()
