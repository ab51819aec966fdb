PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: play test lint assets sound bench validate explore dist clean os-packages

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

# only the music and sound effects (part of `make assets`)
sound: $(STAMP)
	$(BIN)/python tools/make_sound.py

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

# the desktop build: one folder, dist/nextgen/, with the game, Python, its libraries and the story,
# levels and assets (as game/data/, where game/paths.py looks when there is no checkout)
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --onedir --name nextgen \
		--distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
		--collect-submodules game \
		--add-data "$(CURDIR)/story:game/data/story" \
		--add-data "$(CURDIR)/levels:game/data/levels" \
		--add-data "$(CURDIR)/assets:game/data/assets" \
		"$(CURDIR)/main.py"
	@echo "Built dist/nextgen/: run dist/nextgen/nextgen"

clean:
	rm -rf $(VENV) .pytest_cache build dist
