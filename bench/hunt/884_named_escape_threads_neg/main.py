# shape: named/long unicode escapes "\N{LATIN SMALL LETTER T}hread", "\U00000074hread" -> "thread"
# OBSERVED: FALSE - \N{LATIN SMALL LETTER T}hread escape not decoded -> reported; \U00000074hread handled
from pkg.pools import pmap

if __name__ == "__main__":
    k = 2
    print(pmap(lambda x: x * k, [3], kind="\N{LATIN SMALL LETTER T}hread"))
    print(pmap(lambda x: x + k, [3], kind="\U00000074hread"))
