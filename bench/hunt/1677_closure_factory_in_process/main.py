# shape: in_process(fn) returns a closure that starts Process(target=fn) -- wrapper param reaches Process inside a nested runner
from pkg.launch import in_process

if __name__ == "__main__":
    greeting = "hello"

    def say(name):
        print(greeting, name, flush=True)

    run = in_process(say)
    code = run("bob")
    print("exit", code)
