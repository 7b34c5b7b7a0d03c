# shape: the nested worker sends on one end of a socket.socketpair() made in main(); multiprocessing pickles sockets in Process arguments (DupFd) under spawn and forkserver, so a lift passing it works
import socket

from pkg.bg import run_in_background


def main():
    parent_sock, child_sock = socket.socketpair()

    def work(msg):
        child_sock.sendall(msg.encode())

    code = run_in_background(work, "ping")
    print("exit", code, parent_sock.recv(100).decode())


if __name__ == "__main__":
    main()
