<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="56" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
</context>
</TS>