// SPDX-License-Identifier: GPL-3.0-or-later
// Faults injected into the unmodified workload sources by the preprocessor (tests/helpers/CMakeLists.txt),
// so that tests can prove each workload's self-check turns a wrong result into a non-zero exit.
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

// matmul (-Dcalloc=rb_dirty_calloc): its product starts from a block that is not all zero, one double in
// the middle holds 1.0, so one entry of C = A·B comes out 1 too large.
void* rb_dirty_calloc(size_t n, size_t size)
{
    double* p = calloc(n, size);
    if (p && n * size >= sizeof(double)) {
        p[n * size / sizeof(double) / 2] = 1.0;
    }
    return p;
}

// mem-touch (-Dmalloc=rb_aliased_malloc -Dfree=rb_aliased_free): every 4 KiB page of the block maps
// the same shared page, like broken memory, so a page does not read back what was written to it.
void* rb_aliased_malloc(size_t size)
{
    const size_t page = 4096, pages = (size + page - 1) / page;
    const int fd = memfd_create("rb-aliased", 0);
    if (fd < 0 || ftruncate(fd, (off_t)page) != 0) {
        return NULL;
    }
    char* base = mmap(NULL, pages * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (size_t i = 0; base != MAP_FAILED && i < pages; ++i) {
        if (mmap(base + i * page, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == MAP_FAILED) {
            base = MAP_FAILED;
        }
    }
    close(fd);
    return base == MAP_FAILED ? NULL : base;
}

void rb_aliased_free(void* p)
{
    (void)p;
}
