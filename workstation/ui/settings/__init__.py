"""User settings: typed declarations (`settings.py`), their versioned upgrades (`upgrade.py`)
and the dialog generated from them (`dialog.py`). Import from the submodules."""
