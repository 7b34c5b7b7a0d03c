"""Submit jobs with heavily commented call sites."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def render_pages(pages, dpi=150, colour_profile="sRGB"):
    quality = 90  # JPEG quality

    def render(page_number):
        # Rendering is simulated; see docs/rendering.md.
        return f"page {page_number} @ {dpi}dpi {colour_profile} q{quality}"

    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {
            executor.submit(  # one future per page
                render,  # the renderer
                page,  # which page
            ): page
            for page in pages
        }
        done = {futures[f]: f.result() for f in as_completed(futures)}
    return [done[p] for p in pages]


if __name__ == "__main__":
    print("\n".join(render_pages([1, 2, 3])))
