"""KAM Desk core: a small kernel (store, domain, text, i18n, the PDF kit, cli) and one
package per feature.

Nothing below this package imports Qt; the desktop front-end lives in ``ui``.
"""

__version__ = "0.1.0"

# Every model registers its table on import, and the models of one feature refer to
# another's (a visit to its contacts, a contract to its account): loading them all from
# the one registry, before anything else, lets any feature module be imported first
# without meeting a half-loaded model.
import kam.domain  # noqa: F401
