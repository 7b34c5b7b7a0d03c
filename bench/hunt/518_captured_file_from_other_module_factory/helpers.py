import sys
def open_log():
    return open("/tmp/hunt49/progs/071_factory_file/log.txt", "a")
