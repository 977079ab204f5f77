#!/usr/bin/env bash
# Builds Lineup's installers for the system it runs on (jpackage builds only for its own OS):
#   Linux:   target/installer/lineup_VERSION_ARCH.deb, lineup-VERSION.ARCH.rpm (when rpmbuild is there),
#            lineup-VERSION-linux-ARCH.tar.gz (the app image: unpack anywhere, run Lineup/bin/lineup)
#   Windows: Lineup-VERSION.msi (per-user, Start menu entry, no admin rights)
#   macOS:   Lineup-VERSION-ARCH.dmg (Apple silicon or Intel: the machine's own)
# Each holds a trimmed Java runtime (jlink: the JDK modules jdeps finds in our jars, plus JavaFX's modular
# jars from Maven with their natives) with an AppCDS archive, and the app's jars on the class path.
#
#   bash src/package/package.sh [--no-build] [--fast] [TYPE...]     TYPE: deb rpm tar app-image msi dmg
# --no-build   use target/ as the last `mvn package` left it
# --fast       quick compression (the CI smoke test); releases use the default, smaller one
# Needs a full JDK 17+ (jlink, jpackage; on Debian openjdk-17-jdk, not -headless), Maven; for .deb
# fakeroot and dpkg-deb, for .rpm rpm-build (Debian: rpm); Windows needs the WiX Toolset 3.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=src/package
out=target/installer
build=1
fast=0
types=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --fast) fast=1 ;;
    deb|rpm|tar|app-image|msi|dmg) types+=("$a") ;;
    *) echo "package: unknown argument '$a' (expected --no-build, --fast, deb, rpm, tar, app-image, msi, dmg)" >&2; exit 1 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=win ;;
  *) echo "package: no installer for $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "package: no JavaFX for $(uname -m)" >&2; exit 1 ;;
esac
if [ "${#types[@]}" -eq 0 ]; then
  case "$os" in
    linux) types=(deb tar); command -v rpmbuild >/dev/null && types+=(rpm) ;;
    mac) types=(dmg) ;;
    win) types=(msi) ;;
  esac
fi
# OpenJDK's Maven classifiers for JavaFX's natives.
case "$os-$arch" in
  linux-x64) fx=linux ;;
  linux-aarch64) fx=linux-aarch64 ;;
  mac-x64) fx=mac ;;
  mac-aarch64) fx=mac-aarch64 ;;
  win-x64) fx=win ;;
  *) echo "package: no JavaFX for $os-$arch" >&2; exit 1 ;;
esac
for t in jlink jpackage jdeps; do
  command -v "$t" >/dev/null || { echo "package: '$t' is missing: install a full JDK 17+ (Debian: openjdk-17-jdk)" >&2; exit 1; }
done

step() { echo "package: $*" >&2; }

if [ "$build" = 1 ]; then
  step "building the jar"
  mvn -B -q package -DskipTests
