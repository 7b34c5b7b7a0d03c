import multiprocessing


class ParallelTasks:
    """Executes *nproc* tasks in parallel after forking."""

    def __init__(self, nproc):
        self.nproc = nproc
        self._result_funcs = {}
        self._args = {}
        self._procs = {}
        self._precvs = {}
        self._taskid = 0

    def _process(self, pipe, func, arg):
        try:
            ret = func() if arg is None else func(arg)
            pipe.send((False, ret))
        except BaseException as err:
            pipe.send((True, repr(err)))

    def add_task(self, task_func, arg=None, result_func=None):
        tid = self._taskid
        self._taskid += 1
        self._result_funcs[tid] = result_func or (lambda arg, result: None)
        self._args[tid] = arg
        precv, psend = multiprocessing.Pipe(False)
        context = multiprocessing.get_context("fork")
        proc = context.Process(target=self._process, args=(psend, task_func, arg))
        self._procs[tid] = proc
        self._precvs[tid] = precv
        proc.start()

    def join(self):
        for tid in sorted(self._procs):
            exc, result = self._precvs[tid].recv()
            self._procs[tid].join()
            self._result_funcs[tid](self._args[tid], result)
