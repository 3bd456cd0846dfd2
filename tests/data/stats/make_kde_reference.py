# SPDX-License-Identifier: GPL-3.0-or-later
# The reference values of tests/core/tst_stats_kde.cpp: /usr/bin/python3 make_kde_reference.py (scipy 1.10).
import numpy as np
import scipy.stats as st

x = [1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 7.5, 8.1, 9.9, 12.0]
k = st.gaussian_kde(x, bw_method="silverman")
print("bandwidth", repr(k.factor * np.std(x, ddof=1)))
for a in [0.0, 3.0, 6.5, 12.0, 20.0]:
    print(a, repr(float(k.evaluate([a])[0])))
