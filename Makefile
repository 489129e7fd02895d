# Expert Workstation. Quick start: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-quick soak translations package clean

# Created once with the newest Python present; reinstalled only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $$(scripts/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[app,hub,dev]'
	@touch $@

# Compiled translation catalogs (build output, git-ignored).
QM_STAMP := workstation/resources/i18n/.built
$(QM_STAMP): $(STAMP) $(wildcard resources/translations/*.ts)
	$(PY) scripts/translations.py release
	@touch $@

demo: $(STAMP) $(QM_STAMP)
	$(PY) scripts/demo.py

test: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check workstation hub tests bench scripts
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench --quick

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=soak $(PY) -m pytest -q -p no:cacheprovider -m "slow or not slow"

translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py release
	@touch $(QM_STAMP)

package: $(STAMP) $(QM_STAMP)
	scripts/package.sh

clean:
	rm -rf $(VENV) build dist *.egg-info

# Screenshots of every screen in both themes and languages, into docs/images/ (Xvfb or offscreen).
.PHONY: screenshots
screenshots: $(STAMP) $(QM_STAMP)
	$(PY) scripts/screenshots.py
