#!/usr/bin/env bash
# Makes the class-data-sharing archives (AppCDS) that let the window start sooner; run by `./mvnw package`.
#
#   target/backprop-studio.jsa  every class the window loads, for
#                               java -XX:SharedArchiveFile=target/backprop-studio.jsa -jar target/backprop-studio.jar
#                               (javafx:run runs the same, through src/build/appcds-run.sh, while the jar is up to date)
#   target/javafx-run.jsa       the JDK's and JavaFX's classes, for ./mvnw javafx:run from target/classes after a
#                               compile without package (HotSpot archives no class from a folder)
#
# A training run opens the window under Xvfb (or on $DISPLAY), waits 1.5 s (the typesetter's warm-up and the
# rehearsal of the first steps load their classes then), steps the lecture pass twice and exits, listing the
# classes it loaded; `java -Xshare:dump` writes them into the archives. Without a display this prints one line and
# makes nothing: every launch works without an archive, only slower.
#
# usage: appcds.sh JAVA TARGET_DIR JAVAFX_MODULE_PATH_FILE
set -uo pipefail
java=$1
target=$2
modulepath_file=$3
work=$target/cds
jar=$target/backprop-studio.jar

rm -f "$target/backprop-studio.jsa" "$target/javafx-run.jsa"
rm -rf "$work"
mkdir -p "$work"

display=()
if command -v xvfb-run >/dev/null 2>&1; then
    display=(xvfb-run -a -s "-screen 0 1366x768x24")
elif [ -z "${DISPLAY:-}" ]; then
    echo "AppCDS archive skipped: no display for the training run (install xvfb or set DISPLAY); the app starts without it"
    exit 0
fi
limit=()
command -v timeout >/dev/null 2>&1 && limit=(timeout 300)

# the training run: its own settings folder, so a developer's theme, language and recent files are neither read nor changed
if ! ${limit[@]+"${limit[@]}"} ${display[@]+"${display[@]}"} "$java" -XX:DumpLoadedClassList="$work/classes.txt" \
        -Dbackprop.probe.firstStep=1500 -Dbackprop.config.dir="$work/config" -jar "$jar" >"$work/training.log" 2>&1 \
        || ! grep -q '^startup.secondStep' "$work/training.log"; then
    echo "AppCDS archive skipped: the training run failed, see $work/training.log; the app starts without it"
    exit 0
fi

# the two archives are dumped side by side (each dump is one busy thread, and the build machine has two cores)
# the jar's archive: its class path is the jar and, through the manifest, lib/
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.txt" -XX:SharedArchiveFile="$target/backprop-studio.jsa" \
        -cp "$jar" >"$work/dump-jar.log" 2>&1 &
jar_dump=$!
# javafx:run's archive: JavaFX on the module path as the plugin puts it, and no class path (the plugin's starts with
# target/classes, and every class path entry an archive uses must be a jar)
modulepath=$(cat "$modulepath_file")
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.txt" -XX:SharedArchiveFile="$target/javafx-run.jsa" \
        --module-path "$modulepath" --add-modules javafx.base,javafx.controls,javafx.graphics,javafx.swing \
        >"$work/dump-javafx-run.log" 2>&1 &
run_dump=$!

if ! wait "$jar_dump"; then
    wait "$run_dump"
    echo "AppCDS archive skipped: -Xshare:dump failed, see $work/dump-jar.log"
    rm -f "$target/backprop-studio.jsa" "$target/javafx-run.jsa"
    exit 0
fi
if ! wait "$run_dump"; then
    echo "AppCDS archive for javafx:run skipped: -Xshare:dump failed, see $work/dump-javafx-run.log"
    rm -f "$target/javafx-run.jsa"
fi
echo "AppCDS archives made from $(wc -l <"$work/classes.txt") classes: $target/backprop-studio.jsa, $target/javafx-run.jsa"
