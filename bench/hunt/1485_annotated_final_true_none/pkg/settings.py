from typing import Final

USE_THREADS: Final[bool] = True
