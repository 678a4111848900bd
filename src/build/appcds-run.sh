#!/usr/bin/env bash
# javafx:run's launcher (the pom's appcds-run profile). Where `package` has made the jar and its class-data-sharing
# archive (made after the jar) and nothing in target/classes is newer than the jar, it runs the jar with that archive, so the app's own
# classes come from the archive too (HotSpot archives no class from the target/classes folder javafx:run uses);
# otherwise it runs javafx:run's own command with target/javafx-run.jsa (the JDK's and JavaFX's classes).
#
# usage (by javafx:run): appcds-run.sh JAVA TARGET_DIR [JVM options] [--module-path P] [--add-modules M] \
#                        [-classpath C] MAIN_CLASS [program arguments]
set -uo pipefail
java=$1
target=$2
shift 2
jar=$target/backprop-studio.jar
archive=$target/backprop-studio.jsa

if [ -f "$jar" ] && [ "$archive" -nt "$jar" ] && [ -z "$(find "$target/classes" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    options=()
    while [ $# -gt 0 ]; do
        case $1 in
            --module-path|-p|--add-modules|-classpath|-cp|--class-path) shift 2 ;;
            -*) options+=("$1"); shift ;;
            *) shift; break ;; # the main class: the jar names it; what follows is the program's
        esac
    done
    exec "$java" ${options[@]+"${options[@]}"} -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
fi
if [ -f "$target/javafx-run.jsa" ]; then
    exec "$java" -XX:SharedArchiveFile="$target/javafx-run.jsa" "$@"
fi
exec "$java" "$@"
