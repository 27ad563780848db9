"""The contact's fields, declared once (docs/domain.md, the customer's people).

The order is the workbook's column order after the account's code (docs/workbook.md,
Contacts). From this list come the checks of :func:`kam.accounts.people.save_contact`,
the Contacts sheet of the workbook (:data:`kam.exchange.specs.CONTACTS`) and the kinds
of the contact editor's fields (``ui/dossier/contact_specs.py``);
``tests/accounts/test_contact_fields.py`` holds the ORM model and
:class:`~kam.accounts.people.ContactData` to it.
"""

from __future__ import annotations

from kam.domain.enums import Attitude, ContactStatus, DecisionRole
from kam.domain.fields import BOOL, DATE, ENUM, Field

CONTACT_FIELDS: tuple[Field, ...] = (
    Field("name", "姓名", required=True, max_len=80),
    Field("department", "部门", max_len=80),
    Field("title", "职务", max_len=80),
    Field("decision_role", "决策角色", ENUM, enum=DecisionRole, allow_blank=True),
    Field("attitude", "态度", ENUM, enum=Attitude),
    Field("phone", "电话", max_len=40),
    Field("email", "邮箱", max_len=120),
    Field("wechat", "微信", max_len=60),
    Field("birthday", "生日", DATE, not_future=True),
    Field("hobbies", "爱好"),
    Field("notes", "备注"),
    Field("status", "在职状态", ENUM, enum=ContactStatus),
    Field("education", "学历", max_len=200),
    Field("career", "经历"),
    Field("family", "家庭"),
    Field("habits", "习惯"),
    Field("taboos", "忌讳"),
    Field("rising_star", "明日之星", BOOL),
    Field("reports_to", "上级", max_len=80),  # a contact's name (the row keeps its id)
    Field("owner", "我方负责人", max_len=80),  # a staff member's name (the row keeps its id)
    Field("status_changed_on", "状态变更日期", DATE),
)
BY_KEY = {f.key: f for f in CONTACT_FIELDS}

# Fields the row and the editor keep as another record's id: the workbook names the
# boss, ContactData and the row hold ``reports_to_id`` (checked on save: same account,
# no cycle).
BY_ID = {"reports_to": "reports_to_id"}
# Kept on the row and in the workbook, not typed in the editor: stamped when the status
# changes (kam.health.model; early warnings read it).
NOT_IN_EDITOR = ("status_changed_on",)
