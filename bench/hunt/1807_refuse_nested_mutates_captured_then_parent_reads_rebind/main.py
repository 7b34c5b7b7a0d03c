# shape: nested fn both runs in a child (through a helper) and is called in the parent, rebinding a captured dict entry via nonlocal -- parent reads the rebound name afterwards
from bg.runner import launch


def main():
    stats = {"runs": 0}
    last = None

    def record(tag):
        nonlocal last
        stats["runs"] += 1
        last = tag
        print("record", tag, stats["runs"], flush=True)

    launch(record, "child")
    record("parent")
    print("last", last, stats)


if __name__ == "__main__":
    main()
