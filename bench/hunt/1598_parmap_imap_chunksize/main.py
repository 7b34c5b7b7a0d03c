# shape: Ryanglambert/chatty chatty/utils/multiprocessing.py -- parmap(func, data, chunksize, processes) over Pool.imap
from pkg.par import parmap

def main():
    k = 3
    print(parmap(lambda x: x * k, list(range(6))))

if __name__ == "__main__":
    main()
