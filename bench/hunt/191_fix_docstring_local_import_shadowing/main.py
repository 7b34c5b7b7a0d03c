# fix: the nested worker has a docstring and comments, uses a module imported inside
# main(), a local `scale` that shadows the module-level one, and a local `max` shadowing
# the builtin.
from jobs.spawn import run_with_queue

scale = 1


def main():
    import statistics

    scale = 3
    max = 10

    def work(out, values):
        """Scale the mean and cap it."""
        # the cap is the local `max`, not the builtin
        mean = statistics.mean(values)
        out.put(min(mean * scale, max))  # capped

    print(run_with_queue(work, [1, 2, 3]), run_with_queue(work, [4, 5, 6]), scale)


if __name__ == "__main__":
    main()
