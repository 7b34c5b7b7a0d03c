import multiprocessing

# The project pins the fork start method for its workers.
MP_CONTEXT = multiprocessing.get_context("fork")
