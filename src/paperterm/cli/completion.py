"""Shell completion: small bash, zsh and fish scripts that ask paperterm what fits, at each tab.

The words come from the grammar table (commands, options, choices) and from the
library (dates, paper ids, an issue's article ids), so a script never goes stale
when a command changes or an issue arrives, and `--library DIR` on the line being
typed is honoured. A script sends the words typed so far (`paperterm __complete
SHELL WORD...`, the last one the word under the cursor) and shows the answer: one
candidate a line, or `@files` / `@dirs` to hand the word to the shell's own path
completion. Nothing here is imported on the way to any other command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import NamedTuple

from paperterm.cli.grammar import COMMANDS, Arg, Command, UsageError
from paperterm.model.library import ANY, Library
from paperterm.model.problems import IssueFileError

FILES = "@files"
DIRS = "@dirs"

_BASH = r"""# paperterm completion for bash. In ~/.bashrc: eval "$(paperterm completion bash)"
_paperterm() {
    local IFS=$'\n' cur=${COMP_WORDS[COMP_CWORD]} answer line
    COMPREPLY=()
    answer=$(command paperterm __complete bash "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
    case $answer in
    @files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    @dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) while read -r line; do [[ -n $line ]] && COMPREPLY+=("$line"); done <<<"$answer" ;;
    esac
}
complete -F _paperterm paperterm
"""

_ZSH = r"""#compdef paperterm
# paperterm completion for zsh. In ~/.zshrc, after compinit: eval "$(paperterm completion zsh)"
_paperterm() {
    local -a answer
    answer=("${(@f)$(command paperterm __complete zsh "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    case $answer[1] in
    @files) _files ;;
    @dirs) _files -/ ;;
    '') return 1 ;;
    *) _describe -t values paperterm answer ;;
    esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _paperterm "$@"
else
    compdef _paperterm paperterm
fi
"""

_FISH = r"""# paperterm completion for fish. Once:
#   paperterm completion fish > ~/.config/fish/completions/paperterm.fish
function __paperterm_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -l answer (command paperterm __complete fish $words "$current" 2>/dev/null)
    switch "$answer[1]"
        case @files
            __fish_complete_path "$current"
        case @dirs
            __fish_complete_directories "$current"
        case '*'
            string join \n -- $answer
    end
end
complete -c paperterm -f -a '(__paperterm_complete)'
"""

SCRIPTS = {"bash": _BASH, "zsh": _ZSH, "fish": _FISH}
"""What `paperterm completion SHELL` prints: the grammar's choices of SHELL are these keys."""


class Candidate(NamedTuple):
    """One word that fits, and what it is (zsh and fish show it beside the word)."""

    word: str
    about: str = ""


def cmd_completion(args: SimpleNamespace) -> int:
    print(SCRIPTS[args.shell], end="")
    return 0


def answer(arguments: Sequence[str]) -> int:
    """`paperterm __complete SHELL WORD...`: print what fits the last word, as SHELL reads it."""
    shell, *words = arguments or [""]
    if shell not in SCRIPTS:
        return 2
    found = complete(words)
    if isinstance(found, str):
        print(found)
    else:
        print("\n".join(_shown(shell, c) for c in found))
    return 0


def _shown(shell: str, candidate: Candidate) -> str:
    """One line as the shell reads it: bash takes words only, zsh `word:about`, fish `word<TAB>about`."""
    word, about = candidate
    if shell == "bash":
        return word
    if shell == "zsh":
        word = word.replace(":", "\\:")  # _describe splits at the first unescaped colon
        return f"{word}:{about}" if about else word
    return f"{word}\t{about}" if about else word


def complete(words: Sequence[str]) -> list[Candidate] | str:
    """What may stand for the last word (the one being typed): candidates, or FILES / DIRS."""
    *before, current = words or [""]
    if not before:
        commands = [Candidate(name, command.help) for name, command in COMMANDS.items()]
        return _starting(current, [*commands, Candidate("--help"), Candidate("--version")])
    command = COMMANDS.get(before[0])
    if command is None:
        return []
    line = _Line(command, before[1:])
    if line.waiting is not None:
        return _values(line.waiting, current, line)
    slot = _positional(command, len(line.positionals))
    if slot is None or (current.startswith("-") and not line.plain):
        return _starting(current, _options(command, line.given))
    return _values(slot, current, line)


