PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test lint assets bench validate explore clean os-packages

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

# The OpenDyslexic reading font and espeak-ng for self-voicing come from Debian (no PyPI package has
# them); the game falls back to its default font and to silence without them.
os-packages:
	apt-get install -y fonts-opendyslexic espeak-ng || sudo apt-get install -y fonts-opendyslexic espeak-ng

clean:
	rm -rf $(VENV) .pytest_cache
