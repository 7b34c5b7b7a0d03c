# WRONGFIX (PKL003): nested fn uses logging.getLogger(__name__). Fork: 'logger __main__ 1'; spawn/forkserver: 'logger __mp_main__ 1'.
# Plain __name__ (047) is refused; the getLogger(__name__) form is not.
import logging
from multiprocessing import Process

def main():
    k = 1
    def work():
        print("logger", logging.getLogger(__name__).name, k, flush=True)
    p = Process(target=work)
    p.start(); p.join()

if __name__ == "__main__":
    main()