fi
version=$(sed -n 's/^version=//p' target/classes/dev/lineup/service/common/version.properties)
# jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT installs as 0.1.0.
numeric=$(echo "$version" | grep -oE '^[0-9]+(\.[0-9]+){0,2}')
[ -n "$numeric" ] || { echo "package: version '$version' does not start with a number" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/deps" "$out/app" "$out/fx"
step "collecting the runtime dependencies"
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$out/deps"
# JavaFX goes into the runtime as modules, the machine's natives only; the rest is the class path.
mv "$out"/deps/javafx-*-"$fx".jar "$out/fx/"
rm -f "$out"/deps/javafx-*.jar
mv "$out"/deps/*.jar "$out/app/"
cp target/original-lineup.jar "$out/app/lineup.jar"
# The command line's compiler directives (cli-java-options), beside the jars: $APPDIR in the launchers' options.
cp "$here/cli-compiler.json" "$out/app/"

step "finding the JDK modules the jars use (jdeps)"
# -R follows what lineup.jar reaches through the class path: only modules that code can touch.
modules=$(jdeps -s -R --multi-release 17 --ignore-missing-deps -cp "$out/app/*" "$out/app/lineup.jar" 2>/dev/null \
  | grep -oE -- '-> (java|jdk)\.[a-z.]+' | sed 's/-> //' | sort -u | paste -sd, -)
# Not visible to jdeps: TLS's elliptic curves (HTTPS to providers), playlists in legacy charsets,
# sun.misc.Unsafe (reflective use by libraries).
modules=$(echo "$modules,jdk.crypto.ec,jdk.charsets,jdk.unsupported,javafx.controls,javafx.fxml" | tr , '\n' | sort -u | paste -sd, -)
step "modules: $modules"

step "linking the runtime (jlink)"
jlink --module-path "$out/fx" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --generate-cds-archive --output "$out/runtime" >/dev/null

icon="assets/icon/lineup.png"
[ "$os" = win ] && icon="assets/icon/lineup.ico"
[ "$os" = mac ] && icon="assets/icon/lineup.icns"
common=(--name Lineup --app-version "$numeric" --vendor "Lineup" --copyright "Lineup contributors"
        --description "Lineup: IPTV playlists and guides arranged into layouts and published."
        --icon "$icon")
cds_file=lib/server/lineup.jsa
# Linux: the launchers use the AppCDS archive trained for /opt/lineup (linux/train-cds.sh); -Xshare:auto
# falls back quietly where it does not map. Windows and macOS install per user or wherever the user drops
# the app, so no path is known at build time: they use the runtime's default archive of JDK classes.
java_opts=()
[ "$os" = linux ] && java_opts=(--java-options "-XX:SharedArchiveFile=\$APPDIR/../runtime/$cds_file" --java-options "-Xshare:auto")
# The launchers' JVM options live in one file, which the whole-process benchmark uses too.
while read -r o; do
  java_opts+=(--java-options "$o")
done < <(grep -v -e '^#' -e '^$' "$here/java-options")
# Windows' lineup-cli.exe starts with the command line's options (cli-java-options) instead.
cli_options=$(grep -v -e '^#' -e '^$' "$here/cli-java-options" | paste -sd' ' -)
{ cat "$here/windows/lineup-cli.properties"; echo "java-options=$cli_options"; } > "$out/lineup-cli.properties"

step "making the app image (jpackage)"
jpackage --type app-image "${common[@]}" --input "$out/app" --main-jar lineup.jar --main-class dev.lineup.launch.Main \
    --runtime-image "$out/runtime" --dest "$out/image" ${java_opts[@]+"${java_opts[@]}"} \
    $( [ "$os" = win ] && echo "--add-launcher lineup-cli=$out/lineup-cli.properties" ) \
    $( [ "$os" = mac ] && echo "--mac-package-identifier dev.lineup.desktop --mac-package-name Lineup" )

if [ "$os" = linux ]; then
  image="$out/image/Lineup"
  bash "$here/linux/add-cli-launcher.sh" "$image" "$here/cli-java-options"
  bash "$here/linux/train-cds.sh" "$image" /opt/lineup "$cds_file"
  for t in "${types[@]}"; do
    case "$t" in
      deb|rpm)
        step "making the .$t"
        if [ "$fast" = 1 ]; then export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1; fi
        jpackage --type "$t" --app-image "$image" --name Lineup --app-version "$numeric" --dest "$out" \
            --resource-dir "$here/linux/$t" --linux-package-name lineup --linux-shortcut --linux-menu-group "AudioVideo;Video" \
            --linux-app-category video --description "Lineup: IPTV playlists and guides arranged into layouts and published." \
            --vendor "Lineup" --icon assets/icon/lineup.png
        ;;
      tar|app-image)
        step "making the app-image archive"
        tar -C "$out/image" -czf "$out/lineup-$version-linux-$arch.tar.gz" Lineup
        ;;
      *) echo "package: .$t is built on its own system (see .github/workflows/release.yml)" >&2; exit 1 ;;
    esac
  done
else
  for t in "${types[@]}"; do
    step "making the .$t"
    case "$t" in
      msi) jpackage --type msi --app-image "$out/image/Lineup" --name Lineup --app-version "$numeric" --dest "$out" \
               --win-per-user-install --win-menu --win-menu-group Lineup --win-shortcut --win-shortcut-prompt \
               --win-upgrade-uuid 3c1f2b4e-8d2a-4f7e-9a51-6d0b3e7c2a19 --vendor "Lineup" ;;
      dmg) jpackage --type dmg --app-image "$out/image/Lineup.app" --name Lineup --app-version "$numeric" --dest "$out"
           mv "$out/Lineup-$numeric.dmg" "$out/Lineup-$numeric-$arch.dmg" ;;
      *) echo "package: .$t is built on its own system (see .github/workflows/release.yml)" >&2; exit 1 ;;
    esac
  done
fi
ls -l "$out"/*.deb "$out"/*.rpm "$out"/*.tar.gz "$out"/*.msi "$out"/*.dmg 2>/dev/null >&2 || true
