from fk.launch import make_queue, start


def main():
    big = list(range(100))
    q = make_queue()
    procs = [start(lambda out, i: out.put(sum(big[i::4])), q, i) for i in range(4)]
    print(sorted(q.get(timeout=10) for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
