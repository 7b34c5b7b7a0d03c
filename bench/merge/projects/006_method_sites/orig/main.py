from crawler import Crawler

if __name__ == "__main__":
    c = Crawler("https://example.org")
    c.crawl(["/a", "/b", "/c"])
    print("\n".join(c.seen))