class _Line:
    """The words typed after the command, read as argparse would."""

    def __init__(self, command: Command, words: Sequence[str]) -> None:
        self.positionals: list[str] = []
        self.values: dict[str, str] = {}
        """Each option's value, by its last (long) name."""
        self.given: set[str] = set()
        self.waiting: Arg | None = None
        """The option whose value is the word being typed."""
        self.plain = False
        """After `--`: every word is a positional."""
        options = {name: spec for spec in command.args for name in spec.names if name.startswith("-")}
        for word in words:
            self._take(word, options)

    def _take(self, word: str, options: dict[str, Arg]) -> None:
        if self.waiting is not None:
            self.values[self.waiting.names[-1]] = word
            self.waiting = None
        elif word == "--" and not self.plain:
            self.plain = True
        elif word.startswith("-") and not self.plain:
            spec = options.get(word)
            if spec is not None:
                self.given.add(spec.names[-1])
                if spec.settings.get("action") != "store_true":
                    self.waiting = spec
        else:
            self.positionals.append(word)


def _positional(command: Command, given: int) -> Arg | None:
    """The positional the next word would fill: one word each, all the rest for nargs='+'."""
    for spec in command.args:
        if spec.names[0].startswith("-"):
            continue
        if given == 0 or spec.settings.get("nargs") == "+":
            return spec
        given -= 1
    return None


def _options(command: Command, given: set[str]) -> list[Candidate]:
    """The options not given yet (one that adds up, like --highlight, may come again)."""
    return [
        Candidate(name, spec.settings.get("help", ""))
        for spec in command.args
        if spec.names[0].startswith("-")
        and (spec.names[-1] not in given or spec.settings.get("action") == "append")
        for name in spec.names
    ] + [Candidate("--help")]


def _values(spec: Arg, current: str, line: _Line) -> list[Candidate] | str:
    choices = spec.settings.get("choices")
    if choices is not None:
        return _starting(current, [Candidate(str(c)) for c in choices])
    kind = KINDS.get(spec.settings.get("metavar", ""))
    if kind is None:
        return []
    return kind if isinstance(kind, str) else kind(current, line)


def _starting(current: str, candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.word.startswith(current)]


def _library(line: _Line) -> Library:
    from paperterm.state.paths import library_dir

    return Library.scan(library_dir(line.values.get("--library")))


def _dates(current: str, line: _Line) -> list[Candidate]:
    from paperterm.cli.resolve import paper_group

    library = _library(line)
    try:
        group = paper_group(library, line.values.get("--paper"))
    except UsageError:  # a paper the library does not have: every date
        group = ANY
    dates = sorted({ref.date.isoformat() for ref in library.issues(group)})
    return _starting(current, [Candidate(date) for date in dates])


def _when(current: str, line: _Line) -> list[Candidate] | str:
    """A date of the library, `latest`, or (once it looks like one) a path to an issue file."""
    if current.startswith((".", "/", "~")) or "/" in current:
        return FILES
    return [*_dates(current, line), *_starting(current, [Candidate("latest", "the newest issue")])]


def _papers(current: str, line: _Line) -> list[Candidate]:
    from paperterm.model.header import read_header

    library = _library(line)
    ids = {paper for paper in library.papers if paper is not None}
    top = library.issues(None)
    if top:  # a one-paper library keeps its files at the top level: they say their id
        ids.add(read_header(top[-1].path).get("paper_id", ""))
    return _starting(current, [Candidate(paper) for paper in sorted(ids - {""})])


def _articles(current: str, line: _Line) -> list[Candidate]:
    """The article ids of the issue named before, with their titles."""
    from paperterm.cache.parse_cache import folder, load_cached
    from paperterm.cli.resolve import resolve
    from paperterm.state.paths import cache_dir

    try:
        ref = resolve(line.positionals[0], _library(line), line.values.get("--paper"))
        issue = load_cached(ref.path, ref.paper_id, folder(cache_dir()))
    except (UsageError, IssueFileError):
        return []
    return _starting(current, [Candidate(article.id, article.title) for _, article in issue.articles()])


_Kind = Callable[[str, _Line], "list[Candidate] | str"] | str | None

KINDS: dict[str, _Kind] = {
    "WHEN": _when,
    "DATE": _dates,
    "ID": _papers,
    "ARTICLE-ID": _articles,
    "DIR": DIRS,
    "LIBRARY": DIRS,
    "FILE": FILES,
    "PAGE": FILES,
    "N": None,
    "NAME": None,
    "SECTION": None,
    "ENC": None,
    "YYYY-MM-DD": None,
    "WORD": None,
    "QUERY": None,
}
"""What completes each metavar of the grammar: a list from the library, the shell's paths, or
nothing (free text). tests/unit/test_fresh_machine.py checks that every metavar is here."""
