// SPDX-License-Identifier: GPL-3.0-or-later
// Listening socket of http-hello.wasmedge-sockets.wasm through WasmEdge's socket extension (see
// http-hello-wasi.h): the module opens, binds and listens itself, as WasmEdge's socket examples do
// (https://wasmedge.org/docs/develop/rust/socket_networking/server; `wasmedge MODULE ARGS`, no flag).
// WasmEdge adds these functions to the wasi_snapshot_preview1 module; Debian 12's wasi-libc does
// not declare them, so they are declared here. Signatures: WasmEdge's lib/host/wasi/wasimodule.cpp
// and include/host/wasi/wasifunc.h, the "V1" ABI (the one before 0.12, still registered by every
// release since; the 3-argument sock_accept of WASI preview 1 exists only from 0.12, as V2):
//   sock_open(address_family u32 (1 = INET4), sock_type u32 (2 = STREAM), *fd u32) -> errno
//   sock_setsockopt(fd, level u32 (0 = SOL_SOCKET), name u32 (0 = SO_REUSEADDR), *flag i32, flag_size u32) -> errno
//   sock_bind(fd, *address {buf: *u8, buf_len: u32 (4 = IPv4)}, port u32 (host byte order)) -> errno
//   sock_listen(fd, backlog u32) -> errno
//   sock_accept(fd, *new_fd u32) -> errno
#include "http-hello-wasi.h"

#include <stdint.h>
#include <stdio.h>

#define WASMEDGE_IMPORT(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(name)))

struct wasmedge_address
{
    const uint8_t* buf;
    uint32_t buf_len;
};

WASMEDGE_IMPORT("sock_open") int32_t wasmedge_sock_open(uint32_t family, uint32_t type, uint32_t* fd);
WASMEDGE_IMPORT("sock_setsockopt")
int32_t wasmedge_sock_setsockopt(uint32_t fd, uint32_t level, uint32_t name, const int32_t* flag, uint32_t size);
WASMEDGE_IMPORT("sock_bind") int32_t wasmedge_sock_bind(uint32_t fd, struct wasmedge_address* addr, uint32_t port);
WASMEDGE_IMPORT("sock_listen") int32_t wasmedge_sock_listen(uint32_t fd, uint32_t backlog);
WASMEDGE_IMPORT("sock_accept") int32_t wasmedge_sock_accept(uint32_t fd, uint32_t* new_fd);

int open_listener(int port)
{
    uint32_t fd = 0;
    int32_t e = wasmedge_sock_open(1, 2, &fd);
    if (e == 0) {
        const int32_t one = 1;
        wasmedge_sock_setsockopt(fd, 0, 0, &one, sizeof one); // quick restarts on the same port; best effort
        static const uint8_t any[4] = { 0, 0, 0, 0 };
        struct wasmedge_address addr = { any, sizeof any };
        e = wasmedge_sock_bind(fd, &addr, (uint32_t)port);
    }
    if (e == 0) {
        e = wasmedge_sock_listen(fd, 512);
    }
    if (e != 0) {
        fprintf(stderr,
            "http-hello: cannot listen on port %d: WASI errno %d (this build needs WasmEdge's socket "
            "extension: sock_open, sock_bind, sock_listen)\n",
            port, (int)e);
        return -1;
    }
    return (int)fd;
}

int accept_connection(int ls)
{
    uint32_t fd = 0;
    return wasmedge_sock_accept((uint32_t)ls, &fd) == 0 ? (int)fd : -1;
}
