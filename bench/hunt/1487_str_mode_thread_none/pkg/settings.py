MODE = "thread"
