from concurrent.futures import ProcessPoolExecutor


def shout(items, suffix):
    def decorate(item, times):
        return (item + suffix) * times

    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [
            executor.submit(
                decorate,  # PKL003
                item,
                2,
            )
            for item in items
        ]
        return [future.result(timeout=10) for future in futures]


if __name__ == "__main__":
    print(shout(["a", "b"], "!"))
