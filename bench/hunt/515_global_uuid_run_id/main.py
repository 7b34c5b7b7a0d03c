# WRONGFIX: module global RUN_ID = uuid.uuid4().hex read by the lifted worker. Fork: 'same run id: True'; spawn/forkserver: False.
import uuid
from multiprocessing import Process, Queue

RUN_ID = uuid.uuid4().hex

def main():
    q = Queue()
    def work():
        q.put(RUN_ID)
    p = Process(target=work)
    p.start(); got = q.get(); p.join()
    print("same run id:", got == RUN_ID)

if __name__ == "__main__":
    main()
