// SPDX-License-Identifier: GPL-3.0-or-later
// What http-hello answers, shared by all of its builds (the native and WASI-sockets servers in
// http-hello.c, the http-handler reactor in http-hello-handler.c), so that every runtime serves
// the same status and body for the same path:
//   /       -> 200 "hello\n"
//   /state  -> 200 a counter incremented by every /state request ("1\n", "2\n", ...)
//   /heavy  -> 200 fib(30) computed recursively per request ("832040\n")
//   other   -> 404 "not found\n"
// The path is the request target as sent (no decoding; "/state?x" is not "/state").
#ifndef HTTP_HELLO_ROUTE_H
#define HTTP_HELLO_ROUTE_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define HTTP_HELLO_BODY_MAX 64

static unsigned long http_hello_state_counter = 0;
// Read at run time so that no compiler folds fib(30) into a constant: /heavy must compute.
static volatile int http_hello_heavy_n = 30;

static long http_hello_fib(int n)
{
    return n < 2 ? n : http_hello_fib(n - 1) + http_hello_fib(n - 2);
}

static int http_hello_path_is(const char* path, size_t len, const char* want)
{
    return strlen(want) == len && memcmp(path, want, len) == 0;
}

// Writes the NUL-terminated body for `path` (len bytes, not NUL-terminated) into
// body[HTTP_HELLO_BODY_MAX] and returns the HTTP status code.
static int http_hello_route(const char* path, size_t len, char* body)
{
    if (http_hello_path_is(path, len, "/")) {
        snprintf(body, HTTP_HELLO_BODY_MAX, "hello\n");
        return 200;
    }
    if (http_hello_path_is(path, len, "/state")) {
        snprintf(body, HTTP_HELLO_BODY_MAX, "%lu\n", ++http_hello_state_counter);
        return 200;
    }
    if (http_hello_path_is(path, len, "/heavy")) {
        snprintf(body, HTTP_HELLO_BODY_MAX, "%ld\n", http_hello_fib(http_hello_heavy_n));
        return 200;
    }
    snprintf(body, HTTP_HELLO_BODY_MAX, "not found\n");
    return 404;
}

#endif
