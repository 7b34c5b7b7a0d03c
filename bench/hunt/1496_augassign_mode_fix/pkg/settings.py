MODE = "thread"
MODE += "s"
