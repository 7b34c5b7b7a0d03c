# shape: Process(target=svc.serve) where svc (class in a package) stores a formatter lambda built in main -- pickling the bound method under spawn pickles the lambda
import multiprocessing as mp

from svc.server import Server

if __name__ == "__main__":
    prefix = ">>"
    srv = Server(formatter=lambda m: f"{prefix} {m}")
    p = mp.Process(target=srv.serve, args=("ping",))
    p.start()
    p.join()
    print("served", p.exitcode)
