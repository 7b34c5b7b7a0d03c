# WRONGFIX: `ET.XMLPullParser()` (XMLParser and iterparse are listed):
# "cannot pickle 'xml.etree.ElementTree.XMLParser' object".
import xml.etree.ElementTree as ET
import multiprocessing as mp

if __name__ == "__main__":
    parser = ET.XMLPullParser()

    def work(x):
        return type(parser).__name__ + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
