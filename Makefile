# Salary facts extraction. Needs only python3 and make: the first target run
# creates .venv and installs the pinned dependencies.
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-stamp
CORPUS  ?= corpus
OUTPUT  ?= output
GOLD    ?= tests/gold
OLD     ?= $(OUTPUT).prev
NEW     ?= $(OUTPUT)
FORMAT  ?= text

.PHONY: install extract report test eval regen diff bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## extract: run the pipeline on $(CORPUS) into $(OUTPUT), then write $(OUTPUT)/report.html
extract: $(STAMP)
	$(BIN)/python -m extract run $(CORPUS) --out $(OUTPUT)
	$(BIN)/python -m extract report $(OUTPUT)

## report: rebuild $(OUTPUT)/report.html alone (a static page to review the dataset)
report: $(STAMP)
	$(BIN)/python -m extract report $(OUTPUT)

## test: unit tables, golden files, accuracy floors, invariants
test: $(STAMP)
	$(BIN)/python -m pytest -q

## eval: score a fresh extraction of the corpus against tests/gold
eval: extract
	$(BIN)/python -m extract eval --output $(OUTPUT) --gold $(GOLD) $(if $(V),-v,)

## regen: rewrite the golden files (only after reading the diff `make test` shows)
regen: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_golden.py --force-regen || true
	$(BIN)/python -m pytest -q tests/test_golden.py

## diff: rows added/removed/changed/moved from $(OLD) to $(NEW) (FORMAT=text|md|json); exit 1 when they differ
##       e.g. `cp -r output output.prev`, change a rule, `make extract`, `make diff`
diff: $(STAMP)
	$(BIN)/python -m extract diff $(OLD) $(NEW) --format $(FORMAT)

## bench: throughput, memory and cache on a synthetic corpus of $(SIZE) MB under .bench/ (SIZE=100 for the memory check)
SIZE    ?= 20
bench: $(STAMP)
	$(BIN)/python bench/bench.py --size $(SIZE)

clean:
	rm -rf $(OUTPUT) .bench .cache .pytest_cache .hypothesis build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
