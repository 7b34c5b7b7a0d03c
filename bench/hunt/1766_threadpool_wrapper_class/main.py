# shape: IO-bound scraper class keeps a ThreadPoolExecutor on self and exposes fetch_all(fn, urls); lambda from main -- threads, nothing to report
from scraper.client import Fetcher

if __name__ == "__main__":
    f = Fetcher()
    try:
        print(f.fetch_all(lambda u: u.split("/")[-1], ["http://x/a", "http://x/b"]))
    finally:
        f.close()
