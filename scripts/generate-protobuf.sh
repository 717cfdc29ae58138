#!/usr/bin/env bash
# Regenerates Sources/GovernorRemoteWrite/Generated/remote.pb.swift from Proto/remote.proto. The generated code is
# committed, because building swift-protobuf's protoc plugin takes minutes; run this only after changing the
# .proto. Needs Debian's protobuf-compiler; builds the plugin from the swift-protobuf version Package.swift names.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's|.*apple/swift-protobuf", exact: "\([0-9.]*\)".*|\1|p' Package.swift)
work=${PROTOBUF_PLUGIN_DIR:-.build-protoc-gen-swift}
command -v protoc >/dev/null || apt-get install -y protobuf-compiler
if [ ! -x "$work/build/release/protoc-gen-swift" ]; then
    rm -rf "$work/src"
    git clone --quiet --branch "$version" --depth 1 https://github.com/apple/swift-protobuf "$work/src"
    swift build -c release --product protoc-gen-swift --package-path "$work/src" --scratch-path "$work/build"
fi
protoc --plugin=protoc-gen-swift="$work/build/release/protoc-gen-swift" \
    --swift_opt=Visibility=Internal --swift_out=Sources/GovernorRemoteWrite/Generated \
    --proto_path=Sources/GovernorRemoteWrite/Proto remote.proto
echo "wrote Sources/GovernorRemoteWrite/Generated/remote.pb.swift (swift-protobuf $version)"
