# WRONGFIX: `ET.TreeBuilder()`: "cannot pickle 'xml.etree.ElementTree.TreeBuilder' object".
import xml.etree.ElementTree as ET
import multiprocessing as mp

if __name__ == "__main__":
    tb = ET.TreeBuilder()

    def work(x):
        return type(tb).__name__ + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
