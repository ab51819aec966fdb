PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test lint assets bench validate explore clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest
	$(BIN)/python main.py validate

lint: $(STAMP)
	$(BIN)/ruff check game tests tools main.py

assets: $(STAMP)
	$(BIN)/python tools/make_assets.py

bench: $(STAMP)
	$(BIN)/python main.py bench

validate: $(STAMP)
	$(BIN)/python main.py validate

explore: $(STAMP)
	$(BIN)/python main.py explore

clean:
	rm -rf $(VENV) .pytest_cache
