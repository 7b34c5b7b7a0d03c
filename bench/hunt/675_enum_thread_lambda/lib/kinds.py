import enum


class Kind(enum.Enum):
    PROCESS = "process"
    THREAD = "thread"
    SERIAL = "serial"
