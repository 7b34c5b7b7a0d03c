"""Long descriptive names in a 79-column project."""

from __future__ import annotations

import multiprocessing


def reconcile_accounts(
    account_identifiers: list[str],
    reconciliation_reference_date: str,
    maximum_permitted_discrepancy: float,
) -> list[str]:
    ledger_snapshot_directory = "/var/ledger/snapshots"
    discrepancy_reporting_currency = "EUR"

    def reconcile_single_account(account_identifier: str) -> str:
        return (
            f"{account_identifier}@{reconciliation_reference_date}: "
            f"<= {maximum_permitted_discrepancy} "
            f"{discrepancy_reporting_currency} "
            f"({ledger_snapshot_directory})"
        )

    with multiprocessing.Pool(processes=2) as worker_pool:
        return worker_pool.map(reconcile_single_account, account_identifiers)


if __name__ == "__main__":
    for line in reconcile_accounts(["ACC-1", "ACC-2"], "2024-01-31", 0.01):
        print(line)
