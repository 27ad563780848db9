"""KAM Desk's Qt front-end over the ``kam`` core."""
