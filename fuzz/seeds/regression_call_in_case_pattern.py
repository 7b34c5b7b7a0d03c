from multiprocessing import Pool
match x:
    case {f"{g()}": 1}:
        pass
