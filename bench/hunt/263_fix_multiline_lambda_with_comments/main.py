# fix: a lambda spread over several lines with comments inside the parentheses.
import multiprocessing as mp


def main():
    q = mp.Queue()
    low, high = 2, 9
    p = mp.Process(
        target=lambda out, xs: out.put(  # send the filtered values
            [
                x  # keep it
                for x in xs
                if low <= x <= high  # inclusive range
            ]
        ),
        args=(q, [1, 2, 5, 9, 12]),
    )
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
