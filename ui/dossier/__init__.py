"""The account dossier editor (大客户业务档案)."""
