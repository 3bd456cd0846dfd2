// SPDX-License-Identifier: GPL-3.0-or-later
// noop: does nothing and exits 0. Measures the bare cost of starting a runtime.
int main(void)
{
    return 0;
}
