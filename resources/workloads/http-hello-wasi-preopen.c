// SPDX-License-Identifier: GPL-3.0-or-later
// Listening socket of http-hello.wasi-sockets.wasm: preopened by the runtime, standard WASI
// preview 1 only (see http-hello-wasi.h). Wasmtime's `-S tcplisten=ADDR` (legacy preview 1
// implementation, so with `-S preview2=n`) binds ADDR, sets it non-blocking and numbers it from
// fd 3, before preopened folders; the module takes the first socket it finds there and accepts
// with sock_accept. Debian 12's wasi-libc links accept() but does not declare it, so this calls
// the documented __wasi_sock_accept of <wasi/api.h> directly.
#include "http-hello-wasi.h"

#include <stdio.h>
#include <wasi/api.h>

int open_listener(int port)
{
    for (__wasi_fd_t fd = 3; fd < 64; ++fd) {
        __wasi_fdstat_t st;
        const __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &st);
        if (e == __WASI_ERRNO_BADF) {
            break; // preopens are numbered without gaps: no more
        }
        if (e == 0 && st.fs_filetype == __WASI_FILETYPE_SOCKET_STREAM) {
            return (int)fd;
        }
    }
    fprintf(stderr,
        "http-hello: no preopened listening socket (this build needs the runtime to open it, e.g. "
        "wasmtime run -S preview2=n -S tcplisten=0.0.0.0:%d)\n",
        port);
    return -1;
}

int accept_connection(int ls)
{
    __wasi_fd_t fd = 0;
    // Flags 0: a blocking connection; poll() says when the (non-blocking) listener has one.
    return __wasi_sock_accept((__wasi_fd_t)ls, 0, &fd) == 0 ? (int)fd : -1;
}
