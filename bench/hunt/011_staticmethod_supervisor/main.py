import multiprocessing

from sup.supervisor import Supervisor


def main():
    mult = 11
    q = multiprocessing.Queue()
    sup = Supervisor()
    for i in range(3):
        sup.add(lambda out, n: out.put(n * mult), q, i)
    values = sorted(q.get(timeout=10) for _ in range(3))
    print(values, sup.join_all())


if __name__ == "__main__":
    main()
