"""The offer made when a database fails its check at open: restore the newest good backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam.safety.restore import BackupSummary, newest_good_backup, restore_backup
from kam.store.errors import DamagedDatabase, StoreError
from ui.safety.summary import busy, describe_counts
from ui.widgets.ask import ask_box, error, inform


def offer_recovery(parent: QWidget | None, damage: DamagedDatabase, passphrase: str | None) -> bool:
    """Asks to move the damaged file aside and restore the newest good backup.

    Returns:
        True when a backup was restored (the caller opens the file again).
    """
    with busy():
        best = newest_good_backup(damage.path, passphrase)
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabase")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Damaged database"))
    box.setText(str(damage))
    if best is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Recovery",
                "There is no good backup to restore. The file was left as it is; a specialist may still be able to rescue data from it.",
            )
        )
        box.addButton(QMessageBox.StandardButton.Close)
        ask_box(box)
        return False
    box.setInformativeText(_describe_offer(best))
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "Restore this backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    if ask_box(box) is not restore:
        return False
    try:
        with busy():
            result = restore_backup(damage.path, best.path, passphrase)
    except StoreError as exc:
        error(parent, QCoreApplication.translate("Recovery", "Damaged database"), str(exc))
        return False
    inform(
        parent,
        QCoreApplication.translate("Recovery", "Backup restored"),
        QCoreApplication.translate(
            "Recovery", "The backup was restored. The damaged file was kept as %1."
        ).replace("%1", str(result.damaged_copy or "-")),
    )
    return True


def _describe_offer(best: BackupSummary) -> str:
    when = best.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if best.taken_at else "?"
    return (
        QCoreApplication.translate(
            "Recovery",
            "KAM Desk can move the damaged file aside (it is kept, renamed to .damaged) and restore the newest good backup, taken %1 (%2). Changes made after that time are not in the backup.",
        )
        .replace("%1", when)
        .replace("%2", describe_counts(best))
    )
