import asyncio
import multiprocessing


def _child(fn, arg, conn):
    conn.send(fn(arg))
    conn.close()


def _wait(proc, conn):
    value = conn.recv()
    proc.join()
    return value


async def offload(fn, arg):
    recv, send = multiprocessing.Pipe(duplex=False)
    proc = multiprocessing.Process(target=_child, args=(fn, arg, send))
    proc.start()
    return await asyncio.get_running_loop().run_in_executor(None, _wait, proc, recv)
