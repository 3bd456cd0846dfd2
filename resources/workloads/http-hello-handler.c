// SPDX-License-Identifier: GPL-3.0-or-later
// http-hello as a request handler, for a host that owns the sockets: node:wasi has none, so
// resources/runners/node-wasi-http-host.mjs serves HTTP/1.1 with node:http and calls this module
// per request (how wasmCloud- and Spin-style hosts run HTTP components). A WASI reactor
// (clang -mexec-model=reactor): the host instantiates it once and calls _initialize; the instance
// then lives as long as the server, so /state's counter lives here, and /heavy's fib(30) runs here.
// Answers: http-hello-route.h, the same code as the native server.
//
// ABI (exports; every value is an i32, memory is little-endian):
//   memory, _initialize                 as any WASI reactor
//   path_buffer() -> ptr                a buffer of path_buffer_size() bytes in linear memory that
//   path_buffer_size() -> u32           the host copies the request target into (bytes as received,
//                                       cut at the size: a cut target matches no route, as in the
//                                       native server, which reads at most 255 bytes of it)
//   handle(path_ptr, path_len) -> ptr   answers one request; ptr points at the response
//                                       { u32 status; u32 body_len; u8 body[body_len] }, valid until
//                                       the next call. The host writes the HTTP response around it
//                                       (status line, Content-Type: text/plain, Content-Length).
#include "http-hello-route.h"

#include <stdint.h>

#define HTTP_HELLO_PATH_MAX 1024
#define EXPORT(name) __attribute__((export_name(name)))

struct response
{
    uint32_t status;
    uint32_t body_len;
    char body[HTTP_HELLO_BODY_MAX];
};

static char path_buf[HTTP_HELLO_PATH_MAX];
static struct response resp;

EXPORT("path_buffer") char* path_buffer(void)
{
    return path_buf;
}

EXPORT("path_buffer_size") uint32_t path_buffer_size(void)
{
    return sizeof path_buf;
}

EXPORT("handle") struct response* handle(const char* path, uint32_t len)
{
    resp.status = (uint32_t)http_hello_route(path, len, resp.body);
    resp.body_len = (uint32_t)strlen(resp.body);
    return &resp;
}
