"""KAM Desk core: a small kernel (store, domain, text, i18n, the PDF kit, cli) and one
package per feature.

Nothing below this package imports Qt; the desktop front-end lives in ``ui``.
"""

__version__ = "0.1.0"
