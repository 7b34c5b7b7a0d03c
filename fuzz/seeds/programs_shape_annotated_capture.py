import os
from multiprocessing import Process


def run(output_dir: str, jobs: int = 2) -> None:
    def export(index: int) -> None:
        print(os.path.join(output_dir, f"part-{index}.csv"), flush=True)

    for index in range(jobs):
        process = Process(target=export, args=(index,))  # PKL003
        process.start()
        process.join()


if __name__ == "__main__":
    run("out")
