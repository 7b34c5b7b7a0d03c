"""Service that inherits its line length from a shared ruff.toml."""

from multiprocessing import Pool


def enrich(events, environment_name, deployment_region_identifier, include_debug_information=False):
    def enrich_one(event):
        extra = {'debug': True} if include_debug_information else {}
        return {**event, 'env': environment_name, 'region': deployment_region_identifier, **extra}

    with Pool(2) as pool:
        return pool.map(enrich_one, events)


if __name__ == '__main__':
    print(enrich([{'id': 1}, {'id': 2}], 'prod', 'eu-central-1'))
