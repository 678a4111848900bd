#!/usr/bin/env bash
# Makes the app image's class-data-sharing archive (lib/app/backprop-studio.jsa, named in the launcher's
# BackpropStudio.cfg); run by `./mvnw -Pdist package` after jpackage. An archive is only valid for the JVM that made
# it, so it is dumped by the image's own runtime, through its launcher, from the class list of src/build/appcds.sh's
# training run. Without that list (no display) it prints one line and the image starts without an archive.
#
# usage: appcds-image.sh IMAGE_DIR NAME CLASS_LIST
set -uo pipefail
image=$1
name=$2
classes=$3
archive=$image/lib/app/backprop-studio.jsa

if [ ! -x "$image/bin/$name" ]; then
    echo "AppCDS archive for the app image skipped: no launcher at $image/bin/$name (not an app image)"
    exit 0
fi
if [ ! -s "$classes" ]; then
    echo "AppCDS archive for the app image skipped: no class list from a training run; the image starts without it"
    exit 0
fi
rm -f "$archive"
# -Xshare:dump makes the JVM write the archive named by the launcher's -XX:SharedArchiveFile and exit
if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classes" "$image/bin/$name" >"$image.cds.log" 2>&1 \
        || [ ! -s "$archive" ]; then
    echo "AppCDS archive for the app image skipped: -Xshare:dump failed, see $image.cds.log"
    rm -f "$archive"
    exit 0
fi
echo "AppCDS archive made for the app image: $archive"
