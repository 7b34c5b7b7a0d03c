# shape: scraper fetches with a ThreadPoolExecutor (lambda fetcher, must stay) then parses with a ProcessPoolExecutor (nested parse fn, must be lifted)
from scraper.crawl import crawl


def main():
    pages = {"a": "hello", "b": "worlds"}

    def parse(item):
        key, body = item
        return key, len(body)

    print(crawl(list(pages), fetch=lambda k: (k, pages[k]), parse=parse))


if __name__ == "__main__":
    main()
