from hooks.registry import register
from hooks.runner import dispatch_all


def setup(prefix):
    @register("shout")
    def shout(text):
        return prefix + text.upper()

    register("count")(lambda text: len(prefix + text))


if __name__ == "__main__":
    setup(">> ")
    print(dispatch_all("ping"))
