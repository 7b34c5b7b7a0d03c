# refuse: `retries += 2` rebinds the captured int between Process(...) and start(). Forked,
# the child sees 5; a lift binding `retries` where the Process is built sends 3.
import multiprocessing as mp


def main(strict):
    q = mp.Queue()
    retries = 3

    def work(out):
        out.put(f"retries={retries}")

    proc = mp.Process(target=work, args=(q,))
    if strict:
        retries += 2
    proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main(strict=True)
