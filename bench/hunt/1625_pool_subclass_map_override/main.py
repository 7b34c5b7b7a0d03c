# shape: code-corpus excerpt 'class StarfishPool(Pool)' (find_string id 45753341292; spacetx/starfish) -- Pool subclass overriding map with a serial path for processes == 1
from pkg.pool import StarfishPool

def main():
    gain = 2
    p = StarfishPool(processes=2)
    try:
        return p.map(lambda v: v * gain, [1, 2, 3])
    finally:
        p.close()
        p.join()

if __name__ == "__main__":
    print(main())
