// SPDX-License-Identifier: GPL-3.0-or-later
// hello: prints "hello" and exits 0 (the runwasi end-to-end check).
#include <stdio.h>

int main(void)
{
    fputs("hello\n", stdout);
    return 0;
}
