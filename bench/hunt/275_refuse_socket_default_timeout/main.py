# refuse: the parent sets socket's default timeout before starting the child. Forked, the
# child reports 2.5; a spawned child reports None.
import multiprocessing as mp
import socket


def main():
    q = mp.Queue()
    host = "db"
    socket.setdefaulttimeout(2.5)

    def work(out):
        out.put(f"{host} timeout={socket.getdefaulttimeout()}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
