"""The account profile (客户档案) a salesperson carries into the meeting."""
