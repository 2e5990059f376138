#!/usr/bin/env bash
# Loads factlint's gnu output into vim's quickfix list, as `:make` would, with
# vim's default errorformat and with `:compiler gcc`, and checks the entries
# point at the right files, lines and columns.
set -euo pipefail
output=$1
if ! command -v vim >/dev/null; then
  apt-get update -qq && apt-get install -y -qq vim >/dev/null
fi
load() {  # $1: ex command that sets errorformat; writes file:line:col:type:text per valid entry to $2
  vim -Nu NONE -i NONE -es \
    -c "$1" \
    -c "cgetfile $output" \
    -c "call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . \":\" . v:val.lnum . \":\" . v:val.col . \":\" . v:val.type . \":\" . v:val.text'), '$2')" \
    -c 'qa!'
}
default_list=$(mktemp)
gcc_list=$(mktemp)
load 'set errorformat&' "$default_list"
load 'set runtimepath^=$VIMRUNTIME | compiler gcc' "$gcc_list"
lines=$(wc -l <"$output")
diagnostics=$(grep -cE '^[^:]+:[0-9]+:[0-9]+: (error|warning): ' "$output")
valid=$(wc -l <"$default_list")
typed=$(grep -cE ':[0-9]+:[0-9]+:[ew]:' "$gcc_list" || true)
# Each line names file:line:col; the quickfix entry must keep them.
first=$(head -n 1 "$output" | cut -d: -f1-3)
if [ "$valid" -ne "$lines" ] || [ "$typed" -lt "$diagnostics" ] || [ "$diagnostics" -eq 0 ] \
  || ! head -n 1 "$default_list" | grep -qF "$first:"; then
  echo "quickfix: $valid valid entries of $lines lines; $typed typed error/warning entries of $diagnostics" >&2
  cat "$default_list" "$gcc_list" >&2
  exit 1
fi
echo "vim quickfix: $valid valid entries (default errorformat), $typed errors and warnings (:compiler gcc)"
rm -f "$default_list" "$gcc_list"
