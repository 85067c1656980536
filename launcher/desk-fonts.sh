# shellcheck shell=sh
# Sourced by the launcher: check_desk_fonts warns when the desk would draw Korean as empty boxes.
#
# The desk draws its text in the first font of the system that has Hangul (Malgun Gothic, Apple SD Gothic Neo,
# Noto Sans CJK KR, ...; decision record 35). Windows and macOS always have one; a Linux desktop may not. This
# only warns: the desk works without one, with Hangul shown as boxes. It runs under `set -euo pipefail`, and
# does nothing when fontconfig's fc-list is not installed or the system is not Linux.

check_desk_fonts() {
    [ "$(uname -s 2>/dev/null || true)" = Linux ] || return 0
    command -v fc-list >/dev/null 2>&1 || return 0
    _desk_fonts_hangul=$(fc-list :lang=ko family 2>/dev/null) || _desk_fonts_hangul=""
    if [ -z "$_desk_fonts_hangul" ]; then
        echo "gotohotel: warning: no font that draws Hangul is installed (fc-list :lang=ko finds none);" \
             "the desk will show Korean text as empty boxes. Install one:" \
             "apt-get install fonts-noto-cjk (Debian/Ubuntu) or" \
             "dnf install google-noto-sans-cjk-fonts (Fedora)." >&2
    fi
    unset _desk_fonts_hangul
    return 0
}
