from par import procs
from par.threads import pmap


def square(x):
    return x * x


def main():
    host = "db"
    print(procs.pmap(square, [1, 2, 3]))
    print(pmap(lambda name: f"{host}/{name}", ["users", "orders"]))

    def ping(name):
        return f"ping {host}:{name}"

    print(pmap(ping, ["a", "b"]))


if __name__ == "__main__":
    main()
