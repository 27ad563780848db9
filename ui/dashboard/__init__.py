"""The home screen: what needs the salesperson first."""
