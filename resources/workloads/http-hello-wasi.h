// SPDX-License-Identifier: GPL-3.0-or-later
// The WASI-sockets build of http-hello (http-hello.c compiled for wasm32-wasi). WASI preview 1
// cannot create sockets, and each runtime hands a server its listening socket differently, so
// these two functions live in one small file per runtime ABI, each linked into its own module:
//   http-hello-wasi-preopen.c   standard preview 1: the runtime preopens a listening socket
//                               (wasmtime run -S preview2=n -S tcplisten=ADDR) and the module
//                               accepts on it with sock_accept -> http-hello.wasi-sockets.wasm
//   http-hello-wasi-wasmedge.c  WasmEdge's socket extension: the module opens, binds and listens
//                               itself (sock_open, sock_bind, sock_listen)
//                               -> http-hello.wasmedge-sockets.wasm
// WASI has no TCP_NODELAY and no signals: the runtime's default SIGTERM action ends the server.
#ifndef HTTP_HELLO_WASI_H
#define HTTP_HELLO_WASI_H

/// The listening socket for 0.0.0.0:port; -1 (and a message on stderr) when there is none.
int open_listener(int port);
/// One accepted connection from the listening socket, or -1.
int accept_connection(int ls);

#endif
