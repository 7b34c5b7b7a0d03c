# refuse: the parent registers the "geo" prefix with ElementTree. Forked, the child serialises
# with it ("geo:point"); a spawned child has no such registration and writes "ns0:point".
import multiprocessing as mp
import xml.etree.ElementTree as ET

GEO = "http://example.com/geo"


def main():
    q = mp.Queue()
    ET.register_namespace("geo", GEO)
    x = "1"

    def work(out):
        elem = ET.Element(f"{{{GEO}}}point", x=x)
        out.put(ET.tostring(elem, encoding="unicode"))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
