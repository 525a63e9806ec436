"""Negotiation of outcome documents: structured drafts, proposals, compilation texts,
revisions, diffs and Akoma Ntoso export. A Django app around a core of pure modules
(``texts``, ``proposals``, ``compile``, ``revise``, ``diff``, ``akn``, ``docx_import``,
``transitions``), which the import contracts in pyproject.toml hold to it."""
