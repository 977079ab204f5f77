#!/usr/bin/env bash
# Adds bin/lineup to a Linux app image: the command for the shell and for the menu entry. It starts the
# bundled runtime directly with the same options and class path as jpackage's bin/Lineup, because that
# native launcher first asks rpm and dpkg which package owns it (about half a second, every start).
# A command starts with the command line's own options (CLI_OPTIONS, a file like src/package/cli-java-options);
# the desktop app with jpackage's.
#   add-cli-launcher.sh IMAGE_DIR CLI_OPTIONS
set -euo pipefail
image=$1
cli_file=$2
cfg="$image/lib/app/Lineup.cfg"
[ -f "$cfg" ] || { echo "add-cli-launcher: no $cfg" >&2; exit 1; }
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$cfg" | sed 's|^|$app/|' | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
# jpackage's options, but the AppCDS archive: the script picks it below.
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' | sed 's|\$APPDIR|$app|g' \
  | sed 's/.*/"&"/' | paste -sd' ' -)
cli_options=$(grep -v -e '^#' -e '^$' "$cli_file" | sed 's|\$APPDIR|$app|g' | sed 's/.*/"&"/' | paste -sd' ' -)
cat > "$image/bin/lineup" <<SCRIPT
#!/bin/sh
# Lineup: with no arguments (or only --data-dir DIR) the desktop app, else the command line.
# Made by src/package/linux/add-cli-launcher.sh from lib/app/Lineup.cfg; keep them the same.
root=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
app="\$root/lib/app"
cds="\$root/lib/runtime/lib/server/lineup.jsa"
# The AppCDS archive was trained for one place (lib/runtime/lib/server/lineup.where); elsewhere (an
# unpacked app image) the runtime's own archive of JDK classes is used.
share=""
if [ -f "\$cds" ] && [ "\$(cat "\$root/lib/runtime/lib/server/lineup.where" 2>/dev/null)" = "\$root" ]; then
  share="-XX:SharedArchiveFile=\$cds"
fi
# The desktop app exactly when dev.lineup.launch.Main opens it (no arguments, or only --data-dir DIR): its JVM
# options are the long-running app's; any command gets the command line's.
desktop=0
case "\$#:\${1:-}" in
  0:*) desktop=1 ;;
  1:--data-dir=?*) desktop=1 ;;
  2:--data-dir) case "\$2" in ""|-*) ;; *) desktop=1 ;; esac ;;
esac
if [ "\$desktop" = 1 ]; then
  exec "\$root/lib/runtime/bin/java" \$share -Xshare:auto $options \$LINEUP_JAVA_OPTIONS -cp "$classpath" $main "\$@"
fi
exec "\$root/lib/runtime/bin/java" \$share -Xshare:auto $cli_options \$LINEUP_JAVA_OPTIONS -cp "$classpath" $main "\$@"
SCRIPT
chmod 755 "$image/bin/lineup"
echo "add-cli-launcher: $image/bin/lineup ($(echo "$options" | wc -w) options from Lineup.cfg for the desktop app," \
  "$(echo "$cli_options" | wc -w) from $cli_file for commands)" >&2
