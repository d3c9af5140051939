# Sourced by the service scripts next to it: helpers they share.
#
# free_port   prints a TCP port on 127.0.0.1 that nothing listens on right now (the
#             kernel picks it; the service binds it a moment later).

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
