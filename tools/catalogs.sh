#!/bin/sh
# Refresh the gettext catalogs from the source (docs/translating.md): every message marked with
# _(), N_() or ngettext() in src/paperterm goes into locale/paperterm.pot, each language's .po
# gains the new ones (empty: no guesses from similar messages to slip through review) and loses
# the ones the source dropped, and the .mo files the package ships are compiled again.
# Needs Babel (the [test] extra). No line numbers in the catalogs: branches merge without conflicts.
set -eu
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
babel() { "$python" -m babel.messages.frontend "$@"; }
locale=src/paperterm/locale
babel extract --no-location --sort-output --project paperterm \
    --copyright-holder "paperterm authors" \
    --output-file "$locale/paperterm.pot" src/paperterm
for language in zh_Hans zh_Hant; do
    if [ -f "$locale/$language/LC_MESSAGES/paperterm.po" ]; then
        babel update --ignore-obsolete --no-fuzzy-matching --domain paperterm --input-file "$locale/paperterm.pot" \
            --output-dir "$locale" --locale "$language"
    else
        babel init --domain paperterm --input-file "$locale/paperterm.pot" \
            --output-dir "$locale" --locale "$language"
    fi
done
babel compile --statistics --domain paperterm --directory "$locale"
