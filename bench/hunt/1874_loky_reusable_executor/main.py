# shape: loky-style get_reusable_executor(max_workers=2) returns a module-global ProcessPoolExecutor, recreated when its kwargs change; main maps a lambda on it
from pkg.reusable import get_reusable_executor

if __name__ == "__main__":
    tag = "!"
    ex = get_reusable_executor(max_workers=2)
    print(sorted(ex.map(lambda s: s[::-1] + tag, ["ab", "cd"])))
    ex.shutdown()
