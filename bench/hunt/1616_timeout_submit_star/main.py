# shape: yanbronshtein/CS363_Artificial_Intelligence_Repo HW1/timeout.py -- timeout_five(fnc, *args, **kwargs) submits to a ProcessPoolExecutor and waits with a timeout
from pkg.timeout import timeout_five

def solve(board):
    depth = 3
    def search(b, bonus=0):
        return sum(b) * depth + bonus
    return timeout_five(search, board, bonus=1)

if __name__ == "__main__":
    print(solve([1, 2, 3]))
