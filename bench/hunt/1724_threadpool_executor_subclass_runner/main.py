# shape: Runner holds NamedThreadPool (subclass of ThreadPoolExecutor in another module); lambda submitted -- negative
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3
    r = Runner()
    print(r.run(lambda x: x * k, 4))
    r.close()
