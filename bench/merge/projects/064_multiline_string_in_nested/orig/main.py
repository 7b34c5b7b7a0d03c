"""Nested worker containing a triple-quoted SQL template."""

from multiprocessing import Pool


def build_queries(tables, schema):
    limit = 5

    def query(table):
        sql = """
            SELECT *
              FROM {schema}.{table}
             LIMIT {limit}
        """
        return sql.format(schema=schema, table=table, limit=limit)

    with Pool(2) as pool:
        return pool.map(query, tables)


if __name__ == "__main__":
    for q in build_queries(["users", "orders"], "public"):
        print(repr(q))
