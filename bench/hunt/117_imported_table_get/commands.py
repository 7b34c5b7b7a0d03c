COMMANDS = {
    "start": lambda q, arg: q.put("starting " + arg),
    "stop": lambda q, arg: q.put("stopping " + arg),
}
