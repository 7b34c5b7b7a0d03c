# shape: two guard-defined helpers where the passed one calls the other guard-defined helper; name _main_task already taken
# OBSERVED: OK - finding + correct fix (helper lifted too, name clash avoided)
from pkg.par import pmap

def _main_task(x):
    return "taken"

if __name__ == "__main__":
    base = 7
    def helper(x):
        return x + base
    def work(x):
        return helper(x) * 2
    print(pmap(work, [1, 2], n_jobs=2), _main_task(0))
    print(pmap(lambda x: helper(x) - 1, [3], n_jobs=2))
