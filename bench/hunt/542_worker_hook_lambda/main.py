# Session 49 template-method hunt (helper, black box), its 023_worker_hook_lambda.
from pkg.process import ProcessLauncher


def main():
    greeting = "hello"
    ProcessLauncher().launch(lambda name: print(greeting, name, flush=True), "world")
    print("done")


if __name__ == "__main__":
    main()
