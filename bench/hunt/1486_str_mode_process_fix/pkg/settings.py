MODE = "process"
