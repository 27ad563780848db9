"""Offline laptops and a team server (issue 12): change capture, push, pull, merge.

The laptop's triggers (migration 0007_sync) note every change in an outbox; a sync
pushes those records with their base (as last synced) to the server, which merges them
field by field under one lock and logs every change in one sequence; the laptop then
pulls everything after the last number it saw. See docs in README "For a team".
"""
