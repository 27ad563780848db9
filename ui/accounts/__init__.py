"""The account list: search by code, name or pinyin, filter, sort, open the dossier."""
