// SPDX-License-Identifier: GPL-3.0-or-later
// mem-touch MB: allocates MB MiB, writes a word derived from its index into every 4 KiB page (so
// every page becomes resident and max RSS reflects MB), reads every page back and verifies it, then
// prints "touched MB MiB". A page that does not read back what was written is a failure (exit 1).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define PAGE 4096u
#define MIB (1024u * 1024u)

static uint64_t pattern(size_t page)
{
    return (uint64_t)page * 0x9E3779B97F4A7C15ull ^ 0x5A5A5A5A5A5A5A5Aull;
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fputs("usage: mem-touch MB (1 <= MB <= 65536)\n", stderr);
        return 2;
    }
    char* end = NULL;
    long mb = strtol(argv[1], &end, 10);
    if (*argv[1] == '\0' || *end != '\0' || mb < 1 || mb > 65536) {
        fprintf(stderr, "mem-touch: MB must be an integer from 1 to 65536, got '%s'\n", argv[1]);
        return 2;
    }
    if ((unsigned long)mb > SIZE_MAX / MIB) {
        fprintf(stderr, "mem-touch: %ld MiB do not fit in this build's address space\n", mb);
        return 2;
    }
    const size_t bytes = (size_t)mb * MIB;
    // volatile: the writes and the read-back must really happen (the compiler knows the values).
    volatile uint64_t* mem = malloc(bytes);
    if (!mem) {
        fprintf(stderr, "mem-touch: cannot allocate %ld MiB\n", mb);
        return 1;
    }
    const size_t pages = bytes / PAGE, stride = PAGE / sizeof(uint64_t);
    for (size_t p = 0; p < pages; ++p) {
        mem[p * stride] = pattern(p);
    }
    for (size_t p = 0; p < pages; ++p) {
        if (mem[p * stride] != pattern(p)) {
            fprintf(stderr, "mem-touch: page %zu of %zu does not read back what was written\n", p, pages);
            return 1;
        }
    }
    free((void*)mem);
    printf("touched %ld MiB\n", mb);
    return 0;
}
