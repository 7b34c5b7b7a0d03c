# shape: Process(target=svc.serve) on an instance whose state is plain data, through a start helper in another module -- nothing to report
from svc.server import Server
from svc.launch import start

if __name__ == "__main__":
    srv = Server(prefix=">>")
    p = start(srv.serve, "ping")
    p.join()
    print("served", p.exitcode)
