"""Negotiation of outcome documents: structured drafts, proposals, compilation texts,
revisions, diffs and Akoma Ntoso export. The modules here are pure Python (no Django)."""
