# shape: sphinx.util.parallel.ParallelTasks: add_task(task_func, arg, result_func) starts get_context('fork').Process(target=self._process, args=(pipe, task_func, arg)) -- always fork, nothing to report
from pkg.parallel import ParallelTasks

if __name__ == "__main__":
    suffix = "?"
    results = []
    tasks = ParallelTasks(2)
    tasks.add_task(lambda docs: [d.upper() + suffix for d in docs], ["a", "b"], lambda arg, res: results.append(res))
    tasks.add_task(lambda docs: len(docs), ["c"], lambda arg, res: results.append(res))
    tasks.join()
    print(results)
