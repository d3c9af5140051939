#!/bin/sh
# Rebuilds zitadel-v2.binpb, the descriptor set the binary transports serve:
# - user v2, org v2's message files and every file they import, from the
#   descriptors `@zitadel/proto` 1.3.1 embeds (descriptors.mjs);
# - org v2's service (1.3.1 has two of its methods), project v2, authorization v2
#   and the messages 1.3.1 predates, from the
#   own subset in src/ (ZITADEL's names and field numbers, from its published v2
#   protos; 1.3.1 ships these services as v2beta only), compiled by protoc against
#   the former.
# Needs node with `npm install @zitadel/proto@1.3.1 @bufbuild/protobuf@2` run in
# NODE_DIR (default: this folder) and protoc (apt: protobuf-compiler).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
node_dir=${NODE_DIR:-$here}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# ES modules resolve packages from the script's own folder.
cp "$here/descriptors.mjs" "$node_dir/.descriptors.mjs"
(cd "$node_dir" && node .descriptors.mjs && rm .descriptors.mjs) > "$tmp/npm.binpb"
cd "$here/src"
protoc --descriptor_set_in="$tmp/npm.binpb" -I . --include_imports \
  -o "$here/zitadel-v2.binpb" \
  zitadel/user/v2/user_service.proto \
  $(find zitadel -name '*.proto' | sort)
